"""The desk's application factory: settings, Redis, the intake consumer, templates and routes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web

from desk import auth, login, notifier, privacy, views
from desk.config import Settings
from desk.consumer import IntakeConsumer
from desk.keys import INTAKE, PROFILE, REDIS, REGISTER, SETTINGS
from desk.middleware import security_headers, session_and_csrf
from desk.register import Register
from flexbot.intake.client import IntakeClient
from flexbot.profiles import get_profile
from flexbot.streams import redis_client

log = logging.getLogger("desk")

HERE = Path(__file__).parent


FIRST_PASSWORD_FILE = "desk-first-password"


async def _redis_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    client = redis_client(settings.redis_url)
    app[REDIS] = client
    app[REGISTER] = Register(client)
    # Complaint ids for social mentions confirmed in the desk come from the one intake sequence.
    app[INTAKE] = IntakeClient(settings.redis_url, settings.spool_dir)
    password = await auth.ensure_first_admin(client)
    if password:
        # Never printed or logged: written to a file only the service's owner can read, and the
        # account must choose a new password at its first login.
        path = settings.var_dir / FIRST_PASSWORD_FILE
        auth.write_secret_file(path, password)
        log.warning("first account '%s' created; its one-time password is in %s (mode 0600)", auth.FIRST_ADMIN, path)
    yield
    await app[INTAKE].stop()
    await client.close()


async def _consumer_ctx(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not settings.run_consumer:
        yield
        return
    client = redis_client(settings.redis_url)  # own connection: XREADGROUP blocks
    consumer = IntakeConsumer(client, claim_idle_ms=settings.claim_idle_ms)
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    log.info("intake consumer %s started", consumer.name)
    yield
    stop.set()
    with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=3)
    await client.close()


async def _notifier_ctx(app: web.Application) -> AsyncIterator[None]:
    """E-mail duties (acknowledgements, deadline warnings) when a mail server is set."""
    if not app[SETTINGS].smtp_url or not app[SETTINGS].run_consumer:
        yield
        return
    stop = asyncio.Event()
    task = asyncio.create_task(notifier.run(app, stop, app[SETTINGS].notify_interval))
    yield
    stop.set()
    with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=3)


RETENTION_EVERY = 3600.0


async def _retention_loop(app: web.Application, stop: asyncio.Event) -> None:
    settings = app[SETTINGS]
    while not stop.is_set():
        try:
            result = await privacy.apply_retention(
                app[REDIS], app[REGISTER], settings.retention_intake_days, settings.retention_closed_days
            )
            if any(result.values()):
                log.info("retention: %s", result)
        except Exception:  # noqa: BLE001 - retried next round; logged
            log.exception("retention round failed")
        waited = 0.0
        while waited < RETENTION_EVERY and not stop.is_set():
            await asyncio.sleep(0.5)
            waited += 0.5


async def _housekeeping_ctx(app: web.Application) -> AsyncIterator[None]:
    """Retention (AVG) once an hour, in the process that runs the consumer."""
    if not app[SETTINGS].run_consumer:
        yield
        return
    stop = asyncio.Event()
    task = asyncio.create_task(_retention_loop(app, stop))
    yield
    stop.set()
    with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=3)


def create_app(settings: Settings | None = None) -> web.Application:
    settings = settings or Settings.from_env()
    app = web.Application(middlewares=[security_headers, session_and_csrf], client_max_size=256 * 1024)
    app[SETTINGS] = settings
    app[PROFILE] = get_profile(settings.profile)
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        context_processors=[views.template_context],
    )
    env.filters.update(views.FILTERS)
    app.cleanup_ctx.append(_redis_ctx)
    app.cleanup_ctx.append(_consumer_ctx)
    app.cleanup_ctx.append(_notifier_ctx)
    app.cleanup_ctx.append(_housekeeping_ctx)
    login.add_routes(app)
    app.router.add_static("/static/", HERE / "static")
    views.add_routes(app)
    return app
