"""What a desk user may see and do with a complaint; every change returns its audit detail."""
from __future__ import annotations

from typing import Any, Callable

from desk.auth import User
from desk.register import ACTIONS_TAKEN, OUTCOMES, SOCIAL_CHANNELS, ActionRefused, now_iso

CORRESPONDENCE_KINDS = ("telefoon", "e-mail", "brief", "gesprek", "chat", "social")
PHONE_KINDS = {"telefoon", "gesprek"}
WRITTEN_KINDS = {"e-mail", "brief"}
MAX_TEXT = 10_000

Mutation = Callable[[dict[str, Any]], dict[str, Any]]


def can_view(user: User, record: dict[str, Any]) -> bool:
    """Handlers and team leads see everything; the social-media team only open social posts."""
    if user.can_handle:
        return True
    if user.role == "socialmedia":
        return not record.get("confidential") and record.get("channel") in SOCIAL_CHANNELS
    return False


def _same_person(user: User, name: str) -> bool:
    name = name.strip().lower()
    return bool(name) and name in {user.username.lower(), user.display_name.strip().lower()}


def _require_open(record: dict[str, Any]) -> None:
    if record.get("closed_at"):
        raise ActionRefused("Deze klacht is al afgehandeld.")


def _require_handler(user: User, record: dict[str, Any]) -> None:
    if record.get("handler") != user.username and not user.is_teamleider:
        raise ActionRefused("Alleen de behandelaar van deze klacht (of een teamleider) kan dit doen.")


def _clean(text: str, field: str, required: bool = False) -> str:
    text = (text or "").strip()
    if required and not text:
        raise ActionRefused(f"Vul {field} in.")
    if len(text) > MAX_TEXT:
        raise ActionRefused(f"{field} is te lang.")
    return text


def claim(user: User) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        if _same_person(user, record.get("employee_concerned", "")):
            raise ActionRefused("U kunt geen klacht behandelen die over uzelf gaat.")
        if record.get("handler") and record["handler"] != user.username and not user.is_teamleider:
            raise ActionRefused("Deze klacht is al in behandeling bij een collega.")
        previous = record.get("handler")
        record["handler"] = user.username
        record["claimed_at"] = record.get("claimed_at") or now_iso()
        return {"handler": [previous, user.username]}
    return mutate


def acknowledge(user: User) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        if record.get("acknowledged_at"):
            raise ActionRefused("De ontvangst is al bevestigd.")
        record["acknowledged_at"] = now_iso()
        return {"acknowledged_at": record["acknowledged_at"]}
    return mutate


def log_correspondence(user: User, kind: str, direction: str, summary: str) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        if kind not in CORRESPONDENCE_KINDS:
            raise ActionRefused("Kies een soort correspondentie.")
        if direction not in ("uitgaand", "inkomend"):
            raise ActionRefused("Kies inkomend of uitgaand.")
        text = _clean(summary, "de samenvatting", required=True)
        at = now_iso()
        record.setdefault("correspondence", []).append(
            {"at": at, "by": user.username, "kind": kind, "direction": direction, "summary": text}
        )
        if direction == "uitgaand":
            record["first_contact_at"] = record.get("first_contact_at") or at
            if kind in PHONE_KINDS:
                record["first_phone_at"] = record.get("first_phone_at") or at
            if kind in WRITTEN_KINDS:
                record["first_written_at"] = record.get("first_written_at") or at
        return {"kind": kind, "direction": direction, "summary": text}
    return mutate


def set_details(user: User, category: str, department: str, employee_concerned: str) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        employee = _clean(employee_concerned, "de medewerker")[:200]
        handler = record.get("handler")
        if handler and employee and employee.strip().lower() == handler.lower():
            raise ActionRefused("De behandelaar mag niet de medewerker zijn over wie de klacht gaat.")
        changes = {}
        for field, value in (("category", _clean(category, "de aard")[:200]),
                             ("department", _clean(department, "de afdeling")[:200]),
                             ("employee_concerned", employee)):
            if record.get(field) != value:
                changes[field] = [record.get(field), value]
                record[field] = value
        return changes
    return mutate


def set_outcome(user: User, outcome: str, reasoning: str, actions: list[str], leerpunt: str) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        _require_handler(user, record)
        if outcome not in OUTCOMES:
            raise ActionRefused("Kies gegrond, deels gegrond of ongegrond.")
        unknown = set(actions) - set(ACTIONS_TAKEN)
        if unknown:
            raise ActionRefused("Onbekende actie.")
        record["outcome"] = outcome
        record["reasoning"] = _clean(reasoning, "de motivering", required=True)
        record["actions_taken"] = [a for a in ACTIONS_TAKEN if a in actions]
        record["leerpunt"] = _clean(leerpunt, "het leerpunt")
        return {"outcome": outcome, "reasoning": record["reasoning"],
                "actions_taken": record["actions_taken"], "leerpunt": record["leerpunt"]}
    return mutate


def refer_to_kifid(user: User) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_handler(user, record)
        if record.get("kifid_referral"):
            raise ActionRefused("De klant is al gewezen op het Kifid.")
        record["kifid_referral"] = True
        record["kifid_referred_at"] = now_iso()
        return {"kifid_referral": True}
    return mutate


def close(user: User) -> Mutation:
    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        _require_handler(user, record)
        if not record.get("outcome"):
            raise ActionRefused("Leg eerst de uitkomst met motivering vast.")
        at = now_iso()
        record["final_answer_at"] = record.get("final_answer_at") or at
        record["closed_at"] = at
        return {"closed_at": at, "outcome": record["outcome"]}
    return mutate
