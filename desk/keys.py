"""The desk application's shared keys: aiohttp AppKeys and cookie names (no imports of views)."""

from __future__ import annotations

import redis.asyncio as aioredis
from aiohttp import web

from desk.config import Settings
from desk.register import Register
from flexbot.intake.client import IntakeClient
from flexbot.profiles import Profile

SESSION_COOKIE = "desk_session"
LOGIN_CSRF_COOKIE = "desk_login_csrf"
PUBLIC_PATHS = {"/health", "/login", "/favicon.ico"}
# Reachable while a generated password still has to be changed.
PASSWORD_PATHS = {"/wachtwoord", "/logout"}

SETTINGS = web.AppKey("settings", Settings)
REDIS = web.AppKey("redis", aioredis.Redis)
REGISTER = web.AppKey("register", Register)
PROFILE = web.AppKey("profile", Profile)
INTAKE = web.AppKey("intake", IntakeClient)
MAILER = web.AppKey("mailer", object)
EVENTS = web.AppKey("events", object)
