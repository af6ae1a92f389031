"""The one complaint detector used by chat (Rasa NLU component) and the social connectors.

    from flexbot.complaints.detector import load_detector
    detection = load_detector().detect("Mijn jurist belt nooit terug.")
    detection.complaint, detection.score, detection.reasons, detection.version

It combines a spaCy bag-of-words text classifier (trained by flexbot/complaints/train.py) with the
explicit cues of flexbot/complaints/rules.py. A cue aimed at ARAG raises the score to the rule score;
the text is a complaint when the score reaches the threshold chosen on the validation split.
"""
from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language

from flexbot.complaints import train as training
from flexbot.complaints.rules import match_cues, tag_parties
from flexbot.complaints.text import normalise
from flexbot import settings

log = logging.getLogger(__name__)

MODEL_ENV = "FLEXBOT_COMPLAINT_MODEL"
CLASSIFIER_REASON = "classifier"


@dataclass(frozen=True)
class Detection:
    complaint: bool
    score: float
    reasons: list[str] = field(default_factory=list)
    version: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


class ComplaintDetector:
    def __init__(self, nlp: Language, threshold: float, version: str, rule_score: float = training.RULE_SCORE):
        self.nlp = nlp
        self.threshold = threshold
        self.version = version
        self.rule_score = rule_score

    @classmethod
    def from_path(cls, path: Path) -> "ComplaintDetector":
        meta = json.loads((path / "detector.json").read_text(encoding="utf-8"))
        nlp = spacy.load(path / "textcat")
        return cls(nlp, float(meta["threshold"]), str(meta["version"]), float(meta.get("rule_score", training.RULE_SCORE)))

    def _decide(self, normalised: str, probability: float | None) -> Detection:
        if not normalised or probability is None:
            return Detection(False, 0.0, [], self.version)
        reasons = match_cues(normalised)
        score = max(probability, self.rule_score) if reasons else probability
        complaint = score >= self.threshold
        if complaint and probability >= self.threshold:
            reasons.append(CLASSIFIER_REASON)
        return Detection(complaint, round(float(score), 4), reasons, self.version)

    @staticmethod
    def _has_words(normalised: str) -> bool:
        return any(ch.isalnum() for ch in normalised)

    def detect(self, text: str | None) -> Detection:
        """Score one text. Empty, emoji-only or markup-only input is never a complaint."""
        norm = normalise(text or "")
        if not self._has_words(norm):
            return self._decide("", None)
        doc = self.nlp(tag_parties(norm))
        return self._decide(norm, doc.cats[training.LABEL])

    def detect_many(self, texts: Iterable[str | None], batch_size: int = 256) -> list[Detection]:
        """Score many texts in one pass (nlp.pipe); order is kept."""
        norms = [normalise(t or "") for t in texts]
        wordy = [i for i, n in enumerate(norms) if self._has_words(n)]
        probabilities: dict[int, float] = {}
        docs = self.nlp.pipe((tag_parties(norms[i]) for i in wordy), batch_size=batch_size)
        for i, doc in zip(wordy, docs):
            probabilities[i] = doc.cats[training.LABEL]
        return [self._decide(n, probabilities.get(i)) for i, n in enumerate(norms)]


_lock = threading.Lock()
_cached: dict[Path, ComplaintDetector] = {}


def model_path() -> Path:
    return settings.get().complaint_model


def is_current(detector: "ComplaintDetector") -> bool:
    """True when the model was trained on today's data/complaints/train.jsonl."""
    return detector.version.endswith(training.data_hash(training.DEFAULT_DATA))


def train_if_stale(path: Path | None = None) -> bool:
    """Train the complaint model when it is missing or older than its data; True if trained."""
    path = Path(path or model_path()).resolve()
    if (path / "detector.json").exists() and is_current(ComplaintDetector.from_path(path)):
        return False
    log.warning("training the complaint model at %s from %s", path, training.DEFAULT_DATA)
    training.train(training.DEFAULT_DATA, path)
    with _lock:
        _cached.pop(path, None)
    return True


def load_detector(path: Path | None = None) -> ComplaintDetector:
    """The process-wide detector for `path` (default: $FLEXBOT_COMPLAINT_MODEL or models/complaints).

    On a fresh checkout there is no trained model yet: it is trained from
    data/complaints/train.jsonl first (a few seconds) and saved at that path.
    """
    path = Path(path or model_path()).resolve()
    with _lock:
        detector = _cached.get(path)
        if detector is None:
            if not (path / "detector.json").exists():
                log.warning("no complaint model at %s: training one from %s", path, training.DEFAULT_DATA)
                training.train(training.DEFAULT_DATA, path)
            detector = ComplaintDetector.from_path(path)
            if not is_current(detector):
                log.warning("complaint model %s was not trained on the current %s: run "
                            "`flexbot train`", detector.version, training.DEFAULT_DATA.name)
            log.info("complaint detector %s loaded from %s (threshold %.2f)", detector.version, path, detector.threshold)
            _cached[path] = detector
        return detector
