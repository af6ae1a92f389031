"""Labelled examples for the complaint detector's learning loop (issue 10).

Every person's judgement the desk sees goes to the stream flexbot.keys.LABELS_STREAM as one field
`label` = JSON {"text", "label": "complaint"|"no_complaint", "source": "handler"|"social", "at",
"complaint_id", "reason", ...}. `flexbot labels export` turns them into training lines.
"""
from __future__ import annotations

import json
from typing import Any

from flexbot.intake.contract import now_iso
from flexbot.keys import LABELS_STREAM

COMPLAINT = "complaint"
NO_COMPLAINT = "no_complaint"


def label_fields(text: str, label: str, source: str, complaint_id: str | None = None, reason: str = "",
                 **extra: Any) -> dict[str, str]:
    if label not in (COMPLAINT, NO_COMPLAINT):
        raise ValueError(f"unknown label {label!r}")
    body = {"text": text, "label": label, "source": source, "at": now_iso(), "complaint_id": complaint_id,
            "reason": reason, **extra}
    return {"label": json.dumps(body, ensure_ascii=False)}


def queue_label(pipe: Any, text: str, label: str, source: str, complaint_id: str | None = None,
                reason: str = "", **extra: Any) -> None:
    """XADD the example on a pipeline (so it commits together with the change it comes from)."""
    pipe.xadd(LABELS_STREAM, label_fields(text, label, source, complaint_id, reason, **extra))
