"""Health, login and logout."""

from __future__ import annotations

import secrets

import aiohttp_jinja2
from aiohttp import web

from desk import auth
from desk.keys import LOGIN_CSRF_COOKIE, REDIS, SESSION_COOKIE, SETTINGS
from desk.middleware import set_session_cookie


async def health(request: web.Request) -> web.Response:
    try:
        redis_ok = bool(await request.app[REDIS].ping())
    except Exception:  # noqa: BLE001 - any failure means "not reachable"
        redis_ok = False
    body = {"status": "ok" if redis_ok else "degraded", "redis": redis_ok}
    return web.json_response(body, status=200 if redis_ok else 503)


async def favicon(request: web.Request) -> web.Response:
    return web.Response(status=204)


async def login_page(request: web.Request) -> web.Response:
    if request["user"] is not None:
        raise web.HTTPFound("/")
    return _login_form(request, "")


def _login_form(request: web.Request, error: str, status: int = 200) -> web.Response:
    # Reuse the pending token: a second GET (e.g. the browser's favicon request redirected here)
    # must not invalidate the form that is already on screen.
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
    if len(token) > 64:
        token = secrets.token_urlsafe(24)
    response = aiohttp_jinja2.render_template(
        "login.html", request, {"login_csrf": token, "error": error}, status=status
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="Strict",
        path="/login",
        secure=request.app[SETTINGS].secure_cookie,
    )
    return response


async def login_submit(request: web.Request) -> web.Response:
    form = await request.post()
    username = str(form.get("username", "")).strip()
    password = str(form.get("password", ""))
    ip = request.remote or "?"
    try:
        user = await auth.authenticate(request.app[REDIS], username, password, ip)
    except auth.LoginThrottled:
        return _login_form(request, "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.", 429)
    if user is None:
        return _login_form(request, "Gebruikersnaam of wachtwoord onjuist.", 401)
    token = await auth.create_session(request.app[REDIS], user.username)
    response = web.HTTPSeeOther("/")
    set_session_cookie(response, request.app[SETTINGS], token)
    response.del_cookie(LOGIN_CSRF_COOKIE, path="/login")
    raise response


async def logout(request: web.Request) -> web.Response:
    await auth.end_session(request.app[REDIS], request["session_token"])
    response = web.HTTPSeeOther("/login")
    response.del_cookie(SESSION_COOKIE, path="/")
    raise response


async def password_page(request: web.Request) -> web.Response:
    return aiohttp_jinja2.render_template("password.html", request, {"error": ""})


async def password_submit(request: web.Request) -> web.Response:
    """The user's own new password (forced after a generated or reset one); a fresh session follows."""
    form = await request.post()
    user = request["user"]
    r = request.app[REDIS]
    new, again = str(form.get("password", "")), str(form.get("password2", ""))
    current = str(form.get("current", ""))
    error = ""
    if new != again:
        error = "De twee nieuwe wachtwoorden zijn niet gelijk."
    elif current == new:
        error = "Kies een ander wachtwoord dan het huidige."
    else:
        try:
            if await auth.authenticate(r, user.username, current, request.remote or "?") is None:
                error = "Het huidige wachtwoord is onjuist."
        except auth.LoginThrottled:
            error = "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw."
    if not error:
        try:
            await auth.set_password(r, user.username, new)
        except ValueError as exc:
            error = f"Niet gelukt: {exc}"
    if error:
        return aiohttp_jinja2.render_template("password.html", request, {"error": error}, status=400)
    await r.xadd(
        "desk:audit:accounts",
        {"at": auth_now(), "actor": user.username, "action": "own_password", "account": user.username},
    )
    token = await auth.create_session(r, user.username)
    response = web.HTTPSeeOther("/")
    set_session_cookie(response, request.app[SETTINGS], token)
    raise response


def auth_now() -> str:
    from flexbot.intake.contract import now_iso

    return now_iso()


def add_routes(app: web.Application) -> None:
    app.router.add_get("/wachtwoord", password_page)
    app.router.add_post("/wachtwoord", password_submit)
    app.router.add_get("/health", health)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login_submit)
    app.router.add_post("/logout", logout)
