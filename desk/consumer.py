"""Intake consumer: reads `klachtenbureau:intake` in a consumer group, registers every new complaint
and merges every update into its record.

Entries are validated against the intake contract (flexbot/intake/contract.py); an entry that does
not fit is kept in a dead-letter stream for a person, never dropped. A batch is acknowledged only
after its records are stored; entries left pending by a consumer that crashed are reclaimed
(flexbot/streams.py). Registration is idempotent on the complaint id, an update on its update_id.

Standalone: `python -m desk.consumer` (REDIS_URL, DESK_CLAIM_IDLE_MS, DESK_BATCH).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

import redis.asyncio as aioredis

from desk.register import Register
from flexbot import settings
from flexbot.intake.contract import InvalidComplaint, parse_entry
from flexbot.keys import INTAKE_DEAD_LETTER as DEAD_LETTER
from flexbot.keys import INTAKE_GROUP as GROUP
from flexbot.keys import INTAKE_STREAM as STREAM
from flexbot.streams import GroupConsumer, consumer_name, redis_client, text
from flexbot.streams import ensure_group as _ensure_group

log = logging.getLogger("desk.consumer")

__all__ = ["DEAD_LETTER", "GROUP", "STREAM", "IntakeConsumer", "ensure_group"]


async def ensure_group(client: aioredis.Redis) -> None:
    await _ensure_group(client, STREAM, GROUP)


class IntakeConsumer(GroupConsumer):
    def __init__(
        self,
        client: aioredis.Redis,
        name: str | None = None,
        *,
        batch: int = 100,
        block_ms: int = 1000,
        claim_idle_ms: int = 60_000,
    ) -> None:
        super().__init__(
            client,
            STREAM,
            GROUP,
            name or consumer_name("desk"),
            batch=batch,
            block_ms=block_ms,
            claim_idle_ms=claim_idle_ms,
        )
        self.register = Register(client)
        self.registered = 0
        self.duplicates = 0
        self.updates = 0
        # Called with the acknowledged entry ids after each batch (used by the benchmark).
        self.on_acked: Callable[[list[Any]], None] | None = None

    async def process(self, entries: list[tuple[Any, dict[Any, Any]]]) -> int:
        """Register new complaints in one round trip per run of them, apply updates in stream
        order, keep invalid entries, then acknowledge the batch. Returns entries handled."""
        if not entries:
            return 0
        pipe = self.redis.pipeline(transaction=False)
        queued = 0
        invalid: list[tuple[Any, dict[str, str], str]] = []
        for entry_id, raw_fields in entries:
            fields = {text(k): text(v) for k, v in raw_fields.items()}
            try:
                kind, record = parse_entry(fields)
                if kind == "complaint":
                    await self.register.register_in_pipeline(pipe, record)
                    queued += 1
                    continue
                queued = await self._flush(pipe, queued)  # its complaint may be in this batch
                pipe = self.redis.pipeline(transaction=False)
                if await self.register.apply_update(record):
                    self.updates += 1
            except (InvalidComplaint, KeyError, ValueError) as exc:
                reason = f"unknown complaint {exc}" if isinstance(exc, KeyError) else str(exc)
                invalid.append((entry_id, fields, reason))
        for entry_id, fields, reason in invalid:
            # Keep bad input for a person, never drop it silently.
            pipe.xadd(DEAD_LETTER, {**fields, "entry_id": text(entry_id), "reason": reason})
            log.warning("intake entry %s is not valid: %s", text(entry_id), reason)
        await self._flush(pipe, queued)
        # Only now, with every record stored, acknowledge the whole batch.
        await self.ack(entries)
        if self.on_acked:
            self.on_acked([e for e, _f in entries])
        return len(entries)

    async def _flush(self, pipe: Any, queued: int) -> int:
        results = await pipe.execute()
        for created in results[:queued]:
            if created:
                self.registered += 1
            else:
                self.duplicates += 1
        return 0


async def _main() -> None:
    import signal

    cfg = settings.get()
    client = redis_client(cfg.redis_url)
    consumer = IntakeConsumer(client, batch=cfg.desk_batch, claim_idle_ms=cfg.desk_claim_idle_ms)
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
