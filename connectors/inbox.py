"""Durable webhook inbox: verified raw payloads go into a Redis stream on the request path; a
background worker (consumer group) parses them and runs the pipeline off the request path.

An entry is acknowledged and deleted only after its mentions were processed (or, when its payload
cannot be parsed, after it was copied to the dead-letter stream), so a crash loses nothing.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from connectors.base import Connector, Mention, PayloadError
from connectors.pipeline import MentionPipeline, MentionsInFlight

log = logging.getLogger(__name__)

INBOX_STREAM = "social:webhook-inbox"
DEADLETTER_STREAM = "social:webhook-deadletter"
GROUP = "connectors"


async def enqueue(redis: Redis, platform: str, body: bytes) -> str:
    """Store one verified delivery; returns the stream id."""
    entry_id = await redis.xadd(INBOX_STREAM, {
        "platform": platform,
        "body": body,
        "received_at": datetime.now(timezone.utc).isoformat(),
    })
    return entry_id.decode() if isinstance(entry_id, bytes) else entry_id


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class InboxWorker:
    def __init__(self, redis: Redis, parsers: Mapping[str, Connector], pipeline: MentionPipeline,
                 consumer: str = "worker-1", block_ms: int = 1000, retry_after: float = 5.0) -> None:
        self.redis = redis
        self.parsers = parsers
        self.pipeline = pipeline
        self.consumer = consumer
        self.block_ms = block_ms
        self.retry_after = retry_after

    async def ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(INBOX_STREAM, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    async def run(self, stop: asyncio.Event) -> None:
        await self.ensure_group()
        last_sweep = 0.0
        while not stop.is_set():
            try:
                if time.monotonic() - last_sweep >= self.retry_after:
                    await self.process_batch(pending=True)  # our unacknowledged entries
                    last_sweep = time.monotonic()
                await self.process_batch(block_ms=self.block_ms)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - e.g. Redis restarting; try again shortly
                log.error("inbox worker: %s", exc)
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.retry_after)
                except asyncio.TimeoutError:
                    pass

    async def process_batch(self, count: int = 100, pending: bool = False, block_ms: int | None = None) -> int:
        """Handle up to `count` entries in one pipeline pass; returns how many were acknowledged."""
        response = await self.redis.xreadgroup(
            GROUP, self.consumer, {INBOX_STREAM: "0" if pending else ">"},
            count=count, block=None if pending else block_ms)
        parsed: list[tuple[Any, list[Mention]]] = []
        finished: list[Any] = []
        for _stream, entries in response or []:
            for entry_id, fields in entries:
                if not fields:  # deleted while pending
                    finished.append(entry_id)
                    continue
                mentions = await self._parse(entry_id, fields)
                if mentions is None:
                    finished.append(entry_id)  # dead-lettered
                else:
                    parsed.append((entry_id, mentions))
        try:
            await self.pipeline.process_many([m for _, entry in parsed for m in entry])
            finished.extend(entry_id for entry_id, _ in parsed)
        except MentionsInFlight:
            # Everything else in the batch is done now; retry entry by entry to find the waiting ones.
            for entry_id, mentions in parsed:
                try:
                    await self.pipeline.process_many(mentions)
                    finished.append(entry_id)
                except MentionsInFlight:
                    log.info("inbox entry %s waits for a mention in flight", _text(entry_id))
        if finished:
            await self._ack(*finished)
        return len(finished)

    async def drain(self) -> int:
        """Process everything available now (tests, replay)."""
        await self.ensure_group()
        total = await self.process_batch(pending=True)
        while True:
            handled = await self.process_batch(block_ms=None)
            total += handled
            if not handled:
                return total

    async def _parse(self, entry_id: Any, fields: Mapping[Any, Any]) -> list[Mention] | None:
        """The entry's mentions, or None after moving an unparseable entry to the dead-letter stream."""
        platform = _text(fields.get(b"platform", fields.get("platform", "")))
        body = fields.get(b"body", fields.get("body", b""))
        try:
            return self.parsers[platform].parse(json.loads(body))
        except (KeyError, ValueError, TypeError, AttributeError, PayloadError) as exc:
            log.error("inbox entry %s (%s) cannot be parsed: %s; moved to %s",
                      _text(entry_id), platform, exc, DEADLETTER_STREAM)
            await self.redis.xadd(DEADLETTER_STREAM, {"platform": platform, "body": body,
                                                      "error": str(exc)[:500]})
            return None

    async def _ack(self, *entry_ids: Any) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xack(INBOX_STREAM, GROUP, *entry_ids)
            pipe.xdel(INBOX_STREAM, *entry_ids)
            await pipe.execute()
