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

Round 14 (seeds 000/001: a complaint is dissatisfaction about ARAG's service):
- a third party's story naming nobody of ARAG becomes no complaint rather than a check question
  ("intent:third_party"), and so does one that names ARAG only as the insurer of a running case
  without blame, or is told in English ("heb ARAG met Verkeer ... can you help me claim?");
- a self-correction ("sorry, my mistake, it was 12 April") is none ("intent:correctie");
- ARAG's slow handling of the customer's own case with blame, or its phone service with the wish to
  complain, is a sure complaint ("intent:behandeling"), also mid-check;
- a complaint asking whether the policy goes on after moving abroad gets `faq_start_change_end`
  (art. 15/3); the detector component classifies the story told after the complaint with its question.

Round 17:
- in the middle of a coverage check, dissatisfaction naming ARAG's side ("niemand belt terug", "moet
  voorschieten") with a word of blame is a sure complaint ("intent:dienst_in_check");
- a criminal charge the customer tells and denies ("ik moet voorkomen voor bedreiging maar ik heb niks
  gedaan") is a question about art. 12, no complaint ("intent:strafzaak");
- a message in another language without a word of blame gets no check question ("intent:andere_taal");
- a lawyer engaged without asking ARAG, told unsure, is art. 11a's question ("intent:eigen_advocaat").

Round 19 (bot/components/third_party.py): an adviser or coach, a care home and a government body (the IND, the
municipality, also in English) are opponents of a coverage story; an English "does my policy help?" asks about
cover; the policy named as whose it is ("de polis staat op haar naam", "hij heeft de polis") names nobody of
ARAG, so a story told for a parent about a care home is a third party's ("intent:third_party").

Round 20 (bot/components/third_party.py): ARAG asked to take a third party's matter on, with or without a
question mark ("kan ARAG dit regelen", "kunnen jullie een brief sturen?", "kan ik ze aanpakken met jullie?", "can
ARAG go after them?"), is asking about cover; a private seller, a company or a publisher named with "een" is an
opponent; "mn moeder heeft rechtsbijstand bij jullie" names who holds the policy, not ARAG's service. A customer
who cannot pay the premium and asks what follows is art. 14's question, no complaint ("intent:premiebetaling").

Round 22: right after the coverage check's verdict, plain dissatisfaction with it or the wish to complain ("ik ben
hier ontevreden over en wil dat ergens kwijt") is a sure complaint ("intent:oordeel"); a complaint against the
customer about their own work (a tuchtklacht) is no complaint and goes to the coverage check
("intent:klacht_tegen_klant"); the state and its lawmakers, a market trader and a professional's patients or clients
are opponents, and ARAG named only as the one written to on advice ("mijn zoon zei dat ik u moest mailen") names
nobody of ARAG (bot/components/third_party.py).

It must come after the intent classifier and FallbackClassifier in config.yml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import conversation_context
from bot.components.complaint_detector import _RHETORICAL, _SENTENCE_END, ORIGINAL_TEXT, PARSE_KEY, is_rhetorical
from bot.components.intent_classifier import conflict_markers
from bot.components.message_step import MessageStep, route_to
from bot.components.third_party import (
    AGAINST_CUSTOMER,
    ARAG_EN,
    ARAG_SIDE,
    BLAME,
    NOT_ARAG,
    OTHER_SIDE,
    POLICY_HOLDER,
    TOLD_TO_WRITE,
    asking_blanked,
    coverage_story,
    quoted_speech_blanked,
    their_service_blanked,
)
from bot.conversation_context import in_conflict_form, last_verdict_state
from flexbot.complaints.rules import THIRD_PARTY_MARKERS
from flexbot.complaints.service_words import ARAG_NAMED
from flexbot.complaints.target import COVERAGE_OPPONENTS
from flexbot.dutch import fold
from flexbot.flexpolis import faq_turn
from flexbot.flexpolis.english import looks_english

COMPLAIN = "complain"
# A request for a person or a callback is served by the handoff, complaint or not.
KEEP_INTENTS = ("request_human", "request_callback")
# Short replies inside a form or a chat; a complaint in so few words carries a word of blame.
REPLY_INTENTS = frozenset({"affirm", "deny", "inform", "more_info", "stop", "greet", "goodbye"})
MAX_REPLY_WORDS = 6
MIN_REPLY_CONFIDENCE = 0.5
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
    return bool(BLAME.search(sentence) or _NOT_CALLED.search(sentence))


def not_about_arag(text: str, intent: str | None, confidence: float) -> str | None:
    """Why a sure complaint is not one about ARAG ("reply", "third_party"), or None."""
    plain = fold(text).lower()
    # round 23: the provider's own klantenservice; round 25: staff and unanswered mails of a place named before
    folded = NOT_ARAG.sub(" ", their_service_blanked(plain, names_a_third_party))
    told = TOLD_TO_WRITE.sub(" ", folded)  # round 22: "mijn zoon zei dat ik jullie moest mailen" names no one
    quoted = quoted_speech_blanked(told)  # round 24: "hij zei: jullie ..." addresses the customer, not ARAG
    if ARAG_SIDE.search(POLICY_HOLDER.sub(" ", quoted)):  # round 19: "de polis staat op haar naam" names no one
        return None
    if folded != plain:  # only someone else's complaint or refusal named: a conflict, whatever the intent
        return "third_party"
    if quoted != told and names_a_third_party(quoted):  # round 24: a third party's words quoted
        return "third_party"
    if told != folded and names_a_third_party(told):  # a third party's story written to ARAG on advice
        return "third_party"
    if intent in REPLY_INTENTS and confidence >= MIN_REPLY_CONFIDENCE:
        if len(_WORDS.findall(folded)) <= MAX_REPLY_WORDS and not BLAME.search(folded):
            return "reply"
    if intent == "check_coverage" and conflict_markers(text):  # a kind of conflict or an opponent
        return "third_party"
    return None


def names_a_third_party(folded: str) -> bool:
    """A folded text names someone else: an opponent the rules, the coverage form or third_party.OTHER_SIDE know."""
    return bool(
        OTHER_SIDE.search(folded)
        or THIRD_PARTY_MARKERS.search(folded)
        or COVERAGE_OPPONENTS.search(folded)
        or "zzopponent" in conflict_markers(folded)
    )


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
        # Round 14: a story about a third party that names nobody of ARAG is no complaint at all
        # (Klachtenbeleid: onvrede over de dienstverlening van ARAG), so no check question either; a
        # short reply is still checked.
        decision = "none" if why == "third_party" else "ask"
        checked = {**detection, "complaint": False, "decision": decision, "reasons": [*reasons, f"intent:{why}"]}
        message.set(PARSE_KEY, checked, add_to_output=True)  # the classifier's intent stays


def _cleared_when(message: Message, test: Callable[[str], bool], reason: str) -> bool:
    """A complaint or a check question the `test` reads as none: cleared, with `reason` added; True when so."""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("complaint", "ask"):
        return False
    if not test(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        return False
    reasons = [*(detection.get("reasons") or []), reason]
    cleared = {**detection, "complaint": False, "decision": "none", "question": False, "reasons": reasons}
    message.set(PARSE_KEY, cleared, add_to_output=True)
    return True


def _cleared_and_answered(
    message: Message, test: Callable[[str], bool], reason: str, answer: str, keep: tuple[str, ...] = ()
) -> None:
    """Cleared as `_cleared_when`; then the `answer` intent answers it, unless the classifier heard one of
    `keep` (e.g. a coverage question, which the check answers with the same article)."""
    if _cleared_when(message, lambda text: test(fold(text).lower()), reason):
        if (message.get(INTENT) or {}).get("name") not in (answer, *keep):
            route_to(message, answer)


_EN_OPPONENT = re.compile(
    r"\bthe (other )?(driver|motorist|cyclist|party|seller|landlord|employer|shop|company|neighbou?r|contractor)\b"
    r"|\b(hit by|rear-ended|rear ended|crashed into|backed into|ran into|bumped into)\b"
    # round 25: the people of the customer's work ("the shareholders want to get rid of me", "my boss")
    r"|\b(the|my|our) (shareholders?|board|supervisory board|boss|manager|owners?|director of the company)\b"
)


def english_story_of_another(text: str) -> bool:
    """Round 23: an English story about someone else ("the other driver now claims I braked for no reason") that
    names no one of ARAG's side: a coverage question, not a complaint about ARAG."""
    plain = fold(text).lower()
    return looks_english(text) and bool(_EN_OPPONENT.search(plain)) and not ARAG_EN.search(plain)


def no_complaint_in_an_english_story(message: Message) -> None:
    _cleared_when(message, english_story_of_another, "intent:third_party")


def not_a_complaint(message: Message) -> None:
    """A coverage story of a third party (coverage_story) is no complaint: no registration, no check."""
    _cleared_when(message, coverage_story, "intent:dekkingsvraag")


# Round 22: a complaint made against the customer about their own work (a patient's tuchtklacht against a nurse,
# "de familie van een bewoner heeft een klacht tegen me ingediend"): a conflict for the coverage check (Inkomen
# 2c), not dissatisfaction with ARAG, unless ARAG's side is named outside the asking. The word "klacht" made the
# detector (its cue klacht_indienen) or the classifier read it as a complaint about ARAG.
_THAT_COMPLAINT = re.compile(r"\b(die|deze|de|dat|zijn|haar|hun|een|zo'?n) (\w+ )?(tucht)?klacht\w*")
COVERAGE_CHECK = "check_coverage"


def complaint_against_customer(text: str) -> bool:
    plain = fold(text).lower()
    if not AGAINST_CUSTOMER.search(plain):
        return False
    rest, _ = asking_blanked(plain)
    left = _THAT_COMPLAINT.sub(" ", NOT_ARAG.sub(" ", POLICY_HOLDER.sub(" ", TOLD_TO_WRITE.sub(" ", rest))))
    return not (ARAG_EN.search(left) or ARAG_NAMED.search(left))


def no_complaint_against_the_customer(message: Message) -> None:
    """Cleared; the coverage check answers it when the classifier heard the complaint words instead (also when an
    earlier routing cleared it)."""
    _cleared_when(message, complaint_against_customer, "intent:klacht_tegen_klant")
    if (message.get(INTENT) or {}).get("name") in (COMPLAIN, "faq_complaints", "nlu_fallback"):
        if complaint_against_customer(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
            route_to(message, COVERAGE_CHECK)


# Round 14: the customer correcting their own words ("Sorry, my mistake, the accident was on 12 April",
# "foutje, ik bedoel maart") is no dissatisfaction at all, when nobody of ARAG is named.
_SELF_CORRECTION = re.compile(
    r"\b(my mistake|my bad|my error|i meant|i mean|correction|i was wrong|i got (it|that|the date) wrong|"
    r"sorry,? (it|that|the \w+) (was|is)|typo|"
    r"mijn fout|foutje|vergissing|vergist|ik bedoel\w*|ik bedoelde|correctie|verkeerd getypt|tikfout|"
    r"sorry,? (het|dat|de \w+) (was|is|moet)|ik zei het verkeerd|niet \w+ maar)\b"
)


def self_correction(text: str) -> bool:
    """The message corrects the customer's own earlier words and names nobody of ARAG."""
    plain = fold(text).lower()
    if not _SELF_CORRECTION.search(plain):
        return False
    return not (ARAG_EN.search(plain) or ARAG_SIDE.search(NOT_ARAG.sub(" ", plain)) or BLAME.search(plain))


def no_self_correction(message: Message) -> None:
    _cleared_when(message, self_correction, "intent:correctie")


# Round 17: the customer tells of a lawyer or expert engaged without asking ARAG ("ik heb hem eigenlijk al
# ingeschakeld zonder het jullie te vragen"): art. 11a's question (own_lawyer), not dissatisfaction.
_ENGAGED_ALONE = re.compile(
    r"\b(ingeschakeld|in de arm genomen|ingehuurd|aangenomen|opdracht gegeven)\b[^.?!]{0,40}\bzonder\b[^.?!]{0,30}"
    r"\b(vragen|te vragen|toestemming|overleg)\b"
    r"|\bzonder\b[^.?!]{0,30}\b(te vragen|toestemming|overleg)\b[^.?!]{0,40}\b(ingeschakeld|in de arm genomen|ingehuurd)\b"
)


def engaged_without_asking(message: Message) -> None:
    if (message.get(PARSE_KEY) or {}).get("decision") == "ask":  # a sure complaint stays one
        _cleared_and_answered(
            message, lambda t: bool(_ENGAGED_ALONE.search(t)), "intent:eigen_advocaat", "faq_own_lawyer"
        )


# Round 17: a short reply in another language without a word of blame ("Yes, I have the Inkomen module.") is
# no check question: the detector's Dutch model reads unknown words as unsure. An English story keeps its
# check question (an English complaint without these blame words is still asked about).
_EN_BLAME = re.compile(
    r"\b(bad|terrible|awful|horrible|unacceptable|ridiculous|disappoint\w*|angry|furious|frustrat\w*|annoy\w*|"
    r"complain\w*|never|still (no|not|nothing)|slow|rude|useless|worst|poor|shame\w*|disgrac\w*|unhappy|"
    r"not happy|dissatisfied|upset|fed up|waste)\b"
)


# A short reply in English to the form's questions: "yes", "we have ...", the modules by name.
_EN_REPLY = re.compile(
    r"^\W*(yes|yeah|yep|no|nope|ok|okay|sure|i have|we have|i've got|we've got|i got|only)\b"
    r"|\b(consument|verkeer|inkomen|traffic module|income module|all three)\b"
)
EN_REPLY_WORDS = 10


def english_reply(text: str) -> bool:
    plain = fold(text).lower()
    return len(plain.split()) <= EN_REPLY_WORDS and bool(_EN_REPLY.search(plain)) and not _EN_BLAME.search(plain)


def other_language_without_blame(message: Message) -> None:
    if (message.get(INTENT) or {}).get("name") != "other_language":
        return
    if (message.get(PARSE_KEY) or {}).get("decision") != "ask":
        return  # a sure complaint stays one
    _cleared_when(message, english_reply, "intent:andere_taal")


# Round 17: the customer is suspected, summoned or prosecuted and says so ("ik moet voorkomen wegens
# bedreiging, maar ik heb niks gedaan", "gedagvaard voor vernieling, betalen jullie mijn advocaat?"): the
# indignation is about the charge, the question is art. 12's (criminal cases), unless ARAG's side is named
# outside the asking.
_CHARGED = re.compile(
    r"\b(verdacht|verdenk\w*|(moet|moeten|moest) (\w+ ){0,4}(voorkomen|verschijnen)|gedagvaard|dagvaarding|vervolgd|"
    r"strafvervolging|vervolg(t|en) (mij|me|ons)|strafbeschikking|politierechter|officier van justitie|"
    # arrested, not "mijn zaak wordt opgepakt" (ARAG taking the case up)
    r"(ik|wij|we) (ben|werd|word|zijn|werden) (\w+ ){0,2}(aangehouden|opgepakt)|aangifte tegen (mij|ons))\b"
)


def criminal_charge(text: str) -> bool:
    plain = fold(text).lower()
    if not _CHARGED.search(plain):
        return False
    rest, _ = asking_blanked(plain)
    return not (ARAG_EN.search(rest) or ARAG_NAMED.search(NOT_ARAG.sub(" ", rest)))


def no_complaint_about_a_charge(message: Message) -> None:
    """A denied charge is cleared; when the classifier heard no coverage question, art. 12 answers it."""
    _cleared_and_answered(message, criminal_charge, "intent:strafzaak", "faq_criminal", keep=("check_coverage",))


# Round 14: ARAG's handling of the customer's own case takes too long or nothing happens, said with a
# word of blame ("Schandalig hoe lang mijn zaak duurt, nog steeds geen brief naar de tegenpartij"): a sure
# complaint (Klachtenbeleid: onvrede over de dienstverlening van ARAG), not a check question. The court,
# the UWV or a government body named as the one that is slow keeps it what the detector said.
_OWN_CASE_SLOW = re.compile(
    r"\b(mijn|onze|m'?n) (zaak|dossier|melding|claim|aanvraag)\b[^.?!]{0,40}"
    r"\b(duurt|duren|ligt (al|nog|stil)|stil|blijft liggen|nog steeds niet|nog steeds geen|niks gebeurd|niets gebeurd)\b"
    r"|\b(hoe|zo|veel te|te) lang\b[^.?!]{0,30}\b(mijn|onze|m'?n) (zaak|dossier|melding|claim)\b"
)
# "nog steeds geen brief gestuurd" counts when the customer's own case is named: else it is the
# opponent who did nothing ("de bouwer heeft nog steeds niks gedaan").
_NOTHING_DONE = re.compile(
    r"\bnog (steeds|altijd) (geen|niks|niets)\b[^.?!]{0,40}\b(gestuurd|verstuurd|gedaan|gehoord|gebeld|ondernomen|gebeurd)\b"
)
_OWN_CASE = re.compile(r"\b(mijn|onze|m'?n) (zaak|dossier|melding|claim)\b")
_SLOW_OTHERS = re.compile(r"\b(rechter|rechtbank|kantonrechter|uwv|gemeente|belastingdienst|cbr|ind|notaris)\b")


# ARAG's phone service ("drie keer doorverbonden en toen opgehangen") with the wish to complain about it
# ("daar wil ik over klagen") or a word of blame: a sure complaint, also in the middle of a coverage check
# (where the detector reads dissatisfaction as about the opponent).
_PHONE_SERVICE = re.compile(
    r"\b(doorverbonden|doorgeschakeld|in de wacht|wachtrij|keuzemenu|(werd|ben) (ik )?(\w+ )?opgehangen|"
    r"(verbinding|lijn) (werd )?verbroken|niemand nam op)\b"
)
_WANTS_TO_COMPLAIN = re.compile(
    r"\b(over|wil ik|ga ik|kom ik) (\w+ ){0,3}klagen\b|\bklacht (over|indienen)\b|\bbeklag\b|\bwil (\w+ )?klagen\b"
)


def own_case_slow(text: str) -> bool:
    plain = fold(text).lower()
    slow = _OWN_CASE_SLOW.search(plain) or (_NOTHING_DONE.search(plain) and _OWN_CASE.search(plain))
    return bool(slow and BLAME.search(plain) and not _SLOW_OTHERS.search(plain))


def arag_service_complaint(text: str) -> bool:
    """ARAG's handling of the case is slow (with blame), or its phone service failed (with the wish to
    complain or blame)."""
    plain = fold(text).lower()
    if own_case_slow(text):
        return True
    return bool(_PHONE_SERVICE.search(plain) and (_WANTS_TO_COMPLAIN.search(plain) or BLAME.search(plain)))


def slow_handling(message: Message) -> None:
    """An unsure detection of a complaint about ARAG's handling or phone service becomes sure; the slow
    handling of the customer's own case with a word of blame also when the detector saw nothing."""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("ask", "none") or detection.get("question"):
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not (own_case_slow(text) if detection.get("decision") == "none" else arag_service_complaint(text)):
        return
    reasons = [*(detection.get("reasons") or []), "intent:behandeling"]
    found = {**detection, "complaint": True, "decision": "complaint", "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 17: in the middle of a coverage check the detector reads dissatisfaction that names nobody as about
# the opponent (bot/conversation_context.py). A message there that names ARAG's side in the words the
# complaint hook knows (flexbot/complaints/service_words.py: "niemand belt terug", "moet voorschieten", "in de
# wacht") with a word of blame is dissatisfaction with ARAG's service: a complaint, registered at once.
def service_blamed_mid_check(message: Message) -> None:
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("ask", "none") or detection.get("question") or not in_conflict_form():
        return
    plain = fold(message.get(ORIGINAL_TEXT) or message.get(TEXT) or "").lower()
    if not (ARAG_NAMED.search(NOT_ARAG.sub(" ", plain)) and BLAME.search(plain)):
        return
    reasons = [*(detection.get("reasons") or []), "intent:dienst_in_check"]
    found = {**detection, "complaint": True, "decision": "complaint", "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 20: the customer who cannot pay the premium (on time) asks what follows ("ik ben mijn baan kwijt en kan de
# premie van deze maand niet betalen. ben ik dan niet meer verzekerd?", "wat als ik de premie te laat betaal?"):
# a question about art. 14, no dissatisfaction with ARAG's service, unless a word of blame is said.
_OWN_PAYMENT = re.compile(
    r"\bpremie\w*\b[^.?!]{0,35}\b(niet|niet meer|te laat|later|pas later|even niet)\b (\w+ ){0,2}"
    r"(betalen|betaal|voldoen|overmaken|ophoesten|opbrengen)\b"
    r"|\b(kan|kun|kunnen|lukt)\b[^.?!]{0,20}\b(niet|niet meer)\b[^.?!]{0,15}\b(de|mijn|onze) premie\w* (\w+ ){0,2}"
    r"(betalen|voldoen|opbrengen)\b"
    r"|\b(betalingsachterstand|premieachterstand|achterstand met (de|mijn) premie)\b"
)


def own_payment_question(text: str) -> bool:
    plain = fold(text).lower()
    if not _OWN_PAYMENT.search(plain) or BLAME.search(plain):
        return False
    return "?" in plain or asks_too(text)


def no_complaint_about_own_payment(message: Message) -> None:
    _cleared_when(message, own_payment_question, "intent:premiebetaling")


# Round 14: a complaint that asks whether the insurance goes on after moving abroad ("ik verhuis in
# september naar Portugal. Blijft mijn rechtsbijstand dan gewoon doorlopen?") asks art. 15/3 (the
# insurance ends when the policyholder no longer lives in the Netherlands), not about a pension conflict.
_MOVES_ABROAD = re.compile(
    r"\b(verhuis\w*|emigr\w*|ga\w* wonen|vertrek\w*)\b[^.?!]{0,40}\b(naar|in) (het )?[a-z]+"
    r"|\b(ga|gaan|gaat)\b[^.?!]{0,30}\b(in|naar) [a-z]+ wonen\b|\bniet meer in nederland\b|\bbuitenland\b"
)
_POLICY_GOES_ON = re.compile(
    r"\b(blijft|blijven|loopt|lopen|geldt|gelden|houd|hou|behoud)\b[^.?!]{0,10}\b(mijn|de|onze|deze) "
    r"(verzekering|rechtsbijstand\w*|polis|flexpolis|dekking)\b[^.?!]{0,25}\b(doorlopen|door|gelden|geldig|bestaan|aan)\b"
    r"|\b(ben|blijf|zijn|blijven) (ik|we|wij)\b[^.?!]{0,20}\b(nog|dan)\b[^.?!]{0,15}\b(verzekerd|gedekt)\b"
)


def policy_abroad_question(message: Message) -> None:
    """The question of a complaint about the policy going on after moving abroad: faq_start_change_end."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or not detection.get("question"):
        return
    plain = fold(message.get(TEXT) or "").lower()
    if not (_MOVES_ABROAD.search(plain) and _POLICY_GOES_ON.search(plain)):
        return
    route_to(message, "faq_start_change_end")


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


# Round 22: right after the coverage check's verdict ("Dit conflict is niet verzekerd ... (art. 4a Verkeer)"), the
# customer says plainly that they are dissatisfied with it or want to complain ("Ik ben hier echt ontevreden over en
# wil dat ergens kwijt", "daar ben ik het niet mee eens, ik wil een klacht indienen"): dissatisfaction with ARAG's
# decision (seeds 000/001), a sure complaint. Before, the hook read it as about the conflict (no one of ARAG named)
# and the verdict was repeated. A sentence that names the opponent and not the verdict ("de verhuurder zegt dat ik
# moet betalen, daar ben ik het niet mee eens") stays what the detector said.
_DISSATISFIED_WITH_IT = re.compile(
    r"\b(ontevreden|niet tevreden|niet blij|teleurgesteld|boos|kwaad|woedend|ziedend|niet te spreken)\b[^.?!]{0,20}"
    r"\b(hier|daar)\s?(over|mee|om)\b"
    r"|\b(hier|daar|hierover|daarover|hiermee|daarmee)\b[^.?!]{0,25}\b(ontevreden|niet tevreden|niet blij|teleurgesteld|"
    r"boos|kwaad|woedend|niet te spreken|niet (mee )?eens|oneens)\b"
    r"|\b(ik ben|ben ik)\b[^.?!]{0,10}\bhet (er |hier |daar )?(\w+ )?niet (mee )?eens\b"
    r"|\b(niet eens|oneens|ontevreden|niet tevreden)\b (met|over) (dit|dat|het|jullie|uw|deze|die) (\w+ )?"
    r"(oordeel|besluit|beslissing|antwoord|uitkomst|conclusie|afwijzing|uitsluiting)\b"
    r"|\b(dit|dat) (pik|accepteer|slik|neem) ik (echt |gewoon |dus )?niet\b"
)
_WANTS_TO_COMPLAIN = re.compile(
    r"\bklacht\b[^.?!]{0,20}\b(indienen|in te dienen|neerleggen|neer te leggen|doen|melden)\b"
    r"|\b(wil|ga|zal|moet)\b[^.?!]{0,20}\b(klagen|beklag)\b|\b(officiele|formele) klacht\b"
    r"|\b(wil|moet|ga)\b[^.?!]{0,15}\b(dat|dit|het|mijn (verhaal|onvrede|ongenoegen|frustratie))\b[^.?!]{0,12}\bkwijt\b"
)
# The verdict itself named: what the customer does not get, the cover, ARAG.
_ABOUT_THE_VERDICT = re.compile(
    r"\bkrijg (ik|we|wij)\b[^.?!]{0,15}\b(niks|niets|geen)\b|\bniet (verzekerd|gedekt)\b|\bgeen (dekking|hulp|vergoeding)\b"
    r"|\b(uitgesloten|uitsluiting|dekking|vergoed\w*|oordeel|besluit|beslissing|antwoord|uitkomst|polis|verzekering)\b"
    r"|\b(jullie|arag\w*|u|uw)\b"
)
# A question that wants no answer: indignation at the verdict ("krijg ik niks, terwijl hij door rood reed?").
_INDIGNANT = re.compile(r"\bkrijg (ik|we|wij)\b[^.?!]{0,15}\b(niks|niets|geen)\b|\bterwijl\b|^(dus|maar|en dan)\b")


def objects_to_the_verdict(text: str) -> bool:
    plain = fold(text).lower()
    sentences = [x.strip() for x in _SENTENCE_END.split(plain) if x.strip()]
    said = [x for x in sentences if _DISSATISFIED_WITH_IT.search(x) or _WANTS_TO_COMPLAIN.search(x)]
    if not said:
        return False
    about_verdict = bool(_ABOUT_THE_VERDICT.search(NOT_ARAG.sub(" ", plain)))
    others = [x for x in said if names_a_third_party(x)]
    if others and not any(_ABOUT_THE_VERDICT.search(x) for x in others):
        return False  # the objection is told of the opponent
    return about_verdict or not names_a_third_party(plain)


def asks_besides(text: str) -> bool:
    """A real question besides the objection (not the indignant "krijg ik niks, terwijl ...?")."""
    plain = fold(text).lower()
    for x in (x.strip() for x in _SENTENCE_END.split(plain) if x.strip()):
        if _DISSATISFIED_WITH_IT.search(x) or _WANTS_TO_COMPLAIN.search(x) or _INDIGNANT.search(x) or is_rhetorical(x):
            continue
        if x.endswith("?") or asks_too(x):
            return True
    return False


def verdict_objection(message: Message) -> None:
    """After the coverage check's verdict: an objection to it is a sure complaint, asking only what it asks
    besides (its question answered first, the intake after)."""
    if last_verdict_state() is None:
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not objects_to_the_verdict(text):
        return
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), "intent:oordeel"]
    question = bool(detection.get("question")) and asks_besides(text)
    found = {**detection, "complaint": True, "decision": "complaint", "question": question, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 23 ------------------------------------------------------------------------------------------------------
def _made_sure(message: Message, reason: str, question: bool | None = None) -> None:
    """The detection becomes a sure complaint with `reason`; its question flag stays unless `question` is given."""
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), reason]
    asks = bool(detection.get("question")) if question is None else question
    found = {**detection, "complaint": True, "decision": "complaint", "question": asks, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 23: the customer finds ARAG's premium increase unfair and asks whether this insurance helps to fight it ("Per
# 1 januari gaat mijn premie omhoog. Kan ik met mijn rechtsbijstand tegen die verhoging in gaan? Ik vind het niet
# redelijk."). Decision: a complaint (seeds 000/001: dissatisfaction with ARAG, here its premium, is a complaint),
# and its question is answered with the acknowledgement by art. 11q (no help in a conflict about this insurance
# itself, for example about the premium) and art. 16 (cancel within 1 maand): actions/complaints.py. The question
# is no question of its own, so the coverage check does not take it up as a conflict.
PREMIUM_DISPUTE = "intent:premiegeschil"
_PREMIUM = re.compile(r"\bpremie\w*")
_GOES_UP = re.compile(
    r"\b(omhoog|verhoogd|verhogen|verhoogt|verhoging|stijgt|stijging|gestegen|duurder|hoger|meer premie)\b"
    r"|\b(premieverhoging|premiestijging|prijsverhoging)\b"
)
_FIGHT_IT = re.compile(
    r"\b(tegen|bezwaar)\b[^.?!]{0,35}\b(verhoging|premie\w*|stijging|prijsverhoging|die brief|dat besluit)\b"
    r"|\b(daartegen|ertegen|hiertegen|tegen in)\b[^.?!]{0,25}\b(gaan|in beroep|bezwaar|procederen|optreden|opkomen|"
    r"ageren|iets doen|wat doen)\b"
    r"|\b(verhoging|premie\w*|stijging)\b[^.?!]{0,35}\b(aanvechten|aan te vechten|bestrijden|tegen in|terugdraaien|"
    r"bezwaar)\b"
    # Round 24: "daar wil ik juridisch tegenin", "ik wil daar juridisch tegen optreden", "juridische stappen zetten"
    r"|\bjuridisch\w*\b[^.?!]{0,20}\b(tegenin|tegen in|tegen (op)?treden|tegen ageren|stappen|aanvechten|"
    r"aan te vechten|procederen|actie|bezwaar|aanpakken|tegen (gaan|ingaan|doen))\b"
    r"|\b(daar|hier|er|ertegen|daartegen|hiertegen)\b[^.?!]{0,20}\b(tegenin|tegen in)\b"
)
_WITH_THE_INSURANCE = re.compile(
    r"\b(met|via|dankzij|op) (mijn|m'?n|mn|de|deze|jullie|uw|onze) (eigen )?(rechtsbijstand\w*|polis|verzekering|flexpolis|"
    r"module)\b|\b(met|via) (de hulp van )?(jullie|arag)\b|\b(helpen|helpt|bijstaan|betalen|vergoeden) (jullie|arag|u)\b"
    r"|\b(mijn|m'?n|mn|de|deze|jullie) (eigen )?(rechtsbijstand\w*|polis|verzekering|flexpolis)\b[^.?!]{0,20}"
    r"\b(helpen|helpt|gebruiken|inzetten|dekken|dekt|betalen|betaalt|vergoeden|vergoedt)\b"
    r"|\b(helpt|helpen|dekt|betaalt|vergoedt) (mijn|m'?n|mn|de|deze|jullie|uw) (rechtsbijstand\w*|polis|verzekering)\b"
)
_UNFAIR = re.compile(
    r"\b(niet redelijk|onredelijk|niet eerlijk|oneerlijk|niet terecht|onterecht|niet normaal|niet kunnen|te gek|"
    r"absurd|niet (mee )?eens|oneens|niet akkoord|niet tevreden|ontevreden|niet blij)\b"
    # Round 24: raised without asking ("zonder te vragen", "zonder overleg", "eenzijdig", "zomaar")
    r"|\bzonder (te vragen|iets te vragen|(te )?overleg\w*|toestemming|(me |mij |ons )?(te )?waarschuwen|"
    r"aankondiging)\b|\b(ongevraagd|eenzijdig|zomaar)\b"
)
# Round 24: another insurer's premium ("mijn zorgverzekeraar heeft de premie verhoogd"), not ARAG's.
_OTHER_PREMIUM = re.compile(
    r"\b(mijn|m'?n|mn|de|onze|hun|zijn|haar) (zorg|auto|reis|inboedel|opstal|woon|brand|aansprakelijkheids|wa|"
    r"uitvaart|levens|motor|fiets|telefoon|hypotheek|ziektekosten)[- ]?(verzeker\w*|premie\w*)"
    r"|\bpremie (van|bij) (mijn|m'?n|mn|de|het|onze) (?!(rechtsbijstand|polis|flexpolis|arag|verzekering)\b)\w+"
)


def premium_dispute(text: str, complained: bool = False) -> bool:
    """ARAG's premium goes up and the customer wants to fight it with this insurance, dissatisfied (a word of
    unfairness or blame, or the detector heard a complaint: `complained`, round 24)."""
    plain = fold(text).lower()
    return bool(
        _PREMIUM.search(plain)
        and _GOES_UP.search(plain)
        and _FIGHT_IT.search(plain)
        and _WITH_THE_INSURANCE.search(plain)
        and (complained or _UNFAIR.search(plain) or BLAME.search(plain))
        and not _OTHER_PREMIUM.search(plain)
    )


def premium_dispute_complaint(message: Message) -> None:
    complained = (message.get(PARSE_KEY) or {}).get("decision") == "complaint"
    if premium_dispute(message.get(ORIGINAL_TEXT) or message.get(TEXT) or "", complained):
        _made_sure(message, PREMIUM_DISPUTE, question=False)


# Round 23: the customer is not satisfied with the Klachtenbureau's decision on an earlier complaint ("Vorige maand
# heb ik een klacht ingediend bij jullie klachtenbureau ... Nu heb ik de beslissing gekregen en ik ben er nog steeds
# niet tevreden over."): dissatisfaction with ARAG, so a complaint (seeds 000/001), and the acknowledgement names
# the next step: the Kifid, via the Kifid the Tuchtraad, and the court (art. 20; actions/complaints.py).
BUREAU_DECISION = "intent:klachtbeslissing"
_COMPLAINED_BEFORE = re.compile(
    r"\b(klachtenbureau|klachtenafdeling|klachtbehandelaar|klachtenbehandelaar|klachtafhandeling)\b"
    r"|\bklacht\w*\b[^.?!]{0,40}\b(bij|aan|naar) (jullie|arag|u)\b|\b(bij|aan|naar) (jullie|arag)\b[^.?!]{0,30}\bklacht"
    r"|\bklacht\w* (\w+ ){0,3}over (jullie|arag|uw|mijn (\w+ )?(jurist|juriste|behandelaar|dossierbehandelaar|zaak|"
    r"dossier))\b"
)
# Someone else decided on the complaint: the Kifid, the court, a disputes committee (the next step is another).
_OTHER_DECIDER = re.compile(r"\b(kifid|tuchtraad|rechter|rechtbank|geschillencommissie|ombudsman|gemeente)\b")
_BUREAU_ANSWERED = re.compile(
    r"\b(beslissing|besluit|uitkomst|uitspraak|antwoord|reactie|oordeel|afgewezen|ongegrond|afgehandeld|"
    r"afhandeling|conclusie|brief terug|reageerde|gereageerd|geantwoord|besloten|teruggekoppeld)\b"
)
_STILL_UNHAPPY = re.compile(
    r"\b(niet tevreden|allesbehalve tevreden|ontevreden|niet (mee )?eens|oneens|niet blij|teleurgesteld|niet akkoord|niet geholpen|"
    r"kan ik niet mee leven|(daar|hier) (schiet|heb) ik niks aan|niet opgelost)\b"
)


def unhappy_with_bureau_decision(text: str) -> bool:
    plain = fold(text).lower()
    if _OTHER_DECIDER.search(plain):
        return False
    return bool(_COMPLAINED_BEFORE.search(plain) and _BUREAU_ANSWERED.search(plain) and _STILL_UNHAPPY.search(plain))


def bureau_decision_complaint(message: Message) -> None:
    if unhappy_with_bureau_decision(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        _made_sure(message, BUREAU_DECISION)


# Round 23: no rapport with ARAG's own jurist or handler ("het klikt echt niet met de jurist, ze luistert gewoon
# niet naar me", "mijn behandelaar neemt me niet serieus"): dissatisfaction with ARAG's service, a sure complaint
# (seeds 000/001), and the acknowledgement adds art. 5's right to ask for another handler (actions/complaints.py).
# The handler is ARAG's: "jullie jurist", "mijn jurist/behandelaar", or "de jurist" in a case told as running at
# ARAG; not "de advocaat van mijn ex" or "zijn advocaat".
NO_RAPPORT = "intent:behandelaar"
_HANDLER = r"(jurist|juriste|behandelaar|behandelaarster|dossierbehandelaar|specialist|advocaat|advocate|medewerker|medewerkster)"
_ARAG_HANDLER = re.compile(
    r"\b(jullie|julie|arag\w*|uw|mijn|m'?n|mn) (\w+ )?" + _HANDLER + r"\b(?! van (?!(jullie|arag)\b))"
)
_SOME_HANDLER = re.compile(r"\b(de|die|deze|die ene) " + _HANDLER + r"\b(?! van (?!(jullie|arag)\b))")
_AT_ARAG = re.compile(r"\b(bij|via|van) (jullie|julie|arag|u)\b")
_NO_RAPPORT = re.compile(
    r"\b(klikt|klikte|klikken|botst|botste|boterde|botert)\b[^.?!]{0,25}\bniet\b|\bgeen klik\b"
    r"|\b(luistert|luisterde|luisteren)\b[^.?!]{0,20}\bniet\b|\bniet (serieus )?genomen\b"
    r"|\bneemt (me|mij) (\w+ )?niet serieus\b|\bgeen vertrouwen\b|\bvertrouw (haar|hem|die|deze|de \w+) (\w+ )?niet\b"
    r"|\bniet (meer )?overweg\b|\bbegrijpt (me|mij) (\w+ )?niet\b|\bpraat (\w+ )?over (me|mij) heen\b"
    r"|\bwimpelt (me|mij) af\b|\bvoel (me|mij) (\w+ )?niet gehoord\b"
)


def no_rapport_with_handler(text: str) -> bool:
    plain = fold(text).lower()
    if not _NO_RAPPORT.search(plain):
        return False
    if _ARAG_HANDLER.search(plain) and not re.search(r"\b(zijn|haar|hun|z'n) " + _HANDLER + r"\b", plain):
        return True
    return bool(_SOME_HANDLER.search(plain) and _AT_ARAG.search(plain))


def handler_rapport_complaint(message: Message) -> None:
    if no_rapport_with_handler(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        _made_sure(message, NO_RAPPORT)


# Round 23: "Wat is het mailadres?" asked after a complaint's intake has ended, in the same conversation: the
# customer may mean the Klachtenbureau's (seed 004 art. 20). The reason AFTER_COMPLAINT lets the contact answer
# (flexbot/flexpolis/faq_turn.py) add the Klachtenbureau's details to the general ones. Not when another body or
# the customer's own details are named.
AFTER_COMPLAINT = faq_turn.AFTER_COMPLAINT
_ASKS_DETAILS = re.compile(
    r"\b(e-?mail ?adres\w*|mailadres\w*|emailadres\w*|postadres|adres|postbus|telefoonnummer|nummer|mailen|"
    r"e-?mailen)\b"
)
_OTHER_DETAILS = re.compile(
    r"\b(kifid|tuchtraad|servicecent\w*|rechtbank|verbond|cis|advocaat|tegenpartij|verhuurder|werkgever|polis\w*|"
    r"dossier\w*|referentie\w*|klantnummer|schade\w*|melden)\b|\b(mijn|ons|onze) (\w+ )?(e-?mail ?adres|mailadres|adres|"
    r"nummer|telefoonnummer)\b|@|\d{4,}"
)


def had_a_complaint(tracker: Any) -> bool:
    """The conversation registered a complaint earlier (a `complaint_id` set) whose intake is no longer running."""
    if tracker is None or tracker.active_loop_name == "complaint_form":
        return False
    return any(
        getattr(e, "key", None) == "complaint_id" and getattr(e, "value", None) for e in getattr(tracker, "events", [])
    )


def details_after_complaint(message: Message) -> None:
    text = fold(message.get(ORIGINAL_TEXT) or message.get(TEXT) or "").lower()
    if "?" not in text and not text.startswith(("wat ", "waar ", "welk", "hoe ", "en ")):
        return
    if not _ASKS_DETAILS.search(text) or _OTHER_DETAILS.search(text):
        return
    if not had_a_complaint(conversation_context._tracker.get()):  # the tracker Rasa parses the message with
        return
    detection = dict(message.get(PARSE_KEY) or {})
    detection["reasons"] = [*(detection.get("reasons") or []), AFTER_COMPLAINT]
    message.set(PARSE_KEY, detection, add_to_output=True)


def complaint_question(message: Message) -> None:
    """A complaint that asks when someone contacts the customer or where to go next: the complaints
    answer (faq_turn.complaint_question), not the classifier's answer time or coverage check."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or not detection.get("question"):
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if faq_turn.complaint_question(text, True) or asks_how_to_reach_the_bureau(text):
        route_to(message, "faq_complaints")


# Round 24: a complaint that says it wants to complain officially and asks for the number or address ("Ik wil hier
# ook officieel over klagen. Wat is het telefoonnummer?"): the Klachtenbureau's (art. 20, the complaints answer),
# not the service centre's of the contact answer. Not when the asking sentence names another body or the customer's
# own details.
_WANTS_TO_COMPLAIN_TOO = re.compile(
    r"\b(klagen|klacht (\w+ )?(indienen|in te dienen|neerleggen|doen|melden)|klacht\w* over|beklag (doen|indienen))\b"
    r"|\b(officiele|formele|schriftelijke|echte) klacht\b"
)


def asks_how_to_reach_the_bureau(text: str) -> bool:
    plain = fold(text).lower()
    if not _WANTS_TO_COMPLAIN_TOO.search(plain):
        return False
    asked = [
        x
        for x in _SENTENCE_END.split(plain)
        if _ASKS_DETAILS.search(x)
        and ("?" in x or x.strip().startswith(("wat ", "waar ", "welk", "hoe ", "op welk", "naar welk")))
    ]
    if not asked or any(_OTHER_DETAILS.search(x) or _THEIR_DETAILS.search(x) for x in asked):
        return False
    return not names_a_third_party(plain)  # "een klacht over de verhuurder": someone else's number


_THEIR_DETAILS = re.compile(
    r"\b(zijn|haar|hun|z'n|diens) (\w+ )?(e-?mail ?adres|mailadres|adres|nummer|telefoonnummer)\b"
)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ComplaintIntent(MessageStep):
    def step(self, message: Message) -> None:
        not_a_complaint(message)
        no_complaint_in_an_english_story(message)
        no_complaint_against_the_customer(message)
        no_self_correction(message)
        no_complaint_about_a_charge(message)
        no_complaint_about_own_payment(message)
        other_language_without_blame(message)
        engaged_without_asking(message)
        review(message)
        slow_handling(message)
        service_blamed_mid_check(message)
        case_decision(message)
        verdict_objection(message)
        premium_dispute_complaint(message)
        bureau_decision_complaint(message)
        handler_rapport_complaint(message)
        details_after_complaint(message)
        complaint_question(message)
        policy_abroad_question(message)
        intent = complaint_intent(message)
        if intent is not None:
            route_to(message, COMPLAIN, intent["confidence"])
