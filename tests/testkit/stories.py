"""What the coverage check reads from a customer's story, for the tests of flexbot/flexpolis."""

from __future__ import annotations

from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis.dialogue import CheckState


def state_of(text: str) -> CheckState:
    """The check's state after the story alone; the story must contradict nothing."""
    state, reasons = d.apply(CheckState(), d.facts_in_description(text))
    assert not reasons, reasons
    return state


def kind(text: str) -> str | None:
    """The kind of conflict read from the story."""
    return state_of(text).question.conflict
