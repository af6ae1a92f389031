"""Art. 14 with the customer's dates (flexbot/flexpolis/premium_dates.py; issue 11 round 17): after the
warning's date 15 days of cover, then none until the day after the premium came in."""

from __future__ import annotations

from datetime import date

from flexbot.flexpolis.premium_dates import gap_answer

TODAY = date(2026, 12, 4)


def test_a_conflict_after_the_15_days_is_not_covered() -> None:
    answer = gap_answer(
        "vandaag 21 maart kreeg ik ruzie met de aannemer", "herinnering voor de premie van 3 maart", TODAY
    )
    assert answer and "niet verzekerd" in answer and "tot en met 18 maart" in answer and "art. 14" in answer


def test_the_payment_date_says_when_cover_came_back() -> None:
    answer = gap_answer(
        "Op 12 juni kreeg ik een boete van mijn huisbaas, ben ik gedekt?",
        "De aanmaning voor de premie was gedateerd 20 mei en ik heb op 14 juni betaald.",
        TODAY,
    )
    assert answer and "tot en met 4 juni" in answer and "vanaf 15 juni" in answer, answer


def test_a_conflict_within_the_15_days_is_left_to_the_check() -> None:
    assert gap_answer("Op 10 mei ontslagen.", "aanmaning van 2 mei", TODAY) is None


def test_a_conflict_after_the_payment_is_left_to_the_check() -> None:
    assert gap_answer("Op 30 mei ruzie met de buren", "aanmaning van 2 mei, op 28 mei betaald", TODAY) is None


def test_no_warning_date_no_answer() -> None:
    assert gap_answer("Op 30 mei ruzie met de buren", "ik ben vergeten de premie te betalen", TODAY) is None


def test_a_letter_date_without_a_premium_is_no_warning() -> None:
    assert (
        gap_answer("Op 20 mei zette hij de verwarming uit.", "Mijn verhuurder stuurde een brief van 1 mei.", TODAY)
        is None
    )
