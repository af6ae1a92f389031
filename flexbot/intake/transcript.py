"""The conversation as the intake contract's transcript: who said what, and when."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

# Rasa event -> speaker. Messages an employee sends during a takeover carry metadata
# {"speaker": "medewerker"}; every other bot message is the assistant's.
_SPEAKERS = {"user": "klant", "bot": "assistent"}


def _iso(timestamp: Any) -> str | None:
    if not isinstance(timestamp, (int, float)):
        return None
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds")


def turns_from_events(events: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every user and bot message of a Rasa tracker, in order, as {speaker, text, at}."""
    turns = []
    for event in events:
        speaker = _SPEAKERS.get(str(event.get("event")))
        text = event.get("text")
        if speaker is None or not text:
            continue
        metadata = event.get("metadata") or {}
        if speaker == "assistent" and metadata.get("speaker") == "medewerker":
            speaker = "medewerker"
        turns.append({"speaker": speaker, "text": str(text), "at": _iso(event.get("timestamp"))})
    return turns
