"""Rules about the customer's own policy, applied by bot/components/complaint_intent.py.

Round 14: a complaint asking whether the policy goes on after moving abroad gets `faq_start_change_end`
(art. 15/3); the detector component classifies the story told after the complaint with its question.

Round 20: a customer who cannot pay the premium and asks what follows is art. 14's question, no complaint
("intent:premiebetaling").

Round 23: ARAG's premium increase, fought with this insurance, is a complaint ("intent:premiegeschil").

Round 47: a reminder or warning for the premium, asked about ("er kwam een aanmaning voor de premie, ben ik nog
verzekerd?"), is art. 14's question, no complaint ("intent:premieherinnering"), answered by faq_premium.
"""

from __future__ import annotations

import re

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import ORIGINAL_TEXT, PARSE_KEY
from bot.components.complaint_rules_cleared import _cleared_when
from bot.components.complaint_rules_common import DISPLEASED, _made_sure, asks_too
from bot.components.message_step import route_to
from bot.components.third_party import BLAME
from flexbot.dutch import fold

# Round 20: the customer who cannot pay the premium (on time) asks what follows ("ik ben mijn baan kwijt en kan de
# premie van deze maand niet betalen. ben ik dan niet meer verzekerd?", "wat als ik de premie te laat betaal?"):
# a question about art. 14, no dissatisfaction with ARAG's service, unless a word of blame is said.
_OWN_PAYMENT = re.compile(
    r"\bpremie\w*\b[^.?!]{0,35}\b(niet|niet meer|te laat|later|pas later|even niet)\b (\w+ ){0,2}"
    r"(betalen|betaal|voldoen|overmaken|ophoesten|opbrengen)\b"
    r"|\b(kan|kun|kunnen|lukt)\b[^.?!]{0,20}\b(niet|niet meer)\b[^.?!]{0,15}\b(de|mijn|onze) premie\w* (\w+ ){0,2}"
    r"(betalen|voldoen|opbrengen)\b"
    r"|\b(betalingsachterstand|premieachterstand|achterstand met (de|mijn) premie)\b"
    # round 57: "Mijn automatische incasso voor jullie premie is mislukt ... ik heb nog steeds niet betaald"
    r"|\b(incasso|afschrijving|betaling)\b[^.?!]{0,40}\bpremie\w*\b[^.?!]{0,30}\b(mislukt|gestorneerd|teruggeboekt|niet gelukt)\b"
    r"|\b(ik|we|wij) (heb|hebben) (\w+ ){0,2}(nog )?(steeds )?niet (betaald|overgemaakt)\b"
    # round 59: "een 'laatste herinnering' van ARAG: premie niet betaald, de automatische incasso is mislukt"
    r"|\bpremie\w* (\w+ )?niet (betaald|voldaan|afgeschreven)\b"
    # round 179: "Mijn premie kon niet worden afgeschreven want er stond te weinig op mijn rekening"
    r"|\bpremie\w* (\w+ ){0,3}niet (\w+ )?(betaald|voldaan|afgeschreven|geincasseerd|ge-incasseerd)\b"
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
# Whether the policy goes on ("blijft mijn (ARAG-)verzekering dan doorlopen?"); check_reply.py uses it too (round 57)
POLICY_GOES_ON = re.compile(
    r"\b(blijft|blijven|loopt|lopen|geldt|gelden|houd|hou|behoud)\b[^.?!]{0,10}\b(mijn|de|onze|deze) (arag-?)?"
    r"(verzekering|rechtsbijstand\w*|polis|flexpolis|dekking)\b[^.?!]{0,25}\b(doorlopen|door|gelden|geldig|bestaan|aan)\b"
    r"|\b(ben|blijf|zijn|blijven) (ik|we|wij)\b[^.?!]{0,20}\b(nog|dan)\b[^.?!]{0,15}\b(verzekerd|gedekt)\b"
)


def policy_abroad_question(message: Message) -> None:
    """The question of a complaint about the policy going on after moving abroad: faq_start_change_end."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or not detection.get("question"):
        return
    plain = fold(message.get(TEXT) or "").lower()
    if not (_MOVES_ABROAD.search(plain) and POLICY_GOES_ON.search(plain)):
        return
    route_to(message, "faq_start_change_end")


# Round 23: the customer finds ARAG's premium increase unfair and asks whether this insurance helps to fight it ("Per
# 1 januari gaat mijn premie omhoog. Kan ik met mijn rechtsbijstand tegen die verhoging in gaan? Ik vind het niet
# redelijk."). Decision: a complaint (seeds 000/001: dissatisfaction with ARAG, here its premium, is a complaint),
# and its question is answered with the acknowledgement by art. 11q (no help in a conflict about this insurance
# itself, for example about the premium) and art. 16 (cancel within 1 maand): actions/complaints.py. The question
# is no question of its own, so the coverage check does not take it up as a conflict.
PREMIUM_DISPUTE = "intent:premiegeschil"
_PREMIUM = re.compile(r"\bpremie\w*")
_GOES_UP = re.compile(
    r"\b(omhoog\w*|verhoogd|verhogen|verhoogt|verhoging|stijgt|stijging|gestegen|duurder|hoger|meer premie)\b"
    r"|\b(premieverhoging|premiestijging|prijsverhoging)\b"
    # round 60: art. 16's change on the change date ("nieuwe premie en voorwaarden vanaf 1 april")
    r"|\bnieuwe (premie|voorwaarden)( en (premie|voorwaarden))?\b|\b(premie|voorwaarden) (\w+ )?(wijzigen|wijzigt|veranderen|verandert)\b"
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


# Round 38: a question about ARAG's premium going up ("Mag dat zomaar? En kan ik dan tussentijds stoppen?"), without a
# word of blame and without wanting to fight it, asks art. 16 (the index, stopping within a month): no complaint.
def premium_rise_question(text: str) -> bool:
    plain = fold(text).lower()
    return bool(
        "?" in text
        and _PREMIUM.search(plain)
        and _GOES_UP.search(plain)
        and not _FIGHT_IT.search(plain)
        and not BLAME.search(plain)
        and not DISPLEASED.search(plain)
        and not _OTHER_PREMIUM.search(plain)
    )


def no_complaint_about_a_premium_question(message: Message) -> None:
    if _cleared_when(message, premium_rise_question, "intent:premievraag"):
        if (message.get(INTENT) or {}).get("name") != "faq_premium":
            route_to(message, "faq_premium")


# Round 47: a reminder, warning or demand for the premium, and a question about it ("Ik kreeg een betalingsherinnering
# voor de premie terwijl ik in het buitenland zat. Ben ik nu nog gedekt?", "premie vergeten over te maken, er kwam een
# aanmaning; loopt mijn verzekering nog?"): a question about art. 14 (a warning, then 15 days; seed 004), no
# dissatisfaction with ARAG's service (seeds 000/001), unless a word of blame or displeasure is said.
_REMINDER = re.compile(
    r"\b(herinnering|betalingsherinnering|aanmaning|waarschuwing|ingebrekestelling|sommatie|brief|mail|bericht)\b"
    r"[^.?!]{0,25}\b(voor|van|over|om|met) (de|mijn|onze|het|m'?n) (\w+ )?(premie\w*|openstaande premie\w*)\b"
    r"|\bpremie\w*\b[^.?!]{0,40}\b(herinnering|betalingsherinnering|aanmaning|ingebrekestelling)\b"
    r"|\b(premieherinnering|premieaanmaning|premienota)\b"
)
# A reminder the customer finds wrong ("terwijl ik allang betaald heb", "ten onrechte", "waarom sturen jullie ...?") is
# dissatisfaction with ARAG's administration: left to the detector.
_WRONGLY_SENT = re.compile(
    r"\b(al|allang|wel|gewoon|netjes|keurig|op tijd|gewoon op tijd) (\w+ )?(betaald|overgemaakt|voldaan|afgeschreven)\b"
    r"|\bten onrechte\b|\bklopt (niet|niks|niets|geen)\b|\b(fout|foutje|vergissing|onterecht)\b|(^|[.!?] )waarom\b"
)


def premium_reminder_question(text: str) -> bool:
    plain = fold(text).lower()
    if not _REMINDER.search(plain) or BLAME.search(plain) or DISPLEASED.search(plain) or _OTHER_PREMIUM.search(plain):
        return False
    if _WRONGLY_SENT.search(plain):
        return False
    return "?" in plain or asks_too(text)


def no_complaint_about_a_premium_reminder(message: Message) -> None:
    if _cleared_when(message, premium_reminder_question, "intent:premieherinnering"):
        if (message.get(INTENT) or {}).get("name") in ("nlu_fallback", "complain", "faq_complaints"):
            route_to(message, "faq_premium")
