"""Rules about the complaints procedure, applied by bot/components/complaint_intent.py after its `review`.

Round 13: a complaint that asks when someone contacts the customer or where to go next gets `faq_complaints`
(art. 20, Kifid), not the classifier's answer time or coverage check.

Round 23: dissatisfaction with the Klachtenbureau's decision on an earlier complaint is a sure complaint
("intent:klachtbeslissing"); a mail address or number asked after a complaint's intake also gets the
Klachtenbureau's details. Round 24: the number asked with the wish to complain officially is the Klachtenbureau's.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import conversation_context
from bot.components.complaint_detector import _SENTENCE_END, ORIGINAL_TEXT, PARSE_KEY
from bot.components.complaint_rules_common import _made_sure, names_a_third_party
from bot.components.message_step import route_to
from flexbot.dutch import fold
from flexbot.flexpolis import faq_turn

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
    r"afhandeling|conclusie|brief terug|reageerde|gereageerd|geantwoord|besloten|teruggekoppeld|"
    # round 90, in English: "They have now rejected my complaint."
    r"rejected|dismissed|turned down|decision|decided|answered|replied)\b"
)
_STILL_UNHAPPY = re.compile(
    r"\b(niet tevreden|allesbehalve tevreden|ontevreden|niet (mee )?eens|oneens|niet blij|teleurgesteld|niet akkoord|niet geholpen|"
    r"kan ik niet mee leven|(daar|hier) (schiet|heb) ik niks aan|niet opgelost|(volkomen |totaal |echt |heel )?onterecht|"
    r"(leg|neer te leggen) (ik )?(me|mij) (er |daar )?niet bij neer|(leg|neerleggen) (\w+ ){0,3}niet bij neer|"
    # round 90, in English: "Is there anywhere else I can go with this?" after the decision
    r"not satisfied|unhappy|not happy|disagree|anywhere else|where else|escalate|next step)\b"
)


def unhappy_with_bureau_decision(text: str) -> bool:
    plain = fold(text).lower()
    if _OTHER_DECIDER.search(plain):
        return False
    return bool(_COMPLAINED_BEFORE.search(plain) and _BUREAU_ANSWERED.search(plain) and _STILL_UNHAPPY.search(plain))


def bureau_decision_complaint(message: Message) -> None:
    if unhappy_with_bureau_decision(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        _made_sure(message, BUREAU_DECISION)


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
    asks_details = _ASKS_DETAILS.search(text) and not _OTHER_DETAILS.search(text)
    # round 82: "Hoe lang duurt het dan voordat iemand contact met me opneemt?" right after the acknowledgement that
    # the Klachtenbureau contacts the customer: its term (art. 20), not the answer time of a case (art. 5)
    asks_time = faq_turn.complaint_question(text, True) == "time"
    if not (asks_details or asks_time) or not had_a_complaint(conversation_context._tracker.get()):
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
