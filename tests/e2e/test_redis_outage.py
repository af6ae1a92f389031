"""Redis down while a customer chats (issue 14): the real Rasa server answers 503 with
Retry-After and a Dutch message, and talks again once Redis is back."""

from __future__ import annotations

import pytest
import requests

from flexbot.launcher import training
from flexbot.launcher.stack import Stack
from flexbot.redis_server import LocalRedis, free_port


@pytest.fixture(scope="module")
def lone_rasa(tmp_path_factory):
    """A Rasa server on its own Redis, so stopping that Redis leaves the shared stack alone."""
    assert training.train() == 0
    work = tmp_path_factory.mktemp("outage")
    redis = LocalRedis(work / "redis", free_port()).start()
    stack = Stack(redis, work)
    try:
        stack.start("rasa", RASA_WORKERS="1", FLEXBOT_VAR_DIR=str(work))
        yield stack
    finally:
        stack.stop()


def say(stack: Stack, sender: str, text: str) -> requests.Response:
    return requests.post(
        stack.url("rasa") + "/webhooks/rest/webhook", json={"sender": sender, "message": text}, timeout=60
    )


def test_redis_outage_is_503_in_dutch_and_recovers(lone_rasa):
    assert say(lone_rasa, "outage-1", "hallo").status_code == 200
    lone_rasa.redis.stop(kill=True)
    response = say(lone_rasa, "outage-1", "hallo")
    assert response.status_code == 503, response.text
    assert response.headers["Retry-After"] == "5"
    assert "niet bereikbaar" in response.json()["message"]
    lone_rasa.redis.start()
    response = say(lone_rasa, "outage-1", "hallo")
    assert response.status_code == 200
    assert "digitale assistent van ARAG" in " ".join(m.get("text", "") for m in response.json())
