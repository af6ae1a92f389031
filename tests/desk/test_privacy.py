"""Privacy (AVG): export, erasure that keeps counts and audit, retention; team leader only; yearly PDF."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import redis.asyncio as aioredis

from desk import privacy
from desk.register import Register
from flexbot.complaints import possible
from flexbot.keys import INTAKE_STREAM, LABELS_STREAM, MENTIONS_STREAM


async def test_inzage_en_verwijderen_houden_tellingen_en_audit(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis, h: Any
) -> None:
    secret = "Mijn buurman Jan Smit van Dorpsstraat 4 pest mij."
    await register.register(
        h.complaint(
            1,
            text=secret,
            customer={"name": "Els Visser", "email": "els@example.nl", "address": "Kerkweg 1, Utrecht"},
            transcript=[{"speaker": "klant", "text": secret}],
        )
    )
    await register.register(h.complaint(2, customer={"name": "Ander", "email": "ander@example.nl"}))
    csrf = await login(desk_client, "fleur")
    assert (await desk_client.post("/privacy/inzage", data={"csrf": csrf, "who": "els@example.nl"})).status == 403
    assert (await desk_client.get("/privacy")).status == 403
    await desk_client.post(
        "/klacht/KL-2026-000001/customer",
        data={
            "csrf": csrf,
            "name": "Els Visser",
            "address": "Kerkweg 2, Utrecht",
            "email": "els@example.nl",
            "phone": "",
            "policy_number": "",
        },
    )
    assert (await register.get("KL-2026-000001"))["customer"]["address"] == "Kerkweg 2, Utrecht"
    csrf = await login(desk_client, "lead", role="teamleider")
    month_before = await (await desk_client.get("/rapport/maand?maand=2026-11")).text()
    year_before = await (await desk_client.get("/rapport/jaar?jaar=2026")).text()

    resp = await desk_client.post("/privacy/inzage", data={"csrf": csrf, "who": "ELS@example.nl"})
    assert resp.status == 200 and "attachment" in resp.headers["Content-Disposition"]
    data = json.loads(await resp.text())
    assert [c["id"] for c in data["complaints"]] == ["KL-2026-000001"]
    assert data["complaints"][0]["text"] == secret and data["audit"]["KL-2026-000001"]

    await aredis.xadd(MENTIONS_STREAM, {"platform": "x", "id": "1", "author": "els@example.nl", "text": "hallo"})
    await aredis.xadd(
        LABELS_STREAM, {"label": json.dumps({"text": secret, "label": "complaint", "complaint_id": "KL-2026-000001"})}
    )
    await desk_client.post("/privacy/wissen", data={"csrf": csrf, "who": "els@example.nl", "reason": "verzoek klant"})
    assert await aredis.xlen(MENTIONS_STREAM) == 0 and await aredis.xlen(LABELS_STREAM) == 0
    record = await register.get("KL-2026-000001")
    assert record["text"] == privacy.GONE and record["transcript"] == []
    assert all(v is None for v in record["customer"].values()) and record["anonymised_at"]
    raw = json.dumps(record) + json.dumps(await register.audit("KL-2026-000001"))
    raw += json.dumps([f for _i, f in await aredis.xrange("desk:audit")])
    for gone in ("Jan Smit", "Els Visser", "els@example.nl", "Kerkweg"):
        assert gone not in raw, gone
    # Counts and audit events stay.
    actions = [a["action"] for a in await register.audit("KL-2026-000001")]
    assert actions[0] == "geregistreerd" and "klantgegevens gecorrigeerd" in actions
    assert actions[-1] == "geanonimiseerd (AVG)"
    month_after = await (await desk_client.get("/rapport/maand?maand=2026-11")).text()
    year_after = await (await desk_client.get("/rapport/jaar?jaar=2026")).text()
    total = lambda html: html.split("Totaal: <strong>")[1].split("<")[0]  # noqa: E731
    assert total(month_before) == total(month_after) == "2" and total(year_before) == total(year_after) == "2"
    assert (await register.get("KL-2026-000002"))["customer"]["email"] == "ander@example.nl"
    log = [f["action"] for _i, f in await aredis.xrange(privacy.AUDIT_PRIVACY)]
    assert log == ["export", "erase", "erase_mentions"]


async def test_bewaartermijnen(register: Register, aredis: aioredis.Redis, h: Any) -> None:
    now = datetime.now(timezone.utc)
    old_ms = int((now - timedelta(days=40)).timestamp() * 1000)
    await aredis.xadd(INTAKE_STREAM, {"complaint": "{}"}, id=f"{old_ms}-0")
    await aredis.xadd(MENTIONS_STREAM, {"text": "oud"}, id=f"{old_ms}-0")
    await aredis.xadd(INTAKE_STREAM, {"complaint": "{}"})
    await aredis.xadd(MENTIONS_STREAM, {"text": "nieuw"})
    await register.register(h.complaint(1, received_at="2019-01-07T10:00:00+01:00", text="oude klacht"))
    await register.register(h.complaint(2, received_at="2019-01-08T10:00:00+01:00", text="nog open"))
    await register.update(
        "KL-2026-000001",
        "fleur",
        "afgehandeld",
        lambda r: r.update(closed_at="2019-02-01T10:00:00+01:00", outcome="ongegrond") or {},
    )
    stale = possible.candidate("web-1", "m1", "Nou, dat had ik anders verwacht.", {"decision": "ask"})
    await possible.keep(aredis, {**stale, "at": (now - timedelta(days=40)).isoformat()})
    await possible.keep(aredis, possible.candidate("web-2", "m1", "Jullie zijn traag.", {"decision": "ask"}))
    result = await privacy.apply_retention(aredis, register, intake_days=30, closed_days=365, now=now)
    assert result == {"trimmed": 3, "anonymised": 1}
    assert [p["conversation_id"] for p in await possible.open_candidates(aredis)] == ["web-2"]
    assert [f["text"] for _i, f in await aredis.xrange(MENTIONS_STREAM)] == ["nieuw"]
    assert await aredis.xlen(INTAKE_STREAM) == 1
    assert (await register.get("KL-2026-000001"))["text"] == privacy.GONE
    assert (await register.get("KL-2026-000002"))["text"] == "nog open"  # not closed: kept
    assert await register.count() == 2


async def test_jaarrapportage_als_pdf(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(h.complaint(1))
    await login(desk_client, "fleur")
    page = await (await desk_client.get("/rapport/jaar?jaar=2026")).text()
    assert 'href="/rapport/jaar/2026.pdf"' in page and 'src="/rapport/jaar/2026.svg"' in page
    resp = await desk_client.get("/rapport/jaar/2026.pdf")
    body = await resp.read()
    assert resp.status == 200 and resp.content_type == "application/pdf" and body.startswith(b"%PDF")
    assert b"Klachtenrapportage 2026" in body  # document title in the metadata
    assert (await desk_client.get("/rapport/jaar/2026.svg")).content_type == "image/svg+xml"
