"""What a desk user may see and do with a complaint; every change returns its audit detail."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desk.auth import User
from desk.deadlines import parse_time
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
        for field, value in (
            ("category", _clean(category, "de aard")[:200]),
            ("department", _clean(department, "de afdeling")[:200]),
            ("employee_concerned", employee),
        ):
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
        return {
            "outcome": outcome,
            "reasoning": record["reasoning"],
            "actions_taken": record["actions_taken"],
            "leerpunt": record["leerpunt"],
        }

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


# ---------------------------------------------------------------- issue 10 / 15 additions


def assign(user: User, colleague: User | None) -> Mutation:
    """A team leader hands a complaint to a colleague (status follows: "in behandeling")."""

    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        if not user.is_teamleider:
            raise ActionRefused("Alleen een teamleider kan een klacht toewijzen.")
        if colleague is None or not colleague.active or not colleague.can_handle:
            raise ActionRefused("Kies een actieve klachtbehandelaar of teamleider.")
        if _same_person(colleague, record.get("employee_concerned", "")):
            raise ActionRefused("Deze collega kan geen klacht behandelen die over hemzelf of haarzelf gaat.")
        previous = record.get("handler")
        if previous == colleague.username:
            raise ActionRefused("Deze klacht ligt al bij deze collega.")
        record["handler"] = colleague.username
        record["claimed_at"] = record.get("claimed_at") or now_iso()
        return {"handler": [previous, colleague.username], "assigned_by": user.username}

    return mutate


def set_classification(
    user: User, lists: dict[str, list[str]], category: str, department: str, root_cause: str, employee_concerned: str
) -> Mutation:
    """Aard, afdeling and oorzaak from the fixed lists (a value already on the record may stay)."""

    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        employee = _clean(employee_concerned, "de medewerker")[:200]
        handler = record.get("handler")
        if handler and employee and employee.strip().lower() == handler.lower():
            raise ActionRefused("De behandelaar mag niet de medewerker zijn over wie de klacht gaat.")
        changes = {}
        for field, value, label in (
            ("category", category, "aard"),
            ("department", department, "afdeling"),
            ("root_cause", root_cause, "oorzaak"),
        ):
            value = (value or "").strip()
            if value and value not in lists[field] and value != record.get(field):
                raise ActionRefused(f"Kies de {label} uit de lijst.")
            if record.get(field, "") != value:
                changes[field] = [record.get(field), value]
                record[field] = value
        if record.get("employee_concerned") != employee:
            changes["employee_concerned"] = [record.get("employee_concerned"), employee]
            record["employee_concerned"] = employee
        return changes

    return mutate


def mark_no_complaint(user: User, reason: str) -> Mutation:
    """Handler correction: not a complaint after all. Stays in the register and audit trail, leaves
    the KPI counts (reports skip records with `no_complaint`)."""

    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        if record.get("no_complaint"):
            raise ActionRefused("Deze melding is al als geen klacht gemarkeerd.")
        if record.get("closed_at"):
            raise ActionRefused("Een afgehandelde klacht kan niet meer als geen klacht worden gemarkeerd.")
        text = _clean(reason, "de reden", required=True)[:2000]
        record["no_complaint"] = {"at": now_iso(), "by": user.username, "reason": text}
        return {"no_complaint": True, "reason": text}

    return mutate


CUSTOMER_FIELDS = ("name", "address", "email", "phone", "policy_number")


def set_customer(user: User, values: dict[str, str]) -> Mutation:
    """Correct the customer's details (NAW, contact, polis); the audit keeps old and new values."""

    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        customer = record.setdefault("customer", {})
        changes = {}
        for field in CUSTOMER_FIELDS:
            value = _clean(values.get(field, ""), field)[:500] or None
            if field == "email" and value and ("@" not in value or any(c in value for c in " \r\n,;<>")):
                raise ActionRefused("Dat e-mailadres klopt niet.")
            if customer.get(field) != value:
                changes[f"customer.{field}"] = [customer.get(field), value]
                customer[field] = value
        if not changes:
            raise ActionRefused("Er is niets gewijzigd.")
        return changes

    return mutate


def delay_notice(user: User, new_due_iso: str, current_due_iso: str, reason: str) -> Mutation:
    """A dated delay notice ("wij laten u weten wanneer u ons antwoord krijgt"): moves the answer
    deadline to `new_due_iso`, with a reason (Gedragscode Klachtbehandeling)."""

    def mutate(record: dict[str, Any]) -> dict[str, Any]:
        _require_open(record)
        _require_handler(user, record)
        text = _clean(reason, "de reden", required=True)[:2000]
        if parse_time(new_due_iso) <= parse_time(current_due_iso):  # type: ignore[operator]
            raise ActionRefused("De nieuwe datum moet na de huidige termijn liggen.")
        at = now_iso()
        record.setdefault("delay_notices", []).append(
            {"at": at, "by": user.username, "from": current_due_iso, "to": new_due_iso, "reason": text}
        )
        record["answer_due"] = new_due_iso
        return {"answer_due": [current_due_iso, new_due_iso], "reason": text}

    return mutate
