"""TfidfLinear gives sklearn's numbers: transform + product, one text at a time."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from flexbot.tfidf_linear import TfidfLinear

TRAIN = [
    "ben ik verzekerd voor een conflict met mijn werkgever",
    "mijn buurman heeft een boom geplant die te hoog is",
    "wat is het maximum per gebeurtenis",
    "ik heb een verkeersboete gekregen van het cjib",
    "mijn verhuurder wil de borg niet terugbetalen",
    "hoe meld ik een zaak aan bij arag",
    "de garage heeft mijn auto slecht gerepareerd, slecht slecht",
]
TEXTS = [
    "ben ik verzekerd",
    "mijn werkgever betaalt mijn loon niet, niet, niet",  # repeated terms: sublinear tf
    "qwrtp zxcvb",  # nothing known: all zeros
    "",
    "De GARAGE heeft mijn auto beschadigd",  # the analyzer lower-cases
    "wat is het maximum",
]


@pytest.mark.parametrize(
    "params",
    [
        {"analyzer": "word", "ngram_range": (1, 2), "sublinear_tf": True, "token_pattern": r"(?u)\b\w+\b"},
        {"analyzer": "char_wb", "ngram_range": (2, 5), "sublinear_tf": True},
        {"analyzer": "word", "sublinear_tf": False, "dtype": np.float32},
        {"analyzer": "char_wb", "ngram_range": (3, 4), "norm": None},
    ],
)
def test_same_scores_as_sklearn(params: dict) -> None:
    vectorizer = TfidfVectorizer(**params).fit(TRAIN)
    weights = np.random.default_rng(7).normal(size=(5, len(vectorizer.vocabulary_))).astype(np.float32)
    fast = TfidfLinear(vectorizer, weights)
    for text in TEXTS:
        expected = np.asarray(vectorizer.transform([text]) @ weights.T.astype(np.float64))[0]
        assert fast.scores(text) == pytest.approx(expected, abs=1e-5), text


def test_weights_must_match_the_vocabulary() -> None:
    vectorizer = TfidfVectorizer().fit(TRAIN)
    with pytest.raises(ValueError, match="weight columns"):
        TfidfLinear(vectorizer, np.zeros((3, 2)))


def test_a_vectoriser_rebuilt_from_a_saved_vocabulary() -> None:
    fitted = TfidfVectorizer(sublinear_tf=True).fit(TRAIN)
    rebuilt = TfidfVectorizer(sublinear_tf=True, vocabulary=dict(fitted.vocabulary_))
    rebuilt.idf_ = fitted.idf_
    weights = np.random.default_rng(3).normal(size=(2, len(fitted.vocabulary_)))
    for text in TEXTS:
        assert TfidfLinear(rebuilt, weights).scores(text) == pytest.approx(TfidfLinear(fitted, weights).scores(text))
