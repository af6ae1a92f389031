"""Applied events kept up to date (bot/applied_events.py) equal Rasa's walk at every step."""

from __future__ import annotations

from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot import applied_events
from tests.stories import DOMAIN, story_trackers

GREET = {"name": "greet", "confidence": 1.0}


def _same_at_every_step(events: list) -> int:
    tracker = DialogueStateTracker("klant", DOMAIN.slots)
    for event in events:
        tracker.update(event)
        ours = applied_events.applied_events(tracker)
        assert ours == applied_events.RASA_APPLIED_EVENTS(tracker)
        assert [id(e) for e in ours] == [id(e) for e in applied_events.RASA_APPLIED_EVENTS(tracker)]
    return len(events)


def test_every_story_and_rule_at_every_step() -> None:
    assert sum(_same_at_every_step(list(t.events)) for t in story_trackers()) > 500


def test_restart_undo_and_forms_walk_again() -> None:
    events = [
        ActionExecuted("action_listen"),
        UserUttered("hallo", GREET),
        ActionExecuted("utter_greet"),
        ActionExecuted("action_listen"),
        UserUttered("hoi", GREET),
        UserUtteranceReverted(),
        ActionExecuted("complaint_form"),  # run before its loop is known
        ActiveLoop("complaint_form"),
        SlotSet("requested_slot", "complaint_contact"),
        ActionExecuted("action_listen"),
        UserUttered("ja", GREET),
        ActionExecuted("complaint_form"),
        ActionExecuted("complaint_form"),
        ActionReverted(),
        ActiveLoop(None),
        Restarted(),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered("hallo", GREET),
    ]
    assert _same_at_every_step(events) == len(events)


def test_callers_may_change_their_list_and_a_replaced_event_list_is_noticed() -> None:
    tracker = DialogueStateTracker.from_events(
        "klant", [ActionExecuted("action_listen"), UserUttered("hallo", GREET)], DOMAIN.slots
    )
    applied_events.applied_events(tracker).clear()
    assert applied_events.applied_events(tracker) == applied_events.RASA_APPLIED_EVENTS(tracker)
    tracker.events = tracker._create_events([ActionExecuted("action_listen")])
    assert applied_events.applied_events(tracker) == applied_events.RASA_APPLIED_EVENTS(tracker)


def test_applied_with_the_other_speedups() -> None:
    import bot.rasa_speedups  # noqa: F401

    assert DialogueStateTracker.applied_events is applied_events.applied_events
