"""Correspondence by e-mail: Dutch templates, sending through SMTP (SMTP_URL, aiosmtplib), each
message stored in the record's correspondence (and so in the audit trail).

Templates: acknowledgement of receipt (`ontvangst`), delay notice (`uitstel`), outcome with the
Kifid, Tuchtraad and court routes (`uitkomst`; seeds 000/001 and Flexpolis art. 20, seed 004).
Each template goes out at most once per complaint (marker `desk:mail:<id>:<template>`, set before
sending and removed when sending fails), except `uitstel`, once per delay notice.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlparse

import aiosmtplib
from aiohttp import web

from desk.deadlines import TZ, parse_time, record_deadlines
from desk.keys import PROFILE, REDIS, REGISTER, SETTINGS
from desk.register import ActionRefused, now_iso
from flexbot.flexpolis.knowledge import knowledge

TEMPLATES = {"ontvangst": "ontvangstbevestiging", "uitstel": "uitstelbericht", "uitkomst": "uitkomst met Kifid"}
SENT = "desk:mail:{}:{}"


def _signature() -> str:
    """The Klachtenbureau's postal and contact details, from the knowledge file."""
    b = knowledge().contact["klachtenbureau"]
    return f"{b['name']}\n{b['address']}\n{b['postcode']} {b['city']}\nTelefoon: {b['phone']}\nE-mail: {b['email']}"


def _routes() -> str:
    """Kifid, Tuchtraad and court (seeds 000/001), with the addresses from the knowledge file."""
    contact = knowledge().contact
    kifid, tuchtraad = contact["kifid"], contact["tuchtraad"]
    return f"""Bent u het niet eens met onze beslissing? Dan kunt u het volgende doen.

Kifid
ARAG is aangesloten bij het {kifid["name"]}. Bent u niet tevreden over de afhandeling van uw
klacht, dan kunt u zich wenden tot het Kifid:
{kifid["name"]}, {kifid["address"]}, {kifid["postcode"]} {kifid["city"]},
telefoon {kifid["phone"]}, {kifid["website"]}.

Tuchtraad
{tuchtraad["via"][0].upper()}{tuchtraad["via"][1:]} kunt u ook een klacht indienen bij de {tuchtraad["name"]}. Het Kifid
stuurt klachten met een tuchtrechtelijk aspect zelf door naar de Tuchtraad.

Rechter
U kunt uw zaak of klacht altijd voorleggen aan {contact["court"]}."""


class MailError(Exception):
    """The e-mail could not be sent; the message is Dutch and shown to the user."""


def _day(value: Any) -> str:
    parsed = value if isinstance(value, datetime) else parse_time(value)
    return parsed.astimezone(TZ).strftime("%d-%m-%Y") if parsed else "-"


def _salutation(record: dict[str, Any]) -> str:
    name = ((record.get("customer") or {}).get("name") or "").strip()
    return f"Beste {name}," if name else "Geachte heer, mevrouw,"


def _quote(text: str) -> str:
    return "\n".join("> " + line for line in (text or "").splitlines()[:30])


def render(template: str, record: dict[str, Any], profile: Any, now: datetime) -> tuple[str, str]:
    """(subject, body) of a template for a record; ActionRefused when it does not fit the record."""
    cid = record["id"]
    hello = _salutation(record)
    bye = f"Met vriendelijke groet,\n\n{_signature()}"
    if template == "ontvangst":
        statuses = [s for s in record_deadlines(record, profile, now) if s.met is None]
        promise = (
            f"Wij nemen uiterlijk {_day(min(s.due for s in statuses))} contact met u op."
            if statuses
            else "Wij nemen zo snel mogelijk contact met u op."
        )
        body = (
            f"{hello}\n\nWij hebben uw klacht op {_day(record['received_at'])} ontvangen en geregistreerd onder "
            f"nummer {cid}. Dit schreef u ons:\n\n{_quote(record.get('text', ''))}\n\n{promise} "
            f"Noem bij contact met ons altijd uw klachtnummer.\n\n{bye}\n"
        )
        return f"Ontvangstbevestiging van uw klacht {cid}", body
    if template == "uitstel":
        notices = record.get("delay_notices") or []
        if not notices:
            raise ActionRefused("Leg eerst een uitstel met nieuwe datum en reden vast.")
        last = notices[-1]
        body = (
            f"{hello}\n\nU heeft een klacht bij ons ingediend (nummer {cid}). Wij hebben meer tijd nodig om uw "
            f"klacht zorgvuldig te behandelen. De reden is: {last['reason']}\n\nU krijgt ons antwoord uiterlijk "
            f"op {_day(last['to'])}.\n\n{bye}\n"
        )
        return f"Uw klacht {cid}: wij hebben meer tijd nodig", body
    if template == "uitkomst":
        if not record.get("outcome"):
            raise ActionRefused("Leg eerst de uitkomst met motivering vast.")
        verdict = {"gegrond": "gegrond", "deels gegrond": "gedeeltelijk gegrond", "ongegrond": "ongegrond"}[
            record["outcome"]
        ]
        done = ", ".join(record.get("actions_taken") or [])
        body = (
            f"{hello}\n\nU heeft een klacht bij ons ingediend (nummer {cid}). Wij hebben uw klacht onderzocht en "
            f"vinden haar {verdict}.\n\n{record.get('reasoning', '')}\n\n"
            + (f"Wat wij hebben gedaan: {done}.\n\n" if done else "")
            + f"{_routes()}\n\n{bye}\n"
        )
        return f"Uitkomst van uw klacht {cid}", body
    raise ActionRefused("Onbekende e-mail.")


async def deliver(smtp_url: str, sender: str, to: str, subject: str, body: str) -> str:
    """Send one plain-text e-mail; returns its Message-ID. Raises MailError."""
    if not smtp_url:
        raise MailError("er is geen mailserver ingesteld (SMTP_URL)")
    url = urlparse(smtp_url)
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="klachtenbureau.arag.nl")
    msg.set_content(body)
    try:
        await aiosmtplib.send(
            msg,
            hostname=url.hostname or "127.0.0.1",
            port=url.port or (465 if url.scheme == "smtps" else 25),
            username=unquote(url.username) if url.username else None,
            password=unquote(url.password) if url.password else None,
            use_tls=url.scheme == "smtps",
            start_tls=None if url.scheme == "smtps" else False,
            timeout=15,
        )
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise MailError(f"de mailserver weigerde of is niet bereikbaar ({type(exc).__name__})") from exc
    return str(msg["Message-ID"])


async def send_template(app: web.Application, cid: str, template: str, actor: str) -> bool:
    """Render, send and store one e-mail; False when this template was already sent (once only)."""
    register = app[REGISTER]
    r = app[REDIS]
    settings = app[SETTINGS]
    record = await register.get(cid)
    if record is None:
        raise ActionRefused("Onbekende klacht.")
    to = ((record.get("customer") or {}).get("email") or "").strip()
    if not to:
        raise ActionRefused("De klant heeft geen e-mailadres opgegeven; vul het aan onder Klantgegevens.")
    now = datetime.now(TZ)
    subject, body = render(template, record, app[PROFILE], now)
    marker = SENT.format(cid, template if template != "uitstel" else f"uitstel:{len(record['delay_notices'])}")
    if not await r.set(marker, now_iso(), nx=True):
        return False
    try:
        message_id = await deliver(settings.smtp_url, settings.smtp_from, to, subject, body)
    except MailError:
        await r.delete(marker)
        raise

    def store(rec: dict[str, Any]) -> dict[str, Any]:
        at = now_iso()
        rec.setdefault("correspondence", []).append(
            {
                "at": at,
                "by": actor,
                "kind": "e-mail",
                "direction": "uitgaand",
                "summary": subject,
                "to": to,
                "template": template,
                "body": body,
                "message_id": message_id,
            }
        )
        rec["first_contact_at"] = rec.get("first_contact_at") or at
        rec["first_written_at"] = rec.get("first_written_at") or at
        if template == "ontvangst":
            rec["acknowledged_at"] = rec.get("acknowledged_at") or at
        if template == "uitkomst" and not rec.get("kifid_referral"):
            rec["kifid_referral"] = True  # the outcome e-mail points the customer to the Kifid
            rec["kifid_referred_at"] = at
        return {"template": template, "to": to, "subject": subject, "message_id": message_id}

    await register.update(cid, actor, f"e-mail verstuurd: {TEMPLATES[template]}", store)
    return True
