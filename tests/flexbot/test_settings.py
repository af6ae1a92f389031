import pytest

from flexbot.launcher import services
from flexbot.settings import redis_parts


def test_redis_url_is_split_for_rasa():
    parts = redis_parts("redis://:geheim@redis.example:6390/3")
    assert (parts.host, parts.port, parts.db, parts.password) == ("redis.example", 6390, 3, "geheim")


def test_redis_url_defaults():
    parts = redis_parts("redis://localhost")
    assert (parts.host, parts.port, parts.db, parts.password) == ("localhost", 6379, 0, "")


def test_non_redis_url_is_refused():
    with pytest.raises(ValueError):
        redis_parts("http://localhost:6379")


def test_local_redis_only_when_no_redis_url(monkeypatch):
    monkeypatch.delenv("FLEXBOT_SERVICES", raising=False)
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert services.available_services()[0] == "redis"
    monkeypatch.setenv("REDIS_URL", "redis://db.internal:6379/0")
    assert "redis" not in services.available_services()
    assert services.rasa_env(services.redis_url())["REDIS_HOST"] == "db.internal"
