"""The desk's "Gesprekken" page without a reachable Rasa: roles, order, escaping, CSRF, and a
takeover that cannot pause the bot is not a takeover. (With Rasa: tests/e2e/test_takeover.py.)"""

from __future__ import annotations

import time
from typing import Any

import pytest
import redis.asyncio as aioredis

from desk.conversations import AUDIT
from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_OPEN
from flexbot.redis_server import free_port


@pytest.fixture(autouse=True)
def rasa_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASA_API_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    monkeypatch.setenv("RASA_API_TOKEN", "test-token")


async def queue(r: aioredis.Redis, conversation: str, state: str, asked: float, **meta: str) -> None:
    await r.hset(HANDOFF_CONVERSATION.format(conversation), mapping={"state": state, **meta})
    await r.zadd(HANDOFF_OPEN, {conversation: asked})


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("klantenservice", True), ("teamleider", True), ("klachtbehandelaar", False), ("socialmedia", False)],
)
async def test_only_service_employees_and_team_leaders_see_conversations(
    desk_client: Any, login: Any, role: str, allowed: bool
) -> None:
    await login(desk_client, f"user-{role}", role=role)
    resp = await desk_client.get("/gesprekken")
    assert resp.status == (200 if allowed else 403)
    home = await (await desk_client.get("/")).text()
    assert ('href="/gesprekken"' in home) is allowed
    assert (await desk_client.get("/gesprekken/x/kaart")).status == (204 if allowed else 403)


async def test_without_login_no_conversations(desk_client: Any) -> None:
    resp = await desk_client.get("/gesprekken", allow_redirects=False)
    assert resp.status == 302 and resp.headers["Location"] == "/login"


async def test_waiting_longest_first_then_live_then_call_backs_escaped(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    now = time.time()
    await queue(aredis, "terug-1", "terugbellen", now - 900)
    await queue(aredis, "live-1", "live", now - 600, taken_by="piet", taken_name="Piet")
    await queue(aredis, "nieuw<script>", "wachtend", now - 60)
    await queue(aredis, "oud", "wachtend", now - 300)
    await login(desk_client, "anna", role="klantenservice", display_name="Anna de Vries")
    html = await (await desk_client.get("/gesprekken")).text()
    order = [html.index(f'data-conversation="{c}"') for c in ("oud", "nieuw&lt;script&gt;", "live-1", "terug-1")]
    assert order == sorted(order)
    assert "nieuw<script>" not in html
    assert "Overgenomen</strong>\n     door Piet" in html or "door Piet" in html
    assert "kon niet bij de assistent worden opgehaald" in html  # Rasa away: said, not a crash
    assert 'src="/static/gesprekken.js"' in html and "<script>" not in html.replace(
        '<script src="/static/gesprekken.js" defer></script>', ""
    )


async def test_actions_need_the_csrf_token_and_an_own_takeover(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    await queue(aredis, "live-1", "live", time.time(), taken_by="piet", taken_name="Piet")
    csrf = await login(desk_client, "anna", role="klantenservice")
    assert (await desk_client.post("/gesprekken/live-1/bericht", data={"text": "hoi"})).status == 403
    headers = {"X-Requested-With": "fetch", "X-CSRF-Token": csrf}
    resp = await desk_client.post("/gesprekken/live-1/bericht", data={"text": "hoi"}, headers=headers)
    assert (await resp.json())["message"] == "Neem het gesprek eerst over."
    resp = await desk_client.post("/gesprekken/live-1/overnemen", headers=headers)
    assert (await resp.json())["message"] == "Dit gesprek is al overgenomen door Piet."
    resp = await desk_client.post("/gesprekken/weg/overnemen", headers=headers)
    assert (await resp.json())["message"] == "Dit gesprek staat niet (meer) open."
    assert await aredis.xlen(AUDIT) == 0


async def test_a_takeover_that_cannot_pause_the_bot_leaves_the_conversation_waiting(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    await queue(aredis, "c1", "wachtend", time.time())
    csrf = await login(desk_client, "anna", role="klantenservice")
    resp = await desk_client.post(
        "/gesprekken/c1/overnemen", headers={"X-Requested-With": "fetch", "X-CSRF-Token": csrf}
    )
    assert "niet bereikbaar" in (await resp.json())["message"]
    assert await aredis.hgetall(HANDOFF_CONVERSATION.format("c1")) == {"state": "wachtend"}
    assert await aredis.xlen(AUDIT) == 0


async def test_confidential_complaint_text_only_for_handlers(
    desk_client: Any, login: Any, aredis: aioredis.Redis, register: Any
) -> None:
    from tests.desk.conftest import complaint

    record = complaint(7, confidential=True, text="Vertrouwelijk: mijn jurist en mijn buurman zijn familie.")
    await register.register(record)
    await queue(aredis, "c7", "live", time.time(), taken_by="anna", taken_name="Anna", complaint_ids=record["id"])
    await login(desk_client, "anna", role="klantenservice")
    html = await (await desk_client.get("/gesprekken")).text()
    assert record["id"] in html and "(vertrouwelijk)" in html
    assert "mijn buurman zijn familie" not in html and f'href="/klacht/{record["id"]}"' not in html
    await login(desk_client, "baas", role="teamleider")
    html = await (await desk_client.get("/gesprekken")).text()
    assert "mijn buurman zijn familie" in html and f'href="/klacht/{record["id"]}"' in html
