"""The state-copying tracker copy (bot/tracker_copy.py) is Rasa's replaying copy, step by step."""

from __future__ import annotations

from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

from bot import tracker_copy
from tests.stories import DOMAIN, story_trackers


def _state(tracker: DialogueStateTracker) -> dict:
    slots = {name: (slot.value, slot.has_been_set) for name, slot in tracker.slots.items()}
    return {
        "current": tracker.current_state(EventVerbosity.ALL),
        "slots": slots,
        "paused": tracker.is_paused(),
        "followup": tracker.followup_action,
        "latest_action": tracker.latest_action,
        "latest_message": tracker.latest_message,
        "latest_bot": tracker.latest_bot_utterance,
        "loop": tracker.active_loop,
        "events": list(tracker.events),
        "limit": tracker.events.maxlen,
    }


def test_same_tracker_as_rasas_copy_at_every_step_of_every_story() -> None:
    compared = 0
    for events in (list(t.events) for t in story_trackers()):
        tracker = DialogueStateTracker("klant", DOMAIN.slots)
        for event in events:
            tracker.update(event)
            assert _state(tracker_copy.copy_tracker(tracker)) == _state(tracker_copy.RASA_COPY(tracker))
            compared += 1
    assert compared > 500


def test_changing_the_copy_leaves_the_original() -> None:
    tracker = DialogueStateTracker.from_events(
        "klant", [ActionExecuted("action_listen"), UserUttered("hallo", {"name": "greet"})], DOMAIN.slots
    )
    before = _state(tracker)
    twin = tracker_copy.copy_tracker(tracker)
    twin.update(SlotSet("complaint_check", "asked"))
    twin.update(ActionExecuted("utter_greet"))
    if twin.latest_action is not None:
        twin.latest_action["action_name"] = "changed"
    assert _state(tracker) == before
    assert _state(twin) != before


def test_applied_with_the_other_speedups() -> None:
    import bot.rasa_speedups  # noqa: F401

    assert DialogueStateTracker.copy is tracker_copy.copy_tracker
