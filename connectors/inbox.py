"""Durable webhook inbox: verified raw payloads go into a Redis stream on the request path; a
background consumer (flexbot.streams.GroupConsumer, one unique consumer name per instance) parses
them and runs the pipeline off the request path.

An entry is acknowledged and deleted only after its mentions were processed, or after it was
copied to the dead-letter stream (SOCIAL_DEAD_LETTER): at once when its payload cannot be parsed,
and after `max_failures` failed attempts otherwise. One poison delivery never stops the inbox:
a failing batch is retried entry by entry, and the other entries go through.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from redis.asyncio import Redis

from connectors.base import Connector, Mention
from connectors.pipeline import MentionPipeline, MentionsInFlight
from flexbot.keys import SOCIAL_DEAD_LETTER
from flexbot.streams import REDIS_DOWN, Entry, GroupConsumer, consumer_name, ensure_group, text

log = logging.getLogger(__name__)

INBOX_STREAM = "social:webhook-inbox"
DEADLETTER_STREAM = SOCIAL_DEAD_LETTER
GROUP = "connectors"
FAILURES_KEY = "social:webhook-inbox:failures"  # hash: entry id -> failed attempts
MAX_FAILURES = 5
RETRY_IDLE_MS = 15_000  # a failed entry is tried again after this long (also: taken over from a dead instance)
DEADLETTER_MAXLEN = 10_000

# Looks up what a webhook leaves out (Instagram mentions carry ids only); may raise to retry later.
Enricher = Callable[[list[Mention]], Awaitable[list[Mention]]]


async def enqueue(redis: Redis, platform: str, body: bytes | str) -> str:
    """Store one verified delivery (UTF-8 JSON text); returns the stream id."""
    entry_id = await redis.xadd(
        INBOX_STREAM,
        {
            "platform": platform,
            "body": body,
            "received_at": datetime.now(timezone.utc).isoformat(),
        },
    )
    return text(entry_id)


def _field(fields: Mapping[Any, Any], name: str) -> Any:
    return fields.get(name, fields.get(name.encode(), ""))


class InboxWorker(GroupConsumer):
    """The social inbox's consumer; `process` is idempotent (the pipeline deduplicates)."""

    def __init__(
        self,
        redis: Redis,
        parsers: Mapping[str, Connector],
        pipeline: MentionPipeline,
        consumer: str | None = None,
        block_ms: int = 1000,
        *,
        max_failures: int = MAX_FAILURES,
        retry_idle_ms: int = RETRY_IDLE_MS,
        enrich: Enricher | None = None,
    ) -> None:
        super().__init__(
            redis,
            INBOX_STREAM,
            GROUP,
            consumer or consumer_name("connectors"),
            block_ms=block_ms,
            claim_idle_ms=retry_idle_ms,
        )
        self.parsers = parsers
        self.pipeline = pipeline
        self.max_failures = max_failures
        self.enrich = enrich

    @property
    def consumer(self) -> str:
        return self.name

    async def ensure_group(self) -> None:
        await ensure_group(self.redis, INBOX_STREAM, GROUP)

    async def process(self, entries: list[Entry]) -> int:
        parsed: list[tuple[Any, dict[str, str], list[Mention]]] = []
        finished: list[Any] = []
        for entry_id, fields in entries:
            if not fields:  # deleted while pending
                finished.append(entry_id)
                continue
            mentions = await self._parse(entry_id, fields)
            if mentions is None:
                finished.append(entry_id)  # dead-lettered
            else:
                parsed.append((entry_id, fields, mentions))
        try:
            await self._handle([m for _, _, entry in parsed for m in entry])
            finished.extend(entry_id for entry_id, _, _ in parsed)
        except REDIS_DOWN:
            raise
        except Exception:  # noqa: BLE001 - find the entries that fail, let the others through
            for entry_id, fields, mentions in parsed:
                try:
                    await self._handle(mentions)
                    finished.append(entry_id)
                except REDIS_DOWN:
                    raise
                except MentionsInFlight:
                    log.info("inbox entry %s waits for a mention in flight", text(entry_id))
                except Exception as exc:  # noqa: BLE001 - counted; dead-lettered after max_failures
                    if await self._failed(entry_id, fields, exc):
                        finished.append(entry_id)
        if finished:
            await self._ack(*finished)
        return len(finished)

    async def _handle(self, mentions: list[Mention]) -> None:
        if self.enrich is not None and mentions:
            mentions = await self.enrich(mentions)
        await self.pipeline.process_many(mentions)

    async def process_batch(self, count: int = 100, pending: bool = False, block_ms: int | None = None) -> int:
        """Read up to `count` entries (own pending ones with pending=True) and process them."""
        reply = await self.redis.xreadgroup(
            self.group,
            self.name,
            {self.stream: "0" if pending else ">"},
            count=count,
            block=None if pending else block_ms,
        )
        return await self.process(reply[0][1] if reply else [])

    async def drain(self) -> int:
        """Process everything available now (tests, replay, bench)."""
        await self.ensure_group()
        total = await self.process_batch(pending=True)
        while True:
            handled = await self.process_batch(block_ms=None)
            total += handled
            if not handled:
                return total

    async def _parse(self, entry_id: Any, fields: Mapping[Any, Any]) -> list[Mention] | None:
        """The entry's mentions, or None after moving an unparseable entry to the dead-letter stream.

        Parsing is deterministic, so a payload that fails once always fails: no retries."""
        platform = text(_field(fields, "platform"))
        try:
            return self.parsers[platform].parse(json.loads(_field(fields, "body")))
        except Exception as exc:  # noqa: BLE001 - any parse failure (KeyError, OverflowError, ...)
            await self._dead_letter(entry_id, fields, exc, failures=1)
            return None

    async def _failed(self, entry_id: Any, fields: Mapping[Any, Any], exc: Exception) -> bool:
        """Count one failed attempt; True when the entry was dead-lettered."""
        failures = int(await self.redis.hincrby(FAILURES_KEY, text(entry_id), 1))
        if failures < self.max_failures:
            log.warning(
                "inbox entry %s failed (%d of %d): %s: %s",
                text(entry_id),
                failures,
                self.max_failures,
                type(exc).__name__,
                exc,
            )
            return False
        await self._dead_letter(entry_id, fields, exc, failures)
        return True

    async def _dead_letter(self, entry_id: Any, fields: Mapping[Any, Any], exc: Exception, failures: int) -> None:
        platform = text(_field(fields, "platform"))
        log.error(
            "inbox entry %s (%s) moved to %s after %d attempt(s): %s: %s",
            text(entry_id),
            platform,
            SOCIAL_DEAD_LETTER,
            failures,
            type(exc).__name__,
            str(exc)[:200],
        )
        await self.redis.xadd(
            SOCIAL_DEAD_LETTER,
            {
                "platform": platform,
                "body": _field(fields, "body"),
                "error": f"{type(exc).__name__}: {exc}"[:500],
                "inbox_id": text(entry_id),
                "failures": str(failures),
                "received_at": text(_field(fields, "received_at")),
                "dead_at": datetime.now(timezone.utc).isoformat(),
            },
            maxlen=DEADLETTER_MAXLEN,
            approximate=True,
        )

    async def _ack(self, *entry_ids: Any) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xack(INBOX_STREAM, GROUP, *entry_ids)
            pipe.xdel(INBOX_STREAM, *entry_ids)
            pipe.hdel(FAILURES_KEY, *[text(e) for e in entry_ids])
            await pipe.execute()


async def run_worker(worker: InboxWorker, stop: asyncio.Event) -> None:
    """Run the consumer until `stop`; an unexpected error is logged and the loop starts again."""
    while not stop.is_set():
        try:
            await worker.run(stop)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - never let the inbox die
            log.error("inbox worker: %s: %s", type(exc).__name__, exc)
            try:
                await asyncio.wait_for(stop.wait(), timeout=1.0)
            except asyncio.TimeoutError:
                pass
