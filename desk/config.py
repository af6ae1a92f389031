"""Desk settings from the environment (flexbot/settings.py is the one source of defaults)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flexbot import settings


@dataclass(frozen=True)
class Settings:
    redis_url: str
    port: int = 8100
    host: str = "127.0.0.1"
    profile: str = "arag"
    run_consumer: bool = True
    claim_idle_ms: int = 60_000
    secure_cookie: bool = False
    var_dir: Path = settings.VAR_DIR
    smtp_url: str = ""
    smtp_from: str = "ARAG Klachtenbureau <klachtenbureau@arag.nl>"
    auto_acknowledge: bool = True
    retention_intake_days: int = 30
    retention_closed_days: int = 5 * 365
    notify_interval: float = 30.0  # seconds between the notifier's rounds
    spool: Path | None = None  # INTAKE_SPOOL_DIR, else <var_dir>/spool/desk

    @property
    def spool_dir(self) -> Path:
        return self.spool or self.var_dir / "spool" / "desk"

    @classmethod
    def from_env(cls) -> Settings:
        cfg = settings.get()
        return cls(
            redis_url=cfg.redis_url,
            port=cfg.desk_port,
            host=cfg.desk_host,
            profile=cfg.desk_profile,
            run_consumer=cfg.desk_consumer,
            claim_idle_ms=cfg.desk_claim_idle_ms,
            secure_cookie=cfg.desk_secure_cookie,
            var_dir=cfg.var_dir,
            spool=cfg.spool_dir("desk"),
            smtp_url=cfg.smtp_url,
            smtp_from=cfg.smtp_from,
            auto_acknowledge=cfg.desk_auto_acknowledge,
            retention_intake_days=cfg.desk_retention_intake_days,
            retention_closed_days=cfg.desk_retention_closed_days,
        )
