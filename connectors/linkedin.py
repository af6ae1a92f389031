"""LinkedIn organization social action notifications (webhook).

Validation: GET ?challengeCode=... -> {"challengeCode", "challengeResponse": hex HMAC-SHA256 of the
challengeCode keyed with LINKEDIN_CLIENT_SECRET}. Every POST carries X-LI-Signature: LinkedIn's
docs define it as the hex HMAC-SHA256, keyed with the client secret, of the raw POST body prefixed
by "hmacsha256=". Notifications are deduplicated on notificationId (the mention's platform_id).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from connectors.base import (
    Handshake,
    Mention,
    PayloadError,
    SecretSignedConnector,
    handshake_token,
    hmac_sha256,
    iso_from_epoch,
)

SIGNATURE_HEADER = "X-LI-Signature"
SIGN_PREFIX = b"hmacsha256="
SETTINGS = ("LINKEDIN_CLIENT_SECRET",)
# LinkedIn's challengeCode is a UUID; letters, digits and dashes only, so never "hmacsha256=" + body.
CHALLENGE_CODE = re.compile(r"[A-Za-z0-9\-]{8,64}")
EVENT_TYPE = "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS"
# Actions that carry someone else's words about us; LIKE, ADMIN_COMMENT (our own) and
# COMMENT_DELETE do not.
MENTION_ACTIONS = {"COMMENT", "SHARE_MENTION", "SHARE", "COMMENT_EDIT"}


def linkedin_signature(body: bytes, client_secret: str) -> str:
    return hmac_sha256(client_secret, SIGN_PREFIX + body).hex()


def post_url(activity_urn: str, comment_urn: str | None = None) -> str:
    url = f"https://www.linkedin.com/feed/update/{activity_urn}/"
    if comment_urn:
        url += f"?commentUrn={quote(comment_urn, safe='')}"
    return url


class LinkedInConnector(SecretSignedConnector):
    platform = "linkedin"
    secret_setting = SETTINGS[0]
    signature_header = SIGNATURE_HEADER

    def expected_signature(self, body: bytes) -> str:
        return linkedin_signature(body, self._secret)

    def given_signature(self, value: str) -> str:
        given = value.strip().lower()
        # Tolerate the "hmacsha256=" prefix appearing in the header value itself.
        return given[len("hmacsha256=") :] if given.startswith("hmacsha256=") else given

    def handshake(self, query: Mapping[str, str]) -> Handshake:
        if not query.get("challengeCode"):
            return Handshake(400, {"error": "missing challengeCode"})
        code = handshake_token(query.get("challengeCode"), CHALLENGE_CODE)
        if code is None:
            return Handshake(400, {"error": "challengeCode is not in LinkedIn's format"})
        return Handshake(200, {"challengeCode": code, "challengeResponse": hmac_sha256(self._secret, code).hex()})

    def parse(self, payload: Any) -> list[Mention]:
        if not isinstance(payload, dict) or not isinstance(payload.get("notifications"), list):
            raise PayloadError("LinkedIn payload needs a 'notifications' list")
        if payload.get("type", EVENT_TYPE) != EVENT_TYPE:
            return []
        return [m for m in map(_mention, payload["notifications"]) if m is not None]


def _mention(note: dict[str, Any]) -> Mention | None:
    if note.get("action") not in MENTION_ACTIONS:
        return None
    if "notificationId" not in note:
        raise PayloadError("LinkedIn notification without notificationId")
    decorated = note.get("decoratedGeneratedActivity") or {}
    activity = decorated.get("comment") or decorated.get("share") or {}
    text = activity.get("text")
    if isinstance(text, dict):  # some versions wrap it as {"text": ...}
        text = text.get("text", "")
    text = text or ""
    if not text and note.get("action") == "SHARE":
        return None  # a plain reshare without commentary says nothing
    owner = activity.get("owner") or activity.get("actor") or note.get("actor") or ""
    source = note.get("sourcePost") or (note.get("decoratedSourcePost") or {}).get("entity") or ""
    comment_urn = activity.get("entity") if "comment" in decorated else None
    activity_urn = activity.get("object") or source
    if "share" in decorated and activity.get("entity"):
        activity_urn = activity["entity"]
    return Mention(
        platform="linkedin",
        platform_id=str(note["notificationId"]),
        author_handle=owner,
        author_name=owner.rpartition(":")[2] if owner else "",  # LinkedIn sends only the member URN
        text=text,
        url=post_url(activity_urn, comment_urn) if activity_urn else "",
        created_at=iso_from_epoch(note.get("lastModifiedAt") or 0),
        in_reply_to=source or None,
        raw=note,
    )
