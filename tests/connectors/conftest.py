"""Fixtures for the connector tests: recorded platform payloads, signers, the service under test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from aiohttp import web

from connectors.linkedin import linkedin_signature
from connectors.meta import meta_signature
from connectors.service import Settings, create_app
from connectors.x import x_signature

FIXTURES = Path(__file__).parent / "fixtures"

SECRETS = {
    "META_APP_SECRET": "meta-app-secret-for-tests",
    "META_VERIFY_TOKEN": "verify-token-for-tests",
    "X_CONSUMER_SECRET": "x-consumer-secret-for-tests",
    "LINKEDIN_CLIENT_SECRET": "linkedin-client-secret-for-tests",
}

FIXTURE_FOR = {
    "facebook": "facebook_feed.json",
    "instagram": "instagram_comments.json",
    "x": "x_account_activity.json",
    "linkedin": "linkedin_notifications.json",
}


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_json(name: str):
    return json.loads(fixture_bytes(name))


def sign(platform: str, body: bytes, secrets: dict[str, str] = SECRETS) -> dict[str, str]:
    """The signature header the platform itself would send."""
    json_type = {"Content-Type": "application/json"}  # what every platform sends
    if platform in ("facebook", "instagram"):
        return {**json_type, "X-Hub-Signature-256": meta_signature(body, secrets["META_APP_SECRET"])}
    if platform == "x":
        return {**json_type, "x-twitter-webhooks-signature": x_signature(body, secrets["X_CONSUMER_SECRET"])}
    if platform == "linkedin":
        return {**json_type, "X-LI-Signature": linkedin_signature(body, secrets["LINKEDIN_CLIENT_SECRET"])}
    raise ValueError(platform)


@pytest.fixture(scope="session")
def detector():
    from flexbot.complaints.detector import load_detector

    return load_detector()


@pytest.fixture()
def make_app(redis_url: str) -> Callable:
    """create_app with test secrets and the test Redis; extra env overrides per test."""

    def build(env: dict[str, str] | None = None, **kwargs):
        merged = {**SECRETS, "REDIS_URL": redis_url, "CONNECTORS_MAX_BODY": "65536", **(env or {})}
        kwargs.setdefault("background", False)
        return create_app(Settings.from_env(merged), **kwargs)

    return build


@pytest.fixture()
def kit() -> SimpleNamespace:
    """Helpers for test modules (conftest is not importable under --import-mode=importlib)."""
    return SimpleNamespace(
        SECRETS=SECRETS,
        FIXTURE_FOR=FIXTURE_FOR,
        FIXTURES=FIXTURES,
        fixture_bytes=fixture_bytes,
        fixture_json=fixture_json,
        sign=sign,
    )


# --- aiohttp test servers standing in for the platforms' APIs ---------------------------

PAGE = 2  # the fake platforms page in twos so paging is exercised


class FakeX:
    """GET /2/users/:id/mentions with since_id, pagination_token and scripted failures."""

    def __init__(self) -> None:
        self.posts: list[dict] = []  # any order; served newest first
        self.requests: list[dict[str, str]] = []
        self.script: list[web.Response] = []  # answers to give before the real ones

    def add(self, post_id: int, text: str, user: str = "klant") -> None:
        self.posts.append(
            {
                "id": str(post_id),
                "text": text,
                "author_id": f"u{user}",
                "created_at": "2025-11-21T10:00:00.000Z",
                "_user": user,
            }
        )

    async def mentions(self, request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == "Bearer test-bearer"
        assert request.match_info["user_id"] == "2244994945"
        self.requests.append(dict(request.query))
        if self.script:
            return self.script.pop(0)
        since = int(request.query.get("since_id", 0))
        newest_first = sorted((p for p in self.posts if int(p["id"]) > since), key=lambda p: -int(p["id"]))
        start = int(request.query.get("pagination_token", "0"))
        page = newest_first[start : start + PAGE]
        meta: dict = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if start + PAGE < len(newest_first):
            meta["next_token"] = str(start + PAGE)
        users = [{"id": p["author_id"], "username": p["_user"], "name": p["_user"].title()} for p in page]
        data = [{k: v for k, v in p.items() if k != "_user"} for p in page]
        body: dict = {"meta": meta}
        if page:
            body.update(data=data, includes={"users": users})
        return web.json_response(body)


class FakeMastodon:
    """GET /api/v1/notifications?types[]=mention with since_id/max_id and a Link header."""

    def __init__(self) -> None:
        self.notes: list[dict] = []
        self.requests: list[list[tuple[str, str]]] = []

    def add(self, note_id: int, html: str) -> None:
        self.notes.append(
            {
                "id": str(note_id),
                "type": "mention",
                "created_at": "2025-11-21T11:00:00.000Z",
                "account": {"id": "7", "username": "klant", "acct": "klant@mastodon.nl", "display_name": "Klant"},
                "status": {
                    "id": str(note_id * 10),
                    "created_at": "2025-11-21T11:00:00.000Z",
                    "in_reply_to_id": None,
                    "url": f"https://mastodon.nl/@klant/{note_id * 10}",
                    "content": html,
                    "account": {"id": "7", "username": "klant", "acct": "klant@mastodon.nl", "display_name": "Klant"},
                },
            }
        )

    async def notifications(self, request: web.Request) -> web.Response:
        assert request.headers["Authorization"] == "Bearer test-token"
        assert request.query.getall("types[]") == ["mention"]
        self.requests.append(list(request.query.items()))
        since = int(request.query.get("since_id", 0))
        max_id = int(request.query.get("max_id", 10**18))
        matching = sorted((n for n in self.notes if since < int(n["id"]) < max_id), key=lambda n: -int(n["id"]))
        page = matching[:PAGE]
        headers = {}
        if page:
            base = f"http://{request.host}/api/v1/notifications"
            headers["Link"] = (
                f'<{base}?max_id={page[-1]["id"]}&types[]=mention>; rel="next", '
                f'<{base}?min_id={page[0]["id"]}&types[]=mention>; rel="prev"'
            )
        return web.json_response(page, headers=headers)


@pytest.fixture()
async def fake_x(aiohttp_server):
    fake = FakeX()
    app = web.Application()
    app.router.add_get("/2/users/{user_id}/mentions", fake.mentions)
    fake.server = await aiohttp_server(app)
    return fake


@pytest.fixture()
async def fake_mastodon(aiohttp_server):
    fake = FakeMastodon()
    app = web.Application()
    app.router.add_get("/api/v1/notifications", fake.notifications)
    fake.server = await aiohttp_server(app)
    return fake
