"""Privacy (AVG): data-subject export and erasure, and retention (team leader only, audited).

Erasure anonymises: the record keeps its id, dates, channel, status, outcome, classification and
deadlines (so every count and report stays the same) but loses the customer's words, transcript,
contact details, source link and e-mail bodies; the audit events stay, with personal values in
their details replaced by "[verwijderd]". Every export and erasure is logged in `desk:audit:privacy`.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import redis.asyncio as aioredis

from desk.deadlines import parse_time
from desk.register import AUDIT, AUDIT_ALL, IDX_RECEIVED, Register, now_iso
from flexbot.complaints import possible
from flexbot.keys import INTAKE_STREAM, LABELS_STREAM, MENTIONS_STREAM

AUDIT_PRIVACY = "desk:audit:privacy"
GONE = "[verwijderd]"
PERSONAL_DETAIL_KEYS = ("customer.", "add_text", "reason", "summary", "to", "text")


def _hit(record: dict[str, Any], needle: str) -> bool:
    customer = record.get("customer") or {}
    return any(needle == str(customer.get(f) or "").strip().lower() for f in ("email", "name", "phone"))


async def subject_records(register: Register, who: str) -> list[dict[str, Any]]:
    needle = who.strip().lower()
    if not needle:
        return []
    ids = await register.ids()
    out = []
    for start in range(0, len(ids), 500):
        out += [r for r in await register.get_many(ids[start : start + 500]) if _hit(r, needle)]
    return out


async def export(r: aioredis.Redis, register: Register, who: str, actor: str) -> dict[str, Any]:
    """All data the desk holds on one e-mail address or name (records, their audit, social posts)."""
    records = await subject_records(register, who)
    needle = who.strip().lower()
    mentions = []
    for entry_id, fields in await r.xrange(MENTIONS_STREAM, count=100_000):
        if needle and needle in (fields.get("author", "").lower(), fields.get("author_handle", "").lower()):
            mentions.append({"entry_id": entry_id, **fields})
    await r.xadd(
        AUDIT_PRIVACY,
        {"at": now_iso(), "actor": actor, "action": "export", "subject": who, "records": str(len(records))},
    )
    return {
        "subject": who,
        "exported_at": now_iso(),
        "complaints": records,
        "audit": {rec["id"]: await register.audit(rec["id"]) for rec in records},
        "social_mentions": mentions,
    }


def _scrub_detail(detail: str) -> str:
    try:
        data = json.loads(detail)
    except ValueError:
        return GONE
    if not isinstance(data, dict):
        return detail
    return json.dumps(
        {k: (GONE if k.startswith(PERSONAL_DETAIL_KEYS) else v) for k, v in data.items()}, ensure_ascii=False
    )


def anonymise(record: dict[str, Any]) -> dict[str, Any]:
    """What erasure changes (in place): the person goes, the facts for the counts stay."""
    record["text"] = GONE
    record["transcript"] = []
    record["customer"] = {k: None for k in (record.get("customer") or {})}
    record["source"] = {"anonymised": True}
    record["employee_concerned"] = record.get("employee_concerned") and GONE
    record["reasoning"] = record.get("reasoning") and GONE
    for item in record.get("correspondence") or []:
        for key in ("summary", "body", "to"):
            if item.get(key):
                item[key] = GONE
    for notice in record.get("delay_notices") or []:
        notice["reason"] = GONE
    if record.get("no_complaint"):
        record["no_complaint"]["reason"] = GONE
    record["anonymised_at"] = now_iso()
    return {"anonymised": True}


async def _scrub_audit(r: aioredis.Redis, cid: str) -> None:
    """Rewrite the complaint's audit stream with the same ids, personal values replaced."""
    key = AUDIT.format(cid)
    entries = await r.xrange(key)
    async with r.pipeline(transaction=True) as pipe:
        pipe.delete(key)
        for entry_id, fields in entries:
            pipe.xadd(key, {**fields, "detail": _scrub_detail(fields.get("detail", ""))}, id=entry_id)
        await pipe.execute()


async def _scrub_shared(r: aioredis.Redis, cids: set[str]) -> None:
    """The global audit stream and the labelled examples hold the same personal values: global
    audit entries of these complaints are replaced by scrubbed copies (same fields, original `at`,
    appended anew), their labelled examples deleted."""
    if not cids:
        return
    for entry_id, fields in await r.xrange(AUDIT_ALL):
        if fields.get("complaint") in cids:
            async with r.pipeline(transaction=True) as pipe:
                pipe.xdel(AUDIT_ALL, entry_id)
                pipe.xadd(AUDIT_ALL, {**fields, "detail": _scrub_detail(fields.get("detail", ""))})
                await pipe.execute()
    for entry_id, fields in await r.xrange(LABELS_STREAM):
        try:
            complaint_id = json.loads(fields.get("label", "{}")).get("complaint_id")
        except ValueError:
            continue
        if complaint_id in cids:
            await r.xdel(LABELS_STREAM, entry_id)


async def erase(
    r: aioredis.Redis, register: Register, cid: str, actor: str, why: str, scrub_shared: bool = True
) -> None:
    await register.update(cid, actor, "geanonimiseerd (AVG)", lambda rec: {**anonymise(rec), "reason": why})
    await _scrub_audit(r, cid)
    if scrub_shared:
        await _scrub_shared(r, {cid})
    await r.xadd(AUDIT_PRIVACY, {"at": now_iso(), "actor": actor, "action": "erase", "complaint": cid, "reason": why})


async def erase_subject(r: aioredis.Redis, register: Register, who: str, actor: str, why: str) -> int:
    """Anonymise every complaint of one person and delete their social mentions; returns the
    number of complaints."""
    records = await subject_records(register, who)
    for record in records:
        await erase(r, register, record["id"], actor, why, scrub_shared=False)
    await _scrub_shared(r, {rec["id"] for rec in records})
    needle = who.strip().lower()
    gone = [
        entry_id
        for entry_id, fields in await r.xrange(MENTIONS_STREAM)
        if needle in (fields.get("author", "").lower(), fields.get("author_handle", "").lower())
    ]
    if gone:
        await r.xdel(MENTIONS_STREAM, *gone)
        await r.xadd(
            AUDIT_PRIVACY,
            {"at": now_iso(), "actor": actor, "action": "erase_mentions", "subject": who, "count": str(len(gone))},
        )
    return len(records)


async def apply_retention(
    r: aioredis.Redis, register: Register, intake_days: int, closed_days: int, now: datetime | None = None
) -> dict[str, int]:
    """Trim intake and feed entries and the chat's unjudged possible complaints older than
    `intake_days` (the intake stream's entries are registered by then: the consumer acknowledges
    only stored ones) and anonymise complaints
    closed more than `closed_days` ago."""
    now = now or datetime.now(timezone.utc)
    cutoff_ms = int((now - timedelta(days=intake_days)).timestamp() * 1000)
    trimmed = 0
    for stream in (INTAKE_STREAM, MENTIONS_STREAM):
        trimmed += int(await r.xtrim(stream, minid=f"{cutoff_ms}-0", approximate=False) or 0)
    trimmed += await possible.drop_before(r, now - timedelta(days=intake_days))  # the chat's unjudged
    erased: set[str] = set()
    closed_before = now - timedelta(days=closed_days)
    ids = [i for i in await r.zrangebyscore(IDX_RECEIVED, "-inf", closed_before.timestamp())]
    for start in range(0, len(ids), 500):
        for record in await register.get_many(ids[start : start + 500]):
            closed = parse_time(record.get("closed_at")) if record.get("closed_at") else None
            if closed and closed < closed_before and not record.get("anonymised_at"):
                await erase(
                    r, register, record["id"], "bewaartermijn", f"gesloten > {closed_days} dagen", scrub_shared=False
                )
                erased.add(record["id"])
    await _scrub_shared(r, erased)
    return {"trimmed": trimmed, "anonymised": len(erased)}
