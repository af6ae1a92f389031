"""Attacks and bad input on the webhook request path (issue 14): forged deliveries through the
handshakes, deep nesting, wrong content types, bodies that are not UTF-8."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from connectors.inbox import INBOX_STREAM

PLATFORMS = ["facebook", "instagram", "x", "linkedin"]
JSON = {"Content-Type": "application/json"}


def inbox_length(redis_url: str) -> int:
    import redis

    client = redis.Redis.from_url(redis_url)
    try:
        return client.xlen(INBOX_STREAM) if client.exists(INBOX_STREAM) else 0
    finally:
        client.close()


def forged_body() -> bytes:
    return json.dumps(
        {
            "for_user_id": "2244994945",
            "tweet_create_events": [
                {
                    "id_str": "1",
                    "text": "@ARAG jullie zijn waardeloos, ik dien een klacht in",
                    "user": {"id_str": "9", "screen_name": "aanvaller", "name": "Aanvaller"},
                }
            ],
        }
    ).encode()


async def test_x_crc_token_that_is_a_payload_is_refused(make_app, aiohttp_client, redis_url):
    client = await aiohttp_client(make_app())
    body = forged_body()
    resp = await client.get("/webhooks/x", params={"crc_token": body.decode()})
    assert resp.status == 400
    # Even if a signature for that text had been obtained, it must not verify a delivery.
    secret = b"x-consumer-secret-for-tests"
    signature = "sha256=" + base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
    resp = await client.post("/webhooks/x", data=body, headers={**JSON, "x-twitter-webhooks-signature": signature})
    assert resp.status == 200  # a genuine signature still works; the handshake just never makes one
    assert inbox_length(redis_url) == 1


@pytest.mark.parametrize("token", ["x" * 300, "{}", "123", "true", '"abc"', "a b", "abc\n", "é" * 10])
async def test_x_crc_token_must_have_the_short_format(token, make_app, aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.get("/webhooks/x", params={"crc_token": token})
    assert resp.status == 400


async def test_x_crc_token_in_documented_format_is_answered(make_app, aiohttp_client):
    client = await aiohttp_client(make_app())
    token = "NjNkZTBlYmEtMjJjZC00ZTU3LWE1MDItNTAyOGE1ZjQ2MGFm"
    resp = await client.get("/webhooks/x", params={"crc_token": token})
    assert resp.status == 200
    assert (await resp.json())["response_token"].startswith("sha256=")


@pytest.mark.parametrize(
    "code", ["hmacsha256=" + '{"notifications": []}', "x" * 200, "{}", "12345678", "abc=def", "a/b"]
)
async def test_linkedin_challenge_that_could_be_a_payload_is_refused(code, make_app, aiohttp_client):
    client = await aiohttp_client(make_app())
    resp = await client.get("/webhooks/linkedin", params={"challengeCode": code})
    assert resp.status == 400


async def test_linkedin_forged_delivery_through_challenge_is_impossible(make_app, aiohttp_client, redis_url):
    client = await aiohttp_client(make_app())
    body = json.dumps(
        {
            "type": "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS",
            "notifications": [
                {
                    "notificationId": 1,
                    "action": "COMMENT",
                    "lastModifiedAt": 1700000000000,
                    "decoratedGeneratedActivity": {"comment": {"text": "Slechte service, klacht!"}},
                }
            ],
        }
    ).encode()
    resp = await client.get("/webhooks/linkedin", params={"challengeCode": "hmacsha256=" + body.decode()})
    assert resp.status == 400
    assert inbox_length(redis_url) == 0


async def test_linkedin_uuid_challenge_is_answered(make_app, aiohttp_client):
    client = await aiohttp_client(make_app())
    code = "890e4665-4dfe-4ab1-b689-ed553bceeed2"
    resp = await client.get("/webhooks/linkedin", params={"challengeCode": code})
    assert resp.status == 200
    answer = await resp.json()
    expected = hmac.new(b"linkedin-client-secret-for-tests", code.encode(), hashlib.sha256).hexdigest()
    assert answer == {"challengeCode": code, "challengeResponse": expected}


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_deeply_nested_body_is_400(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app({"CONNECTORS_MAX_BODY": "1048576"}))
    body = b'{"a":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=kit.sign(platform, body))
    assert resp.status == 400
    assert inbox_length(redis_url) == 0


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_signed_text_plain_is_415(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes(kit.FIXTURE_FOR[platform])
    headers = {**kit.sign(platform, body), "Content-Type": "text/plain"}
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=headers)
    assert resp.status == 415
    assert inbox_length(redis_url) == 0


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_signed_utf16_json_is_400(platform, make_app, aiohttp_client, kit, redis_url):
    """json.loads accepts UTF-16 bytes; the inbox stores text, so only UTF-8 is taken."""
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes(kit.FIXTURE_FOR[platform]).decode().encode("utf-16")
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=kit.sign(platform, body))
    assert resp.status == 400
    assert inbox_length(redis_url) == 0


@pytest.mark.parametrize(
    "platform, query, field", [("x", "crc_token", "response_token"), ("linkedin", "challengeCode", "challengeResponse")]
)
async def test_a_handshake_answer_never_verifies_a_delivery(
    platform, query, field, make_app, aiohttp_client, redis_url
):
    """The token itself, signed by the handshake, posted as a delivery: refused (not a JSON object)."""
    client = await aiohttp_client(make_app())
    token = "890e4665-4dfe-4ab1-b689-ed553bceeed2"
    answer = await (await client.get(f"/webhooks/{platform}", params={query: token})).json()
    header = {"x": "x-twitter-webhooks-signature", "linkedin": "X-LI-Signature"}[platform]
    resp = await client.post(f"/webhooks/{platform}", data=token.encode(), headers={**JSON, header: answer[field]})
    assert resp.status in (400, 403)
    assert inbox_length(redis_url) == 0
