"""Hands a complaining mention to the ONE intake (flexbot.intake.client -> klachtenbureau:intake)."""

from __future__ import annotations

import hashlib
import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

from connectors.base import Mention
from connectors.pipeline import Detection
from flexbot import settings
from flexbot.intake.client import IntakeClient, build_complaint


def spool_dir(redis_url: str, env: Mapping[str, str]) -> Path:
    """$FLEXBOT_VAR_DIR/spool/connectors/redis-<hash>-port-<port>: one spool per instance and per
    Redis, so offline ids reserved from one Redis are never handed out against another.
    INTAKE_SPOOL_DIR overrides it (used as given)."""
    cfg = settings.get(env)
    if cfg.intake_spool_dir:
        return cfg.intake_spool_dir
    parts = urlsplit(redis_url)
    where = f"{parts.scheme}://{parts.hostname}:{parts.port or 6379}{parts.path or '/0'}"  # no password
    tag = hashlib.sha256(where.encode()).hexdigest()[:10]
    return cfg.spool_dir("connectors") / f"redis-{tag}-port-{cfg.connectors_port}"


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
    def from_env(cls, redis_url: str, env: Mapping[str, str] | None = None) -> IntakeSink:
        env = os.environ if env is None else env
        cfg = settings.get(env)
        directory = spool_dir(redis_url, env)
        size = max(1, cfg.connectors_intake_clients)
        return cls([IntakeClient(redis_url, directory) for _ in range(size)])

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
