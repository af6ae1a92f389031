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


def test_every_setting_is_in_the_readme() -> None:
    from pathlib import Path

    from flexbot import settings as core_settings

    readme = (Path(core_settings.ROOT) / "README.md").read_text(encoding="utf-8")
    missing = [name for name in core_settings.env_names() if f"`{name}`" not in readme]
    assert missing == [], f"README's configuration table lacks {missing}"


def test_a_bad_value_names_its_variable() -> None:
    import pytest

    from flexbot import settings as core_settings

    with pytest.raises(ValueError, match="DESK_PORT=.achtduizend."):
        core_settings.get({"DESK_PORT": "achtduizend"})
