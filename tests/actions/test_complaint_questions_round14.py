"""Issue 11, round 14: classes of wrong first replies on the complaint side (blind evaluation), each
fixed in general and tested here with new wordings. Every test names the seed text it follows:
seeds 000/001 (ARAG Klachtenbeleid: a complaint is dissatisfaction about ARAG's service; every such
expression is registered) and seed 004 (Flexpolis conditions: art. 3, 15, 19, C&W 2a/2b, Verkeer 3a).

The NLU side runs the complaint detector and ComplaintIntent on a rasa Message with the intent the
classifier would give; the action side runs the actions as the action server does."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa_sdk import Tracker
from testkit.complaint_nlu import complaints_chat, nlu

import actions.complaints as complaints
from bot.components.complaint_detector import PARSE_KEY, question_part
from bot.components.complaint_intent import (
    arag_service_complaint,
    coverage_story,
    self_correction,
)
from flexbot.complaints.detector import load_detector

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests


# Class 1 -- seeds 000/001: a complaint is dissatisfaction about ARAG's service. A third party's story
# told to ask what ARAG can do (seed 004: C&W 2a for defamation, art. 10 for collection costs) is none,
# and the classifier reads the whole story, not the question alone (which read as art. 17).
THIRD_PARTY_STORIES = [
    "Mijn ex-schoonzus vertelt in de familiegroep aan iedereen dat ik sieraden van oma heb gepikt. Totale onzin en ik ben er kapot van. Kan ARAG daar iets tegen doen?",
    "Een man uit de straat hangt briefjes op dat ik zijn kat zou hebben vergiftigd. Helemaal gelogen. Kunnen jullie daar iets tegen doen?",
    "Er loopt bij ARAG een zaak van mij tegen de aannemer. Nu stuurt zijn deurwaarder een rekening met incassokosten erbij. Betaalt ARAG die als ik verlies?",
    "Ik heb via jullie een zaak lopen tegen mijn vroegere werkgever. Zijn advocaat eist nu 500 euro buitengerechtelijke kosten. Vergoeden jullie dat als het slecht afloopt?",
]


@pytest.mark.parametrize("text", THIRD_PARTY_STORIES)
def test_a_third_party_story_asking_what_arag_can_do_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    for intent in ("check_coverage", "faq_disagreement", "faq_costs"):
        message = nlu(text, intent)
        found = message.get(PARSE_KEY)
        assert found["decision"] == "none" and found["complaint"] is False, found
        assert message.get(TEXT) == text  # the whole story is classified (C&W 2a / art. 10), not the question


@pytest.mark.parametrize(
    "text",
    [
        "Ik loop bij jullie een zaak tegen mijn verhuurder en het duurt veel te lang. Betaalt ARAG de incassokosten?",
        "Mijn zaak loopt bij jullie tegen de garage maar niemand belt me ooit terug. Vergoeden jullie de kosten van de deurwaarder?",
    ],
)
def test_a_running_case_with_blame_about_its_handling_stays_a_complaint(text: str) -> None:
    """Seeds 000/001: dissatisfaction with how ARAG handles the case is a complaint."""
    assert not coverage_story(text)


@pytest.mark.parametrize(
    "text",
    ["mijn energieleverancier ze brengen al maanden te veel in rekening", "de sportschool int elke maand te veel"],
)
def test_a_third_party_conflict_naming_nobody_of_arag_gets_no_check_question(text: str) -> None:
    """Seeds 000/001: no check 'Begrijp ik goed dat u ergens niet tevreden over bent?' for dissatisfaction
    with a provider (a coverage story, seed 004 C&W 2b): the detector's doubt becomes no complaint."""
    found = nlu(text, "check_coverage").get(PARSE_KEY)
    assert found["decision"] != "ask" or "intent:third_party" not in found.get("reasons", []), found
    assert found["complaint"] is False


# Class 2 -- seeds 000/001: ARAG's slow handling of the customer's case, or its phone service, said with
# blame or the wish to complain, is a sure complaint; also in the middle of a coverage check.
SLOW_HANDLING = [
    "Belachelijk hoe lang mijn dossier al stil ligt. Een half jaar en nog steeds niets naar de werkgever gestuurd.",
    "Het is echt te gek hoe lang mijn melding duurt, twee maanden en nog altijd niks gebeurd. Schandalig.",
    "Ik ben het zat dat mijn zaak zo lang duurt. Nog steeds geen brief verstuurd naar de verkoper.",
]
PHONE_SERVICE = [
    "Gisteren hing ik een half uur in de wacht bij jullie en toen werd de verbinding verbroken. Daar wil ik over klagen.",
    "Ik werd vier keer doorgeschakeld en niemand kon me helpen, ik wil hier een klacht over indienen.",
    "Drie keer doorverbonden en uiteindelijk opgehangen, echt belachelijk.",
]


@pytest.mark.parametrize("text", SLOW_HANDLING + PHONE_SERVICE)
def test_arags_slow_handling_or_phone_service_is_a_sure_complaint(text: str) -> None:
    assert arag_service_complaint(text)
    message = nlu(text, "check_coverage")
    found = message.get(PARSE_KEY)
    assert found["decision"] == "complaint" and found["complaint"] is True, found
    assert message.get(INTENT)["name"] == "complain"


@pytest.mark.parametrize(
    "text",
    [
        "Schandalig hoe lang mijn zaak bij de kantonrechter duurt.",
        "hij nam niet eens op toen ik belde, echt slecht",
        "Mijn zaak duurt nu vier maanden.",
        "Het is nu 5 weken later en de loodgieter heeft nog steeds niets gedaan. Schandalig.",
    ],
)
def test_a_slow_court_an_opponent_or_a_plain_fact_is_not_arags_handling(text: str) -> None:
    assert not arag_service_complaint(text)


def check_tracker(text: str) -> Tracker:
    return Tracker(
        "t",
        {"cc_state": {"question": {"conflict": "benefit"}}},
        {"text": text, "intent": {"name": "complain", "confidence": 0.9}},
        [{"event": "user", "text": text}],
        False,
        None,
        {"name": "coverage_form"},
        "action_listen",
    )


@pytest.mark.parametrize("text", PHONE_SERVICE[:2])
def test_arags_phone_service_mid_check_is_about_arag(text: str) -> None:
    """actions/complaints.py ARAG_SIDE: mid-check, the phone service and 'daar wil ik over klagen' name
    ARAG's side, so the complaint is registered (seeds 000/001), not read as about the opponent."""
    assert not complaints.about_the_conflict(check_tracker(text), text)


def test_the_opponent_not_answering_mid_check_stays_about_the_conflict() -> None:
    text = "de verkoper hing gewoon op toen ik belde, waardeloos"
    assert complaints.about_the_conflict(check_tracker(text), text)


# Class 3 -- a complaint plus a question of its own: the complaint is registered (seeds 000/001) and the
# question gets the answer it would get alone, so the classifier reads the story told after the
# complaint, with its modules (seed 004 C&W 2b), and a question about moving abroad is art. 15/3.
def detector_question(text: str) -> str | None:
    return question_part(text, load_detector())


def test_the_story_after_the_complaint_goes_with_its_question() -> None:
    """Seed 004 C&W 2b: the contract with the insurer and the module named are needed for the verdict."""
    text = (
        "Twee weken geleden heb ik online een zaak gemeld en ik heb nog helemaal niks gehoord. Waardeloos. "
        "Ander punt: mijn reisverzekeraar weigert 900 euro annuleringskosten uit te keren. "
        "Kunnen jullie daarmee helpen? Ik heb Consument & Wonen."
    )
    asked = detector_question(text)
    assert asked is not None and "reisverzekeraar" in asked and "Consument & Wonen" in asked
    assert "gemeld" not in asked
    message = nlu(text, "check_coverage")
    found = message.get(PARSE_KEY)
    assert found["complaint"] is True and found["question"] is True
    assert message.get(INTENT)["name"] == "check_coverage"  # answered, then the intake


@pytest.mark.parametrize(
    "text",
    [
        "Jullie medewerker aan de telefoon was ontzettend kortaf en onbeschoft. Waar het mij om ging: ik ga volgend jaar in Spanje wonen. Blijft mijn verzekering dan gewoon gelden?",
        "Jullie medewerker heeft me gewoon afgewimpeld, heel onvriendelijk. Ik emigreer in maart naar Canada. Loopt mijn rechtsbijstandverzekering dan gewoon door?",
    ],
)
def test_a_complaint_asking_whether_the_policy_goes_on_abroad_gets_art_15(text: str) -> None:
    """Seed 004 art. 15 (and 3): the insurance ends when the policyholder no longer lives in the
    Netherlands -- the start/change/end answer, not a pension or other conflict verdict."""
    for intent in ("check_coverage", "faq_countries"):
        message = nlu(text, intent)
        found = message.get(PARSE_KEY)
        assert found["complaint"] is True and found["question"] is True, found
        assert message.get(INTENT)["name"] == "faq_start_change_end"


@pytest.mark.parametrize(
    "text",
    [
        "Jullie hebben mijn polis met mijn BSN erop naar de buurman gestuurd. Dat is echt schandalig. Met wie delen jullie mijn gegevens eigenlijk?",
        "Iemand van jullie heeft mijn dossier naar het verkeerde adres gemaild. Heel slordig. Wat doet ARAG met mijn persoonsgegevens?",
    ],
)
def test_a_complaint_asking_about_the_customers_data_is_the_privacy_question(text: str) -> None:
    """Seed 004 art. 19 (the CIS): the data question alone is classified, not the whole complaint (whose
    story the coverage form read as a conflict to describe)."""
    asked = detector_question(text)
    assert asked is not None and "gegevens" in asked and "gestuurd" not in asked and "gemaild" not in asked


def test_a_question_before_the_complaint_is_still_found() -> None:
    """The round-5 reading stays: the asking sentence alone when nothing is asked after the complaint."""
    text = "Ben ik verzekerd voor een ruzie met de buurman over de schutting? Jullie jurist belt trouwens nooit terug."
    message = nlu(text, "check_coverage")
    assert message.get(PARSE_KEY)["question"] is True


# Class 4 -- English: a coverage story (seed 004 Verkeer 3a, art. 6) and a self-correction are no
# complaint (seeds 000/001: dissatisfaction about ARAG's service only).
ENGLISH_STORIES = [
    "Hi, I have ARAG with Verkeer. In Morocco a car reversed into me while I was walking, I hurt my knee and the trip was spoiled. Can you help me get compensation, and how much do you cover abroad?",
    "We have the traffic module. On a trip in Brazil the other driver ran a red light and hit our rental, our holiday was ruined. Is this covered?",
]


@pytest.mark.parametrize("text", ENGLISH_STORIES)
def test_an_english_coverage_story_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    found = nlu(text, "other_language").get(PARSE_KEY)
    assert found["decision"] == "none" and found["complaint"] is False, found


def test_english_anger_at_arag_is_still_no_coverage_story() -> None:
    text = "Your lawyer never calls me back about my case against the other driver. Am I even covered?"
    assert not coverage_story(text)


CORRECTIONS = [
    "Sorry, my mistake, it happened in March and not in May.",
    "Correction: the car was hit on the 3rd, I wrote the wrong date.",
    "Oeps foutje, het ongeluk was niet in juni maar in juli.",
    "Sorry, ik bedoel de buurman van nummer 12, niet die van 14.",
]


@pytest.mark.parametrize("text", CORRECTIONS)
def test_a_self_correction_is_no_complaint(text: str) -> None:
    assert self_correction(text)
    for intent in ("complain", "inform", "other_language"):
        found = nlu(text, intent).get(PARSE_KEY)
        assert found["decision"] == "none" and found["complaint"] is False, (intent, found)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, my mistake, I thought your staff would call back, but nobody did.",
        "Foutje van jullie jurist: hij heeft de verkeerde datum in de brief gezet, slordig.",
    ],
)
def test_a_correction_about_arag_is_not_excused(text: str) -> None:
    assert not self_correction(text)


async def test_the_self_correction_in_a_chat_is_not_registered(redis_url: str) -> None:
    """The action side: a cleared detection registers nothing (seeds 000/001)."""
    said = await Chat().send(CORRECTIONS[0], decision="none", intent="other_language")
    assert not any("Klachtenbureau onder referentie" in s for s in said)


# Class 3 at the intake -- an answer to the consent question followed by a new matter ("nee hoor. Ander
# punt: ..."): the answer is kept (seeds 000/001: the customer decides on contact) and the new matter is
# answered by the coverage check as a first message (seed 004), the intake resuming after it.
def consent_tracker(text: str, intent: str = "check_coverage") -> Tracker:
    return Tracker(
        "t",
        {"requested_slot": "handoff_consent", "complaint_id": "KL-2026-000001", "complaint_pending": True},
        {"text": text, "intent": {"name": intent, "confidence": 0.95}},
        [{"event": "user", "text": text}],
        False,
        None,
        {"name": "complaint_form"},
        "action_listen",
    )


@pytest.mark.parametrize(
    ("text", "consent"),
    [
        (
            "nee hoor, hoeft niet. Ander punt: mijn buurman heeft zijn nieuwe schutting een meter op mijn grond gezet",
            False,
        ),
        ("laat maar zitten. Andere vraag: de stomerij heeft mijn trouwjurk verpest en wil niks vergoeden", False),
        ("ja graag. Nog een vraag: de garage houdt mijn auto vast tot ik een rekening betaal die niet klopt", True),
    ],
)
async def test_a_consent_answer_with_a_new_matter_keeps_the_answer_and_steps_aside(text: str, consent: bool) -> None:
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    form = complaints.ValidateComplaintForm()
    if consent:
        recorded: list[tuple[str, object]] = []

        async def record(reference: object, slot: str, value: object) -> None:
            recorded.append((slot, value))

        form._record = record  # type: ignore[method-assign]
    events = await form.run(dispatcher, consent_tracker(text), {})
    assert [e.get("event") for e in events] == ["slot", "action_execution_rejected"]
    assert events[0]["name"] == "handoff_consent" and events[0]["value"] is consent
    assert dispatcher.messages == []  # no "Antwoord met ja of nee"


@pytest.mark.parametrize("text", ["nee", "nee hoor, andere vraag", "ja. ander punt: kort"])
def test_a_plain_answer_at_the_consent_question_is_no_new_matter(text: str) -> None:
    assert complaints.answer_then_new_matter(consent_tracker(text)) is None
