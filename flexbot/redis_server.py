"""Start and stop a local redis-server with AOF persistence.

`make run` uses this when REDIS_URL is unset, and the test suite uses the same code, so the
tests run against a Redis configured exactly like the one the product runs on.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

DEFAULT_PORT = 6379


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def redis_args(data_dir: Path, port: int) -> list[str]:
    """Command line for a redis-server that fsyncs every write to its append-only file."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError(
            "redis-server is not installed: run `make setup` (it installs Debian's redis-server) "
            "or set REDIS_URL to an existing Redis"
        )
    return [
        binary,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--dir",
        str(data_dir),
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
        "--save",
        "",
        "--protected-mode",
        "yes",
    ]


@dataclass
class LocalRedis:
    """A redis-server child process owned by the caller."""

    data_dir: Path
    port: int = DEFAULT_PORT
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 10.0) -> LocalRedis:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            redis_args(self.data_dir, self.port),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_redis(self.url, timeout)
        return self

    def stop(self, kill: bool = False) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        if kill:
            self.process.kill()
        else:
            self.process.terminate()
        self.process.wait(timeout=10)

    def __enter__(self) -> LocalRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def wait_for_redis(url: str, timeout: float = 10.0) -> None:
    """Block until Redis at `url` answers PING, or raise TimeoutError."""
    deadline = time.monotonic() + timeout
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5)
    try:
        while True:
            try:
                client.ping()
                return
            except redis.exceptions.ConnectionError as err:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"Redis at {url} did not answer within {timeout:.0f} s") from err
                time.sleep(0.05)
    finally:
        client.close()
