"""People's judgements on the complaint detector, kept as labelled examples.

Sources: the customer answering the chat's check question ("customer"), the social team's triage
("social") and a handler marking a registration "geen klacht" ("handler"). Each judgement is one
entry on the Redis stream `flexbot:labels` (field `label` = JSON of `Label`); `flexbot labels
export FILE` writes them in the detector's training format, and `flexbot train --labels FILE`
trains with them (docs/complaints.md, "Learning loop").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, Optional

import redis.asyncio as aioredis
from pydantic import BaseModel, Field

from flexbot.intake.contract import now_iso
from flexbot.keys import LABELS_STREAM

LabelValue = Literal["complaint", "no_complaint"]
Source = Literal["customer", "social", "handler"]


class Label(BaseModel):
    text: str = Field(min_length=1)
    label: LabelValue
    source: Source
    at: str = Field(default_factory=now_iso)
    complaint_id: Optional[str] = None
    reason: Optional[str] = None
    ref: Optional[str] = None  # conversation id or platform id the text came from


async def publish(client: aioredis.Redis, text: str, label: LabelValue, source: Source, **meta: Any) -> str:
    """Keep one judgement; returns the stream entry id."""
    record = Label(text=text, label=label, source=source, **meta)
    entry: Any = await client.xadd(LABELS_STREAM, {"label": record.json(ensure_ascii=False)})
    return entry.decode() if isinstance(entry, bytes) else str(entry)


async def read_all(client: aioredis.Redis) -> list[Label]:
    labels = []
    for _entry_id, fields in await client.xrange(LABELS_STREAM):
        raw = fields.get("label", fields.get(b"label"))
        if raw is not None:
            labels.append(Label.parse_raw(raw))
    return labels


def training_rows(labels: list[Label]) -> list[dict[str, Any]]:
    """Rows in the detector's training format; a later judgement on the same text wins."""
    latest: dict[str, Label] = {}
    for label in labels:
        latest[label.text.strip()] = label
    return [{"text": lab.text, "label": lab.label, "category": f"people:{lab.source}", "group": f"label-{i}"}
            for i, lab in enumerate(latest.values())]


async def export(client: aioredis.Redis, path: Path) -> int:
    """Write every labelled example to `path` (JSONL); returns the number of rows."""
    rows = training_rows(await read_all(client))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)
