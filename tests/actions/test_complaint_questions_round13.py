"""Issue 11, round 13: classes of wrong first replies on the complaint side (blind evaluation), each
fixed in general and tested here with new wordings. Every test names the seed text it follows:
seed 000/001 (ARAG Klachtenbeleid: every expression of dissatisfaction about ARAG is a complaint;
Kifid, Tuchtraad, court) and seed 004 (Flexpolis conditions: art. 11q, 16, 17, 20).

The NLU side runs the complaint detector and ComplaintIntent on a rasa Message with the intent the
classifier would give; the action side runs the actions as the action server does."""

from __future__ import annotations

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from testkit.complaint_nlu import complaints_chat, nlu

import actions.complaints as complaints
from bot.components.complaint_detector import PARSE_KEY, holds_question
from bot.components.complaint_intent import coverage_story
from bot.policies.complaint_intake import ComplaintIntakePolicy
from flexbot import settings
from flexbot.flexpolis import faq_turn

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests


# Class 1 -- seed 004 art. 20 (the klachtenbureau contacts within 5 werkdagen; not satisfied with its
# decision: Kifid) and seeds 000/001 section 9 (Kifid, Tuchtraad, court). A question about time,
# contact or where to go next in a message that complains about ARAG is about the complaint.
COMPLAINT_TIME_QUESTIONS = [
    "Ik wil een klacht indienen over mijn jurist, die houdt me totaal niet op de hoogte. Binnen hoeveel dagen hoor ik iets van jullie?",
    "Jullie medewerker was erg onbeschoft aan de telefoon. Wanneer neemt het klachtenbureau contact met mij op?",
    "Al drie mails onbeantwoord, ik dien hierbij formeel een klacht in. Hoe snel reageren jullie daarop?",
]
COMPLAINT_NEXT_QUESTIONS = [
    "Ik ben heel ontevreden over hoe ARAG mijn zaak tegen de verhuurder aanpakt. Waar kan ik heen als het klachtenbureau me ook niet helpt?",
    "Mijn dossierbehandelaar laat me gewoon zitten in mijn conflict met de garage. Wie kan ik inschakelen als jullie klachtenafdeling er niets mee doet?",
]


@pytest.mark.parametrize("text", COMPLAINT_TIME_QUESTIONS)
def test_when_a_complaint_is_answered_is_the_klachtenbureau_term_not_art_5(text: str) -> None:
    """Seed 004 art. 20: 'binnen 5 werkdagen', not art. 5's 2 werkdagen for a new case."""
    for intent in ("faq_answer_time", "check_coverage", "faq_contact"):
        said = " ".join(faq_turn.answer_faq(intent, text, {"complaint": True, "question": True}, False).messages)
        assert "5 werkdagen" in said and "(art. 20" in said, (intent, said)
        assert "2 werkdagen" not in said and "art. 5" not in said


@pytest.mark.parametrize("text", COMPLAINT_NEXT_QUESTIONS)
def test_where_to_go_next_with_a_complaint_is_the_kifid(text: str) -> None:
    """Seed 004 art. 20 and seeds 000/001 section 9: after the klachtenbureau, the Kifid (and via it the
    Tuchtraad; the court always) -- said first, with no coverage verdict for the conflict named."""
    said = faq_turn.answer_faq("check_coverage", text, {"complaint": True, "question": True}, False).messages
    assert said[0].startswith("Bent u niet tevreden met de beslissing van het klachtenbureau")
    assert "Kifid" in said[0] and "Tuchtraad" in said[0] and "rechter" in said[0]
    assert not any("verzekerd voor" in s or "module" in s for s in said)


@pytest.mark.parametrize("text", COMPLAINT_TIME_QUESTIONS + COMPLAINT_NEXT_QUESTIONS)
def test_a_complaint_with_a_complaint_question_goes_to_the_complaints_answer(text: str) -> None:
    """The complaint stays registered (seeds 000/001: every expression of dissatisfaction) and its
    question is the complaints answer's, whatever the classifier's intent; the intake follows."""
    for intent in ("check_coverage", "faq_answer_time"):
        message = nlu(text, intent)
        found = message.get(PARSE_KEY)
        assert found["complaint"] is True and found["question"] is True, found
        assert message.get(INTENT)["name"] == "faq_complaints"


def test_a_time_question_about_cover_in_a_complaint_keeps_the_answer_time_of_the_case() -> None:
    """Seed 004 art. 5: whether a case is covered is told within 2 werkdagen; asked in a complaint it
    stays that answer (the question names cover, not the complaint)."""
    text = "Al een week niks gehoord, slecht hoor. Wanneer hoor ik of ik verzekerd ben?"
    assert faq_turn.complaint_question(text, True) is None


# Class 2 -- seed 004 art. 17: ARAG finds that the result has no reasonable chance of success, the
# customer disagrees: a scheidsrechter appointed by the Deken of the Orde van Advocaten, paid by ARAG.
CASE_DECISIONS = [
    "ARAG wil niet verder procederen tegen mijn oude werkgever omdat het kansloos zou zijn. Ik ben het daar totaal niet mee eens, hoe nu verder?",
    "Mijn behandelaar heeft mijn dossier gesloten omdat hij geen kans ziet tegen de garage. Onterecht vind ik. Kan ik hier iets tegen doen?",
    "De jurist van ARAG stopt met mijn zaak want er zou te weinig kans zijn. Dat accepteer ik niet!",
]


@pytest.mark.parametrize("text", CASE_DECISIONS)
@pytest.mark.parametrize("intent", ["check_coverage", "faq_disagreement", "faq_after_report"])
def test_objecting_to_arag_stopping_the_case_is_a_sure_complaint(text: str, intent: str) -> None:
    """Seeds 000/001: the objection is dissatisfaction with ARAG, so a complaint (no check question);
    its answer is art. 17's (below), not a coverage verdict for the underlying conflict."""
    message = nlu(text, intent)
    found = message.get(PARSE_KEY)
    assert found["decision"] == "complaint" and found["question"] is False, found
    assert message.get(INTENT)["name"] == "complain"


@pytest.mark.parametrize("text", CASE_DECISIONS)
async def test_a_case_decision_complaint_is_registered_and_answered_with_art_17(text: str, redis_url: str) -> None:
    """Seed 004 art. 17: scheidsrechter, Deken, ARAG pays; registered first (seeds 000/001)."""
    said = await Chat().send(text, decision="complaint", intent="complain")
    assert "Klachtenbureau onder referentie KL-" in said[0]
    assert "scheidsrechter" in said[1] and "Deken" in said[1] and "(art. 17 Algemene regels" in said[1]


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil stoppen met jullie verzekering. Belachelijk.",
        "Mijn werkgever wil niet verder praten over mijn ontslag, belachelijk.",
        "Heeft mijn zaak volgens jullie jurist kans van slagen?",
        "Het dossier is afgesloten, maar ik ben niet tevreden over hoe jullie het deden.",
    ],
)
def test_cancelling_an_opponent_a_finished_case_or_a_plain_question_is_no_case_decision(text: str) -> None:
    """Art. 17 is about ARAG's decision on the case, objected to: not a cancellation, an opponent, a case
    that simply ended (a complaint about the handling, seeds 000/001) or a question."""
    assert "intent:zaakbeslissing" not in (nlu(text, "check_coverage").get(PARSE_KEY) or {}).get("reasons", [])


# Class 3 -- seed 004 art. 11q (no help for a conflict about this insurance itself, e.g. what ARAG
# covers) and art. 17 (the scheidsrechter, which remains); art. 20 / seeds 000/001 for the complaint.
@pytest.mark.parametrize(
    "text",
    [
        "Jullie weigeren mijn conflict met de webshop te dekken, schandalig. Dan neem ik zelf een advocaat en sleep ik ARAG voor de rechter, en die rekening sturen jullie maar.",
        "Afgewezen, terwijl ik al tien jaar premie betaal. Ik wil dat jullie een advocaat betalen om tegen ARAG te procederen.",
        "Echt waardeloos dat mijn schade niet gedekt is. Ik ga jullie aanklagen en die kosten moeten jullie vergoeden.",
    ],
)
async def test_a_lawyer_against_arag_paid_by_the_policy_gets_art_11q(text: str, redis_url: str) -> None:
    """Seed 004 art. 11q: no cover for a conflict with ARAG about this insurance; art. 17 still settles a
    disagreement about the case; the complaint goes on to the Kifid (art. 20)."""
    said = await Chat().send(text, decision="complaint", intent="complain")
    assert "Klachtenbureau onder referentie KL-" in said[0]
    answer = " ".join(said[1:])
    assert "(art. 11q Algemene regels)" in answer and "scheidsrechter" in answer and "(art. 17" in answer
    assert "Kifid" in answer


async def test_a_case_decision_with_a_lawyer_against_arag_says_art_17_once(redis_url: str) -> None:
    """Seed 004 art. 17 and 11q: the scheidsrechter answer is sent once, 11q next to it."""
    text = (
        "Jullie jurist stopt ermee omdat er geen kans zou zijn, onzin. Betaal dan maar een advocaat tegen jullie zelf."
    )
    said = await Chat().send(text, decision="complaint", intent="complain")
    assert sum("scheidsrechter" in s for s in said) == 1 and any("(art. 11q" in s for s in said)


# Class 4 -- seed 004 art. 16: the premium follows the CBS consumentenprijsindex every year. A "waarom"
# about the premium, the terms or the cover wants an answer; "waarom belt niemand terug" does not.
PREMIUM_WHYS = [
    "Waarom betaal ik dit jaar weer meer premie dan vorig jaar? Ik heb nog nooit iets gemeld.",
    "Hoezo is mijn premie omhoog gegaan terwijl ik niks gebruik?",
    "Waarom wordt mijn premie steeds duurder, ik doe nooit een beroep op jullie",
]


@pytest.mark.parametrize("text", PREMIUM_WHYS)
def test_why_about_the_premium_is_a_question_that_is_answered(text: str) -> None:
    """Seeds 000/001: the dissatisfaction may be registered; seed 004 art. 16: the question is answered."""
    assert holds_question(text)
    message = nlu(text, "faq_premium")
    assert message.get(INTENT)["name"] == "faq_premium"  # answered, not complaint-only
    said = " ".join(faq_turn.answer_faq("faq_premium", text, message.get(PARSE_KEY), True).messages)
    assert "consumentenprijsindex" in said and "art. 16" in said


@pytest.mark.parametrize(
    "text",
    [
        "Waarom dekt mijn polis geen ruzie over een erfenis? Daar heb ik jullie nu juist voor.",
        "Hoezo is een conflict met mijn verhuurder niet verzekerd, ik betaal toch elke maand?",
    ],
)
def test_why_about_what_the_policy_covers_names_the_conflict_and_is_answered(text: str) -> None:
    """Seed 004 (the modules and their exclusions) answers why a named conflict is or is not covered."""
    assert holds_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Waarom valt het nu opeens niet meer onder mijn verzekering? Te gek voor woorden.",
        "Waarom belt mijn behandelaar nooit eens terug?",
        "Waarom duurt het zo lang voordat jullie reageren?",
        "Waarom heeft niemand mijn dossier opgepakt?",
    ],
)
def test_why_about_arags_conduct_stays_rhetorical(text: str) -> None:
    """Seeds 000/001: a complaint; nothing in the policy answers 'why does nobody call back'."""
    assert not holds_question(text)


# Class 5 -- the trap: a new coverage question at the intake's consent question is answered as a first
# message (seed 004: the coverage check), the complaint stays registered (seeds 000/001).
NEW_STORIES = [
    "Mijn huisbaas wil de borg van 900 euro niet teruggeven. Ik heb Consument & Wonen. Ben ik verzekerd?",
    "Gisteren ben ik zonder reden geschorst door mijn werkgever, kan ARAG mij daarbij helpen?",
    "De garage heeft mijn auto verkeerd gerepareerd en wil niets terugbetalen. Valt dat onder mijn polis?",
]


def intake_tracker(text: str, intent: str, slot: str = "handoff_consent") -> Tracker:
    return Tracker(
        "t",
        {"requested_slot": slot, "complaint_id": "KL-2026-000001", "complaint_pending": True},
        {"text": text, "intent": {"name": intent, "confidence": 0.95}},
        [{"event": "user", "text": text}],
        False,
        None,
        {"name": "complaint_form"},
        "action_listen",
    )


@pytest.mark.parametrize("text", NEW_STORIES)
async def test_a_new_coverage_question_at_the_consent_question_is_not_told_to_answer_yes_or_no(text: str) -> None:
    """The intake steps aside (ActionExecutionRejected), so the coverage check answers the message as a
    first message; nothing of the registered complaint is reset (its slots stay). The consent question
    is asked again once that answer is given (next test): the default (no consent) only applies when
    the customer leaves without answering it."""
    dispatcher = CollectingDispatcher()
    events = await complaints.ValidateComplaintForm().run(dispatcher, intake_tracker(text, "check_coverage"), {})
    assert [e.get("event") for e in events] == ["slot", "action_execution_rejected"]
    assert events[0]["name"] == "handoff_consent" and events[0]["value"] is None  # the story is no answer
    assert dispatcher.messages == []  # no "Antwoord met ja of nee"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ja hoor", "check_coverage"),
        ("nee", "check_coverage"),
        ("laat maar", "check_coverage"),
        ("Ja, graag. Ben ik dan ook verzekerd voor mijn zaak?", "faq_contact"),
    ],
)
def test_an_answer_or_a_stop_at_the_consent_question_stays_in_the_intake(text: str, intent: str) -> None:
    assert not complaints.new_story(intake_tracker(text, intent))


def test_the_consent_question_is_asked_again_after_the_coverage_answer() -> None:
    """Seeds 000/001: the complaint is registered and the customer is asked once more whether the
    Klachtenbureau may contact them, after the coverage check's verdict (ComplaintIntakePolicy)."""
    domain = Domain.load(str(settings.DOMAIN_DIR))
    tracker = DialogueStateTracker.from_events(
        "klant",
        [
            ActionExecuted("action_listen"),
            UserUttered(NEW_STORIES[0], {"name": "check_coverage", "confidence": 0.9}),
            SlotSet("complaint_id", "KL-2026-000001"),
            SlotSet("complaint_pending", True),
            ActionExecuted("action_coverage_verdict"),
        ],
        slots=domain.slots,
    )
    context = ExecutionContext(GraphSchema({}), "test")
    policy = ComplaintIntakePolicy(ComplaintIntakePolicy.get_default_config(), None, None, context)
    assert policy.should_start_intake(tracker, domain)


# Class 6 -- seeds 000/001 define a complaint as dissatisfaction with ARAG's service: a story about a
# third party (the other driver's insurer, a swindler) told to ask about cover (seed 004) is none.
THIRD_PARTY_STORIES = [
    "Een fietser heeft mijn spiegel eraf gereden en haar verzekeraar doet moeilijk. Ik heb Verkeer bij jullie, kunnen jullie helpen?",
    "Een bestelbus ramde mijn geparkeerde auto en de verzekeraar van de tegenpartij reageert niet. We hebben Verkeer.",
    "De schilder heeft er een puinhoop van gemaakt en reageert niet meer. Heb ik dan wel iets aan mijn polis?",
    "Een nepwebshop heeft mijn geld gepakt en ik krijg niks geleverd. Ik baal enorm. Kunnen jullie dat bedrijf aanpakken?",
    "Die loodgieter heeft me afgezet, ik schaam me dood. Kan ARAG hem aanpakken?",
]


@pytest.mark.parametrize("text", THIRD_PARTY_STORIES)
def test_a_third_party_story_with_a_coverage_question_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    found = nlu(text, "check_coverage").get(PARSE_KEY)
    assert found["decision"] == "none" and found["complaint"] is False, found


@pytest.mark.parametrize(
    "text",
    [
        "Jullie jurist belt nooit terug over mijn zaak tegen de buurman. Ben ik eigenlijk wel verzekerd?",
        "Ik heb echt niks aan jullie, waardeloos!",
        "Mijn behandelaar doet niks tegen de verzekeraar van de tegenpartij. Kunnen jullie die man nou eens aanpakken?",
    ],
)
def test_anger_at_arag_in_a_coverage_story_stays_a_complaint(text: str) -> None:
    """Seeds 000/001: ARAG's jurist or ARAG itself named outside the question: still a complaint."""
    assert not coverage_story(text)


# Round 63: a story without a question mark told at the consent question; its "niet" is part of the story.
@pytest.mark.parametrize(
    "text",
    [
        "Mijn eigenlijke vraag: ik verhuur mijn garagebox aan een buurtbewoner en hij betaalt al maanden niet.",
        "De aannemer heeft de badkamer half af laten liggen en komt gewoon niet meer opdagen.",
    ],
)
def test_a_story_whose_not_belongs_to_it_is_no_answer_to_the_consent_question(text: str) -> None:
    assert complaints.new_story(intake_tracker(text, "check_coverage"))


@pytest.mark.parametrize(
    "text",
    [
        "Nee, ik wil alleen even kwijt dat de wachttijd veel te lang was.",
        "Bellen hoeft niet, ik wilde het alleen laten weten aan jullie.",
        "Ik heb geen behoefte aan contact met het klachtenbureau verder.",
    ],
)
def test_a_longer_no_at_the_consent_question_stays_an_answer(text: str) -> None:
    assert not complaints.new_story(intake_tracker(text, "check_coverage"))
