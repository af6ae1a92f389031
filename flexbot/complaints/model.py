"""The complaint classifier: vectorisers + logistic regression + Platt scaling (pickled by train.py).

Lives in its own module so the pickle names `flexbot.complaints.model.Model` whichever way
training was started (`python -m flexbot.complaints.train` would otherwise pickle `__main__.Model`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from flexbot.complaints.features import tagged_text

SEED = 1213
C = 4.0
FEATURE_WEIGHT = 1.0
CHAR_WEIGHT = 1.0
CHAR_RANGE = (3, 5)


def char_wb_ngrams(text: str, lo: int, hi: int) -> list[str]:
    """sklearn's `char_wb` n-grams (same output, for lower-case text with single spaces), faster."""
    out: list[str] = []
    for word in text.split():
        w = f" {word} "
        size = len(w)
        for n in range(lo, hi + 1):
            if size <= n:
                out.append(w)  # a short word counts once, as a whole
                break
            out.extend([w[i : i + n] for i in range(size - n + 1)])
    return out


class Model:
    """Vectorisers + logistic regression + Platt scaling; `probabilities(normalised, features)`."""

    def __init__(
        self,
        seed: int = SEED,
        c: float = C,
        use_chars: bool = True,
        use_features: bool = True,
        feature_weight: float = FEATURE_WEIGHT,
        char_weight: float = CHAR_WEIGHT,
        char_range: tuple[int, int] = CHAR_RANGE,
    ) -> None:
        self.word = TfidfVectorizer(
            ngram_range=(1, 2), sublinear_tf=True, min_df=1, token_pattern=r"(?u)\b\w+\b", dtype=np.float32
        )
        self.char = (
            TfidfVectorizer(
                analyzer="char_wb",
                ngram_range=char_range,
                sublinear_tf=True,
                min_df=2,
                max_features=60_000,
                dtype=np.float32,
            )
            if use_chars
            else None
        )
        self.feat = CountVectorizer(token_pattern=r"\S+", dtype=np.float32) if use_features else None
        self.clf = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed)
        self.platt = (1.0, 0.0)
        self.feature_weight = feature_weight
        self.char_weight = char_weight

    def _matrix(self, norms: list[str], feats: list[str], fit: bool = False) -> Any:  # a scipy CSR matrix
        parts = []
        tagged = [tagged_text(n) for n in norms]
        parts.append(self.word.fit_transform(tagged) if fit else self.word.transform(tagged))
        if self.char is not None:
            parts.append((self.char.fit_transform(norms) if fit else self.char.transform(norms)) * self.char_weight)
        if self.feat is not None:
            m = self.feat.fit_transform(feats) if fit else self.feat.transform(feats)
            m.data = np.log1p(m.data) * self.feature_weight
            parts.append(m)
        return hstack(parts).tocsr()

    def fit(self, norms: list[str], feats: list[str], labels: list[bool]) -> Model:
        self.clf.fit(self._matrix(norms, feats, fit=True), np.array(labels, dtype=int))
        return self

    def decision(self, norms: list[str], feats: list[str]) -> npt.NDArray[np.float64]:
        if getattr(self, "fast", None):
            return np.array([self._fast_decision(n, f) for n, f in zip(norms, feats, strict=False)])
        scores: npt.NDArray[np.float64] = self.clf.decision_function(self._matrix(norms, feats))
        return scores

    def compile(self) -> Model:
        """Fold idf and coefficients into one dict per block for a pure-Python scorer: sklearn's
        per-call overhead (~4 ms for one text) is too much for a chat turn. Same numbers as
        `clf.decision_function(self._matrix(...))` (tests/complaints/test_model.py checks it)."""
        coef = self.clf.coef_[0]
        offset = 0
        blocks: list[tuple[str, Callable[[str], list[str]], dict[str, tuple[float, float, float]]]] = []
        for vec, kind in ((self.word, "tfidf"), (self.char, "tfidf"), (self.feat, "count")):
            if vec is None:
                continue
            vocab = vec.vocabulary_
            if kind == "tfidf":
                idf = vec.idf_
                # (idf, idf * weight, idf^2): one tf of 1 (the common case) needs no multiplication
                scale = getattr(self, "char_weight", 1.0) if vec is self.char else 1.0
                table = {
                    t: (float(idf[i]), float(idf[i] * coef[offset + i] * scale), float(idf[i] ** 2))
                    for t, i in vocab.items()
                }
            else:
                table = {t: (1.0, float(coef[offset + i]), 1.0) for t, i in vocab.items()}
            analyzer = vec.build_analyzer()
            if getattr(vec, "analyzer", None) == "char_wb":
                lo, hi = vec.ngram_range
                analyzer = partial(char_wb_ngrams, lo=lo, hi=hi)
            blocks.append((kind, analyzer, table))
            offset += len(vocab)
        self.fast: dict[str, Any] = {"blocks": blocks, "bias": float(self.clf.intercept_[0])}
        return self

    def _fast_decision(self, norm: str, feat: str) -> float:
        total: float = self.fast["bias"]
        inputs = (
            [tagged_text(norm)] + ([norm] if self.char is not None else []) + ([feat] if self.feat is not None else [])
        )
        for text, (kind, analyzer, table) in zip(inputs, self.fast["blocks"], strict=False):
            if kind == "tfidf":
                dot = norm2 = 0.0
                for term, n in Counter(analyzer(text)).items():
                    entry = table.get(term)
                    if entry is not None:
                        if n == 1:
                            dot += entry[1]
                            norm2 += entry[2]
                        else:
                            tf = 1.0 + math.log(n)
                            dot += tf * entry[1]
                            norm2 += tf * tf * entry[2]
                if norm2:
                    total += dot / math.sqrt(norm2)
            else:
                for term, n in Counter(analyzer(text)).items():
                    entry = table.get(term)
                    if entry is not None:
                        total += math.log1p(n) * self.feature_weight * entry[1]  # entry[1]: the weight
        return total

    def probabilities(self, norms: list[str], feats: list[str]) -> list[float]:
        a, b = self.platt
        return [1.0 / (1.0 + math.exp(-(a * d + b))) for d in self.decision(norms, feats)]
