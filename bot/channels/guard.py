"""Checks every chat channel shares (REST and socket.io): what Rasa may be handed, and how a
failure is told to the customer (in Dutch). Nothing here raises anything but BadRequest."""

from __future__ import annotations

import json
import re
from typing import Any, Optional

from flexbot.text import clean_text

MAX_MESSAGE_CHARS = 50_000
MAX_SENDER_CHARS = 128
MAX_METADATA_DEPTH = 32  # the widget sends 2 levels
MAX_METADATA_CHARS = 20_000

_SURROGATE = re.compile("[\ud800-\udfff]")

# What the customer reads when a message cannot be handled (Dutch, like every bot reply).
NO_TEXT_REPLY = "Ik zie geen tekst in uw bericht. Waarmee kan ik u helpen?"
UNAVAILABLE_REPLY = (
    "De assistent is even niet bereikbaar. Probeer het over een paar seconden opnieuw; uw bericht is niet verwerkt."
)
FAILED_REPLY = "Er ging iets mis bij het verwerken van uw bericht. Probeer het opnieuw of formuleer het anders."
BAD_SESSION_REPLY = "Deze chatsessie is ongeldig. Vernieuw de pagina om opnieuw te beginnen."
RETRY_AFTER_SECONDS = 5


class BadRequest(ValueError):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def has_surrogates(text: str) -> bool:
    return bool(_SURROGATE.search(text))


def without_surrogates(text: str) -> str:
    """Lone surrogates (valid JSON escapes, invalid Unicode: Redis cannot store them) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if has_surrogates(text) else text


def depth(value: Any, limit: int) -> int:
    """How deeply lists and objects nest, counted without recursion and only up to `limit`."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def check_sender(sender: Any) -> str:
    if (
        not isinstance(sender, str)
        or not sender.strip()
        or len(sender) > MAX_SENDER_CHARS
        or has_surrogates(sender)
        or sender != sender.strip()
        or not sender.isprintable()
    ):
        raise BadRequest(f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS} printable characters")
    return sender


def check_message(message: Any) -> str:
    """The message as Rasa gets it (lone surrogates replaced); refuses text that is empty once control
    and zero-width characters are removed (the NLU would have no features to classify)."""
    if not isinstance(message, str):
        raise BadRequest("'message' must be a string")
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(f"'message' is longer than {MAX_MESSAGE_CHARS} characters", status=413)
    message = without_surrogates(message)
    if not clean_text(message, max_chars=None).replace("\ufffd", "").strip():
        raise BadRequest("'message' is empty")
    return message


def check_metadata(metadata: Any) -> Optional[dict[str, Any]]:
    if metadata is None:
        return None
    if not isinstance(metadata, dict):
        raise BadRequest("'metadata' must be a JSON object")
    if depth(metadata, MAX_METADATA_DEPTH) > MAX_METADATA_DEPTH:
        raise BadRequest(f"'metadata' is nested deeper than {MAX_METADATA_DEPTH} levels")
    try:
        encoded = json.dumps(metadata, ensure_ascii=False)
        encoded.encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError, RecursionError):
        raise BadRequest("'metadata' cannot be stored (invalid text)") from None
    if len(encoded) > MAX_METADATA_CHARS:
        raise BadRequest(f"'metadata' is larger than {MAX_METADATA_CHARS} characters", status=413)
    return metadata


def is_store_outage(error: BaseException) -> bool:
    """True when `error` (or what caused it) is Redis, the tracker or the lock store being unreachable."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    outage: tuple[type[BaseException], ...] = (RedisConnectionError, RedisTimeoutError, ConnectionError)
    try:
        from rasa.core.lock_store import LockError
        from rasa.shared.exceptions import ConnectionException

        outage += (LockError, ConnectionException)
    except ImportError:  # pragma: no cover - Rasa is always there where channels run
        pass
    seen: set[int] = set()
    current: Optional[BaseException] = error
    while current is not None and id(current) not in seen:
        if isinstance(current, outage):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False
