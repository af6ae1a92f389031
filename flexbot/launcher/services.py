"""How each running service is started: `flexbot serve NAME` and the `flexbot run` supervisor."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from flexbot import settings
from flexbot.redis_server import redis_args, wait_for_redis


def redis_url() -> str:
    return settings.get().redis_url


def rasa_env(url: str) -> dict[str, str]:
    """Variables that bot/endpoints.yml reads."""
    cfg = settings.get()
    parts = settings.redis_parts(url)
    return {
        "REDIS_HOST": parts.host,
        "REDIS_PORT": str(parts.port),
        "REDIS_DB": str(parts.db),
        "REDIS_PASSWORD": parts.password,
        "ACTION_ENDPOINT_URL": cfg.action_endpoint_url or f"http://127.0.0.1:{cfg.actions_port}/webhook",
    }


def cors_origins() -> list[str]:
    cfg = settings.get()
    if cfg.cors_origins:
        return cfg.cors_origins.split()
    web = cfg.web_port
    return [f"http://localhost:{web}", f"http://127.0.0.1:{web}"]


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def command_for(service: str) -> tuple[list[str], dict[str, str]]:
    """argv and extra environment for one service."""
    url = redis_url()
    if service == "redis":
        data_dir = settings.VAR_DIR / "redis"
        data_dir.mkdir(parents=True, exist_ok=True)
        return redis_args(data_dir, settings.port("REDIS_PORT")), {}
    if service == "rasa":
        wait_for_redis(url, timeout=30)
        argv = [
            _bin("rasa"), "run",
            "--model", str(settings.MODEL_PATH),
            "--endpoints", str(settings.ENDPOINTS_FILE),
            "--credentials", str(settings.CREDENTIALS_FILE),
            "--port", str(settings.port("RASA_PORT")),
            "--cors", *cors_origins(),
        ]
        # Several Sanic workers share the CPU cores; safe because the lock store is Redis.
        workers = settings.get().rasa_workers or os.cpu_count() or 1
        return argv, {**rasa_env(url), "SANIC_WORKERS": str(workers)}
    if service == "actions":
        return [_bin("python"), "-m", "rasa_sdk", "--actions", "actions",
                "--port", str(settings.port("ACTIONS_PORT"))], {"REDIS_URL": url}
    if service in ("web", "desk", "connectors"):
        return [_bin("python"), "-m", service], {"REDIS_URL": url}
    raise ValueError(f"unknown service {service!r}")


def serve(service: str) -> None:
    """Replace this process with the service (used by the supervisor and by hand)."""
    argv, env = command_for(service)
    os.chdir(settings.ROOT)
    os.execve(argv[0], argv, {**os.environ, **env})


def available_services() -> list[str]:
    """Services started by `make run`, in start order; FLEXBOT_SERVICES narrows the list."""
    cfg = settings.get()
    if cfg.services:
        return cfg.services.split()
    names = [] if cfg.redis_url_env else ["redis"]
    return names + ["actions", "rasa", "web", "desk", "connectors"]


def supervise() -> int:
    """Run every service under honcho: prefixed logs, Ctrl-C stops them all."""
    from honcho.manager import Manager
    from honcho.printer import Printer

    env = {**os.environ, "REDIS_URL": redis_url(), "PYTHONUNBUFFERED": "1"}
    manager = Manager(Printer(sys.stdout))
    flexbot = _bin("flexbot")
    for name in available_services():
        manager.add_process(name, f"{flexbot} serve {name}", cwd=str(settings.ROOT), env=env)
    manager.loop()
    return manager.returncode or 0
