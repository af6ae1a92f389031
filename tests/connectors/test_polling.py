"""Pollers against aiohttp test servers standing in for the X API v2 and a Mastodon instance:
cursors survive a restart (of the poller and of Redis), 429 and 5xx are retried with backoff."""

from __future__ import annotations

import asyncio
import json

import aiohttp
import pytest
import redis
from aiohttp import web
from redis.asyncio import Redis

from connectors.mastodon import MastodonPoller
from connectors.pipeline import MENTIONS_STREAM, MentionPipeline
from connectors.polling import CursorStore, HttpClient, PollError, RetryPolicy
from connectors.x import XMentionsPoller


class Sleeps:
    """Injected sleep: records the waits instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


class Stack:
    """One 'process': its own Redis connection, HTTP session and poller, like a restart would build."""

    def __init__(self, redis_url: str, detector, sleep=None, clock=None) -> None:
        self.redis = Redis.from_url(redis_url)
        self.session = aiohttp.ClientSession()
        self.sleeps = sleep or Sleeps()
        kwargs = {"clock": clock} if clock else {}
        self.http = HttpClient(
            self.session,
            RetryPolicy(max_attempts=4, base_delay=1.0, max_delay=8.0),
            sleep=self.sleeps,
            rand=lambda: 0.5,
            **kwargs,
        )
        self.cursors = CursorStore(self.redis)
        self.pipeline = MentionPipeline(self.redis, detector, intake=None)

    def x_poller(self, fake) -> XMentionsPoller:
        return XMentionsPoller(
            self.http, self.cursors, self.pipeline, "test-bearer", "2244994945", api_base=str(fake.server.make_url(""))
        )

    def mastodon_poller(self, fake) -> MastodonPoller:
        return MastodonPoller(self.http, self.cursors, self.pipeline, str(fake.server.make_url("")), "test-token")

    async def close(self) -> None:
        await self.session.close()
        await self.redis.close()


@pytest.fixture()
async def stacks(redis_url, detector):
    """Builds Stacks and closes whatever a test left open."""
    made: list[Stack] = []

    def build(**kwargs) -> Stack:
        made.append(Stack(redis_url, detector, **kwargs))
        return made[-1]

    yield build
    for stack in made:
        if not stack.session.closed:
            await stack.close()


def feed_ids(redis_url: str) -> list[str]:
    client = redis.Redis.from_url(redis_url)
    try:
        return [fields[b"id"].decode() for _, fields in client.xrange(MENTIONS_STREAM)]
    finally:
        client.close()


async def test_x_cursor_survives_restart_of_poller_and_redis(fake_x, redis_url, redis_server, stacks):
    fake_x.add(101, "@ARAG_NL vraag over mijn polis")
    fake_x.add(102, "@ARAG_NL bedankt!")
    first = stacks()
    assert await first.x_poller(fake_x).poll_once() == 2
    await first.close()
    assert feed_ids(redis_url) == ["101", "102"]  # oldest first

    redis_server.stop()  # Redis restarts too: the cursor comes back from the append-only file
    redis_server.start()
    for post_id in (103, 104, 105):
        fake_x.add(post_id, f"@ARAG_NL nieuwe mention {post_id}")
    fake_x.requests.clear()

    second = stacks()
    poller = second.x_poller(fake_x)
    assert await poller.poll_once() == 3
    assert all(req.get("since_id") == "102" for req in fake_x.requests)
    assert [req.get("pagination_token") for req in fake_x.requests] == [None, "2"]
    assert await poller.poll_once() == 0
    await second.close()
    assert feed_ids(redis_url) == ["101", "102", "103", "104", "105"]  # nothing missed, nothing twice


async def test_x_429_then_200_waits_retry_after(fake_x, redis_url, stacks):
    fake_x.add(201, "@ARAG_NL hallo")
    fake_x.script = [web.json_response({"title": "Too Many Requests"}, status=429, headers={"Retry-After": "7"})]
    stack = stacks()
    assert await stack.x_poller(fake_x).poll_once() == 1
    assert stack.sleeps.calls == [7.0]
    await stack.close()
    assert feed_ids(redis_url) == ["201"]


async def test_x_429_uses_rate_limit_reset(fake_x, redis_url, stacks):
    fake_x.add(301, "@ARAG_NL hallo")
    now = 1_763_720_000.0
    fake_x.script = [web.json_response({}, status=429, headers={"x-rate-limit-reset": str(int(now) + 30)})]
    stack = stacks(clock=lambda: now)
    assert await stack.x_poller(fake_x).poll_once() == 1
    assert stack.sleeps.calls == [30.0]
    await stack.close()


async def test_5xx_backoff_is_exponential_and_bounded(fake_x, redis_url, stacks):
    fake_x.add(401, "@ARAG_NL hallo")
    fake_x.script = [web.Response(status=503), web.Response(status=502)]
    stack = stacks()
    assert await stack.x_poller(fake_x).poll_once() == 1
    assert stack.sleeps.calls == [0.75, 1.5]  # ceilings 1 and 2 with jitter fixed at 0.5

    fake_x.script = [web.Response(status=500) for _ in range(10)]
    stack.sleeps.calls.clear()
    with pytest.raises(PollError):
        await stack.x_poller(fake_x).poll_once()
    assert len(stack.sleeps.calls) == 3  # max_attempts=4 -> three waits, then give up
    assert max(stack.sleeps.calls) <= 8.0
    assert await stack.cursors.get("x") == "401"  # a failed round does not move the cursor
    await stack.close()


async def test_network_error_is_retried(stacks, unused_tcp_port):
    stack = stacks()
    poller = XMentionsPoller(
        stack.http, stack.cursors, stack.pipeline, "t", "1", api_base=f"http://127.0.0.1:{unused_tcp_port}"
    )
    with pytest.raises(PollError):
        await poller.poll_once()
    assert len(stack.sleeps.calls) == 3
    await stack.close()


async def test_mastodon_pages_with_link_header_and_keeps_cursor(fake_mastodon, redis_url, stacks):
    fake_mastodon.add(11, "<p>Eerste <b>bericht</b></p>")
    stack = stacks()
    assert await stack.mastodon_poller(fake_mastodon).poll_once() == 1
    await stack.close()

    for note_id in (12, 13, 14, 15, 16):
        fake_mastodon.add(note_id, f"<p>Bericht {note_id}<br>tweede regel &amp; meer</p>")
    fake_mastodon.requests.clear()
    restarted = stacks()
    poller = restarted.mastodon_poller(fake_mastodon)
    assert await poller.poll_once() == 5
    assert all(("since_id", "11") in req for req in fake_mastodon.requests)
    assert len(fake_mastodon.requests) >= 3  # followed rel="next" twice
    assert await poller.poll_once() == 0
    await restarted.close()

    client = redis.Redis.from_url(redis_url)
    entries = client.xrange(MENTIONS_STREAM)
    client.close()
    assert [f[b"id"].decode() for _, f in entries] == ["110", "120", "130", "140", "150", "160"]
    assert entries[-1][1][b"text"].decode() == "Bericht 16\ntweede regel & meer"
    assert json.loads(entries[-1][1][b"detector"])["version"]


async def test_service_runs_pollers_in_background(
    make_app, aiohttp_client, fake_x, fake_mastodon, redis_url, detector, tmp_path
):
    """The service starts both pollers when their credentials are set (and only then)."""
    from connectors.intake_adapter import IntakeSink

    fake_x.add(501, "@ARAG_NL ik ben zeer ontevreden, niemand belt mij terug. Ik wil een klacht indienen.")
    fake_mastodon.add(61, '<p>Hallo <span class="h-card">@arag</span>, wat kost de Flexpolis?</p>')
    sink = IntakeSink.from_env(redis_url, {"INTAKE_SPOOL_DIR": str(tmp_path / "spool")})
    app = make_app(
        {
            "X_BEARER_TOKEN": "test-bearer",
            "X_USER_ID": "2244994945",
            "X_API_BASE": str(fake_x.server.make_url("")),
            "X_POLL_INTERVAL": "3600",
            "MASTODON_BASE_URL": str(fake_mastodon.server.make_url("")),
            "MASTODON_ACCESS_TOKEN": "test-token",
            "MASTODON_POLL_INTERVAL": "3600",
        },
        background=True,
        detector=detector,
        intake=sink,
    )
    client = await aiohttp_client(app)
    health = await (await client.get("/health")).json()
    assert {"x-polling", "mastodon-polling"} <= set(health["enabled"])

    loop = asyncio.get_running_loop()
    deadline = loop.time() + 15
    while len(feed_ids(redis_url)) < 2:
        assert loop.time() < deadline, "pollers did not deliver"
        await asyncio.sleep(0.05)
    assert sorted(feed_ids(redis_url)) == ["501", "610"]
    intake = redis.Redis.from_url(redis_url).xrange("klachtenbureau:intake")
    assert len(intake) == 1 and json.loads(intake[0][1][b"complaint"])["channel"] == "x"
    await client.close()
    await sink.stop()
