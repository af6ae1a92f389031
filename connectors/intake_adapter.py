"""Hands a complaining mention to the ONE intake (flexbot.intake.client -> klachtenbureau:intake)."""
from __future__ import annotations

import os
import zlib
from collections.abc import Mapping
from pathlib import Path

from flexbot.intake.client import IntakeClient, build_complaint
from connectors.base import Mention
from connectors.pipeline import Detection
from flexbot import settings



def idempotency_key(mention: Mention) -> str:
    """Same mention, same complaint id: redeliveries and crash retries never register it twice."""
    return f"social:{mention.platform}:{mention.platform_id}"


class IntakeSink:
    """Adapter from (Mention, Detection) to flexbot.intake.client's build_complaint + IntakeClient.

    One IntakeClient handles one complaint at a time (it holds a lock around allocate and
    submit), and each of its Redis writes waits for an fsync. To hand over a burst of complaints
    quickly the sink keeps a few clients and always routes the same mention to the same client
    (hash of the idempotency key), so a retry while Redis is down still finds its offline id.
    They share one spool directory, which flexbot.intake.spool locks for concurrent use.
    """

    def __init__(self, clients: list[IntakeClient]) -> None:
        if not clients:
            raise ValueError("at least one IntakeClient")
        self.clients = clients

    @classmethod
    def from_env(cls, redis_url: str, env: Mapping[str, str] | None = None) -> "IntakeSink":
        env = os.environ if env is None else env
        cfg = settings.get(env)
        spool_dir = cfg.spool_dir("connectors")
        size = max(1, cfg.connectors_intake_clients)
        return cls([IntakeClient(redis_url, spool_dir) for _ in range(size)])

    async def start(self) -> None:
        """Background delivery of complaints spooled while Redis was unreachable (one is enough:
        all clients share the spool)."""
        await self.clients[0].start()

    async def stop(self) -> None:
        for client in self.clients:
            await client.stop()

    def client_for(self, key: str) -> IntakeClient:
        return self.clients[zlib.crc32(key.encode()) % len(self.clients)]

    async def submit_mention(self, mention: Mention, detection: Detection) -> str:
        key = idempotency_key(mention)
        client = self.client_for(key)
        complaint_id = await client.allocate_id(key)
        record = build_complaint(
            complaint_id,
            mention.text,
            mention.platform,
            {"url": mention.url, "platform_id": mention.platform_id},
            customer={"name": mention.author_name or mention.author_handle or None},
            detection=detection,
            received_at=mention.created_at,  # when the customer said it, on the platform
        )
        return await client.submit(record)
