"""Round 22 (issue 11) in actions/complaints.py, against a real Redis, in new wordings:
- an objection to the coverage check's verdict, which the NLU marks (reason "intent:oordeel"), is registered
  right after the verdict instead of being read as the conflict told again;
- during a complaint's intake, a question for an address or number that names no one else gets the
  Klachtenbureau's details (seed 004, art. 20), not the service centre's."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from testkit.complaint_nlu import complaints_chat, in_intake

import actions.complaints as complaints

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests

YES_NO = "Antwoord met ja of nee"
SERVICE_MAIL = "servicecenter@ARAG.nl"
VERDICT = {"last": {"covered": False, "articles": ["Verkeer 4a"]}}


async def _send_after_verdict(chat: Chat, text: str, reasons: list[str], intent: str) -> list[str]:
    """A message right after the coverage check's verdict, with the NLU's reasons."""
    chat.slots["cc_state"] = VERDICT
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, decision="complaint", intent=intent)
    tracker.latest_message["complaint"]["reasons"] = reasons
    events = await complaints.ActionDetectComplaint().run(dispatcher, tracker, {})
    return chat._apply(dispatcher, events)


async def test_an_objection_to_the_verdict_is_registered(redis_url: str) -> None:
    chat = Chat()
    said = await _send_after_verdict(
        chat,
        "Dus ik krijg niets omdat ik een biertje te veel op had? Hier ben ik het totaal niet mee eens, dit wil ik kwijt.",
        ["classifier", "intent:oordeel"],
        "complain",
    )
    assert said and "Klachtenbureau onder referentie KL-" in said[0], said
    assert chat.slots["complaint_id"]


async def test_the_conflict_told_again_after_the_verdict_is_still_no_complaint(redis_url: str) -> None:
    chat = Chat()
    said = await _send_after_verdict(
        chat, "Die andere bestuurder reed echt veel te hard, belachelijk gewoon.", ["classifier"], "check_coverage"
    )
    assert said == [] and not chat.slots.get("complaint_id"), said


async def _answer(chat: Chat, text: str, intent: str) -> list[str]:
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent=intent)
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    chat.slots.update(result)
    return chat._apply(dispatcher, [])


@pytest.mark.parametrize(
    "text",
    ["en welk e-mailadres kan ik daarvoor gebruiken?", "Naar welk adres stuur ik een brief?", "wat is het nummer dan?"],
)
async def test_an_address_asked_at_the_intake_is_the_bureaus(redis_url: str, text: str) -> None:
    chat = await in_intake("Mijn behandelaar laat al een maand niks van zich horen, ik ben het zat.")
    said = await _answer(chat, text, "faq_contact")
    assert chat.slots["handoff_consent"] is None
    assert any(
        "klachtenbureau@ARAG.nl" in s and "Postbus 230, 3830 AE Leusden" in s and "033 - 434 24 20" in s for s in said
    ), said
    assert any("(art. 20 Algemene regels)" in s for s in said), said
    assert not any(SERVICE_MAIL in s or YES_NO in s for s in said), said


@pytest.mark.parametrize(
    "text",
    [
        "Wat is het adres van het Kifid?",  # another body named
        "mijn mailadres is p.jansen@voorbeeld.nl",  # the customer's own details
        "welk nummer moet ik hier invullen?",  # the policy number asked
        "Hoe snel hoor ik iets van het klachtenbureau?",  # when, not where
    ],
)
def test_other_address_questions_are_not_the_bureaus_details(text: str) -> None:
    assert not complaints.asks_bureau_details(text)


def test_the_bureaus_details_come_from_the_knowledge_file() -> None:
    said = complaints.bureau_contact_answer()
    assert "ARAG-klachtenbureau" in said and "klachtenbureau@ARAG.nl" in said
    assert "Postbus 230" in said and "3830 AE Leusden" in said and "033 - 434 24 20" in said
