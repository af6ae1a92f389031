"""Desk pages and API against a real Redis: login, access control, CSRF, escaping, workflow, reports."""

from __future__ import annotations

from typing import Any

import redis.asyncio as aioredis

from desk import auth
from desk.register import Register

XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


async def test_health_needs_no_login(desk_client: Any) -> None:
    resp = await desk_client.get("/health")
    assert resp.status == 200
    assert await resp.json() == {"status": "ok", "redis": True}


async def test_no_complaint_data_without_login(desk_client: Any, register: Register, h: Any) -> None:
    await register.register(h.complaint(1))
    for path in (
        "/",
        "/klacht/KL-2026-000001",
        "/rapport/maand",
        "/rapport/jaar",
        "/gebruikers",
        "/rapport/maand/2026-11.csv",
    ):
        resp = await desk_client.get(path, allow_redirects=False)
        assert resp.status == 302 and resp.headers["Location"] == "/login", path
    for path in ("/api/klachten", "/api/klachten/KL-2026-000001"):
        resp = await desk_client.get(path)
        assert resp.status == 401, path
        assert "KL-2026" not in await resp.text()
    resp = await desk_client.post("/klacht/KL-2026-000001/claim", allow_redirects=False)
    assert resp.status == 302


async def test_session_cookie_flags(desk_client: Any, aredis: aioredis.Redis) -> None:
    await auth.create_user(aredis, "flags", "correct-horse-battery", "klachtbehandelaar")
    page = await desk_client.get("/login")
    token = page.cookies["desk_login_csrf"].value
    resp = await desk_client.post(
        "/login", data={"username": "flags", "password": "correct-horse-battery", "csrf": token}, allow_redirects=False
    )
    cookie = resp.headers["Set-Cookie"]
    assert "desk_session=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie


async def test_login_is_rate_limited(desk_client: Any, aredis: aioredis.Redis) -> None:
    await auth.create_user(aredis, "anna", "correct-horse-battery", "klachtbehandelaar")
    statuses = []
    for _ in range(6):
        page = await desk_client.get("/login")
        token = page.cookies["desk_login_csrf"].value
        resp = await desk_client.post("/login", data={"username": "anna", "password": "fout-wachtwoord", "csrf": token})
        statuses.append(resp.status)
    assert statuses == [401] * 5 + [429]
    assert "Te veel mislukte pogingen" in await resp.text()
    # Even the right password is refused while the account+address is throttled.
    page = await desk_client.get("/login")
    resp = await desk_client.post(
        "/login",
        data={"username": "anna", "password": "correct-horse-battery", "csrf": page.cookies["desk_login_csrf"].value},
    )
    assert resp.status == 429


async def test_login_without_csrf_is_refused(desk_client: Any, aredis: aioredis.Redis) -> None:
    await auth.create_user(aredis, "bram", "correct-horse-battery", "klachtbehandelaar")
    resp = await desk_client.post("/login", data={"username": "bram", "password": "correct-horse-battery"})
    assert resp.status == 403


async def test_missing_or_wrong_csrf_gets_403(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(h.complaint(1))
    csrf = await login(desk_client, "carla")
    resp = await desk_client.post("/klacht/KL-2026-000001/claim", data={}, allow_redirects=False)
    assert resp.status == 403
    resp = await desk_client.post("/klacht/KL-2026-000001/claim", data={"csrf": "verkeerd"}, allow_redirects=False)
    assert resp.status == 403
    assert (await register.get("KL-2026-000001"))["handler"] is None
    resp = await desk_client.post("/klacht/KL-2026-000001/claim", data={"csrf": csrf}, allow_redirects=False)
    assert resp.status == 303
    assert (await register.get("KL-2026-000001"))["handler"] == "carla"


async def test_xss_in_a_complaint_is_shown_inert(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(
        h.complaint(
            7,
            text=XSS,
            channel="facebook",
            customer={"name": XSS},
            source={"url": "javascript:alert(1)", "platform_id": "1"},
            transcript=[{"sender": "user", "text": XSS}],
        )
    )
    await login(desk_client, "dirk")
    for path in ("/", "/klacht/KL-2026-000007"):
        html = await (await desk_client.get(path)).text()
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    html = await (await desk_client.get("/klacht/KL-2026-000007")).text()
    assert 'href="javascript:' not in html
    resp = await desk_client.get("/klacht/KL-2026-000007")
    # Only the desk's own static scripts may run (no inline script: the injected one stays dead).
    csp = resp.headers["Content-Security-Policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp


async def test_socialmedia_team_sees_only_open_social_complaints(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    await register.register(h.complaint(1, channel="x", confidential=True))
    await register.register(h.complaint(2, channel="x", source={"url": "https://x.com/a/status/2"}))
    await register.register(h.complaint(3, channel="website"))
    csrf = await login(desk_client, "sam", role="socialmedia")
    # Forbidden and unknown ids get the same 404: the social team cannot probe which ids exist.
    for cid in ("KL-2026-000001", "KL-2026-000003", "KL-2026-999999"):
        resp = await desk_client.get(f"/klacht/{cid}")
        assert resp.status == 404 and await resp.text() == "Onbekende klacht."
        assert (await desk_client.get(f"/api/klachten/{cid}")).status == 404
    resp = await desk_client.get("/klacht/KL-2026-000002")
    assert resp.status == 200
    html = await resp.text()
    assert 'href="https://x.com/a/status/2"' in html and "In behandeling nemen" not in html
    listed = [c["id"] for c in await (await desk_client.get("/api/klachten")).json()]
    assert listed == ["KL-2026-000002"]
    # Read-only: no actions, no reports, no user admin.
    resp = await desk_client.post("/klacht/KL-2026-000002/claim", data={"csrf": csrf}, allow_redirects=False)
    assert resp.status == 403
    assert (await desk_client.get("/rapport/maand")).status == 403
    assert (await desk_client.get("/gebruikers")).status == 403


async def test_handler_sees_confidential_complaints(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(h.complaint(1, channel="x", confidential=True))
    await login(desk_client, "eva")
    assert (await desk_client.get("/klacht/KL-2026-000001")).status == 200


async def _act(client: Any, csrf: str, cid: str, action: str, **data: Any) -> None:
    resp = await client.post(f"/klacht/{cid}/{action}", data={"csrf": csrf, **data}, allow_redirects=False)
    assert resp.status == 303, await resp.text()


async def test_full_workflow_is_audited(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    cid = "KL-2026-000001"
    await register.register(h.complaint(1))
    csrf = await login(desk_client, "fleur", display_name="Fleur de Vries")
    await _act(desk_client, csrf, cid, "acknowledge")
    assert (await register.get(cid))["status"] == "ontvangst bevestigd"
    await _act(desk_client, csrf, cid, "claim")
    assert (await register.get(cid))["status"] == "in behandeling"
    await _act(
        desk_client,
        csrf,
        cid,
        "details",
        category="bejegening",
        department="Rechtshulp",
        employee_concerned="Piet Jurist",
    )
    await _act(
        desk_client,
        csrf,
        cid,
        "correspondence",
        kind="telefoon",
        direction="uitgaand",
        summary="Klant gebeld, excuses aangeboden.",
    )
    await _act(desk_client, csrf, cid, "close")  # refused: no outcome yet
    assert (await register.get(cid))["status"] == "in behandeling"
    await _act(
        desk_client,
        csrf,
        cid,
        "outcome",
        outcome="deels gegrond",
        reasoning="Te laat teruggebeld.",
        actions=["excuses", "herstel"],
        leerpunt="Terugbelafspraken vastleggen.",
    )
    await _act(desk_client, csrf, cid, "kifid")
    await _act(desk_client, csrf, cid, "close")
    record = await register.get(cid)
    assert record["status"] == "afgehandeld"
    assert record["outcome"] == "deels gegrond" and record["actions_taken"] == ["excuses", "herstel"]
    assert record["kifid_referral"] and record["final_answer_at"] and record["first_phone_at"]
    actions = [(a["actor"], a["action"]) for a in await register.audit(cid)]
    assert actions == [
        ("intake", "geregistreerd"),
        ("fleur", "ontvangst bevestigd"),
        ("fleur", "in behandeling genomen"),
        ("fleur", "gegevens bijgewerkt"),
        ("fleur", "correspondentie vastgelegd"),
        ("fleur", "uitkomst vastgelegd"),
        ("fleur", "gewezen op het Kifid"),
        ("fleur", "afgehandeld"),
    ]
    html = await (await desk_client.get(f"/klacht/{cid}")).text()
    assert "Te laat teruggebeld." in html and "Audittrail" in html


async def test_handler_may_not_be_the_employee_concerned(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    cid = "KL-2026-000001"
    await register.register(h.complaint(1, employee_concerned="Gijs Jurist"))
    csrf = await login(desk_client, "gijs", display_name="Gijs Jurist")
    await _act(desk_client, csrf, cid, "claim")
    assert (await register.get(cid))["handler"] is None
    html = await (await desk_client.get(f"/klacht/{cid}")).text()
    assert "geen klacht behandelen die over uzelf gaat" in html


async def test_overdue_complaints_stand_out_and_filter(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    await register.register(h.complaint(1, received_at="2026-01-05T10:00:00+01:00"))  # long overdue
    await register.register(h.complaint(2, received_at="2099-01-05T10:00:00+01:00"))  # far in the future
    await login(desk_client, "hans")
    html = await (await desk_client.get("/")).text()
    assert 'class="row-verlopen"' in html
    data = await (await desk_client.get("/api/klachten?deadline=verlopen")).json()
    assert [c["id"] for c in data] == ["KL-2026-000001"]


async def test_monthly_report_csv_chart_and_yearly(desk_client: Any, login: Any, register: Register, h: Any) -> None:
    await register.register(
        h.complaint(
            1, received_at="2026-03-02T10:00:00+01:00", channel="x", department="Rechtshulp", category="=HYPERLINK(1)"
        )
    )
    await register.register(h.complaint(2, received_at="2026-03-20T10:00:00+01:00"))
    await register.register(h.complaint(3, received_at="2026-04-01T10:00:00+02:00"))
    await login(desk_client, "teun")
    html = await (await desk_client.get("/rapport/maand?maand=2026-03")).text()
    assert "Totaal: <strong>2</strong>" in html and "Rechtshulp" in html
    svg = await desk_client.get("/rapport/maand/2026-03.svg")
    assert svg.content_type == "image/svg+xml" and b"<svg" in await svg.read()
    csv_resp = await desk_client.get("/rapport/maand/2026-03.csv")
    body = await csv_resp.text()
    assert csv_resp.content_type == "text/csv"
    assert "KL-2026-000001" in body and "KL-2026-000003" not in body
    assert "'=HYPERLINK(1)" in body  # formula injection neutralised
    yearly = await (await desk_client.get("/rapport/jaar?jaar=2026")).text()
    assert "Klachtenrapportage 2026" in yearly and "Totaal: <strong>3</strong>" in yearly


async def test_teamleider_manages_users(desk_client: Any, login: Any, aredis: aioredis.Redis) -> None:
    csrf = await login(desk_client, "lead", role="teamleider")
    resp = await desk_client.post(
        "/gebruikers",
        data={
            "csrf": csrf,
            "action": "create",
            "username": "nieuw",
            "display_name": "Nieuwe Collega",
            "role": "socialmedia",
            "password": "een-lang-wachtwoord",
        },
        allow_redirects=False,
    )
    assert resp.status == 303
    user = await auth.get_user(aredis, "nieuw")
    assert user and user.role == "socialmedia"
    stored = await aredis.hget("desk:user:nieuw", "password")
    assert stored.startswith("$argon2id$") and "een-lang-wachtwoord" not in stored
    audit = [(f["actor"], f["action"], f["account"]) for _i, f in await aredis.xrange("desk:audit:accounts")]
    assert audit == [("lead", "create", "nieuw")]
    await login(desk_client, "klaas")
    assert (await desk_client.get("/gebruikers")).status == 403


async def test_first_admin_is_created_once(aredis: aioredis.Redis) -> None:
    password = await auth.ensure_first_admin(aredis)
    assert password and len(password) >= 16
    assert await auth.ensure_first_admin(aredis) is None
    assert await auth.authenticate(aredis, "teamleider", password, "127.0.0.1") is not None
