"""Desk test helpers: intake complaints, a desk app client and logged-in users (real Redis)."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import redis.asyncio as aioredis

from desk import auth
from desk.config import Settings
from desk.consumer import STREAM
from desk.register import Register
from desk.web import create_app
from flexbot.streams import redis_client

PASSWORD = "correct-horse-battery"


def complaint(n: int, **overrides: Any) -> dict[str, Any]:
    body = {
        "id": f"KL-2026-{n:06d}",
        "received_at": "2026-11-20T10:00:00+01:00",
        "channel": "website",
        "text": f"Ik ben ontevreden over de behandeling van mijn zaak ({n}).",
        "source": {"conversation_id": f"conv-{n}"},
        "customer": {"name": "J. Jansen", "email": "j@example.nl", "phone": None, "policy_number": None},
        "confidential": False,
        "handoff_consent": True,
        "resolved_immediately": False,
        "detector": {"score": 0.93, "reasons": ["ontevreden"], "version": "test"},
    }
    body.update(overrides)
    return body


async def publish(client: aioredis.Redis, complaints: list[dict[str, Any]]) -> None:
    pipe = client.pipeline(transaction=False)
    for c in complaints:
        pipe.xadd(STREAM, {"complaint": json.dumps(c)})
    await pipe.execute()


@pytest.fixture()
async def aredis(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = redis_client(redis_url)
    yield client
    await client.close()


@pytest.fixture()
async def register(aredis: aioredis.Redis) -> Register:
    return Register(aredis)


@pytest.fixture()
async def desk_client(aiohttp_client: Any, redis_url: str, tmp_path: Any) -> Any:
    app = create_app(Settings(redis_url=redis_url, run_consumer=False, profile="arag", var_dir=tmp_path))
    return await aiohttp_client(app)


LoginFn = Callable[..., Any]


@pytest.fixture()
def login(aredis: aioredis.Redis) -> LoginFn:
    """login(client, username, role) creates the account (if new) and logs the client in."""

    async def do(client: Any, username: str, role: str = "klachtbehandelaar", display_name: str = "") -> str:
        if await auth.get_user(aredis, username) is None:
            await auth.create_user(aredis, username, PASSWORD, role, display_name or username)
        client.session.cookie_jar.clear()
        page = await client.get("/login")
        token = login_csrf(await page.text())
        resp = await client.post(
            "/login", data={"username": username, "password": PASSWORD, "csrf": token}, allow_redirects=False
        )
        assert resp.status == 303, await resp.text()
        home = await client.get("/")
        return csrf_of(await home.text())

    return do


def login_csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


async def wait_until(predicate: Callable[[], Any], timeout: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        if await predicate():
            return
        if loop.time() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


@pytest.fixture()
def h() -> Any:
    """Helper functions for the desk tests (conftest modules cannot be imported directly)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        complaint=complaint, publish=publish, csrf_of=csrf_of, wait_until=wait_until, password=PASSWORD
    )
