"""The chat's complaint actions against a real Redis and the desk's real consumer: registered in
the turn the complaint is said, updated by every intake answer, asked about when unsure."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.complaints as complaints
from flexbot.complaints import labels, possible
from flexbot.keys import INTAKE_STREAM
from tests.registered import registered

_ids = itertools.count(1)


@pytest.fixture(autouse=True)
async def intake_env(redis_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("FLEXBOT_VAR_DIR", str(tmp_path))
    complaints._intake = None
    complaints._keeper = None
    yield
    if complaints._intake is not None:
        await complaints._intake.stop()
        complaints._intake = None
    if complaints._keeper is not None:
        await complaints._keeper.stop()
        complaints._keeper = None


class Chat:
    """A conversation as the action server sees it: slots and events carried from turn to turn."""

    def __init__(self) -> None:
        self.sender = f"conv-{next(_ids)}"
        self.slots: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []
        self.active_loop: str | None = None

    def tracker(self, text: str, decision: str = "none", intent: str = "faq_premium", score: float = 0.5) -> Tracker:
        message = {
            "text": text,
            "message_id": f"m{len(self.events)}",
            "intent": {"name": intent, "confidence": 0.9},
            "complaint": {
                "complaint": decision == "complaint",
                "decision": decision,
                "score": score,
                "reasons": [],
                "version": "test",
            },
        }
        self.events.append({"event": "user", "text": text, "timestamp": 1_700_000_000.0 + len(self.events)})
        return Tracker(
            self.sender,
            dict(self.slots),
            message,
            list(self.events),
            False,
            None,
            {"name": self.active_loop} if self.active_loop else {},
            "action_listen",
        )

    async def send(self, text: str, **kwargs: Any) -> list[str]:
        """One user message through the per-message hook; returns what the bot said."""
        dispatcher = CollectingDispatcher()
        events = await complaints.ActionDetectComplaint().run(dispatcher, self.tracker(text, **kwargs), {})
        return self._apply(dispatcher, events)

    async def answer(self, slot: str, text: str) -> list[str]:
        """One answer in the intake form, through the form's validation."""
        dispatcher = CollectingDispatcher()
        tracker = self.tracker(text)
        validate = getattr(complaints.ValidateComplaintForm(), f"validate_{slot}")
        result = await validate(text, dispatcher, tracker, {})
        self.slots.update(result)
        return self._apply(dispatcher, [])

    async def finish(self) -> list[str]:
        dispatcher = CollectingDispatcher()
        events = await complaints.ActionSubmitComplaint().run(dispatcher, self.tracker(""), {})
        return self._apply(dispatcher, events)

    def _apply(self, dispatcher: CollectingDispatcher, events: list[dict[str, Any]]) -> list[str]:
        for event in events:
            if event.get("event") == "slot":
                self.slots[event["name"]] = event["value"]
        said = [m["text"] for m in dispatcher.messages if m.get("text")]
        self.events += [{"event": "bot", "text": t, "timestamp": 1_700_000_100.0} for t in said]
        return said


async def test_a_complaint_is_registered_in_the_turn_it_is_said(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send("Mijn jurist belt nooit terug, dit is echt slecht.", decision="complaint")
    assert "Klachtenbureau onder referentie KL-" in said[0]
    [record] = await registered(redis_url)  # the customer leaves here: nothing is lost
    assert record["id"] == chat.slots["complaint_id"]
    assert record["text"] == "Mijn jurist belt nooit terug, dit is echt slecht."
    assert record["handoff_consent"] is False and set(record["customer"].values()) == {None}
    assert record["source"] == {"conversation_id": chat.sender}
    assert record["transcript"][-1]["speaker"] == "klant"


async def test_intake_answers_update_the_same_record(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Ik heb drie keer gebeld en niemand belt terug.", decision="complaint")
    chat.active_loop = "complaint_form"
    await chat.answer("handoff_consent", "ja graag")
    await chat.answer("customer_name", "Jan de Vries")
    await chat.answer("customer_contact", "per brief graag")
    await chat.answer("customer_address", "Dorpsstraat 1, 3832 AB Leusden")
    await chat.answer("policy_number", "geen")
    await chat.answer("confidential", "nee")
    said = await chat.finish()
    assert chat.slots["complaint_id"] is None
    assert "binnen 5 werkdagen" in said[0] and "per brief" in said[0]
    assert "Tuchtraad" in said[0] and "rechter" in said[0]
    [record] = await registered(redis_url)
    assert record["handoff_consent"] is True and record["confidential"] is False
    assert record["customer"]["name"] == "Jan de Vries"
    assert record["customer"]["address"] == "Dorpsstraat 1, 3832 AB Leusden"
    assert [t["speaker"] for t in record["transcript"][-2:]] == ["klant", "assistent"]
    assert record["text"] == "Ik heb drie keer gebeld en niemand belt terug."  # once, not twice


async def test_a_second_message_about_the_same_matter_adds_to_the_record(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Jullie jurist belt me al weken niet terug.", decision="complaint")
    said = await chat.send("En mijn mails worden ook niet beantwoord!", decision="complaint")
    assert said == []  # acknowledged once
    [record] = await registered(redis_url)
    assert record["text"] == "Jullie jurist belt me al weken niet terug.\n\nEn mijn mails worden ook niet beantwoord!"


async def test_a_new_complaint_after_the_intake_gets_its_own_record(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Jullie jurist belt me al weken niet terug.", decision="complaint")
    chat.active_loop = "complaint_form"
    await chat.answer("handoff_consent", "nee")
    await chat.finish()
    chat.active_loop = None
    await chat.send("En nu werkt jullie website ook al niet!", decision="complaint")
    assert len(await registered(redis_url)) == 2


async def test_unsure_is_asked_once_and_yes_registers(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send("Hm, ik had er eigenlijk meer van verwacht. Wat kost de premie?", decision="ask")
    assert said == [complaints.CHECK_QUESTION]
    said = await chat.send("ja")
    assert "referentie KL-" in said[0] and chat.slots["complaint_check_answer"] == "yes"
    [record] = await registered(redis_url)
    assert record["text"].startswith("Hm, ik had er eigenlijk meer van verwacht.")
    assert "klant:bevestigd" in record["detector"]["reasons"]
    assert await chat.send("Ik had er meer van verwacht.", decision="ask") == []  # at most once


async def test_unsure_and_no_is_not_registered_but_kept_as_a_label(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Tja, dat had ik anders gedacht.", decision="ask")
    said = await chat.send("nee hoor")
    assert said == [complaints.CHECK_DECLINED] and chat.slots["complaint_check_answer"] == "no"
    assert await registered(redis_url) == []
    client = aioredis.Redis.from_url(redis_url)
    [label] = await labels.read_stream(client)
    await client.close()
    assert (label["text"], label["label"], label["source"]) == (
        "Tja, dat had ik anders gedacht.",
        "no_complaint",
        "customer",
    )
    assert label["conversation_id"] == chat.sender


async def test_unsure_during_a_form_is_asked_after_the_form(redis_url: str) -> None:
    chat = Chat()
    chat.active_loop = "coverage_form"
    assert await chat.send("Nou ja, jullie site is wat onhandig.", decision="ask") == []
    chat.active_loop = None
    said = await chat.send("Inkomen")
    assert said[0].startswith('U schreef eerder: "Nou ja, jullie site is wat onhandig."')


async def possible_complaints(redis_url: str) -> list[dict[str, Any]]:
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return await possible.open_candidates(client)
    finally:
        await client.close()


async def test_an_unsure_complaint_is_kept_for_the_desk_until_the_customer_answers(redis_url: str) -> None:
    # The customer says it in the middle of the coverage form and leaves before the form ends.
    chat = Chat()
    await chat.send("Ik wil weten of ik gedekt ben.")
    chat.active_loop = "coverage_form"
    assert await chat.send("Jullie klantenservice was nogal kortaf trouwens.", decision="ask") == []
    [kept] = await possible_complaints(redis_url)
    assert kept["conversation_id"] == chat.sender and kept["text"].startswith("Jullie klantenservice")
    assert [t["text"] for t in kept["transcript"] if t["speaker"] == "klant"][-1] == kept["text"]
    assert await registered(redis_url) == []  # unsure: not a record until someone says it is one


async def test_a_yes_registers_the_possible_complaint_under_the_key_the_desk_would_use(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Hm, ik had er eigenlijk meer van verwacht.", decision="ask")
    [kept] = await possible_complaints(redis_url)
    said = await chat.send("ja, klopt")
    assert "referentie KL-" in said[0] and await possible_complaints(redis_url) == []
    [record] = await registered(redis_url)
    key = possible.idempotency_key(kept["conversation_id"], kept["message_id"])
    assert await (await complaints.intake()).allocate_id(key) == record["id"]  # the desk's click: same record


async def test_a_no_drops_the_possible_complaint_and_an_ignored_question_keeps_it(redis_url: str) -> None:
    declined = Chat()
    await declined.send("Tja, dat had ik anders gedacht.", decision="ask")
    await declined.send("nee hoor")
    ignored = Chat()
    await ignored.send("Nou, snel gaat het bij jullie niet.", decision="ask")
    await ignored.send("Wat kost de module Verkeer?")
    assert [p["conversation_id"] for p in await possible_complaints(redis_url)] == [ignored.sender]


async def test_a_question_during_the_intake_is_answered_and_the_intake_goes_on(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Niemand neemt bij jullie op.", decision="complaint")
    chat.active_loop = "complaint_form"
    dispatcher = CollectingDispatcher()
    tracker = chat.tracker("Wat is jullie telefoonnummer?", intent="faq_contact")
    result = await complaints.ValidateComplaintForm().validate_customer_name(
        "Wat is jullie telefoonnummer?", dispatcher, tracker, {}
    )
    assert result == {"customer_name": None}  # asked again, not taken as a name
    assert "bellen" in dispatcher.messages[0]["text"]


async def test_stop_during_the_intake_withdraws_consent_but_keeps_the_complaint(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Bedankt voor niks, ARAG.", decision="complaint")
    chat.active_loop = "complaint_form"
    await chat.answer("handoff_consent", "ja")
    await chat.answer("customer_name", "laat maar")
    said = await chat.finish()
    assert "geen contact" in said[0]
    [record] = await registered(redis_url)
    assert record["handoff_consent"] is False


async def test_redis_down_mid_intake_spools_and_delivers_once(redis_server: Any, redis_url: str) -> None:
    chat = Chat()
    await chat.send("Ik wacht al maanden op jullie.", decision="complaint")
    redis_server.stop(kill=True)
    try:
        chat.active_loop = "complaint_form"
        await chat.answer("handoff_consent", "ja")  # spooled on disk while Redis is down
    finally:
        redis_server.start()
    await asyncio.wait_for(complaints._intake.deliver_spool(), 10)
    [record] = await registered(redis_url)
    assert record["handoff_consent"] is True
    client = aioredis.Redis.from_url(redis_url)
    assert await client.xlen(INTAKE_STREAM) == 2  # the complaint and one update, once each
    await client.close()


async def test_an_unsure_complaint_said_while_redis_is_down_reaches_the_desk_afterwards(
    redis_server: Any, redis_url: str
) -> None:
    left = Chat()  # leaves after the check question
    answered = Chat()  # says no while Redis is still down
    redis_server.stop(kill=True)
    try:
        await left.send("Het duurt wel erg lang bij jullie.", decision="ask")
        await answered.send("Nou, dat had sneller gekund.", decision="ask")
        await answered.send("nee hoor")
    finally:
        redis_server.start()
    assert await possible_complaints(redis_url) == []  # still in the spool on disk
    await asyncio.wait_for(complaints.keeper().deliver(), 10)  # (or its retrier got there first)
    [kept] = await possible_complaints(redis_url)
    assert kept["conversation_id"] == left.sender and kept["text"] == "Het duurt wel erg lang bij jullie."
    said = await left.send("ja, inderdaad")  # the later yes registers it and takes it off the list
    assert "referentie KL-" in said[0] and await possible_complaints(redis_url) == []


async def test_a_failed_answer_says_what_was_wrong_without_repeating_the_question(redis_url: str) -> None:
    chat = Chat()
    await chat.send("Niemand belt mij ooit terug.", decision="complaint")
    chat.active_loop = "complaint_form"
    said = await chat.answer("handoff_consent", "misschien")
    assert said == ["Antwoord met ja of nee, of typ 'laat maar' om te stoppen."]  # the form asks again
    await chat.answer("handoff_consent", "ja")
    said = await chat.answer("customer_contact", "bel me maar")
    assert "niet als e-mailadres of telefoonnummer" in said[0] and "?" not in said[0]


async def test_disagreeing_with_the_chances_at_the_consent_question_is_no_no(redis_url: str) -> None:
    # round 88: art. 17 (the arbitrator), and the consent question stays open ("niet eens" is no "nee")
    chat = Chat()
    await chat.send("Jullie wijzen mijn zaak af omdat ik geen kans zou maken, belachelijk.", decision="complaint")
    said = await chat.answer("handoff_consent", "Ik ben het er niet mee eens dat mijn zaak geen kans heeft.")
    assert any("scheidsrechter" in s for s in said) and chat.slots.get("handoff_consent") is None
    said = await chat.answer("handoff_consent", "Can I write my complaint in English?")
    assert any("Nederlands" in s for s in said) and chat.slots.get("handoff_consent") is None


async def test_two_unsure_messages_in_a_form_are_kept_together(redis_url: str) -> None:
    chat = Chat()
    chat.active_loop = "coverage_form"
    await chat.send("Jullie formulier is wat onduidelijk.", decision="ask")
    await chat.send("En jullie wachtmuziek is ook niet alles.", decision="ask")
    [kept] = await possible_complaints(redis_url)
    assert kept["text"] == "Jullie formulier is wat onduidelijk.\nEn jullie wachtmuziek is ook niet alles."
    assert kept["message_id"] == "m0"  # the first message's key: one complaint whoever confirms it
