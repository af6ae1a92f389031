"""Right first answers: does the assistant's first reply to a question carry the deciding facts?

    flexbot eval-answers FILE [FILE ...] [--url http://127.0.0.1:5005] [--show-misses]

Each JSONL line: {"text": question, "expect": [[alternative, ...], ...], "reject": [...], "seed": "..."}.
The question opens a fresh conversation; the first reply (every message of that turn) is right when
each group of `expect` has at least one alternative in it and no `reject` text is (case-insensitive).
Without --url a throw-away stack is started (the trained model is used, or trained first).
The figure counts the first reply only: a question back to the customer, where the answer already
followed from the question, is a miss.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests


@dataclass(frozen=True)
class Case:
    text: str
    expect: list[list[str]]
    reject: list[str]
    seed: str

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Case:
        return cls(
            row["text"],
            [list(group) for group in row.get("expect", [])],
            list(row.get("reject", [])),
            row.get("seed", ""),
        )

    def problems(self, reply: str) -> list[str]:
        """What is wrong with a reply: a missing expected fact or a text that must not be there."""
        low = reply.lower()
        missing = [" | ".join(g) for g in self.expect if not any(a.lower() in low for a in g)]
        wrong = [r for r in self.reject if r.lower() in low]
        return [f"missing: {m}" for m in missing] + [f"should not say: {w}" for w in wrong]


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Case.from_json(json.loads(line)) for line in lines if line.strip()]


def first_reply(url: str, text: str) -> str:
    sender = f"eval-{uuid.uuid4().hex[:12]}"
    response = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
    response.raise_for_status()
    return "\n".join(m["text"] for m in response.json() if "text" in m)


def evaluate(url: str, cases: list[Case]) -> list[tuple[Case, str, list[str]]]:
    results = []
    for case in cases:
        reply = first_reply(url, case.text)
        results.append((case, reply, case.problems(reply)))
    return results


def report(name: str, results: list[tuple[Case, str, list[str]]], show_misses: bool) -> list[str]:
    right = sum(not problems for _, _, problems in results)
    lines = [f"{name}: {right} / {len(results)} right first answers ({right / max(len(results), 1):.3f})"]
    for case, reply, problems in results:
        if problems:
            lines.append(f"  MISS [{case.seed}] {case.text}\n    " + "; ".join(problems))
            if show_misses:
                lines.append("    reply: " + reply.replace("\n", " / ")[:600])
    return lines


def run(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files]
    stack = None
    url = args.url
    if not url:
        from flexbot.launcher import training
        from flexbot.launcher.stack import start_stack

        if training.train() != 0:
            return 1
        stack = start_stack(Path(tempfile.mkdtemp(prefix="flexbot-eval-")))
        url = stack.url("rasa")
    try:
        for path in files:
            print("\n".join(report(str(path), evaluate(url, read_cases(path)), args.show_misses)), flush=True)
    finally:
        if stack is not None:
            stack.stop()
    return 0


def register(sub: Any) -> None:
    parser = sub.add_parser("eval-answers", help="share of right first answers on a JSONL file of questions")
    parser.add_argument("files", nargs="+")
    parser.add_argument("--url", default="", help="a running Rasa server; default: start a throw-away stack")
    parser.add_argument("--show-misses", action="store_true", help="print the reply of every miss")
    parser.set_defaults(func=run)
