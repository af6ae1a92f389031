"""Chat input that used to give HTTP 500 (issue 14): a 4xx or a Dutch answer now, and 503 with
Retry-After and a Dutch message while Redis is down."""

from __future__ import annotations

import json

import pytest
import redis.exceptions
from rasa.core.lock_store import LockError

from bot.channels.rest import BadRequest, handle, parse_payload


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


class Rasa:
    """Stands in for Rasa's on_new_message: records what it is handed, answers or fails."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.seen = []

    async def __call__(self, message) -> None:
        self.seen.append(message)
        if self.error is not None:
            raise self.error
        await message.output_channel.send_text_message(message.sender_id, "Hallo! Waarmee kan ik u helpen?")


@pytest.mark.parametrize("message", ["\u200b", "\ufeff", "\u200d", "\x01", "\x00", "\u200b\ufeff \x00\x01\u200d"])
def test_only_invisible_characters_is_400(message):
    with pytest.raises(BadRequest) as error:
        parse_payload(body(sender="s", message=message))
    assert error.value.status == 400 and "empty" in str(error.value)


def test_lone_surrogate_in_message_is_replaced():
    raw = b'{"sender": "s", "message": "Ik heb een klacht \\ud800 over jullie"}'
    assert parse_payload(raw).message == "Ik heb een klacht \ufffd over jullie"


def test_lone_surrogate_in_sender_is_400():
    with pytest.raises(BadRequest) as error:
        parse_payload(b'{"sender": "abc\\udc00", "message": "hallo"}')
    assert "'sender'" in str(error.value)


def test_json_nested_10000_deep_is_400():
    raw = b'{"sender": "s", "message": "hallo", "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    with pytest.raises(BadRequest) as error:
        parse_payload(raw)
    assert "JSON" in str(error.value)


def test_metadata_nested_500_deep_is_400():
    metadata: dict = {}
    inner = metadata
    for _ in range(500):
        inner["a"] = {}
        inner = inner["a"]
    with pytest.raises(BadRequest) as error:
        parse_payload(body(sender="s", message="hallo", metadata=metadata))
    assert "'metadata'" in str(error.value)


def test_widget_metadata_is_fine():
    payload = parse_payload(body(sender="s", message="hallo", metadata={"page": {"url": "/", "title": "Home"}}))
    assert payload.metadata == {"page": {"url": "/", "title": "Home"}}


async def test_a_good_message_reaches_rasa():
    rasa = Rasa()
    reply = await handle(body(sender="s", message="hallo"), rasa)
    assert reply.status == 200
    assert json.loads(reply.body) == [{"recipient_id": "s", "text": "Hallo! Waarmee kan ik u helpen?"}]


@pytest.mark.parametrize(
    "error",
    [
        redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused."),
        redis.exceptions.TimeoutError("Timeout reading from socket"),
        LockError("Could not acquire lock"),
    ],
)
async def test_redis_outage_is_503_with_retry_after_and_dutch_message(error):
    reply = await handle(body(sender="s", message="hallo"), Rasa(error))
    assert reply.status == 503
    assert reply.headers["Retry-After"] == "5"
    answer = json.loads(reply.body)
    assert "niet bereikbaar" in answer["message"]


async def test_wrapped_redis_outage_is_503():
    try:
        try:
            raise redis.exceptions.ConnectionError("down")
        except redis.exceptions.ConnectionError as cause:
            raise RuntimeError("tracker store failed") from cause
    except RuntimeError as wrapped:
        reply = await handle(body(sender="s", message="hallo"), Rasa(wrapped))
    assert reply.status == 503


async def test_other_failures_stay_500_with_a_dutch_message():
    reply = await handle(body(sender="s", message="hallo"), Rasa(ValueError("bug")))
    assert reply.status == 500
    assert "Er ging iets mis" in json.loads(reply.body)["message"]
