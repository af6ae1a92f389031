"""Skip the action-server round trip for the per-message complaint hook when it has nothing to do.

Rasa runs `action_validate_slot_mappings` (actions/complaints.py, ActionDetectComplaint) after
every user message, on the action server, with a tracker rebuilt from the whole conversation.
That hook does something only when the latest message is (maybe) a complaint or a complaint
step is under way. When the complaint detector said "none", the intent is not `complain` and no
complaint slot is pending, the hook returns no events and sends no message, so Rasa gets the
same result without the call: the slots extracted from the message (Rasa's own step), nothing
else. Any other message calls the hook exactly as before.

FLEXBOT_SPEEDUPS_OFF=hook_gate (flexbot/switches.py) turns the gate off.
"""

from __future__ import annotations

from typing import Any

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.constants import ACTION_VALIDATE_SLOT_MAPPINGS
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from flexbot import switches

COMPLAIN_INTENT = "complain"
# Slots that mean a complaint step is under way: a check question asked or its answer to clear,
# an unsure candidate kept for later, a registered complaint whose intake is open.
PENDING_SLOTS = ("complaint_check", "complaint_candidate", "complaint_pending", "complaint_id")
CLEARED_SLOT = "complaint_check_answer"  # the hook clears any value it holds

_original = ActionExtractSlots._execute_validation_action


def decision(parse_data: dict[str, Any]) -> str:
    """The detector's decision as the hook reads it (actions/complaints.py, decision_of)."""
    detection = parse_data.get("complaint") or {}
    return detection.get("decision") or ("complaint" if detection.get("complaint") else "none")


def hook_has_nothing_to_do(tracker: DialogueStateTracker, slot_events: list[Event]) -> bool:
    """True only when the hook would return no events and send no message."""
    message = tracker.latest_message
    if message is None:
        return False
    parse_data = message.parse_data or {}
    intent = (parse_data.get("intent") or {}).get("name")
    if intent == COMPLAIN_INTENT or decision(parse_data) != "none":
        return False
    extracted = {event.key: event.value for event in slot_events if isinstance(event, SlotSet)}

    def value(slot: str) -> Any:
        return extracted[slot] if slot in extracted else tracker.get_slot(slot)

    if value(CLEARED_SLOT) is not None:
        return False
    return all(value(slot) in (None, False) for slot in PENDING_SLOTS)


def gate_enabled() -> bool:
    return not switches.off("hook_gate")


async def _execute_validation_action(
    self: ActionExtractSlots,
    extraction_events: list[Event],
    output_channel: Any,
    nlg: Any,
    tracker: DialogueStateTracker,
    domain: Any,
) -> list[Event]:
    slot_events: list[Event] = [event for event in extraction_events if isinstance(event, SlotSet)]
    if (
        gate_enabled()
        and ACTION_VALIDATE_SLOT_MAPPINGS in domain.user_actions
        and hook_has_nothing_to_do(tracker, slot_events)
    ):
        return slot_events  # what Rasa returns when the hook answers with no events
    result: list[Event] = await _original(self, extraction_events, output_channel, nlg, tracker, domain)
    return result


def apply() -> None:
    ActionExtractSlots._execute_validation_action = _execute_validation_action
