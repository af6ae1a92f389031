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

Round 13 adds three routings (each with its reason in the detection's reasons):
- a third party's story told to ask about cover, naming ARAG only in the asking ("Ik heb Verkeer bij
  jullie", "kan ARAG die man aanpakken?") is no complaint at all ("intent:dekkingsvraag");
- an objection to ARAG's side stopping the case for lack of chance is a sure complaint without a
  question of its own: the art. 17 answer follows the acknowledgement ("intent:zaakbeslissing");
- a complaint that asks when someone contacts the customer or where to go next gets
  `faq_complaints` (art. 20, Kifid), not the classifier's answer time or coverage check.

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

from bot.components.complaint_detector import _RHETORICAL, _SENTENCE_END, ORIGINAL_TEXT, PARSE_KEY, is_rhetorical
from bot.components.intent_classifier import conflict_markers
from flexbot.complaints.rules import THIRD_PARTY_MARKERS
from flexbot.complaints.target import COVERAGE_ASK, COVERAGE_OPPONENTS
from flexbot.dutch import fold
from flexbot.flexpolis import faq_turn

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
        _ASKS_TOO.search(s) and not is_rhetorical(s) and not (_VERB_FIRST.match(s) and _blames(s)) for s in sentences
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


# Round 13 ------------------------------------------------------------------------------------------
# A story about a third party told to ask about cover is no complaint about ARAG, also when "jullie"
# or ARAG is named only in the asking or in the modules the customer has: "Zijn verzekeraar stelt
# zich moeilijk op. Ik heb Verkeer bij jullie.", "Ik neem aan dat ik dan niks aan jullie heb?", "Kan
# ARAG die man aanpakken?". Besides the detector's coverage questions (target.COVERAGE_ASK):
_COVER_ASK = re.compile(
    # "heb ik (dan) niks aan jullie?", "dat ik dan niets aan mijn polis heb?"
    r"\b(niks|niets|iets|wat|weinig|geen moer)\b[^.?!]{0,6}\b(aan|van) (jullie|arag|u|uw|mijn|de|deze|onze) ?"
    r"(polis|verzekering|rechtsbijstand\w*)?\b[^.?!]{0,15}\?"
    # "kan ARAG hem / die man / het bedrijf aanpakken?"
    r"|\b(kan|kunnen|kunt|wil|willen|gaat|gaan|zal|zullen) (arag|jullie|u)\b[^.?!]{0,40}"
    r"\b(aanpakken|aanspreken|aansprakelijk stellen|aanklagen|dagvaarden|vervolgen|terughalen|terugkrijgen|"
    r"innen|achter \w+ aan)\b"
    # the modules by name: "ik heb Verkeer (bij jullie)", "we hebben Inkomen en Consument & Wonen"
    r"|\b(ik heb|ik heb ook|wij hebben|we hebben|ik ben)\b[^.?!]{0,20}\b(verkeer|inkomen|consument (&|en) wonen)\b"
    r"[^.?!]{0,25}\b(bij jullie|bij arag|op mijn polis|verzekerd|module)?"
)
# The other side's insurer, a stranger and other opponents the rules' markers leave out.
_OTHER_SIDE = re.compile(
    r"\b(zijn|haar|hun|z'n|diens) (auto|wa-?|aansprakelijkheids)?verzekera\w*|\bverzekeraar van (de|die|het|mijn) \w+"
    r"|\bde verzekeraar van de tegenpartij\b|\b\w*(webshop|webwinkel)\b|\b(dat|het|die|dit) (bedrijf|firma|winkel)\b|\b(die|de|een|deze) (man|vrouw|gast|vent|kerel|jongen|dader|oplichter"
    r"|bestuurder|automobilist|fietser|chauffeur|eigenaar)\b|\b(iemand|dader|tegenpartij|wederpartij)\b"
)


def _asking_blanked(text: str) -> tuple[str, bool]:
    """The sentences of a folded text without those that ask about cover or name the modules."""
    sentences = [x for x in _SENTENCE_END.split(text) if x.strip()]
    asking = [bool(COVERAGE_ASK.search(x) or _COVER_ASK.search(x)) for x in sentences]
    return " ".join(x for x, a in zip(sentences, asking, strict=True) if not a), any(asking)


def coverage_story(text: str) -> bool:
    """The message asks about cover, tells of a third party, and names nobody of ARAG outside the
    asking (module docstring of flexbot/complaints/target.py, extended for round 13)."""
    plain = fold(text).lower()
    rest, asks = _asking_blanked(plain)
    if not asks:
        return False
    other = _OTHER_SIDE.search(rest) or THIRD_PARTY_MARKERS.search(rest) or COVERAGE_OPPONENTS.search(rest)
    if not other:
        return False
    return not _ARAG.search(_OTHER_SIDE.sub(" ", _NOT_ARAG.sub(" ", rest)))


def not_a_complaint(message: Message) -> None:
    """A coverage story of a third party (coverage_story) is no complaint: no registration, no check."""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("complaint", "ask"):
        return
    if coverage_story(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        reasons = [*(detection.get("reasons") or []), "intent:dekkingsvraag"]
        cleared = {**detection, "complaint": False, "decision": "none", "question": False, "reasons": reasons}
        message.set(PARSE_KEY, cleared, add_to_output=True)


# Art. 17: ARAG (its jurist) stops the case or refuses to go on because it sees no reasonable
# chance, and the customer objects: a complaint, answered with the scheidsrechter (seed 004).
_OBJECTS = re.compile(
    r"\b(pik|accepteer|slik|neem)\w* (ik|dit|dat|het)\b[^.?!]{0,10}\bniet\b|\bniet (mee )?eens\b|\boneens\b"
    r"|\bonterecht|\bbelachelijk|\bschandalig|\bonzin\b|\babsurd|\bontevreden|\bniet tevreden|\bniet blij"
    r"|\bboos\b|\bwoedend|\bteleurgesteld|\blaat (ik|me) niet\b|\bonacceptabel|\bonbegrijpelijk|\bbizar"
    r"|\bwat kan ik\b[^.?!]{0,15}\btegen\b|\b(kan|mag) ik\b[^.?!]{0,20}\b(tegen in|bezwaar|in beroep|aanvechten)\b"
    r"|\bdit kan (toch )?niet\b|\bgeen goed gevoel\b|\bvoel me\b[^.?!]{0,20}\b(in de steek|afgescheept|bedrogen)"
)


def case_decision_complaint(text: str) -> bool:
    """ARAG's side stops or refuses the case for lack of chance (faq_turn.arag_case_decision) and
    the customer objects to it."""
    plain = fold(text).lower()
    return faq_turn.arag_case_decision(plain) and bool(_OBJECTS.search(plain))


def case_decision(message: Message) -> None:
    """A complaint about ARAG's decision on the case: sure, without a question of its own (the art. 17
    answer is its answer: actions/complaints.py)."""
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not case_decision_complaint(text):
        return
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), "intent:zaakbeslissing"]
    found = {**detection, "complaint": True, "decision": "complaint", "question": False, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


def complaint_question(message: Message) -> None:
    """A complaint that asks when someone contacts the customer or where to go next: the complaints
    answer (faq_turn.complaint_question), not the classifier's answer time or coverage check."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or not detection.get("question"):
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if faq_turn.complaint_question(text, True):
        intent = {"name": "faq_complaints", "confidence": 1.0}
        ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != intent["name"]]
        message.set(INTENT, intent, add_to_output=True)
        message.set("intent_ranking", [intent, *ranking], add_to_output=True)


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
            not_a_complaint(message)
            review(message)
            case_decision(message)
            complaint_question(message)
            intent = complaint_intent(message)
            if intent is None:
                continue
            ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != COMPLAIN]
            message.set(INTENT, intent, add_to_output=True)
            message.set("intent_ranking", [intent, *ranking], add_to_output=True)
        return messages
