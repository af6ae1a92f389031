"""The complaint intake against a real Redis: shape, exactly-once, ids, and Redis outages."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from pathlib import Path

import pytest
import redis

from flexbot.intake.client import IntakeClient
from flexbot.intake.contract import ID_PATTERN, STREAM, InvalidComplaint, build_complaint
from flexbot.redis_server import LocalRedis, free_port


def stream_records(url: str) -> list[dict]:
    client = redis.Redis.from_url(url)
    try:
        return [json.loads(fields[b"complaint"]) for _id, fields in client.xrange(STREAM)]
    finally:
        client.close()


def record(complaint_id: str, text: str = "Mijn jurist belt nooit terug.") -> dict:
    return build_complaint(
        complaint_id,
        text,
        "website",
        {"conversation_id": "conv-1"},
        customer={"name": "Jan <b>de</b> Vries", "email": "jan@example.nl"},
        confidential=True,
        handoff_consent=True,
        detection={"score": 0.99, "reasons": ["belt_nooit_terug"], "version": "complaints-test"},
    )


# -- record shape ------------------------------------------------------------------------------


def test_build_complaint_has_the_contract_shape() -> None:
    text = "  Bedankt voor niks 😡 <script>x</script>\n"
    rec = build_complaint("KL-2025-000042", text, "x", {"url": "https://x.com/a/1", "platform_id": "1"})
    assert set(rec) == {
        "id",
        "received_at",
        "channel",
        "text",
        "source",
        "customer",
        "confidential",
        "handoff_consent",
        "resolved_immediately",
        "detector",
        "transcript",
    }
    assert rec["text"] == text  # verbatim
    assert datetime.fromisoformat(rec["received_at"]).tzinfo is not None
    assert rec["customer"] == {"name": None, "email": None, "phone": None, "policy_number": None, "address": None}
    assert rec["confidential"] is rec["handoff_consent"] is rec["resolved_immediately"] is False
    assert rec["detector"] == {"score": None, "decision": None, "reasons": [], "version": None}
    assert rec["transcript"] == []
    json.dumps(rec)


def test_build_complaint_takes_a_detection_object() -> None:
    class Detection:  # same interface as flexbot.complaints.detector.Detection, without loading spaCy
        def __init__(self, complaint: bool, score: float, reasons: list[str], version: str):
            self.complaint, self.score, self.reasons, self.version = complaint, score, reasons, version

        def to_dict(self) -> dict:
            return vars(self).copy()

    rec = build_complaint(
        "KL-2025-000001",
        "t",
        "website",
        {"conversation_id": "c"},
        detection=Detection(True, 0.9, ["klacht_indienen"], "v1"),
    )
    assert rec["detector"] == {"score": 0.9, "decision": None, "reasons": ["klacht_indienen"], "version": "v1"}


@pytest.mark.parametrize("bad", ["KL-25-000001", "KL-2025-1", "kl-2025-000001", "2025-000001", ""])
def test_build_complaint_rejects_bad_ids(bad: str) -> None:
    with pytest.raises(InvalidComplaint):
        build_complaint(bad, "t", "website", {"conversation_id": "c"})


def test_build_complaint_rejects_unknown_customer_fields_and_naive_time() -> None:
    with pytest.raises(InvalidComplaint):
        build_complaint("KL-2025-000001", "t", "website", {}, customer={"iban": "NL00"})
    with pytest.raises(InvalidComplaint):
        build_complaint("KL-2025-000001", "t", "website", {}, received_at=datetime(2025, 1, 1))


# -- exactly once ------------------------------------------------------------------------------


async def test_submit_adds_one_entry_per_id(redis_url: str, tmp_path: Path) -> None:
    intake = IntakeClient(redis_url, tmp_path / "spool")
    try:
        complaint_id = await intake.allocate_id("conv-1:3")
        rec = record(complaint_id)
        results = [await intake.submit(rec) for _ in range(3)]
        results += await asyncio.gather(*(intake.submit(rec) for _ in range(5)))
        assert results == [complaint_id] * 8
        stored = stream_records(redis_url)
        assert stored == [rec]
    finally:
        await intake.stop()


async def test_two_clients_submitting_the_same_id_give_one_entry(redis_url: str, tmp_path: Path) -> None:
    a = IntakeClient(redis_url, tmp_path / "a")
    b = IntakeClient(redis_url, tmp_path / "b")
    try:
        rec = record("KL-2025-000777")
        await asyncio.gather(*(c.submit(rec) for c in (a, b) for _ in range(10)))
        assert [r["id"] for r in stream_records(redis_url)] == ["KL-2025-000777"]
    finally:
        await a.stop()
        await b.stop()


async def test_allocate_id_is_idempotent_per_key_and_unique_across_keys(redis_url: str, tmp_path: Path) -> None:
    a = IntakeClient(redis_url, tmp_path / "a")
    b = IntakeClient(redis_url, tmp_path / "b")
    try:
        same = await asyncio.gather(*(c.allocate_id("conv-9:4") for c in (a, b) for _ in range(5)))
        assert len(set(same)) == 1
        assert ID_PATTERN.match(same[0])
        assert same[0].startswith(f"KL-{datetime.now().astimezone().year}-")
        many = await asyncio.gather(*(a.allocate_id(f"conv-{i}:1") for i in range(30)))
        many += await asyncio.gather(*(b.allocate_id(f"conv-b{i}:1") for i in range(30)))
        assert len(set(many)) == 60 and same[0] not in many
        assert all(ID_PATTERN.match(i) for i in many)
    finally:
        await a.stop()
        await b.stop()


async def test_retried_action_gives_same_id_and_no_second_record(redis_url: str, tmp_path: Path) -> None:
    intake = IntakeClient(redis_url, tmp_path / "spool")
    try:
        for _ in range(3):  # the action runs three times for the same turn
            complaint_id = await intake.allocate_id("conv-5:7")
            await intake.submit(record(complaint_id))
        assert len(stream_records(redis_url)) == 1
    finally:
        await intake.stop()


# -- Redis outages -----------------------------------------------------------------------------


@pytest.fixture()
def own_redis(tmp_path: Path):
    """A redis-server of this test's own, so stopping it does not disturb other tests."""
    server = LocalRedis(tmp_path / "redis", free_port()).start()
    try:
        yield server
    finally:
        server.stop()


async def test_redis_down_spools_and_delivers_in_order_without_duplicates(
    own_redis: LocalRedis, tmp_path: Path
) -> None:
    spool_dir = tmp_path / "spool"
    intake = IntakeClient(own_redis.url, spool_dir, block_size=10, socket_timeout=0.5)
    try:
        await intake.start()  # reserves a block of ids while Redis is up
        first = await intake.allocate_id("conv-1:1")
        await intake.submit(record(first, "voor de storing"))

        own_redis.stop()
        offline = [await intake.allocate_id(f"conv-2:{turn}") for turn in range(4)]
        assert len(set(offline + [first])) == 5 and all(ID_PATTERN.match(i) for i in offline)
        assert await intake.allocate_id("conv-2:0") == offline[0]  # retry while down: same id
        for n, complaint_id in enumerate(offline):
            assert await intake.submit(record(complaint_id, f"tijdens storing {n}")) == complaint_id
        await intake.submit(record(offline[1], "tijdens storing 1"))  # a retried submit
        spooled = (spool_dir / "intake.spool.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["id"] for line in spooled] == offline + [offline[1]]

        own_redis.start()
        # The background deliverer empties the spool once Redis answers again.
        for _ in range(200):
            if len(stream_records(own_redis.url)) >= 5 and not intake.spool.has_pending():
                break
            await asyncio.sleep(0.05)
        stored = stream_records(own_redis.url)
        assert [r["id"] for r in stored] == [first] + offline
        assert [r["text"] for r in stored[1:]] == [f"tijdens storing {n}" for n in range(4)]
        assert not intake.spool.has_pending()

        # Ids handed out offline are known to Redis now: a retry elsewhere gets the same id.
        other = IntakeClient(own_redis.url, tmp_path / "other")
        try:
            assert await other.allocate_id("conv-2:3") == offline[3]
            fresh = await other.allocate_id("conv-3:1")
            assert fresh not in offline + [first]
        finally:
            await other.stop()
    finally:
        await intake.stop()


async def test_ids_allocated_offline_by_any_client_are_synced(own_redis: LocalRedis, tmp_path: Path) -> None:
    """Several clients share one spool (the connectors run eight): the one running the deliverer
    publishes every client's offline ids when Redis is back, not only its own."""
    spool_dir = tmp_path / "spool"
    runner = IntakeClient(own_redis.url, spool_dir, block_size=10, socket_timeout=0.5, retry_interval=0.1)
    quiet = IntakeClient(own_redis.url, spool_dir, block_size=10, socket_timeout=0.5)
    try:
        await runner.start()
        own_redis.stop()
        offline = await quiet.allocate_id("x:12345")  # the client without a deliverer
        own_redis.start()
        other = IntakeClient(own_redis.url, tmp_path / "elsewhere")
        try:
            for _ in range(100):
                if await other.redis.get("klachtenbureau:idem:x:12345"):
                    break
                await asyncio.sleep(0.05)
            assert await other.allocate_id("x:12345") == offline
        finally:
            await other.stop()
    finally:
        await quiet.stop()
        await runner.stop()


async def test_spooled_records_go_before_new_ones_when_redis_returns(own_redis: LocalRedis, tmp_path: Path) -> None:
    intake = IntakeClient(own_redis.url, tmp_path / "spool", socket_timeout=0.5)  # no background task
    try:
        await intake.allocate_id("warm-up")
        own_redis.stop()
        ids = [await intake.allocate_id(f"c:{i}") for i in range(3)]
        for complaint_id in ids[:2]:
            await intake.submit(record(complaint_id))
        own_redis.start()
        await intake.submit(record(ids[2]))
        assert [r["id"] for r in stream_records(own_redis.url)] == ids
    finally:
        await intake.stop()


async def test_spool_survives_a_restart_of_the_client(own_redis: LocalRedis, tmp_path: Path) -> None:
    spool_dir = tmp_path / "spool"
    intake = IntakeClient(own_redis.url, spool_dir, socket_timeout=0.5)
    await intake.allocate_id("warm-up")
    own_redis.stop()
    complaint_id = await intake.allocate_id("conv-x:1")
    await intake.submit(record(complaint_id))
    await intake.stop()  # the process goes away with the record only on disk

    own_redis.start()
    again = IntakeClient(own_redis.url, spool_dir)
    try:
        assert await again.allocate_id("conv-x:1") == complaint_id
        assert await again.deliver_spool() == 1
        assert await again.deliver_spool() == 0
        assert [r["id"] for r in stream_records(own_redis.url)] == [complaint_id]
    finally:
        await again.stop()


async def test_ids_stay_unique_without_redis_and_without_a_reserved_block(tmp_path: Path) -> None:
    intake = IntakeClient(f"redis://127.0.0.1:{free_port()}/0", tmp_path / "spool", socket_timeout=0.2)
    try:
        ids = [await intake.allocate_id(f"k:{i}") for i in range(5)]
        assert len(set(ids)) == 5 and all(ID_PATTERN.match(i) for i in ids)
        assert await intake.submit(record(ids[0])) == ids[0]
        assert intake.spool.has_pending()
    finally:
        await intake.stop()
