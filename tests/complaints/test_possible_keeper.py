"""Possible complaints kept and settled while Redis is down wait in a spool on disk, in order, and
are replayed by the next process too."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from flexbot.complaints import possible
from flexbot.complaints.possible_keeper import PossibleKeeper


async def candidates(redis_url: str) -> list[str]:
    client = aioredis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return [c["conversation_id"] for c in await possible.open_candidates(client)]
    finally:
        await client.close()


def entry(conversation: str) -> dict[str, Any]:
    return possible.candidate(conversation, "m1", "Het gaat traag bij jullie.", {"decision": "ask"})


async def test_operations_during_an_outage_are_replayed_in_order_by_the_next_process(
    redis_server: Any, redis_url: str, tmp_path: Path
) -> None:
    before = PossibleKeeper(redis_url, tmp_path, retry_interval=3600)
    await before.keep(entry("web-1"))  # Redis up: kept at once
    redis_server.stop(kill=True)
    try:
        await before.keep(entry("web-2"))
        await before.settle("web-1")  # the customer answered while Redis was down
        await before.keep(entry("web-3"))
        await before.settle("web-3")  # a settle never overtakes its own keep
    finally:
        await before.stop()  # the process ends before Redis is back
        redis_server.start()
    assert await candidates(redis_url) == ["web-1"]
    after = PossibleKeeper(redis_url, tmp_path, retry_interval=0.05)
    after.start()
    for _ in range(100):
        if not after.spool.has_pending():
            break
        await asyncio.sleep(0.05)
    await after.stop()
    assert await candidates(redis_url) == ["web-2"]
    assert await after.deliver() == 0  # nothing is replayed twice
