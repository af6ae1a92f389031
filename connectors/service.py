"""The connectors service: webhooks at /webhooks/<platform>, GET /health, the inbox worker and the
pollers, in one aiohttp application (default port 8200, env CONNECTORS_PORT).

A request is answered fast: verify signature -> size and JSON checks -> durable enqueue -> 200.
Platforms without credentials are reported as disabled at start-up and refuse their webhook.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from redis.asyncio import Redis
from redis.exceptions import RedisError

from connectors.base import Connector, SignatureError
from connectors.inbox import InboxWorker, enqueue, run_worker
from connectors.linkedin import LinkedInConnector
from connectors.mastodon import MastodonPoller
from connectors.meta import GRAPH_TOKEN_SETTING, MetaConnector
from connectors.pipeline import Detector, Intake, MentionPipeline
from connectors.polling import CursorStore, HttpClient, LeaderLock, RetryPolicy, Sleep, run_every
from connectors.x import DEFAULT_API_BASE, POLL_SETTINGS, XConnector, XMentionsPoller
from flexbot import settings
from flexbot.streams import consumer_name, redis_client

log = logging.getLogger("connectors")

DEFAULT_PORT = 8200
DEFAULT_MAX_BODY = 1024 * 1024  # bytes; Meta batches are small, LinkedIn sends at most 10 items
WEBHOOK_PLATFORMS = ("facebook", "instagram", "x", "linkedin")
MAX_JSON_DEPTH = 64  # documented payloads are about 8 levels deep

CONNECTORS_KEY: web.AppKey[dict[str, Connector]] = web.AppKey("connectors", dict)
REDIS_KEY = web.AppKey("redis", Redis)
TASKS_KEY: web.AppKey[list[asyncio.Task[Any]]] = web.AppKey("tasks", list)
STOP_KEY = web.AppKey("stop", asyncio.Event)
POLLERS_KEY: web.AppKey[dict[str, dict[str, Any]]] = web.AppKey("pollers", dict)


@dataclass
class Settings:
    port: int = DEFAULT_PORT
    redis_url: str = "redis://127.0.0.1:6379/0"
    max_body: int = DEFAULT_MAX_BODY
    x_poll_interval: float = 60.0
    mastodon_poll_interval: float = 30.0
    x_api_base: str = DEFAULT_API_BASE
    host: str = "127.0.0.1"
    stop_timeout: float = 3.0  # seconds background loops get to finish on shutdown
    env: Mapping[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        cfg = settings.get(env)
        return cls(
            port=cfg.connectors_port,
            redis_url=cfg.redis_url,
            max_body=cfg.connectors_max_body,
            x_poll_interval=cfg.x_poll_interval,
            mastodon_poll_interval=cfg.mastodon_poll_interval,
            x_api_base=cfg.x_api_base,
            host=cfg.connectors_host,
            env=env,
        )


SETTINGS_KEY = web.AppKey("settings", Settings)


def build_connectors(env: Mapping[str, str]) -> dict[str, Connector]:
    return {
        "facebook": MetaConnector.from_env("facebook", env),
        "instagram": MetaConnector.from_env("instagram", env),
        "x": XConnector.from_env(env),
        "linkedin": LinkedInConnector.from_env(env),
    }


def poller_status(env: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    status = {}
    x_missing = [name for name in POLL_SETTINGS if not env.get(name, "").strip()]
    status["x"] = {"enabled": not x_missing, "missing": x_missing}
    _, m_missing = MastodonPoller.settings(env)
    status["mastodon"] = {"enabled": not m_missing, "missing": m_missing}
    return status


def _json_error(status: int, error: str, detail: str, **extra: Any) -> web.Response:
    return web.json_response({"error": error, "detail": detail, **extra}, status=status)


def _is_json_type(content_type: str) -> bool:
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


def nesting_depth(value: Any, limit: int = MAX_JSON_DEPTH + 1) -> int:
    """How deeply lists and objects nest (stops counting at `limit`), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            if deepest >= limit:
                return deepest
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def _connector(request: web.Request) -> Connector | web.Response:
    platform = request.match_info["platform"]
    connector = request.app[CONNECTORS_KEY].get(platform)
    if connector is None:
        return _json_error(
            404, "unknown_platform", f"no webhook for platform {platform!r}", platforms=list(WEBHOOK_PLATFORMS)
        )
    if not connector.enabled:
        return _json_error(
            503,
            "platform_disabled",
            f"{platform} is disabled: set {', '.join(connector.missing_settings())}",
            platform=platform,
        )
    return connector


async def webhook_get(request: web.Request) -> web.Response:
    """Subscription handshakes: Meta hub.challenge, X CRC, LinkedIn challengeCode."""
    connector = _connector(request)
    if isinstance(connector, web.Response):
        return connector
    answer = connector.handshake(request.query)
    if isinstance(answer.body, str):
        return web.Response(text=answer.body, status=answer.status, content_type="text/plain")
    return web.json_response(answer.body, status=answer.status)


async def webhook_post(request: web.Request) -> web.Response:
    connector = _connector(request)
    if isinstance(connector, web.Response):
        return connector
    settings: Settings = request.app[SETTINGS_KEY]
    if request.content_length is not None and request.content_length > settings.max_body:
        return _json_error(413, "body_too_large", f"body exceeds {settings.max_body} bytes")
    try:
        body = await request.read()
    except web.HTTPRequestEntityTooLarge:
        return _json_error(413, "body_too_large", f"body exceeds {settings.max_body} bytes")
    try:
        connector.verify(body, request.headers)
    except SignatureError as exc:
        log.warning("webhook %s refused: %s", connector.platform, exc.reason)
        return _json_error(exc.status, "invalid_signature" if exc.status == 403 else "missing_signature", exc.reason)
    if not _is_json_type(request.content_type):
        return _json_error(415, "unsupported_media_type", "webhooks must be sent as application/json")
    try:
        text = body.decode("utf-8")  # the inbox stores text; platforms send UTF-8
        payload = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return _json_error(400, "malformed_json", "body is not valid UTF-8 JSON")
    if not isinstance(payload, dict):
        return _json_error(400, "malformed_json", "body must be a JSON object")
    if nesting_depth(payload) > MAX_JSON_DEPTH:
        return _json_error(400, "malformed_json", f"body is nested deeper than {MAX_JSON_DEPTH} levels")
    try:
        entry_id = await enqueue(request.app[REDIS_KEY], connector.platform, text)
    except RedisError as exc:
        log.error("inbox unavailable: %s", exc)  # platform will redeliver
        return _json_error(503, "inbox_unavailable", "try again later")
    return web.json_response({"status": "queued", "id": entry_id})


async def health(request: web.Request) -> web.Response:
    connectors = request.app[CONNECTORS_KEY]
    try:
        redis_ok = bool(await request.app[REDIS_KEY].ping())
    except RedisError:
        redis_ok = False
    webhooks = {name: {"enabled": c.enabled, "missing": c.missing_settings()} for name, c in connectors.items()}
    token_set = bool(request.app[SETTINGS_KEY].env.get(GRAPH_TOKEN_SETTING, "").strip())
    lookups = {"instagram-mention-text": {"enabled": token_set, "missing": [] if token_set else [GRAPH_TOKEN_SETTING]}}
    return web.json_response(
        {
            "status": "ok" if redis_ok else "degraded",
            "redis": redis_ok,
            "webhooks": webhooks,
            "pollers": request.app[POLLERS_KEY],
            "lookups": lookups,
            "enabled": sorted(
                [n for n, w in webhooks.items() if w["enabled"]]
                + [f"{n}-polling" for n, p in request.app[POLLERS_KEY].items() if p["enabled"]]
                + [n for n, lookup in lookups.items() if lookup["enabled"]]
            ),
            "disabled": sorted(
                [n for n, w in webhooks.items() if not w["enabled"]]
                + [f"{n}-polling" for n, p in request.app[POLLERS_KEY].items() if not p["enabled"]]
                + [n for n, lookup in lookups.items() if not lookup["enabled"]]
            ),
        },
        status=200 if redis_ok else 503,
    )


def default_detector() -> Detector:
    from flexbot.complaints.detector import load_detector  # the one detector the chat uses too

    return load_detector()


def default_intake(settings: Settings) -> Intake:
    from connectors.intake_adapter import IntakeSink

    return IntakeSink.from_env(settings.redis_url, settings.env)


def create_app(
    settings: Settings | None = None,
    *,
    detector: Detector | None = None,
    intake: Intake | None = None,
    background: bool = True,
    sleep: Sleep = asyncio.sleep,
) -> web.Application:
    """The webhook service. `background=False` leaves out worker and pollers (request-path tests)."""
    settings = settings or Settings.from_env()
    app = web.Application(client_max_size=settings.max_body)
    app[SETTINGS_KEY] = settings
    app[CONNECTORS_KEY] = build_connectors(settings.env)
    app[POLLERS_KEY] = poller_status(settings.env)
    app[TASKS_KEY] = []
    app[STOP_KEY] = asyncio.Event()
    app.router.add_get("/health", health)
    app.router.add_get("/webhooks/{platform}", webhook_get)
    app.router.add_post("/webhooks/{platform}", webhook_post)

    instance = consumer_name("connectors")  # unique per process: consumer name and leader-lock owner

    async def lifecycle(app: web.Application):
        app[REDIS_KEY] = redis_client(settings.redis_url)
        for name, connector in app[CONNECTORS_KEY].items():
            if connector.enabled:
                log.info("webhook %s: enabled at /webhooks/%s", name, name)
            else:
                log.warning("webhook %s: disabled (set %s)", name, ", ".join(connector.missing_settings()))
        for name, status in app[POLLERS_KEY].items():
            if status["enabled"]:
                log.info("poller %s: enabled", name)
            else:
                log.warning("poller %s: disabled (set %s)", name, ", ".join(status["missing"]))
        session: aiohttp.ClientSession | None = None
        sink = None
        if background:
            sink = intake if intake is not None else default_intake(settings)
            if hasattr(sink, "start"):
                await sink.start()
            pipeline = MentionPipeline(app[REDIS_KEY], detector or default_detector(), sink)
            session = aiohttp.ClientSession()
            connectors = app[CONNECTORS_KEY]
            worker = InboxWorker(app[REDIS_KEY], connectors, pipeline, instance, enrich=_enricher(settings, session))
            app[TASKS_KEY].append(asyncio.create_task(run_worker(worker, app[STOP_KEY])))
            http = HttpClient(session, RetryPolicy(), sleep=sleep)
            for poller, interval in _pollers(settings, http, CursorStore(app[REDIS_KEY]), pipeline):
                leader = LeaderLock(app[REDIS_KEY], poller.name, instance, ttl=max(3 * interval, 60.0))
                app[TASKS_KEY].append(
                    asyncio.create_task(
                        run_every(poller.name, interval, poller.poll_once, app[STOP_KEY], leader=leader)
                    )
                )
        yield
        app[STOP_KEY].set()
        tasks = app[TASKS_KEY]
        if tasks:  # let loops finish their round (and hand over leader locks), then cancel
            await asyncio.wait(tasks, timeout=settings.stop_timeout)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if session is not None:
            await session.close()
        if sink is not None and intake is None and hasattr(sink, "stop"):
            await sink.stop()  # only the sink we made ourselves
        await app[REDIS_KEY].close()

    app.cleanup_ctx.append(lifecycle)
    return app


def _enricher(settings: Settings, session: aiohttp.ClientSession):
    from connectors.meta import InstagramGraph

    graph = InstagramGraph.from_env(session, settings.env)
    return graph.enrich if graph is not None else None


def _pollers(
    settings: Settings, http: HttpClient, cursors: CursorStore, pipeline: MentionPipeline
) -> list[tuple[Any, float]]:
    env = settings.env
    pollers: list[tuple[Any, float]] = []
    if poller_status(env)["x"]["enabled"]:
        pollers.append(
            (
                XMentionsPoller(
                    http,
                    cursors,
                    pipeline,
                    env["X_BEARER_TOKEN"].strip(),
                    env["X_USER_ID"].strip(),
                    settings.x_api_base,
                ),
                settings.x_poll_interval,
            )
        )
    values, missing = MastodonPoller.settings(env)
    if not missing:
        pollers.append(
            (
                MastodonPoller(http, cursors, pipeline, values["MASTODON_BASE_URL"], values["MASTODON_ACCESS_TOKEN"]),
                settings.mastodon_poll_interval,
            )
        )
    return pollers


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access log without query strings: Meta's hub.verify_token travels in the query."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            "%s %s %s %d %.1f ms", request.remote, request.method, request.path, response.status, time * 1000
        )


def serve(settings: Settings | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings or Settings.from_env()
    # run_app turns SIGTERM and SIGINT into a graceful shutdown (cleanup_ctx runs, exit code 0).
    web.run_app(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        print=None,
        access_log_class=PathOnlyAccessLogger,
        shutdown_timeout=5.0,
    )
