"""Intake consumer: reads `klachtenbureau:intake` in a consumer group and registers every complaint.

An entry is acknowledged (XACK) only after its record is stored; entries left pending by a consumer
that crashed are reclaimed with XAUTOCLAIM; registration is idempotent on the complaint id. Several
consumers (desk instances) can run at once, each under its own name.

Standalone: `python -m desk.consumer` (REDIS_URL, DESK_CLAIM_IDLE_MS, DESK_BATCH).
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import uuid
from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError, TimeoutError as RedisTimeoutError

from desk.register import InvalidComplaint, Register
from flexbot import settings

log = logging.getLogger("desk.consumer")

STREAM = "klachtenbureau:intake"
GROUP = "klachtenbureau-desk"
DEAD_LETTER = "desk:intake:invalid"  # entries that are not a valid complaint, kept for a person to look at


def consumer_name() -> str:
    """Unique per process, so several desk instances never share a pending list by accident."""
    return f"desk-{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


async def ensure_group(client: aioredis.Redis) -> None:
    try:
        await client.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


class IntakeConsumer:
    def __init__(
        self, client: aioredis.Redis, name: str | None = None, *, batch: int = 100,
        block_ms: int = 1000, claim_idle_ms: int = 60_000,
    ) -> None:
        self.redis = client
        self.register = Register(client)
        self.name = name or consumer_name()
        self.batch = batch
        self.block_ms = block_ms
        self.claim_idle_ms = claim_idle_ms
        self.registered = 0
        self.duplicates = 0
        # Called with the acknowledged entry ids after each batch (used by the benchmark).
        self.on_acked: Callable[[list[Any]], None] | None = None

    async def process(self, entries: list[tuple[Any, dict[Any, Any]]]) -> int:
        """Register a batch in one round trip, then acknowledge it. Returns entries handled."""
        if not entries:
            return 0
        pipe = self.redis.pipeline(transaction=False)
        queued: list[Any] = []
        invalid: list[tuple[Any, dict[Any, Any], str]] = []
        for entry_id, fields in entries:
            try:
                raw = fields.get(b"complaint", fields.get("complaint"))
                if raw is None:
                    raise InvalidComplaint("entry has no complaint field")
                complaint = json.loads(raw)
                if not isinstance(complaint, dict):
                    raise InvalidComplaint("complaint is not a JSON object")
                await self.register.register_in_pipeline(pipe, complaint)
                queued.append(entry_id)
            except (InvalidComplaint, ValueError) as exc:
                invalid.append((entry_id, fields, str(exc)))
        for entry_id, fields, reason in invalid:
            # Keep bad input for a person, never drop it silently.
            pipe.xadd(DEAD_LETTER, {**{_s(k): v for k, v in fields.items()}, "entry_id": entry_id,
                                    "reason": reason})
            log.warning("intake entry %s is not a valid complaint: %s", _s(entry_id), reason)
        results = await pipe.execute()
        for created in results[: len(queued)]:
            if created:
                self.registered += 1
            else:
                self.duplicates += 1
        # Only now, with every record stored, acknowledge the whole batch.
        await self.redis.xack(STREAM, GROUP, *[e for e, _f in entries])
        if self.on_acked:
            self.on_acked([e for e, _f in entries])
        return len(entries)

    async def reclaim(self) -> int:
        """Take over entries another consumer left pending for longer than claim_idle_ms."""
        handled = 0
        start = "0-0"
        while True:
            reply = await self.redis.xautoclaim(
                STREAM, GROUP, self.name, self.claim_idle_ms, start_id=start, count=self.batch
            )
            next_start, entries = reply[0], reply[1]
            entries = [(e, f) for e, f in entries if f is not None]
            handled += await self.process(entries)
            if _s(next_start) == "0-0":
                return handled
            start = next_start

    async def forget_idle_consumers(self, idle_ms: int = 24 * 3600 * 1000) -> None:
        """Drop names of long-gone consumers that hold nothing (names are unique per process)."""
        for info in await self.redis.xinfo_consumers(STREAM, GROUP):
            name = _s(info["name"])
            if name != self.name and info["pending"] == 0 and info["idle"] > idle_ms:
                await self.redis.xgroup_delconsumer(STREAM, GROUP, name)

    async def own_pending(self) -> int:
        """Entries delivered to this very consumer name but not acknowledged (after a restart)."""
        reply = await self.redis.xreadgroup(GROUP, self.name, {STREAM: "0"}, count=self.batch)
        entries = reply[0][1] if reply else []
        return await self.process(entries)

    async def step(self) -> int:
        reply = await self.redis.xreadgroup(GROUP, self.name, {STREAM: ">"}, count=self.batch,
                                            block=self.block_ms)
        entries = reply[0][1] if reply else []
        return await self.process(entries)

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Consume until `stop` is set; survives Redis restarts by retrying."""
        stop = stop or asyncio.Event()
        claim_every = max(self.claim_idle_ms / 1000 / 2, 0.1)
        last_claim = 0.0
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                await ensure_group(self.redis)
                while await self.own_pending():
                    pass
                while not stop.is_set():
                    if loop.time() - last_claim >= claim_every:
                        await self.reclaim()
                        await self.forget_idle_consumers()
                        last_claim = loop.time()
                    await self.step()
            except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
                log.warning("Redis unavailable (%s); retrying", exc.__class__.__name__)
                await asyncio.sleep(0.2)
            except ResponseError as exc:
                if "LOADING" in str(exc) or "NOGROUP" in str(exc):
                    await asyncio.sleep(0.2)
                    continue
                raise


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


async def _main() -> None:
    import signal

    cfg = settings.get()
    url = cfg.redis_url
    client = aioredis.Redis.from_url(url)
    consumer = IntakeConsumer(
        client,
        batch=cfg.desk_batch,
        claim_idle_ms=cfg.desk_claim_idle_ms,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"desk consumer {consumer.name} reading {STREAM}", flush=True)
    try:
        await consumer.run(stop)
    finally:
        await client.close()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    asyncio.run(_main())


if __name__ == "__main__":
    main()
