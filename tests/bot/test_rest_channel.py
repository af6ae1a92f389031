import json

import pytest

from bot.channels.guard import MAX_MESSAGE_CHARS
from bot.channels.rest import BadRequest, parse_payload


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_valid_payload():
    payload = parse_payload(body(sender="abc", message="Hallo", metadata={"page": "/"}))
    assert (payload.sender, payload.message, payload.metadata) == ("abc", "Hallo", {"page": "/"})


@pytest.mark.parametrize(
    "raw, reason",
    [
        (b'{"sender": "x", "message": ', "not valid JSON"),
        (b"", "not valid JSON"),
        (b'["hallo"]', "JSON object"),
        (body(sender="x"), "must be a string"),
        (body(sender="x", message=42), "must be a string"),
        (body(sender="x", message=""), "empty"),
        (body(sender="x", message=" \n\t "), "empty"),
        (body(sender=12, message="hoi"), "'sender'"),
        (body(sender="x", message="hoi", metadata="nee"), "'metadata'"),
        (b"\xff\xfe", "not valid JSON"),
    ],
)
def test_bad_payloads_are_rejected_with_a_reason(raw, reason):
    with pytest.raises(BadRequest) as error:
        parse_payload(raw)
    assert reason in str(error.value)
    assert error.value.status == 400


def test_oversized_message_is_413():
    with pytest.raises(BadRequest) as error:
        parse_payload(body(sender="x", message="a" * (MAX_MESSAGE_CHARS + 1)))
    assert error.value.status == 413


def test_a_20_kb_message_is_accepted():
    assert len(parse_payload(body(sender="x", message="a " * 10_000)).message) == 20_000
