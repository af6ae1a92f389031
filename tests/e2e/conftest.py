"""The whole chat stack for end-to-end tests: real Redis, action server, Rasa server, website.

Each service is started exactly as `make run` starts it (`flexbot serve NAME`), on free ports.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from bot import training
from bot.redis_server import LocalRedis, free_port

FLEXBOT = str(Path(sys.executable).with_name("flexbot"))
STARTUP_TIMEOUT = 180


@dataclass
class Stack:
    redis: LocalRedis
    ports: dict[str, int]
    log_dir: Path
    processes: dict[str, subprocess.Popen] = field(default_factory=dict)

    def url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ports[service]}"

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "REDIS_URL": self.redis.url,
            "RASA_PORT": str(self.ports["rasa"]),
            "ACTIONS_PORT": str(self.ports["actions"]),
            "WEB_PORT": str(self.ports["web"]),
            "RASA_TELEMETRY_ENABLED": "false",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, service: str, health_path: str, **env: str) -> None:
        log = (self.log_dir / f"{service}.log").open("wb")
        self.processes[service] = subprocess.Popen(
            [FLEXBOT, "serve", service], env={**self.env, **env}, stdout=log, stderr=subprocess.STDOUT
        )
        self.wait_healthy(service, health_path)

    def wait_healthy(self, service: str, path: str) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            process = self.processes[service]
            if process.poll() is not None:
                raise RuntimeError(f"{service} exited with {process.returncode}:\n{self.log_tail(service)}")
            try:
                if requests.get(self.url(service) + path, timeout=2).ok:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"{service} not healthy after {STARTUP_TIMEOUT} s:\n{self.log_tail(service)}")

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


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    assert training.train() == 0, "training the Rasa model failed"
    redis = LocalRedis(tmp_path_factory.mktemp("stack-redis"), free_port()).start()
    ports = {name: free_port() for name in ("rasa", "actions", "web")}
    running = Stack(redis, ports, tmp_path_factory.mktemp("stack-logs"))
    try:
        running.start("actions", "/health")
        running.start("web", "/health")
        running.start("rasa", "/webhooks/rest/")
        yield running
    finally:
        running.stop()
        redis.stop()


class Conversation:
    """One customer talking to the bot over the REST channel."""

    def __init__(self, stack: Stack) -> None:
        self.url = stack.url("rasa") + "/webhooks/rest/webhook"
        self.sender = f"test-{uuid.uuid4().hex[:12]}"

    def say(self, message: str) -> list[str]:
        response = requests.post(self.url, json={"sender": self.sender, "message": message}, timeout=30)
        response.raise_for_status()
        return [m["text"] for m in response.json() if "text" in m]

    def reply(self, message: str) -> str:
        return "\n".join(self.say(message))


@pytest.fixture()
def chat(stack: Stack) -> Conversation:
    return Conversation(stack)
