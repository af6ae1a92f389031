"""Background mail duties of the desk (every NOTIFY_INTERVAL seconds, in every desk process; the
once-only markers make several processes safe):

- the acknowledgement of receipt (template `ontvangst`) to a customer who left an e-mail address
  and wanted follow-up (`handoff_consent`), right after registration (DESK_AUTO_ACKNOWLEDGE): the
  notifier follows the global audit stream and reacts to each "geregistreerd" entry;
- a deadline warning to the handler and every team leader with an e-mail address (else to the
  Klachtenbureau mailbox, SMTP_FROM) from the start of the last working day before an open
  deadline falls; once per complaint and deadline (`desk:warn:<id>:<deadline>`).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, time, timedelta
from email.utils import parseaddr
from typing import Any

from aiohttp import web

from desk import auth, mail
from desk.deadlines import DeadlineStatus, record_deadlines
from desk.keys import PROFILE, REDIS, REGISTER, SETTINGS
from desk.register import AUDIT_ALL, ActionRefused
from flexbot.profiles import TZ, is_working_day

log = logging.getLogger("desk.notifier")
NOTIFY_INTERVAL = 30.0
WARNED = "desk:warn:{}:{}"
OPEN_STATUSES = ("nieuw", "ontvangst bevestigd", "in behandeling")


def previous_working_day(day: date) -> date:
    day -= timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def warn_from(status: DeadlineStatus) -> datetime:
    """Start of the last working day before the deadline's day."""
    due_day = status.due.astimezone(TZ).date()
    return datetime.combine(previous_working_day(due_day), time(0, 0), tzinfo=TZ)


async def acknowledge_new(app: web.Application) -> int:
    if not app[SETTINGS].auto_acknowledge:
        return 0
    register = app[REGISTER]
    sent = 0
    for record in await register.get_many(await register.ids(status="nieuw", limit=500)):
        customer = record.get("customer") or {}
        if record.get("handoff_consent") and customer.get("email") and not record.get("acknowledged_at"):
            try:
                sent += await mail.send_template(app, record["id"], "ontvangst", "desk")
            except (mail.MailError, ActionRefused) as exc:
                log.warning("acknowledgement of %s not sent: %s", record["id"], exc)
    return sent


async def warn_deadlines(app: web.Application, now: datetime | None = None) -> int:
    now = now or datetime.now(TZ)
    register = app[REGISTER]
    r = app[REDIS]
    settings = app[SETTINGS]
    users = await auth.list_users(r)
    leads = [u.email for u in users if u.is_teamleider and u.active and u.email]
    sent = 0
    for status_name in OPEN_STATUSES:
        for record in await register.get_many(await register.ids(status=status_name)):
            for status in record_deadlines(record, app[PROFILE], now):
                if status.met is not None or status.done is not None or not warn_from(status) <= now < status.due:
                    continue
                marker = WARNED.format(record["id"], status.deadline.key)
                if not await r.set(marker, now.isoformat(), nx=True):
                    continue
                handler = next((u for u in users if u.username == record.get("handler")), None)
                to = sorted({*leads, *([handler.email] if handler and handler.email else [])})
                to = to or [parseaddr(settings.smtp_from)[1]]
                subject = f"Termijn verloopt bijna: klacht {record['id']} ({status.deadline.label})"
                body = (
                    f"Klacht {record['id']} (behandelaar: {record.get('handler') or 'nog niemand'}).\n\n"
                    f"Termijn: {status.deadline.description}\nUiterlijk: "
                    f"{status.due.astimezone(TZ).strftime('%d-%m-%Y %H:%M')}\n\n"
                    f"Open de klacht in het klachtenbureau-systeem.\n"
                )
                try:
                    await mail.deliver(settings.smtp_url, settings.smtp_from, ", ".join(to), subject, body)
                except mail.MailError as exc:
                    await r.delete(marker)
                    log.warning("deadline warning for %s not sent: %s", record["id"], exc)
                    continue

                def note(rec: dict[str, Any], to: list[str] = to, label: str = status.deadline.label) -> dict[str, Any]:
                    return {"to": to, "deadline": label}

                await register.update(record["id"], "desk", "termijnwaarschuwing verstuurd", note)
                sent += 1
    return sent


async def run_once(app: web.Application, now: datetime | None = None) -> dict[str, int]:
    if not app[SETTINGS].smtp_url:
        return {"acknowledged": 0, "warned": 0}
    return {"acknowledged": await acknowledge_new(app), "warned": await warn_deadlines(app, now)}


async def run(app: web.Application, stop: asyncio.Event, interval: float = NOTIFY_INTERVAL) -> None:
    """A full round every `interval` seconds; in between, every new registration (a "geregistreerd"
    entry on the global audit stream) triggers the acknowledgements at once."""
    r = app[REDIS]
    last = ""
    while not stop.is_set():
        try:
            if not last:  # remembered before the round, so no registration falls in between
                newest = await r.xrevrange(AUDIT_ALL, count=1)
                last = newest[0][0] if newest else "0-0"
            await run_once(app)
        except Exception:  # noqa: BLE001 - keep going (Redis restarts, a bad record); logged
            log.exception("notifier round failed")
        deadline = asyncio.get_running_loop().time() + interval
        while not stop.is_set() and asyncio.get_running_loop().time() < deadline:
            if not last:  # Redis was away at the start of the round: start a new round soon
                await asyncio.sleep(0.5)
                break
            try:
                reply = await r.xread({AUDIT_ALL: last}, count=100, block=500)
                if reply:
                    last = reply[0][1][-1][0]
                    if any(f.get("action") == "geregistreerd" for _i, f in reply[0][1]):
                        await acknowledge_new(app)
            except Exception:  # noqa: BLE001 - Redis away: wait and go on
                log.warning("notifier: waiting for Redis")
                await asyncio.sleep(0.5)
