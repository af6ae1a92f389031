"""bot/endpoints.yml as Rasa reads it: TLS for rediss:// (tracker and lock store), and the shared
action server token in the action endpoint's headers (issue 14)."""

from __future__ import annotations

import pytest
from redis.asyncio.connection import SSLConnection as AsyncSSLConnection
from redis.connection import SSLConnection

from flexbot import settings
from flexbot.launcher import services


@pytest.fixture()
def endpoints_env(monkeypatch, tmp_path):
    def apply(url: str) -> dict[str, str]:
        monkeypatch.setenv("FLEXBOT_VAR_DIR", str(tmp_path))
        monkeypatch.delenv("ACTIONS_TOKEN", raising=False)
        env = services.rasa_env(url)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        return env

    return apply


def read(name: str):
    from rasa.utils.endpoints import read_endpoint_config

    return read_endpoint_config(str(settings.ENDPOINTS_FILE), name)


def connection_classes():
    from rasa.core.lock_store import LockStore
    from rasa.core.tracker_store import TrackerStore
    from rasa.shared.core.domain import Domain

    lock = LockStore.create(read("lock_store"))
    tracker = TrackerStore.create(read("tracker_store"), Domain.empty())
    return (
        lock.red.connection_pool.connection_class,
        tracker.red.connection_pool.connection_class,
        lock.async_red.connection_pool.connection_class,  # the lock store's asyncio client
    )


def test_rediss_url_turns_on_tls_for_tracker_and_lock_store(endpoints_env):
    endpoints_env("rediss://:geheim@redis.intern:6380/2")
    assert connection_classes() == (SSLConnection, SSLConnection, AsyncSSLConnection)
    lock = read("lock_store")
    assert (lock.url, lock.kwargs["port"], lock.kwargs["db"]) == ("redis.intern", "6380", "2")


def test_plain_redis_url_has_no_tls(endpoints_env):
    endpoints_env("redis://127.0.0.1:6379/0")
    lock_class, tracker_class, async_lock_class = connection_classes()
    assert lock_class is not SSLConnection and tracker_class is not SSLConnection
    assert async_lock_class is not AsyncSSLConnection


def test_action_endpoint_sends_the_shared_token(endpoints_env, tmp_path):
    env = endpoints_env("redis://127.0.0.1:6379/0")
    token = env["ACTIONS_TOKEN"]
    assert len(token) >= 32
    assert read("action_endpoint").headers == {"Authorization": f"Bearer {token}"}
    assert (tmp_path / "actions.token").stat().st_mode & 0o077 == 0  # owner only
    assert services.actions_token() == token  # services started one by one agree
