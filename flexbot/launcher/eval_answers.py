"""Right first answers: does the assistant's first reply to a question carry the deciding facts?

    flexbot eval-answers FILE [FILE ...] [--url http://127.0.0.1:5005] [--show-misses]

Each JSONL line: {"text": question, "expect": [[alternative, ...], ...], "reject": [...], "seed": "..."}.
The question opens a fresh conversation; the first reply (every message of that turn) is right when
each group of `expect` has at least one alternative in it and no `reject` text is (case-insensitive).
Without --url a throw-away stack is started (the trained model is used, or trained first).
The figure counts the first reply only: a question back to the customer, where the answer already
followed from the question, is a miss.

A line may also be a conversation: {"turns": [{"text", "expect", "reject"}, ...], "seed": "..."}.
All turns go to one sender, in order; the conversation is right when every turn's reply is right
(judged as above). The figure is "N / M right conversations"; a miss names its first failing turn.
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


@dataclass(frozen=True)
class Conversation:
    """Several turns from one customer; each turn is a Case judged on the reply to that turn."""

    turns: list[Case]
    seed: str

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Conversation:
        seed = row.get("seed", "")
        return cls([Case.from_json({**turn, "seed": seed}) for turn in row["turns"]], seed)

    def first_miss(self, replies: list[str]) -> tuple[int, list[str]] | None:
        """The index and problems of the first turn whose reply is wrong, or None when all are right."""
        for index, (turn, reply) in enumerate(zip(self.turns, replies, strict=False)):
            problems = turn.problems(reply)
            if problems:
                return index, problems
        if len(replies) < len(self.turns):
            return len(replies), ["no reply"]
        return None


Line = Case | Conversation
ConversationResult = tuple[Conversation, list[str], tuple[int, list[str]] | None]


def parse_line(row: dict[str, Any]) -> Line:
    return Conversation.from_json(row) if "turns" in row else Case.from_json(row)


def read_lines(path: Path) -> list[Line]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_line(json.loads(line)) for line in lines if line.strip()]


def read_cases(path: Path) -> list[Case]:
    return [line for line in read_lines(path) if isinstance(line, Case)]


def read_conversations(path: Path) -> list[Conversation]:
    return [line for line in read_lines(path) if isinstance(line, Conversation)]


def new_sender() -> str:
    return f"eval-{uuid.uuid4().hex[:12]}"


def reply_to(url: str, sender: str, text: str) -> str:
    response = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60)
    response.raise_for_status()
    return "\n".join(m["text"] for m in response.json() if "text" in m)


def first_reply(url: str, text: str) -> str:
    return reply_to(url, new_sender(), text)


def evaluate(url: str, cases: list[Case]) -> list[tuple[Case, str, list[str]]]:
    results = []
    for case in cases:
        reply = first_reply(url, case.text)
        results.append((case, reply, case.problems(reply)))
    return results


def evaluate_conversations(url: str, conversations: list[Conversation]) -> list[ConversationResult]:
    results = []
    for conversation in conversations:
        sender = new_sender()
        replies = [reply_to(url, sender, turn.text) for turn in conversation.turns]
        results.append((conversation, replies, conversation.first_miss(replies)))
    return results


def report(name: str, results: list[tuple[Case, str, list[str]]], show_misses: bool) -> list[str]:
    right = sum(not problems for _, _, problems in results)
    lines = [f"{name}: {right} / {len(results)} right first answers ({right / max(len(results), 1):.3f})"]
    for case, reply, problems in results:
        if problems:
            lines.append(f"  MISS [{case.seed}] {case.text}\n    " + "; ".join(problems))
            if show_misses:
                lines.append("    reply: " + _flat(reply))
    return lines


def report_conversations(name: str, results: list[ConversationResult], show_misses: bool) -> list[str]:
    right = sum(miss is None for _, _, miss in results)
    lines = [f"{name}: {right} / {len(results)} right conversations ({right / max(len(results), 1):.3f})"]
    for conversation, replies, miss in results:
        if miss is None:
            continue
        index, problems = miss
        turn = conversation.turns[index] if index < len(conversation.turns) else conversation.turns[-1]
        lines.append(
            f"  MISS [{conversation.seed}] turn {index + 1}/{len(conversation.turns)}: {turn.text}\n    "
            + "; ".join(problems)
        )
        if show_misses:
            lines.extend(
                f"    {i + 1}. {t.text}\n       -> {_flat(r)}"
                for i, (t, r) in enumerate(zip(conversation.turns, replies, strict=False))
                if i <= index
            )
    return lines


def _flat(reply: str) -> str:
    return reply.replace("\n", " / ")[:600]


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
            lines = read_lines(path)
            cases = [line for line in lines if isinstance(line, Case)]
            conversations = [line for line in lines if isinstance(line, Conversation)]
            if cases or not conversations:
                print("\n".join(report(str(path), evaluate(url, cases), args.show_misses)), flush=True)
            if conversations:
                results = evaluate_conversations(url, conversations)
                print("\n".join(report_conversations(str(path), results, args.show_misses)), flush=True)
    finally:
        if stack is not None:
            stack.stop()
    return 0


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "eval-answers", help="share of right first answers (and right conversations) on JSONL files"
    )
    parser.add_argument("files", nargs="+")
    parser.add_argument("--url", default="", help="a running Rasa server; default: start a throw-away stack")
    parser.add_argument("--show-misses", action="store_true", help="print the reply of every miss")
    parser.set_defaults(func=run)
