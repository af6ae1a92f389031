"""A tracker's applied events kept up to date as events come in, instead of recomputed.

`DialogueStateTracker.applied_events()` (the events that count: without those a restart, an undo
or a form's repeated run took back) walks the whole conversation with an `isinstance` check per
event, and Rasa asks for it several times per turn (session check, policy states, ...): in a
long conversation this was the largest part of the growth of a turn's cost (turn 80 twice turn 1).

Here the result is kept on the tracker together with how many of its events it covers. Rasa only
ever appends events; when the new ones are plain (no restart, session start, undo, active-loop
event, or run of a form seen before) they are applied as they are, exactly as Rasa's own walk
would apply them. Anything else, or a tracker whose event list was replaced, is walked again by
Rasa's own code. tests/bot/test_applied_events.py compares both at every step of every story.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Optional

from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

RASA_APPLIED_EVENTS = DialogueStateTracker.applied_events  # Rasa's own, for the tests and the switch
_ATTRIBUTE = "_flexbot_applied_events"
# Events whose effect on the applied events depends on what came before (or after).
_WALK_AGAIN = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)


@dataclass
class _Applied:
    events_id: int  # the tracker's event list object
    count: int  # how many of its events `applied` covers
    last: Optional[Event]  # the last of those, to notice a replaced list
    applied: list[Event] = field(default_factory=list)
    loop_names: set[str] = field(default_factory=set)


def _walk(tracker: DialogueStateTracker) -> list[Event]:
    applied = RASA_APPLIED_EVENTS(tracker)
    events = tracker.events
    loops = {e.name for e in events if isinstance(e, ActiveLoop) and e.name}
    last = events[-1] if events else None
    tracker.__dict__[_ATTRIBUTE] = _Applied(id(events), len(events), last, list(applied), loops)
    return applied


def applied_events(self: DialogueStateTracker) -> list[Event]:
    """`DialogueStateTracker.applied_events()`, computed only for the events that are new."""
    events = self.events
    memo: Optional[_Applied] = self.__dict__.get(_ATTRIBUTE)
    count = len(events)
    if (
        memo is None
        or memo.events_id != id(events)
        or events.maxlen is not None  # a full bounded list drops events at the front
        or count < memo.count
        or (memo.count and events[memo.count - 1] is not memo.last)
    ):
        return _walk(self)
    if count > memo.count:
        new = list(itertools.islice(events, memo.count, count))
        for event in new:
            if isinstance(event, _WALK_AGAIN) or (
                isinstance(event, ActionExecuted) and event.action_name in memo.loop_names
            ):
                return _walk(self)
        memo.applied.extend(new)
        memo.count, memo.last = count, new[-1]
    return list(memo.applied)  # callers may change their list


def apply() -> None:
    DialogueStateTracker.applied_events = applied_events


def restore() -> None:
    DialogueStateTracker.applied_events = RASA_APPLIED_EVENTS
