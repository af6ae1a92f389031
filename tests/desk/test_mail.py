"""Correspondence by e-mail against a real local SMTP server (aiosmtpd): acknowledgement at
registration, outcome with Kifid/Tuchtraad/rechter, delay notice, deadline warnings."""

from __future__ import annotations

import email
from datetime import datetime, timedelta
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis
from aiosmtpd.controller import Controller

from desk import auth, notifier
from desk.config import Settings
from desk.deadlines import TZ
from desk.keys import REGISTER
from desk.register import Register
from desk.web import create_app
from flexbot.redis_server import free_port


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd API
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"

    def bodies(self) -> list[str]:
        return [m.get_payload(decode=True).decode("utf-8") for _to, m in self.messages]


@pytest.fixture()
def inbox() -> Any:
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield box, f"smtp://127.0.0.1:{controller.port}"
    controller.stop()


@pytest.fixture()
async def mail_client(aiohttp_client: Any, redis_url: str, tmp_path: Path, inbox: Any) -> Any:
    _box, url = inbox
    app = create_app(
        Settings(
            redis_url=redis_url,
            run_consumer=False,
            var_dir=tmp_path,
            smtp_url=url,
            smtp_from="ARAG Klachtenbureau <klachtenbureau@arag.nl>",
        )
    )
    return await aiohttp_client(app)


async def test_ontvangstbevestiging_automatisch_bij_registratie(
    mail_client: Any, inbox: Any, register: Register, h: Any
) -> None:
    box, _url = inbox
    now = datetime.now(TZ).isoformat()
    await register.register(
        h.complaint(
            1,
            received_at=now,
            text="Ik wacht al drie weken op antwoord.",
            customer={"name": "Joke Jansen", "email": "joke@example.nl"},
            handoff_consent=True,
        )
    )
    await register.register(h.complaint(2, received_at=now, handoff_consent=False))  # wants no follow-up
    await register.register(h.complaint(3, received_at=now, customer={"name": "X"}, handoff_consent=True))
    app = mail_client.server.app
    assert await notifier.run_once(app) == {"acknowledged": 1, "warned": 0}
    assert await notifier.run_once(app) == {"acknowledged": 0, "warned": 0}  # once only
    [(to, msg)] = box.messages
    assert to == ["joke@example.nl"] and msg["Subject"] == "Ontvangstbevestiging van uw klacht KL-2026-000001"
    body = box.bodies()[0]
    assert body.startswith("Beste Joke Jansen,")
    assert "geregistreerd onder nummer KL-2026-000001" in body and "> Ik wacht al drie weken op antwoord." in body
    assert "Wij nemen uiterlijk" in body and "klachtenbureau@ARAG.nl" in body
    record = await app[REGISTER].get("KL-2026-000001")
    [sent] = record["correspondence"]
    assert sent["kind"] == "e-mail" and sent["template"] == "ontvangst" and sent["to"] == "joke@example.nl"
    assert record["acknowledged_at"] and record["first_contact_at"] and record["status"] == "ontvangst bevestigd"
    actions = [a["action"] for a in await app[REGISTER].audit("KL-2026-000001")]
    assert "e-mail verstuurd: ontvangstbevestiging" in actions


async def test_uitkomst_met_kifid_tuchtraad_en_rechter(
    mail_client: Any, login: Any, inbox: Any, register: Register, h: Any
) -> None:
    box, _url = inbox
    await register.register(h.complaint(1, customer={"name": "Piet", "email": "piet@example.nl"}))
    csrf = await login(mail_client, "fleur")
    # No outcome yet: nothing is sent.
    html = await (
        await mail_client.post("/klacht/KL-2026-000001/mail", data={"csrf": csrf, "template": "uitkomst"})
    ).text()
    assert "Leg eerst de uitkomst" in html and box.messages == []
    await mail_client.post("/klacht/KL-2026-000001/claim", data={"csrf": csrf})
    await mail_client.post(
        "/klacht/KL-2026-000001/outcome",
        data={
            "csrf": csrf,
            "outcome": "deels gegrond",
            "reasoning": "De terugbelafspraak is niet nagekomen.",
            "actions": "excuses",
            "leerpunt": "",
        },
    )
    await mail_client.post("/klacht/KL-2026-000001/mail", data={"csrf": csrf, "template": "uitkomst"})
    [(to, msg)] = box.messages
    body = box.bodies()[0]
    assert to == ["piet@example.nl"] and msg["Subject"] == "Uitkomst van uw klacht KL-2026-000001"
    assert "vinden haar gedeeltelijk gegrond" in body and "De terugbelafspraak is niet nagekomen." in body
    assert "Kifid" in body and "Postbus 93257, 2509 AG Den Haag" in body
    assert "Tuchtraad" in body and "bevoegde rechter" in body
    record = await register.get("KL-2026-000001")
    assert record["kifid_referral"] and record["correspondence"][-1]["template"] == "uitkomst"
    page = await (await mail_client.get("/klacht/KL-2026-000001")).text()
    assert "Uitkomst van uw klacht KL-2026-000001" in page


async def test_uitstelbericht_verschuift_de_termijn(
    mail_client: Any, login: Any, inbox: Any, register: Register, h: Any
) -> None:
    box, _url = inbox
    received = datetime.now(TZ).replace(microsecond=0)
    await register.register(
        h.complaint(1, received_at=received.isoformat(), customer={"name": "Piet", "email": "piet@example.nl"})
    )
    csrf = await login(mail_client, "fleur")
    await mail_client.post("/klacht/KL-2026-000001/claim", data={"csrf": csrf})
    new_day = (received + timedelta(days=30)).date()
    html = await (
        await mail_client.post(
            "/klacht/KL-2026-000001/delay", data={"csrf": csrf, "new_date": new_day.isoformat(), "reason": ""}
        )
    ).text()
    assert "Vul de reden in" in html
    await mail_client.post(
        "/klacht/KL-2026-000001/delay",
        data={"csrf": csrf, "new_date": new_day.isoformat(), "reason": "Wij wachten op het dossier van de advocaat."},
    )
    record = await register.get("KL-2026-000001")
    assert record["answer_due"].startswith(new_day.isoformat())
    assert record["delay_notices"][0]["reason"] == "Wij wachten op het dossier van de advocaat."
    page = await (await mail_client.get("/klacht/KL-2026-000001")).text()
    assert new_day.strftime("%d-%m-%Y") in page
    audit = [a for a in await register.audit("KL-2026-000001") if a["action"] == "uitstelbericht: termijn verschoven"]
    assert len(audit) == 1 and "dossier van de advocaat" in audit[0]["detail"]
    await mail_client.post("/klacht/KL-2026-000001/mail", data={"csrf": csrf, "template": "uitstel"})
    body = box.bodies()[0]
    assert f"uiterlijk op {new_day.strftime('%d-%m-%Y')}" in body and "dossier van de advocaat" in body


async def test_termijnwaarschuwing_een_werkdag_van_tevoren(
    mail_client: Any, inbox: Any, register: Register, aredis: aioredis.Redis, h: Any
) -> None:
    box, _url = inbox
    await auth.create_user(aredis, "fleur", h.password, "klachtbehandelaar", "Fleur", email="fleur@arag.nl")
    await auth.create_user(aredis, "lead", h.password, "teamleider", "Lead", email="lead@arag.nl")
    # Received Thursday 2026-11-19: 5 werkdagen -> due Thursday 2026-11-26 23:59; warn from Wednesday 00:00.
    await register.register(h.complaint(1, received_at="2026-11-19T10:00:00+01:00", handoff_consent=False))
    app = mail_client.server.app
    await app[REGISTER].update(
        "KL-2026-000001",
        "fleur",
        "claim",
        lambda rec: rec.update(handler="fleur", claimed_at="2026-11-19T11:00:00+01:00") or {},
    )
    tuesday = datetime(2026, 11, 24, 16, 0, tzinfo=TZ)
    wednesday = datetime(2026, 11, 25, 9, 0, tzinfo=TZ)
    assert await notifier.warn_deadlines(app, tuesday) == 0
    assert await notifier.warn_deadlines(app, wednesday) == 1
    assert await notifier.warn_deadlines(app, wednesday + timedelta(hours=2)) == 0
    [(to, msg)] = box.messages
    assert sorted(to) == ["fleur@arag.nl", "lead@arag.nl"]
    assert msg["Subject"] == "Termijn verloopt bijna: klacht KL-2026-000001 (Contact met de klant)"
    assert "26-11-2026 23:59" in box.bodies()[0]


async def test_ontvangstbevestiging_binnen_enkele_seconden_na_intake(
    redis_url: str, tmp_path: Path, inbox: Any, aiohttp_client: Any, h: Any
) -> None:
    """The whole path: intake stream -> the desk's consumer registers -> the notifier mails."""
    import asyncio
    import json

    box, url = inbox
    app = create_app(
        Settings(
            redis_url=redis_url,
            var_dir=tmp_path,
            smtp_url=url,
            run_consumer=True,
            notify_interval=3600,
            claim_idle_ms=1000,
        )
    )
    client = await aiohttp_client(app)
    assert (await client.get("/health")).status == 200
    await asyncio.sleep(0.1)
    redis = app[REGISTER].redis
    await redis.xadd(
        "klachtenbureau:intake",
        {
            "complaint": json.dumps(
                h.complaint(
                    7,
                    received_at=datetime.now(TZ).isoformat(),
                    customer={"name": "Sara", "email": "sara@example.nl"},
                    handoff_consent=True,
                )
            )
        },
    )
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not box.messages and loop.time() - start < 10:
        await asyncio.sleep(0.1)
    assert [m["To"] for _to, m in box.messages] == ["sara@example.nl"]
    assert loop.time() - start < 5
