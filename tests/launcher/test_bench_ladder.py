"""The bench's ladder switches the speedups on one at a time, each exactly once, in order."""

from __future__ import annotations

from flexbot import switches
from flexbot.launcher.bench import LADDER, STEPS


def test_every_switch_has_one_step_in_order() -> None:
    assert tuple(name for _, name in STEPS[1:]) == switches.NAMES
    assert LADDER[0][1].split(",") == list(switches.NAMES)  # everything off
    assert LADDER[-1][1] == ""  # everything on
    for (_, before), (_, after) in zip(LADDER, LADDER[1:], strict=False):
        assert len(before.split(",")) == len(after.split(",")) + 1 or after == ""
