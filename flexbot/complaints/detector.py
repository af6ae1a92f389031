"""The one complaint detector used by chat (Rasa NLU component) and the social connectors.

    from flexbot.complaints.detector import load_detector
    d = load_detector().detect("Mijn jurist belt nooit terug.", context=None)
    d.decision, d.complaint, d.score, d.reasons, d.version

Three decisions on a calibrated probability (`score`): "complaint" (sure; `complaint` is True only
then), "ask" (unsure: the chat checks with the customer, the social team triages) and "none".
Thresholds were chosen on out-of-fold validation scores and are stored in detector.json.

Evidence: a logistic regression over words, character n-grams and sentiment/target tokens
(flexbot/complaints/train.py, features.py, lexicon.py), plus the explicit cues of rules.py: a cue
aimed at ARAG (or at nobody named) makes the text a sure complaint.

`context`: what the conversation already knows, a string or a list of strings, newest last:
prior turns ("Mijn jurist heeft gebeld." -> "hij" means the jurist) and/or the facts
`ABOUT_OPPONENT` (the text describes the legal conflict, e.g. the coverage form's conflict
description: unaimed anger is about the opponent) or `ABOUT_ARAG`.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import joblib

from flexbot.complaints import train as training
from flexbot.complaints.features import ABOUT_ARAG, ABOUT_OPPONENT, Context, analyse, make_context
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.model import Model
from flexbot.complaints.review import review_like
from flexbot.complaints.rules import (
    ARAG_MARKERS,
    THIRD_PARTY_MARKERS,
    match_cues,
    only_hypothetical,
    own_shortfall_explained,
    self_blame_only,
)
from flexbot.complaints.target import (
    COVERAGE_ASK,
    COVERAGE_OPPONENTS,
    aimed_at_arag_staff,
    opponent_in_coverage_question,
)
from flexbot.complaints.text import normalise

__all__ = [
    "ABOUT_ARAG",
    "ABOUT_OPPONENT",
    "COMPLAINT",
    "ASK",
    "NONE",
    "Detection",
    "ComplaintDetector",
    "load_detector",
    "train_if_stale",
]

log = logging.getLogger(__name__)

MODEL_ENV = "FLEXBOT_COMPLAINT_MODEL"
COMPLAINT, ASK, NONE = "complaint", "ask", "none"
CLASSIFIER_REASON = "classifier"
UNSURE_REASON = "unsure"
# The message asks about cover and its anger is about a third party (target.py): read as the
# conflict description, at most "ask" unless a cue aimed at ARAG fires.
OPPONENT_REASON = "derde_in_dekkingsvraag"
OPPONENT_CONTEXT = make_context(ABOUT_OPPONENT, normalise)
ARAG_CONTEXT = make_context(ABOUT_ARAG, normalise)
# A complaint in one sentence of a longer message ("Niemand heeft me teruggebeld, echt belachelijk.
# Mijn huurbaas houdt de borg, ben ik verzekerd?") is diluted in the whole text's score: each
# sentence is scored too (_by_sentence).
SENTENCE_REASON = "zin"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_SENTENCE_WORDS = 3
# "hij", "ze" in a sentence without ARAG's name: most likely the opponent of the story
_THIRD_PRONOUN = re.compile(r"\b(?:hij|zij|ze|die|hun|hem|haar|he|she|they|them)\b")
ContextArg = str | Sequence[str] | None


@dataclass(frozen=True)
class Detection:
    complaint: bool  # True only for the sure band (decision == "complaint")
    score: float  # calibrated probability that the text is a complaint about ARAG
    reasons: list[str] = field(default_factory=list)
    version: str = ""
    decision: str = NONE  # "complaint" | "ask" | "none"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class ComplaintDetector:
    def __init__(
        self,
        model: Model,
        lexicon: Lexicon,
        ask: float,
        sure: float,
        version: str,
        rule_score: float = training.RULE_SCORE,
        ask_review: float | None = None,
    ) -> None:
        self.model = model
        self.lexicon = lexicon
        self.ask_threshold = ask
        self.threshold = sure  # the sure band ("complaint") starts here
        self.version = version
        self.rule_score = rule_score
        # review-like texts (review.py): their own, lower `ask` threshold; never above `ask`
        self.ask_review = min(ask, ask_review) if ask_review is not None else ask

    @classmethod
    def from_path(cls, path: Path) -> ComplaintDetector:
        meta = json.loads((path / "detector.json").read_text(encoding="utf-8"))
        model = joblib.load(path / training.MODEL_FILE)
        lexicon = Lexicon(json.loads((path / training.LEXICON_FILE).read_text(encoding="utf-8")))
        thresholds = meta["thresholds"]
        return cls(
            model,
            lexicon,
            float(thresholds["ask"]),
            float(thresholds["complaint"]),
            str(meta["version"]),
            float(meta.get("rule_score", training.RULE_SCORE)),
            float(thresholds["ask_review"]) if "ask_review" in thresholds else None,
        )

    def _decide(
        self, normalised: str, probability: float | None, ctx: Context, opponent: float | None = None
    ) -> Detection:
        """`opponent`: the probability read as a conflict description (ABOUT_OPPONENT), given when
        the message asks about cover and tells of a third party only (target.py)."""
        if probability is None:
            return Detection(False, 0.0, [], self.version, NONE)
        reasons = match_cues(
            normalised,
            about_opponent=ctx.default == "derde",
            pronoun={"arag": "arag", "derde": "third"}.get(ctx.pronoun or ""),
        )
        score = max(probability, self.rule_score) if reasons else probability
        if opponent is not None:
            cues = match_cues(normalised, about_opponent=True, pronoun="third")
            reread = max(opponent, self.rule_score) if cues else opponent
            if not cues:  # no cue aimed at ARAG: never sure, and never above the first reading
                reread = min(reread, score, self.threshold - 0.01)
            if reread < score:
                score, reasons = reread, [*cues, OPPONENT_REASON]
        if score >= self.threshold:
            decision = COMPLAINT
            if probability >= self.threshold:
                reasons.append(CLASSIFIER_REASON)
        elif score >= self.ask_threshold or (
            score >= self.ask_review and ctx.default != "derde" and review_like(normalised, self.lexicon)
        ):
            decision = ASK
            reasons.append(UNSURE_REASON)
        else:
            decision = NONE
        return Detection(decision == COMPLAINT, round(float(score), 4), reasons, self.version, decision)

    def without_dissatisfaction(self, text: str, bare_negation: bool = False) -> bool:
        """No word or phrase of dissatisfaction in `text` (the lexicon and phrases of features.py) and no explicit
        cue of rules.py: what the classifier scores there comes from other words alone. `bare_negation`: a plain
        "niks"/"geen" with nothing else ("ik verdien er bijna niks aan") counts as none too."""
        norm = normalise(text)
        if match_cues(norm):
            return False
        tokens = set(analyse(norm, self.lexicon).split())
        return "xzonderneg" in tokens or (bare_negation and tokens == {"xneggeen"})

    def _praises(self, normalised: str) -> bool:
        """The lexicon's balance of the text is positive ("the lawyer you arranged was brilliant")."""
        return "xbalanspos" in analyse(normalised, self.lexicon).split()

    @staticmethod
    def _has_words(normalised: str) -> bool:
        return any(ch.isalpha() for ch in normalised)

    def _probabilities(self, norms: list[str], ctx: Context) -> list[float]:
        feats = [analyse(n, self.lexicon, ctx) for n in norms]
        probabilities = self.model.probabilities(norms, feats)
        return [
            min(p, NO_EVIDENCE_SCORE)
            if _short_without_evidence(n, f) or only_hypothetical(n) or self_blame_only(n) or self._own_shortfall(n)
            else p
            for n, f, p in zip(norms, feats, probabilities, strict=True)
        ]

    def _own_shortfall(self, normalised: str) -> bool:
        """A failed collection explained by the customer's own account, and nothing else of dissatisfaction."""
        rest = own_shortfall_explained(normalised)
        return rest is not None and self.without_dissatisfaction(rest)

    def _reread(self, norms: list[str], detections: list[Detection], ctx: Context) -> list[Detection]:
        """A text that is not `none`, asks about cover and tells of a third party only (target.py)
        is scored again as a conflict description (ABOUT_OPPONENT) and decided with both readings."""
        if ctx.default == "derde":
            return detections  # the caller already said it is the conflict description
        picked = [
            i
            for i, (n, d) in enumerate(zip(norms, detections, strict=True))
            if d.decision != NONE and opponent_in_coverage_question(n)
        ]
        if not picked:
            return detections
        first = self._probabilities([norms[i] for i in picked], ctx)
        again = self._probabilities([norms[i] for i in picked], OPPONENT_CONTEXT)
        out = list(detections)
        for i, p, o in zip(picked, first, again, strict=True):
            out[i] = self._decide(norms[i], p, ctx, o)
        return out

    def detect(self, text: str | None, context: ContextArg = None) -> Detection:
        """Score one text. No words (empty, emoji, markup, URLs, digits only) -> "none"."""
        ctx = make_context(context, normalise)
        norm = normalise(text if isinstance(text, str) else "")
        if not self._has_words(norm):
            return self._decide("", None, ctx)
        ctx = _own_context(norm, ctx)
        detection = self._decide(norm, self._probabilities([norm], ctx)[0], ctx)
        return self._by_sentence(str(text), norm, self._reread([norm], [detection], ctx)[0], ctx)

    def detect_many(
        self, texts: Iterable[str | None], context: ContextArg = None, batch_size: int = 1024
    ) -> list[Detection]:
        """Score many texts in one pass (same context for all); order is kept."""
        ctx = make_context(context, normalise)
        texts_list = list(texts)
        norms = [normalise(t if isinstance(t, str) else "") for t in texts_list]
        wordy = [i for i, n in enumerate(norms) if self._has_words(n)]
        probabilities: dict[int, float] = {}
        for start in range(0, len(wordy), batch_size):
            chunk = wordy[start : start + batch_size]
            for i, p in zip(chunk, self._probabilities([norms[i] for i in chunk], ctx), strict=True):
                probabilities[i] = p
        detections = [self._decide(n, probabilities.get(i), ctx) for i, n in enumerate(norms)]
        detections = self._reread(norms, detections, ctx)
        out = [
            self._by_sentence(t, n, d, ctx) if isinstance(t, str) else d
            for t, n, d in zip(texts_list, norms, detections, strict=True)
        ]
        for i in wordy:  # the few texts aimed at ARAG's staff inside a conflict description: alone
            if _own_context(norms[i], ctx) is not ctx:
                out[i] = self.detect(texts_list[i], context)
        return out

    def _by_sentence(self, text: str, normalised: str, detection: Detection, ctx: Context) -> Detection:
        """The whole text's decision, raised when one of its sentences alone is a complaint: to
        `complaint` when the message names no third party, else at most to `ask`. A sentence that
        asks about cover, names a third party, or says "hij"/"ze" without ARAG never counts. When the
        message asks about cover (target.COVERAGE_ASK) it tells a conflict: then only a sentence that
        names ARAG's side counts, and none when a third party is named. A `none` is raised to `ask` when a
        sentence that names ARAG's side is `ask` alone (the question beside it pulled the whole down)."""
        if detection.decision == COMPLAINT or ctx.default == "derde":
            return detection
        sentences = [normalise(p) for p in _SENTENCE_END.split(text) if len(p.split()) >= _SENTENCE_WORDS]
        parts = [p for p in sentences if not COVERAGE_ASK.search(p) and not _names_third_party(p)]
        third_named = _names_third_party(normalised)
        if COVERAGE_ASK.search(normalised):  # a story told to ask about cover: it tells the conflict
            parts = [p for p in parts if ARAG_MARKERS.search(p) and not third_named]
        if len(sentences) < 2 or not parts or (third_named and detection.decision != NONE):
            return detection
        unsure = None
        for part, p in zip(parts, self._probabilities(parts, ctx), strict=True):
            found = self._decide(part, p, ctx)
            if found.decision == ASK and ARAG_MARKERS.search(part) and not third_named and not self._praises(part):
                unsure = unsure or found  # "Mijn behandelaar komt niet voor mij op." beside a plain question
            if found.decision != COMPLAINT or (_THIRD_PRONOUN.search(part) and not ARAG_MARKERS.search(part)):
                continue
            if not third_named:
                return Detection(True, found.score, [*found.reasons, SENTENCE_REASON], self.version, COMPLAINT)
            return Detection(False, found.score, [UNSURE_REASON, SENTENCE_REASON], self.version, ASK)
        if unsure is not None and detection.decision == NONE:
            return Detection(False, unsure.score, [UNSURE_REASON, SENTENCE_REASON], self.version, ASK)
        return detection


def _own_context(normalised: str, ctx: Context) -> Context:
    """Inside a conflict description (ABOUT_OPPONENT) a text aimed at ARAG's staff by name ("Mijn
    jurist heeft weer een verkeerde datum gebruikt") is read as about ARAG, not the opponent."""
    return ARAG_CONTEXT if ctx.default == "derde" and aimed_at_arag_staff(normalised) else ctx


def _names_third_party(normalised: str) -> bool:
    return bool(THIRD_PARTY_MARKERS.search(normalised) or COVERAGE_OPPONENTS.search(normalised))


# A few words without any evidence of dissatisfaction ("veel", "lang", "ongeveer 300 euro": the
# answer to a form's question) give the classifier nothing to judge; its score there comes from
# character n-grams alone (0.88 for "veel"). Such a text is not a complaint unless a cue fires.
SHORT_WORDS = 3
NO_EVIDENCE_SCORE = 0.2


# Round 141: what the policy says, read out as an answer ("Ik heb net gekeken, op mijn polis staat 'alleenstaand'."):
# a fact, no evidence of dissatisfaction ("alleen" had the classifier at `ask`).
POLICY_FACT = re.compile(r"\b(?:op|in) (?:mijn|de|onze|ons) (?:\w*polis|polisblad) (?:staat|staan|stond)\b")
POLICY_FACT_WORDS = 12


def _short_without_evidence(normalised: str, features: str) -> bool:
    if "xzonderneg" not in features.split():
        return False
    words = len(normalised.split())
    return words <= SHORT_WORDS or (words <= POLICY_FACT_WORDS and bool(POLICY_FACT.search(normalised)))


_lock = threading.Lock()
_cached: dict[Path, ComplaintDetector] = {}


def model_path() -> Path:
    return Path(os.environ.get(MODEL_ENV) or training.DEFAULT_OUT)


def _labels_path(labels: Path | None) -> Path | None:
    if labels is not None:
        return Path(labels)
    return training.DEFAULT_LABELS if training.DEFAULT_LABELS.exists() else None


def is_current(detector: ComplaintDetector, labels: Path | None = None) -> bool:
    """True when the model was trained on today's data, labels file and code."""
    return detector.version.endswith(training.data_hash(training.DEFAULT_DATA, _labels_path(labels)))


def _model_complete(path: Path) -> bool:
    return all((path / f).exists() for f in ("detector.json", training.MODEL_FILE, training.LEXICON_FILE))


def _readable_and_current(path: Path, labels: Path | None) -> bool:
    if not _model_complete(path):
        return False
    try:
        return is_current(ComplaintDetector.from_path(path), labels)
    except Exception:  # an older model format: retrain
        return False


def train_if_stale(path: Path | None = None, labels: Path | None = None) -> bool:
    """Train the complaint model when it is missing or older than its data/labels/code; True if trained."""
    path = Path(path or model_path()).resolve()
    if _readable_and_current(path, labels):
        return False
    log.warning("training the complaint model at %s from %s", path, training.DEFAULT_DATA)
    training.train(training.DEFAULT_DATA, path, labels=_labels_path(labels))
    with _lock:
        _cached.pop(path, None)
    return True


def load_detector(path: Path | None = None) -> ComplaintDetector:
    """The process-wide detector for `path` (default: $FLEXBOT_COMPLAINT_MODEL or models/complaints).

    On a fresh checkout (or after a model format change) there is no usable model yet: it is
    trained from data/complaints/train.jsonl first (well under a minute) and saved at that path.
    """
    path = Path(path or model_path()).resolve()
    with _lock:
        detector = _cached.get(path)
        if detector is None:
            try:
                detector = ComplaintDetector.from_path(path) if _model_complete(path) else None
            except Exception as exc:  # noqa: BLE001 - an unreadable or older model is retrained
                log.warning("complaint model at %s unreadable (%s): retraining", path, exc)
                detector = None
            if detector is None:
                log.warning("no complaint model at %s: training one from %s", path, training.DEFAULT_DATA)
                training.train(training.DEFAULT_DATA, path, labels=_labels_path(None))
                detector = ComplaintDetector.from_path(path)
            if not is_current(detector):
                log.warning(
                    "complaint model %s was not trained on the current %s: run `flexbot train`",
                    detector.version,
                    training.DEFAULT_DATA.name,
                )
            log.info(
                "complaint detector %s loaded from %s (ask %.2f, complaint %.2f)",
                detector.version,
                path,
                detector.ask_threshold,
                detector.threshold,
            )
            _cached[path] = detector
        return detector
