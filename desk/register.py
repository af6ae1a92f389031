"""The complaint register in Redis: records, indexes and the append-only audit log.

Keys (all under the `desk:` prefix):
  desk:complaint:<id>          JSON record
  desk:idx:received            sorted set of all ids, score = received_at (epoch seconds)
  desk:idx:status:<status>     sorted sets per status, same score
  desk:idx:channel:<channel>   sorted sets per channel
  desk:idx:handler:<username>  sorted sets per handler
  desk:audit:<id>              stream: every change to one complaint (at, actor, action, detail)
  desk:audit                   stream: every change to any complaint
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import WatchError

from desk.deadlines import parse_time

STATUSES = ("nieuw", "ontvangst bevestigd", "in behandeling", "afgehandeld", "geen klacht")
NO_COMPLAINT = "geen klacht"
OUTCOMES = ("gegrond", "deels gegrond", "ongegrond")
ACTIONS_TAKEN = ("excuses", "herstel", "schadevergoeding")
SOCIAL_CHANNELS = frozenset({"x", "twitter", "facebook", "instagram", "linkedin", "mastodon", "tiktok", "youtube"})

RECORD = "desk:complaint:{}"
IDX_RECEIVED = "desk:idx:received"
IDX_STATUS = "desk:idx:status:{}"
IDX_CHANNEL = "desk:idx:channel:{}"
IDX_HANDLER = "desk:idx:handler:{}"
AUDIT = "desk:audit:{}"
AUDIT_ALL = "desk:audit"

# Atomic and idempotent: a record that exists is never written again, so a redelivered intake
# entry cannot create a second record or a second "registered" audit entry.
_REGISTER_LUA = """
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[4], ARGV[2], ARGV[3])
redis.call('XADD', KEYS[5], '*', 'at', ARGV[4], 'actor', 'intake', 'action', 'geregistreerd', 'detail', ARGV[5])
redis.call('XADD', KEYS[6], '*', 'complaint', ARGV[3], 'at', ARGV[4], 'actor', 'intake',
           'action', 'geregistreerd', 'detail', ARGV[5])
return 1
"""


class InvalidComplaint(ValueError):
    """An intake entry that cannot become a record."""


class ActionRefused(Exception):
    """A change that the workflow does not allow; the message is Dutch and shown to the user."""


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


def derive_status(record: dict[str, Any]) -> str:
    """Status follows from the facts: corrected to "geen klacht", closed, taken by a handler,
    acknowledged, or new."""
    if record.get("no_complaint"):
        return NO_COMPLAINT
    if record.get("closed_at"):
        return "afgehandeld"
    if record.get("handler"):
        return "in behandeling"
    if record.get("acknowledged_at"):
        return "ontvangst bevestigd"
    return "nieuw"


def counts_as_complaint(record: dict[str, Any]) -> bool:
    """False once a handler corrected the record to "geen klacht": it leaves the KPI counts."""
    return not record.get("no_complaint")


def new_record(complaint: dict[str, Any]) -> dict[str, Any]:
    """A register record from an intake complaint (contract in shared/DESIGN.md)."""
    cid = complaint.get("id")
    if not isinstance(cid, str) or not cid:
        raise InvalidComplaint("complaint has no id")
    received = parse_time(complaint.get("received_at")) if complaint.get("received_at") else None
    if received is None:
        raise InvalidComplaint(f"{cid}: no valid received_at")
    customer = complaint.get("customer") or {}
    record: dict[str, Any] = {
        "id": cid,
        "received_at": received.isoformat(),
        "registered_at": now_iso(),
        "channel": str(complaint.get("channel") or "onbekend"),
        "text": str(complaint.get("text") or ""),
        "source": complaint.get("source") or {},
        "transcript": complaint.get("transcript"),
        "customer": {k: customer.get(k) for k in ("name", "address", "email", "phone", "policy_number")},
        "confidential": bool(complaint.get("confidential", False)),
        "handoff_consent": bool(complaint.get("handoff_consent", False)),
        "resolved_immediately": bool(complaint.get("resolved_immediately", False)),
        "detector": complaint.get("detector") or {},
        "category": str(complaint.get("category") or ""),
        "department": str(complaint.get("department") or ""),
        "employee_concerned": str(complaint.get("employee_concerned") or ""),
        "root_cause": "",
        "handler": None,
        "claimed_at": None,
        "acknowledged_at": None,
        "first_contact_at": None,
        "first_phone_at": None,
        "first_written_at": None,
        "final_answer_at": None,
        "closed_at": None,
        "outcome": None,
        "reasoning": "",
        "actions_taken": [],
        "kifid_referral": False,
        "kifid_referred_at": None,
        "leerpunt": "",
        "correspondence": [],
        "no_complaint": None,
        "answer_due": None,
        "delay_notices": [],
    }
    record["status"] = derive_status(record)
    return record


def _score(record: dict[str, Any]) -> float:
    return parse_time(record["received_at"]).timestamp()  # type: ignore[union-attr]


class Register:
    """Async access to the register on one Redis connection pool."""

    def __init__(self, client: aioredis.Redis) -> None:
        self.redis = client
        self._register_script = client.register_script(_REGISTER_LUA)

    def register_args(self, record: dict[str, Any]) -> tuple[list[str], list[Any]]:
        cid = record["id"]
        keys = [
            RECORD.format(cid),
            IDX_RECEIVED,
            IDX_STATUS.format(record["status"]),
            IDX_CHANNEL.format(record["channel"]),
            AUDIT.format(cid),
            AUDIT_ALL,
        ]
        detail = json.dumps({"channel": record["channel"], "received_at": record["received_at"]})
        args = [json.dumps(record, ensure_ascii=False), _score(record), cid, record["registered_at"], detail]
        return keys, args

    async def register(self, complaint: dict[str, Any]) -> bool:
        """Store one complaint; False when it was registered before (idempotent)."""
        keys, args = self.register_args(new_record(complaint))
        return bool(await self._register_script(keys=keys, args=args))

    async def register_in_pipeline(self, pipe: Any, complaint: dict[str, Any]) -> None:
        """Queue one registration on a pipeline (raises InvalidComplaint before queueing)."""
        keys, args = self.register_args(new_record(complaint))
        await self._register_script(keys=keys, args=args, client=pipe)

    async def get(self, cid: str) -> dict[str, Any] | None:
        raw = await self.redis.get(RECORD.format(cid))
        return json.loads(raw) if raw else None

    async def get_many(self, ids: list[str]) -> list[dict[str, Any]]:
        if not ids:
            return []
        raws = await self.redis.mget([RECORD.format(i) for i in ids])
        return [json.loads(r) for r in raws if r]

    async def ids(
        self,
        *,
        status: str | None = None,
        channel: str | None = None,
        handler: str | None = None,
        start: float = float("-inf"),
        end: float = float("inf"),
        limit: int | None = None,
    ) -> list[str]:
        """Ids newest first, narrowed by the given indexes."""
        indexes = [IDX_RECEIVED]
        if status:
            indexes.append(IDX_STATUS.format(status))
        if channel:
            indexes.append(IDX_CHANNEL.format(channel))
        if handler:
            indexes.append(IDX_HANDLER.format(handler))
        smallest = indexes[-1]
        raw = await self.redis.zrevrangebyscore(smallest, end, start)
        ids = list(raw)
        for other in indexes[:-1]:
            if other == IDX_RECEIVED:
                continue
            members = set(await self.redis.zrange(other, 0, -1))
            ids = [i for i in ids if i in members]
        return ids[:limit] if limit else ids

    async def count(self) -> int:
        return int(await self.redis.zcard(IDX_RECEIVED))

    async def audit(self, cid: str) -> list[dict[str, str]]:
        entries = await self.redis.xrange(AUDIT.format(cid))
        out = []
        for _entry_id, fields in entries:
            out.append({str(k): str(v) for k, v in fields.items()})
        return out

    async def update(
        self,
        cid: str,
        actor: str,
        action: str,
        mutate: Callable[[dict[str, Any]], dict[str, Any] | Awaitable[dict[str, Any]]],
        also: Callable[[Any, dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Change one record atomically (optimistic lock) and append the change to the audit log.

        `mutate` changes the record in place and returns the audit detail (what changed);
        it raises ActionRefused to refuse the change. `also(pipe, record)` queues further writes
        (e.g. a labelled example) in the same transaction.
        """
        key = RECORD.format(cid)
        async with self.redis.pipeline(transaction=True) as pipe:
            while True:
                try:
                    await pipe.watch(key)
                    raw = await pipe.get(key)
                    if raw is None:
                        raise KeyError(cid)
                    record = json.loads(raw)
                    before = {"status": record["status"], "handler": record.get("handler")}
                    detail = mutate(record)
                    if isinstance(detail, Awaitable):
                        detail = await detail
                    record["status"] = derive_status(record)
                    at = now_iso()
                    score = _score(record)
                    pipe.multi()
                    pipe.set(key, json.dumps(record, ensure_ascii=False))
                    if before["status"] != record["status"]:
                        pipe.zrem(IDX_STATUS.format(before["status"]), cid)
                        pipe.zadd(IDX_STATUS.format(record["status"]), {cid: score})
                        detail = {**detail, "status": [before["status"], record["status"]]}
                    if before["handler"] != record.get("handler"):
                        if before["handler"]:
                            pipe.zrem(IDX_HANDLER.format(before["handler"]), cid)
                        if record.get("handler"):
                            pipe.zadd(IDX_HANDLER.format(record["handler"]), {cid: score})
                    detail_json = json.dumps(detail, ensure_ascii=False)
                    pipe.xadd(AUDIT.format(cid), {"at": at, "actor": actor, "action": action, "detail": detail_json})
                    pipe.xadd(
                        AUDIT_ALL, {"complaint": cid, "at": at, "actor": actor, "action": action, "detail": detail_json}
                    )
                    if also is not None:
                        also(pipe, record)
                    await pipe.execute()
                    return record
                except WatchError:
                    continue

    async def apply_update(self, update: dict[str, Any]) -> bool:
        """Merge an intake update (flexbot.intake.contract.ComplaintUpdate) into its record, once per
        update_id; the audit trail shows what changed. KeyError when the complaint is unknown."""
        changes = {k: v for k, v in update.items() if k not in ("id", "update_id", "at") and v is not None}

        def merge(record: dict[str, Any]) -> dict[str, Any]:
            applied = record.setdefault("applied_updates", [])
            if update["update_id"] in applied:
                raise _AlreadyApplied
            applied.append(update["update_id"])
            detail: dict[str, Any] = {"update_id": update["update_id"]}
            for key, value in (changes.get("customer") or {}).items():
                if value is not None and record["customer"].get(key) != value:
                    record["customer"][key] = value
                    detail[f"customer.{key}"] = value
            for key in ("handoff_consent", "confidential", "resolved_immediately"):
                if key in changes and record.get(key) != changes[key]:
                    record[key] = bool(changes[key])
                    detail[key] = record[key]
            if changes.get("add_text") and changes["add_text"] not in record["text"]:
                record["text"] = f"{record['text']}\n\n{changes['add_text']}"
                detail["add_text"] = changes["add_text"]
            if len(changes.get("transcript") or []) > len(record.get("transcript") or []):
                record["transcript"] = changes["transcript"]
                detail["transcript_turns"] = len(record["transcript"])
            return detail

        try:
            await self.update(update["id"], "intake", "aangevuld", merge)
        except _AlreadyApplied:
            return False
        return True


class _AlreadyApplied(Exception):
    """The update was merged before (redelivered intake entry)."""
