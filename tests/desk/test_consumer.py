"""Receiving without loss: duplicates, crashed consumers (kill -9) and a Redis restart."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import redis
import redis.asyncio as aioredis

from desk.consumer import DEAD_LETTER, GROUP, STREAM, IntakeConsumer, ensure_group
from desk.register import AUDIT_ALL, Register
from flexbot.redis_server import LocalRedis, free_port

ROOT = Path(__file__).resolve().parents[2]


def start_consumer(url: str, claim_idle_ms: int = 200, batch: int = 20) -> subprocess.Popen:
    env = {**os.environ, "REDIS_URL": url, "DESK_CLAIM_IDLE_MS": str(claim_idle_ms), "DESK_BATCH": str(batch)}
    return subprocess.Popen(
        [sys.executable, "-m", "desk.consumer"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(timeout=10)


def registrations(client: redis.Redis) -> list[str]:
    """Complaint ids of every "registered" entry in the global audit log."""
    return [f[b"complaint"].decode() for _i, f in client.xrange(AUDIT_ALL) if f[b"action"] == b"geregistreerd"]


def assert_registered_once(client: redis.Redis, ids: set[str]) -> None:
    registered = registrations(client)
    assert len(registered) == len(ids)
    assert set(registered) == ids
    assert client.zcard("desk:idx:received") == len(ids)
    assert client.xpending(STREAM, GROUP)["pending"] == 0


async def run_until_drained(consumer: IntakeConsumer, total: int) -> None:
    await ensure_group(consumer.redis)
    stop_event = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop_event))
    try:
        for _ in range(400):
            summary = await consumer.redis.xpending(STREAM, GROUP)
            groups = await consumer.redis.xinfo_groups(STREAM)
            if summary["pending"] == 0 and groups and groups[0]["entries-read"] == total:
                break
            await asyncio.sleep(0.05)
    finally:
        stop_event.set()
        await task


async def test_duplicate_entries_make_one_record(aredis: aioredis.Redis, redis_url: str, h: Any) -> None:
    complaints = [h.complaint(i) for i in range(50)]
    await h.publish(aredis, complaints + complaints[:10] + [h.complaint(3, text="opnieuw verstuurd")])
    await aredis.xadd(STREAM, {"complaint": "geen json"})
    consumer = IntakeConsumer(aredis, block_ms=50)
    await run_until_drained(consumer, 62)
    sync = redis.Redis.from_url(redis_url)
    assert_registered_once(sync, {c["id"] for c in complaints})
    assert consumer.duplicates == 11
    # The first delivery wins: a redelivered copy never overwrites the record.
    record = await Register(aredis).get("KL-2026-000003")
    assert record["text"] == complaints[3]["text"]
    # Bad input is kept aside for a person, not lost and not blocking the stream.
    assert [f[b"complaint"] for _i, f in sync.xrange(DEAD_LETTER)] == [b"geen json"]


async def test_pending_entries_of_a_crashed_consumer_are_reclaimed(
    aredis: aioredis.Redis, redis_url: str, h: Any
) -> None:
    complaints = [h.complaint(i) for i in range(30)]
    await h.publish(aredis, complaints)
    await ensure_group(aredis)
    # A consumer reads everything, stores the first 10, then dies before acknowledging anything.
    reply = await aredis.xreadgroup(GROUP, "crashed", {STREAM: ">"}, count=100)
    register = Register(aredis)
    for _entry_id, fields in reply[0][1][:10]:
        await register.register(json.loads(fields["complaint"]))
    assert (await aredis.xpending(STREAM, GROUP))["pending"] == 30
    survivor = IntakeConsumer(aredis, block_ms=50, claim_idle_ms=0)
    await run_until_drained(survivor, 30)
    assert_registered_once(redis.Redis.from_url(redis_url), {c["id"] for c in complaints})
    assert survivor.duplicates == 10
    # The dead consumer's name, now holding nothing, is cleaned up once it has been idle long enough.
    await survivor.forget_idle_consumers(idle_ms=0)
    names = {
        c["name"].decode() if isinstance(c["name"], bytes) else c["name"]
        for c in await aredis.xinfo_consumers(STREAM, GROUP)
    }
    assert names == {survivor.name}


async def test_consumer_killed_mid_batch_registers_every_complaint_once(redis_url: str, h: Any) -> None:
    sync = redis.Redis.from_url(redis_url)
    client = aioredis.Redis.from_url(redis_url)
    complaints = [h.complaint(i) for i in range(3000)]
    await h.publish(client, complaints)
    killed_mid_batch = False
    for _attempt in range(5):  # kill -9 until one kill lands while a batch is delivered but unacknowledged
        done = sync.zcard("desk:idx:received")
        victim = start_consumer(redis_url)
        try:
            await h.wait_until(lambda done=done: _gt(client, done))
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=10)
        finally:
            stop(victim)
        if sync.xpending(STREAM, GROUP)["pending"] > 0:
            killed_mid_batch = True
            break
    assert killed_mid_batch
    assert sync.zcard("desk:idx:received") < len(complaints), "consumer finished before it was killed"
    # Two desk instances take over, one of them reclaiming what the dead one left pending.
    others = [start_consumer(redis_url), start_consumer(redis_url)]
    try:
        await h.wait_until(lambda: _drained(client, len(complaints)), timeout=60)
    finally:
        for proc in others:
            stop(proc)
        await client.close()
    assert_registered_once(sync, {c["id"] for c in complaints})


async def test_redis_restart_loses_no_acknowledged_complaint(tmp_path: Path, h: Any) -> None:
    server = LocalRedis(tmp_path / "redis", free_port()).start()
    client = aioredis.Redis.from_url(server.url)
    complaints = [h.complaint(i) for i in range(3000)]
    consumer = start_consumer(server.url)
    try:
        await h.publish(client, complaints)
        await h.wait_until(lambda: _gt(client, 0))
        server.stop(kill=True)  # Redis dies mid-stream (SIGKILL), the consumer keeps retrying
        server.start()
        sync = redis.Redis.from_url(server.url)
        # Everything the group acknowledged before the crash is in the register after it.
        last_delivered = sync.xinfo_groups(STREAM)[0]["last-delivered-id"]
        pending = {p["message_id"] for p in sync.xpending_range(STREAM, GROUP, "-", "+", 10_000)}
        acked = [f for i, f in sync.xrange(STREAM, "-", last_delivered) if i not in pending]
        stored = {k.decode().split(":")[-1] for k in sync.keys("desk:complaint:*")}
        assert {json.loads(f[b"complaint"])["id"] for f in acked} <= stored
        # The consumer reconnects and finishes the rest, each complaint once.
        await h.wait_until(lambda: _drained(client, len(complaints)), timeout=60)
        assert_registered_once(sync, {c["id"] for c in complaints})
    finally:
        stop(consumer)
        await client.close()
        server.stop()


async def _gt(client: aioredis.Redis, n: int) -> bool:
    return await client.zcard("desk:idx:received") > n


async def _drained(client: aioredis.Redis, total: int) -> bool:
    try:
        if await client.zcard("desk:idx:received") < total:
            return False
        return (await client.xpending(STREAM, GROUP))["pending"] == 0
    except (redis.exceptions.ConnectionError, redis.exceptions.BusyLoadingError):
        return False


async def test_records_built_by_the_bot_intake_are_registered(aredis: aioredis.Redis) -> None:
    """Contract check against flexbot.intake.client.build_complaint (shared/DESIGN.md intake record)."""
    from flexbot.intake.client import build_complaint

    record = build_complaint(
        "KL-2026-000777",
        "Ik ben <i>boos</i>",
        "website",
        {"conversation_id": "c-7"},
        customer={"name": "Ans"},
        handoff_consent=True,
    )
    await aredis.xadd(STREAM, {"complaint": json.dumps(record, ensure_ascii=False)})
    consumer = IntakeConsumer(aredis, block_ms=50)
    await run_until_drained(consumer, 1)
    stored = await Register(aredis).get("KL-2026-000777")
    assert stored["text"] == "Ik ben <i>boos</i>" and stored["customer"]["name"] == "Ans"
    assert stored["status"] == "nieuw" and stored["source"] == {"conversation_id": "c-7"}
