"""Rounds 167-170 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's
service. A rule heard from someone else and asked about, and a tradesman who answers neither mail nor phone, were
registered as complaints; ARAG's own silence stays one."""

from __future__ import annotations

import pytest

from bot.components.complaint_rules_cleared import hearsay_of_a_rule
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        "Een buurman heeft mijn schutting omgereden, 120 euro schade. Mijn collega zegt dat jullie onder de 175 niks doen, "
        "klopt dat?",
        "Iemand vertelde dat jullie geen scheidingen doen, is dat zo?",
    ],
)
def test_a_rule_heard_and_asked_is_no_complaint(text: str) -> None:
    assert hearsay_of_a_rule(text)


@pytest.mark.parametrize(
    "text",
    [
        "Iemand zei dat jullie niks doen onder de 175, klopt dat? Schandalig.",
        "Jullie bellen nooit terug. Mijn zus zegt dat jullie niks doen onder de 175, klopt dat?",
    ],
)
def test_a_rule_heard_with_blame_stays(text: str) -> None:
    assert not hearsay_of_a_rule(text)


def test_a_tradesman_silent_on_mail_and_phone_is_a_coverage_story() -> None:
    assert coverage_story(
        "De dakkapel is vorig jaar geplaatst door een bedrijf uit Zwolle en lekt nu. Het bedrijf reageert niet meer op "
        "mail of telefoon."
    )


def test_arags_silence_on_mail_and_phone_stays() -> None:
    assert not coverage_story("Mijn zaak bij jullie loopt al maanden en niemand reageert op mail of telefoon.")


def test_a_house_sales_list_of_goods_is_no_arag_case() -> None:
    assert coverage_story(
        "Ons bod is geaccepteerd, maar de verkoper wil de gordijnen niet meer overdragen terwijl die op de lijst van zaken "
        "stonden. Er is nog niets getekend."
    )
