"""A fast, repeatable cross-validation of the intent classifier alone (seconds, not minutes).

    .venv/bin/python -m bot.nlu_cv [--data data/nlu] [--seeds 8] [--folds 3] \
        [--set C=0.5 --set char_weight=1.0 ...] [--score-only OLD_DATA]

`rasa test nlu --cross-validation` (docs/nlu.md) is the official figure, but it draws new folds
each run (runs differ by ~0.01) and runs the whole pipeline. To choose between two settings or two
data versions, this trains `SvmIntentClassifier` itself on StratifiedKFold splits with fixed seeds
and prints the weighted F1 per seed and their mean. It has no complaint detector in front, so it
reads about 0.01 above the official figure. The temperature fit is skipped (it does not change
which intent ranks first).

`--score-only OLD_DATA` trains each fold on all of `--data` but scores only the test examples
that are also in OLD_DATA (same text and intent), e.g. an earlier version of data/nlu: whether new
examples help on the old ones, or only add easy examples of their own.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from bot.components.intent_classifier import SvmIntentClassifier


def examples(path: Path) -> list[Message]:
    """The intent examples of a Rasa NLU file or directory, without `complain` (the complaint
    detector decides those, not the classifier; this CV has no detector in front)."""
    return [
        e for e in load_data(str(path)).intent_examples if e.get(INTENT) and e.get(TEXT) and e.get(INTENT) != "complain"
    ]


def cross_validate(
    data: list[Message],
    config: dict[str, Any] | None = None,
    seeds: Iterable[int] = range(8),
    folds: int = 3,
    score_only: set[tuple[str, str]] | None = None,
) -> list[float]:
    """Weighted F1 over the test folds, one figure per seed (the mean of its folds). With
    `score_only`, only test examples whose (text, intent) is in it are scored."""
    texts = [e.get(TEXT) for e in data]
    labels = np.array([e.get(INTENT) for e in data])
    scored = np.array([score_only is None or (t, lab) in score_only for t, lab in zip(texts, labels, strict=True)])
    settings = {"calibration_folds": 1, **(config or {})}
    context = ExecutionContext(GraphSchema({}), "nlu_cv")
    figures = []
    for seed in seeds:
        scores = []
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, labels):
            with tempfile.TemporaryDirectory() as directory:
                storage = LocalModelStorage(Path(directory))
                classifier = SvmIntentClassifier.create(settings, storage, Resource("intent_classifier"), context)
                classifier.train(TrainingData([data[i] for i in train]))
                probabilities = classifier.predict([texts[i] for i in test])
            predicted = np.array(classifier.classes)[probabilities.argmax(axis=1)]
            keep = scored[test]
            if keep.any():
                scores.append(f1_score(labels[test][keep], predicted[keep], average="weighted"))
        if not scores:
            raise ValueError("no test example is in score_only")
        figures.append(float(np.mean(scores)))
    return figures


def _setting(text: str) -> tuple[str, Any]:
    key, _, value = text.partition("=")
    return key, json.loads(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("data/nlu"))
    parser.add_argument("--seeds", type=int, default=8)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--set", dest="settings", type=_setting, action="append", default=[], metavar="KEY=JSON")
    parser.add_argument("--score-only", type=Path, help="score only the test examples also in this data")
    args = parser.parse_args(argv)
    config = dict(args.settings)
    old = {(e.get(TEXT), e.get(INTENT)) for e in examples(args.score_only)} if args.score_only else None
    figures = cross_validate(examples(args.data), config, range(args.seeds), args.folds, old)
    print(f"{config} per seed {[round(f, 4) for f in figures]} mean {np.mean(figures):.4f} sd {np.std(figures):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
