"""Redis consumer groups, once: ensure the group, read own pending, reclaim stale entries, read new
ones, and keep going through Redis restarts. Subclasses say what to do with a batch.

    class Registrar(GroupConsumer):
        async def process(self, entries): ...   # store, then await self.ack(entries)
    await Registrar(redis, STREAM, GROUP).run(stop)

Clients are created with `decode_responses=True`, so ids and fields arrive as `str`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

Entry = tuple[str, dict[str, str]]
REDIS_DOWN = (RedisConnectionError, RedisTimeoutError, OSError)


def text(value: Any) -> str:
    """A stream id or field as `str`, also from a client without decode_responses."""
    return value.decode() if isinstance(value, bytes) else str(value)


def redis_client(url: str, **options: Any) -> aioredis.Redis:
    """An asyncio Redis client that returns `str` (the one way services connect)."""
    client: aioredis.Redis = aioredis.Redis.from_url(url, decode_responses=True, **options)
    return client


def consumer_name(prefix: str) -> str:
    """Unique per process, so several instances never share a pending list by accident."""
    return f"{prefix}-{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


async def ensure_group(client: aioredis.Redis, stream: str, group: str) -> None:
    try:
        await client.xgroup_create(stream, group, id="0", mkstream=True)
    except ResponseError as exc:
        if "BUSYGROUP" not in str(exc):
            raise


class GroupConsumer:
    """At-least-once consumption of one stream in one group; `process` must be idempotent."""

    def __init__(
        self,
        client: aioredis.Redis,
        stream: str,
        group: str,
        name: str,
        *,
        batch: int = 100,
        block_ms: int = 1000,
        claim_idle_ms: int = 60_000,
    ) -> None:
        self.redis = client
        self.stream = stream
        self.group = group
        self.name = name
        self.batch = batch
        self.block_ms = block_ms
        self.claim_idle_ms = claim_idle_ms

    async def process(self, entries: list[Entry]) -> int:
        """Handle a batch and acknowledge it (`await self.ack(entries)`); returns entries handled."""
        raise NotImplementedError

    async def ack(self, entries: list[Entry]) -> None:
        if entries:
            await self.redis.xack(self.stream, self.group, *[entry_id for entry_id, _ in entries])

    async def reclaim(self) -> int:
        """Take over entries another consumer left pending for longer than claim_idle_ms."""
        handled = 0
        start = "0-0"
        while True:
            reply = await self.redis.xautoclaim(
                self.stream, self.group, self.name, self.claim_idle_ms, start_id=start, count=self.batch
            )
            next_start, entries = reply[0], reply[1]
            handled += await self.process([(e, f) for e, f in entries if f is not None])
            if text(next_start) == "0-0":
                return handled
            start = next_start

    async def forget_idle_consumers(self, idle_ms: int = 24 * 3600 * 1000) -> None:
        """Drop names of long-gone consumers that hold nothing (names are unique per process)."""
        for info in await self.redis.xinfo_consumers(self.stream, self.group):
            if text(info["name"]) != self.name and info["pending"] == 0 and info["idle"] > idle_ms:
                await self.redis.xgroup_delconsumer(self.stream, self.group, info["name"])

    async def own_pending(self) -> int:
        """Entries delivered to this very consumer name but not acknowledged (after a restart)."""
        reply = await self.redis.xreadgroup(self.group, self.name, {self.stream: "0"}, count=self.batch)
        return await self.process(reply[0][1] if reply else [])

    async def step(self) -> int:
        reply = await self.redis.xreadgroup(
            self.group, self.name, {self.stream: ">"}, count=self.batch, block=self.block_ms
        )
        return await self.process(reply[0][1] if reply else [])

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Consume until `stop` is set; survives Redis restarts by retrying."""
        stop = stop or asyncio.Event()
        claim_every = max(self.claim_idle_ms / 1000 / 2, 0.1)
        last_claim = 0.0
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                await ensure_group(self.redis, self.stream, self.group)
                while await self.own_pending():
                    pass
                while not stop.is_set():
                    if loop.time() - last_claim >= claim_every:
                        await self.reclaim()
                        await self.forget_idle_consumers()
                        last_claim = loop.time()
                    await self.step()
            except REDIS_DOWN as exc:
                log.warning("%s: Redis unavailable (%s); retrying", self.stream, type(exc).__name__)
                await asyncio.sleep(0.2)
            except ResponseError as exc:
                if "LOADING" in str(exc) or "NOGROUP" in str(exc):
                    await asyncio.sleep(0.2)
                    continue
                raise
