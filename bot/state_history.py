"""Policy states of a conversation computed once per dialogue step, not once per prediction.

Before every prediction Rasa's policies turn the tracker into a list of states, one per action
taken so far (`Domain.states_for_tracker_history`): it replays the whole conversation into a
fresh tracker and builds the state at every action. That is done several times per turn (each
policy, each predicted action) and costs more with every turn: the main reason a long
conversation's turn grows slower (docs/performance.md).

Here the replay is kept on the tracker object between calls: the next call continues from where
the previous one stopped when the tracker's applied events still begin with exactly the same
event objects (identity, not equality), and starts over otherwise (a restart, an undo, a new
session, another tracker). The states and the state after the last event are computed by Rasa's
own code in the same order, so the result is the same list; callers get copies, as they may
change the states they receive. With the tracker store keeping the tracker object between turns
(bot/tracker_store.py), a turn costs the same at turn 40 as at turn 1.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional

from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

_ATTRIBUTE = "_flexbot_state_history"
_original = Domain.states_for_tracker_history


@dataclass
class Replay:
    """Rasa's loop over the prior trackers, paused after `events`."""

    tracker: DialogueStateTracker
    events: list[Event] = field(default_factory=list)
    states: list[State] = field(default_factory=list)  # one per ActionExecuted in `events`
    last_ml_action_sub_state: Optional[dict[str, Any]] = None
    turn_was_hidden: bool = False
    seen: tuple[int, int, int] = (0, 0, 0)  # `_seen` of the tracker when `events` was last brought up to date


def _copies(states: list[State]) -> list[State]:
    """Copies of the states and of their sub-states; a sub-state that Rasa shares between states
    (the user input carried into rule-only turns) stays shared between the copies."""
    memo: dict[int, Any] = {}

    def copy(sub: Any) -> Any:
        if id(sub) not in memo:
            memo[id(sub)] = dict(sub)
        return memo[id(sub)]

    return [{key: copy(sub) for key, sub in state.items()} for state in states]


def _seen(tracker: DialogueStateTracker) -> tuple[int, int, int]:
    """What identifies the tracker's event list as unchanged: the list object, its length and its
    last event (an object kept alive by the list, so its id is not reused meanwhile). Events are
    only ever appended, so when these are the same, so are the applied events."""
    events = tracker.events
    return id(events), len(events), id(events[-1]) if events else 0


def _is_prefix(done: list[Event], applied: list[Event]) -> bool:
    return len(done) <= len(applied) and all(a is b for a, b in zip(done, applied[: len(done)], strict=True))


def _state(
    domain: Domain,
    replay: Replay,
    tr: DialogueStateTracker,
    hide_rule_turn: bool,
    states: list[State],
    omit_unset_slots: bool,
    ignore_rule_only_turns: bool,
    rule_only_data: Optional[dict[str, Any]],
) -> Optional[State]:
    """One step of Rasa 3.6's Domain.states_for_tracker_history loop (same code, same order)."""
    if ignore_rule_only_turns:
        if not replay.turn_was_hidden:
            replay.last_ml_action_sub_state = domain._get_prev_action_sub_state(tr)
        if not tr.followup_action and not tr.latest_action_name == tr.active_loop_name:
            replay.turn_was_hidden = hide_rule_turn
        if replay.turn_was_hidden:
            return None
    state = domain.get_active_state(tr, omit_unset_slots=omit_unset_slots)
    if ignore_rule_only_turns:
        domain._remove_rule_only_features(state, rule_only_data)
        if states:
            domain._substitute_rule_only_user_input(state, states[-1])
        if replay.last_ml_action_sub_state:
            state["prev_action"] = replay.last_ml_action_sub_state  # rasa.shared.core.constants.PREVIOUS_ACTION
    return domain._clean_state(state)


def states_for_tracker_history(
    self: Domain,
    tracker: DialogueStateTracker,
    omit_unset_slots: bool = False,
    ignore_rule_only_turns: bool = False,
    rule_only_data: Optional[dict[str, Any]] = None,
) -> list[State]:
    key = (id(self), omit_unset_slots, ignore_rule_only_turns, json.dumps(rule_only_data, sort_keys=True))
    replays: dict[tuple, Replay] = tracker.__dict__.setdefault(_ATTRIBUTE, {})
    replay = replays.get(key)
    seen = _seen(tracker)
    args = (omit_unset_slots, ignore_rule_only_turns, rule_only_data)
    # Several policies ask in one dialogue step: replaying `applied_events()` (a walk over the whole
    # conversation) is needed only when events came in since the last call.
    if replay is None or replay.seen != seen:
        applied = tracker.applied_events()
        if replay is None or not _is_prefix(replay.events, applied):
            replay = replays[key] = Replay(tracker.init_copy())
        for event in applied[len(replay.events) :]:
            if isinstance(event, ActionExecuted):
                state = _state(self, replay, replay.tracker, event.hide_rule_turn, replay.states, *args)
                if state is not None:
                    replay.states.append(state)
            replay.tracker.update(event)
            replay.events.append(event)
        replay.seen = seen
    states = _copies(replay.states)
    # The state after the last event depends on what comes next, so it is not kept; its
    # ignore_rule_only_turns bookkeeping is done on a copy for the same reason.
    final = Replay(
        replay.tracker, last_ml_action_sub_state=replay.last_ml_action_sub_state, turn_was_hidden=replay.turn_was_hidden
    )
    state = _state(self, final, replay.tracker, False, states, *args)
    if state is not None:
        states.append(state)
    return states


def apply() -> None:
    Domain.states_for_tracker_history = states_for_tracker_history


def original(domain: Domain, tracker: DialogueStateTracker, **kwargs: Any) -> list[State]:
    """Rasa's own computation (for tests)."""
    return _original(domain, tracker, **kwargs)
