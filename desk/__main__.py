"""`python -m desk`: run the Klachtenbureau desk (web app with the intake consumer in the background)."""

from __future__ import annotations

import logging

from aiohttp import web

from desk.config import Settings
from desk.web import create_app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = Settings.from_env()
    web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)


if __name__ == "__main__":
    main()
