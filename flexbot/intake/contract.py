"""The intake contract: what producers (chat actions, social connectors, the desk's triage) put on
`klachtenbureau:intake` and what the desk's consumer accepts. People read docs/intake.md.

A stream entry has exactly one field:
  complaint  JSON of `Complaint`: a new complaint; its `id` ("KL-<year>-<6 digits>") is also the
             idempotency key (one entry per id).
  update     JSON of `ComplaintUpdate`: what the customer told afterwards about complaint `id`
             (follow-up wanted, contact details, confidential, more words, the rest of the
             transcript); `update_id` makes every update count exactly once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, Literal, Optional

from pydantic import BaseModel, Extra, Field, ValidationError, validator

from flexbot.keys import INTAKE_STREAM as STREAM

__all__ = [
    "STREAM",
    "ID_PATTERN",
    "Complaint",
    "ComplaintUpdate",
    "Customer",
    "DetectorOutput",
    "Turn",
    "InvalidComplaint",
    "build_complaint",
    "build_update",
    "format_id",
    "now_iso",
    "parse_entry",
    "validate",
    "validate_update",
]

ID_PATTERN = re.compile(r"^KL-(\d{4})-(\d{6})$")
CUSTOMER_FIELDS = ("name", "email", "phone", "policy_number", "address")
Speaker = Literal["klant", "assistent", "medewerker"]
Decision = Literal["complaint", "ask", "none"]


class InvalidComplaint(ValueError):
    """The record does not have the shape of the intake contract."""


def format_id(year: int, number: int) -> str:
    return f"KL-{year}-{number:06d}"


def now_iso() -> str:
    """Now, in ISO 8601 with the UTC offset (the one clock format of every record)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class _Record(BaseModel):
    class Config:
        extra = Extra.forbid
        anystr_strip_whitespace = False


class Customer(_Record):
    name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    policy_number: Optional[str] = None
    address: Optional[str] = None


class DetectorOutput(_Record):
    score: Optional[float] = None
    decision: Optional[Decision] = None
    reasons: list[str] = Field(default_factory=list)
    version: Optional[str] = None


class Turn(_Record):
    speaker: Speaker
    text: str
    at: Optional[str] = None


def _aware_iso(value: str) -> str:
    try:
        stamp = datetime.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise ValueError("must be ISO 8601") from exc
    if stamp.tzinfo is None:
        raise ValueError("needs a timezone")
    return value


class Complaint(_Record):
    id: str = Field(regex=ID_PATTERN.pattern)
    received_at: str
    channel: str = Field(min_length=1)
    text: str
    source: dict[str, Any]
    customer: Customer = Field(default_factory=Customer)
    confidential: bool = False
    handoff_consent: bool = False
    resolved_immediately: bool = False
    detector: DetectorOutput = Field(default_factory=DetectorOutput)
    transcript: list[Turn] = Field(default_factory=list)

    _received = validator("received_at", allow_reuse=True)(_aware_iso)


class ComplaintUpdate(_Record):
    """Changes to complaint `id`; only the fields that are set change (customer fields one by one)."""

    id: str = Field(regex=ID_PATTERN.pattern)
    update_id: str = Field(min_length=1, max_length=200)
    at: str
    customer: Optional[Customer] = None
    handoff_consent: Optional[bool] = None
    confidential: Optional[bool] = None
    resolved_immediately: Optional[bool] = None
    # More of the customer's own words about the same matter, appended to the record's text.
    add_text: Optional[str] = None
    # The conversation up to now; replaces the stored transcript when it is longer.
    transcript: Optional[list[Turn]] = None

    _at = validator("at", allow_reuse=True)(_aware_iso)

    def changes(self) -> dict[str, Any]:
        """The fields this update sets (customer: only the given keys)."""
        out = self.dict(exclude_none=True, exclude={"id", "update_id", "at"})
        if self.customer is not None:
            out["customer"] = self.customer.dict(exclude_none=True)
        return out


def _check(model: type[_Record], record: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return model.parse_obj(record).dict()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidComplaint(f"{where}: {first['msg']}") from exc


def validate(record: Mapping[str, Any]) -> dict[str, Any]:
    """The complaint in its canonical form; raises InvalidComplaint unless it fits the contract."""
    return _check(Complaint, record)


def validate_update(update: Mapping[str, Any]) -> dict[str, Any]:
    return _check(ComplaintUpdate, update)


def _detector(detection: Any) -> dict[str, Any]:
    if detection is None:
        return {}
    d = detection if isinstance(detection, Mapping) else detection.to_dict()
    return {
        "score": d.get("score"),
        "decision": d.get("decision"),
        "reasons": list(d.get("reasons") or []),
        "version": d.get("version"),
    }


def build_complaint(
    complaint_id: str,
    text: str,
    channel: str,
    source: Mapping[str, Any],
    *,
    customer: Mapping[str, Any] | None = None,
    confidential: bool = False,
    handoff_consent: bool = False,
    resolved_immediately: bool = False,
    detection: Any = None,
    received_at: str | datetime | None = None,
    transcript: Sequence[Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """A valid new-complaint record. `text` is kept verbatim; `detection` is a Detection or a dict."""
    if isinstance(received_at, datetime):
        if received_at.tzinfo is None:
            raise InvalidComplaint("received_at needs a timezone")
        received_at = received_at.isoformat(timespec="seconds")
    return validate(
        {
            "id": complaint_id,
            "received_at": received_at or now_iso(),
            "channel": channel,
            "text": text,
            "source": dict(source),
            "customer": dict(customer or {}),
            "confidential": confidential,
            "handoff_consent": handoff_consent,
            "resolved_immediately": resolved_immediately,
            "detector": _detector(detection),
            "transcript": list(transcript or []),
        }
    )


def build_update(complaint_id: str, update_id: str, **changes: Any) -> dict[str, Any]:
    """A valid update record, e.g. build_update(cid, f"{cid}:email", customer={"email": ...})."""
    return validate_update({"id": complaint_id, "update_id": update_id, "at": now_iso(), **changes})


def parse_entry(fields: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
    """("complaint" | "update", validated record) from one stream entry's fields."""
    for kind, check in (("complaint", validate), ("update", validate_update)):
        raw = fields.get(kind)
        if raw is not None:
            try:
                data = json.loads(raw)
            except ValueError as exc:
                raise InvalidComplaint(f"{kind} is not JSON") from exc
            if not isinstance(data, dict):
                raise InvalidComplaint(f"{kind} is not a JSON object")
            return kind, check(data)
    raise InvalidComplaint("entry has neither a complaint nor an update field")
