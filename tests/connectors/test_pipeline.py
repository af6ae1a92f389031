"""End to end on a real Redis, with the real detector and the real intake: webhook -> inbox ->
worker -> social:mentions (+ klachtenbureau:intake for complaints); redelivery is deduplicated."""

from __future__ import annotations

import asyncio
import json

import pytest
import redis
from redis.asyncio import Redis

from connectors.inbox import DEADLETTER_STREAM, INBOX_STREAM, InboxWorker
from connectors.intake_adapter import IntakeSink
from connectors.pipeline import MENTIONS_STREAM, MentionPipeline, MentionsInFlight, dedupe_key
from connectors.replay import parse_payload, replay_main
from connectors.service import build_connectors

INTAKE_STREAM = "klachtenbureau:intake"


@pytest.fixture()
async def intake(redis_url, tmp_path):
    sink = IntakeSink.from_env(redis_url, {"INTAKE_SPOOL_DIR": str(tmp_path / "spool")})
    yield sink
    await sink.stop()


def feed(redis_url: str) -> list[dict[str, str]]:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return [fields for _, fields in client.xrange(MENTIONS_STREAM)]
    finally:
        client.close()


def intake_records(redis_url: str) -> list[dict]:
    client = redis.Redis.from_url(redis_url, decode_responses=True)
    try:
        return [json.loads(fields["complaint"]) for _, fields in client.xrange(INTAKE_STREAM)]
    finally:
        client.close()


async def wait_for(condition, timeout: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0.05)


async def test_complaint_reaches_intake_and_feed_neutral_only_feed(
    make_app, aiohttp_client, kit, redis_url, detector, intake
):
    """The whole service: signed Facebook webhook in, worker in the background."""
    client = await aiohttp_client(make_app(background=True, detector=detector, intake=intake))
    body = kit.fixture_bytes("facebook_feed.json")
    resp = await client.post("/webhooks/facebook", data=body, headers=kit.sign("facebook", body))
    assert resp.status == 200
    await wait_for(lambda: len(feed(redis_url)) == 3)

    by_author = {entry["author"]: entry for entry in feed(redis_url)}
    angry, neutral = by_author["Marieke de Vries"], by_author["Peter Jansen"]
    assert angry["complaint"] == "1" and neutral["complaint"] == "0"
    assert angry["platform"] == "facebook" and angry["id"] == "122175839027000011_1187622330417711"
    assert json.loads(angry["detector"])["reasons"]
    assert angry["complaint_id"].startswith("KL-")

    records = intake_records(redis_url)
    texts = [record["text"] for record in records]
    assert angry["text"] in texts
    assert neutral["text"] not in texts
    record = next(r for r in records if r["text"] == angry["text"])
    assert record["id"] == angry["complaint_id"]
    assert record["channel"] == "facebook"
    assert record["source"] == {"url": angry["url"], "platform_id": angry["id"]}
    assert record["customer"]["name"] == "Marieke de Vries"
    assert record["detector"]["score"] >= 0.5


async def test_redelivered_webhook_is_processed_once(make_app, aiohttp_client, kit, redis_url, detector, intake):
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes("x_account_activity.json")
    for _ in range(3):  # X retries deliveries it did not see acknowledged in time
        resp = await client.post("/webhooks/x", data=body, headers=kit.sign("x", body))
        assert resp.status == 200

    conn = Redis.from_url(redis_url)
    worker = InboxWorker(conn, build_connectors({}), MentionPipeline(conn, detector, intake))
    assert await worker.drain() == 3
    await conn.close()

    entries = feed(redis_url)
    assert sorted(e["id"] for e in entries) == ["1991789012345678901", "1991791745678901234"]
    complaints = [r for r in intake_records(redis_url) if r["channel"] == "x"]
    assert len(complaints) == 1 and complaints[0]["customer"]["name"] == "Jeroen Smit"
    assert redis.Redis.from_url(redis_url).xlen(INBOX_STREAM) == 0  # acknowledged and removed


async def test_mention_in_flight_elsewhere_waits_then_goes_through(redis_url, detector, intake, kit):
    conn = Redis.from_url(redis_url)
    pipeline = MentionPipeline(conn, detector, intake)
    mentions = parse_payload("mastodon", kit.fixture_json("mastodon_notifications.json"))
    await conn.set(dedupe_key(mentions[0]), "pending", ex=60)  # another worker holds the claim
    with pytest.raises(MentionsInFlight):
        await pipeline.process_many(mentions)
    assert [e["id"] for e in feed(redis_url)] == [mentions[1].platform_id]  # the other one went through

    await conn.delete(dedupe_key(mentions[0]))  # the other worker crashed: its lease expires
    outcomes = await pipeline.process_many(mentions)
    assert [o.status for o in outcomes] == ["new", "duplicate"]
    assert outcomes[0].complaint and outcomes[0].complaint_id
    await conn.close()
    assert len(feed(redis_url)) == 2


async def test_unparseable_verified_payload_goes_to_dead_letter(make_app, aiohttp_client, kit, redis_url, detector):
    client = await aiohttp_client(make_app())
    body = json.dumps({"object": "page", "entry": "not-a-list"}).encode()
    resp = await client.post("/webhooks/facebook", data=body, headers=kit.sign("facebook", body))
    assert resp.status == 200  # well-formed and signed: accepted, then parked for a human
    conn = Redis.from_url(redis_url)
    worker = InboxWorker(conn, build_connectors({}), MentionPipeline(conn, detector, None))
    assert await worker.drain() == 1
    assert await conn.xlen(DEADLETTER_STREAM) == 1
    assert await conn.xlen(INBOX_STREAM) == 0
    await conn.close()


def test_replay_fixture_reaches_feed_and_intake(kit, redis_url, detector, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("INTAKE_SPOOL_DIR", str(tmp_path / "spool"))
    path = kit.FIXTURES / "mastodon_notifications.json"
    assert replay_main(str(path), redis_url=redis_url, detector=detector) == 0
    assert replay_main(str(path), redis_url=redis_url, detector=detector) == 0  # idempotent
    out = capsys.readouterr().out
    assert "KLACHT" in out and "duplicate" in out
    entries = feed(redis_url)
    assert [e["platform"] for e in entries] == ["mastodon", "mastodon"]
    complaints = intake_records(redis_url)
    assert len(complaints) == 1 and complaints[0]["channel"] == "mastodon"
    assert complaints[0]["customer"]["name"] == "Wouter Hendriks"
