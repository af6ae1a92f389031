"""The coverage form driven turn by turn without a Rasa server: just enough of Rasa's form loop
(validate, required_slots, ask or verdict). Shared by the tests of actions/coverage.py."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import complaints
from actions.coverage import (
    ANSWER,
    DESCRIPTION,
    ActionAskCoverageAnswer,
    ActionCoverageFollowUp,
    ActionCoverageVerdict,
    ValidateCoverageForm,
)
from flexbot.flexpolis import dialogue
from flexbot.flexpolis.dialogue import CheckState


class Chat:
    """Just enough of Rasa's form loop: validate, required_slots, ask or verdict."""

    def __init__(self) -> None:
        self.slots: dict[str, Any] = {"requested_slot": None}
        self.sent: list[str] = []

    def tracker(self, text: str = "", intent: str = "inform") -> Tracker:
        return Tracker(
            "t",
            dict(self.slots),
            {"text": text, "intent": {"name": intent}},
            [],
            False,
            None,
            {"name": "coverage_form"},
            None,
        )

    def run(self, coro) -> Any:
        return asyncio.run(coro)

    def _apply(self, events: list[Any]) -> None:
        for event in events:
            if isinstance(event, dict) and event.get("event") == "slot":
                self.slots[event["name"]] = event["value"]

    def say(self, text: str, intent: str = "inform") -> list[str]:
        form = ValidateCoverageForm()
        out = CollectingDispatcher()
        if self.slots["requested_slot"] is None:
            result = self.run(form.validate_cc_description(text, out, self.tracker(text, intent), {}))
        elif intent == "check_coverage":  # Rasa fills both slots from this message, in this order
            self.slots.update(self.run(form.validate_cc_description(text, out, self.tracker(text, intent), {})))
            result = self.run(form.validate_cc_answer(text, out, self.tracker(text, intent), {}))
        else:
            result = self.run(form.validate_cc_answer(text, out, self.tracker(text, intent), {}))
        self.slots.update(result)
        required = self.run(form.required_slots([DESCRIPTION, ANSWER], out, self.tracker(text), {}))
        if ANSWER in required:
            self.slots["requested_slot"] = ANSWER
            self._apply(self.run(ActionAskCoverageAnswer().run(out, self.tracker(text), {})))
        else:
            self.slots["requested_slot"] = None
            self._apply(self.run(ActionCoverageVerdict().run(out, self.tracker(text), {})))
        messages = [m.get("text") or m.get("response") for m in out.messages]
        self.sent.extend(messages)
        return messages


class ComplaintChat(Chat):
    """A chat whose messages the complaint detector marks as a complaint while `complaint` is set."""

    def __init__(self, reference: str | None = None) -> None:
        super().__init__()
        self.complaint: dict[str, Any] | None = None
        if reference:
            self.slots["complaint_id"] = reference

    def tracker(self, text: str = "", intent: str = "inform") -> Tracker:
        tracker = super().tracker(text, intent)
        tracker.latest_message["complaint"] = self.complaint
        return tracker


def joined(replies: list[list[str]], turn: int) -> str:
    """All the bot said to the customer's `turn`-th message, as one text."""
    return " ".join(replies[turn])


def check(*texts: str, chat: Chat | None = None) -> tuple[Chat, list[list[str]]]:
    """Tell `texts` one by one: the first opens the check (check_coverage), the rest answer it."""
    chat = chat or Chat()
    replies = []
    for text in texts:
        intent = "check_coverage" if chat.slots["requested_slot"] is None else "inform"
        replies.append(chat.say(text, intent))
    return chat, replies


def form_tracker(slots: dict[str, Any], text: str, intent: str, ranking: list[dict[str, Any]] | None = None) -> Tracker:
    """A tracker inside the coverage form whose latest message is `text`."""
    latest = {"text": text, "intent": {"name": intent}, "intent_ranking": ranking or []}
    return Tracker("t", dict(slots), latest, [], False, None, {"name": "coverage_form"}, None)


def ask_in_form(
    slots: dict[str, Any], text: str, intent: str, ranking: list[dict[str, Any]] | None = None
) -> list[str]:
    """What action_ask_cc_answer sends when `text` arrives mid-form."""
    out = CollectingDispatcher()
    asyncio.run(ActionAskCoverageAnswer().run(out, form_tracker(slots, text, intent, ranking), {}))
    return [m.get("text") or "" for m in out.messages]


def follow_up(slots: dict[str, Any], text: str, intent: str, bot_said: list[str] | None = None) -> list[str]:
    """What action_coverage_follow_up sends when `text` arrives after a verdict (`bot_said`: the
    bot's reply to the message before)."""
    events: list[dict[str, Any]] = [{"event": "user", "text": "eerder"}]
    events += [{"event": "bot", "text": t} for t in bot_said or []]
    events.append({"event": "user", "text": text})
    tracker = Tracker("t", dict(slots), {"text": text, "intent": {"name": intent}}, events, False, None, {}, None)
    out = CollectingDispatcher()
    asyncio.run(ActionCoverageFollowUp().run(out, tracker, {"responses": {}}))
    return [m.get("text") or m.get("response") for m in out.messages]


def after_verdict(description: str) -> dict[str, Any]:
    """The slots right after the verdict on `description`."""
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(description))
    return {"cc_state": {"last": {"description": description, "state": state.dump()}}}


def intake_question(
    text: str, intent: str, slot: str = "customer_name", events: list[dict[str, Any]] | None = None
) -> list[str]:
    """What the complaint intake (complaint_form, asking `slot`) says to a question typed into it."""
    tracker = Tracker(
        "t",
        {"requested_slot": slot},
        {"text": text, "intent": {"name": intent}},
        events or [],
        False,
        None,
        {"name": "complaint_form"},
        None,
    )
    out = CollectingDispatcher()
    assert complaints.ValidateComplaintForm._answer_question(out, tracker, text)
    return [m.get("text") or "" for m in out.messages]
