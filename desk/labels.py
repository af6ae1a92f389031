"""Labelled examples from the desk (handler corrections, social triage) for the detector's learning
loop: one entry on flexbot.keys.LABELS_STREAM per judgement (format: flexbot/complaints/labels.py)."""

from __future__ import annotations

from typing import Any

from flexbot.complaints import labels

COMPLAINT = "complaint"
NO_COMPLAINT = "no_complaint"


def queue_label(
    pipe: Any, text: str, label: str, source: str, complaint_id: str | None = None, reason: str = "", **extra: Any
) -> None:
    """XADD the example on a pipeline (so it commits together with the change it comes from)."""
    labels.queue(pipe, text, label, source, complaint_id=complaint_id, reason=reason, **extra)
