"""The incremental policy states equal Rasa's own, step by step, on every story and rule."""

from __future__ import annotations

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Restarted, SlotSet, UserUtteranceReverted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import state_history
from tests.stories import DOMAIN, story_trackers

RULE_ONLY = {"rule_only_slots": ["complaint_check_answer", "requested_slot"], "rule_only_loops": ["complaint_form"]}
MODES = [dict(), dict(omit_unset_slots=True), dict(ignore_rule_only_turns=True, rule_only_data=RULE_ONLY)]


@pytest.fixture(scope="module", autouse=True)
def patched():
    original = Domain.states_for_tracker_history
    state_history.apply()
    yield
    Domain.states_for_tracker_history = original


def assert_same_at_every_step(events: list) -> int:
    tracker = DialogueStateTracker("klant", DOMAIN.slots)
    checked = 0
    for event in events:
        tracker.update(event)
        for mode in MODES:
            assert DOMAIN.states_for_tracker_history(tracker, **mode) == state_history.original(DOMAIN, tracker, **mode)
            checked += 1
    return checked


def test_every_story_and_rule_gives_rasas_states_at_every_step():
    trackers = story_trackers()
    assert len(trackers) > 20
    assert sum(assert_same_at_every_step(list(t.events)) for t in trackers) > 1000


def test_undo_and_restart_start_over():
    hallo = {"name": "greet", "confidence": 1.0}
    events = [
        ActionExecuted("action_listen"),
        UserUttered("hallo", hallo),
        ActionExecuted("utter_greet"),
        ActionExecuted("action_listen"),
        UserUttered("hoi", hallo),
        UserUtteranceReverted(),
        SlotSet("complaint_check", "asked"),
        ActionExecuted("action_listen"),
        Restarted(),
        ActionExecuted("action_listen"),
        UserUttered("hallo", hallo),
    ]
    assert assert_same_at_every_step(events) == len(events) * len(MODES)


def test_callers_may_change_what_they_get():
    tracker = DialogueStateTracker.from_events(
        "klant", [ActionExecuted("action_listen"), UserUttered("hallo", {"name": "greet"})], DOMAIN.slots
    )
    first = DOMAIN.states_for_tracker_history(tracker)
    first[-1]["user"].clear()
    assert DOMAIN.states_for_tracker_history(tracker) == state_history.original(DOMAIN, tracker)


def test_several_policies_in_one_step_walk_the_conversation_once(monkeypatch):
    hallo = {"name": "greet", "confidence": 1.0}
    events = [ActionExecuted("action_listen"), UserUttered("hallo", hallo), ActionExecuted("utter_greet")] * 5
    tracker = DialogueStateTracker.from_events("klant", events, DOMAIN.slots)
    walks = []
    applied_events = DialogueStateTracker.applied_events
    monkeypatch.setattr(DialogueStateTracker, "applied_events", lambda self: walks.append(1) or applied_events(self))
    first = DOMAIN.states_for_tracker_history(tracker)
    first[1]["prev_action"].clear()  # a caller changing its copy (state 0 is the start)
    for _ in range(3):
        assert DOMAIN.states_for_tracker_history(tracker) == state_history.original(DOMAIN, tracker)
    assert len(walks) == 1 + 3  # ours once; Rasa's own (the reference) once per call
    tracker.update(ActionExecuted("action_listen"))
    assert DOMAIN.states_for_tracker_history(tracker) == state_history.original(DOMAIN, tracker)
