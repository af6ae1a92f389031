"""The conversation stored with a complaint, as turns with a speaker (klant/assistent/medewerker).

Records from before the intake contract used `from`, `sender` or `role` with other words; they
are read the same way. The customer's complaint text is shown once: turns that are part of the
verbatim text are marked instead of repeated.
"""

from __future__ import annotations

from typing import Any

SPEAKERS = {
    "klant": "klant",
    "user": "klant",
    "customer": "klant",
    "human": "klant",
    "assistent": "assistent",
    "bot": "assistent",
    "assistant": "assistent",
    "medewerker": "medewerker",
    "agent": "medewerker",
    "employee": "medewerker",
}


def turns(record: dict[str, Any]) -> list[dict[str, Any]]:
    raw = record.get("transcript")
    if not raw or isinstance(raw, str):
        return []
    complaint_text = str(record.get("text") or "")
    out = []
    for turn in raw:
        if not isinstance(turn, dict):
            continue
        who = next((str(turn[k]) for k in ("speaker", "from", "sender", "role") if turn.get(k)), "")
        speaker = SPEAKERS.get(who.strip().lower(), who or "onbekend")
        text = str(turn.get("text") or "")
        out.append(
            {
                "speaker": speaker,
                "text": text,
                "at": turn.get("at") or turn.get("timestamp"),
                "in_complaint": speaker == "klant" and bool(text.strip()) and text.strip() in complaint_text,
            }
        )
    return out
