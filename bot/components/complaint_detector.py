"""Runs the one complaint detector on every user message, whatever the intent.

The result goes into the parse data under "complaint" ({complaint, decision, score, reasons,
version}; decision "complaint" | "ask" | "none", `complaint` true only for "complaint"), where the
action server reads it (actions/complaints.py) to acknowledge the customer first and to start the
Klachtenbureau intake after the question is answered; "ask" is for the flow that checks with the
customer.

A message that complains and asks ("Mijn jurist belt nooit terug. Ben ik verzekerd voor een
burenruzie?") must still get its question answered, so when some sentences complain and another
asks, the intent classifier downstream only sees the asking sentences. The tracker keeps the
customer's full message verbatim.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.intent_classifier import DOMAIN, conflict_markers
from bot.components.third_party import NEUTRAL_BLAME, asking_blanked, coverage_story, names_another
from bot.conversation_context import detector_context
from flexbot.complaints.detector import ComplaintDetector, Detection, load_detector
from flexbot.complaints.rules import CASE_AGAINST
from flexbot.dutch import fold

PARSE_KEY = "complaint"
ORIGINAL_TEXT = "complaint_original_text"  # the whole message when TEXT became its question part
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_QUESTION_START = re.compile(
    r"^(wat|hoe|waar|wanneer|wie|welke?|waarom|ben|is|zijn|kan|kun|kunt|mag|moet|heb|heeft|"
    r"dekt|geldt|krijg|word|wordt)\b",
    re.IGNORECASE,
)


# Asking without "?" beyond is_question: "bij wie dien ik een klacht in", "sluiten jullie ... uit",
# "klacht indienen hoe".
_ASKS = re.compile(
    r"^(bij|met|aan|naar|voor|op|in|van|tot|over|om) (wie|wat|welke?|waar|hoeveel|hoe)\b"
    r"|^(kunnen|kan|sluiten|doen|helpen|betalen|vergoeden|dekken|nemen|geven|mogen|willen) (jullie|julie|u|arag)\b"
    r"|\b(hoe|wat|waar|wanneer|wie|welke)\s*$"
    # "Ik wil gewoon weten of ik verzekerd ben: ..." (round 28)
    r"|\b(ik )?wil (graag |gewoon |alleen |even |wel )*weten of\b|\bik vraag me af of\b",
    re.IGNORECASE,
)
# Questions in a complaint that want no answer: "Waarom belt mijn jurist nooit terug?"
_RHETORICAL = re.compile(
    r"^(waarom|hoezo|hoe kan het|hoe is het mogelijk|wat is dit voor|wat is dat voor|is het nou zo moeilijk|"
    r"moet ik (nou|nu) echt|why|how come|"
    # round 98: "Noemen jullie dit service?"
    r"(noemen|noemt|noem) (jullie|u|je) (dit|dat)|heet (dit|dat) (nou |nu )?(service|klantvriendelijk)|"
    # round 176: "Dit noemen jullie service?"
    r"(dit|dat) (noemen|noemt|noem) (jullie|u|je) (nou |nu )?(\w+ )?(service|klantvriendelijk\w*|hulp)|"
    # round 114: "Dit is toch belachelijk?"
    r"(dit|dat|het) is (toch|nou|toch wel|echt) (\w+ )?(belachelijk|schandalig|niet normaal|absurd|te gek|onacceptabel|bizar))\b",
    re.IGNORECASE,
)


# Round 13: "waarom" about the premium or the policy terms asks for the rule ("Waarom gaat mijn premie
# elk jaar omhoog?": art. 16's index), whatever the mood, and so does one about what the policy covers
# when it names the conflict ("Waarom dekt mijn polis geen echtscheiding?"); "waarom belt niemand
# terug?" (ARAG's conduct) and "waarom valt dit ineens niet onder mijn dekking?" (a decision the
# assistant cannot know) stay rhetorical.
_NOT_CONDUCT = (
    r"(?!.*\b(bel\w*|gebeld|terug|reageer\w*|reageert|gereageerd|antwoord\w*|duurt|duren|wacht\w*|niemand|"
    r"kwijt|vergeten|behandelaar|jurist|medewerker\w*|dossier)\b)"
)
_WHY_ABOUT_TERMS = re.compile(
    r"^(waarom|hoezo)\b(?=.*\b(premie\w*|voorwaarden|eigen risico|wachttijd|minimum|maximum|drempel|module\w*)\b)"
    + _NOT_CONDUCT,
    re.IGNORECASE,
)
_WHY_ABOUT_COVER = re.compile(
    r"^(waarom|hoezo)\b(?=.*\b(dekking|dekt|dekken|gedekt|verzekerd|vergoed\w*|uitgesloten|uitsluiting\w*|"
    r"polis|verzekering)\b)" + _NOT_CONDUCT,
    re.IGNORECASE,
)


# "Waarom valt het nu niet meer onder mijn verzekering?", "waarom is mijn claim afgewezen?": a decision
# on the customer's own case, which only the handler can explain.
_WHY_A_DECISION = re.compile(
    r"^(waarom|hoezo)\s+(\w+\s+)?(dit|dat|het|deze|die|mijn (zaak|claim|melding|aanvraag|schade|dossier))\b",
    re.IGNORECASE,
)


# Round 60: a reproach put as a question ("zo laat je een klant toch niet zitten?", "dat kan toch niet?").
_RHETORICAL_TAG = re.compile(
    r"(^|[,;:]\s*)(zo|dat|dit|het) ([\w']+ ){0,6}toch (niet|geen)\b[^?,]{0,30}\?\s*$", re.IGNORECASE
)


def is_rhetorical(sentence: str) -> bool:
    """A question in a complaint that wants no answer ("Waarom belt mijn jurist nooit terug?")."""
    s = sentence.strip()
    if _RHETORICAL_TAG.search(s):
        return True
    if not _RHETORICAL.match(s):
        return False
    if _WHY_ABOUT_TERMS.match(s):
        return False  # the premium or a term: the policy answers it
    if not _WHY_ABOUT_COVER.match(s) or _WHY_A_DECISION.match(s):
        return True
    kinds = [m for m in conflict_markers(s) if m not in ("zzkind", "zzopponent", "zzkinddezeverzekering")]
    return not kinds  # cover, with the conflict named: answered


def is_question(sentence: str) -> bool:
    s = sentence.strip()
    if (_EXCLAMATION.match(s) or _RELATIVE_START.match(s)) and not s.endswith("?"):
        # "Wat een waardeloze klantenservice hebben die lui." exclaims (round 40); round 173: "Wat ik de afgelopen maanden
        # met uw afdeling heb meegemaakt ... tart elke beschrijving" tells
        return False
    return s.endswith("?") or bool(_QUESTION_START.match(s))


# "Wat een ...", "Wat een gedoe!", "Hoe haal je het in je hoofd": exclamations, no questions.
_EXCLAMATION = re.compile(
    r"^(wat een|wat (een )?(ellende|gedoe|toestand)|hoe haal\w* (je|jullie|ze|hij|zij))\b", re.IGNORECASE
)


# "Wat ik ... heb meegemaakt", "Hoe we behandeld zijn": a clause that tells (the subject right after the word), no question.
_RELATIVE_START = re.compile(r"^(wat|hoe|waar|wie) (ik|we|wij|je|jij|u|jullie|hij|zij|ze)\b", re.IGNORECASE)


def holds_question(text: str) -> bool:
    """Some sentence asks something that wants an answer (not a rhetorical "waarom ...?")."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    return any((is_question(s) or _ASKS.search(s)) and not is_rhetorical(s) for s in sentences)


def question_part(text: str, detector: ComplaintDetector) -> str | None:
    """The asking part of a message that also complains, or None to keep the text: the story and
    question told after the complaint (round 14), else the asking sentences."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    detections = detector.detect_many(sentences)
    tail = told_after_complaint(sentences, [d.decision for d in detections])
    if tail:
        return tail
    questions = [s for s, d in zip(sentences, detections, strict=False) if d.decision == "none" and is_question(s)]
    if not questions or len(questions) == len(sentences):
        return None
    asked = " ".join(questions)
    # "Wat kan ik doen?" after "Jullie hebben mijn premie verhoogd ...": the question's topic is in
    # the complaint, so the whole message is classified.
    return asked if has_topic(asked) else None


def has_topic(text: str) -> bool:
    """The text names something of ARAG's domain, or a kind of conflict or an opponent as the
    coverage form reads them (the intent classifier's markers), or the customer's data (art. 19)."""
    return bool(DOMAIN.search(fold(text)) or conflict_markers(text) or _DATA.search(fold(text)))


# Round 14: "Wat doen jullie met mijn gegevens?" after a complaint is the privacy question (art. 19).
_DATA = re.compile(r"\b(gegevens|persoonsgegevens|privacy|avg|data)\b")


def told_after_complaint(sentences: list[str], decisions: list[str]) -> str | None:
    """Round 14: a complaint first, then a matter of its own with its question ("Echt slecht. Dan maar
    hier: mijn zorgverzekeraar weigert ... Kan ARAG daar iets aan doen? Ik heb Consument & Wonen."):
    everything after the last complaining sentence, so the question is answered as it would be without
    the complaint (its story, modules and all). None: nothing asked after the complaint."""
    last = max((i for i, d in enumerate(decisions) if d == "complaint"), default=-1)
    tail = sentences[last + 1 :]
    if last < 0 or not tail:
        return None
    if not any((is_question(s) or _ASKS.search(s.strip())) and not is_rhetorical(s.strip()) for s in tail):
        return None
    told = " ".join(s.strip() for s in tail)
    return told if has_topic(told) else None


# Round 28: a complaint about ARAG told before a new coverage question ("Ik ben heel ontevreden over hoe jullie mijn
# vorige zaak hebben afgehandeld. ... mijn werkgever verlengt mijn contract niet. Ben ik daarvoor verzekerd?"): the
# story outweighs it in the whole message, so a sentence that names ARAG, names no one else and is a sure complaint
# alone counts (seeds 000/001: every expression of dissatisfaction with ARAG's service).
ADDRESSES_ARAG = re.compile(
    # round 155: ARAG's staff and phone line in a message written to ARAG ("de medewerker die ik gisteren sprak was ronduit
    # onvriendelijk", "45 minuten in de wacht gestaan ... doorverbonden naar de verkeerde afdeling")
    r"\b(jullie|julie|arag|(de|uw|een|jullie) medewerk\w*|uw collega|in de wacht|doorverbonden)\b"
)


# A pair of sentences that tells the policy ("Pa heeft een gezinspolis bij ARAG", "heb ARAG met Inkomen") names ARAG as
# the insurer, not its service.
_POLICY_TOLD = re.compile(r"\b(\w*polis\w*|verzeker\w*|rechtsbijstand\w*|module\w*|inkomen|verkeer|consument)\b")


# The case named by its other side in a sentence to ARAG ("mijn conflict met de verhuurder doorgegeven en nog niks van
# jullie gehoord"): the case, not whom the sentence is about (as rules.CASE_REFERENCE). Only in one sentence.
_CASE_OF = re.compile(CASE_AGAINST + r"\s+(?:(?:mijn|de|het|onze|ons|een|die|deze|m'?n|the|my|our|a)\s+)?\w+")


def complaint_sentence(text: str, detector: ComplaintDetector) -> Detection | None:
    """The detection of a sentence that complains about ARAG in a message the detector read as none, or None."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2 or not holds_question(text):
        return None
    plain = [s for s in sentences if not is_question(s)]
    # round 155: two sentences in a row tell it together ("Jullie beloven binnen 2 werkdagen contact. Het is nu 8 dagen
    # later en ik heb NIKS gehoord.")
    pairs = [
        f"{a} {b}"
        for a, b in zip(plain, plain[1:], strict=False)
        if sentences.index(b) == sentences.index(a) + 1 and not _POLICY_TOLD.search(fold(f"{a} {b}").lower())
    ]
    told = [s for s in [*plain, *pairs] if ADDRESSES_ARAG.search(fold(s).lower())]
    # with a word of blame or waiting ("ontevreden", "niks gehoord", "in de wacht"), no one else named, and not a
    # sentence that only tells the policy ("sinds drie weken heb ik bij jullie de Flexpolis met Inkomen")
    told = [
        s
        for s in told
        if NEUTRAL_BLAME.search(fold(s).lower())
        and not names_another(_CASE_OF.sub(" ", fold(s).lower()) if s in plain else fold(s).lower())
        and not asking_blanked(fold(s).lower())[1]
    ]
    for detection in detector.detect_many(told) if told else []:
        if detection.complaint:
            return Detection(True, detection.score, [*detection.reasons, "zin:arag"], detection.version, "complaint")
    return None


def third_party_story(text: str) -> bool:
    """A third party's story told to ask about cover, which ComplaintIntent clears as no complaint
    (round 13/14): its whole text goes to the classifier ("Een vrouw zet leugens over mij op Facebook
    ... Kan ARAG daar iets tegen doen?" is C&W 2a, not art. 17 for the question alone)."""
    return coverage_story(text)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ComplaintDetectorComponent(GraphComponent):
    def __init__(self, detector: ComplaintDetector) -> None:
        self._detector = detector

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ComplaintDetectorComponent:
        return cls(load_detector())

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        texts = [message.get(TEXT) or "" for message in messages]
        # What the conversation knows (bot/conversation_context.py): pronouns, the conflict form.
        detections = self._detector.detect_many(texts, detector_context())
        for message, text, detection in zip(messages, texts, detections, strict=False):
            if not detection.complaint:
                detection = complaint_sentence(text, self._detector) or detection
            # `question`: the message also asks something, so it is answered before the intake; a
            # one-sentence complaint that asks ("ik ben het niet eens met ARAG, wat kan ik doen?")
            # is classified whole.
            question = question_part(text, self._detector) if detection.complaint else None
            if question and third_party_story(text):
                question = None  # no complaint at all (ComplaintIntent): the classifier reads the whole story
            asks = bool(question) or (detection.complaint and holds_question(text))
            message.set(PARSE_KEY, {**detection.to_dict(), "question": asks}, add_to_output=True)
            if question:
                message.set(ORIGINAL_TEXT, text)
                message.set(TEXT, question)
        return messages
