"""The whole chat stack for end-to-end tests: real Redis, action server, Rasa server, website."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
import requests
from playwright.sync_api import Browser, sync_playwright

from flexbot.launcher import training
from flexbot.launcher.stack import Stack, start_stack

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Debian's chromium, headless, with nothing that calls out of this closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    assert training.train() == 0, "training the Rasa model failed"
    running = start_stack(tmp_path_factory.mktemp("stack"))
    yield running
    running.stop()


class Conversation:
    """One customer talking to the bot over the REST channel."""

    def __init__(self, stack: Stack) -> None:
        self.url = stack.url("rasa") + "/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4().hex[:12]}"

    def say(self, message: str) -> list[str]:
        response = requests.post(self.url, json={"sender": self.sender, "message": message}, timeout=30)
        response.raise_for_status()
        return [m["text"] for m in response.json() if "text" in m]

    def reply(self, message: str) -> str:
        return "\n".join(self.say(message))


@pytest.fixture()
def chat(stack: Stack) -> Conversation:
    return Conversation(stack)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's chromium driven by Playwright (executable_path), one per test module."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
