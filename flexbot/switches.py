"""Switches for measuring the speedups one at a time (`flexbot bench --ladder`).

FLEXBOT_SPEEDUPS_OFF is a comma-separated list of the NAMES below (bot/rasa_speedups.py and
flexbot/launcher/bench.py say what each one does; lean_parent: Rasa's workers under bot/serve.py
rather than Sanic's own supervisor).
Unset in production: everything on.
"""

from __future__ import annotations

import os

NAMES = (
    "hook_gate",
    "state_history",
    "append_store",
    "local_faq",
    "atomic_lock",
    "rule_lookup",
    "graph_runner",
    "tracker_copy",
    "applied_events",
    "lean_parent",
)


def off(name: str) -> bool:
    return name in {part.strip() for part in os.environ.get("FLEXBOT_SPEEDUPS_OFF", "").split(",")}
