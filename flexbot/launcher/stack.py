"""Start the chat stack (Redis, action server, Rasa, website) on free ports.

Used by the end-to-end tests and by `flexbot bench`; each service is started exactly as
`make run` starts it (`flexbot serve NAME`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

from flexbot.redis_server import LocalRedis, free_port

FLEXBOT = str(Path(sys.executable).with_name("flexbot"))
STARTUP_TIMEOUT = 180
HEALTH_PATHS = {"actions": "/health", "web": "/health", "rasa": "/webhooks/rest/"}


@dataclass
class Stack:
    redis: LocalRedis
    log_dir: Path
    ports: dict[str, int] = field(default_factory=lambda: {s: free_port() for s in HEALTH_PATHS})
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    ready_seconds: dict[str, float] = field(default_factory=dict)

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "REDIS_URL": self.redis.url,
            # Spools, id blocks and the action token of a throw-away stack stay in its own folder.
            "FLEXBOT_VAR_DIR": str(self.log_dir / "var"),
            "RASA_PORT": str(self.ports["rasa"]),
            "ACTIONS_PORT": str(self.ports["actions"]),
            "WEB_PORT": str(self.ports["web"]),
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, service: str, health_path: str | None = None, **env: str) -> None:
        """Start `flexbot serve SERVICE` and wait until its health endpoint answers."""
        log = (self.log_dir / f"{service}.log").open("wb")
        began = time.monotonic()
        self.processes[service] = subprocess.Popen(
            [FLEXBOT, "serve", service.split("-")[0]],
            env={**self.env, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.wait_healthy(service, health_path or HEALTH_PATHS[service.split("-")[0]])
        self.ready_seconds[service] = time.monotonic() - began

    def start_all(self) -> Stack:
        for service in ("actions", "web", "rasa"):
            self.start(service)
        return self

    def wait_healthy(self, service: str, path: str) -> None:
        try:
            wait_for_http(self.url(service) + path, self.processes[service])
        except (RuntimeError, TimeoutError) as error:
            raise type(error)(f"{service}: {error}\n{self.log_tail(service)}") from None

    def log_tail(self, service: str, lines: int = 40) -> str:
        path = self.log_dir / f"{service}.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        self.redis.stop()


def wait_for_http(url: str, process: subprocess.Popen[bytes], timeout: float = STARTUP_TIMEOUT) -> None:
    """Wait until GET url answers 2xx; fail early if the process that should serve it exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"exited with {process.returncode}")
        try:
            if requests.get(url, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.25)
    raise TimeoutError(f"not healthy after {timeout:.0f} s")


def start_stack(work_dir: Path) -> Stack:
    redis = LocalRedis(work_dir / "redis", free_port()).start()
    stack = Stack(redis, work_dir)
    try:
        return stack.start_all()
    except Exception:
        stack.stop()
        raise
