"""Shared fixtures: a real redis-server, started the same way `make run` starts it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from flexbot.redis_server import LocalRedis, free_port


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalRedis]:
    """One redis-server (AOF, appendfsync always) for the whole test session."""
    server = LocalRedis(tmp_path_factory.mktemp("redis"), free_port()).start()
    yield server
    server.stop()


@pytest.fixture()
def redis_url(redis_server: LocalRedis) -> Iterator[str]:
    """URL of the session's Redis, emptied before each test."""
    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    yield redis_server.url
