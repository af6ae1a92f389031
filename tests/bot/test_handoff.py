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


def _tracker(sender: str):
    from rasa_sdk import Tracker

    return Tracker(sender, {}, {"text": "ik wil een medewerker spreken"}, [], False, None, {}, "action_listen")


def _run(action_class, sender: str) -> list[dict]:
    import asyncio

    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    asyncio.run(action_class().run(dispatcher, _tracker(sender), {}))
    return dispatcher.messages


def test_within_hours_customers_queue_in_order_and_hear_their_place(redis_url, monkeypatch):
    import redis

    from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_OPEN

    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("HANDOFF_DAYS", "0-6")
    monkeypatch.setenv("HANDOFF_OPEN", "00:00")
    monkeypatch.setenv("HANDOFF_CLOSE", "23:59")
    first = _run(action.ActionExplainHumanContact, "klant-a")[0]["text"]
    second = _run(action.ActionExplainHumanContact, "klant-b")[0]["text"]
    again = _run(action.ActionExplainHumanContact, "klant-a")[0]["text"]
    assert "eerste in de wachtrij" in first
    assert "Er wacht nu 1 klant voor u" in second and "ongeveer 8 minuten" in second
    assert "eerste in de wachtrij" in again  # asking twice does not move you back
    r = redis.Redis.from_url(redis_url, decode_responses=True)
    assert r.zrange(HANDOFF_OPEN, 0, -1) == ["klant-a", "klant-b"]
    assert r.hget(HANDOFF_CONVERSATION.format("klant-b"), "state") == "wachtend"


def test_outside_hours_a_call_back_request_lands_in_the_desk_queue(redis_url, monkeypatch):
    import redis

    from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_OPEN

    monkeypatch.setenv("REDIS_URL", redis_url)
    monkeypatch.setenv("HANDOFF_OPEN", "00:00")
    monkeypatch.setenv("HANDOFF_CLOSE", "00:00")  # never open
    offer = _run(action.ActionExplainHumanContact, "laat")[0]
    assert PHONE in offer["text"] and offer["buttons"] == [action.CALLBACK_BUTTON]
    r = redis.Redis.from_url(redis_url, decode_responses=True)
    assert r.zrange(HANDOFF_OPEN, 0, -1) == []  # not queued for a chat nobody will answer
    confirmed = _run(action.ActionRequestCallback, "laat")[0]["text"]
    assert "terugbelverzoek staat bij onze medewerkers" in confirmed
    assert r.zrange(HANDOFF_OPEN, 0, -1) == ["laat"]
    assert r.hget(HANDOFF_CONVERSATION.format("laat"), "state") == "terugbellen"


def test_one_conversations_messages_are_handled_in_arrival_order():
    import asyncio
    import random

    done: list[int] = []

    async def message(n: int) -> None:
        async with handoff.in_order("c1"):
            await asyncio.sleep(random.random() / 100)  # later messages may be quicker
            done.append(n)

    async def main() -> None:
        await asyncio.gather(*(message(n) for n in range(30)))

    asyncio.run(main())
    assert done == list(range(30))
    assert handoff._order == {}  # no lock left behind
