"""Where complaint-labelled lines end up in the trained NLU model, with ComplaintIntent's review
(bot/components/complaint_intent.py, round 5 of issue 11) off and on, on the same model:

    .venv/bin/python -m bot.complaint_routing models/flexbot.tar.gz \
        data/complaints/blind.jsonl data/complaints/heldout.jsonl data/complaints/blind_target.jsonl

A complaint line is routed when the intent is `complain`, `request_human` or `request_callback`,
or any other intent while the detector flags a question (it is answered, then the intake
follows). Prints the routed share of complaint lines and how many other lines got `complain`,
per file, and each line whose intent or question flag the review changed.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import bot.components.complaint_intent as complaint_intent

ROUTED_INTENTS = ("complain", "request_human", "request_callback")


def routed(parse: dict[str, Any]) -> bool:
    intent = (parse.get("intent") or {}).get("name")
    asks = bool((parse.get("complaint") or {}).get("question"))
    return intent in ROUTED_INTENTS or (asks and intent != "complain")


async def measure(model: str, files: list[Path]) -> dict[str, Counter[str]]:
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    review = complaint_intent.review
    parses: dict[tuple[str, str, str], dict[str, Any]] = {}
    for mode in ("before", "after"):
        complaint_intent.review = review if mode == "after" else (lambda message: None)
        try:
            for path in files:
                for line in path.read_text().splitlines():
                    row = json.loads(line)
                    parse = await agent.parse_message(row["text"])
                    parses.setdefault((path.name, row["text"], row.get("label") or ""), {})[mode] = parse
        finally:
            complaint_intent.review = review
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    for (name, text, label), by_mode in parses.items():
        for mode, parse in by_mode.items():
            if label == "complaint":
                stats[name][f"{mode}_complaints"] += 1
                stats[name][f"{mode}_routed"] += routed(parse)
            else:
                stats[name][f"{mode}_others"] += 1
                stats[name][f"{mode}_others_complain"] += (parse.get("intent") or {}).get("name") == "complain"
        before, after = by_mode["before"], by_mode["after"]
        if before["intent"]["name"] != after["intent"]["name"] or routed(before) != routed(after):
            reason = ((after.get("complaint") or {}).get("reasons") or [""])[-1]
            print(
                f"changed {name} {label}: {before['intent']['name']} -> {after['intent']['name']} ({reason}) {text[:100]}"
            )
    return stats


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    stats = asyncio.run(measure(args[0], [Path(a) for a in args[1:]]))
    for name, c in stats.items():
        print(
            f"{name}: complaint lines routed {c['before_routed']}/{c['before_complaints']} -> "
            f"{c['after_routed']}/{c['after_complaints']}; other lines with intent complain "
            f"{c['before_others_complain']}/{c['before_others']} -> {c['after_others_complain']}/{c['after_others']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
