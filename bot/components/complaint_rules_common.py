"""What bot/components/complaint_intent.py and its rule modules (bot/components/complaint_rules_*.py) share: the
question test for what the detector component's misses (`asks_too`), the test for a third party named
(`names_a_third_party`) and a detection made a sure complaint (`_made_sure`)."""

from __future__ import annotations

import re

from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import _SENTENCE_END, PARSE_KEY, is_rhetorical
from bot.components.intent_classifier import conflict_markers
from bot.components.third_party import BLAME, OTHER_SIDE
from flexbot.complaints.rules import THIRD_PARTY_MARKERS
from flexbot.complaints.target import COVERAGE_OPPONENTS
from flexbot.dutch import fold

COMPLAIN = "complain"
# Displeasure said in so many words ("Dat vind ik niet oké"), shared by the premium and the policy-question rules.
DISPLEASED = re.compile(
    r"\bniet (oke|ok|okay|fijn|leuk|normaal|netjes|correct|terecht|eerlijk|redelijk|blij|tevreden|akkoord)\b|"
    r"\b(onredelijk|oneerlijk|onterecht|absurd|te gek|ontevreden|oneens|niet (mee )?eens)\b"
)
# Questions the detector component's test misses: a question word it does not list, or a
# coverage question after a comma ("..., valt een bezwaar daartegen onder mijn polis").
_ASKS_TOO = re.compile(
    r"^(waarvoor|waarmee|waarover|waarop|waaraan|waarin|hoeveel|hoelang)\b"
    r"|\b(valt|vallen)\b.{0,40}\bonder (mijn|de|uw|jullie) (polis|verzekering|dekking|module)"
    r"|\b(ben ik|is dit|is dat|is het|zijn wij|zijn we)\b.{0,25}\b(verzekerd|gedekt)\b"
    r"|,\s*(willen|kunnen|kunt|wilt|helpen|dekken|vergoeden|betalen|doen) (jullie|julie|u|arag)\b"
    r"|,\s*(wat kan ik|wat moet ik|wat nu\b|hoe moet ik|kan ik|mag ik|kan een|kan iemand)"
    # Round 7: "..., waar kan ik daarna nog heen", "..., mag dat zomaar", "gebruiken jullie mijn
    # data voor reclame" (a verb first, then jullie/u), a request for a list ("opsomming van wat
    # jullie niet dekken") and "ik wil mijn verzekering opzeggen ..." (what to do is the question).
    r"|,\s*(waar|bij wie) (kan|moet|mag) ik\b"
    r"|\b(mag|mogen|kan) (dat|dit|jullie dat|arag dat) (zomaar|wel|eigenlijk)\b"
    r"|^[a-z]+en (jullie|julie|u|arag)\b"
    r"|^(een )?(opsomming|overzicht|lijst|lijstje) (van|met)\b"
    r"|^ik wil\b.{0,40}\b(opzeggen|stopzetten|beeindigen)\b"
    # an indirect question: "... en vroeg me af of ik daarvoor bij jullie terecht kan"
    r"|\b(vroeg|vraag|afvragen) (me|mij|ik me|ik mij)\b.{0,12}\b(af )?(of|wat|hoe|waar|wanneer)\b"
    r"|\bik wil (graag |even )?weten (of|wat|hoe|waar|wanneer)\b"
)
# "snappen jullie het nou nog steeds niet": a verb first, but blame, so no question.
_VERB_FIRST = re.compile(r"^[a-z]+en (jullie|julie|u|arag)\b")
_NOT_CALLED = re.compile(r"\b(nooit|niet|niemand|niks|niets|geen|nog steeds)\b")


def asks_too(text: str) -> bool:
    """Some sentence asks in a way the detector component's test misses, and is no rhetorical
    "waarom ...?" (which it leaves a complaint)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(fold(text).lower()) if s.strip()]
    return any(
        _ASKS_TOO.search(s) and not is_rhetorical(s) and not (_VERB_FIRST.match(s) and _blames(s)) for s in sentences
    )


def _blames(sentence: str) -> bool:
    return bool(BLAME.search(sentence) or _NOT_CALLED.search(sentence))


def names_a_third_party(folded: str) -> bool:
    """A folded text names someone else: an opponent the rules, the coverage form or third_party.OTHER_SIDE know."""
    return bool(
        OTHER_SIDE.search(folded)
        or THIRD_PARTY_MARKERS.search(folded)
        or COVERAGE_OPPONENTS.search(folded)
        or "zzopponent" in conflict_markers(folded)
    )


# Round 23 ------------------------------------------------------------------------------------------------------
def _made_sure(message: Message, reason: str, question: bool | None = None) -> None:
    """The detection becomes a sure complaint with `reason`; its question flag stays unless `question` is given."""
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), reason]
    asks = bool(detection.get("question")) if question is None else question
    found = {**detection, "complaint": True, "decision": "complaint", "question": asks, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)
