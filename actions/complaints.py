"""Complaints in the chat: registered the moment they are said, then the Klachtenbureau intake.

- action_validate_slot_mappings runs after every user message (Rasa calls it from
  action_extract_slots and keeps the messages it sends). On a sure complaint it registers the
  complaint in that same turn and acknowledges it with the reference; on an unsure one it asks
  once per conversation whether the customer is dissatisfied (never in the middle of a form).
  Until the customer answers yes or no, the unsure words wait on the desk's "Mogelijk klacht uit
  de chat" list (flexbot/complaints/possible.py), so a customer who leaves first loses nothing.
- validate_complaint_form asks the follow-up questions; every answer updates the registered
  record at once, so a customer who leaves halfway loses nothing. "stop" / "laat maar" end it.
- action_submit_complaint completes the transcript and confirms.

Same matter or a new complaint: while a complaint's intake is still open (from the registration
until its confirmation), every further dissatisfied message is about the same matter and is added
to that record's text; after the confirmation a new complaint gets a new record.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecutionRejected, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from flexbot import dutch, settings
from flexbot.complaints import labels, possible
from flexbot.complaints.possible_keeper import PossibleKeeper
from flexbot.complaints.service_words import ARAG_SIDE
from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import cost_questions, faq_turn, language_answer, replies
from flexbot.flexpolis.english import looks_english
from flexbot.flexpolis.knowledge import knowledge
from flexbot.intake import answers
from flexbot.intake.client import IntakeClient
from flexbot.intake.contract import build_complaint, build_update
from flexbot.intake.transcript import turns_from_events
from flexbot.profiles import customer_promise
from flexbot.streams import redis_client

logger = logging.getLogger(__name__)

CHANNEL = "website"
INTAKE_SLOTS = (
    "handoff_consent",
    "customer_name",
    "customer_contact",
    "customer_address",
    "policy_number",
    "confidential",
)
RESET_AFTER_INTAKE = ("complaint_id", "complaint_pending", "complaint_detection", "complaint_cancelled", *INTAKE_SLOTS)
CHECK_QUESTION = "Begrijp ik goed dat u ergens niet tevreden over bent? (ja/nee)"
CHECK_DECLINED = "Dank u, dan had ik u verkeerd begrepen. Waarmee kan ik u verder helpen?"

_intake: IntakeClient | None = None
_keeper: PossibleKeeper | None = None


async def intake() -> IntakeClient:
    """One intake client per action server process, started inside its event loop."""
    global _intake
    if _intake is None:
        cfg = settings.get()
        _intake = IntakeClient(cfg.redis_url, cfg.spool_dir("intake"))
        await _intake.start()
    return _intake


def keeper() -> PossibleKeeper:
    """One keeper of possible complaints per action server process (spools while Redis is down)."""
    global _keeper
    if _keeper is None:
        cfg = settings.get()
        _keeper = PossibleKeeper(cfg.redis_url, cfg.spool_dir("possible"))
        _keeper.start()
    return _keeper


async def _on_redis(what: str, use: Callable[[Any], Awaitable[Any]]) -> None:
    """One short Redis call; a failure is logged and must never break the conversation."""
    client = redis_client(settings.get().redis_url)
    try:
        await use(client)
    except Exception:  # noqa: BLE001
        logger.exception("could not %s", what)
    finally:
        await client.close()


async def keep_label(text: str, label: str, conversation_id: str) -> None:
    """The customer's own answer to the check question, kept as a labelled example."""
    await _on_redis(
        "keep the customer's label",
        lambda client: labels.publish(client, text, label, "customer", conversation_id=conversation_id),
    )


async def keep_possible(tracker: Tracker, candidate: dict[str, Any]) -> None:
    """An unsure complaint waits for the customer's yes or no; until then the desk can see it, so a
    customer who leaves first loses nothing (flexbot/complaints/possible.py)."""
    entry = possible.candidate(
        tracker.sender_id,
        candidate["message_id"],
        candidate["text"],
        candidate["detection"],
        turns_from_events(tracker.events),
    )
    await _never_breaking("keep the possible complaint", keeper().keep(entry))


async def settle_possible(conversation_id: str) -> None:
    await _never_breaking("settle the possible complaint", keeper().settle(conversation_id))


async def _never_breaking(what: str, operation: Awaitable[None]) -> None:
    """Redis being down is the keeper's to spool; anything else is logged and must not break the conversation."""
    try:
        await operation
    except Exception:  # noqa: BLE001
        logger.exception("could not %s", what)


def last_user_text(tracker: Tracker) -> str:
    """The customer's latest message exactly as typed (the NLU may have seen a cleaned copy)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("text") or ""
    return tracker.latest_message.get("text") or ""


def decision_of(tracker: Tracker) -> tuple[str, dict[str, Any]]:
    """The detector's decision on the latest message; the `complain` intent counts as sure."""
    detection = dict(tracker.latest_message.get("complaint") or {})
    decision = detection.get("decision") or ("complaint" if detection.get("complaint") else "none")
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent == "complain" and decision != "complaint":
        detection["reasons"] = [*detection.get("reasons", []), "intent:complain"]
        decision = "complaint"
    return decision, detection


def message_id_of(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("message_id") or len(tracker.events))


async def register(tracker: Tracker, text: str, detection: dict[str, Any], message_id: str | None = None) -> str:
    """Register a complaint now (consent false, customer unknown); returns its reference.
    The key is the conversation and the message it was made in (`message_id`, the latest by
    default): a retried action, or the desk confirming the same possible complaint, gets the same
    reference and no second record."""
    client = await intake()
    key = possible.idempotency_key(tracker.sender_id, message_id or message_id_of(tracker))
    reference = await client.allocate_id(key)
    await client.submit(
        build_complaint(
            reference,
            text,
            CHANNEL,
            {"conversation_id": tracker.sender_id},
            detection=detection,
            resolved_immediately="opgelost_maar_ontevreden" in detection.get("reasons", []),
            transcript=turns_from_events(tracker.events),
        )
    )
    return reference


async def update(reference: str, update_id: str, **changes: Any) -> None:
    client = await intake()
    await client.submit_update(build_update(reference, f"{reference}:{update_id}", **changes))


def wants_letter(tracker: Tracker) -> bool:
    """The customer asked for a letter (the slot holds the raw text until it is validated)."""
    contact = tracker.get_slot("customer_contact")
    return isinstance(contact, dict) and bool(contact.get("letter"))


# Dissatisfied with ARAG's decision on the case itself (the steps, the chance of success): art. 17
# settles that with a scheidsrechter. Not for how ARAG treats the customer.
CASE_DECISION = re.compile(
    # round 162: "Jullie jurist wil dat ik de schikking van 300 euro accepteer ... Ik ben het daar absoluut niet mee eens"
    r"\b(schikking|het aanbod|het voorstel|het bod)\b[^.?!]{0,50}\b(accepteer|accepteren|aanvaard|aanvaarden|aanneem|aannemen|"
    r"teken|tekenen)\b|"
    r"\b((geen|weinig|nauwelijks) (redelijke )?kans|kansloos|kans van slagen|niet verder (gaat|gaan|wil|willen)|(niet )?(verder )?door ?(zetten|gaan|procederen)|"
    r"(stopt|stoppen|stop) met (mijn|de|onze) zaak|aanpak van (mijn|de) zaak|juridische stappen)\b|"
    # round 82: the case dropped ("hebben mijn zaak laten vallen"), also told in English ("dropped my claim", "no
    # reasonable chance of success")
    r"\b(mijn|de|onze) zaak ([\w-]+ ){0,5}laten vallen\b|\blaten (mijn|de|onze) zaak vallen\b|"
    r"\b(dropped|closed|stopped) (my|our|the) (claim|case|file)\b|\bno (reasonable )?(chance|prospect) of success\b"
)


# Disagreeing with ARAG's view of the case, told at an intake question ("Ik ben het niet eens met dat ik geen kans maak").
DISAGREES = re.compile(
    r"\b(niet (mee |daar mee |daarmee )?eens|oneens|wil (\w+ ){0,4}(oppakken|doorzetten|doorgaan))\b"
)


def intake_aside(value: str) -> str | None:
    """What an intake answer says besides (or instead of) the answer: the case decision disputed (art. 17, round 88: no
    "nee" read in "niet eens"), an English question (art. 3, round 87). None: nothing of that."""
    if about_the_case_decision(value) and DISAGREES.search(fold(value)):
        return case_decision_answer()
    if looks_english(value) and "?" in value:
        return language_answer.dutch_only_answer()  # "Can I write the complaint in English?": ARAG writes Dutch
    return None


# "Waar kan ik terecht als ik ontevreden blijf?": the escalation route of a complaint.
ESCALATION = re.compile(
    r"\b(ontevreden|niet tevreden|niet eens|oneens)\b.*\b(waar|wie|wat)\b|"
    # "kan ik ook gewoon naar de rechter?" (art. 20: the court is always open)
    r"\b(naar|bij) de rechter\b.{0,20}\?|"
    # "kan ik daarmee ook naar een onafhankelijke partij?" (the Kifid)
    r"\bonafhankelijk\w* (partij|instantie|instelling|geschil\w*|klachten\w*|derde)\b|"
    # "en als ik daarna nog steeds niet tevreden ben?"
    r"\b(als|wanneer|stel)\b.{0,40}\b(ontevreden|niet tevreden|niet eens|oneens)\b.{0,30}\?|"
    r"\b(waar|bij wie)\b.*\b(terecht|heen|naartoe|klagen|in beroep)\b.*\b(ontevreden|niet tevreden|klacht)\b"
)


# A request for a person during the intake ("ik wil gewoon een mens spreken"): never "Antwoord met ja of nee".
HUMAN_INTENTS = ("request_human", "request_callback")
WANTS_A_PERSON = re.compile(
    r"\b(een )?(echt(e)? )?(mens|medewerker|persoon|iemand)\b.{0,20}\b(spreken|aan de lijn|aan de telefoon|bellen)\b|"
    r"\bbel (me|mij) (maar )?(terug|op)\b|\bgeen (computer|robot|bot|chatbot)\b"
)


# "Hoe snel hoor ik iets?", "wanneer nemen jullie contact op?" asked during the intake: about the complaint.
WHEN_HEARD = re.compile(
    r"\bhoe (snel|lang|gauw)\b|\bwanneer\b.{0,40}\b(hoor|horen|contact|reactie|antwoord|bellen|belt|mailen)\b|"
    r"\bbinnen hoeveel\b|\bhoeveel (dagen|tijd)\b"
)


# Intents of a new matter typed at an intake question: the coverage check answers it (round 13).
NEW_STORY_INTENTS = ("check_coverage",)
NEW_STORY_WORDS = 6


def new_story(tracker: Tracker) -> bool:
    """The latest message tells a new conflict or asks about cover instead of answering the intake's
    question (not a yes or no, not 'laat maar', not a short answer)."""
    if tracker.active_loop_name != "complaint_form" or not tracker.get_slot("requested_slot"):
        return False
    text = last_user_text(tracker)
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    if intent not in NEW_STORY_INTENTS or answers.is_stop(text) or about_the_intake(text):
        return False
    if len(text.split()) < NEW_STORY_WORDS and not is_own_question(text):
        return False
    return is_own_question(text) or _no_answer_in_story(text)


# Words that make a "niet" or "geen" in a longer message an answer to the consent question ("bellen hoeft
# niet, ik wilde het alleen kwijt"), not a part of the story ("hij betaalt al maanden niet").
_ABOUT_CONTACT = re.compile(
    r"\b(contact|bel|bellen|belt|gebeld|terugbellen|mail|mailen|gemaild|hoeft|hoeven|nodig|behoefte|reactie)\b"
)


def _no_answer_in_story(text: str) -> bool:
    """Round 63: a story told at the consent question holds no yes or no; its "niet" or "geen" is one only
    when the message starts with it or speaks of contact."""
    answer = answers.parse_yes_no(text)
    if answer is False:
        folded = fold(text)
        return not (dutch.NO.search(folded) or _LEADING_YES_NO.match(folded) or _ABOUT_CONTACT.search(folded))
    return answer is None


# Round 14: an answer to the intake's question followed by a new matter ("laat maar, heeft toch geen zin.
# Andere vraag: mijn dochter wordt online bedreigd ..."): the answer counts, and the new matter is
# answered as a first message (seed 004: the coverage check).
NEW_MATTER = re.compile(
    r"\b(andere vraag|ander punt|nog een vraag|nog iets anders|iets anders|los daarvan|verder nog)\b\s*[:,.!-]?\s*(.+)$"
)


def answer_then_new_matter(tracker: Tracker) -> bool | None:
    """The yes or no given before a new matter told in the same message at the consent question; None:
    no such message."""
    if tracker.active_loop_name != "complaint_form" or tracker.get_slot("requested_slot") != "handoff_consent":
        return None
    text = last_user_text(tracker)
    intent = (tracker.latest_message.get("intent") or {}).get("name")
    folded = fold(text)
    found = NEW_MATTER.search(folded)
    if intent not in NEW_STORY_INTENTS or not found or len(found.group(2).split()) < NEW_STORY_WORDS:
        return None
    head = folded[: found.start()].strip(" ,.;:!-")
    if not head:
        return None
    return False if answers.is_stop(head) else answers.parse_yes_no(head)  # "laat maar": no contact


OWN_QUESTION_START = re.compile(
    r"^(en |maar )?(als|wat als|en wat|hoe|wat|wanneer|waarom|kan ik|mag ik|moet ik|hoeveel|wie|waar|welke|"
    # "wie betaalt die scheidsrechter", "betalen jullie dat ook" (round 19)
    r"(kunnen|betalen|vergoeden|doen|helpen) (jullie|julie|jij|u)|kunt u)\b"
)


# "Ik wil opzeggen." told at an intake question: a request the general answer serves (art. 15), not a yes or no.
WANTS_TO_DO = re.compile(r"\bik wil (graag |dan |nu )?(\w+ ){0,3}(opzeggen|stopzetten|beeindigen|melden|wijzigen)\b")


# Round 17: a statement the NLU reads as a general question ("de jurist zegt dat het geen zin heeft om door te
# gaan maar dat zie ik anders": art. 17), typed at an intake question, is answered, not read as a no because it
# holds "geen"; a yes or no first ("nee, ...") keeps it an answer.
FAQ_STATEMENT_WORDS = 6
FAQ_STATEMENT_CONFIDENCE = 0.8


def faq_statement(tracker: Tracker, text: str) -> bool:
    intent = tracker.latest_message.get("intent") or {}
    folded = fold(text)
    return (
        str(intent.get("name") or "").startswith("faq_")
        and float(intent.get("confidence") or 0.0) >= FAQ_STATEMENT_CONFIDENCE
        and len(folded.split()) >= FAQ_STATEMENT_WORDS
        and not (dutch.YES.search(folded) or dutch.NO.search(folded))
    )


# "laat maar (zitten), ik zeg die hele polis wel op": a stop, then a request the general answers serve.
STOP_THEN = re.compile(
    r"^(nee,? )?(laat (maar|het)( zitten)?|stop|vergeet het( maar)?|hoeft niet( meer)?)\s*[,.;:!-]+\s*(?P<rest>\S.{8,})$"
)


# Round 19 ------------------------------------------------------------------------------------------------
# At an intake question the customer asks for another handler ("en ik wil een andere jurist, deze snapt er
# niks van"): seed 004 art. 5 says they may always ask ARAG for one. Answered, added to the complaint's text,
# and a yes or no in the same message still counts.
ANOTHER_HANDLER = re.compile(
    r"\b(een )?ander(e)? (jurist|juriste|behandelaar|behandelaarster|dossierbehandelaar|(juridisch )?specialist|"
    r"advocaat|behandelend jurist)\b"
    r"|\b(jurist|juriste|behandelaar|specialist|advocaat)\b[^.?!]{0,30}\b(vervangen|wisselen|ruilen)\b"
    r"|\bwissel\w* van (jurist|behandelaar|specialist|advocaat)\b"
    r"|\b(iemand anders|een ander)\b[^.?!]{0,20}\b(op|voor) (mijn|de|onze) (zaak|dossier)\b"
    # Round 20: at the intake of a complaint about the handling, "kan ik niet gewoon iemand anders krijgen?",
    # "mag er een ander op gezet worden", "ik wil wel iemand anders toegewezen krijgen"
    r"|\b(iemand anders|een ander|een nieuwe)\b[^.?!]{0,15}\b(krijgen|toegewezen|aangewezen|toewijzen|op gezet|"
    r"opgezet|op zetten|in de plaats)\b"
    r"|\bniet (meer )?overweg met (de|mijn|die|deze|m'?n) (jurist|behandelaar|specialist|advocaat)\b"
)


_LEADING_YES_NO = re.compile(r"^(ja|jawel|jazeker|nee|neen|graag|prima|goed|oke|ok|okay|prima|zeker|liever niet)\b")


# The question whose answer's lead sentence is art. 5's other handler (conversation.LEAD_SENTENCE).
_ANOTHER_HANDLER_ASKED = "kan ik een andere behandelaar krijgen"


def another_handler_answer(reference: str | None) -> str:
    """Art. 5's sentence from the knowledge file ("u mag altijd om een andere behandelaar vragen"), and where to ask."""
    asked = _ANOTHER_HANDLER_ASKED
    said = talk.short_and_details(talk.answer_text("after_report", asked), question=asked)[0]
    phone = knowledge().contact["servicecenter"]["phone"]
    if reference:
        return f"{said} Ik heb uw verzoek bij uw klacht gezet; u kunt het ook zelf aan ARAG vragen via {phone}."
    return f"{said} Dat kunt u vragen via {phone}."


# Asked during the intake whether the customer must first talk it out with the employee concerned ("Moet ik
# dat eerst met die medewerker zelf uitpraten voordat ik een klacht indien?"). Seeds 000/001 (Klachtenbeleid,
# 6b): consultation with the handling employee is no condition for a complaint to the Klachtenbureau; the
# customer can always complain there directly.
_FIRST_WORDS = re.compile(r"\b(eerst|vooraf|voordat|voor ik|alvorens|eerder)\b")
_WITH_WHOM = re.compile(r"\b(medewerker|jurist|juriste|behandelaar|specialist|die persoon|diegene|degene)\b")
# "hem", "zelf" name the employee only in a question about the complaint ("moet ik het eerst met hem uitpraten
# voor ik een klacht indien?"), not "moet ik het eerst zelf met de verhuurder oplossen?"
_WITH_HIM = re.compile(r"\b(hem|haar|zelf)\b")
_COMPLAINT_WORD = re.compile(r"\b(klacht\w*|klagen|klachtenbureau)\b")
_TALK_OUT = re.compile(
    r"\b(uit ?praten|uit te praten|uitgepraat|praat|praten|bespreek\w*|bespreken|besproken|te bespreken|overleg\w*|"
    r"te overleggen|spreek|"
    r"spreken|oplos\w*|op te lossen|los (ik|we|wij)|aankaarten|aan te kaarten|kaart (ik|we)|contact|melden|meld)\b"
)
_STRAIGHT_TO_BUREAU = re.compile(
    r"\b(mag|kan|kun|moet) ik\b[^.?!]{0,40}\b(direct|rechtstreeks|meteen|gelijk|zomaar)\b[^.?!]{0,30}"
    r"\b(klacht|klachtenbureau|klagen)\b"
)


def asks_to_talk_it_out_first(text: str) -> bool:
    folded = fold(text)
    if not is_own_question(text):
        return False
    if _STRAIGHT_TO_BUREAU.search(folded):
        return True
    whom = (
        _WITH_WHOM.search(folded)
        or (_WITH_HIM.search(folded) and _COMPLAINT_WORD.search(folded))
        or re.search(r"\bmet (hem|haar)( zelf)?\b", folded)  # "moet ik dat eerst met haar zelf bespreken?" (round 45)
    )
    return bool(_FIRST_WORDS.search(folded) and whom and _TALK_OUT.search(folded))


def straight_to_bureau_answer(reference: str | None) -> str:
    said = knowledge().complaint_policy("straight_to_bureau")
    if reference:
        said += f" Uw klacht is al doorgegeven onder referentie {reference}."
    return said


# The matter is already resolved, told at an intake question ("hij heeft net teruggebeld en excuses gemaakt,
# dus het is eigenlijk al opgelost"): seed 001 counts it as a complaint all the same ("ook wanneer deze direct
# wordt opgelost"); the record is marked resolved and the intake asks its question again.
RESOLVED = re.compile(
    r"\b(al|inmiddels|toch|intussen|ondertussen|eigenlijk) (\w+ ){0,2}opgelost\b|\bis (nu |al )?opgelost\b"
    r"|\bexcuses (gemaakt|aangeboden)\b|\b(zijn|haar|hun) excuses (aangeboden|gemaakt)\b|\bis rechtgezet\b"
)


def resolved_answer() -> str:
    return knowledge().complaint_policy("resolved")


# Round 20 ------------------------------------------------------------------------------------------------
# At an intake question, how to reach the complaint people themselves ("Hoe kan ik die klachtenmensen
# bereiken? Ik heb geen computer, alleen de telefoon."): the Klachtenbureau's number first (seed 004, contact
# details; seeds 000/001: the Klachtenbureau handles the complaints made to it directly), not the general
# service number that "geen computer" would get as a request for a person.
_COMPLAINT_BODY = re.compile(
    r"\b(klachten ?mensen|klachtenbureau|klachtenafdeling|klachten ?afdeling|afdeling klachten|klachtendienst|"
    r"klachtbehandelaar\w*|klachtenbehandelaar\w*|mensen van (de )?klachten|die van (de )?klachten)\b"
)
_REACH = re.compile(
    r"\b(bereik\w*|bellen|bel|telefoon\w*|nummer|contact|mailen|mail|schrijven|adres|te pakken|spreken)\b"
)


# "Binnen hoeveel tijd neemt het klachtenbureau contact met mij op?": when they contact the customer (art. 20's
# term), not how to reach them.
_THEY_CONTACT = re.compile(r"\b(neemt|nemen|belt|bellen|mailt|mailen|reageert|reageren)\b[^.?!]{0,40}\b(mij|me|ons)\b")


def asks_complaint_body_contact(text: str) -> bool:
    folded = fold(text)
    if WHEN_HEARD.search(folded) or _THEY_CONTACT.search(folded):
        return False
    return bool(_COMPLAINT_BODY.search(folded) and _REACH.search(folded))


# Round 22: during a complaint's intake, the customer asks for an address or number without naming whose ("wat is
# het mailadres?", "naar welk adres kan ik schrijven?", "en het telefoonnummer?"): the Klachtenbureau's (seed 004,
# art. 20), not the service centre's that the general contact answer gives. Another body named (the Kifid, the
# service centre, reporting a case), "hen"/"hun" (the bodies just named: faq_turn.complaint_bodies_contact) or the
# customer's own details given keep the other answers.
_DETAILS = re.compile(
    r"\b(e-?mail ?adres\w*|mailadres\w*|emailadres\w*|mail|e-?mail|mailen|postadres|adres|postbus|telefoonnummer|"
    r"nummer|bellen|schrijven|opsturen|sturen|bereiken)\b"
)
_OTHER_BODY = re.compile(
    r"\b(kifid|tuchtraad|servicecent\w*|klantenservice|schade\w*|zaak melden|melden|rechter|rechtbank|verbond|cis|"
    r"advocaat|jurist|behandelaar|tegenpartij|verhuurder|werkgever|invul\w*|in te vullen|polis\w*|dossier\w*|"
    r"referentie\w*|klantnummer|hun|hen|ze|zij|"
    # documents to send ("Moet ik de originelen sturen of zijn kopieën genoeg?"): art. 7, copies only (round 121)
    r"originele?n?|kopie\w*|documenten|stukken|bewijs\w*|bonnetjes|foto'?s)\b|\b(mijn|uw|ons|onze|je|jouw) (\w+ )?"
    r"(e-?mail ?adres|mailadres|emailadres|adres|nummer|telefoonnummer|mail)\b|@|\d{4,}"
)


def asks_bureau_details(text: str) -> bool:
    folded = fold(text)
    asked = "?" in text or bool(OWN_QUESTION_START.search(folded.strip())) or folded.strip().startswith("en ")
    return asked and bool(_DETAILS.search(folded)) and not _OTHER_BODY.search(folded) and not WHEN_HEARD.search(folded)


bureau_contact_answer = faq_turn.bureau_contact  # the Klachtenbureau's details (art. 20), one sentence for all


# Round 20: what becomes of the complaint ("oké. en wat gebeurt er dan mee?", "wat doen jullie met mijn klacht?")
# asked at an intake question: seed 000 (5, 8) / 001 (7): a complaint handler who was not involved deals with it
# and talks it over with the one it concerns, and ARAG learns from complaints to improve its service.
WHAT_HAPPENS = re.compile(
    r"\bwat (gebeurt|gebeuren) (er )?(\w+ ){0,2}(mee|met (mijn|de|die|deze|zo'?n|een|onze) (klacht\w*|melding))\b"
    r"|\bwat (doen|doet) (jullie|arag|het klachtenbureau|ze|zij|u)\b[^.?!]{0,20}\b(mee|met (mijn|de|die|deze|zo'?n|een) "
    r"(klacht\w*|melding))\b"
    r"|\b(hoe|wat) (wordt|worden) (er )?(\w+ ){0,2}(mijn|de|die|deze|zo'?n|onze) klacht\w* (behandeld|afgehandeld|gedaan)\b"
    r"|\bwat (hebben|heeft) (jullie|arag|u) (er )?(\w+ ){0,2}aan\b"
)


# Round 121: another handler asked for with the noun left out ("Mijn behandelaar was onbeschoft. Ik wil een andere.").
_ANOTHER_ONE = re.compile(
    r"\b(ik wil|ik wil graag|graag|mag ik|kan ik|liefst) (\w+ )?(een )?andere?\W*$|"
    # round 155: "mijn jurist bij arag reageert al 5 weken niet ... ik wil eigenlijk iemand anders, kan dat?"
    r"\b(ik wil|ik wil graag|mag ik|kan ik|liefst) (\w+ ){0,2}iemand anders\b"
)


def wants_another_handler(text: str) -> bool:
    folded = fold(text)
    return bool(ANOTHER_HANDLER.search(folded) or (_ANOTHER_ONE.search(folded) and _WITH_WHOM.search(folded)))


# Round 121: who looks at the complaint ("ik ben bang dat die klacht gewoon bij hem belandt. Wie kijkt er naar mijn
# klacht?"): a complaint handler who was not involved (seeds 000/001).
WHO_HANDLES = re.compile(
    r"\bwie (kijkt|behandelt|beoordeelt|leest|bekijkt|beslist)\b[^.?!]{0,30}\b(klacht\w*|melding)\b|\bklacht\b[^.?!]{0,50}"
    r"\bbij (hem|haar|diezelfde|dezelfde|de behandelaar|die behandelaar|mijn behandelaar|zijn (maatjes|collega'?s))\b[^.?!]{0,40}"
    r"\b(belandt|belanden|terechtkomt|terechtkomen|komt|komen)\b"
    # "Krijgt hij te horen dat ik over hem geklaagd heb?": the complaint is talked over with him (seed 000)
    r"|\b(krijgt|hoort|weet) (hij|zij|ze|mijn \w+|de \w+)\b[^.?!]{0,30}\b(geklaagd|klacht)\b"
)


def asked_about_complaining(text: str) -> str | None:
    """The answer to a question about complaining asked in the complaint itself: the channels (seed 000), where to
    file (art. 20), whether to talk it over first (no condition, seed 001) or who handles it (seeds 000/001)."""
    if asks_complaint_channel(text):
        return complaint_channels_answer()  # round 20: seed 000, Klachtkanalen
    if asks_where_to_file(text):
        return bureau_contact_answer()  # round 80: seed 004 art. 20
    if asks_to_talk_it_out_first(text):
        return knowledge().complaint_policy("straight_to_bureau")  # round 121
    if WHO_HANDLES.search(fold(text)) or WHAT_HAPPENS.search(fold(text)):
        return what_happens_answer()  # round 121
    return None


def what_happens_answer() -> str:
    k = knowledge()
    return f"{k.complaint_policy('handled_by', cited=False)} {complaint_promise()} {k.complaint_policy('learning')}"


# Round 20: a complaint about a change of premium or conditions ("Brief gekregen: premie gaat 12% omhoog en de
# voorwaarden veranderen ook. Dat vind ik echt niet kunnen!"): besides its registration, art. 16 (the customer
# who does not agree may cancel within 1 month after the message).
PREMIUM_CHANGE = re.compile(
    r"\b(premie\w*|voorwaarden|polisvoorwaarden)\b[^.?!]{0,40}\b(omhoog|verhoogd|verhogen|verhoging|stijgt|stijgen|"
    r"duurder|hoger|veranderen|verandert|veranderd|wijzigen|wijzigt|gewijzigd|aangepast|aanpassen)\b"
    r"|\b(premieverhoging|premiestijging|verhoging van de premie|wijziging van de (polis)?voorwaarden)\b"
    r"|\b(verhogen|veranderen|wijzigen|aanpassen) (de|mijn|jullie|zomaar de) (premie|voorwaarden|polisvoorwaarden)\b"
)


# Round 28: waiting for ARAG after reporting a case ("vorige week een zaak gemeld en nog steeds niks gehoord"): with the
# acknowledgement, what art. 5 promises (the answer within 2 werkdagen), from the knowledge file's answer_time.
WAITING_AFTER_REPORT = re.compile(
    r"\b(gemeld|aangemeld|melding gedaan|ingediend|ingestuurd)\b[^?]{0,80}\b(niks|niets|nog steeds niet|nooit|geen "
    r"(reactie|antwoord|bericht))\b[^?]{0,20}\b(gehoord|ontvangen|gekregen|teruggehoord)?"
)


def waiting_answer() -> str:
    return talk.short_and_details(talk.answer_text("answer_time", "Hoe lang duurt het?"))[0]


def premium_change_answer() -> str:
    k = knowledge()
    return f"{k.article('Algemene regels 16').summary} {k.cite(['Algemene regels 16'])}"


# Round 20: how or where to complain ("Kan ik ook gewoon via Facebook of X een klacht over jullie kwijt, of moet
# dat per se via een formulier?"). Seed 000 (6, Klachtkanalen): the Klachtenbureau (with the form on the
# website), the employee handling the file, the customer-satisfaction survey (KTO) and social media. Asking how
# to complain about ARAG stays a complaint (the detector's decision and the labelled sets: "Waar dien ik een
# klacht in over ARAG?"); the channels are told besides the acknowledgement.
_COMPLAINT_WORDS = re.compile(r"\b(klacht\w*|klagen|beklag|onvrede|ontevreden|complain\w*|unhappy)\b")
_CHANNEL = re.compile(
    r"\b(facebook|fb|twitter|x|instagram|insta|linkedin|tiktok|social media|sociale media|socials|formulier\w*|"
    r"webformulier|kanaal|kanalen|welke (manier|weg)|op welke manier|per se via|persee via|perse via)\b"
)


# Round 80: the first complaint message asks where to file it ("wil hier een klacht over indienen, waar moet dat"):
# registered, and the Klachtenbureau's own details said (seed 004 art. 20).
_WHERE_TO_FILE = re.compile(
    r"\bwaar (moet|kan|kun|dien|meld|stuur) (ik |je |u |dat |dit |die |het )*(\w+ )?(heen|naartoe|indienen|melden|doen|"
    r"sturen|neerleggen)?\b[^.!]{0,15}(\?|$)|\bhoe (dien|meld|kan|moet) (ik|je|u)\b[^.?!]{0,30}\b(in|indienen|melden|"
    r"neerleggen)\b|\bbij wie (moet|kan|kun) (ik|je|u)\b|\bwaar (moet|kan|kun) (ik|je|u) (\w+ )?(heen|naartoe|terecht)\b|"
    # round 84: English ("I want to file a formal complaint. How do I do that?", "where can I send it?")
    r"\bhow (do|can|should) i (do (that|this|it)|file|make|submit|lodge|send)\b|\bwhere (do|can|should) i (file|send|submit|"
    r"lodge|complain)\b"
)


# Round 98: a formal complaint wanted ("Ik wil hier officieel over klagen"): the Klachtenbureau's own details too.
_FORMALLY = re.compile(
    # round 173: "Ik wens hierover formeel mijn beklag te doen, bij voorkeur per brief"
    r"\b(officieel|officiele|formeel|formele)\b[^.?!]{0,25}\b(klacht\w*|klagen|indienen|beklag)\b|"
    r"\b(klacht\w*|klagen|beklag)\b[^.?!]{0,25}\b(officieel|formeel)\b|"
    # rounds 139 and 142: filing told as a wish ("Ik wil een klacht indienen over jullie jurist", "ik wil hier een klacht
    # over indienen"): registered here, and the Klachtenbureau's own channels said too (art. 20)
    r"\bik wil (graag )?(hier |daar )?(een )?(officiele |formele )?klacht (\w+ ){0,4}(indienen|in dienen)\b"
)


def asks_where_to_file(text: str) -> bool:
    folded = fold(text)
    return bool(_COMPLAINT_WORDS.search(folded) and _WHERE_TO_FILE.search(folded) or _FORMALLY.search(folded))


def asks_complaint_channel(text: str) -> bool:
    folded = fold(text)
    return bool(_COMPLAINT_WORDS.search(folded) and _CHANNEL.search(folded)) and (
        "?" in text or bool(OWN_QUESTION_START.search(folded.strip()))
    )


def complaint_channels_answer() -> str:
    return knowledge().complaint_policy("channels")


def about_the_intake(text: str) -> bool:
    """Words about the complaint or its handling: never a new matter for the coverage check."""
    folded = fold(text)
    return bool(
        ANOTHER_HANDLER.search(folded)
        or RESOLVED.search(folded)
        or asks_to_talk_it_out_first(text)
        or WHO_HANDLES.search(folded)  # round 121: "Krijgt hij te horen dat ik over hem geklaagd heb?"
    )


def is_own_question(text: str) -> bool:
    """A question of several words, not a yes or no ('ja?' still counts as yes); also typed without a
    question mark ("en als ik de premie gewoon niet meer betaal")."""
    asked = text.strip().endswith("?") or bool(OWN_QUESTION_START.search(fold(text).strip()))
    return asked and len(text.split()) >= 4


def about_the_case_decision(text: str) -> bool:
    """The complaint is about ARAG's decision on the case: its wording above, or ARAG's side that
    stops or will not go on for lack of chance (faq_turn.arag_case_decision, round 13)."""
    folded = fold(text)
    return bool(CASE_DECISION.search(folded)) or faq_turn.arag_case_decision(folded)


def case_decision_answer() -> str:
    """The short art. 17 answer: how a disagreement with ARAG about the case is settled."""
    return talk.short_and_details(replies.faq_text("disagreement"))[0]


# Round 13: the wish to have a lawyer or a procedure against ARAG itself paid ("betalen jullie maar een
# advocaat die tegen jullie procedeert"): art. 11q (no help for a conflict about this insurance itself).
AGAINST_ARAG = re.compile(
    r"\b(advocaat|advocaten|jurist|advocatenkantoor|rechtszaak|procedure|proces)\b[^.?!]{0,40}"
    r"\btegen (jullie|arag|u)( zelf)?\b|"
    r"\btegen (jullie|arag)( zelf)?\b[^.?!]{0,20}\b(procede\w*|procesvoer\w*|rechtszaak|naar de rechter)\b|"
    r"\b(jullie|arag)\b[^.?!]{0,15}\b(aanklagen|aan te klagen|dagvaarden|voor de rechter (slepen|dagen|brengen))\b|"
    r"\b(aanklagen|dagvaarden|voor de rechter (slepen|dagen|brengen))\b[^.?!]{0,10}\b(jullie|arag)\b|"
    # "ik sleep ARAG voor de rechter", "dan daag ik jullie voor de rechter"
    r"\b(jullie|arag)( zelf)? (voor de rechter|voor het gerecht|aansprakelijk stellen)\b|"
    # round 20: "kan ik jullie dan met mijn eigen rechtsbijstand aanklagen"
    r"\b(kan|mag|kun|ga|wil|zal) (ik|we|wij) (jullie|arag)( zelf)?\b[^.?!]{0,45}"
    r"\b(aanklagen|aan te klagen|dagvaarden|voor de rechter (slepen|dagen|brengen))\b"
    # round 24: this insurance or legal steps against ARAG itself ("mag ik mijn polis inzetten tegen ARAG zelf", "ik
    # wil juridisch tegen jullie optreden met mijn eigen verzekering")
    r"|\b(juridisch\w*|polis|verzekering|rechtsbijstand\w*)\b[^.?!]{0,40}\btegen (jullie|julie|arag)( zelf)?\b"
    r"|\btegen (jullie|julie|arag)( zelf)?\b[^.?!]{0,30}\b(juridisch\w*|optreden|inzetten|gebruiken|procederen|"
    r"(mijn|m'?n|mn|de|deze) (eigen )?(polis|rechtsbijstand\w*|verzekering))\b"
)


def wants_lawyer_against_arag(text: str) -> bool:
    folded = fold(text)
    return bool(AGAINST_ARAG.search(folded) or talk.against_arag_note(text))


def against_arag_answer(case_decision: bool) -> str:
    """Art. 11q for a lawyer or procedure against ARAG paid by this insurance; what remains: art. 17's
    scheidsrechter for the case (its answer is sent already when the complaint is about the case),
    the Klachtenbureau, the Kifid and the court (art. 20; seeds 000/001)."""
    k = knowledge()
    rule = k.article("Algemene regels 11q").summary
    text = (
        "Een advocaat of procedure tegen ARAG zelf betaalt deze verzekering niet: "
        f"{rule[0].lower()}{rule[1:]} {k.cite(['Algemene regels 11q'])}"
    )
    if not case_decision:
        text += (
            " Gaat het om de aanpak of de kans van slagen van uw zaak, dan beslist een onafhankelijke scheidsrechter "
            f"die de Deken van de Orde van Advocaten aanwijst; ARAG betaalt hem {k.cite(['Algemene regels 17'])}."
        )
    kifid = k.contact["kifid"]["name"]
    return (
        f"{text} Bent u het niet eens met de beslissing van het Klachtenbureau over uw klacht, dan kunt u naar het "
        f"{kifid}, en u kunt uw zaak altijd zelf aan {k.contact['court']} voorleggen {k.cite(['Algemene regels 20'])}."
    )


# Round 22: the NLU's reason for an objection to the coverage check's verdict ("Ik ben hier echt ontevreden over en
# wil dat ergens kwijt" right after "Dit conflict is niet verzekerd"): bot/components/complaint_intent.py.
VERDICT_OBJECTION = "intent:oordeel"


# Round 23: the NLU's reasons (bot/components/complaint_intent.py) for no rapport with ARAG's handler (art. 5 is
# added), dissatisfaction with the Klachtenbureau's decision (the next step: Kifid, Tuchtraad, court) and a premium
# increase the customer wants to fight with this insurance (art. 11q, art. 16).
NO_RAPPORT = "intent:behandelaar"
BUREAU_DECISION = "intent:klachtbeslissing"
PREMIUM_DISPUTE = "intent:premiegeschil"
# The question after the Klachtenbureau's decision is where to go next: answered with the next steps (round 90,
# "They have now rejected my complaint. Is there anywhere else I can go with this?").
NEXT_STEP = re.compile(
    r"\b(anywhere else|where else|next step|escalate|volgende stap|waar (kan|moet) ik ((nu|dan|nog) ){0,2}(heen|terecht|"
    r"naartoe|naar toe)|wat (kan|moet) ik (nu|nog|dan))\b"
)


def after_bureau_answer() -> str:
    return knowledge().complaint_policy("after_bureau", cited=False) + " " + knowledge().cite(["Algemene regels 20"])


def another_handler_offer() -> str:
    """Art. 5's other handler (the knowledge file's sentence), offered with a complaint about the rapport with the
    handler."""
    return f"{another_handler_answer(None)} Of zeg het hier, dan zet ik het bij uw klacht."


# Round 23: at the intake of a premium complaint, the customer wants to stop ("Dan stop ik ermee. Tot wanneer kan
# dat?", "dan zeg ik op, hoe lang heb ik daarvoor?"): art. 16's term (cancel within 1 maand after the message).
_STOPS_THE_POLICY = re.compile(
    r"\b(stop|stoppen|stopt) (ik|we|wij) (ermee|er ?mee|ermee op)\b|\bopzeg\w*|\bzeg (ik|we) (\w+ ){0,3}op\b"
    r"|\b(ermee|er ?mee) (op )?(houden|stoppen|kappen)\b|\b(tot wanneer|hoe lang|welke termijn|binnen hoeveel)\b"
    r"[^.?!]{0,30}\b(opzeggen|stoppen|opzegging)\b"
)


def premium_complaint_cancel(tracker: Tracker, text: str) -> bool:
    detection = tracker.get_slot("complaint_detection") or {}
    about_premium = PREMIUM_DISPUTE in (detection.get("reasons") or [])
    return about_premium and bool(_STOPS_THE_POLICY.search(fold(text)))


def premium_dispute_answer() -> str:
    return knowledge().complaint_policy("premium_dispute", cited=False)


def about_the_conflict(tracker: Tracker, text: str) -> bool:
    """During a coverage check (its form open, or its verdict just given), a message that names no
    one on ARAG's side tells the conflict or answers the check ("nee wacht, dat begon al voordat ik
    de verzekering afsloot", "we waren nooit getrouwd hoor"): dissatisfaction in it is about the
    opponent, not a complaint about ARAG (Klachtenbeleid: onvrede over de dienstverlening van ARAG).
    The `complain` intent is no evidence of its own here: the detector's review sets it
    (bot/components/complaint_intent.py)."""
    state = tracker.get_slot("cc_state")
    in_check = tracker.active_loop_name == "coverage_form" or (isinstance(state, dict) and bool(state.get("last")))
    if not in_check and (tracker.latest_message.get("intent") or {}).get("name") != "check_coverage":
        return False
    if VERDICT_OBJECTION in ((tracker.latest_message.get("complaint") or {}).get("reasons") or []):
        return False  # round 22: dissatisfaction with the verdict just given is about ARAG's decision
    return not ARAG_SIDE.search(fold(text))


# Round 163: ARAG's decision complained about, by the rule it applied ("afgewezen 'omdat het te weinig geld is' (160
# euro)", "ARAG weigert dat ik mijn eigen advocaat neem", "niet verder oppakt maar me gewoon 640 euro uitkeert"): that
# rule's answer follows the acknowledgement, so the customer reads where the decision comes from.
DECISION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("minimum", re.compile(r"\b(te (weinig|klein|laag)( geld| bedrag)?|(klein|laag) bedrag|minimum\w*|ondergrens)\b")),
    ("own_lawyer", re.compile(r"\b(eigen|zelf gekozen|zelfgekozen) (advocaat|advocate|jurist)\b")),
    ("after_report", re.compile(talk.DAMAGE_PAID_INSTEAD)),
    (
        "waiting_period",
        re.compile(
            r"\b(al '?(speelde|gespeeld|bestond|begonnen)'?|voordat ik (de|deze|jullie) (verzekering|polis)|voordat ik klant)\b"
        ),
    ),
    ("criminal", re.compile(r"\b(vrijgesproken|vrijspraak|geseponeerd|sepot|niet (verder )?vervolgd)\b")),
)
DECIDED = re.compile(
    r"\b(afgewezen|afwijzen|wijzen (\w+ ){0,4}af|weiger\w*|niet verder|geweigerd|uitkeert|uitbetaalt|geen hulp|"
    r"niet (\w+ )?(helpen|behandelen))\b|"
    r"\b(keren|keert)\b[^.?!]{0,30}\buit\b"
)


def _question_in_the_complaint(text: str, dispatcher: CollectingDispatcher) -> None:
    """Round 152: a general question asked inside the complaint itself ("... geen redelijke kans van slagen'. Ik ben het
    daar absoluut niet mee eens. Wat kan ik nu nog doen?": art. 17; "Ik overweeg op te zeggen. Kan dat per direct?": art.
    15), answered after the acknowledgement when no answer of its own was given; else the rule of a decision
    complained about (DECISION_RULES)."""
    topic = talk.faq_topic_in(text)
    if topic is None and DECIDED.search(fold(text)):
        topic = next((rule for rule, pattern in DECISION_RULES if pattern.search(fold(text))), None)
    if topic is None or topic == "complaints":
        return
    turn = faq_turn.answer_faq(f"{faq_turn.FAQ_PREFIX}{topic}", text, None, True)
    if turn.messages:
        dispatcher.utter_message(text=turn.messages[0])


def acknowledgement(reference: str) -> str:
    """Round 19: the first reply to a complaint also says when the Klachtenbureau contacts the customer (the
    active profile's promise; ARAG's is art. 20's 'binnen 5 werkdagen'), if they want contact: the consent
    question follows."""
    promise = customer_promise().strip().rstrip(".")
    bureau = knowledge().contact["klachtenbureau"]
    # round 150: the bureau's own mail and phone at once, for a customer who wants to reach it (seed 004 art. 20)
    reach = f" Zelf bereikt u het Klachtenbureau via {bureau['email']} of {bureau['phone']}."
    return (
        f"Wat vervelend dat u dit zo ervaart, en dank u dat u het ons laat weten. Ik heb uw klacht "
        f"doorgegeven aan ons Klachtenbureau onder referentie {reference}."
        + (f" {promise} als u dat wilt." if promise else "")
        + reach
    )


def _with_earlier(earlier: Any, candidate: dict[str, Any]) -> dict[str, Any]:
    """A second unsure message while the first still waits (in a form): both words kept, under the first message's
    key, so neither is lost and the desk and the chat still agree on one complaint."""
    if not isinstance(earlier, dict) or not earlier.get("text"):
        return candidate
    return {**candidate, "text": f"{earlier['text']}\n{candidate['text']}", "message_id": earlier.get("message_id")}


class ActionDetectComplaint(Action):
    """Rasa's global slot-validation hook, used as the per-message complaint check."""

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        if tracker.is_paused():
            return []  # an employee has the chat (desk "Gesprekken"): they register complaints told to them
        if tracker.active_loop_name == "complaint_form":
            return []  # the answers in the intake are part of the complaint being made
        events: list[EventType] = []
        if tracker.get_slot("complaint_check_answer") is not None:
            events.append(SlotSet("complaint_check_answer", None))
        decision, detection = decision_of(tracker)
        text = last_user_text(tracker)
        if decision != "none" and tracker.get_slot("complaint_check") != "asked" and about_the_conflict(tracker, text):
            decision = "none"  # the conflict or an answer to the check, not a complaint about ARAG
        candidate = tracker.get_slot("complaint_candidate")
        if candidate and tracker.get_slot("complaint_check") == "asked":
            answered = await self._check_answered(dispatcher, tracker, candidate, text, decision, detection)
            if answered is not None:
                return events + answered
            events += [SlotSet("complaint_candidate", None), SlotSet("complaint_check", "done")]
        if decision == "complaint":
            return events + await self._complaint(dispatcher, tracker, text, detection)
        if decision == "ask" and not tracker.get_slot("complaint_check") and not tracker.get_slot("complaint_id"):
            candidate = _with_earlier(
                candidate, {"text": text, "detection": detection, "message_id": message_id_of(tracker)}
            )
            await keep_possible(tracker, candidate)
            if tracker.active_loop_name:  # never between a form's question and its answer
                return events + [SlotSet("complaint_candidate", candidate)]
            return events + self._ask(dispatcher, candidate)
        if candidate and not tracker.get_slot("complaint_check") and not tracker.active_loop_name:
            return events + self._ask(dispatcher, candidate, quote=True)  # deferred until the form ended
        return events

    @staticmethod
    def _ask(dispatcher: CollectingDispatcher, candidate: dict[str, Any], quote: bool = False) -> list[EventType]:
        said = f'U schreef eerder: "{candidate["text"][:200]}". ' if quote else ""
        dispatcher.utter_message(text=said + CHECK_QUESTION)
        return [SlotSet("complaint_candidate", candidate), SlotSet("complaint_check", "asked")]

    async def _check_answered(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        candidate: dict[str, Any],
        text: str,
        decision: str,
        detection: dict[str, Any],
    ) -> Optional[list[EventType]]:
        """Events for an answer to the check question, or None when the message is no answer
        (a question of its own, e.g. 'Ook niet als ik gelijk heb?', is none)."""
        yes_no = None if is_own_question(text) else answers.parse_yes_no(text)
        done = [SlotSet("complaint_candidate", None), SlotSet("complaint_check", "done")]
        if yes_no is False and decision != "complaint":
            await settle_possible(tracker.sender_id)
            await keep_label(candidate["text"], "no_complaint", tracker.sender_id)
            dispatcher.utter_message(text=CHECK_DECLINED)
            return done + [SlotSet("complaint_check_answer", "no")]
        if yes_no is True or decision == "complaint":
            await keep_label(candidate["text"], "complaint", tracker.sender_id)
            words = candidate["text"] if yes_no is True else f"{candidate['text']}\n{text}"
            found = {
                **candidate["detection"],
                "reasons": [*candidate["detection"].get("reasons", []), "klant:bevestigd"],
            }
            reference = await register(tracker, words, found, candidate.get("message_id"))
            await settle_possible(tracker.sender_id)
            dispatcher.utter_message(text=acknowledgement(reference))
            return done + [
                SlotSet("complaint_check_answer", "yes"),
                SlotSet("complaint_id", reference),
                SlotSet("complaint_pending", True),
                SlotSet("complaint_detection", found),
            ]
        return None

    async def _complaint(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        text: str,
        detection: dict[str, Any],
    ) -> list[EventType]:
        reference = tracker.get_slot("complaint_id")
        if reference and tracker.get_slot("complaint_pending"):
            # Same matter, intake still open: add the words to the record, acknowledge once.
            message_id = message_id_of(tracker)
            await update(reference, f"text:{message_id}", add_text=text)
            return []
        reference = await register(tracker, text, detection)
        dispatcher.utter_message(text=acknowledgement(reference))
        asked = asked_about_complaining(text)
        if asked:
            dispatcher.utter_message(text=asked)
        reasons = detection.get("reasons") or []
        answered = len(dispatcher.messages)
        if NO_RAPPORT in reasons or wants_another_handler(text):  # round 121: "Mijn behandelaar ... Ik wil een andere."
            dispatcher.utter_message(text=another_handler_offer())  # round 23: art. 5, another handler
        if BUREAU_DECISION in reasons and (not detection.get("question") or NEXT_STEP.search(fold(text))):
            dispatcher.utter_message(text=after_bureau_answer())  # round 23: Kifid, Tuchtraad, court (art. 20)
        if PREMIUM_DISPUTE in reasons:
            dispatcher.utter_message(text=premium_dispute_answer())  # round 23: art. 11q and art. 16
            return [
                SlotSet("complaint_id", reference),
                SlotSet("complaint_pending", True),
                SlotSet("complaint_detection", detection),
            ]
        case = about_the_case_decision(text)
        if case and not detection.get("question"):  # a question gets its own answer
            dispatcher.utter_message(text=case_decision_answer())
        # round 169: also asked ("... kan ik jullie aanklagen met mn eigen rechtsbijstand?"): that question is art. 11q's
        if wants_lawyer_against_arag(text) and (not detection.get("question") or AGAINST_ARAG.search(fold(text))):
            dispatcher.utter_message(text=against_arag_answer(case))
        if PREMIUM_CHANGE.search(fold(text)) and not detection.get("question") and not case:
            dispatcher.utter_message(text=premium_change_answer())  # round 20: art. 16
        if WAITING_AFTER_REPORT.search(fold(text)) and not detection.get("question") and not case:
            dispatcher.utter_message(text=waiting_answer())  # round 28: art. 5, the answer within 2 werkdagen
        if len(dispatcher.messages) == answered and not detection.get("question"):
            _question_in_the_complaint(text, dispatcher)
        return [
            SlotSet("complaint_id", reference),
            SlotSet("complaint_pending", True),
            SlotSet("complaint_detection", detection),
        ]


Check = Callable[[Any], "tuple[Any, Optional[str]]"]


class ValidateComplaintForm(FormValidationAction):
    """Follow-up questions; each answer updates the registered record at once."""

    def name(self) -> str:
        return "validate_complaint_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        consent = answer_then_new_matter(tracker)
        if consent is not None:
            # Round 14: the consent answer is kept (and recorded), the new matter is answered by the
            # coverage check; the intake resumes after it with the consent given or refused.
            if consent:
                await self._record(tracker.get_slot("complaint_id"), "handoff_consent", True)
            return [SlotSet("handoff_consent", consent), ActionExecutionRejected("complaint_form")]
        if new_story(tracker):
            # Round 13: a new coverage question or story typed at an intake question ("Ik ben op staande
            # voet ontslagen, ben ik gedekt?") is no answer to it: the form steps aside, the coverage check
            # answers as for a first message, and the complaint stays registered with the intake pending
            # (the ComplaintIntakePolicy asks its consent question again once that answer is given). The
            # message Rasa put in the asked slot (from_text) is no answer: emptied, or the intake would
            # check it when it starts again.
            return [SlotSet(tracker.get_slot("requested_slot"), None), ActionExecutionRejected("complaint_form")]
        return await super().run(dispatcher, tracker, domain)

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if tracker.get_slot("complaint_cancelled"):
            return []
        if tracker.get_slot("handoff_consent") is False:
            return ["handoff_consent"]
        wanted = ["handoff_consent", "customer_name", "customer_contact", "policy_number", "confidential"]
        if wants_letter(tracker):
            wanted.insert(3, "customer_address")
        return wanted

    @staticmethod
    def _stop(value: Any, slot: str) -> Optional[dict[str, Any]]:
        if isinstance(value, str) and answers.is_stop(value):
            return {slot: None, "complaint_cancelled": True}
        return None

    @classmethod
    def _stop_and_ask(cls, dispatcher: CollectingDispatcher, value: Any, slot: str) -> Optional[dict[str, Any]]:
        """'laat maar zitten, ik zeg die hele polis wel op': the intake stops and the rest is answered."""
        found = STOP_THEN.search(fold(value)) if isinstance(value, str) else None
        if not found:
            return None
        rest = found.group("rest").strip()
        topic = talk.faq_topic_in(rest if rest.endswith("?") else f"{rest}?")
        answer = replies.faq_answer(topic) if topic else None
        if answer is None:
            return None
        dispatcher.utter_message(text=answer)
        return cls._stop("laat maar", slot)

    async def _said_at_intake(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, value: Any
    ) -> Optional[dict[str, Any]]:
        """Round 19: a request for another handler (art. 5), the question whether to talk it out with the
        employee first (seeds 000/001) or the news that it is resolved already (seed 001), typed at an intake
        question: answered; None when the message is none of these. A yes or no given with a request for
        another handler still answers a yes/no question; otherwise the intake asks its question again."""
        if not isinstance(value, str):
            return None
        reference = tracker.get_slot("complaint_id")
        message_id = message_id_of(tracker)
        folded = fold(value)
        if asks_to_talk_it_out_first(value):
            dispatcher.utter_message(text=straight_to_bureau_answer(reference))
            return {slot: None}
        request = ANOTHER_HANDLER.search(folded)
        if request:
            dispatcher.utter_message(text=another_handler_answer(reference))
            if reference:
                await update(reference, f"text:{message_id}", add_text=value)
            # only a yes or no before the request counts ("ja graag, en ik wil ook een andere jurist"), not the
            # "niet" of "met deze klikt het niet"
            head = folded[: request.start()].strip(" ,.;:!-")
            yes_no_slot = slot in ("handoff_consent", "confidential")
            answer = answers.parse_yes_no(head) if head and yes_no_slot else None
            if is_own_question(value) and not _LEADING_YES_NO.match(head):
                answer = None  # round 20: the "niet" of "kan ik niet gewoon iemand anders krijgen?" is no answer
            if answer is None:
                return {slot: None}
            await self._record(reference, slot, answer)
            return {slot: answer}
        if RESOLVED.search(folded) and not is_own_question(value) and answers.parse_yes_no(value) is None:
            dispatcher.utter_message(text=resolved_answer())
            if reference:
                await update(reference, f"resolved:{message_id}", resolved_immediately=True, add_text=value)
            return {slot: None}
        return None

    @staticmethod
    def _answer_question(dispatcher: CollectingDispatcher, tracker: Tracker, value: Any) -> bool:
        """A general question asked during the intake is answered; the intake then asks again.
        The topic is the intent's, else the keyword routes of the coverage form, else 'where do I go
        when I stay unhappy' (the Klachtenbureau, Kifid, the court: art. 20)."""
        if not isinstance(value, str):
            return False
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        contact_asked = tracker.get_slot("requested_slot") == "customer_contact"  # "bel me maar": the number is asked
        if asks_complaint_body_contact(value) and (is_own_question(value) or "?" in value):
            dispatcher.utter_message(text=bureau_contact_answer())  # round 20: seed 004 art. 20
            return True
        if asks_complaint_channel(value):
            dispatcher.utter_message(text=complaint_channels_answer())  # round 20
            return True
        if wants_lawyer_against_arag(value) and is_own_question(value):
            dispatcher.utter_message(text=against_arag_answer(False))  # round 20: art. 11q, also at the intake
            return True
        if (WHAT_HAPPENS.search(fold(value)) or WHO_HANDLES.search(fold(value))) and (
            is_own_question(value) or "?" in value
        ):
            dispatcher.utter_message(text=what_happens_answer())  # round 20
            return True
        if not contact_asked and (intent in HUMAN_INTENTS or WANTS_A_PERSON.search(fold(value))):
            # "Ik wil gewoon een mens spreken": how to reach a person, then the intake asks again.
            dispatcher.utter_message(text=replies.human_contact_answer())
            return True
        if premium_complaint_cancel(tracker, value):
            dispatcher.utter_message(text=premium_change_answer())  # round 23: art. 16, within 1 maand
            return True
        if asks_bureau_details(value):
            dispatcher.utter_message(text=bureau_contact_answer())  # round 22: seed 004 art. 20
            return True
        aside = intake_aside(value)
        if aside:
            dispatcher.utter_message(text=aside)
            return True
        if "?" not in value and not is_own_question(value) and not WANTS_TO_DO.search(fold(value)):
            if not faq_statement(tracker, value):
                return False
        if intent == "faq_answer_time" or WHEN_HEARD.search(fold(value)):
            # "hoe snel hoor ik iets?" during the intake: the Klachtenbureau's term (art. 20), not art. 5's
            dispatcher.utter_message(text=f"Over uw klacht: {complaint_promise()}")
            return True
        topic = intent[len("faq_") :] if intent.startswith("faq_") else talk.faq_topic_in(value)
        if ESCALATION.search(fold(value)):  # during the intake, staying unhappy is about the complaint
            topic = "complaints"
        users = [e for e in tracker.events if e.get("event") == "user"]
        before = str(users[-2].get("text") or "") if len(users) >= 2 else ""
        # "Wat is hun telefoonnummer?" after the complaints answer: the Kifid and the klachtenbureau
        their = faq_turn.complaint_bodies_contact(topic or "", value, "complaints", before)
        cost = cost_questions.cost_answer(value) if topic == "costs" else None  # "wie betaalt die scheidsrechter"
        cost = talk.short_and_details(cost)[0] if cost else None
        answer = their or cost or (replies.faq_answer(topic) if topic else None)
        if answer is None:
            return False
        dispatcher.utter_message(text=answer)
        return True

    async def _checked(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, check: Check
    ) -> dict[str, Any]:
        stopped = self._stop(value, slot) or self._stop_and_ask(dispatcher, value, slot)
        if stopped:
            if tracker.get_slot("handoff_consent"):
                await update(tracker.get_slot("complaint_id"), "consent:stopped", handoff_consent=False)
            return stopped
        said = await self._said_at_intake(dispatcher, tracker, slot, value)
        if said is not None:
            return said
        if self._answer_question(dispatcher, tracker, value):
            return {slot: None}
        result, reason = check(value)
        if reason:
            dispatcher.utter_message(text=reason)  # the form asks its question again right after
            return {slot: None}
        await self._record(tracker.get_slot("complaint_id"), slot, result)
        return {slot: result}

    @staticmethod
    async def _record(reference: Optional[str], slot: str, value: Any) -> None:
        """Send the answer to the Klachtenbureau as an update of the registered complaint."""
        if not reference:
            return
        if slot in ("handoff_consent", "confidential"):
            if value or slot == "confidential":
                await update(reference, slot, **{slot: bool(value)})
        elif slot == "customer_contact":
            contact = {k: v for k, v in value.items() if k in ("email", "phone")}
            if contact:
                await update(reference, slot, customer=contact)
        elif slot in ("customer_name", "customer_address", "policy_number") and value:
            field = {"customer_name": "name", "customer_address": "address"}.get(slot, slot)
            await update(reference, slot, customer={field: value})

    @staticmethod
    def _yes_no(value: Any) -> tuple[Any, str | None]:
        answer = value if isinstance(value, bool) else answers.parse_yes_no(str(value or ""))
        if answer is None:
            return None, "Antwoord met ja of nee, of typ 'laat maar' om te stoppen."
        return answer, None

    async def validate_handoff_consent(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._checked("handoff_consent", value, dispatcher, tracker, self._yes_no)

    async def validate_confidential(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._checked("confidential", value, dispatcher, tracker, self._yes_no)

    async def validate_customer_name(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._checked("customer_name", value, dispatcher, tracker, answers.validate_name)

    async def validate_customer_contact(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        if isinstance(value, dict):
            return {"customer_contact": value}
        return await self._checked("customer_contact", value, dispatcher, tracker, answers.validate_contact)

    async def validate_customer_address(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._checked("customer_address", value, dispatcher, tracker, answers.validate_address)

    async def validate_policy_number(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        return await self._checked("policy_number", value, dispatcher, tracker, answers.validate_policy_number)


def complaint_promise() -> str:
    """When the customer hears from the Klachtenbureau: the active profile's promise (DESK_PROFILE);
    ARAG's is article 20's ("binnen 5 werkdagen")."""
    promise = customer_promise()
    if settings.get().desk_profile == "arag":
        promise = f"{promise.rstrip('.')} {knowledge().cite('Algemene regels 20')}."
    return promise


def confirmation(reference: str, consent: bool, cancelled: bool, by_letter: bool) -> str:
    k = knowledge()
    bureau, kifid, tuchtraad = k.contact["klachtenbureau"], k.contact["kifid"], k.contact["tuchtraad"]
    lines = [f"Dank u. Uw klacht staat geregistreerd onder referentie {reference}."]
    if consent and not cancelled:
        lines.append(complaint_promise())  # the active complaint-handling profile's promise
        if by_letter:
            lines.append("U krijgt onze reactie per brief.")
    else:
        lines.append(
            "U heeft aangegeven geen contact te willen; we gebruiken uw klacht om onze service te "
            f"verbeteren. Wilt u toch contact, bel dan het {bureau['name']} op {bureau['phone']} "
            f"of mail naar {bureau['email']} en noem uw referentie {k.cite('Algemene regels 20')}."
        )
    lines.append(
        f"Bent u het niet eens met de beslissing van het Klachtenbureau? Dan kunt u uw klacht "
        f"voorleggen aan het {kifid['name']} ({kifid['website']}); {tuchtraad['via']} kan dat ook bij de "
        f"{tuchtraad['name']}. U kunt uw zaak ook altijd aan {k.contact['court']} voorleggen."
    )
    return " ".join(lines)


class ActionSubmitComplaint(Action):
    """End of the intake: the whole transcript goes to the record, the customer gets the reference."""

    def name(self) -> str:
        return "action_submit_complaint"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        cancelled = bool(tracker.get_slot("complaint_cancelled"))
        consent = bool(tracker.get_slot("handoff_consent")) and not cancelled
        reference = tracker.get_slot("complaint_id")
        if not reference:  # the complain intent without a registration (should not happen): register now
            _, detection = decision_of(tracker)
            reference = await register(tracker, last_user_text(tracker), detection)
        by_letter = wants_letter(tracker)
        text = confirmation(reference, consent, cancelled, by_letter)
        turns = turns_from_events(tracker.events) + [{"speaker": "assistent", "text": text, "at": None}]
        await update(reference, f"transcript:{len(turns)}", transcript=turns)
        dispatcher.utter_message(text=text)
        return [SlotSet(slot, None) for slot in RESET_AFTER_INTAKE]
