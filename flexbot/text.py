"""Text clean-up shared by every entry point (chat NLU, complaint detector, connectors)."""

from __future__ import annotations

import re
import unicodedata

# The NLU reads at most this many characters; a 20 kB message is still stored in full.
NLU_MAX_CHARS = 1000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACE = re.compile(r"\s+")


def clean_text(text: str | None, max_chars: int | None = NLU_MAX_CHARS) -> str:
    """NFC-normalise, drop control and zero-width characters, collapse whitespace, cap length."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _SPACE.sub(" ", _CONTROL.sub("", text)).strip()  # "hal\x00lo" is "hallo"
    if max_chars is not None and len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0] or text[:max_chars]
    return text
