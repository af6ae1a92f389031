"""Middleware of the desk: security headers on every response, session and CSRF checks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from desk import auth
from desk.config import Settings
from desk.keys import LOGIN_CSRF_COOKIE, PASSWORD_PATHS, PUBLIC_PATHS, REDIS, SESSION_COOKIE

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Scripts only from the desk itself (desk/static/*.js; no inline script, no eval), for the live
# Social page; everything else as strict as before.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
    "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)


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
    user = request["user"]
    if user is not None and user.must_change and request.path not in PASSWORD_PATHS and not public:
        if _wants_json(request):
            raise web.HTTPForbidden(text='{"error": "wijzig eerst uw wachtwoord"}', content_type="application/json")
        raise web.HTTPFound("/wachtwoord")
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        if request.path == "/login":
            expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        else:
            expected = request["csrf"]
        given: object = request.headers.get("X-CSRF-Token")
        if given is None and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            given = (await request.post()).get("csrf")
        if not expected or not auth.csrf_ok(expected, given if isinstance(given, str) else None):
            raise web.HTTPForbidden(text="Ongeldig of ontbrekend formuliertoken (CSRF). Laad de pagina opnieuw.")
    return await handler(request)


def set_session_cookie(response: web.StreamResponse, settings: Settings, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="Strict",
        secure=settings.secure_cookie,
        path="/",
        max_age=auth.SESSION_TTL,
    )
