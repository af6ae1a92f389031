"""Labelled examples from people, for training the complaint detector.

A label record (one JSON object per line in a labels file):

    {"text": "Mijn jurist belt nooit terug.",   # what the customer wrote, verbatim
     "label": "complaint" | "no_complaint",
     "source": "customer" | "social" | "handler",
     "at": "2026-12-03T11:20:00+00:00",          # when the label was given (ISO 8601, with zone)
     ...meta}                                    # optional: channel, conversation_id, complaint_id,
                                                 # detector_version, decision, score, by

Sources: `customer` = the customer answered the chat's check question ("Is dit een klacht?"),
`social` = the social team confirmed or rejected a flagged post, `handler` = a Klachtenbureau
handler marked a registration "geen klacht" (or confirmed it), or judged a possible complaint the
chat's customer never answered (desk/chat_triage.py).

    rec = label_record("Mijn jurist belt nooit terug.", "complaint", "customer", conversation_id="c1")
    append_labels(path, [rec]);  read_labels(path) -> list[dict]
    flexbot train --labels path     # or keep them in data/complaints/labels.jsonl

Training uses text + label; several labels for the same text: the newest one counts.

Services keep judgements on the Redis stream `flexbot:labels` (`publish`, `queue`); `flexbot labels
export FILE` writes them to a labels file (`export`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from flexbot.keys import LABELS_STREAM

LABELS = ("complaint", "no_complaint")
SOURCES = ("customer", "social", "handler")
MAX_TEXT = 50_000


class InvalidLabel(ValueError):
    pass


def label_record(
    text: object, label: object, source: object, at: datetime | str | None = None, **meta: Any
) -> dict[str, Any]:
    """A validated label record; `at` defaults to now (UTC). Extra keyword arguments are kept.
    Arguments of any type are checked (records read from files and streams are untrusted)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidLabel("text must be a non-empty string")
    if label not in LABELS:
        raise InvalidLabel(f"label must be one of {LABELS}, not {label!r}")
    if source not in SOURCES:
        raise InvalidLabel(f"source must be one of {SOURCES}, not {source!r}")
    if at is None:
        at = datetime.now(timezone.utc)
    if isinstance(at, datetime):
        if at.tzinfo is None:
            raise InvalidLabel("at must carry a time zone")
        at = at.isoformat()
    else:
        try:
            if datetime.fromisoformat(str(at)).tzinfo is None:
                raise InvalidLabel("at must carry a time zone")
        except ValueError as exc:
            raise InvalidLabel(f"at is not an ISO 8601 time: {at!r}") from exc
    clash = {"text", "label", "source", "at"} & set(meta)
    if clash:
        raise InvalidLabel(f"meta may not override {sorted(clash)}")
    try:
        json.dumps(meta)
    except (TypeError, ValueError) as exc:
        raise InvalidLabel(f"meta must be JSON-serialisable: {exc}") from exc
    return {"text": text[:MAX_TEXT], "label": label, "source": source, "at": str(at), **meta}


def read_labels(path: str | Path) -> list[dict[str, Any]]:
    """Valid records of a labels file, in file order. Bad lines raise InvalidLabel with the line number."""
    records = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise InvalidLabel("not a JSON object")
                meta = {k: v for k, v in obj.items() if k not in ("text", "label", "source", "at")}
                records.append(
                    label_record(obj.get("text"), obj.get("label"), obj.get("source"), obj.get("at"), **meta)
                )
            except (json.JSONDecodeError, InvalidLabel) as exc:
                raise InvalidLabel(f"{path}:{n}: {exc}") from exc
    return records


def append_labels(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Append records (validated again) to a labels file; returns how many were written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for r in records:
        meta = {k: v for k, v in r.items() if k not in ("text", "label", "source", "at")}
        lines.append(
            json.dumps(
                label_record(r.get("text"), r.get("label"), r.get("source"), r.get("at"), **meta), ensure_ascii=False
            )
        )
    with path.open("a", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
    return len(lines)


def _when(record: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(record["at"]).astimezone(timezone.utc)


def to_training_rows(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Training rows {"text", "label", "category", "group"}: the newest label per text wins."""
    newest: dict[str, dict[str, Any]] = {}
    for r in records:
        key = " ".join(r["text"].split()).lower()
        if key not in newest or _when(r) >= _when(newest[key]):
            newest[key] = r
    return [
        {"text": r["text"], "label": r["label"], "category": f"label:{r['source']}", "group": f"label:{key}"}
        for key, r in newest.items()
    ]


# -- the Redis stream where every service keeps people's judgements ---------------------------------


def stream_fields(text: str, label: str, source: str, **meta: Any) -> dict[str, str]:
    """The fields of one LABELS_STREAM entry: `label` = JSON of a label record."""
    return {"label": json.dumps(label_record(text, label, source, **meta), ensure_ascii=False)}


def queue(pipe: Any, text: str, label: str, source: str, **meta: Any) -> None:
    """XADD a judgement on a pipeline, so it commits together with the change it comes from."""
    pipe.xadd(LABELS_STREAM, stream_fields(text, label, source, **meta))


async def publish(client: Any, text: str, label: str, source: str, **meta: Any) -> None:
    """Keep one judgement on the stream."""
    await client.xadd(LABELS_STREAM, stream_fields(text, label, source, **meta))


async def read_stream(client: Any) -> list[dict[str, Any]]:
    """Every label record on the stream, oldest first (entries that break the format are skipped)."""
    records = []
    for _entry_id, fields in await client.xrange(LABELS_STREAM):
        raw = fields.get("label", fields.get(b"label"))
        try:
            obj = json.loads(raw)
            meta = {k: v for k, v in obj.items() if k not in ("text", "label", "source", "at")}
            records.append(label_record(obj["text"], obj["label"], obj["source"], obj.get("at"), **meta))
        except (TypeError, ValueError, KeyError):
            continue
    return records


async def export(client: Any, path: str | Path) -> int:
    """`flexbot labels export`: write the stream's records to a labels file (replacing it); returns
    how many. `flexbot train --labels FILE` trains with them."""
    path = Path(path)
    path.unlink(missing_ok=True)
    return append_labels(path, await read_stream(client))
