"""Issue 14 items 3 and 11: login throttle without a race, first password in a private file and
changed at first login, 404 for forbidden ids (tested in test_web)."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path
from typing import Any

import pytest
import redis.asyncio as aioredis

from desk import auth
from desk.web import FIRST_PASSWORD_FILE


async def test_dertig_gelijktijdige_gokken_na_de_vijfde_geweigerd(aredis: aioredis.Redis) -> None:
    await auth.create_user(aredis, "anna", "correct-horse-battery", "klachtbehandelaar")

    async def guess(password: str) -> str:
        try:
            return "ok" if await auth.authenticate(aredis, "anna", password, "10.0.0.9") else "fout"
        except auth.LoginThrottled:
            return "geblokkeerd"

    # 29 wrong guesses and the right password, all at once: at most 5 are even checked.
    results = await asyncio.gather(*[guess(f"gok-{i:02d}-xxxxxxxx") for i in range(29)], guess("correct-horse-battery"))
    checked = [r for r in results if r != "geblokkeerd"]
    assert len(checked) == 5 and results.count("geblokkeerd") == 25
    assert await guess("correct-horse-battery") == "geblokkeerd"
    # Another address is not blocked by these attempts.
    assert await auth.authenticate(aredis, "anna", "correct-horse-battery", "10.0.0.10") is not None


async def test_dertig_gelijktijdige_formulieren(desk_client: Any, aredis: aioredis.Redis) -> None:
    await auth.create_user(aredis, "bert", "correct-horse-battery", "klachtbehandelaar")
    page = await desk_client.get("/login")
    token = page.cookies["desk_login_csrf"].value
    responses = await asyncio.gather(
        *[
            desk_client.post("/login", data={"username": "bert", "password": f"fout-{i}", "csrf": token})
            for i in range(30)
        ]
    )
    statuses = sorted(r.status for r in responses)
    assert statuses == [401] * 5 + [429] * 25


async def test_eerste_wachtwoord_in_een_prive_bestand_en_wijzigen_verplicht(
    desk_client: Any, aredis: aioredis.Redis, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / FIRST_PASSWORD_FILE
    assert path.exists()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    password = path.read_text().strip()
    assert len(password) >= 16
    assert all(password not in record.getMessage() for record in caplog.records)

    page = await desk_client.get("/login")
    resp = await desk_client.post(
        "/login", data={"username": "teamleider", "password": password, "csrf": page.cookies["desk_login_csrf"].value}
    )
    assert resp.status == 200 and resp.url.path == "/wachtwoord"
    html = await resp.text()
    assert "Kies eerst uw eigen wachtwoord" in html
    # Nothing else is reachable until the password is changed.
    for path_ in ("/", "/gebruikers", "/klacht/KL-2026-000001"):
        r = await desk_client.get(path_, allow_redirects=False)
        assert r.status == 302 and r.headers["Location"] == "/wachtwoord", path_
    assert (await desk_client.get("/api/klachten")).status == 403
    csrf = html.split('name="csrf" value="')[1].split('"')[0]
    bad = await desk_client.post(
        "/wachtwoord",
        data={"csrf": csrf, "current": password, "password": "nieuw-en-lang-genoeg", "password2": "anders-en-lang"},
    )
    assert bad.status == 400 and "niet gelijk" in await bad.text()
    ok = await desk_client.post(
        "/wachtwoord",
        data={
            "csrf": csrf,
            "current": password,
            "password": "nieuw-en-lang-genoeg",
            "password2": "nieuw-en-lang-genoeg",
        },
        allow_redirects=False,
    )
    assert ok.status == 303 and ok.headers["Location"] == "/"
    assert (await desk_client.get("/gebruikers")).status == 200
    user = await auth.get_user(aredis, "teamleider")
    assert user is not None and not user.must_change
    assert await auth.authenticate(aredis, "teamleider", "nieuw-en-lang-genoeg", "1.2.3.4") is not None


async def test_wachtwoord_gezet_door_teamleider_moet_gewijzigd(
    desk_client: Any, login: Any, aredis: aioredis.Redis, h: Any
) -> None:
    await auth.create_user(aredis, "kim", h.password, "klachtbehandelaar")
    csrf = await login(desk_client, "lead", role="teamleider")
    await desk_client.post(
        "/gebruikers", data={"csrf": csrf, "action": "password", "username": "kim", "password": "tijdelijk-wachtwoord"}
    )
    user = await auth.get_user(aredis, "kim")
    assert user is not None and user.must_change
