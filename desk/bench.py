"""Register benchmark: complaints registered per second and intake-to-register latency.

    python -m desk.bench [--n 5000]      # starts its own redis-server (AOF, appendfsync always)
    REDIS_URL=redis://... python -m desk.bench   # or an existing, EMPTY scratch Redis

Phase 1 (throughput): n complaints are already in the intake stream; one consumer drains it.
Phase 2 (latency): complaints arrive in small batches while the consumer runs; latency is the time
from XADD (the stream entry id) to the consumer's XACK, which follows the stored record.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import redis.asyncio as aioredis

from desk.consumer import GROUP, STREAM, IntakeConsumer, ensure_group
from flexbot.measure import percentile
from flexbot.streams import redis_client


def _complaint(n: int, prefix: int) -> str:
    return json.dumps(
        {
            "id": f"KL-{prefix}-{n:06d}",
            "received_at": datetime.now(timezone.utc).isoformat(),
            "channel": "website",
            "text": "Ik wacht al drie weken op een reactie op mijn zaak, dit is echt onacceptabel.",
            "source": {"conversation_id": f"bench-{n}"},
            "customer": {"name": "Bench Klant", "email": "bench@example.nl", "phone": None, "policy_number": None},
            "confidential": False,
            "handoff_consent": True,
            "resolved_immediately": False,
            "detector": {"score": 0.9, "reasons": ["bench"], "version": "bench"},
        }
    )


async def _publish(client: aioredis.Redis, ids: range, prefix: int) -> None:
    pipe = client.pipeline(transaction=False)
    for i in ids:
        pipe.xadd(STREAM, {"complaint": _complaint(i, prefix)})
    await pipe.execute()


async def _drain(client: aioredis.Redis, consumer: IntakeConsumer, target: int) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    while consumer.registered < target:
        await asyncio.sleep(0.005)
    stop.set()
    await task


def _percentile(values: list[float], q: float) -> float:
    """q in 0..1; the project's one definition (flexbot.measure, statistics.quantiles inclusive)."""
    return percentile(values, q * 100)


async def _bench(redis_url: str, n: int) -> dict[str, Any]:
    client = redis_client(redis_url)
    try:
        await ensure_group(client)
        # Phase 1: throughput on a backlog.
        await _publish(client, range(n), 9001)
        consumer = IntakeConsumer(client, batch=200, block_ms=50)
        start = time.perf_counter()
        await _drain(client, consumer, n)
        elapsed = time.perf_counter() - start
        # Phase 2: latency while complaints trickle in (about 1,000 per second).
        m = min(n, 2000)
        latencies: list[float] = []
        live = IntakeConsumer(client, batch=200, block_ms=50)

        def acked(entry_ids: list[Any]) -> None:
            now_ms = time.time() * 1000
            for e in entry_ids:
                sent_ms = int(str(e).split("-")[0])
                latencies.append(now_ms - sent_ms)

        live.on_acked = acked
        task = asyncio.create_task(_drain(client, live, m))
        for chunk in range(0, m, 10):
            await _publish(client, range(chunk, min(chunk + 10, m)), 9002)
            await asyncio.sleep(0.01)
        await task
        pending = (await client.xpending(STREAM, GROUP))["pending"]
        return {
            "complaints": n,
            "registered_per_second": round(n / elapsed, 1),
            "latency_samples": len(latencies),
            "latency_p50_ms": round(_percentile(latencies, 0.50), 2),
            "latency_p99_ms": round(_percentile(latencies, 0.99), 2),
            "pending_after": pending,
        }
    finally:
        await client.close()


def run_register_bench(redis_url: str, n: int) -> dict[str, Any]:
    """Benchmark the register on `redis_url` (an empty scratch Redis: it writes desk keys)."""
    return asyncio.run(_bench(redis_url, n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000, help="complaints in the throughput phase")
    args = parser.parse_args()
    url = os.environ.get("REDIS_URL")
    if url:
        result = run_register_bench(url, args.n)
    else:
        from flexbot.redis_server import LocalRedis, free_port

        with tempfile.TemporaryDirectory() as tmp, LocalRedis(Path(tmp), free_port()) as server:
            result = run_register_bench(server.url, args.n)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
