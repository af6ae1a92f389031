"""A complaint typed in the website's widget is registered at once and seen by a handler in the desk
(real Chromium for both, the real chat stack and the real desk with its intake consumer)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from flexbot.launcher.stack import Stack
from flexbot.redis_server import free_port
from tests.e2e.test_browser_chat import send

NEW_PASSWORD = "widget-naar-desk-123"


@pytest.fixture()
def desk(stack: Stack) -> Iterator[str]:
    if "desk" not in stack.processes:
        stack.ports["desk"] = free_port()
        stack.start("desk", health_path="/health", DESK_PORT=str(stack.ports["desk"]), DESK_CLAIM_IDLE_MS="1000")
    yield stack.url("desk")


def test_a_complaint_in_the_widget_appears_in_the_desk(stack: Stack, desk: str, browser: Browser) -> None:
    customer = browser.new_context(locale="nl-NL").new_page()
    customer.goto(stack.url("web") + "/")
    expect(customer.locator("#chat-status")).to_have_text("Online", timeout=20_000)
    words = "Jullie jurist heeft mijn zitting gemist en niemand belt me terug."
    send(customer, words)
    ack = customer.locator(".msg.bot", has_text="referentie KL-")
    expect(ack).to_be_visible(timeout=20_000)
    reference = re.search(r"KL-\d{4}-\d{6}", ack.inner_text()).group(0)
    customer.context.close()  # the customer leaves before the intake ends

    handler = browser.new_context(locale="nl-NL").new_page()
    first_password = (stack.log_dir / "var" / "desk-first-password").read_text().strip()
    handler.goto(desk + "/")
    handler.fill("input[name=username]", "teamleider")
    handler.fill("input[name=password]", first_password)
    handler.click("button[type=submit]")
    handler.fill("#current", first_password)
    handler.fill("#new-password", NEW_PASSWORD)
    handler.fill("#new-password2", NEW_PASSWORD)
    handler.click("#change-password")
    expect(handler.locator("h1")).to_have_text("Klachten")
    row = handler.locator("tr", has_text=reference)
    expect(row).to_contain_text("website")
    expect(row).to_contain_text("Jullie jurist heeft mijn zitting gemist")
    row.get_by_role("link", name=reference).click()
    expect(handler.locator("body")).to_contain_text(words)
    handler.context.close()
