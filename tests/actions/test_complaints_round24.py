"""Round 24 (issue 11) in actions/complaints.py and the NLU's routing of a complaint that asks the Klachtenbureau's
number, against a real Redis, in new wordings (not the lines of first_answers22 / conversations18):
- "moet ik dat eerst met ... bespreken?" at the intake (also "bespreken", "besproken"): no, the customer may go
  straight to the Klachtenbureau (Klachtenbeleid 6b, seeds 000/001);
- a premium increase fought "juridisch" with this insurance (reason "intent:premiegeschil") is registered and
  answered with art. 11q and art. 16;
- a complaint that wants to complain officially and asks for the number: the complaints answer with the
  Klachtenbureau's number (art. 20), at the intake and as a first message."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from testkit.complaint_nlu import complaints_chat, in_intake
from testkit.complaint_nlu import parsed as message

import actions.complaints as complaints
from bot.components import complaint_intent as ci

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests

ACK = "Klachtenbureau onder referentie KL-"
BUREAU_PHONE = "033 - 434 24 20"


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik dit niet eerst met mijn behandelaar bespreken?",
        "moet ik t eerst zelf met die medewerker bespreken of kan ik gelijk klagen?",
        "Dient de kwestie eerst met de jurist besproken te worden voordat ik een klacht indien?",
    ],
)
async def test_talking_it_out_first_is_no_condition(redis_url: str, text: str) -> None:
    chat = await in_intake("Mijn jurist laat al weken niks van zich horen, ik ben er klaar mee.")
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent="faq_procedure")
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    said = chat._apply(dispatcher, [])
    assert result["handoff_consent"] is None
    assert said and said[0].startswith("Nee, dat hoeft niet.") and "rechtstreeks" in said[0], said


@pytest.mark.parametrize(
    "text",
    [
        "U heeft mijn premie eenzijdig met 9 procent verhoogd. Ik wil daar juridisch tegen optreden. Kan ik hiervoor "
        "mijn eigen polis bij u inzetten?",
        "jullie gooien zomaar de premie omhoog?? ik wil daar juridisch tegenin, mag dat met m'n eigen rechtsbijstand "
        "van jullie haha",
    ],
)
async def test_a_premium_fought_juridisch_gets_art_11q_and_16(redis_url: str, text: str) -> None:
    chat = Chat()
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, decision="complaint", intent="complain")
    tracker.latest_message["complaint"]["reasons"] = ["classifier", complaints.PREMIUM_DISPUTE]
    events = await complaints.ActionDetectComplaint().run(dispatcher, tracker, {})
    said = chat._apply(dispatcher, events)
    assert said and ACK in said[0], said
    assert any("art. 11q Algemene regels" in s and "art. 16 Algemene regels" in s and "1 maand" in s for s in said)
    assert chat.slots["complaint_id"]


@pytest.mark.parametrize(
    "text",
    [
        "Ik wil dit ook formeel als klacht indienen. Op welk nummer kan ik bellen?",
        "Graag wil ik een officiële klacht indienen. Welk telefoonnummer kan ik daarvoor bellen?",
    ],
)
async def test_the_bureaus_number_asked_at_the_intake(redis_url: str, text: str) -> None:
    chat = await in_intake("Ik kan niet overweg met mijn jurist, hij doet heel kortaf tegen me.")
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent="faq_contact")
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    said = chat._apply(dispatcher, [])
    assert result["handoff_consent"] is None
    assert said and BUREAU_PHONE in said[0] and "(art. 20 Algemene regels)" in said[0], said


@pytest.mark.parametrize(
    "text",
    [
        "Mijn jurist belt nooit terug, ik wil daar officieel over klagen. Wat is het telefoonnummer?",
        "Ik ben ontevreden over jullie servicecentrum en wil een klacht indienen. Welk nummer moet ik daarvoor bellen?",
    ],
)
def test_a_complaint_asking_the_number_gets_the_complaints_answer(text: str) -> None:
    m = message(text, "faq_contact", "complaint", question=True)
    ci.complaint_question(m)
    assert m.get("intent")["name"] == "faq_complaints"


@pytest.mark.parametrize(
    "text",
    [
        "Mijn jurist belt nooit terug, ik wil daar officieel over klagen. Wat is het nummer van het Kifid?",
        "Ik wil een klacht indienen over de verhuurder. Wat is zijn telefoonnummer eigenlijk?",
        "Mijn jurist belt nooit terug. Wat is het telefoonnummer?",  # no wish to complain said: the contact answer
    ],
)
def test_other_numbers_keep_their_answer(text: str) -> None:
    assert not ci.asks_how_to_reach_the_bureau(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mag ik mijn polis bij ARAG inzetten tegen ARAG zelf?",
        "Jullie wijzen alles af, ik wil juridisch tegen jullie optreden met mijn eigen verzekering.",
    ],
)
def test_this_insurance_used_against_arag_is_art_11q(text: str) -> None:
    assert complaints.wants_lawyer_against_arag(text)
    assert "art. 11q Algemene regels" in complaints.against_arag_answer(False)


@pytest.mark.parametrize("text", ["Ik heb een verzekering tegen brand bij jullie.", "Mijn polis loopt tegen het eind."])
def test_no_conflict_with_arag(text: str) -> None:
    assert not complaints.wants_lawyer_against_arag(text)


async def test_this_insurance_against_arag_asked_at_the_intake(redis_url: str) -> None:
    chat = await in_intake("Jullie hebben mijn schade afgewezen zonder uitleg, echt schandalig.")
    text = "Kan ik dan mijn eigen polis tegen jullie inzetten?"
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent="check_coverage")
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    said = chat._apply(dispatcher, [])
    assert result["handoff_consent"] is None
    assert said and "art. 11q Algemene regels" in said[0], said
