"""The action server: rasa_sdk's Sanic app behind a shared-token check, on loopback by default.

Rasa sends `Authorization: Bearer $ACTIONS_TOKEN` with every action call (bot/endpoints.yml,
action_endpoint.headers); a call without it gets 401, with a wrong one 403. `GET /health` stays
open for load balancers and the supervisor. ACTIONS_HOST (default 127.0.0.1) and ACTIONS_PORT
say where it listens; see docs/operations.md for several hosts.

    python -m actions          # ACTIONS_TOKEN must be set (`flexbot serve actions` sets it)
"""

from __future__ import annotations

import hmac
import logging
import sys

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from flexbot import settings

log = logging.getLogger("actions.server")

OPEN_PATHS = frozenset({"/health"})
ACTIONS_PACKAGE = "actions"


def token_error(request: Request, token: str) -> HTTPResponse | None:
    """None when the request carries the shared token (or needs none), else the refusal."""
    if request.path in OPEN_PATHS:
        return None
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if not given:
        return response.json(
            {"error": "missing action server token"}, status=401, headers={"WWW-Authenticate": "Bearer"}
        )
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        return response.json({"error": "wrong action server token"}, status=403)
    return None


def protect(app: Sanic, token: str) -> Sanic:
    """Add the token check as request middleware (runs before every route)."""
    if not token:
        raise ValueError("the action server needs a token: set ACTIONS_TOKEN")

    @app.middleware("request")
    async def require_token(request: Request) -> HTTPResponse | None:
        refusal = token_error(request, token)
        if refusal is not None:
            log.warning("action server: refused %s %s (%d)", request.method, request.path, refusal.status)
        return refusal

    return app


def create_app(token: str, package: str = ACTIONS_PACKAGE) -> Sanic:
    """rasa_sdk's app (webhook, actions list, health) with the token check; no CORS: only Rasa calls it."""
    from rasa_sdk.endpoint import create_app as sdk_app
    from rasa_sdk.plugin import plugin_manager

    app = sdk_app(package, cors_origins=[])
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    return protect(app, token)


def main(argv: list[str] | None = None) -> int:
    from rasa_sdk import utils

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    utils.update_sanic_log_level()
    cfg = settings.get()
    if not cfg.actions_token:
        print(
            "actions: ACTIONS_TOKEN is not set; start it with `flexbot serve actions` or set the "
            "token Rasa sends (see docs/operations.md)",
            file=sys.stderr,
        )
        return 2
    from flexbot.flexpolis import faq_reader, kind_reader

    kind_reader.reader()  # trained by `flexbot train`; loaded now, not at the first story
    faq_reader.reader()
    app = create_app(cfg.actions_token)
    log.info("action server on http://%s:%d (token required)", cfg.actions_host, cfg.actions_port)
    app.run(cfg.actions_host, cfg.actions_port, workers=utils.number_of_sanic_workers(), access_log=False)
    return 0
