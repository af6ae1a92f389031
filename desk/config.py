"""Desk settings from the environment."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    redis_url: str = "redis://127.0.0.1:6379/0"
    port: int = 8100
    host: str = "127.0.0.1"
    profile: str = "arag"
    run_consumer: bool = True
    claim_idle_ms: int = 60_000
    secure_cookie: bool = False

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        return cls(
            redis_url=env.get("REDIS_URL", cls.redis_url),
            port=int(env.get("DESK_PORT", cls.port)),
            host=env.get("DESK_HOST", cls.host),
            profile=env.get("DESK_PROFILE", cls.profile),
            run_consumer=env.get("DESK_CONSUMER", "1") != "0",
            claim_idle_ms=int(env.get("DESK_CLAIM_IDLE_MS", cls.claim_idle_ms)),
            secure_cookie=env.get("DESK_SECURE_COOKIE", "0") == "1",
        )
