"""Headless Chromium against a running desk: login, claim, acknowledge, outcome, close, monthly report."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import redis

from desk.consumer import STREAM
from flexbot.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")


@pytest.fixture()
def desk_server(redis_url: str, tmp_path: Path) -> Any:
    port = free_port()
    env = {**os.environ, "REDIS_URL": redis_url, "DESK_PORT": str(port), "DESK_CLAIM_IDLE_MS": "1000",
           "FLEXBOT_VAR_DIR": str(tmp_path), "INTAKE_SPOOL_DIR": str(tmp_path / "spool")}
    log = (tmp_path / "desk.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "desk"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            text=True)
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
    redis.Redis.from_url(redis_url).xadd(STREAM, {"complaint": json.dumps(
        h.complaint(424242, received_at=received, text="Niemand belt mij terug! <b>schandalig</b>"))})

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
