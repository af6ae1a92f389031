"""Asking for a person: opening hours (Dutch holidays closed), the wait announced, the widget payloads."""

from __future__ import annotations

from datetime import datetime

import pytest

from actions import handoff as action
from bot import handoff
from flexbot import settings

PHONE = "033 - 434 23 42"


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (datetime(2026, 12, 3, 8, 30, tzinfo=action.TZ), True),  # Thursday, opening time
        (datetime(2026, 12, 3, 17, 29, tzinfo=action.TZ), True),
        (datetime(2026, 12, 3, 17, 30, tzinfo=action.TZ), False),  # closed at closing time
        (datetime(2026, 12, 3, 8, 29, tzinfo=action.TZ), False),
        (datetime(2026, 12, 5, 11, 0, tzinfo=action.TZ), False),  # Saturday
        (datetime(2026, 12, 25, 11, 0, tzinfo=action.TZ), False),  # Eerste Kerstdag
        (datetime(2026, 4, 27, 11, 0, tzinfo=action.TZ), False),  # Koningsdag (Monday)
    ],
)
def test_default_opening_hours_monday_to_friday_without_dutch_holidays(moment, is_open):
    assert action.is_open(moment, settings.get({})) is is_open


def test_opening_hours_are_configurable():
    cfg = settings.get({"HANDOFF_DAYS": "5,6", "HANDOFF_OPEN": "10:00", "HANDOFF_CLOSE": "12:00"})
    assert action.is_open(datetime(2026, 12, 5, 11, 0, tzinfo=action.TZ), cfg)
    assert not action.is_open(datetime(2026, 12, 3, 11, 0, tzinfo=action.TZ), cfg)
    assert "zaterdag, zondag van 10:00 tot 12:00 uur" in action.hours_text(cfg)


def test_the_wait_is_announced_and_the_bot_keeps_helping():
    first = action.waiting_answer(0, 4)
    assert "eerste in de wachtrij" in first and "ongeveer 4 minuten" in first and PHONE in first
    assert "vragen blijven stellen" in first
    assert "Er wachten nu 2 klanten voor u" in action.waiting_answer(2, 4)
    assert "ongeveer 12 minuten" in action.waiting_answer(2, 4)


def test_outside_hours_the_phone_number_and_a_call_back():
    answer = action.closed_answer()
    assert PHONE in answer and "terugbelt" in answer and "niet op feestdagen" in answer
    assert action.CALLBACK_BUTTON["payload"] == "/request_callback"


def test_widget_payloads_mark_the_employee_and_refuse_junk():
    assert handoff.widget_payload({"kind": "message", "text": "Hallo", "name": "Anna"}) == (
        "bot_uttered",
        {"text": "Hallo", "speaker": "medewerker", "name": "Anna"},
    )
    assert handoff.widget_payload({"kind": "message", "text": "Terug", "speaker": "assistent"}) == (
        "bot_uttered",
        {"text": "Terug", "speaker": "assistent"},
    )
    assert handoff.widget_payload({"kind": "state", "state": "live", "name": "Anna"}) == (
        "handoff",
        {"state": "live", "name": "Anna"},
    )
    assert handoff.widget_payload({"kind": "message", "text": 3}) is None
    assert handoff.widget_payload({"kind": "eval"}) is None
