"""The webhook request path: handshakes, signatures, size and JSON checks, disabled platforms."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest
import redis

from connectors.inbox import INBOX_STREAM

PLATFORMS = ["facebook", "instagram", "x", "linkedin"]


def inbox_length(redis_url: str) -> int:
    client = redis.Redis.from_url(redis_url)
    try:
        return client.xlen(INBOX_STREAM) if client.exists(INBOX_STREAM) else 0
    finally:
        client.close()


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_valid_signature_is_queued(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes(kit.FIXTURE_FOR[platform])
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=kit.sign(platform, body))
    assert resp.status == 200
    assert (await resp.json())["status"] == "queued"
    raw = redis.Redis.from_url(redis_url).xrange(INBOX_STREAM)
    assert len(raw) == 1
    assert raw[0][1][b"platform"] == platform.encode()
    assert raw[0][1][b"body"] == body  # the raw verified bytes, untouched


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_tampered_body_is_refused(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes(kit.FIXTURE_FOR[platform])
    headers = kit.sign(platform, body)
    tampered = body.replace(b"ARAG", b"ARAG!", 1)
    resp = await client.post(f"/webhooks/{platform}", data=tampered, headers=headers)
    assert resp.status == 403
    assert (await resp.json())["error"] == "invalid_signature"
    assert inbox_length(redis_url) == 0


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_missing_signature_is_refused(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    resp = await client.post(f"/webhooks/{platform}", data=kit.fixture_bytes(kit.FIXTURE_FOR[platform]))
    assert resp.status == 401
    assert (await resp.json())["error"] == "missing_signature"
    assert inbox_length(redis_url) == 0


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_wrong_secret_is_refused(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes(kit.FIXTURE_FOR[platform])
    wrong = {name: "not-the-secret" for name in kit.SECRETS}
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=kit.sign(platform, body, wrong))
    assert resp.status == 403
    assert inbox_length(redis_url) == 0


async def test_x_crc_response(make_app, aiohttp_client, kit):
    client = await aiohttp_client(make_app())
    resp = await client.get("/webhooks/x", params={"crc_token": "9b4507b3-9040-4669-9ca3-6b94edb50553"})
    assert resp.status == 200
    digest = hmac.new(
        kit.SECRETS["X_CONSUMER_SECRET"].encode(), b"9b4507b3-9040-4669-9ca3-6b94edb50553", hashlib.sha256
    ).digest()
    assert await resp.json() == {"response_token": "sha256=" + base64.b64encode(digest).decode()}
    assert (await client.get("/webhooks/x")).status == 400


@pytest.mark.parametrize("platform", ["facebook", "instagram"])
async def test_meta_get_verification(platform, make_app, aiohttp_client, kit):
    client = await aiohttp_client(make_app())
    ok = await client.get(
        f"/webhooks/{platform}",
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": kit.SECRETS["META_VERIFY_TOKEN"],
            "hub.challenge": "1158201444",
        },
    )
    assert ok.status == 200
    assert await ok.text() == "1158201444"
    bad = await client.get(
        f"/webhooks/{platform}",
        params={"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1158201444"},
    )
    assert bad.status == 403
    assert "1158201444" not in await bad.text()


async def test_linkedin_challenge(make_app, aiohttp_client, kit):
    client = await aiohttp_client(make_app())
    code = "890e4665-4dfe-4ab1-b689-ed553bceeed0"
    resp = await client.get("/webhooks/linkedin", params={"challengeCode": code})
    assert resp.status == 200
    expected = hmac.new(kit.SECRETS["LINKEDIN_CLIENT_SECRET"].encode(), code.encode(), hashlib.sha256).hexdigest()
    assert await resp.json() == {"challengeCode": code, "challengeResponse": expected}


async def test_linkedin_signature_covers_prefixed_body(make_app, aiohttp_client, kit):
    """X-LI-Signature is the hex HMAC of "hmacsha256=" + body, as LinkedIn documents it."""
    client = await aiohttp_client(make_app())
    body = kit.fixture_bytes("linkedin_notifications.json")
    secret = kit.SECRETS["LINKEDIN_CLIENT_SECRET"].encode()
    documented = hmac.new(secret, b"hmacsha256=" + body, hashlib.sha256).hexdigest()
    resp = await client.post(
        "/webhooks/linkedin", data=body, headers={"X-LI-Signature": documented, "Content-Type": "application/json"}
    )
    assert resp.status == 200
    plain = hmac.new(secret, body, hashlib.sha256).hexdigest()
    resp = await client.post(
        "/webhooks/linkedin", data=body, headers={"X-LI-Signature": plain, "Content-Type": "application/json"}
    )
    assert resp.status == 403


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_malformed_json_gets_400(platform, make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app())
    body = b'{"object": "page", "entry": [ {"id": '
    resp = await client.post(f"/webhooks/{platform}", data=body, headers=kit.sign(platform, body))
    assert resp.status == 400
    assert (await resp.json())["error"] == "malformed_json"
    assert inbox_length(redis_url) == 0


async def test_oversize_body_gets_413(make_app, aiohttp_client, kit, redis_url):
    client = await aiohttp_client(make_app({"CONNECTORS_MAX_BODY": "2048"}))
    body = json.dumps({"object": "page", "entry": [{"id": "1", "changes": [], "pad": "x" * 4096}]}).encode()
    resp = await client.post("/webhooks/facebook", data=body, headers=kit.sign("facebook", body))
    assert resp.status == 413
    assert inbox_length(redis_url) == 0


async def test_disabled_platform_refuses_and_health_reports_it(make_app, aiohttp_client, kit, redis_url):
    app = make_app({"X_CONSUMER_SECRET": "", "LINKEDIN_CLIENT_SECRET": ""})
    client = await aiohttp_client(app)
    body = kit.fixture_bytes("x_account_activity.json")
    resp = await client.post("/webhooks/x", data=body, headers=kit.sign("x", body))
    assert resp.status == 503
    payload = await resp.json()
    assert payload["error"] == "platform_disabled" and "X_CONSUMER_SECRET" in payload["detail"]
    assert (await client.get("/webhooks/linkedin", params={"challengeCode": "abc"})).status == 503
    health = await (await client.get("/health")).json()
    assert health["redis"] is True
    assert {"x", "linkedin"} <= set(health["disabled"])
    assert {"facebook", "instagram"} <= set(health["enabled"])
    assert health["webhooks"]["x"] == {"enabled": False, "missing": ["X_CONSUMER_SECRET"]}
    assert "x-consumer-secret-for-tests" not in json.dumps(health)
    assert inbox_length(redis_url) == 0


async def test_unknown_platform_gets_404(make_app, aiohttp_client, kit):
    client = await aiohttp_client(make_app())
    resp = await client.post("/webhooks/myspace", data=b"{}")
    assert resp.status == 404
