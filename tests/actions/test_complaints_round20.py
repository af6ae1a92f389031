"""Round 20 (issue 11) in actions/complaints.py, against a real Redis and the desk's real consumer, in new
wordings:
- at an intake question, "someone else" asked for the case is art. 5's other handler, also when the classifier
  hears a request for a person;
- how to reach the complaint people gets the Klachtenbureau's own number (seed 004 contact details), not the
  service centre's, also for a customer without a computer;
- what becomes of the complaint gets seeds 000/001: a complaint handler not involved deals with it, and ARAG
  learns from complaints to improve its service;
- asking how or where to complain (social media, a form) stays a complaint and gets seed 000's channels;
- a complaint about a change of premium or conditions also gets art. 16 (cancel within 1 month)."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from testkit.complaint_nlu import complaints_chat, in_intake

import actions.complaints as complaints

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests

YES_NO = "Antwoord met ja of nee"
SERVICE_NUMBER = "033 - 434 23 42"


async def _in_intake(text: str = "Mijn jurist reageert al weken nergens op, dit is echt slecht.") -> Chat:
    return await in_intake(text)


async def _answer(chat: Chat, text: str, intent: str) -> list[str]:
    """An intake answer with the classifier's intent given (Chat.answer always says faq_premium)."""
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent=intent)
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    chat.slots.update(result)
    return chat._apply(dispatcher, [])


@pytest.mark.parametrize(
    "text",
    ["Kan er niet gewoon een ander op gezet worden?", "mag ik dan iemand anders toegewezen krijgen?"],
)
async def test_someone_else_at_the_intake_is_another_handler(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await _answer(chat, text, "request_human")
    assert chat.slots["handoff_consent"] is None
    assert any("andere behandelaar" in s and "(art. 5 Algemene regels)" in s for s in said), said
    assert not any(YES_NO in s or "digitale assistent" in s for s in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Hoe krijg ik het klachtenbureau aan de telefoon? Internet heb ik niet.",
        "wat is het nummer van de klachtenafdeling?",
        "Hoe bereik ik die mensen van de klachten, ik kan alleen bellen",
    ],
)
async def test_reaching_the_complaint_people_gets_the_bureaus_number(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await _answer(chat, text, "faq_contact")
    assert any("033 - 434 24 20" in s for s in said), said
    assert not any(SERVICE_NUMBER in s or YES_NO in s for s in said), said


@pytest.mark.parametrize(
    "text",
    ["goed. en wat doen jullie er dan mee?", "Wat gebeurt er nu met mijn klacht?", "en wat gebeurt daar dan mee"],
)
async def test_what_becomes_of_the_complaint(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await _answer(chat, text, "faq_own_lawyer")
    assert any("leren" in s and "verbeter" in s for s in said), said
    assert not any(YES_NO in s or "advocaat" in s for s in said), said


async def test_a_channel_question_is_registered_and_gets_the_channels(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send(
        "Mag ik mijn klacht over jullie ook gewoon op Instagram zetten, of moet het echt via dat webformulier?",
        decision="complaint",
        intent="faq_complaints",
    )
    assert "Klachtenbureau onder referentie KL-" in said[0]
    assert any("social media" in s and "medewerker die uw dossier behandelt" in s for s in said), said


def test_channel_questions_need_a_complaint_word_and_a_question() -> None:
    assert complaints.asks_complaint_channel("Via welke kanalen kan ik klagen?")
    assert not complaints.asks_complaint_channel("Ik zag jullie reclame op Facebook, leuk gedaan.")
    assert not complaints.asks_complaint_channel("Ik heb mijn klacht via het formulier gestuurd.")


async def test_a_complaint_about_a_premium_rise_gets_art_16(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send(
        "Alweer een premieverhoging van jullie en de polisvoorwaarden zijn ook aangepast. Schandalig gewoon.",
        decision="complaint",
        intent="complain",
    )
    assert "Klachtenbureau onder referentie KL-" in said[0]
    assert any("1 maand" in s and "(art. 16 Algemene regels)" in s for s in said), said


async def test_a_complaint_about_the_handling_gets_no_art_16(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send("Niemand belt mij ooit terug, waardeloze service.", decision="complaint", intent="complain")
    assert not any("art. 16" in s for s in said), said


@pytest.mark.parametrize(
    "text",
    [
        "mag ik jullie dan gewoon met deze polis voor de rechter slepen",
        "Kan ik ARAG zelf met mijn rechtsbijstand aanklagen?",
    ],
)
async def test_suing_arag_asked_at_the_intake_is_art_11q(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await _answer(chat, text, "faq_costs")
    assert any("(art. 11q Algemene regels)" in s for s in said), said
    assert not any(YES_NO in s for s in said), said


def test_arag_asked_to_sue_someone_else_is_not_against_arag() -> None:
    assert not complaints.wants_lawyer_against_arag("kunnen jullie mijn verhuurder aanklagen?")


@pytest.mark.parametrize(
    "text",
    ["Hoe snel neemt het klachtenbureau contact met mij op?", "wanneer belt de klachtenafdeling me terug?"],
)
def test_when_the_bureau_calls_is_not_how_to_reach_it(text: str) -> None:
    assert not complaints.asks_complaint_body_contact(text)
