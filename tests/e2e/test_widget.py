"""Issue 11 widget behaviour in headless Chromium: greeting with three example questions, a
confirmation before "Nieuw gesprek" wipes, the input visible on a phone, and clickable phone,
e-mail and web links while customer text stays escaped."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.test_browser_chat import send


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


def online(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#chat-status")).to_have_text("Online", timeout=20_000)


def test_greeting_offers_three_example_questions_that_can_be_clicked(stack, page: Page):
    online(page, stack.url("web") + "/")
    expect(page.locator(".msg.bot").first).to_contain_text("digitale assistent van ARAG")
    examples = page.locator(".buttons button")
    expect(examples).to_have_count(3)
    page.get_by_role("button", name="Hoe meld ik een zaak?").click()
    expect(page.locator(".msg.user").last).to_have_text("U: Hoe meld ik een zaak?")
    expect(page.locator(".msg.bot").last).to_contain_text(
        "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)", timeout=20_000
    )


def test_phone_email_and_web_addresses_are_links_and_customer_text_is_escaped(stack, page: Page):
    online(page, stack.url("web") + "/")
    send(page, "wat is het telefoonnummer van jullie klachtenbureau? <b>vet</b>")
    answer = page.locator(".msg.bot").last
    expect(answer.locator("a[href^='tel:']").first).to_be_visible(timeout=20_000)
    expect(answer.locator("a[href^='mailto:klachtenbureau@']")).to_have_count(1)
    expect(answer.locator("a[href^='https://www.']").first).to_be_visible()
    expect(page.locator(".msg.user").last).to_contain_text("<b>vet</b>")
    assert page.locator(".chat-log b").count() == 0


def test_new_conversation_asks_before_it_wipes(stack, page: Page):
    online(page, stack.url("web") + "/")
    send(page, "Hoe meld ik een zaak?")
    expect(page.locator(".msg.bot").last).to_contain_text("Zaak melden", timeout=20_000)
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Nieuw gesprek beginnen").click()
    expect(page.locator(".msg.user")).to_have_count(1)  # kept: the customer said no
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Nieuw gesprek beginnen").click()
    expect(page.locator(".msg.user")).to_have_count(0)
    expect(page.locator(".buttons button")).to_have_count(3)  # greeted again


def test_the_input_stays_visible_on_a_phone(stack, browser: Browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 375, "height": 667}, is_mobile=True)
    page = context.new_page()
    try:
        online(page, stack.url("web") + "/")
        for question in ("Hoe meld ik een zaak?", "Wat is niet verzekerd?", "is er een wachttijd?"):
            send(page, question)
            expect(page.locator(".msg.bot").last).to_contain_text("(art.", timeout=20_000)
        box = page.get_by_label("Uw bericht")
        expect(box).to_be_in_viewport()
        expect(page.locator("#chat-send")).to_be_in_viewport()
    finally:
        context.close()
