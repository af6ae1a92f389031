"""Ports, paths and connection settings, each overridable by an environment variable."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = Path(os.environ.get("FLEXBOT_MODELS_DIR", ROOT / "models"))
MODEL_PATH = MODELS_DIR / "flexbot.tar.gz"
VAR_DIR = Path(os.environ.get("FLEXBOT_VAR_DIR", ROOT / "var"))

# Rasa project files (the top level is fixed by the product's design card).
CONFIG_FILE = ROOT / "config.yml"
DOMAIN_DIR = ROOT / "bot" / "domain"
ENDPOINTS_FILE = ROOT / "bot" / "endpoints.yml"
CREDENTIALS_FILE = ROOT / "bot" / "credentials.yml"
TRAINING_DATA = [ROOT / "data" / "nlu", ROOT / "data" / "rules", ROOT / "data" / "stories"]
CONVERSATION_TESTS = ROOT / "tests" / "conversations"

DEFAULT_PORTS = {
    "RASA_PORT": 5005,
    "ACTIONS_PORT": 5055,
    "WEB_PORT": 8000,
    "DESK_PORT": 8100,
    "CONNECTORS_PORT": 8200,
    "REDIS_PORT": 6379,
}


def port(name: str) -> int:
    return int(os.environ.get(name, DEFAULT_PORTS[name]))


def training_data() -> list[Path]:
    return [p for p in TRAINING_DATA if p.exists()]


@dataclass(frozen=True)
class RedisParts:
    host: str
    port: int
    db: int
    password: str


def redis_parts(url: str) -> RedisParts:
    """Split REDIS_URL into the host/port/db/password fields Rasa's Redis stores expect."""
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "rediss"):
        raise ValueError(f"REDIS_URL must start with redis:// or rediss://, got {parsed.scheme!r}")
    db = (parsed.path or "/0").lstrip("/") or "0"
    return RedisParts(
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 6379,
        db=int(db),
        password=parsed.password or "",
    )
