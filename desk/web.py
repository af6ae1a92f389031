"""The desk's application factory: settings, Redis, the intake consumer, templates and routes."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp_jinja2
import jinja2
import redis.asyncio as aioredis
from aiohttp import web

from desk import auth, login, views
from desk.config import Settings
from desk.consumer import IntakeConsumer
from desk.deadlines import get_profile
from desk.keys import PROFILE, REDIS, REGISTER, SETTINGS
from desk.middleware import security_headers, session_and_csrf
from desk.register import Register

log = logging.getLogger("desk")

HERE = Path(__file__).parent


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
    login.add_routes(app)
    app.router.add_static("/static/", HERE / "static")
    views.add_routes(app)
    return app
