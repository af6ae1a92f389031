"""What the desk registers from the intake stream, read with its real consumer (for tests of the
producers: chat actions, end-to-end chat)."""

from __future__ import annotations

from typing import Any

from desk.consumer import IntakeConsumer, ensure_group
from desk.register import Register
from flexbot.streams import redis_client


async def registered(redis_url: str) -> list[dict[str, Any]]:
    """Every registered complaint, oldest first, after the desk's consumer has read the stream."""
    client = redis_client(redis_url)
    try:
        await ensure_group(client)
        consumer = IntakeConsumer(client, block_ms=10)
        while await consumer.step():
            pass
        register = Register(client)
        return list(reversed(await register.get_many(await register.ids())))
    finally:
        await client.close()
