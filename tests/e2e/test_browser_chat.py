"""The website's chat widget in real headless Chromium (Debian's chromium, driven by Playwright)."""

from __future__ import annotations

import re
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playwright.sync_api import Browser, Page, expect

from flexbot.flexpolis import replies
from flexbot.redis_server import free_port

PHONE = replies.contact()["servicecenter"]["phone"]


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def send(page: Page, text: str) -> None:
    box = page.get_by_label("Uw bericht")
    box.fill(text)
    box.press("Enter")  # keyboard only


def test_dutch_question_gets_a_dutch_answer(stack, page: Page):
    page.goto(stack.url("web") + "/")
    expect(page.locator("#chat-status")).to_have_text("Online", timeout=20_000)
    send(page, "Hoe meld ik een zaak?")
    answer = page.locator(".msg.bot").last
    expect(answer).to_contain_text(
        "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)", timeout=20_000
    )
    expect(answer).to_contain_text("Zaak melden")


def test_conversation_survives_a_page_reload(stack, page: Page):
    page.goto(stack.url("web") + "/")
    expect(page.locator("#chat-status")).to_have_text("Online", timeout=20_000)
    send(page, "qwrtp zxcvb")
    expect(page.locator(".msg.bot").last).to_contain_text("andere manier", timeout=20_000)

    page.reload()
    expect(page.locator(".msg.user").first).to_have_text(re.compile("qwrtp zxcvb"))
    expect(page.locator("#chat-status")).to_have_text("Online", timeout=20_000)
    # Same conversation on the server: a second misunderstanding offers the phone number.
    send(page, "blorp flimsk")
    expect(page.locator(".msg.bot").last).to_contain_text(PHONE, timeout=20_000)


def test_customer_html_is_shown_as_text(stack, page: Page):
    page.goto(stack.url("web") + "/")
    expect(page.locator("#chat-status")).to_have_text("Online", timeout=20_000)
    send(page, "<img src=x onerror=alert(1)>hallo")
    expect(page.locator(".msg.user").last).to_contain_text("<img src=x onerror=alert(1)>hallo")
    assert page.locator(".chat-log img").count() == 0


def test_widget_is_labelled_for_screen_readers(stack, page: Page):
    page.goto(stack.url("web") + "/")
    log = page.get_by_role("log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(page.get_by_role("status")).to_be_visible()
    expect(page.get_by_role("button", name="Verstuur")).to_be_visible()
    assert page.locator("html").get_attribute("lang") == "nl"


def test_unreachable_bot_is_shown_clearly(stack, page: Page):
    # A second website whose widget points at a port where no Rasa server listens.
    port = stack.ports["web-offline"] = free_port()
    stack.start("web-offline", WEB_PORT=str(port), RASA_PORT=str(free_port()))
    server = stack.processes["web-offline"]
    try:
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.locator("#chat-status")).to_contain_text("niet bereikbaar", timeout=20_000)
        expect(page.get_by_role("button", name="Verstuur")).to_be_disabled()
        page.get_by_label("Uw bericht").fill("hallo")
        page.get_by_label("Uw bericht").press("Enter")
        expect(page.locator(".msg.system").last).to_contain_text("nog niet verstuurd")
        expect(page.locator(".msg.user").last).to_have_text(re.compile("hallo"))
        page.reload()  # kept for sending later, also across a reload: nothing lost
        assert page.evaluate("localStorage.getItem('flexbot.unsent')") == '["hallo"]'
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def tcp_relay(port: int, target: int) -> Iterator[None]:
    """Forward 127.0.0.1:port to 127.0.0.1:target: the assistant becomes reachable."""

    class Pipe(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            upstream = socket.create_connection(("127.0.0.1", target))

            def pump(src: socket.socket, dst: socket.socket) -> None:
                try:
                    while chunk := src.recv(65536):
                        dst.sendall(chunk)
                except OSError:
                    pass
                finally:
                    dst.close()

            threading.Thread(target=pump, args=(upstream, self.request), daemon=True).start()
            pump(self.request, upstream)

    socketserver.ThreadingTCPServer.allow_reuse_address = True
    relay = socketserver.ThreadingTCPServer(("127.0.0.1", port), Pipe)
    relay.daemon_threads = True
    threading.Thread(target=relay.serve_forever, daemon=True).start()
    try:
        yield
    finally:
        relay.shutdown()
        relay.server_close()


def test_a_message_typed_while_offline_is_sent_when_the_assistant_is_back(stack, page: Page):
    rasa_port = free_port()  # nothing listens here until the relay below starts
    port = stack.ports["web-later"] = free_port()
    stack.start("web-later", WEB_PORT=str(port), RASA_PORT=str(rasa_port))
    server = stack.processes["web-later"]
    try:
        page.goto(f"http://127.0.0.1:{port}/")
        expect(page.locator("#chat-status")).to_contain_text("niet bereikbaar", timeout=20_000)
        send(page, "Hoe meld ik een zaak?")
        expect(page.locator(".msg.system").last).to_contain_text("nog niet verstuurd")
        with tcp_relay(rasa_port, stack.ports["rasa"]):
            expect(page.locator(".msg.bot").last).to_contain_text(
                "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)", timeout=40_000
            )
            assert page.evaluate("localStorage.getItem('flexbot.unsent')") == "[]"
    finally:
        server.terminate()
        server.wait(timeout=10)
