"""How each running service is started: `flexbot serve NAME` and the `flexbot run` supervisor."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from flexbot import settings
from flexbot.redis_server import redis_args, wait_for_redis

LOCAL_REDIS_URL_TEMPLATE = "redis://127.0.0.1:{port}/0"


def redis_url() -> str:
    return os.environ.get("REDIS_URL") or LOCAL_REDIS_URL_TEMPLATE.format(
        port=settings.port("REDIS_PORT")
    )


def rasa_env(url: str) -> dict[str, str]:
    """Variables that bot/endpoints.yml reads."""
    parts = settings.redis_parts(url)
    return {
        "REDIS_HOST": parts.host,
        "REDIS_PORT": str(parts.port),
        "REDIS_DB": str(parts.db),
        "REDIS_PASSWORD": parts.password,
        "ACTION_ENDPOINT_URL": os.environ.get(
            "ACTION_ENDPOINT_URL", f"http://127.0.0.1:{settings.port('ACTIONS_PORT')}/webhook"
        ),
    }


def cors_origins() -> list[str]:
    configured = os.environ.get("FLEXBOT_CORS_ORIGINS")
    if configured:
        return configured.split()
    web = settings.port("WEB_PORT")
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
        workers = os.environ.get("RASA_WORKERS", str(os.cpu_count() or 1))
        return argv, {**rasa_env(url), "SANIC_WORKERS": workers}
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
    only = os.environ.get("FLEXBOT_SERVICES")
    if only:
        return only.split()
    names = [] if os.environ.get("REDIS_URL") else ["redis"]
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
