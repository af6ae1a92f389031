"""A person takes over a live chat (issue 12): customer widget and employee desk in two browser
contexts against the real stack (Redis, action server, Rasa with its HTTP API, website, desk)."""

from __future__ import annotations

import asyncio
import json
import re
import statistics
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import aiohttp
import pytest
import redis
import requests
from playwright.sync_api import Browser, Page, expect

from desk import auth
from desk.conversations import AUDIT
from desk.register import RECORD
from flexbot.launcher import training
from flexbot.launcher.stack import Stack
from flexbot.redis_server import LocalRedis, free_port
from flexbot.streams import redis_client
from tests.e2e.conftest import CHROMIUM

PASSWORD = "service-wachtwoord-123"
ALWAYS_OPEN = {"HANDOFF_DAYS": "0-6", "HANDOFF_OPEN": "00:00", "HANDOFF_CLOSE": "23:59"}

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")


@pytest.fixture(scope="module")
def handoff_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    assert training.train() == 0, "training the Rasa model failed"
    work = tmp_path_factory.mktemp("handoff")
    stack = Stack(LocalRedis(work / "redis", free_port()).start(), work)
    stack.ports["desk"] = free_port()
    try:
        stack.start("actions", **ALWAYS_OPEN)
        stack.start("web")
        stack.start("rasa")
        stack.start("desk", "/health", DESK_PORT=str(stack.ports["desk"]), DESK_CONSUMER="1")
        asyncio.run(_employee(stack.redis.url))
        yield stack
    finally:
        stack.stop()


async def _employee(url: str) -> None:
    client = redis_client(url)
    await auth.create_user(client, "anna", PASSWORD, "klantenservice", "Anna de Vries")
    await auth.create_user(client, "sam", PASSWORD, "socialmedia", "Sam Social")
    await client.close()


def _send(page: Page, text: str) -> None:
    box = page.get_by_label("Uw bericht")
    box.fill(text)
    box.press("Enter")


def _login(page: Page, base: str, user: str) -> None:
    page.goto(base + "/login")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")


def test_rasa_http_api_refuses_calls_without_the_token(handoff_stack: Stack):
    base = handoff_stack.url("rasa")
    assert requests.get(base + "/status", timeout=10).status_code in (401, 403)
    assert requests.get(base + "/conversations/x/tracker", timeout=10).status_code in (401, 403)
    assert requests.post(
        base + "/conversations/x/tracker/events", json=[{"event": "pause"}], timeout=10
    ).status_code in (401, 403)
    assert requests.get(base + "/status", params={"token": "fout"}, timeout=10).status_code in (401, 403)
    token = (handoff_stack.log_dir / "var" / "rasa-api.token").read_text().strip()
    assert requests.get(base + "/status", params={"token": token}, timeout=10).status_code == 200


def test_employee_takes_over_talks_and_hands_back(handoff_stack: Stack, browser: Browser):
    customer_ctx, desk_ctx, social_ctx = (browser.new_context(locale="nl-NL") for _ in range(3))
    customer, desk, social = customer_ctx.new_page(), desk_ctx.new_page(), social_ctx.new_page()
    desk_base = handoff_stack.url("desk")
    try:
        customer.goto(handoff_stack.url("web") + "/")
        expect(customer.locator("#chat-status")).to_have_text("Online", timeout=20_000)
        _send(customer, "Ik wil een medewerker spreken")
        expect(customer.locator(".msg.bot").last).to_contain_text("wachttijd", timeout=20_000)
        # While waiting the bot keeps answering.
        _send(customer, "Hoe meld ik een zaak?")
        expect(customer.locator(".msg.bot").last).to_contain_text(
            "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)", timeout=20_000
        )

        _login(desk, desk_base, "anna")
        desk.goto(desk_base + "/gesprekken")
        card = desk.locator("article.gesprek").filter(has_text="Ik wil een medewerker spreken")
        expect(card).to_contain_text("Wacht op een medewerker")
        expect(card).to_contain_text("Klant:")
        expect(card).to_contain_text("Assistent:")
        expect(desk.locator("#live")).to_have_text(re.compile("Live"), timeout=10_000)
        card.get_by_role("button", name="Overnemen").click()
        expect(card).to_contain_text("Overgenomen", timeout=10_000)
        expect(customer.locator(".msg.agent").last).to_contain_text("U spreekt nu met Anna", timeout=10_000)
        expect(customer.locator(".msg.agent .who").last).to_have_text("Anna (medewerker): ")
        expect(customer.locator("#chat-status")).to_contain_text("Anna (medewerker)")
        bot_replies = customer.locator(".msg.bot").count()

        box = card.locator(".bericht input[name=text]")
        for n in range(1, 4):
            box.fill(f"Bericht {n} van Anna <b>vet</b>")
            box.press("Enter")
            expect(customer.locator(".msg.agent").last).to_have_text(
                f"Anna (medewerker): Bericht {n} van Anna <b>vet</b>", timeout=10_000
            )
            _send(customer, f"Antwoord {n} van de klant <script>x</script>")
            expect(card.locator(".turn-klant").last).to_contain_text(
                f"Antwoord {n} van de klant <script>x</script>", timeout=10_000
            )
            box = card.locator(".bericht input[name=text]")

        # A reload during the takeover keeps the transcript and who is talking.
        customer.wait_for_timeout(1500)
        assert customer.locator(".msg.bot").count() == bot_replies, "the bot spoke during the takeover"
        customer.reload()
        expect(customer.locator("#chat-status")).to_contain_text("Anna (medewerker)", timeout=20_000)
        expect(customer.locator(".msg.agent")).to_have_count(4)
        bot_replies = customer.locator(".msg.bot").count()  # the greeting is not kept across a reload
        _send(customer, "Nog een vraag na het herladen")
        expect(card.locator(".turn-klant").last).to_contain_text("Nog een vraag na het herladen", timeout=10_000)
        customer.wait_for_timeout(2500)
        assert customer.locator(".msg.bot").count() == bot_replies, "the bot spoke during the takeover"
        assert not customer.locator("text=Er kwam geen antwoord").count()

        # A complaint told to the employee: the detector flags it, one action registers it.
        _send(customer, "Ik ben heel ontevreden, mijn jurist belt nooit terug")
        expect(card.locator(".flags")).to_contain_text("klacht", timeout=10_000)
        expect(card.locator(".flags")).to_contain_text("belt_nooit_terug")
        card.get_by_text("Klacht registreren").first.click()
        card.locator("textarea[name=text]").fill("Mijn jurist belt nooit terug, al drie weken niet.")
        card.get_by_role("button", name="Klacht registreren").click()
        expect(card.locator(".complaints")).to_contain_text("Mijn jurist belt nooit terug", timeout=10_000)
        complaint_id = card.locator(".complaints .complaint-id").first.inner_text()
        conversation = card.get_attribute("data-conversation")

        # The social team sees no conversations.
        _login(social, desk_base, "sam")
        assert social.goto(desk_base + "/gesprekken").status == 403

        card.get_by_role("button", name="Teruggeven aan assistent").click()
        expect(customer.locator(".msg.bot").last).to_contain_text(
            "teruggegeven aan de digitale assistent", timeout=10_000
        )
        expect(card).to_have_count(0, timeout=10_000)
        expect(customer.locator("#chat-status")).to_have_text("Online")
        _send(customer, "Hoe meld ik een zaak?")
        expect(customer.locator(".msg.bot").last).to_contain_text(
            "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)", timeout=20_000
        )
    finally:
        for ctx in (customer_ctx, desk_ctx, social_ctx):
            ctx.close()

    r = redis.Redis.from_url(handoff_stack.redis.url, decode_responses=True)
    actions = [fields["action"] for _id, fields in r.xrange(AUDIT)]
    assert actions == ["overgenomen", "bericht", "bericht", "bericht", "klacht geregistreerd", "teruggegeven"]
    record = json.loads(r.get(RECORD.format(complaint_id)))
    assert record["source"]["conversation_id"] == conversation
    assert record["text"] == "Mijn jurist belt nooit terug, al drie weken niet."


# --- Twenty simultaneous takeovers across two Rasa servers ----------------------------------------

CUSTOMERS = 20
EMPLOYEE_MESSAGES = 5
CUSTOMER_MESSAGES = 3


class Customer:
    """A widget stand-in: python-socketio over websocket, recording what arrives."""

    def __init__(self, url: str) -> None:
        import socketio

        self.url = url
        self.sio = socketio.AsyncClient(reconnection=False)
        self.session = ""
        self.agent: list[tuple[float, str]] = []
        self.bot: list[str] = []
        self.states: list[str] = []
        self.confirmed = asyncio.Event()
        self.sio.on("session_confirm", self._confirm)
        self.sio.on("bot_uttered", self._uttered)
        self.sio.on("handoff", lambda data: self.states.append(data.get("state", "")))

    async def _confirm(self, data: object) -> None:
        self.session = str(data)
        self.confirmed.set()

    async def _uttered(self, data: dict) -> None:
        if data.get("speaker") == "medewerker":
            self.agent.append((time.monotonic(), data["text"]))
        else:
            self.bot.append(data.get("text", ""))

    async def start(self, session: str) -> None:
        await self.sio.connect(self.url, transports=["websocket"])
        await self.sio.emit("session_request", {"session_id": session})
        await asyncio.wait_for(self.confirmed.wait(), 10)

    async def say(self, text: str) -> None:
        await self.sio.emit("user_uttered", {"message": text, "session_id": self.session})


async def _desk_session(base: str) -> tuple[aiohttp.ClientSession, str]:
    client = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    page = await (await client.get(base + "/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    await client.post(base + "/login", data={"username": "anna", "password": PASSWORD, "csrf": csrf})
    page = await (await client.get(base + "/gesprekken")).text()
    return client, re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def _load(stack: Stack, second_rasa: str) -> dict[str, float]:
    desk_base = stack.url("desk")
    servers = [stack.url("rasa"), second_rasa]
    customers = [Customer(servers[n % 2]) for n in range(CUSTOMERS)]
    await asyncio.gather(*(c.start(f"load-{n:02d}-{uuid.uuid4().hex[:8]}") for n, c in enumerate(customers)))
    for c in customers:
        await c.say("Ik wil een medewerker spreken")
    deadline = time.monotonic() + 60
    while not all(any("wachttijd" in t for t in c.bot) for c in customers):
        assert time.monotonic() < deadline, "not every customer was queued"
        await asyncio.sleep(0.2)
    bot_before = [len(c.bot) for c in customers]
    client, csrf = await _desk_session(desk_base)
    headers = {"X-Requested-With": "fetch", "X-CSRF-Token": csrf}
    sent_at: dict[tuple[str, str], float] = {}

    async def post(conversation: str, verb: str, **form: str) -> None:
        url = f"{desk_base}/gesprekken/{conversation}/{verb}"
        async with client.post(url, data={"csrf": csrf, **form}, headers=headers) as resp:
            assert resp.status == 200, await resp.text()
            assert (await resp.json())["message"] == ""

    async def employee(c: Customer) -> None:
        await post(c.session, "overnemen")
        for n in range(1, EMPLOYEE_MESSAGES + 1):
            text = f"{c.session} bericht {n}"
            sent_at[(c.session, text)] = time.monotonic()
            await post(c.session, "bericht", text=text)

    async def customer(c: Customer) -> None:
        while "live" not in c.states:  # the customer types once the employee is there
            await asyncio.sleep(0.05)
        for n in range(1, CUSTOMER_MESSAGES + 1):
            await asyncio.sleep(0.3)
            await c.say(f"klant {n}")

    try:
        await asyncio.gather(*(employee(c) for c in customers), *(customer(c) for c in customers))
        deadline = time.monotonic() + 30
        while any(len(c.agent) < EMPLOYEE_MESSAGES + 1 for c in customers) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        await asyncio.sleep(2)  # anything late or doubled would arrive now
        for c in customers:
            texts = [t for _at, t in c.agent]
            assert texts == ["U spreekt nu met Anna, medewerker van ARAG. Waarmee kan ik u helpen?"] + [
                f"{c.session} bericht {n}" for n in range(1, EMPLOYEE_MESSAGES + 1)
            ], c.session
            assert c.states == ["live"]
            assert len(c.bot) == bot_before[customers.index(c)], "the bot spoke during a takeover"
        token = (stack.log_dir / "var" / "rasa-api.token").read_text().strip()
        async with aiohttp.ClientSession() as rasa:
            for c in customers:
                url = f"{servers[1]}/conversations/{c.session}/tracker"
                async with rasa.get(url, params={"token": token}) as resp:
                    events = (await resp.json())["events"]
                said = [e["text"] for e in events if e["event"] == "user"]
                assert said[-CUSTOMER_MESSAGES:] == [f"klant {n}" for n in range(1, CUSTOMER_MESSAGES + 1)]
        await asyncio.gather(*(post(c.session, "teruggeven") for c in customers))
        latencies = sorted(
            at - sent_at[(c.session, text)] for c in customers for at, text in c.agent if (c.session, text) in sent_at
        )
    finally:
        await client.close()
        await asyncio.gather(*(c.sio.disconnect() for c in customers))
    return {
        "messages": len(latencies),
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
        "max_ms": 1000 * latencies[-1],
    }


def test_twenty_simultaneous_takeovers_over_two_rasa_servers(handoff_stack: Stack):
    """Half the customers on a second Rasa server: the desk's messages reach each once, in order."""
    handoff_stack.ports["rasa-2"] = free_port()
    handoff_stack.start("rasa-2", "/webhooks/rest/", RASA_PORT=str(handoff_stack.ports["rasa-2"]), RASA_WORKERS="1")
    # Its own thread: Playwright's sync API keeps an event loop running in this one.
    with ThreadPoolExecutor(1) as pool:
        figures = pool.submit(asyncio.run, _load(handoff_stack, handoff_stack.url("rasa-2"))).result()
    print(f"\ntakeover load: {CUSTOMERS} conversations, {figures}")
    assert figures["messages"] == CUSTOMERS * EMPLOYEE_MESSAGES
