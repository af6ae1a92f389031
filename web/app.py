"""aiohttp app serving the public website and its chat widget.

The widget talks socket.io straight to the Rasa server; this app only serves the page, the
widget's static files (socket.io-client is vendored, no CDN) and a health endpoint.
"""

from __future__ import annotations

import json
from pathlib import Path

from aiohttp import web

from flexbot import settings

STATIC_DIR = Path(__file__).resolve().parent / "static"
DEFAULT_PORT = 8000


def widget_config() -> dict[str, str]:
    """What the page needs to know: where the Rasa socket.io endpoint is.

    RASA_PUBLIC_URL wins when set (e.g. behind a proxy); otherwise the browser uses the page's
    own host name with RASA_PORT.
    """
    cfg = settings.get()
    return {
        "socketUrl": cfg.rasa_public_url,
        "rasaPort": str(cfg.rasa_port),
    }


async def index(request: web.Request) -> web.Response:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    config = json.dumps(widget_config()).replace("</", "<\\/")
    page = page.replace("{{WIDGET_CONFIG}}", config)
    return web.Response(text=page, content_type="text/html", headers=SECURITY_HEADERS)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok", "service": "web"})


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'; "
        "connect-src 'self' ws: wss: http: https:; img-src 'self' data:"
    ),
}


def create_app() -> web.Application:
    app = web.Application(client_max_size=64 * 1024)
    app.router.add_get("/", index)
    app.router.add_get("/health", health)
    app.router.add_static("/static/", STATIC_DIR, follow_symlinks=False)
    return app


def main() -> None:
    port = settings.get().web_port
    host = settings.get().web_host
    web.run_app(create_app(), host=host, port=port, print=lambda *_: None)


if __name__ == "__main__":
    main()
