"""The one interface every platform connector implements, plus the small helpers they share."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timezone
from typing import Any, Protocol, runtime_checkable

PLATFORMS = ("x", "facebook", "instagram", "linkedin", "mastodon")


@dataclass(frozen=True)
class Mention:
    """One public post, comment or reply that mentions ARAG, normalised across platforms."""

    platform: str
    platform_id: str
    author_handle: str
    author_name: str
    text: str  # plain text, never HTML
    url: str
    created_at: str  # ISO 8601 with timezone
    in_reply_to: str | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class SignatureError(Exception):
    """A webhook request that must be refused: 401 when unsigned, 403 when the signature is wrong."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class PayloadError(ValueError):
    """A verified payload that does not have the shape the platform documents."""


@dataclass(frozen=True)
class Handshake:
    """Answer to a platform's GET verification request (Meta hub.challenge, X CRC, LinkedIn)."""

    status: int
    body: str | dict[str, Any]


@runtime_checkable
class Connector(Protocol):
    """A platform's webhook side: verify the raw request, answer handshakes, parse payloads."""

    platform: str

    @property
    def enabled(self) -> bool:
        """True when the credentials this connector needs are configured."""

    def missing_settings(self) -> list[str]:
        """Names of the environment variables that are still unset."""

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        """Raise SignatureError unless `body` was signed by the platform."""

    def handshake(self, query: Mapping[str, str]) -> Handshake:
        """Answer the platform's GET verification request."""

    def parse(self, payload: Any) -> list[Mention]:
        """Turn one documented payload into zero or more mentions."""


def hmac_sha256(key: str | bytes, message: str | bytes) -> bytes:
    key_bytes = key.encode() if isinstance(key, str) else key
    msg_bytes = message.encode() if isinstance(message, str) else message
    return hmac.new(key_bytes, msg_bytes, hashlib.sha256).digest()


def signatures_match(expected: str, given: str) -> bool:
    """Constant-time comparison of two signature strings."""
    return hmac.compare_digest(expected.encode(), given.encode())


def header(headers: Mapping[str, str], name: str) -> str | None:
    """Case-insensitive header lookup that also works on plain dicts."""
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, val in headers.items():
        if key.lower() == lowered:
            return val
    return None


def iso_from_epoch(seconds: float | int | str) -> str:
    """ISO 8601 (UTC, with offset) from Unix seconds; milliseconds are detected and scaled.
    A time no calendar can hold (1e20, NaN) becomes now: the words still count."""
    try:
        value = float(seconds)
        if value > 1e11:  # milliseconds, as LinkedIn sends them
            value /= 1000.0
        return datetime.fromtimestamp(value, tz=timezone.utc).isoformat()
    except (OverflowError, ValueError, OSError):
        return datetime.now(timezone.utc).isoformat()


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(value: str) -> str:
    """`value` with lone surrogates (valid JSON escapes, invalid Unicode) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def clean_mention(mention: Mention) -> Mention:
    """The mention with every text field storable (Redis and JSON need valid UTF-8)."""
    changes: dict[str, Any] = {
        f.name: valid_text(getattr(mention, f.name))
        for f in fields(mention)
        if isinstance(getattr(mention, f.name), str)
    }
    changes = {name: value for name, value in changes.items() if value is not getattr(mention, name)}
    return replace(mention, **changes) if changes else mention


def iso_from_any(value: str | None) -> str:
    """ISO 8601 with timezone from an ISO string (with 'Z' or offset); now when missing."""
    if not value:
        return datetime.now(timezone.utc).isoformat()
    text = value.replace("Z", "+00:00")
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.isoformat()


def handshake_token(value: str | None, pattern: re.Pattern[str]) -> str | None:
    """A handshake token in the platform's short format, else None.

    The handshake answer is an HMAC keyed with the same secret as delivery signatures, so a token
    that could be a payload would let anyone mint a valid delivery signature. Only short tokens of
    the documented alphabet are answered, and never one that parses as JSON (payloads are objects).
    """
    if not value or not pattern.fullmatch(value):
        return None
    try:
        json.loads(value)
    except ValueError:
        return value
    return None


def env_values(env: Mapping[str, str], names: tuple[str, ...]) -> tuple[dict[str, str], list[str]]:
    """The non-empty values of `names` in `env` and the names that are missing."""
    values = {name: env.get(name, "").strip() for name in names}
    missing = [name for name, value in values.items() if not value]
    return values, missing


class SecretSignedConnector:
    """A webhook connector whose deliveries are signed with one shared secret (X, LinkedIn).

    Subclasses name the platform, the environment variable holding the secret and the signature
    header, and compute the expected signature of a raw body.
    """

    platform: str
    secret_setting: str
    signature_header: str

    def __init__(self, secret: str = "") -> None:
        self._secret = secret

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None):
        values, _ = env_values(env if env is not None else os.environ, (cls.secret_setting,))
        return cls(values[cls.secret_setting])

    @property
    def enabled(self) -> bool:
        return bool(self._secret)

    def missing_settings(self) -> list[str]:
        return [] if self._secret else [self.secret_setting]

    def expected_signature(self, body: bytes) -> str:
        raise NotImplementedError

    def given_signature(self, value: str) -> str:
        return value.strip()

    def verify(self, body: bytes, headers: Mapping[str, str]) -> None:
        given = header(headers, self.signature_header)
        if not given:
            raise SignatureError(401, f"missing {self.signature_header} header")
        if not signatures_match(self.expected_signature(body), self.given_signature(given)):
            raise SignatureError(403, "signature does not match")
