"""Sets the intent `complain` from the one complaint detector, after the intent classifier.

The intent classifier is not trained on complaints: the detector (flexbot/complaints, run by
ComplaintDetectorComponent before the classifier) decides them. When its decision is
"complaint" and the message holds no question (the detector component's `question` flag), this
component makes `complain` the intent, with the detector's score as confidence, and keeps the
classifier's ranking below it (except when the classifier heard a request for a person or a
callback, which the handoff serves). A complaint
that also asks something ("Mijn jurist belt nooit terug. Ben ik verzekerd voor een
burenruzie?") keeps the classifier's intent, so the question is answered first.

Two narrow checks on the detector's "complaint" (docs/nlu.md, round 5 of issue 11), neither
touching the detector itself:
- a question the detector's question test misses ("waarvoor gebruiken jullie mijn gegevens",
  "..., valt een bezwaar daartegen onder mijn polis") sets the `question` flag, so the question is
  answered and the intake follows as for any complaint that asks;
- a message that names nobody of ARAG (no "jullie", "uw", "ARAG", jurist, premie, dossier, ...)
  and that the classifier reads as a short form reply without a word of blame ("nee helaas",
  "pas na het afsluiten", "meer uitleg over dit antwoord") or as a conflict story with a third
  party or of a kind the coverage form knows ("de stukadoor heeft zijn werk niet afgemaakt", "ik heb
  een laptop besteld en nooit ontvangen") keeps the classifier's intent, and the
  detection becomes "ask": the bot checks with the customer instead of registering a complaint
  about ARAG that names no one of ARAG.

It must come after the intent classifier and FallbackClassifier in config.yml.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.complaint_detector import _RHETORICAL, _SENTENCE_END, PARSE_KEY
from bot.components.intent_classifier import conflict_markers
from flexbot.dutch import fold

COMPLAIN = "complain"
# A request for a person or a callback is served by the handoff, complaint or not.
KEEP_INTENTS = ("request_human", "request_callback")
# Short replies inside a form or a chat; a complaint in so few words carries a word of blame.
REPLY_INTENTS = frozenset({"affirm", "deny", "inform", "more_info", "stop", "greet", "goodbye"})
MAX_REPLY_WORDS = 6
MIN_REPLY_CONFIDENCE = 0.5
# Someone or something of ARAG's: a complaint about ARAG names it (or "jullie", "u").
_ARAG = re.compile(
    r"\b(jullie|julie|jij|je|jou|u|uw|arag\w*|jurist\w*|jurrist\w*|behandelaar\w*|specialist\w*|"
    r"medewerk\w*|telefonist\w*|servicedesk|klantenservice|klantendienst|service|chat\w*|bot|app|"
    r"website|de site|polis\w*|premie\w*|dossier\w*|maatschappij|verzeker\w*|rechtsbijstand\w*|advoca\w*|"
    r"mediator|afwijzing\w*|afgewezen|dekking|brief|mail\w*|e-mail\w*|terugbel\w*|reactie|communicatie|"
    r"klacht\w*|beklag|zaak|zaken)\b"
)
# Words of blame or distress that make even a short reply a possible complaint.
_BLAME = re.compile(
    r"(waardelo|slecht|belachelijk|schand|traag|drama|bagger|klote|kut|ontevreden|teleurgesteld|"
    r"teleurstel|boos|woedend|onbeschoft|kortaf|onacceptabel|onbegrijpelijk|eindeloos|nooit|"
    r"zat ben|ben het zat|klaar mee|respectloos|waardeloos|onzin|oplichter|lachertje|schaam|"
    r"niks gedaan|niets gedaan|te lang|sneller)"
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
# Words of _ARAG that name someone else's complaint or refusal here: a complaint against the
# customer ("een patient dient een klacht over mij in"), complaints of the body ("meer klachten dan
# ervoor"), a government's refusal ("de afwijzing van mijn vergunning"), the other party's insurer
# ("zijn verzekeraar weigert te betalen"). Round 7 of issue 11.
_NOT_ARAG = re.compile(
    r"\bklacht(en)? (over|tegen) (mij|ons|mijn bedrijf|mijn praktijk)\b"
    r"|\b(meer|minder|medische|lichamelijke|psychische|fysieke|nek|rug)\s?klachten\b"
    r"|\bafwijzing van (mijn|de|onze) (bouw|omgevings|verblijfs)?(vergunning|uitkering|toeslag|subsidie|"
    r"ww|wia|bijstand|visum)\b"
    # the other party's insurer: "zijn verzekeraar weigert te betalen"
    r"|\b(zijn|haar|hun|z'n|diens) (auto|wa-)?verzekera\w*"
)
_WORDS = re.compile(r"\w+")
_NOT_CALLED = re.compile(r"\b(nooit|niet|niemand|niks|niets|geen|nog steeds)\b")


def classifier_top(message: Message) -> dict[str, Any]:
    """The classifier's first intent (below any nlu_fallback or complain in the ranking)."""
    for entry in message.get("intent_ranking") or []:
        if entry.get("name") not in (COMPLAIN, "nlu_fallback"):
            return entry
    return message.get(INTENT) or {}


def asks_too(text: str) -> bool:
    """Some sentence asks in a way the detector component's test misses, and is no rhetorical
    "waarom ...?" (which it leaves a complaint)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(fold(text).lower()) if s.strip()]
    return any(
        _ASKS_TOO.search(s) and not _RHETORICAL.match(s) and not (_VERB_FIRST.match(s) and _blames(s))
        for s in sentences
    )


def _blames(sentence: str) -> bool:
    return bool(_BLAME.search(sentence) or _NOT_CALLED.search(sentence))


def not_about_arag(text: str, intent: str | None, confidence: float) -> str | None:
    """Why a sure complaint is not one about ARAG ("reply", "third_party"), or None."""
    plain = fold(text).lower()
    folded = _NOT_ARAG.sub(" ", plain)
    if _ARAG.search(folded):
        return None
    if folded != plain:  # only someone else's complaint or refusal named: a conflict, whatever the intent
        return "third_party"
    if intent in REPLY_INTENTS and confidence >= MIN_REPLY_CONFIDENCE:
        if len(_WORDS.findall(folded)) <= MAX_REPLY_WORDS and not _BLAME.search(folded):
            return "reply"
    if intent == "check_coverage" and conflict_markers(text):  # a kind of conflict or an opponent
        return "third_party"
    return None


def no_callback(text: str) -> bool:
    """Not calling back is what the complaint is about ("Waarom belt mijn jurist nooit terug?",
    "niemand belt me terug"), not a request for a call."""
    folded = fold(text).lower().strip()
    return bool(_RHETORICAL.match(folded) or _NOT_CALLED.search(folded))


def complaint_intent(message: Message) -> dict[str, Any] | None:
    """The `complain` intent for a complaint without a question, else None."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or detection.get("question"):
        return None  # no complaint, or it also asks something (complaint_detector.holds_question)
    intent = (message.get(INTENT) or {}).get("name")
    if intent in KEEP_INTENTS and not (intent == "request_callback" and no_callback(message.get(TEXT) or "")):
        return None
    return {"name": COMPLAIN, "confidence": float(detection.get("score") or 1.0)}


def review(message: Message) -> None:
    """The two checks of the module docstring, on the parse data of a sure complaint."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or detection.get("question"):
        return
    text = message.get(TEXT) or ""
    top = classifier_top(message)
    reasons = list(detection.get("reasons") or [])
    if asks_too(text):
        asked = {**detection, "question": True, "reasons": [*reasons, "intent:vraag"]}
        message.set(PARSE_KEY, asked, add_to_output=True)
        return
    why = not_about_arag(text, top.get("name"), float(top.get("confidence") or 0.0))
    if why:
        checked = {**detection, "complaint": False, "decision": "ask", "reasons": [*reasons, f"intent:{why}"]}
        message.set(PARSE_KEY, checked, add_to_output=True)  # the classifier's intent stays


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ComplaintIntent(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ComplaintIntent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            review(message)
            intent = complaint_intent(message)
            if intent is None:
                continue
            ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != COMPLAIN]
            message.set(INTENT, intent, add_to_output=True)
            message.set("intent_ranking", [intent, *ranking], add_to_output=True)
        return messages
