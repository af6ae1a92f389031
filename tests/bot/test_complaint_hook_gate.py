"""The complaint hook is skipped only when it would return nothing (actions/complaints.py)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import bot.rasa_speedups  # noqa: F401  (applies the gate)
from flexbot import settings

DOMAIN = Domain.load(str(settings.DOMAIN_DIR))


def message(text: str, intent: str, decision: str | None) -> UserUttered:
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if decision is not None:
        parse["complaint"] = {"decision": decision, "complaint": decision == "complaint", "reasons": []}
    return UserUttered(text, parse["intent"], [], parse_data=parse)


def tracker_with(*events: Event) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("klant", [ActionExecuted("action_listen"), *events], slots=DOMAIN.slots)


class Recorder(ActionExtractSlots):
    """Rasa's slot extraction with the action-server call recorded instead of made."""

    def __init__(self, hook_events: list[Event] | None = None) -> None:
        super().__init__(None)
        self.calls: list[str] = []
        self.hook_events = hook_events or []

    async def _run_custom_action(self, custom_action: str, *args: Any) -> list[Event]:
        self.calls.append(custom_action)
        return list(self.hook_events)


async def validate(
    tracker: DialogueStateTracker, extracted: list[Event] | None = None, hook_events: list[Event] | None = None
) -> tuple[list[Event], list[str]]:
    action = Recorder(hook_events)
    events = await action._execute_validation_action(extracted or [], None, None, tracker, DOMAIN)
    return events, action.calls


async def test_faq_question_without_complaint_skips_the_hook():
    tracker = tracker_with(message("Hoe meld ik een zaak?", "faq_report", "none"))
    events, calls = await validate(tracker, [SlotSet("customer_name", None)])
    assert calls == []
    assert events == [SlotSet("customer_name", None)]  # Rasa's own extraction is kept


@pytest.mark.parametrize("decision", ["complaint", "ask"])
async def test_a_possible_complaint_calls_the_hook(decision):
    tracker = tracker_with(message("Mijn jurist belt nooit terug!", "faq_report", decision))
    _, calls = await validate(tracker)
    assert calls == ["action_validate_slot_mappings"]


async def test_complain_intent_calls_the_hook_even_when_the_detector_says_none():
    _, calls = await validate(tracker_with(message("Ik wil een klacht indienen", "complain", "none")))
    assert calls == ["action_validate_slot_mappings"]


@pytest.mark.parametrize(
    "slot, value",
    [
        ("complaint_check", "asked"),
        ("complaint_candidate", {"text": "Niet tevreden", "detection": {}}),
        ("complaint_check_answer", "no"),
        ("complaint_pending", True),
        ("complaint_id", "KL-2026-000001"),
    ],
)
async def test_a_pending_complaint_step_calls_the_hook(slot, value):
    tracker = tracker_with(
        SlotSet(slot, value),
        BotUttered("Begrijp ik goed dat u ergens niet tevreden over bent?"),
        ActionExecuted("action_listen"),
        message("ja", "affirm", "none"),
    )
    _, calls = await validate(tracker)
    assert calls == ["action_validate_slot_mappings"]


async def test_a_slot_extracted_from_this_message_counts():
    tracker = tracker_with(message("nee", "deny", "none"))
    _, calls = await validate(tracker, [SlotSet("complaint_check_answer", "no")])
    assert calls == ["action_validate_slot_mappings"]


async def test_message_without_detection_is_none_like_in_the_hook():
    _, calls = await validate(tracker_with(message("Hoe meld ik een zaak?", "faq_report", None)))
    assert calls == []


async def test_the_switch_turns_the_gate_off(monkeypatch):
    monkeypatch.setenv("FLEXBOT_SPEEDUPS_OFF", "hook_gate")
    hook = [SlotSet("complaint_check_answer", None)]
    events, calls = await validate(
        tracker_with(message("Hoe meld ik een zaak?", "faq_report", "none")), hook_events=hook
    )
    assert calls == ["action_validate_slot_mappings"]
    assert events == hook
