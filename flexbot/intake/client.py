"""The one complaint intake: chat actions and social connectors hand complaints to the
Klachtenbureau through this module.

    intake = IntakeClient(os.environ["REDIS_URL"], Path("var/spool"))
    await intake.start()                                   # background spool delivery
    complaint_id = await intake.allocate_id(f"{conversation_id}:{turn}")
    record = build_complaint(complaint_id, text, "website", {"conversation_id": conversation_id},
                             customer=..., detection=detector.detect(text), ...)
    await intake.submit(record)                            # -> complaint_id, also when Redis is down
    await intake.stop()

Redis layout
  klachtenbureau:intake           stream; one entry per complaint, field `complaint` = record JSON
  klachtenbureau:seq:<year>       the year's sequence (INCR online, INCRBY for reserved blocks)
  klachtenbureau:idem:<key>       idempotency key -> complaint id (kept 90 days)
  klachtenbureau:delivered:<id>   complaint id -> stream entry id: the exactly-once marker

Ids ("KL-<year>-<6 digits>"):
  * Redis up: one Lua script looks up the idempotency key and otherwise INCRs the sequence and
    stores the key, atomically: a retried action gets the same id.
  * Redis down: ids come from a block of the same sequence reserved in advance with INCRBY
    (default 100 ids, refilled whenever Redis is reachable and less than half is left) and kept
    in `<spool_dir>/id-block.json`. Being part of the sequence, they never clash with other
    nodes. The key -> id mapping is appended to `<spool_dir>/idempotency.jsonl` (fsync) and
    pushed to Redis when it is back.
  * Block used up (or a new year began) while Redis is still down: emergency ids 9xxxxx from a
    local counter; the online sequence stays below 900000 (far above a year's complaints), so
    they can only clash with another node that is in the same emergency at the same time.
Submit: one Lua script sets the delivered marker and XADDs only if the marker is absent, so each
id gives one stream entry however often it is submitted. When Redis cannot be reached, or
spooled records are still waiting (to keep the order), the record goes to the append-only
spool (flexbot/intake/spool.py, fsync) and the background deliverer sends it later, oldest first.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from flexbot.intake.contract import (
    STREAM,
    InvalidComplaint,
    build_complaint,
    build_update,
    format_id,
    now_iso,
    validate,
    validate_update,
)
from flexbot.intake.spool import Spool, write_atomic
from flexbot.streams import text

__all__ = ["IntakeClient", "InvalidComplaint", "build_complaint", "build_update", "now_iso", "validate"]

log = logging.getLogger(__name__)

SEQ_KEY = "klachtenbureau:seq:{year}"
IDEM_KEY = "klachtenbureau:idem:{key}"
DELIVERED_KEY = "klachtenbureau:delivered:{id}"
IDEM_TTL_SECONDS = 90 * 24 * 3600
EMERGENCY_BASE = 900_000
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)

_ALLOCATE_LUA = """
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
local n = redis.call('INCR', KEYS[2])
local id = 'KL-' .. ARGV[1] .. '-' .. string.format('%06d', n)
redis.call('SET', KEYS[1], id, 'EX', ARGV[2])
return id
"""
_SUBMIT_LUA = """
local existing = redis.call('GET', KEYS[1])
if existing then return {0, existing} end
local entry = redis.call('XADD', KEYS[2], '*', ARGV[1], ARGV[2])
redis.call('SET', KEYS[1], entry)
return {1, entry}
"""


class IntakeClient:
    def __init__(
        self,
        redis_url: str,
        spool_dir: Path | str,
        *,
        block_size: int = 100,
        retry_interval: float = 1.0,
        socket_timeout: float = 2.0,
    ):
        self.redis = aioredis.Redis.from_url(
            redis_url, socket_connect_timeout=socket_timeout, socket_timeout=socket_timeout
        )
        self.spool = Spool(Path(spool_dir), "intake")
        self.block_path = self.spool.directory / "id-block.json"
        self.idem_path = self.spool.directory / "idempotency.jsonl"
        self.block_size = block_size
        self.retry_interval = retry_interval
        self._allocate = self.redis.register_script(_ALLOCATE_LUA)
        self._submit = self.redis.register_script(_SUBMIT_LUA)
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._local_ids = self._load_local_ids()
        self._unsynced_keys: set[str] = set(self._local_ids)
        self._synced_keys: set[str] = set()

    # -- ids -----------------------------------------------------------------------------------

    def _load_local_ids(self) -> dict[str, str]:
        ids: dict[str, str] = {}
        try:
            with self.idem_path.open(encoding="utf-8") as fh:
                for line in fh:
                    try:
                        entry = json.loads(line)
                        ids.setdefault(entry["key"], entry["id"])
                    except (ValueError, KeyError, TypeError):
                        continue  # a torn last line
        except FileNotFoundError:
            pass
        return ids

    def _remember_local_id(self, key: str, complaint_id: str) -> None:
        with self.spool.locked():
            with self.idem_path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"key": key, "id": complaint_id}) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
        self._local_ids[key] = complaint_id
        self._unsynced_keys.add(key)

    def _read_block(self) -> dict[str, Any] | None:
        try:
            block: dict[str, Any] = json.loads(self.block_path.read_text(encoding="utf-8"))
            return block
        except (FileNotFoundError, ValueError):
            return None

    async def _ensure_block(self, year: int) -> None:
        """Reserve ids for offline use while Redis is reachable."""
        with self.spool.locked():
            block = self._read_block()
            if block and block.get("year") == year and block["end"] - block["next"] + 1 >= self.block_size // 2:
                return
        end = await self.redis.incrby(SEQ_KEY.format(year=year), self.block_size)
        with self.spool.locked():
            block = self._read_block()
            if block and block.get("year") == year and block["end"] - block["next"] + 1 >= self.block_size // 2:
                return  # another process refilled meanwhile; our reservation is simply unused
            fresh = {"year": year, "next": end - self.block_size + 1, "end": end, "emergency_next": 0}
            if block and block.get("year") == year:
                fresh["emergency_next"] = block.get("emergency_next", 0)
            write_atomic(self.block_path, json.dumps(fresh) + "\n")

    def _take_offline_id(self, year: int) -> str:
        with self.spool.locked():
            block = self._read_block() or {}
            if block.get("year") != year:
                block = {"year": year, "next": 1, "end": 0, "emergency_next": 0}
            if block["next"] <= block["end"]:
                number = block["next"]
                block["next"] += 1
            else:
                number = EMERGENCY_BASE + block.get("emergency_next", 0)
                block["emergency_next"] = block.get("emergency_next", 0) + 1
                log.error("no reserved complaint ids left while Redis is down: emergency id %06d", number)
            write_atomic(self.block_path, json.dumps(block) + "\n")
        return format_id(year, number)

    async def allocate_id(self, idempotency_key: str) -> str:
        """The complaint id for this key (e.g. "<conversation_id>:<turn>"): a new one the first
        time, the same one on every retry. Works while Redis is down."""
        if not idempotency_key:
            raise ValueError("idempotency_key must not be empty")
        async with self._lock:
            if idempotency_key in self._local_ids:
                return self._local_ids[idempotency_key]
            year = datetime.now(timezone.utc).astimezone().year
            try:
                complaint_id = await self._allocate(
                    keys=[IDEM_KEY.format(key=idempotency_key), SEQ_KEY.format(year=year)],
                    args=[year, IDEM_TTL_SECONDS],
                )
                complaint_id = text(complaint_id)
                try:
                    await self._ensure_block(year)
                except REDIS_DOWN:
                    pass
                return complaint_id
            except REDIS_DOWN as exc:
                log.warning("Redis unreachable for id allocation (%s): using a reserved id", type(exc).__name__)
                complaint_id = self._take_offline_id(year)
                self._remember_local_id(idempotency_key, complaint_id)
                self._wake.set()
                return complaint_id

    # -- submit --------------------------------------------------------------------------------

    async def _deliver(self, record: Mapping[str, Any]) -> bool:
        """XADD once per complaint id or update id; True if this call added the entry."""
        payload = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        is_update = "update_id" in record
        marker = DELIVERED_KEY.format(id=record["update_id"] if is_update else record["id"])
        added, _entry = await self._submit(
            keys=[marker, STREAM], args=["update" if is_update else "complaint", payload]
        )
        return bool(added)

    async def submit(self, record: Mapping[str, Any]) -> str:
        """Hand one complaint to the Klachtenbureau; returns its id. Exactly one stream entry per
        id; spooled durably when Redis is unreachable."""
        return await self._submit_or_spool(validate(record))

    async def submit_update(self, update: Mapping[str, Any]) -> str:
        """Hand an update of a complaint to the Klachtenbureau (exactly one entry per update_id);
        spooled like complaints, so it follows its complaint in order. Returns the complaint id."""
        return await self._submit_or_spool(validate_update(update))

    async def _submit_or_spool(self, record: dict[str, Any]) -> str:
        complaint_id: str = record["id"]
        async with self._lock:
            try:
                # Older spooled records go first, so the stream keeps the order of intake.
                if self.spool.has_pending():
                    await self._drain_spool()
                if not await self._deliver(record):
                    log.info("complaint %s was already delivered", complaint_id)
                return complaint_id
            except REDIS_DOWN as exc:
                log.warning("Redis unreachable (%s): spooling complaint %s", type(exc).__name__, complaint_id)
            self.spool.append(dict(record))
            self._wake.set()
            return complaint_id

    # -- spool delivery ------------------------------------------------------------------------

    async def deliver_spool(self) -> int:
        """Send spooled records, oldest first; stops at the first Redis failure. Returns the
        number of records sent."""
        async with self._lock:
            try:
                await self._sync_local_ids()
                return await self._drain_spool()
            except REDIS_DOWN:
                return 0

    async def _drain_spool(self) -> int:
        """Deliver all spooled records in order (caller holds the lock); raises on Redis errors
        after saving the progress made."""
        sent = 0
        while True:
            batch = self.spool.pending()
            if not batch:
                break
            for offset, record in batch:
                if record is not None:
                    await self._deliver(record)
                    sent += 1
                self.spool.advance(offset)
            log.info("delivered %d spooled complaint(s)", sent)
        return sent

    async def _sync_local_ids(self) -> None:
        """Publish ids allocated offline, by this client or any other sharing the spool directory
        (they all append to the same file), so a retry anywhere gets the same id."""
        if not self._unsynced_keys and not self.idem_path.exists():
            return
        for key, complaint_id in sorted(self._load_local_ids().items()):
            if key in self._synced_keys:
                continue
            await self.redis.set(IDEM_KEY.format(key=key), complaint_id, nx=True, ex=IDEM_TTL_SECONDS)
            self._synced_keys.add(key)
            self._unsynced_keys.discard(key)

    async def run_spool_deliverer(self) -> None:
        """Forever: deliver the spool, then sleep until woken or `retry_interval` has passed."""
        while True:
            try:
                await self.deliver_spool()
                year = datetime.now(timezone.utc).astimezone().year
                try:
                    await self._ensure_block(year)
                except REDIS_DOWN:
                    pass
            except asyncio.CancelledError:
                raise
            except Exception:  # keep the deliverer alive whatever happens; the spool keeps the data
                log.exception("spool delivery failed")
            try:
                await asyncio.wait_for(self._wake.wait(), timeout=self.retry_interval)
            except asyncio.TimeoutError:
                pass
            self._wake.clear()

    async def start(self) -> None:
        """Reserve offline ids (if Redis is up) and start the background spool deliverer."""
        try:
            await self._ensure_block(datetime.now(timezone.utc).astimezone().year)
        except REDIS_DOWN:
            log.warning("Redis unreachable at start: complaints will be spooled until it is back")
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.run_spool_deliverer(), name="intake-spool-deliverer")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None
        await self.redis.close()
        await self.redis.connection_pool.disconnect()

    async def __aenter__(self) -> IntakeClient:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
