"""The social inbox keeps going (issue 14): poison deliveries, several instances, Instagram
mentions whose text must be looked up in the Graph API."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp import web

from connectors.inbox import FAILURES_KEY, INBOX_STREAM, InboxWorker, enqueue
from connectors.meta import InstagramGraph
from connectors.pipeline import MENTIONS_STREAM, MentionPipeline
from connectors.polling import HttpClient, LeaderLock, RetryPolicy
from connectors.service import build_connectors
from flexbot.keys import SOCIAL_DEAD_LETTER
from flexbot.streams import redis_client


class Detection:
    def __init__(self, complaint: bool) -> None:
        self.complaint = complaint

    def to_dict(self):
        return {"complaint": self.complaint}


class PickyDetector:
    """Fails on one text, as a bug in a real component would."""

    def detect(self, text: str) -> Detection:
        if "VERGIF" in text:
            raise RuntimeError("detector crashed on this text")
        return Detection("klacht" in text)


def linkedin(note_id: int, text: str, modified: float = 1763718000000) -> str:
    return json.dumps(
        {
            "type": "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
            "notifications": [
                {
                    "notificationId": note_id,
                    "action": "COMMENT",
                    "lastModifiedAt": modified,
                    "organizationalEntity": "urn:li:organization:1",
                    "sourcePost": "urn:li:share:1",
                    "decoratedGeneratedActivity": {
                        "comment": {
                            "entity": f"urn:li:comment:(urn:li:activity:1,{note_id})",
                            "object": "urn:li:activity:1",
                            "owner": "urn:li:person:abc",
                            "text": text,
                        }
                    },
                }
            ],
        }
    )


def facebook_comment(comment_id: str, message_json: str) -> str:
    """`message_json` is inserted raw, so it can carry a lone surrogate escape like \\ud800."""
    return (
        '{"object": "page", "entry": [{"id": "1", "time": 1763718000, "changes": [{"field": "feed", '
        '"value": {"item": "comment", "verb": "add", "post_id": "1_2", "comment_id": "' + comment_id + '", '
        '"from": {"id": "77", "name": "Klant"}, "message": ' + message_json + "}}]}]}"
    )


@pytest.fixture()
async def conn(redis_url):
    client = redis_client(redis_url)
    yield client
    await client.close()


def texts(entries) -> list[str]:
    return [fields["text"] for _, fields in entries]


async def test_linkedin_time_1e20_and_facebook_lone_surrogate_do_not_block_the_inbox(conn):
    await enqueue(conn, "linkedin", linkedin(1, "Mijn klacht over de afhandeling", modified=1e20))
    await enqueue(conn, "facebook", facebook_comment("2_3", '"Ik heb een klacht \\ud800 over ARAG"'))
    await enqueue(conn, "linkedin", linkedin(2, "Goede service, dank"))
    worker = InboxWorker(conn, build_connectors({}), MentionPipeline(conn, PickyDetector(), None))
    assert await worker.drain() == 3
    feed = await conn.xrange(MENTIONS_STREAM)
    assert sorted(texts(feed)) == sorted(
        ["Mijn klacht over de afhandeling", "Ik heb een klacht \ufffd over ARAG", "Goede service, dank"]
    )
    assert await conn.xlen(INBOX_STREAM) == 0


async def test_a_delivery_that_fails_n_times_goes_to_the_dead_letter_stream(conn):
    await enqueue(conn, "linkedin", linkedin(1, "Eerste bericht"))
    poison = await enqueue(conn, "linkedin", linkedin(2, "VERGIF"))
    await enqueue(conn, "linkedin", linkedin(3, "Derde bericht, een klacht"))
    worker = InboxWorker(
        conn, build_connectors({}), MentionPipeline(conn, PickyDetector(), None), max_failures=3, retry_idle_ms=0
    )
    assert await worker.drain() == 2  # the others go through at once
    assert sorted(texts(await conn.xrange(MENTIONS_STREAM))) == ["Derde bericht, een klacht", "Eerste bericht"]
    assert await conn.hget(FAILURES_KEY, poison) == "1"
    assert await conn.xlen(SOCIAL_DEAD_LETTER) == 0

    await worker.reclaim()  # retried after retry_idle_ms
    assert await conn.xlen(SOCIAL_DEAD_LETTER) == 0
    await worker.reclaim()  # third failure: parked for a person
    dead = await conn.xrange(SOCIAL_DEAD_LETTER)
    assert len(dead) == 1
    fields = dead[0][1]
    assert fields["platform"] == "linkedin" and fields["inbox_id"] == poison and fields["failures"] == "3"
    assert "detector crashed" in fields["error"] and json.loads(fields["body"])["notifications"]
    assert fields["received_at"] and fields["dead_at"]
    assert await conn.xlen(INBOX_STREAM) == 0
    assert not await conn.hexists(FAILURES_KEY, poison)

    await enqueue(conn, "linkedin", linkedin(4, "Na het gif"))  # and the inbox goes on
    assert await worker.drain() == 1
    assert "Na het gif" in texts(await conn.xrange(MENTIONS_STREAM))


async def test_the_running_worker_survives_a_poison_delivery(conn):
    worker = InboxWorker(
        conn,
        build_connectors({}),
        MentionPipeline(conn, PickyDetector(), None),
        max_failures=2,
        retry_idle_ms=200,
        block_ms=50,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    await enqueue(conn, "linkedin", linkedin(1, "VERGIF"))
    await enqueue(conn, "linkedin", linkedin(2, "Gewoon een vraag"))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while await conn.xlen(SOCIAL_DEAD_LETTER) < 1 or await conn.xlen(MENTIONS_STREAM) < 1:
        assert loop.time() < deadline, "poison entry was not parked"
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(task, 5)
    assert texts(await conn.xrange(MENTIONS_STREAM)) == ["Gewoon een vraag"]


async def test_two_instances_share_the_inbox_with_unique_consumer_names(conn, redis_url):
    workers = [
        InboxWorker(conn, build_connectors({}), MentionPipeline(conn, PickyDetector(), None), block_ms=50)
        for _ in range(2)
    ]
    assert workers[0].consumer != workers[1].consumer
    for n in range(40):
        await enqueue(conn, "linkedin", linkedin(n, f"Bericht {n}"))
    stop = asyncio.Event()
    tasks = [asyncio.create_task(w.run(stop)) for w in workers]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while await conn.xlen(MENTIONS_STREAM) < 40:
        assert loop.time() < deadline
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.gather(*tasks)
    assert sorted(texts(await conn.xrange(MENTIONS_STREAM))) == sorted(f"Bericht {n}" for n in range(40))
    consumers = await conn.xinfo_consumers(INBOX_STREAM, "connectors")
    assert {c["name"] for c in consumers} == {w.consumer for w in workers}


async def test_leader_lock_lets_one_instance_poll(conn, redis_url):
    one, two = LeaderLock(conn, "x", "instance-1", ttl=0.3), LeaderLock(conn, "x", "instance-2", ttl=0.3)
    assert await one.acquire() and not await two.acquire()
    assert await one.acquire()  # renewing
    await asyncio.sleep(0.4)  # instance 1 died: its lock expires
    assert await two.acquire() and not await one.acquire()
    await two.release()
    assert await one.acquire()


async def test_two_service_instances_poll_x_once(make_app, aiohttp_client, fake_x, redis_url, tmp_path):
    """Without the leader lock both instances fetched the first page at start-up."""
    fake_x.add(501, "@ARAG_NL waar vind ik mijn polis?")
    env = {
        "X_BEARER_TOKEN": "test-bearer",
        "X_USER_ID": "2244994945",
        "X_API_BASE": str(fake_x.server.make_url("")),
        "X_POLL_INTERVAL": "3600",
    }
    apps = [make_app(env, background=True, detector=PickyDetector(), intake=None) for _ in range(2)]
    clients = [await aiohttp_client(app) for app in apps]
    conn = redis_client(redis_url)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while await conn.xlen(MENTIONS_STREAM) < 1:
        assert loop.time() < deadline
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    assert len(fake_x.requests) == 1
    assert await conn.get("connectors:leader:x")
    for client in clients:
        await client.close()
    assert not await conn.exists("connectors:leader:x")  # handed over at shutdown
    await conn.close()


# --- Instagram mentions: text from the Graph API -----------------------------------------


class FakeGraph:
    """GET /{ig-user-id}?fields=mentioned_comment.comment_id(ID){...} or mentioned_media.media_id(ID){...},
    answered the way Meta documents it."""

    def __init__(self) -> None:
        self.requests: list[dict[str, str]] = []
        self.fail = 0

    async def user(self, request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == "Bearer graph-token"
        self.requests.append(dict(request.query))
        if self.fail:
            self.fail -= 1
            return web.json_response({"error": {"message": "Service temporarily unavailable", "code": 2}}, status=503)
        fields = request.query["fields"]
        user_id = request.match_info["user_id"]
        if fields.startswith("mentioned_comment.comment_id(17894227972186120)"):
            return web.json_response(
                {
                    "mentioned_comment": {
                        "id": "17894227972186120",
                        "timestamp": "2025-11-21T09:30:00+0000",
                        "like_count": 0,
                        "username": "sanne.klaagt",
                        "text": "@arag_nederland ik wacht al 6 weken op antwoord, dit is echt een klacht waard",
                    },
                    "id": user_id,
                }
            )
        if fields.startswith("mentioned_media.media_id(17918195224117999)"):
            return web.json_response(
                {
                    "mentioned_media": {
                        "id": "17918195224117999",
                        "media_type": "IMAGE",
                        "timestamp": "2025-11-21T08:00:00+0000",
                        "username": "reiziger",
                        "caption": "Dank @arag_nederland voor de snelle hulp!",
                    },
                    "id": user_id,
                }
            )
        return web.json_response({"error": {"message": "Unsupported get request", "code": 100}}, status=400)


@pytest.fixture()
async def fake_graph(aiohttp_server):
    fake = FakeGraph()
    app = web.Application()
    app.router.add_get("/v19.0/{user_id}", fake.user)
    fake.server = await aiohttp_server(app)
    return fake


INSTAGRAM_MENTIONS = json.dumps(
    {
        "object": "instagram",
        "entry": [
            {
                "id": "17841400008460056",
                "time": 1763718000,
                "changes": [
                    {
                        "field": "mentions",
                        "value": {"media_id": "17918195224117851", "comment_id": "17894227972186120"},
                    },
                    {"field": "mentions", "value": {"media_id": "17918195224117999"}},
                ],
            }
        ],
    }
)


async def test_instagram_mentions_get_their_text_from_the_graph_api(conn, fake_graph):
    import aiohttp

    async with aiohttp.ClientSession() as session:
        env = {"INSTAGRAM_ACCESS_TOKEN": "graph-token", "META_GRAPH_BASE": str(fake_graph.server.make_url("/v19.0"))}
        graph = InstagramGraph.from_env(session, env)
        assert graph is not None
        graph.http = HttpClient(session, RetryPolicy(max_attempts=1))
        fake_graph.fail = 2  # the batch and the entry-by-entry try fail: retried later, not lost
        await enqueue(conn, "instagram", INSTAGRAM_MENTIONS)
        worker = InboxWorker(
            conn,
            build_connectors({}),
            MentionPipeline(conn, PickyDetector(), None),
            enrich=graph.enrich,
            retry_idle_ms=0,
        )
        assert await worker.drain() == 0
        assert await conn.xlen(MENTIONS_STREAM) == 0
        assert await worker.reclaim() == 1
    feed = {fields["id"]: fields for _, fields in await conn.xrange(MENTIONS_STREAM)}
    comment, caption = feed["17894227972186120"], feed["17918195224117999"]
    assert "6 weken" in comment["text"] and comment["complaint"] == "1"
    assert comment["author"] == "sanne.klaagt"
    assert comment["created_at"] == "2025-11-21T09:30:00+00:00"
    assert caption["text"] == "Dank @arag_nederland voor de snelle hulp!" and caption["complaint"] == "0"
    assert "mentioned_comment.comment_id(17894227972186120)" in fake_graph.requests[-2]["fields"]


def test_instagram_lookup_is_off_without_a_token():
    assert InstagramGraph.from_env(None, {}) is None


async def test_health_says_whether_instagram_mention_text_is_looked_up(make_app, aiohttp_client):
    client = await aiohttp_client(make_app())
    health = await (await client.get("/health")).json()
    assert "instagram-mention-text" in health["disabled"]
    assert health["lookups"]["instagram-mention-text"]["missing"] == ["INSTAGRAM_ACCESS_TOKEN"]
    client = await aiohttp_client(make_app({"INSTAGRAM_ACCESS_TOKEN": "geheim-token"}))
    health = await (await client.get("/health")).json()
    assert "instagram-mention-text" in health["enabled"] and "geheim-token" not in json.dumps(health)
