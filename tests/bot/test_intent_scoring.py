"""The intent classifier scores a message from folded tables (flexbot/tfidf_linear.py) with the
numbers of its sparse sklearn path, before and after saving and loading."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.loading import load_data

from bot.components.intent_classifier import SvmIntentClassifier

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Wat is het maximum per gebeurtenis?",
    "ben ik verzekerd voor een ruzie met mijn buurman over de schutting",
    "hallo",
    "qwrtp zxcvb",
    "",
    "Mijn ex-werkgever betaalt mijn eindafrekening niet, wat nu???",
    "can you help me in English",
]


def sparse_path(classifier: SvmIntentClassifier, texts: list[str]) -> np.ndarray:
    assert classifier.coef is not None and classifier.intercept is not None
    return np.asarray(classifier._features(texts) @ classifier.coef.T + classifier.intercept)


def fast_path(classifier: SvmIntentClassifier, texts: list[str]) -> np.ndarray:
    word, char = classifier.scorers()
    documents = zip(*classifier._documents(texts), strict=True)
    return np.array([word.scores(w) + char.scores(c) for w, c in documents]) + classifier.intercept


def test_same_scores_as_sklearn_trained_and_loaded(tmp_path: Path) -> None:
    storage, resource = LocalModelStorage(tmp_path), Resource("intent_classifier")
    context = ExecutionContext(GraphSchema({}), "test")
    trained = SvmIntentClassifier.create({}, storage, resource, context)
    trained.train(load_data(str(ROOT / "data" / "nlu")))
    assert fast_path(trained, TEXTS) == pytest.approx(sparse_path(trained, TEXTS), abs=1e-5)

    loaded = SvmIntentClassifier.load({}, storage, resource, context)
    assert fast_path(loaded, TEXTS) == pytest.approx(sparse_path(loaded, TEXTS), abs=1e-5)
    assert loaded.predict(TEXTS) == pytest.approx(trained.predict(TEXTS), abs=1e-6)
    assert loaded.known_share("qwrtp zxcvb") == pytest.approx(trained.known_share("qwrtp zxcvb"))
    assert loaded.known_share("qwrtp zxcvb") < 0.2
