"""Asking for a person (issue 12): within opening hours the conversation joins the desk's
"Gesprekken" queue and the bot keeps answering while the customer waits; outside them the bot
gives the phone number and offers a call-back request that lands in the desk with the conversation.

Opening hours: HANDOFF_DAYS / HANDOFF_OPEN / HANDOFF_CLOSE (default Mon-Fri 08:30-17:30,
Europe/Amsterdam); Dutch public holidays are closed (`holidays` package).
"""

from __future__ import annotations

import time
from datetime import datetime
from datetime import time as clock
from typing import Any
from zoneinfo import ZoneInfo

import holidays
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from flexbot import settings
from flexbot.flexpolis import replies
from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_EVENTS, HANDOFF_OPEN
from flexbot.streams import redis_client

TZ = ZoneInfo("Europe/Amsterdam")
WAITING, LIVE, CALLBACK = "wachtend", "live", "terugbellen"
CALLBACK_BUTTON = {"title": "Ja, bel mij terug", "payload": "/request_callback"}


def _days(spec: str) -> set[int]:
    """ "0-4" or "0,2,4" (Monday = 0) as a set of weekdays; empty means never."""
    out: set[int] = set()
    for part in (p.strip() for p in spec.split(",")):
        if "-" in part:
            first, last = (int(x) for x in part.split("-", 1))
            out.update(range(first, last + 1))
        elif part:
            out.add(int(part))
    return out


def _clock(value: str) -> clock:
    hours, minutes = (int(x) for x in value.split(":", 1))
    return clock(hours, minutes)


def is_open(at: datetime | None = None, cfg: settings.Settings | None = None) -> bool:
    """Whether employees take over chats at `at` (default now)."""
    cfg = cfg or settings.get()
    local = (at or datetime.now(TZ)).astimezone(TZ)
    if local.weekday() not in _days(cfg.handoff_days):
        return False
    if local.date() in holidays.country_holidays("NL", years=local.year):
        return False
    return _clock(cfg.handoff_open) <= local.time() < _clock(cfg.handoff_close)


def hours_text(cfg: settings.Settings | None = None) -> str:
    cfg = cfg or settings.get()
    days = _days(cfg.handoff_days)
    names = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    if days == set(range(5)):
        span = "maandag tot en met vrijdag"
    elif days == set(range(7)):
        span = "elke dag"
    else:
        span = ", ".join(names[d] for d in sorted(days)) or "geen dagen"
    return f"{span} van {cfg.handoff_open} tot {cfg.handoff_close} uur, niet op feestdagen"


def waiting_answer(ahead: int, minutes_each: int) -> str:
    phone = replies.contact()["servicecenter"]["phone"]
    minutes = max(1, ahead + 1) * minutes_each
    queue = (
        "U bent de eerste in de wachtrij"
        if ahead == 0
        else f"Er {'wacht' if ahead == 1 else 'wachten'} nu {ahead} {'klant' if ahead == 1 else 'klanten'} voor u"
    )
    return (
        f"Ik vraag een medewerker om dit gesprek over te nemen. {queue}; de verwachte wachttijd is "
        f"ongeveer {minutes} minuten. Intussen kunt u mij gewoon vragen blijven stellen. "
        f"Liever bellen? Dat kan op {phone}."
    )


def closed_answer() -> str:
    c = replies.contact()["servicecenter"]
    return (
        f"Onze medewerkers zijn nu niet bereikbaar via de chat (wel {hours_text()}). U kunt ons bellen op "
        f"{c['phone']} of mailen naar {c['email']}. Wilt u dat een medewerker u op de eerstvolgende "
        "werkdag terugbelt?"
    )


async def enqueue(conversation: str, state: str) -> tuple[str, int]:
    """Put the conversation in the desk's queue; (state it already had or '', customers ahead)."""
    r = redis_client(settings.get().redis_url)
    try:
        key = HANDOFF_CONVERSATION.format(conversation)
        before = await r.hget(key, "state") if await r.zscore(HANDOFF_OPEN, conversation) is not None else None
        if before in (WAITING, LIVE):
            ahead = 0
        else:
            now = time.time()
            async with r.pipeline(transaction=True) as pipe:
                pipe.hset(key, mapping={"state": state, "requested_at": f"{now:.3f}"})
                pipe.zadd(HANDOFF_OPEN, {conversation: now})
                pipe.xadd(
                    HANDOFF_EVENTS, {"conversation": conversation, "kind": state}, maxlen=100_000, approximate=True
                )
                await pipe.execute()
            ahead = 0
        open_ids = await r.zrange(HANDOFF_OPEN, 0, -1)
        for other in open_ids:
            if other == conversation:
                break
            if await r.hget(HANDOFF_CONVERSATION.format(other), "state") == WAITING:
                ahead += 1
        return before or "", ahead
    finally:
        await r.aclose() if hasattr(r, "aclose") else await r.close()


class ActionExplainHumanContact(Action):
    """ "Ik wil een medewerker spreken": queue for a takeover, or outside hours offer a call-back."""

    def name(self) -> str:
        return "action_explain_human_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        if not is_open():
            dispatcher.utter_message(text=closed_answer(), buttons=[CALLBACK_BUTTON])
            return []
        try:
            before, ahead = await enqueue(tracker.sender_id, WAITING)
        except Exception:  # noqa: BLE001 - without the queue the phone number still helps
            dispatcher.utter_message(text=replies.human_contact_answer())
            return []
        if before == LIVE:
            dispatcher.utter_message(text="Een medewerker is al bij dit gesprek; typ gerust uw vraag.")
        else:
            dispatcher.utter_message(text=waiting_answer(ahead, settings.get().handoff_minutes_per_customer))
        return []


class ActionRequestCallback(Action):
    """A call-back request: in the desk's "Gesprekken" with the whole conversation."""

    def name(self) -> str:
        return "action_request_callback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        phone = replies.contact()["servicecenter"]["phone"]
        try:
            await enqueue(tracker.sender_id, CALLBACK)
        except Exception:  # noqa: BLE001
            dispatcher.utter_message(text=f"Uw terugbelverzoek kon nu niet worden vastgelegd. Belt u ons op {phone}?")
            return []
        dispatcher.utter_message(
            text=(
                "Uw terugbelverzoek staat bij onze medewerkers, met dit gesprek erbij. Zet uw telefoonnummer in "
                "de chat als u dat nog niet deed; we bellen u op de eerstvolgende werkdag terug."
            )
        )
        return []
