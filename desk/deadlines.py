"""Deadlines per complaint-handling profile: working days, due dates and deadline states."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dateutil.parser import isoparse

from flexbot.profiles import TZ, Deadline, Profile, due_at

DUE_SOON = timedelta(days=1)

# Deadline states, worst first.
OVERDUE = "verlopen"
DUE_SOON_STATE = "binnen 1 dag"
OPEN = "op tijd"
MET = "gehaald"
LATE = "te laat"


def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = isoparse(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=TZ)


@dataclass(frozen=True)
class DeadlineStatus:
    deadline: Deadline
    due: datetime
    done: datetime | None
    state: str

    @property
    def met(self) -> bool | None:
        """True/False once decided, None while still open and not yet due."""
        if self.state == MET:
            return True
        if self.state in (LATE, OVERDUE):
            return False
        return None


def deadline_status(record: dict[str, Any], deadline: Deadline, now: datetime) -> DeadlineStatus:
    received = parse_time(record["received_at"])
    assert received is not None
    due = due_at(received, deadline)
    moved = parse_time(record.get("answer_due")) if record.get("answer_due") else None
    if moved is not None and "final_answer_at" in deadline.met_by and moved > due:
        due = moved  # a dated delay notice moved the answer deadline
    done_times = [t for t in (parse_time(record.get(f)) for f in deadline.met_by) if t]
    done = min(done_times) if done_times else None
    if done is not None:
        state = MET if done <= due else LATE
    elif record.get("status") == "afgehandeld":
        state = LATE  # closed without ever meeting it
    elif now > due:
        state = OVERDUE
    elif due - now <= DUE_SOON:
        state = DUE_SOON_STATE
    else:
        state = OPEN
    return DeadlineStatus(deadline, due, done, state)


def record_deadlines(record: dict[str, Any], profile: Profile, now: datetime) -> list[DeadlineStatus]:
    return [deadline_status(record, d, now) for d in profile.deadlines]


def overall_state(statuses: list[DeadlineStatus]) -> str:
    """The most urgent state among a complaint's open deadlines ("op tijd" when none is urgent)."""
    states = {s.state for s in statuses}
    for state in (OVERDUE, DUE_SOON_STATE):
        if state in states:
            return state
    return OPEN
