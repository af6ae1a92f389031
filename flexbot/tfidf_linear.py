"""A fitted tf-idf vectoriser followed by a linear map, scored for one text at a time.

sklearn's `transform` and the sparse product cost about 1 ms per chat message in fixed overhead
(input checks, building a diagonal idf matrix, scipy sparse bookkeeping): 16 % of a Rasa worker's
CPU under load (py-spy, docs/performance.md). Here the vocabulary, idf and weights are folded into
one table once, and a text costs its analyzer plus one small NumPy gather. Same numbers as
`vectorizer.transform([text]) @ weights.T` (tests/flexbot/test_tfidf_linear.py).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np
import numpy.typing as npt
from sklearn.feature_extraction.text import TfidfVectorizer


class TfidfLinear:
    """`scores(text)` == `vectorizer.transform([text]) @ weights.T` for one text, without sklearn's
    per-call overhead. `weights` has one row per output (class) and one column per vocabulary term."""

    def __init__(self, vectorizer: TfidfVectorizer, weights: npt.NDArray[np.floating[Any]]) -> None:
        if vectorizer.norm not in ("l2", None):
            raise ValueError(f"unsupported norm {vectorizer.norm!r}")
        # `vocabulary_` once fitted; `vocabulary` when built from a saved one (not fitted again)
        vocabulary: dict[str, int] = getattr(vectorizer, "vocabulary_", None) or dict(vectorizer.vocabulary)
        if weights.shape[1] != len(vocabulary):
            raise ValueError(f"{weights.shape[1]} weight columns for {len(vocabulary)} terms")
        self.analyzer = vectorizer.build_analyzer()
        self.index = vocabulary
        self.sublinear = bool(vectorizer.sublinear_tf)
        self.l2 = vectorizer.norm == "l2"
        idf = vectorizer.idf_ if vectorizer.use_idf else np.ones(len(vocabulary))
        self.idf = np.asarray(idf, dtype=np.float64)
        # One row per term with its idf folded in: a text's score is (tf of its terms) @ rows.
        self.rows = np.ascontiguousarray((np.asarray(weights, dtype=np.float64) * self.idf).T)
        self.outputs = weights.shape[0]

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        columns: list[int] = []
        tfs: list[float] = []
        index = self.index
        for term, count in Counter(self.analyzer(text)).items():
            column = index.get(term)
            if column is not None:
                columns.append(column)
                tfs.append(1.0 + math.log(count) if self.sublinear else float(count))
        if not columns:
            return np.zeros(self.outputs)
        tf = np.array(tfs)
        result: npt.NDArray[np.float64] = tf @ self.rows[columns]
        if self.l2:
            weighted = tf * self.idf[columns]
            result /= math.sqrt(float(weighted @ weighted))
        return result
