"""X (Twitter): Account Activity webhook and API v2 mentions polling.

Webhook: GET ?crc_token=... -> {"response_token": "sha256=" + base64(HMAC-SHA256(X_CONSUMER_SECRET,
crc_token))}; every POST carries x-twitter-webhooks-signature = "sha256=" + base64 HMAC-SHA256 of
the raw body. Polling: GET /2/users/:id/mentions with since_id and pagination_token, bearer
X_BEARER_TOKEN.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Protocol

from connectors.base import (
    Handshake,
    Mention,
    PayloadError,
    SecretSignedConnector,
    handshake_token,
    hmac_sha256,
    iso_from_any,
)
from connectors.polling import CursorPoller, CursorStore, HttpClient, newer

SIGNATURE_HEADER = "x-twitter-webhooks-signature"
WEBHOOK_SETTINGS = ("X_CONSUMER_SECRET",)
POLL_SETTINGS = ("X_BEARER_TOKEN", "X_USER_ID")
DEFAULT_API_BASE = "https://api.x.com"
# X's CRC tokens are short base64/base64url strings (about 48 characters); nothing else is answered.
CRC_TOKEN = re.compile(r"[A-Za-z0-9+/_\-]{8,128}={0,2}")


class MentionSink(Protocol):
    async def process_many(self, mentions: list[Mention]) -> list[Any]: ...


def x_signature(message: bytes | str, consumer_secret: str) -> str:
    return "sha256=" + base64.b64encode(hmac_sha256(consumer_secret, message)).decode()


def tweet_url(username: str, tweet_id: str) -> str:
    return f"https://x.com/{username or 'i/web'}/status/{tweet_id}"


class XConnector(SecretSignedConnector):
    platform = "x"
    secret_setting = WEBHOOK_SETTINGS[0]
    signature_header = SIGNATURE_HEADER

    def expected_signature(self, body: bytes) -> str:
        return x_signature(body, self._secret)

    def handshake(self, query: Mapping[str, str]) -> Handshake:
        if not query.get("crc_token"):
            return Handshake(400, {"error": "missing crc_token"})
        token = handshake_token(query.get("crc_token"), CRC_TOKEN)
        if token is None:
            return Handshake(400, {"error": "crc_token is not in X's format"})
        return Handshake(200, {"response_token": x_signature(token, self._secret)})

    def parse(self, payload: Any) -> list[Mention]:
        """Account Activity payloads (tweet_create_events) and API v2 mentions responses."""
        if not isinstance(payload, dict):
            raise PayloadError("X payload must be a JSON object")
        if "tweet_create_events" in payload:
            own_id = str(payload.get("for_user_id", ""))
            return [m for m in (_from_v1_tweet(t, own_id) for t in payload["tweet_create_events"]) if m]
        if "data" in payload or "meta" in payload:
            return parse_v2_mentions(payload)
        return []  # other account activity (likes, follows, DMs) is not a mention


def _v1_created_at(tweet: dict[str, Any]) -> str:
    created = tweet.get("created_at")
    if created:
        return datetime.strptime(created, "%a %b %d %H:%M:%S %z %Y").isoformat()
    return iso_from_any(None)


def _from_v1_tweet(tweet: dict[str, Any], own_id: str) -> Mention | None:
    user = tweet.get("user") or {}
    if str(user.get("id_str", "")) == own_id or "retweeted_status" in tweet:
        return None  # our own tweets and plain retweets are not mentions to answer
    tweet_id = str(tweet.get("id_str") or tweet.get("id") or "")
    if not tweet_id:
        raise PayloadError("tweet without id_str")
    text = (tweet.get("extended_tweet") or {}).get("full_text") or tweet.get("full_text") or tweet.get("text") or ""
    return Mention(
        platform="x",
        platform_id=tweet_id,
        author_handle=user.get("screen_name", ""),
        author_name=user.get("name", ""),
        text=html.unescape(text),  # v1.1 text escapes &, < and >
        url=tweet_url(user.get("screen_name", ""), tweet_id),
        created_at=_v1_created_at(tweet),
        in_reply_to=tweet.get("in_reply_to_status_id_str"),
        raw=tweet,
    )


def parse_v2_mentions(payload: dict[str, Any]) -> list[Mention]:
    users = {u["id"]: u for u in (payload.get("includes") or {}).get("users", []) if "id" in u}
    mentions = []
    for post in payload.get("data") or []:
        author = users.get(post.get("author_id"), {})
        replied_to = next(
            (ref["id"] for ref in post.get("referenced_tweets") or [] if ref.get("type") == "replied_to"), None
        )
        mentions.append(
            Mention(
                platform="x",
                platform_id=str(post["id"]),
                author_handle=author.get("username", ""),
                author_name=author.get("name", ""),
                text=html.unescape(post.get("text", "")),
                url=tweet_url(author.get("username", ""), str(post["id"])),
                created_at=iso_from_any(post.get("created_at")),
                in_reply_to=replied_to,
                raw=post,
            )
        )
    return mentions


class XMentionsPoller(CursorPoller):
    """Polls GET /2/users/:id/mentions; the since_id cursor lives in Redis."""

    name = "x"

    def __init__(
        self,
        http: HttpClient,
        cursors: CursorStore,
        sink: MentionSink,
        bearer_token: str,
        user_id: str,
        api_base: str = DEFAULT_API_BASE,
        max_pages: int = 50,
    ) -> None:
        super().__init__(
            http, cursors, sink, f"{api_base.rstrip('/')}/2/users/{user_id}/mentions", bearer_token, max_pages
        )

    async def fetch(self, since_id: str | None) -> tuple[list[Mention], str | None]:
        params: dict[str, str] = {
            "max_results": "100",
            "tweet.fields": "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets",
            "expansions": "author_id",
            "user.fields": "username,name",
        }
        if since_id:
            params["since_id"] = since_id
        mentions: list[Mention] = []
        newest: str | None = since_id
        for _ in range(self.max_pages):
            page, _links = await self.http.get_json(self.url, params=params, headers=self._headers)
            meta = page.get("meta") or {}
            newest = newer(newest, meta.get("newest_id"))
            mentions.extend(parse_v2_mentions(page))
            token = meta.get("next_token")
            if not token or not since_id:
                break  # first run: start from the newest page, do not crawl all history
            params["pagination_token"] = token
        mentions.sort(key=lambda m: int(m.platform_id))  # oldest first
        for mention in mentions:
            newest = newer(newest, mention.platform_id)
        return mentions, newest
