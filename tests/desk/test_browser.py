"""Headless Chromium against a running desk: login, claim, acknowledge, outcome, close, monthly report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import redis

from desk.consumer import STREAM
from flexbot.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")


@pytest.fixture()
def desk_server(redis_url: str, tmp_path: Path) -> Any:
    port = free_port()
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "DESK_PORT": str(port),
        "DESK_CLAIM_IDLE_MS": "1000",
        "FLEXBOT_VAR_DIR": str(tmp_path),
        "INTAKE_SPOOL_DIR": str(tmp_path / "spool"),
    }
    log = (tmp_path / "desk.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_http(base + "/health")
        # The first admin's password is in a file only the owner can read, never in the log.
        password = (tmp_path / "desk-first-password").read_text().strip()
        yield base, password
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
    assert password not in (tmp_path / "desk.log").read_text()


NEW_PASSWORD = "browser-wachtwoord-123"


async def first_login(page: Any, base: str, password: str) -> None:
    """Log in as the first team leader and choose an own password, as the desk demands."""
    from playwright.async_api import expect

    await page.goto(base + "/")
    await page.fill("input[name=username]", "teamleider")
    await page.fill("input[name=password]", password)
    await page.click("button[type=submit]")
    await expect(page.locator("h1")).to_have_text("Wachtwoord wijzigen")
    await page.fill("#current", password)
    await page.fill("#new-password", NEW_PASSWORD)
    await page.fill("#new-password2", NEW_PASSWORD)
    await page.click("#change-password")
    await expect(page.locator("h1")).to_have_text("Klachten")


def _wait_http(url: str) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:
                if resp.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


async def test_handle_a_complaint_in_the_browser(desk_server: Any, redis_url: str, h: Any) -> None:
    from playwright.async_api import async_playwright, expect

    base, password = desk_server
    received = datetime.now(timezone.utc).isoformat()
    cid = "KL-2026-424242"
    redis.Redis.from_url(redis_url).xadd(
        STREAM,
        {
            "complaint": json.dumps(
                h.complaint(424242, received_at=received, text="Niemand belt mij terug! <b>schandalig</b>")
            )
        },
    )

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            page = await browser.new_page()
            await first_login(page, base, password)
            # The desk's own consumer registers the intake entry; reload until it shows.
            for _ in range(50):
                if await page.locator(f"a:text('{cid}')").count():
                    break
                await page.wait_for_timeout(200)
                await page.reload()
            await page.click(f"a:text('{cid}')")
            await expect(page.locator("#verbatim")).to_have_text("Niemand belt mij terug! <b>schandalig</b>")

            await page.click("#claim")
            await expect(page.locator("#handler")).to_have_text("teamleider")
            await page.click("#acknowledge")
            await expect(page.locator("#status")).to_have_text("in behandeling")
            await page.select_option("#outcome-select", "gegrond")
            await page.fill("#reasoning", "Terugbelafspraak niet nagekomen.")
            await page.check("input[name=actions][value=excuses]")
            await page.fill("#leerpunt", "Terugbelafspraken in het dossier zetten.")
            await page.click("#save-outcome")
            await expect(page.locator("#outcome")).to_have_text("gegrond")
            await page.click("#close")
            await expect(page.locator("#status")).to_have_text("afgehandeld")

            await page.click("text=Maandrapportage")
            row = page.locator("#month-complaints tr", has_text=cid)
            await expect(row).to_contain_text("afgehandeld")
            await expect(row).to_contain_text("gegrond")
            await expect(page.locator("#total")).to_contain_text("Totaal: 1")
        finally:
            await browser.close()


@pytest.fixture()
def smtp_inbox() -> Any:
    import email as email_lib

    from aiosmtpd.controller import Controller

    class Inbox:
        messages: list[Any] = []

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            self.messages.append(email_lib.message_from_bytes(envelope.content))
            return "250 OK"

    box = Inbox()
    box.messages = []
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, f"smtp://127.0.0.1:{controller.port}"
    controller.stop()


@pytest.fixture()
def workday_server(redis_url: str, tmp_path: Path, smtp_inbox: Any) -> Any:
    port = free_port()
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "DESK_PORT": str(port),
        "DESK_CLAIM_IDLE_MS": "1000",
        "FLEXBOT_VAR_DIR": str(tmp_path),
        "INTAKE_SPOOL_DIR": str(tmp_path / "spool"),
        "SMTP_URL": smtp_inbox[1],
        "DESK_AUTO_ACKNOWLEDGE": "0",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "desk"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_http(base + "/health")
        yield base, (tmp_path / "desk-first-password").read_text().strip()
    finally:
        proc.terminate()
        proc.wait(timeout=15)


def _ask_mention(client: Any, mid: str, text: str) -> None:
    client.xadd(
        "social:mentions",
        {
            "platform": "x",
            "id": mid,
            "author": "@twijfel",
            "author_handle": "twijfel",
            "text": text,
            "url": f"https://x.com/twijfel/status/{mid}",
            "created_at": datetime.now(timezone.utc).isoformat(),
            "complaint": "0",
            "complaint_id": "",
            "detector": json.dumps({"decision": "ask", "score": 0.5}),
        },
    )


async def test_een_werkdag_zoeken_toewijzen_uitstel_mail_geen_klacht_en_social(
    workday_server: Any, smtp_inbox: Any, redis_url: str, h: Any
) -> None:
    from playwright.async_api import async_playwright, expect

    base, password = workday_server
    box, _url = smtp_inbox
    sync = redis.Redis.from_url(redis_url, decode_responses=True)
    now = datetime.now(timezone.utc).isoformat()
    for n, text, name in (
        (501, "Mijn advocaat reageert niet op mijn mails.", "Piet Jansen"),
        (502, "Wat kost de Flexpolis eigenlijk per maand?", "Anna de Boer"),
        (503, "Ik wacht al weken op de uitbetaling.", "Karel Smit"),
    ):
        sync.xadd(
            STREAM,
            {
                "complaint": json.dumps(
                    h.complaint(n, received_at=now, text=text, customer={"name": name, "email": f"klant{n}@example.nl"})
                )
            },
        )

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            context = await browser.new_context()
            page = await context.new_page()
            errors: list[str] = []
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            await first_login(page, base, password)
            # A colleague to assign to.
            await page.click("text=Gebruikers")
            await page.fill("form.block input[name=username]", "mila")
            await page.fill("form.block input[name=display_name]", "Mila Mulder")
            await page.select_option("form.block select[name=role]", "klachtbehandelaar")
            await page.fill("form.block input[name=password]", "mila-wachtwoord-123")
            await page.click("form.block button[type=submit]")
            await expect(page.locator("p.flash")).to_contain_text("Account mila aangemaakt")

            # Search: the customer's words, then a name.
            await page.goto(base + "/")
            for _ in range(50):
                if await page.locator("table.complaints a[href^='/klacht/']").count() == 3:
                    break
                await page.wait_for_timeout(200)
                await page.reload()
            await page.fill("#search", "advocaat")
            await page.click("#filter")
            await expect(page.locator("table.complaints a[href^='/klacht/']")).to_have_count(1)
            await expect(page.locator("td.preview")).to_have_text("Mijn advocaat reageert niet op mijn mails.")
            await page.fill("#search", "anna de boer")
            await page.click("#filter")
            await expect(page.locator("table.complaints a[href^='/klacht/']")).to_have_text(["KL-2026-000502"])

            # Assign to a colleague; the status follows.
            await page.goto(base + "/klacht/KL-2026-000501")
            await page.select_option("#assign-select", "mila")
            await page.click("#assign")
            await expect(page.locator("#handler")).to_have_text("mila")
            await expect(page.locator("#status")).to_have_text("in behandeling")

            # Delay notice with a new date and reason, then the delay e-mail to the customer.
            new_day = (datetime.now(timezone.utc) + timedelta(days=40)).date()
            await page.fill("#delay-date", new_day.isoformat())
            await page.fill("#delay-reason", "Wij wachten op het dossier van de advocaat.")
            await page.click("#delay")
            await expect(page.locator("p.flash")).to_contain_text("termijn verschoven")
            await expect(page.locator("table.deadlines")).to_contain_text(new_day.strftime("%d-%m-%Y"))
            await page.select_option("#mail-template", "uitstel")
            await page.click("#send-mail")
            await expect(page.locator("#correspondence")).to_contain_text("wij hebben meer tijd nodig")
            assert [m["To"] for m in box.messages] == ["klant501@example.nl"]

            # A handler's correction: not a complaint.
            await page.goto(base + "/klacht/KL-2026-000502")
            await page.fill("#no-complaint-reason", "Alleen een vraag over de premie.")
            await page.click("#mark-no-complaint")
            await expect(page.locator("#no-complaint")).to_contain_text("Alleen een vraag over de premie.")
            await expect(page.locator("#status")).to_have_text("geen klacht")

            # Social: a doubtful mention, another arriving live, confirmed with one click.
            _ask_mention(sync, "7001", "Weer niemand bereikbaar bij ARAG vandaag")
            await page.goto(base + "/social")
            await expect(page.locator("#possible-list")).to_contain_text("Weer niemand bereikbaar")
            await expect(page.locator("#live")).to_contain_text("Live")
            _ask_mention(sync, "7002", "Zit al een uur in de wacht bij ARAG")
            await expect(page.locator("#possible-list")).to_contain_text("Zit al een uur in de wacht", timeout=10_000)
            await expect(page.locator("#all-mentions")).to_contain_text("Zit al een uur in de wacht")
            colleague = await context.new_page()  # a colleague watching the same page
            await colleague.goto(base + "/social")
            await expect(colleague.locator("#live")).to_contain_text("Live")
            await expect(colleague.locator("#possible-list")).to_contain_text("Zit al een uur in de wacht")
            row = page.locator("#possible-list tr", has_text="Zit al een uur in de wacht")
            await row.locator("button.confirm").click()
            await expect(page.locator("#possible-list")).not_to_contain_text("Zit al een uur in de wacht")
            await expect(colleague.locator("#possible-list")).not_to_contain_text(
                "Zit al een uur in de wacht", timeout=10_000
            )
            await colleague.close()
            link = page.locator("#all-mentions tr", has_text="Zit al een uur").locator("a.complaint-link")
            await expect(link).to_have_count(1)
            cid = await link.text_content()
            await link.click()
            await expect(page.locator("#verbatim")).to_have_text("Zit al een uur in de wacht bij ARAG")
            await expect(page.locator("h1")).to_contain_text(cid or "?")
            assert not [e for e in errors if "Content Security Policy" in e], errors
        finally:
            await browser.close()
