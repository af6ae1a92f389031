"""Throughput of the social path: verify signature -> enqueue raw payload (webhook request path)
-> worker: parse/normalise -> dedupe -> detect -> social:mentions (+ intake for complaints).

Writes to social:mentions and klachtenbureau:intake of the Redis it is given: use a scratch
Redis. `bench_main` (CLI) starts its own throwaway redis-server for that reason.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from connectors.base import Connector
from connectors.inbox import INBOX_STREAM, InboxWorker, enqueue
from connectors.linkedin import LinkedInConnector, linkedin_signature
from connectors.meta import MetaConnector, meta_signature
from connectors.pipeline import MENTIONS_STREAM, MentionPipeline
from connectors.x import XConnector, x_signature

SECRET = "bench-secret"
CONCURRENCY = 32  # webhook deliveries in flight at once (platforms deliver in parallel)
TEXTS = [
    "Ik ben zeer ontevreden over ARAG, al weken geen reactie op mijn mails.",
    "Weet iemand of de Flexpolis ook burenruzies dekt?",
    "Mijn verhuurder weigert de borg terug te betalen, schandalig. Gelukkig heb ik ARAG.",
    "Bedankt ARAG voor de snelle hulp bij mijn geschil met de webwinkel!",
    "Mijn jurist belt nooit terug, ik wil een klacht indienen over jullie service.",
]


def _deliveries(n: int, run: str) -> list[tuple[str, bytes, dict[str, str]]]:
    """n signed webhook bodies, one mention each, cycling over the webhook platforms."""
    out = []
    for i in range(n):
        text = f"{TEXTS[i % len(TEXTS)]} ({run}-{i})"
        kind = i % 4
        if kind == 0:
            body = json.dumps(
                {
                    "object": "page",
                    "entry": [
                        {
                            "id": "1",
                            "time": 1763716500,
                            "changes": [
                                {
                                    "field": "feed",
                                    "value": {
                                        "from": {"id": f"u{i}", "name": "Klant"},
                                        "item": "comment",
                                        "verb": "add",
                                        "post_id": "1_2",
                                        "comment_id": f"2_{run}{i}",
                                        "created_time": 1763716498,
                                        "message": text,
                                    },
                                }
                            ],
                        }
                    ],
                }
            ).encode()
            out.append(("facebook", body, {"X-Hub-Signature-256": meta_signature(body, SECRET)}))
        elif kind == 1:
            body = json.dumps(
                {
                    "object": "instagram",
                    "entry": [
                        {
                            "id": "9",
                            "time": 1763716500,
                            "changes": [
                                {
                                    "field": "comments",
                                    "value": {
                                        "from": {"id": f"u{i}", "username": "klant"},
                                        "media": {"id": "5", "media_product_type": "FEED"},
                                        "id": f"{run}{i}",
                                        "text": text,
                                    },
                                }
                            ],
                        }
                    ],
                }
            ).encode()
            out.append(("instagram", body, {"X-Hub-Signature-256": meta_signature(body, SECRET)}))
        elif kind == 2:
            body = json.dumps(
                {
                    "for_user_id": "1",
                    "tweet_create_events": [
                        {
                            "created_at": "Fri Nov 21 09:30:12 +0000 2025",
                            "id_str": f"{i}{abs(hash(run)) % 10**6}",
                            "text": text,
                            "user": {"id_str": f"u{i}", "name": "Klant", "screen_name": "klant"},
                        }
                    ],
                }
            ).encode()
            out.append(("x", body, {"x-twitter-webhooks-signature": x_signature(body, SECRET)}))
        else:
            body = json.dumps(
                {
                    "type": "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
                    "notifications": [
                        {
                            "notificationId": f"{run}{i}",
                            "action": "COMMENT",
                            "sourcePost": "urn:li:activity:1",
                            "decoratedGeneratedActivity": {
                                "comment": {
                                    "owner": "urn:li:person:a",
                                    "text": text,
                                    "entity": f"urn:li:comment:(urn:li:activity:1,{i})",
                                    "object": "urn:li:activity:1",
                                }
                            },
                            "lastModifiedAt": 1763719200310,
                        }
                    ],
                }
            ).encode()
            out.append(("linkedin", body, {"X-LI-Signature": linkedin_signature(body, SECRET)}))
    return out


async def _bench(redis_url: str, n: int, detector: Any, intake: Any) -> dict[str, Any]:
    connectors: dict[str, Connector] = {
        "facebook": MetaConnector("facebook", SECRET, "t"),
        "instagram": MetaConnector("instagram", SECRET, "t"),
        "x": XConnector(SECRET),
        "linkedin": LinkedInConnector(SECRET),
    }
    run = uuid.uuid4().hex[:8]
    deliveries = _deliveries(n, run)
    redis = Redis.from_url(redis_url)
    try:
        pipeline = MentionPipeline(redis, detector, intake)
        worker = InboxWorker(redis, connectors, pipeline, consumer=f"bench-{run}")
        await worker.ensure_group()
        feed_before = await redis.xlen(MENTIONS_STREAM)
        detector.detect("warm-up")
        start = time.perf_counter()
        gate = asyncio.Semaphore(CONCURRENCY)

        async def deliver(platform: str, body: bytes, headers: dict[str, str]) -> None:
            async with gate:  # what the request handler does for each delivery
                connectors[platform].verify(body, headers)
                json.loads(body)
                await enqueue(redis, platform, body)

        await asyncio.gather(*(deliver(*d) for d in deliveries))
        request_path = time.perf_counter() - start
        await worker.drain()
        total = time.perf_counter() - start
        feed_added = await redis.xlen(MENTIONS_STREAM) - feed_before
        complaints = sum(
            1 for _, fields in await redis.xrevrange(MENTIONS_STREAM, count=n) if fields.get(b"complaint") == b"1"
        )
        left = await redis.xlen(INBOX_STREAM)
    finally:
        await redis.close()
    return {
        "mentions": n,
        "seconds": round(total, 3),
        "mentions_per_s": round(n / total, 1),
        "concurrent_deliveries": CONCURRENCY,
        "webhook_path_per_s": round(n / request_path, 1),
        "feed_entries": feed_added,
        "complaints": complaints,
        "inbox_left": left,
    }


def run_connectors_bench(redis_url: str, n: int, detector: Any = None, intake: Any = None) -> dict[str, Any]:
    """Mentions per second through verify + normalise + detect + enqueue, on the Redis at redis_url."""
    if detector is None:
        from flexbot.complaints.detector import load_detector

        detector = load_detector()
    if intake is not None:
        return asyncio.run(_bench(redis_url, n, detector, intake))

    async def with_own_intake() -> dict[str, Any]:
        from connectors.intake_adapter import IntakeSink

        with tempfile.TemporaryDirectory(prefix="bench-spool-") as spool:
            sink = IntakeSink.from_env(redis_url, {"INTAKE_SPOOL_DIR": spool})
            try:
                return await _bench(redis_url, n, detector, sink)
            finally:
                await sink.stop()

    return asyncio.run(with_own_intake())


def bench_main(n: int = 5000) -> int:
    """CLI: runs the bench on $REDIS_URL (an empty scratch Redis) or on a throwaway redis-server
    (AOF, fsync always, as in production)."""
    url = os.environ.get("REDIS_URL")
    if url:
        result = run_connectors_bench(url, n)
    else:
        from flexbot.redis_server import LocalRedis, free_port

        with tempfile.TemporaryDirectory(prefix="connectors-bench-") as tmp:
            with LocalRedis(Path(tmp), free_port()) as server:
                result = run_connectors_bench(server.url, n)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=5000, help="mentions to push through the pipeline")
    raise SystemExit(bench_main(parser.parse_args().n))
