"""Complaint-handling profiles: the terms a Klachtenbureau promises (ARAG's own, DAS, Dijkstra,
the Gedragscode; seeds 000-003), in working days with Dutch holidays. The desk computes deadlines
with them; the chat tells the customer the active profile's promise. Data:
data/policy/complaint_profiles.yml.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import yaml

from flexbot import settings
from flexbot.flexpolis.knowledge import knowledge

TZ = ZoneInfo("Europe/Amsterdam")
PROFILES_FILE = Path(__file__).resolve().parents[1] / "data" / "policy" / "complaint_profiles.yml"


@dataclass(frozen=True)
class Deadline:
    key: str
    label: str
    amount: int
    unit: str  # "uur" | "werkdagen" | "weken"
    met_by: tuple[str, ...]
    norm: float | None
    source: str

    @property
    def description(self) -> str:
        return f"{self.label} binnen {self.amount} {self.unit}"


@dataclass(frozen=True)
class Profile:
    key: str
    label: str
    deadlines: tuple[Deadline, ...]
    promise_template: str = ""

    @property
    def promise(self) -> str:
        """The Dutch sentence the chat tells a customer about when they will hear from us."""
        amounts = {d.key: f"{d.amount} {d.unit}" for d in self.deadlines}
        return self.promise_template.format(**amounts)


@cache
def _dutch_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year)


def is_working_day(day: date) -> bool:
    """Monday to Friday and not a Dutch public holiday."""
    return bool(_dutch_holidays(day.year).is_working_day(day))


def add_working_days(start: date, n: int) -> date:
    """The n-th working day after `start` (the day of receipt itself is not counted)."""
    if n <= 0:
        return start
    # holidays' calendar spans the years it is asked for; two covers any n a profile uses.
    calendar = holidays.country_holidays("NL", years=range(start.year, start.year + 2))
    day: date = calendar.get_nth_working_day(start, n)
    return day


def due_at(received_at: datetime, deadline: Deadline) -> datetime:
    """When `deadline` falls for a complaint received at `received_at` (aware datetime)."""
    local = received_at.astimezone(TZ)
    if deadline.unit == "uur":
        return local + timedelta(hours=deadline.amount)
    if deadline.unit == "weken":
        return local + timedelta(weeks=deadline.amount)
    if deadline.unit == "werkdagen":
        day = add_working_days(local.date(), deadline.amount)
        return datetime.combine(day, time(23, 59, 59), tzinfo=TZ)
    raise ValueError(f"unknown deadline unit {deadline.unit!r}")


def _article_20_working_days() -> int | None:
    """The contact period of article 20 (periods.complaint_contact of the knowledge file)."""
    period = knowledge().period("complaint_contact")
    return period.value if period.unit == "werkdagen" else None


def load_profiles(path: Path = PROFILES_FILE) -> dict[str, Profile]:
    raw: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    arag_days = _article_20_working_days()
    profiles: dict[str, Profile] = {}
    for key, spec in raw.items():
        deadlines = []
        for d in spec["deadlines"]:
            amount = d["amount"]
            if key == "arag" and d["key"] == "contact" and arag_days is not None:
                amount = arag_days
            deadlines.append(
                Deadline(
                    key=d["key"],
                    label=d["label"],
                    amount=int(amount),
                    unit=d["unit"],
                    met_by=tuple(d["met_by"]),
                    norm=d.get("norm"),
                    source=d.get("source", ""),
                )
            )
        profiles[key] = Profile(
            key=key, label=spec["label"], deadlines=tuple(deadlines), promise_template=spec.get("promise", "")
        )
    return profiles


def get_profile(name: str) -> Profile:
    profiles = load_profiles()
    if name not in profiles:
        raise ValueError(f"unknown DESK_PROFILE {name!r}; choose one of {sorted(profiles)}")
    return profiles[name]


def customer_promise(name: str | None = None) -> str:
    """The active profile's promise to the customer (DESK_PROFILE), for the chat's acknowledgement."""
    return get_profile(name or settings.get().desk_profile).promise
