"""The desk's aiohttp application: sessions, CSRF, access control and the background consumer."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp_jinja2
import jinja2
import redis.asyncio as aioredis
from aiohttp import web

from desk import auth
from desk.config import Settings
from desk.consumer import IntakeConsumer
from desk.deadlines import get_profile
from desk.register import Register

log = logging.getLogger("desk")

HERE = Path(__file__).parent
SESSION_COOKIE = "desk_session"
LOGIN_CSRF_COOKIE = "desk_login_csrf"
PUBLIC_PATHS = {"/health", "/login", "/favicon.ico"}

SETTINGS = web.AppKey("settings", Settings)
REDIS = web.AppKey("redis", aioredis.Redis)
REGISTER = web.AppKey("register", Register)
PROFILE = web.AppKey("profile", object)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        response = exc
        _harden(response)
        raise
    _harden(response)
    return response


def _harden(response: web.StreamResponse) -> None:
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Cache-Control", "no-store")


def _wants_json(request: web.Request) -> bool:
    return request.path.startswith("/api/")


@web.middleware
async def session_and_csrf(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Loads the session; no data without login; a valid CSRF token on every state change."""
    r = request.app[REDIS]
    request["user"] = None
    request["csrf"] = ""
    token = request.cookies.get(SESSION_COOKIE, "")
    session = await auth.load_session(r, token) if token else None
    if session:
        request["user"], request["csrf"] = session
        request["session_token"] = token
    public = request.path in PUBLIC_PATHS or request.path.startswith("/static/")
    if request["user"] is None and not public:
        if _wants_json(request):
            raise web.HTTPUnauthorized(text='{"error": "niet ingelogd"}', content_type="application/json")
        raise web.HTTPFound("/login")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        if request.path == "/login":
            expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        else:
            expected = request["csrf"]
        given = request.headers.get("X-CSRF-Token")
        if given is None and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            given = (await request.post()).get("csrf")
        if not expected or not auth.csrf_ok(expected, given if isinstance(given, str) else None):
            raise web.HTTPForbidden(text="Ongeldig of ontbrekend formuliertoken (CSRF). Laad de pagina opnieuw.")
    return await handler(request)


def set_session_cookie(response: web.StreamResponse, settings: Settings, token: str) -> None:
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="Strict", secure=settings.secure_cookie,
                        path="/", max_age=auth.SESSION_TTL)


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
    response = aiohttp_jinja2.render_template("login.html", request, {"login_csrf": token, "error": error},
                                              status=status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="Strict", path="/login",
                        secure=request.app[SETTINGS].secure_cookie)
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


async def _redis_ctx(app: web.Application) -> AsyncIterator[None]:
    client = aioredis.Redis.from_url(app[SETTINGS].redis_url)
    app[REDIS] = client
    app[REGISTER] = Register(client)
    password = await auth.ensure_first_admin(client)
    if password:
        # Printed once, to the console of whoever starts the desk for the first time; never logged.
        print(f"Eerste account aangemaakt: gebruiker '{auth.FIRST_ADMIN}', wachtwoord: {password}", flush=True)
    yield
    await client.close()


async def _consumer_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not settings.run_consumer:
        yield
        return
    client = aioredis.Redis.from_url(settings.redis_url)  # own connection: XREADGROUP blocks
    consumer = IntakeConsumer(client, claim_idle_ms=settings.claim_idle_ms)
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    log.info("intake consumer %s started", consumer.name)
    yield
    stop.set()
    with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=3)
    await client.close()


def create_app(settings: Settings | None = None) -> web.Application:
    from desk import views

    settings = settings or Settings.from_env()
    app = web.Application(middlewares=[security_headers, session_and_csrf], client_max_size=256 * 1024)
    app[SETTINGS] = settings
    app[PROFILE] = get_profile(settings.profile)
    env = aiohttp_jinja2.setup(
        app, loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
        context_processors=[views.template_context],
    )
    env.filters.update(views.FILTERS)
    app.cleanup_ctx.append(_redis_ctx)
    app.cleanup_ctx.append(_consumer_ctx)
    app.router.add_get("/health", health)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_get("/login", login_page)
    app.router.add_post("/login", login_submit)
    app.router.add_post("/logout", logout)
    app.router.add_static("/static/", HERE / "static")
    views.add_routes(app)
    return app
