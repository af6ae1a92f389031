"""The one settings source: every environment variable Flexbot reads, with its one default.

    from flexbot import settings
    cfg = settings.get()            # reads the environment now (cheap; tests change it)
    cfg.redis_url, cfg.port("DESK_PORT"), cfg.var_dir

Project file paths (config.yml, the domain, training data) are constants below. Platform secrets of
the social connectors are listed in `connectors/` next to the platform that needs them, and are read
from the environment only. README's configuration table lists every field here (a test checks it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from pydantic import BaseModel, Field, ValidationError

ROOT = Path(__file__).resolve().parent.parent

# Rasa project files (the top level is fixed by the product's design card).
CONFIG_FILE = ROOT / "config.yml"
DOMAIN_DIR = ROOT / "bot" / "domain"
ENDPOINTS_FILE = ROOT / "bot" / "endpoints.yml"
CREDENTIALS_FILE = ROOT / "bot" / "credentials.yml"
TRAINING_DATA = [ROOT / "data" / "nlu", ROOT / "data" / "rules", ROOT / "data" / "stories"]
CONVERSATION_TESTS = ROOT / "tests" / "conversations"


class Settings(BaseModel):
    """Each field is read from the environment variable named in `env` (see `get`); pydantic
    converts and checks the values, so a bad value fails at start with the variable's name."""

    redis_url_env: Optional[str] = Field(None, env="REDIS_URL")
    redis_port: int = Field(6379, env="REDIS_PORT")
    rasa_port: int = Field(5005, env="RASA_PORT")
    actions_port: int = Field(5055, env="ACTIONS_PORT")
    web_port: int = Field(8000, env="WEB_PORT")
    desk_port: int = Field(8100, env="DESK_PORT")
    connectors_port: int = Field(8200, env="CONNECTORS_PORT")
    web_host: str = Field("0.0.0.0", env="WEB_HOST")
    desk_host: str = Field("127.0.0.1", env="DESK_HOST")
    connectors_host: str = Field("127.0.0.1", env="CONNECTORS_HOST")
    action_endpoint_url: Optional[str] = Field(None, env="ACTION_ENDPOINT_URL")
    rasa_public_url: str = Field("", env="RASA_PUBLIC_URL")
    cors_origins: Optional[str] = Field(None, env="FLEXBOT_CORS_ORIGINS")
    rasa_workers: Optional[int] = Field(None, env="RASA_WORKERS")
    services: Optional[str] = Field(None, env="FLEXBOT_SERVICES")
    models_dir: Path = Field(ROOT / "models", env="FLEXBOT_MODELS_DIR")
    var_dir: Path = Field(ROOT / "var", env="FLEXBOT_VAR_DIR")
    complaint_model: Path = Field(ROOT / "models" / "complaints", env="FLEXBOT_COMPLAINT_MODEL")
    # The learned readers of conflict kinds and of general questions (flexbot/flexpolis/kind_reader.py, faq_reader.py);
    # off: the rules and keyword routes alone read the kind and the second question.
    kind_reader: bool = Field(True, env="FLEXBOT_KIND_READER")
    knowledge_file: Path = Field(ROOT / "data" / "policy" / "flexpolis.yml", env="FLEXPOLIS_KNOWLEDGE")
    # The policy conditions' source text, for the knowledge file's completeness tests only.
    policy_source: Path = Field(
        ROOT.parent / "shared" / "seeds" / "004_97b6797d919e1bf9.txt", env="FLEXBOT_POLICY_SOURCE"
    )
    intake_spool_dir: Optional[Path] = Field(None, env="INTAKE_SPOOL_DIR")
    desk_profile: str = Field("arag", env="DESK_PROFILE")
    desk_consumer: bool = Field(True, env="DESK_CONSUMER")
    desk_batch: int = Field(100, env="DESK_BATCH")
    desk_claim_idle_ms: int = Field(60_000, env="DESK_CLAIM_IDLE_MS")
    desk_secure_cookie: bool = Field(False, env="DESK_SECURE_COOKIE")
    # Desk correspondence: outgoing e-mail (smtp://[user:pass@]host:port, smtps:// for TLS); empty = no e-mail.
    smtp_url: str = Field("", env="SMTP_URL")
    smtp_from: str = Field("ARAG Klachtenbureau <klachtenbureau@arag.nl>", env="SMTP_FROM")
    desk_auto_acknowledge: bool = Field(True, env="DESK_AUTO_ACKNOWLEDGE")
    # Privacy (AVG): intake and feed entries are trimmed once registered and this old; closed
    # complaints are anonymised this many days after closing.
    desk_retention_intake_days: int = Field(30, env="DESK_RETENTION_INTAKE_DAYS")
    desk_retention_closed_days: int = Field(5 * 365, env="DESK_RETENTION_CLOSED_DAYS")
    connectors_max_body: int = Field(1024 * 1024, env="CONNECTORS_MAX_BODY")
    connectors_intake_clients: int = Field(8, env="CONNECTORS_INTAKE_CLIENTS")
    x_poll_interval: float = Field(60.0, env="X_POLL_INTERVAL")
    mastodon_poll_interval: float = Field(30.0, env="MASTODON_POLL_INTERVAL")
    x_api_base: str = Field("https://api.x.com/2", env="X_API_BASE")
    meta_graph_base: str = Field("https://graph.facebook.com/v19.0", env="META_GRAPH_BASE")
    actions_host: str = Field("127.0.0.1", env="ACTIONS_HOST")
    actions_token: Optional[str] = Field(None, env="ACTIONS_TOKEN")
    restart: bool = Field(False, env="FLEXBOT_RESTART")
    # Rasa's HTTP API (pause/resume, employee messages): always behind this token; empty = a token
    # kept in $FLEXBOT_VAR_DIR/rasa-api.token. The desk calls RASA_API_URL (default: local Rasa).
    rasa_api_token: Optional[str] = Field(None, env="RASA_API_TOKEN")
    rasa_api_url: str = Field("", env="RASA_API_URL")
    # Live chat with a person: opening hours (Europe/Amsterdam, Dutch public holidays closed).
    handoff_days: str = Field("0-4", env="HANDOFF_DAYS")  # weekdays, Monday = 0
    handoff_open: str = Field("08:30", env="HANDOFF_OPEN")
    handoff_close: str = Field("17:30", env="HANDOFF_CLOSE")
    handoff_minutes_per_customer: int = Field(4, env="HANDOFF_MINUTES_PER_CUSTOMER")

    class Config:
        allow_population_by_field_name = True
        frozen = True

    @property
    def redis_url(self) -> str:
        """REDIS_URL, else the local redis-server that `flexbot run` starts on REDIS_PORT."""
        return self.redis_url_env or f"redis://127.0.0.1:{self.redis_port}/0"

    @property
    def model_path(self) -> Path:
        return self.models_dir / "flexbot.tar.gz"

    def port(self, name: str) -> int:
        """A port by its variable name, e.g. port("DESK_PORT")."""
        value: int = getattr(self, name.lower())
        return value

    def spool_dir(self, service: str) -> Path:
        """Per-service spool directory under FLEXBOT_VAR_DIR (INTAKE_SPOOL_DIR overrides it)."""
        return self.intake_spool_dir or self.var_dir / "spool" / service


def env_names() -> list[str]:
    """Every environment variable of Settings (for docs and the README check)."""
    return [str(f.field_info.extra["env"]) for f in Settings.__fields__.values()]


def get(env: Mapping[str, str] | None = None) -> Settings:
    """Settings from `env` (default: the process environment); empty values count as unset."""
    source = os.environ if env is None else env
    try:
        return Settings.parse_obj({name: source[var] for name, var in _VARS.items() if source.get(var, "").strip()})
    except ValidationError as exc:
        first = exc.errors()[0]
        var = _VARS.get(str(first["loc"][0]), str(first["loc"][0]))
        raise ValueError(f"{var}={source.get(var)!r}: {first['msg']}") from None


_VARS = {name: str(f.field_info.extra["env"]) for name, f in Settings.__fields__.items()}

# Module-level shortcuts, read once at import (the launcher and Rasa-side code use them).
_AT_IMPORT = get()
MODELS_DIR = _AT_IMPORT.models_dir
MODEL_PATH = _AT_IMPORT.model_path
VAR_DIR = _AT_IMPORT.var_dir


def port(name: str) -> int:
    return get().port(name)


def training_data() -> list[Path]:
    return [p for p in TRAINING_DATA if p.exists()]


@dataclass(frozen=True)
class RedisParts:
    host: str
    port: int
    db: int
    password: str
    ssl: bool


def redis_parts(url: str) -> RedisParts:
    """Split REDIS_URL into the host/port/db/password/ssl fields Rasa's Redis stores expect."""
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "rediss"):
        raise ValueError(f"REDIS_URL must start with redis:// or rediss://, got {parsed.scheme!r}")
    db = (parsed.path or "/0").lstrip("/") or "0"
    return RedisParts(
        host=parsed.hostname or "127.0.0.1",
        port=parsed.port or 6379,
        db=int(db),
        password=parsed.password or "",
        ssl=parsed.scheme == "rediss",
    )
