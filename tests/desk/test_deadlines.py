"""Deadlines per profile across weekends and Dutch public holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from desk.deadlines import DUE_SOON_STATE, LATE, MET, OPEN, OVERDUE, deadline_status
from flexbot.profiles import TZ, add_working_days, due_at, get_profile, is_working_day, load_profiles


def at(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def deadline(profile: str, key: str):
    return next(d for d in get_profile(profile).deadlines if d.key == key)


def test_weekends_and_holidays_are_not_working_days() -> None:
    assert not is_working_day(date(2026, 11, 21))  # Saturday
    assert not is_working_day(date(2026, 4, 27))  # Koningsdag (Monday)
    assert not is_working_day(date(2026, 12, 25))  # Eerste Kerstdag
    assert not is_working_day(date(2026, 4, 6))  # Tweede Paasdag
    assert is_working_day(date(2026, 11, 23))


def test_add_working_days_skips_weekend() -> None:
    assert add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Friday -> Monday


def test_arag_five_working_days_over_koningsdag() -> None:
    # Thursday 23 April 2026: Fri 24, (weekend), Mon 27 Koningsdag skipped, Tue 28, Wed 29, Thu 30, Fri 1 May
    due = due_at(at(2026, 4, 23), deadline("arag", "contact"))
    assert due.date() == date(2026, 5, 1)
    assert (due.hour, due.minute) == (23, 59)


def test_arag_over_christmas_and_new_year() -> None:
    # Wednesday 23 Dec 2026: Thu 24, (25, 26 Kerst, 27 Sunday), Mon 28, Tue 29, Wed 30, Thu 31
    assert due_at(at(2026, 12, 23), deadline("arag", "contact")).date() == date(2026, 12, 31)
    # Thursday 24 Dec 2026: ... Thu 31, (1 Jan Nieuwjaarsdag), (weekend), Mon 4 Jan 2027
    assert due_at(at(2026, 12, 24), deadline("arag", "contact")).date() == date(2027, 1, 4)


def test_das_written_reaction_over_easter() -> None:
    # Thursday 2 April 2026: (3 Goede Vrijdag, weekend, 6 Tweede Paasdag), 7, 8, 9, 10, 13, 14 April
    assert due_at(at(2026, 4, 2), deadline("das", "written_reaction")).date() == date(2026, 4, 14)


def test_das_hours_are_calendar_hours() -> None:
    received = at(2026, 11, 20, 16, 30)  # Friday afternoon
    assert due_at(received, deadline("das", "acknowledgement")) == received + timedelta(hours=24)
    assert due_at(received, deadline("das", "phone_reaction")) == received + timedelta(hours=48)


def test_dijkstra_and_gedragscode() -> None:
    received = at(2026, 12, 24)
    assert due_at(received, deadline("dijkstra", "to_responsible")).date() == date(2026, 12, 30)
    # Seed 003 says 3 weken (§3/4d) and 2 weken (§7): the desk keeps the stricter 2 weken.
    assert due_at(received, deadline("dijkstra", "written_answer")) == received + timedelta(weeks=2)
    assert due_at(received, deadline("gedragscode", "answer")) == received + timedelta(weeks=2)
    assert due_at(received, deadline("gedragscode", "acknowledgement")) == received + timedelta(weeks=2)


def test_profiles_define_the_das_norms() -> None:
    das = load_profiles()["das"]
    assert [d.norm for d in das.deadlines] == [0.90, 0.95, 0.90]
    with pytest.raises(ValueError):
        get_profile("onbekend")


def test_deadline_states() -> None:
    d = deadline("arag", "contact")
    record = {"received_at": at(2026, 11, 16).isoformat(), "status": "nieuw"}  # Monday -> due Mon 23
    assert deadline_status(record, d, at(2026, 11, 18)).state == OPEN
    assert deadline_status(record, d, at(2026, 11, 23, 9)).state == DUE_SOON_STATE
    assert deadline_status(record, d, at(2026, 11, 24, 9)).state == OVERDUE
    assert (
        deadline_status({**record, "first_contact_at": at(2026, 11, 20).isoformat()}, d, at(2026, 12, 1)).state == MET
    )
    assert (
        deadline_status({**record, "first_contact_at": at(2026, 11, 25).isoformat()}, d, at(2026, 12, 1)).state == LATE
    )


def test_article_20_period_is_read_through_the_knowledge_loader() -> None:
    from flexbot.flexpolis.knowledge import knowledge
    from flexbot.profiles import _article_20_working_days

    period = knowledge().period("complaint_contact")
    assert (period.value, period.unit) == (5, "werkdagen")
    # The ARAG profile's first deadline is article 20's period.
    assert _article_20_working_days() == get_profile("arag").deadlines[0].amount == 5


def test_working_days_skip_weekends_and_dutch_holidays() -> None:
    from datetime import date

    from flexbot.profiles import add_working_days, is_working_day

    assert add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)  # Christmas, Boxing Day, weekend
    assert add_working_days(date(2026, 12, 31), 1) == date(2027, 1, 4)  # New Year, then the weekend
    assert not is_working_day(date(2026, 4, 27)) and is_working_day(date(2026, 4, 28))  # Koningsdag


def test_belofte_aan_de_klant_volgt_het_profiel(monkeypatch: Any) -> None:
    from flexbot.profiles import customer_promise

    assert (
        customer_promise("arag") == "Een medewerker van het Klachtenbureau neemt binnen 5 werkdagen contact met u op."
    )
    assert customer_promise("dijkstra") == "U krijgt binnen 2 weken een schriftelijke reactie op uw klacht."
    assert "24 uur" in customer_promise("das") and "48 uur" in customer_promise("das")
    assert customer_promise("gedragscode") == (
        "U krijgt binnen 2 weken een ontvangstbevestiging en binnen 2 weken ons antwoord."
    )
    monkeypatch.setenv("DESK_PROFILE", "dijkstra")
    assert customer_promise() == customer_promise("dijkstra")
