"""Desk settings from the environment."""
from __future__ import annotations

from dataclasses import dataclass

from flexbot import settings


@dataclass(frozen=True)
class Settings:
    redis_url: str
    port: int
    host: str
    profile: str
    run_consumer: bool
    claim_idle_ms: int
    secure_cookie: bool

    @classmethod
    def from_env(cls) -> "Settings":
        cfg = settings.get()
        return cls(
            redis_url=cfg.redis_url,
            port=cfg.desk_port,
            host=cfg.desk_host,
            profile=cfg.desk_profile,
            run_consumer=cfg.desk_consumer,
            claim_idle_ms=cfg.desk_claim_idle_ms,
            secure_cookie=cfg.desk_secure_cookie,
        )
