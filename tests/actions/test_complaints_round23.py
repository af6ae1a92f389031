"""Round 23 (issue 11) in actions/complaints.py and the contact answer of flexbot/flexpolis/faq_turn.py, against a
real Redis, in new wordings (not the blind lines of conversations16):
- a complaint about the rapport with ARAG's handler (reason "intent:behandelaar") is registered and told art. 5's
  right to another handler;
- dissatisfaction with the Klachtenbureau's decision (reason "intent:klachtbeslissing") is registered and told the
  next step: the Kifid, the Tuchtraad via the Kifid and the court (seeds 000/001, art. 20);
- a premium increase fought with this insurance (reason "intent:premiegeschil") is registered and answered with
  art. 11q and art. 16;
- "wat is het mailadres?" after a complaint's intake (reason "context:na_klacht") gets the Klachtenbureau's
  details besides the general ones."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher
from testkit.complaint_nlu import complaints_chat, in_intake

import actions.complaints as complaints
from flexbot.flexpolis import faq_turn

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests

ACK = "Klachtenbureau onder referentie KL-"


async def _complaint(chat: Chat, text: str, reason: str, question: bool = False) -> list[str]:
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, decision="complaint", intent="complain")
    tracker.latest_message["complaint"]["reasons"] = ["classifier", reason]
    tracker.latest_message["complaint"]["question"] = question
    events = await complaints.ActionDetectComplaint().run(dispatcher, tracker, {})
    return chat._apply(dispatcher, events)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb echt geen klik met mijn behandelaar, ze luistert niet en doet haar eigen ding",
        "De juriste van jullie die mijn burenruzie doet begrijpt me gewoon niet.",
    ],
)
async def test_no_rapport_with_the_handler_gets_art_5(redis_url: str, text: str) -> None:
    chat = Chat()
    said = await _complaint(chat, text, complaints.NO_RAPPORT)
    assert said and ACK in said[0], said
    assert any("andere behandelaar" in s and "(art. 5 Algemene regels)" in s for s in said), said
    assert chat.slots["complaint_id"]


@pytest.mark.parametrize(
    "text",
    [
        "Het klachtenbureau heeft mijn klacht ongegrond verklaard, maar daar ben ik het echt niet mee eens.",
        "jullie klachtenafdeling heeft gereageerd op mijn klacht maar ik ben nog steeds ontevreden",
    ],
)
async def test_dissatisfaction_with_the_bureaus_decision_gets_the_next_step(redis_url: str, text: str) -> None:
    chat = Chat()
    said = await _complaint(chat, text, complaints.BUREAU_DECISION)
    assert said and ACK in said[0], said
    step = " ".join(said[1:])
    for expected in ("Kifid", "Klachteninstituut", "070 - 333 89 99", "Tuchtraad", "bevoegde rechter", "art. 20"):
        assert expected in step, said


@pytest.mark.parametrize(
    "text",
    [
        "Jullie klachtenbureau heeft mijn klacht afgewezen. Waar kan ik nu nog heen?",
        "My complaint to your Klachtenbureau was turned down last week. What is the next step?",
    ],
)
async def test_the_question_where_to_go_after_the_bureaus_decision_gets_the_next_step(
    redis_url: str, text: str
) -> None:
    """Round 90: the question with it asks for the next step, so it is answered here (other questions are left to
    their own answer)."""
    chat = Chat()
    said = await _complaint(chat, text, complaints.BUREAU_DECISION, question=True)
    assert said and ACK in said[0], said
    assert any("Kifid" in s and "art. 20" in s for s in said[1:]), said


async def test_another_question_after_the_bureaus_decision_is_left_to_its_own_answer(redis_url: str) -> None:
    chat = Chat()
    text = "Het klachtenbureau heeft mijn klacht afgewezen, ik ben het er niet mee eens. Hoe lang duurt mijn zaak nog?"
    said = await _complaint(chat, text, complaints.BUREAU_DECISION, question=True)
    assert said and ACK in said[0], said
    assert not any("Kifid" in s for s in said), said


async def test_the_kifid_asked_for_at_the_intake_after_that(redis_url: str) -> None:
    """ "Hoe kom ik daar terecht?" right after: the Kifid first (the klachtenbureau answered already)."""
    chat = await in_intake("Het klachtenbureau heeft mijn klacht afgewezen en ik ben het er nog steeds niet mee eens.")
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker("Hoe bereik ik die?", intent="faq_contact")
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(
        "Hoe bereik ik die?", dispatcher, tracker, {}
    )
    said = chat._apply(dispatcher, [])
    assert result["handoff_consent"] is None
    assert said and said[0].startswith("Het Kifid bereikt u op 070 - 333 89 99"), said


@pytest.mark.parametrize(
    "text",
    [
        "Vanaf maart betaal ik ineens 20% meer premie. Kan ik via mijn polis bezwaar maken tegen die verhoging? Dit "
        "vind ik onredelijk.",
        "de premie gaat volgend jaar flink omhoog, belachelijk. kan ik met jullie rechtsbijstand daartegen in beroep?",
    ],
)
async def test_a_premium_dispute_gets_art_11q_and_16(redis_url: str, text: str) -> None:
    chat = Chat()
    said = await _complaint(chat, text, complaints.PREMIUM_DISPUTE)
    assert said and ACK in said[0], said
    assert any("art. 11q Algemene regels" in s and "art. 16 Algemene regels" in s and "1 maand" in s for s in said)
    assert len(said) == 2, said  # not art. 16 twice, no art. 17 scheidsrechter


def test_the_mail_address_after_a_complaint_adds_the_bureaus() -> None:
    detection = {"complaint": False, "decision": "none", "reasons": ["classifier", faq_turn.AFTER_COMPLAINT]}
    turn = faq_turn.answer_faq("faq_contact", "Wat is het mailadres?", detection, reminded=True)
    text = " ".join(turn.messages)
    assert "klachtenbureau@ARAG.nl" in text and "(art. 20 Algemene regels)" in text, turn.messages
    assert "servicecenter@ARAG.nl" in text  # the general address stays


def test_the_mail_address_without_a_complaint_is_the_general_one() -> None:
    detection = {"complaint": False, "decision": "none", "reasons": ["classifier"]}
    turn = faq_turn.answer_faq("faq_contact", "Wat is het mailadres?", detection, reminded=True)
    assert "klachtenbureau@ARAG.nl" not in " ".join(turn.messages), turn.messages


@pytest.mark.parametrize("text", ["Dan zeg ik hem op. Hoe lang heb ik daarvoor?", "ok dan stop ik ermee, tot wanneer?"])
async def test_stopping_after_a_premium_complaint_gets_art_16s_term(redis_url: str, text: str) -> None:
    chat = await in_intake("De premie stijgt alweer, onredelijk. Kan ik via mijn polis daartegen in beroep?")
    chat.slots["complaint_detection"] = {"reasons": ["classifier", complaints.PREMIUM_DISPUTE]}
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker(text, intent="faq_cancel")
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(text, dispatcher, tracker, {})
    said = chat._apply(dispatcher, [])
    assert result["handoff_consent"] is None
    assert said and "1 maand" in said[0] and "(art. 16 Algemene regels)" in said[0], said
