"""Keeping and settling the chat's possible complaints, also while Redis is down.

Each keep or settle is one Redis call (flexbot/complaints/possible.py). When Redis cannot be
reached the operation goes, in order, to a local append-only spool (flexbot/intake/spool.py,
fsynced) and a background task replays it once Redis is back: a candidate kept during an outage
reaches the desk's list afterwards, and a yes or no said during the outage still takes it off.
Operations already waiting go first, so a settle never overtakes its own keep. Replaying is safe
twice over: a keep writes the same entry again, a settle deletes what is already gone.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flexbot.complaints import possible
from flexbot.intake.spool import Spool
from flexbot.streams import REDIS_DOWN, redis_client

log = logging.getLogger(__name__)


async def apply(client: Any, operation: Mapping[str, Any]) -> None:
    if operation.get("op") == "keep":
        await possible.keep(client, operation["entry"])
    elif operation.get("op") == "settle":
        await possible.settle(client, str(operation["conversation_id"]))
    else:
        log.error("unknown possible-complaint operation skipped: %r", operation)


class PossibleKeeper:
    def __init__(self, redis_url: str, spool_dir: Path | str, retry_interval: float = 1.0):
        self.redis_url = redis_url
        self.spool = Spool(Path(spool_dir), "possible")
        self.retry_interval = retry_interval
        self._lock = asyncio.Lock()
        self._retrier: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Replay what an earlier process left in the spool (call inside the running event loop)."""
        if self.spool.has_pending():
            self._retry_later()

    async def keep(self, entry: Mapping[str, Any]) -> None:
        await self._run({"op": "keep", "entry": dict(entry)})

    async def settle(self, conversation_id: str) -> None:
        await self._run({"op": "settle", "conversation_id": conversation_id})

    async def _run(self, operation: dict[str, Any]) -> None:
        async with self._lock:
            client = redis_client(self.redis_url)
            try:
                await self._drain(client)
                await apply(client, operation)
                return
            except REDIS_DOWN as exc:
                log.warning(
                    "Redis unreachable (%s): possible complaint %s spooled", type(exc).__name__, operation["op"]
                )
                self.spool.append(operation)
            finally:
                await client.close()
        self._retry_later()

    async def _drain(self, client: Any) -> int:
        """Replay the spooled operations in order (caller holds the lock); raises when Redis fails,
        after saving how far it got."""
        sent = 0
        while batch := self.spool.pending():
            for offset, operation in batch:
                if operation is not None:
                    await apply(client, operation)
                    sent += 1
                self.spool.advance(offset)
        return sent

    async def deliver(self) -> int:
        """Replay what waits in the spool; 0 while Redis is still down."""
        async with self._lock:
            client = redis_client(self.redis_url)
            try:
                return await self._drain(client)
            except REDIS_DOWN:
                return 0
            finally:
                await client.close()

    def _retry_later(self) -> None:
        if self._retrier is None or self._retrier.done():
            self._retrier = asyncio.create_task(self._retry(), name="possible-complaint-retrier")

    async def _retry(self) -> None:
        while self.spool.has_pending():
            await asyncio.sleep(self.retry_interval)
            try:
                await self.deliver()
            except Exception:  # keep retrying whatever happens; the spool keeps the operations
                log.exception("replaying possible complaints failed")

    async def stop(self) -> None:
        if self._retrier is not None:
            self._retrier.cancel()
            try:
                await self._retrier
            except asyncio.CancelledError:
                pass
            self._retrier = None
