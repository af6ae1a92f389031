"""Facebook Page and Instagram webhooks (Meta Graph API webhooks: fields feed, mention, comments,
mentions).

GET verification: hub.mode=subscribe and hub.verify_token == META_VERIFY_TOKEN -> hub.challenge.
Every POST carries X-Hub-Signature-256 = "sha256=" + hex HMAC-SHA256(raw body, META_APP_SECRET).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import aiohttp

from connectors.base import (
    Handshake,
    Mention,
    PayloadError,
    SignatureError,
    env_values,
    header,
    hmac_sha256,
    iso_from_any,
    iso_from_epoch,
    signatures_match,
)

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"
GRAPH_TOKEN_SETTING = "INSTAGRAM_ACCESS_TOKEN"  # Instagram user (or page) token with instagram_manage_comments
SETTINGS = ("META_APP_SECRET", "META_VERIFY_TOKEN")
OBJECT_FOR_PLATFORM = {"facebook": "page", "instagram": "instagram"}


def meta_signature(body: bytes, app_secret: str) -> str:
    return "sha256=" + hmac_sha256(app_secret, body).hex()


class MetaConnector:
    """One Meta product (facebook or instagram); both share the app secret and verify token."""

    def __init__(
        self, platform: str, app_secret: str = "", verify_token: str = "", missing: list[str] | None = None
    ) -> None:
        if platform not in OBJECT_FOR_PLATFORM:
            raise ValueError(f"unknown Meta platform {platform!r}")
        self.platform = platform
        self._app_secret = app_secret
        self._verify_token = verify_token
        self._missing = (
            missing
            if missing is not None
            else [name for name, value in zip(SETTINGS, (app_secret, verify_token), strict=False) if not value]
        )

    @classmethod
    def from_env(cls, platform: str, env: Mapping[str, str] | None = None) -> MetaConnector:
        values, missing = env_values(env if env is not None else os.environ, SETTINGS)
        return cls(platform, values["META_APP_SECRET"], values["META_VERIFY_TOKEN"], missing)

    @property
    def enabled(self) -> bool:
        return not self._missing

    def missing_settings(self) -> list[str]:
        return list(self._missing)

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        given = header(headers, SIGNATURE_HEADER)
        if not given:
            raise SignatureError(401, f"missing {SIGNATURE_HEADER} header")
        if not signatures_match(meta_signature(body, self._app_secret), given.strip()):
            raise SignatureError(403, "signature does not match")

    def handshake(self, query: Mapping[str, str]) -> Handshake:
        if query.get("hub.mode") != "subscribe" or "hub.challenge" not in query:
            return Handshake(400, {"error": "expected hub.mode=subscribe and hub.challenge"})
        if not signatures_match(self._verify_token, query.get("hub.verify_token", "")):
            return Handshake(403, {"error": "verify token does not match"})
        return Handshake(200, query["hub.challenge"])

    def parse(self, payload: Any) -> list[Mention]:
        if not isinstance(payload, dict) or not isinstance(payload.get("entry"), list):
            raise PayloadError("Meta payload needs an 'entry' list")
        kind = payload.get("object")
        mentions: list[Mention] = []
        for entry in payload["entry"]:
            for change in entry.get("changes") or []:
                value = change.get("value") or {}
                field = change.get("field")
                if kind == "page":
                    mention = _facebook_mention(entry, field, value)
                elif kind == "instagram":
                    mention = _instagram_mention(entry, field, value)
                else:
                    raise PayloadError(f"unsupported Meta object {kind!r}")
                if mention is not None:
                    mentions.append(mention)
        return mentions


def _created_at(value: Any, fallback: Any) -> str:
    stamp = value if value not in (None, "") else fallback
    if isinstance(stamp, (int, float)) or (isinstance(stamp, str) and stamp.isdigit()):
        return iso_from_epoch(stamp)
    return iso_from_any(stamp)


def _facebook_url(post_id: str, comment_id: str | None, value: dict[str, Any]) -> str:
    permalink = (value.get("post") or {}).get("permalink_url")
    if permalink:
        if not comment_id:
            return permalink
        separator = "&" if "?" in permalink else "?"
        return f"{permalink}{separator}comment_id={comment_id.rpartition('_')[2]}"
    page_id, _, story_id = post_id.partition("_")
    base = f"https://www.facebook.com/{page_id}/posts/{story_id or page_id}"
    if comment_id:
        return f"{base}?comment_id={comment_id.rpartition('_')[2]}"
    return base


def _facebook_mention(entry: dict[str, Any], field: str | None, value: dict[str, Any]) -> Mention | None:
    """Page `feed` (new posts and comments by others) and `mention` (page @-mentioned)."""
    if value.get("verb") != "add":
        return None
    if field == "feed":
        item = value.get("item")
        if item not in ("comment", "post", "status"):
            return None
        author = value.get("from") or {}
        if str(author.get("id", "")) == str(entry.get("id")):
            return None  # the page's own post or reply
        name, author_id = author.get("name", ""), str(author.get("id", ""))
    elif field == "mention":
        item = value.get("item")
        name, author_id = value.get("sender_name", ""), str(value.get("sender_id", ""))
    else:
        return None
    post_id = str(value.get("post_id", ""))
    comment_id = str(value["comment_id"]) if item == "comment" and value.get("comment_id") else None
    platform_id = comment_id or post_id
    if not platform_id:
        raise PayloadError("Facebook change without post_id or comment_id")
    parent = value.get("parent_id")
    return Mention(
        platform="facebook",
        platform_id=platform_id,
        author_handle=author_id,
        author_name=name,
        text=value.get("message") or "",
        url=_facebook_url(post_id, comment_id, value),
        created_at=_created_at(value.get("created_time"), entry.get("time")),
        in_reply_to=str(parent) if parent else (post_id if comment_id else None),
        raw={"entry_id": entry.get("id"), "field": field, "value": value},
    )


def _instagram_mention(entry: dict[str, Any], field: str | None, value: dict[str, Any]) -> Mention | None:
    """Instagram `comments` on our media and `mentions` (@-mentioned in someone's caption/comment)."""
    if field in ("comments", "live_comments"):
        author = value.get("from") or {}
        if str(author.get("id", "")) == str(entry.get("id")):
            return None  # our own reply
        comment_id = str(value.get("id", ""))
        if not comment_id:
            raise PayloadError("Instagram comment without id")
        media_id = str((value.get("media") or {}).get("id", ""))
        return Mention(
            platform="instagram",
            platform_id=comment_id,
            author_handle=author.get("username", ""),
            author_name=author.get("username", ""),
            text=value.get("text") or "",
            url="",  # the webhook carries no permalink; raw.value.media.id identifies the post
            created_at=_created_at(None, entry.get("time")),
            in_reply_to=str(value.get("parent_id") or media_id) or None,
            raw={"entry_id": entry.get("id"), "field": field, "value": value},
        )
    if field == "mentions":
        # Documented shape carries ids only ({media_id, comment_id}); text needs a Graph API lookup.
        item_id = str(value.get("comment_id") or value.get("media_id") or "")
        if not item_id:
            raise PayloadError("Instagram mention without media_id or comment_id")
        return Mention(
            platform="instagram",
            platform_id=item_id,
            author_handle="",
            author_name="",
            text=value.get("text") or value.get("caption") or "",
            url="",
            created_at=_created_at(None, entry.get("time")),
            in_reply_to=str(value["media_id"]) if value.get("comment_id") and value.get("media_id") else None,
            raw={"entry_id": entry.get("id"), "field": field, "value": value},
        )
    return None


def _graph_time(value: str | None) -> str:
    """Graph API times look like 2017-05-03T16:09:08+0000; Python 3.10 wants +00:00."""
    if value:
        value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    return iso_from_any(value)


class InstagramGraph:
    """Fills in Instagram `mentions`: the webhook carries only ids, so the text is read with the
    Graph API's mentioned_comment / mentioned_media fields on our Instagram user."""

    def __init__(self, http: Any, token: str, base: str) -> None:
        self.http = http
        self._token = token
        self.base = base.rstrip("/")

    @classmethod
    def from_env(cls, session: aiohttp.ClientSession, env: Mapping[str, str]) -> InstagramGraph | None:
        from connectors.polling import HttpClient, RetryPolicy
        from flexbot import settings

        token = env.get(GRAPH_TOKEN_SETTING, "").strip()
        if not token:
            log.warning("instagram mentions: text lookup disabled (set %s)", GRAPH_TOKEN_SETTING)
            return None
        policy = RetryPolicy(max_attempts=3, max_delay=10.0, max_rate_limit_wait=60.0)
        return cls(HttpClient(session, policy), token, settings.get(env).meta_graph_base)

    async def enrich(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions with Instagram `mentions` text filled in; raises when the Graph API fails
        (the inbox retries the delivery later)."""
        return [await self.lookup(m) if _needs_lookup(m) else m for m in mentions]

    async def lookup(self, mention: Mention) -> Mention:
        value = mention.raw.get("value") or {}
        user_id = str(mention.raw.get("entry_id") or "")
        if value.get("comment_id"):
            field = "mentioned_comment"
            fields = f"mentioned_comment.comment_id({value['comment_id']}){{id,text,timestamp,username,media{{id}}}}"
        else:
            field = "mentioned_media"
            fields = f"mentioned_media.media_id({value['media_id']}){{id,caption,timestamp,username,permalink}}"
        data, _ = await self.http.get_json(
            f"{self.base}/{user_id}", params={"fields": fields}, headers={"Authorization": f"Bearer {self._token}"}
        )
        item = (data or {}).get(field) or {}
        username = str(item.get("username") or "")
        return replace(
            mention,
            text=str(item.get("text") or item.get("caption") or ""),
            author_handle=username or mention.author_handle,
            author_name=username or mention.author_name,
            url=str(item.get("permalink") or mention.url),
            created_at=_graph_time(item.get("timestamp")) if item.get("timestamp") else mention.created_at,
        )


def _needs_lookup(mention: Mention) -> bool:
    return (
        mention.platform == "instagram"
        and mention.raw.get("field") == "mentions"
        and not mention.text
        and bool(mention.raw.get("entry_id"))
    )
