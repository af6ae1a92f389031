"""A learned second reader of the kind of conflict, for stories the rules read no kind in.

The rules (`conflicts.py`) read the kinds they have words for and say nothing otherwise; a customer
who tells a meal-delivery app that closed their account, a tram door that trapped a leg or a
saxophone that turned out a fake then got "Wat voor conflict is het?" although the story says it.
This reader is a linear SVM over tf-idf word 1-2-grams (in 2 texts or more) and character 3-5-grams
(in 3 texts or more), accents folded and lower case; its scores become probabilities by a softmax with
one temperature fitted out of writer. It is trained on `data/conflict_kinds/*.jsonl`: stories labelled
with a key of `conflict_kinds` in the knowledge file, written for this reader in many registers, plus
`none` texts (form replies, questions about the policy, thanks, complaints about the service) that tell no
conflict. The eval sets are never read. It answers only when its probability reaches the threshold
chosen on out-of-writer predictions (`choose_threshold`), so a guess it is unsure of still asks.

The model is JSON (vocabularies, classes, threshold, version) and a NumPy archive (idf, weights), no
pickle, in `models/conflict_kinds/`; `reader()` trains it on first use or when the data changed
(a few seconds), and `flexbot train` does so ahead of time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict
from sklearn.svm import LinearSVC

from flexbot import settings
from flexbot.dutch import fold
from flexbot.flexpolis import conflict_cues
from flexbot.tfidf_linear import TfidfLinear

log = logging.getLogger(__name__)

DATA_DIR = settings.ROOT / "data" / "conflict_kinds"
NONE = "none"  # the label of texts that tell no conflict
# Kinds left to the rules: a conflict with ARAG itself (customers name their other insurers' policies in the same
# words) and one between two insured people (who is insured is read from the people named, art. 1).
RULES_ONLY = frozenset({"deze_verzekering", "medeverzekerde"})
# Kinds the reader may only give with their own evidence in the story: bail (art. 13) is paid to a government for
# someone held, a deposit kept by a resort abroad is no bail (round 140: "ze hebben onze borg van 500 euro gehouden");
# the drink exclusion (Verkeer 4a) is the customer's side's drink, not the other road user's ("Hij had gedronken").
_HELD = re.compile(
    r"\b(vast|vastgezet|vastgehouden|cel|gevangenis|opgepakt|gearresteerd|arrest\w*|aangehouden|politie|overheid"
    r"|justitie|autoriteiten|rechter|vrijlating|vrij te komen|vrijgelaten|het land (niet )?(uit|verlaten)|cautie)\b"
)
NEEDS_EVIDENCE: dict[str, Callable[[str], bool]] = {
    "borgsom": lambda folded: bool(_HELD.search(folded)),
    "onder_invloed": lambda folded: bool(
        conflict_cues.SELF_INFLUENCE.search(folded) or not conflict_cues.OTHER_INFLUENCE.search(folded)
    ),
}
MIN_WORDS = 5  # shorter texts are form replies or questions, never a story read by this reader
PRECISION = 0.9  # the out-of-writer share of right kinds among the answers the threshold lets through
C = 1.0
TEMPERATURES = np.linspace(0.5, 20.0, 40)  # tried as multipliers of the SVM's scores before the softmax
MODEL_FORMAT = 2  # part of the fingerprint: raise it when training changes, so saved models are trained again
FOLDS = 5
SEED = 7
VECTORISERS: dict[str, dict[str, Any]] = {
    "word": {"analyzer": "word", "ngram_range": (1, 2), "min_df": 2, "token_pattern": r"(?u)\b\w+\b"},
    "char": {"analyzer": "char_wb", "ngram_range": (3, 5), "min_df": 3},
}


# Said after a first answer that rests on this reader's kind: the customer sees how the story was read and can set
# it straight (a correction of the conflict is taken mid-check).
READ_AS_NOTE = "Zo lees ik uw verhaal. Gaat het om iets anders? Beschrijf het conflict dan in een paar woorden."


def model_dir() -> Path:
    return settings.MODELS_DIR / "conflict_kinds"


def data_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(data_dir.glob("*.jsonl"))


def read_rows(data_dir: Path = DATA_DIR) -> list[dict[str, str]]:
    """Every labelled text with its writer (the batch letter its file name starts with; `none` lines are dealt
    to the batches in turn); a kind that is not in the knowledge file is an error in the data."""
    from flexbot.flexpolis.knowledge import knowledge

    kinds = set(knowledge().conflict_kinds) | {NONE}
    rows: list[dict[str, str]] = []
    for path in data_files(data_dir):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("kind") not in kinds or not str(row.get("text") or "").strip():
                raise ValueError(f"{path.name}:{number}: text and a kind of the knowledge file needed: {line[:80]}")
            rows.append({"text": str(row["text"]), "kind": str(row["kind"]), "writer": path.name[0]})
    writers = sorted({r["writer"] for r in rows if r["kind"] != NONE}) or ["-"]
    for i, row in enumerate(r for r in rows if r["kind"] == NONE):
        row["writer"] = writers[i % len(writers)]
    return rows


def fingerprint(reader_settings: list[Any], files: list[Path]) -> str:
    """Fingerprint of a reader's data files and settings (also the reader of general questions', faq_reader.py)."""
    digest = hashlib.sha256(json.dumps(reader_settings, default=str).encode())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def data_hash(data_dir: Path = DATA_DIR) -> str:
    """Fingerprint of the data and of this reader's settings."""
    return fingerprint([VECTORISERS, C, PRECISION, MIN_WORDS, MODEL_FORMAT], data_files(data_dir))


def _vectorisers() -> dict[str, TfidfVectorizer]:
    return {name: TfidfVectorizer(sublinear_tf=True, **params) for name, params in VECTORISERS.items()}


def _features(vectorisers: dict[str, TfidfVectorizer], texts: list[str], fit: bool = False) -> sparse.csr_matrix:
    blocks = [(v.fit_transform(texts) if fit else v.transform(texts)) for v in vectorisers.values()]
    return sparse.hstack(blocks).tocsr()


def softmax(scores: npt.NDArray[np.float64], temperature: float) -> npt.NDArray[np.float64]:
    scaled = np.clip(scores, -1e3, 1e3) * temperature  # a class missing from a fold scores the lowest float
    exp = np.exp(scaled - scaled.max(axis=-1, keepdims=True))
    result: npt.NDArray[np.float64] = exp / exp.sum(axis=-1, keepdims=True)
    return result


def fit_temperature(scores: npt.NDArray[np.float64], truth: npt.NDArray[np.int64]) -> float:
    """The softmax temperature with the lowest log loss on out-of-fold scores."""
    losses = [-np.log(softmax(scores, t)[np.arange(len(truth)), truth] + 1e-12).mean() for t in TEMPERATURES]
    return float(TEMPERATURES[int(np.argmin(losses))])


def choose_threshold(
    probabilities: npt.NDArray[np.float64], predicted: list[str], truth: list[str], precision: float = PRECISION
) -> float:
    """The lowest probability at which the kinds let through (not `none`) are right at least `precision` of the
    time, out of fold: lower lets more stories through, higher keeps the question for more of them."""
    order = np.argsort(-probabilities)
    right = taken = 0
    best = 1.0
    for i in order:
        if predicted[i] == NONE:
            continue
        taken += 1
        right += predicted[i] == truth[i]
        if right / taken >= precision:
            best = float(probabilities[i])
    return best


@dataclass
class KindReader:
    classes: list[str]
    scorers: tuple[TfidfLinear, ...]
    intercept: npt.NDArray[np.float64]
    temperature: float
    threshold: float
    version: str

    def probabilities(self, text: str) -> npt.NDArray[np.float64]:
        folded = fold(text)
        scores = sum((s.scores(folded) for s in self.scorers), start=self.intercept.copy())
        return softmax(scores, self.temperature)

    def read(self, text: str) -> tuple[str, float]:
        """The most likely kind (or `none`) and its probability."""
        row = self.probabilities(text)
        best = int(np.argmax(row))
        return self.classes[best], float(row[best])

    def kind(self, text: str) -> str | None:
        """The kind of the story when the reader is sure enough; None for short texts, `none` and doubt."""
        if len(text.split()) < MIN_WORDS:
            return None
        kind, probability = self.read(text)
        if kind in NEEDS_EVIDENCE and not NEEDS_EVIDENCE[kind](fold(text)):
            return None
        return kind if kind not in RULES_ONLY | {NONE} and probability >= self.threshold else None


def _out_of_writer(features: sparse.csr_matrix, truth: npt.NDArray[np.int64], writers: list[str]) -> Any:
    """Decision scores of each text from a model that never saw its writer's texts (stratified folds when the data
    has one writer)."""
    groups = sorted(set(writers))
    if len(groups) > 1:
        cv: Any = GroupKFold(n_splits=len(groups))
        return cross_val_predict(LinearSVC(C=C), features, truth, groups=writers, cv=cv, method="decision_function")
    cv = StratifiedKFold(n_splits=min(FOLDS, int(np.bincount(truth).min())), shuffle=True, random_state=SEED)
    return cross_val_predict(LinearSVC(C=C), features, truth, cv=cv, method="decision_function")


def train(data_dir: Path = DATA_DIR, out: Path | None = None) -> dict[str, Any]:
    """Fit on every labelled text, choose temperature and threshold on out-of-writer scores, save; returns those
    figures. Each story is scored by a model trained on the other writers' stories only (half the data): the
    threshold is chosen for stories told by other people than the writers, as customers' are."""
    return fit(read_rows(data_dir), data_hash(data_dir), out or model_dir())


def fit(rows: list[dict[str, str]], version: str, out: Path, precision: float = PRECISION) -> dict[str, Any]:
    """Fit a reader on labelled rows ({text, kind, writer}; `none` for texts of no class), choose its temperature and
    threshold out of writer (out of fold when there is one writer), save it in `out`; returns the figures. Also used
    by the reader of general questions (faq_reader.py)."""
    texts = [fold(r["text"]) for r in rows]
    classes = sorted({r["kind"] for r in rows})
    truth = np.array([classes.index(r["kind"]) for r in rows])
    vectorisers = _vectorisers()
    features = _features(vectorisers, texts, fit=True)
    oof = _out_of_writer(features, truth, [r["writer"] for r in rows])
    temperature = fit_temperature(oof, truth)
    probabilities = softmax(oof, temperature)
    best = probabilities.argmax(axis=1)
    predicted = [classes[i] for i in best]
    truth_kinds = [classes[i] for i in truth]
    threshold = choose_threshold(probabilities.max(axis=1), predicted, truth_kinds, precision)
    model = LinearSVC(C=C).fit(features, truth)
    taken = [i for i, p in enumerate(predicted) if p != NONE and probabilities[i, best[i]] >= threshold]
    figures = {
        "texts": len(rows),
        "kinds": len(classes) - (NONE in classes),
        "accuracy_out_of_writer": round(float(np.mean(best == truth)), 3),
        "temperature": round(temperature, 2),
        "threshold": round(threshold, 3),
        "stories_taken": round(len(taken) / max(1, sum(k != NONE for k in truth_kinds)), 3),
        "right_when_taken": round(float(np.mean([best[i] == truth[i] for i in taken])) if taken else 0.0, 3),
        "none_taken": sum(truth_kinds[i] == NONE for i in taken),
    }
    _save(out, vectorisers, model, classes, temperature, threshold, version, figures)
    return figures


def _save(
    path: Path,
    vectorisers: dict[str, TfidfVectorizer],
    model: LinearSVC,
    classes: list[str],
    temperature: float,
    threshold: float,
    version: str,
    figures: dict[str, Any],
) -> None:
    path.mkdir(parents=True, exist_ok=True)
    meta = {
        "version": version,
        "classes": classes,
        "temperature": temperature,
        "threshold": threshold,
        "figures": figures,
        "vocabularies": {n: {t: int(i) for t, i in v.vocabulary_.items()} for n, v in vectorisers.items()},
    }
    np.savez(
        path / "weights.npz",
        coef=model.coef_,
        intercept=model.intercept_,
        **{f"idf_{n}": v.idf_ for n, v in vectorisers.items()},
    )
    (path / "model.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def load(path: Path) -> KindReader:
    meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    with np.load(path / "weights.npz", allow_pickle=False) as arrays:
        coef, intercept = arrays["coef"], arrays["intercept"]
        idf = {n: arrays[f"idf_{n}"] for n in meta["vocabularies"]}
    scorers = []
    start = 0
    for name, vocabulary in meta["vocabularies"].items():
        vectoriser = TfidfVectorizer(sublinear_tf=True, vocabulary=vocabulary, **VECTORISERS[name])
        vectoriser.idf_ = idf[name]
        scorers.append(TfidfLinear(vectoriser, coef[:, start : start + len(vocabulary)]))
        start += len(vocabulary)
    intercept = np.asarray(intercept, dtype=np.float64)
    return KindReader(
        meta["classes"], tuple(scorers), intercept, meta["temperature"], meta["threshold"], meta["version"]
    )


def is_current(path: Path | None = None, version: str | None = None) -> bool:
    """The model saved in `path` was trained on data and settings of this fingerprint (default: this reader's)."""
    path = path or model_dir()
    try:
        saved = json.loads((path / "model.json").read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(saved == (version or data_hash()))


def train_if_stale() -> bool:
    """Train when there is no model or the data changed; True when it trained."""
    if is_current():
        return False
    figures = train()
    log.info("trained the kind reader: %s", figures)
    return True


_lock = threading.Lock()
_cached: dict[Path, KindReader] = {}


def reader() -> KindReader:
    """The process-wide reader, trained first when missing or stale."""
    return cached(model_dir(), train_if_stale)


def cached(path: Path, train_if_stale: Callable[[], bool]) -> KindReader:
    """The process-wide reader saved in `path`, trained first (`train_if_stale`) when missing or stale."""
    with _lock:
        if path not in _cached:
            train_if_stale()
            _cached[path] = load(path)
        return _cached[path]


def learned_kind(text: str) -> str | None:
    """The kind of conflict the learned reader is sure of, for a story the rules read no kind in."""
    if not DATA_DIR.is_dir() or not settings.get().kind_reader:
        return None
    return reader().kind(text)


if __name__ == "__main__":
    print(json.dumps(train(), indent=1))
