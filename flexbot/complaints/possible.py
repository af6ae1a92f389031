"""Possible complaints from the chat that the customer has not yet confirmed or denied.

The detector's `ask` in the chat becomes a question to the customer ("Begrijp ik goed dat u ergens
niet tevreden over bent?"), asked at once or, during a form, when the form ends. A customer who
leaves before answering (or answers something else) would take the complaint with them, so every
such candidate is kept in one hash until the customer answers yes or no. The desk lists what is
left under "Mogelijk klacht uit de chat" for the Klachtenbureau to judge, as the social team
judges unsure mentions (desk/chat_triage.py).

Hash `flexbot:chat:possible` (flexbot.keys.CHAT_POSSIBLE): conversation id -> JSON
    {"conversation_id", "message_id", "text", "detection", "at", "transcript"}
One candidate per conversation (the chat asks at most once per conversation).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from flexbot.intake.contract import now_iso
from flexbot.keys import CHAT_POSSIBLE


def idempotency_key(conversation_id: str, message_id: str) -> str:
    """The intake key of the candidate's complaint: the same whether the customer confirms it in
    the chat or the Klachtenbureau confirms it on the desk, so it becomes at most one record."""
    return f"{conversation_id}:{message_id}"


def candidate(
    conversation_id: str,
    message_id: str,
    text: str,
    detection: Mapping[str, Any],
    transcript: Sequence[Mapping[str, Any]] = (),
) -> dict[str, Any]:
    return {
        "conversation_id": conversation_id,
        "message_id": message_id,
        "text": text,
        "detection": dict(detection),
        "at": now_iso(),
        "transcript": [dict(turn) for turn in transcript],
    }


async def keep(client: Any, entry: Mapping[str, Any]) -> None:
    await client.hset(CHAT_POSSIBLE, str(entry["conversation_id"]), json.dumps(entry, ensure_ascii=False))


async def settle(client: Any, conversation_id: str) -> bool:
    """The candidate was judged (by the customer or on the desk); False when it was not kept (or
    someone else judged it first)."""
    return bool(await client.hdel(CHAT_POSSIBLE, conversation_id))


async def get(client: Any, conversation_id: str) -> dict[str, Any] | None:
    raw = await client.hget(CHAT_POSSIBLE, conversation_id)
    return _parse(raw)


async def open_candidates(client: Any) -> list[dict[str, Any]]:
    """Every candidate still waiting for a judgement, oldest first."""
    entries = [_parse(raw) for raw in (await client.hgetall(CHAT_POSSIBLE)).values()]
    return sorted((e for e in entries if e), key=lambda e: str(e.get("at", "")))


async def drop_before(client: Any, cutoff: datetime) -> int:
    """Retention: candidates nobody judged within the intake's retention period go; returns how many."""
    gone = []
    for conversation, raw in (await client.hgetall(CHAT_POSSIBLE)).items():
        entry = _parse(raw)
        try:
            old = entry is None or datetime.fromisoformat(str(entry.get("at"))) < cutoff
        except ValueError:
            old = True
        if old:
            gone.append(conversation)
    return int(await client.hdel(CHAT_POSSIBLE, *gone)) if gone else 0


def _parse(raw: Any) -> dict[str, Any] | None:
    if not raw:
        return None
    try:
        entry = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return entry if isinstance(entry, dict) and entry.get("conversation_id") else None
