"""Issue 11, round 16: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers15.jsonl, written blind from seed 004). Each test names the seed article that
decides it; the texts are new wordings of the class."""

from __future__ import annotations

from decimal import Decimal

from testkit.stories import first, kind

from flexbot.flexpolis import dialogue


def test_months_still_to_pay_count_for_the_minimum() -> None:
    assert dialogue.amount_in_text("de sportschool schrijft nog 4 maanden 19,95 af") == Decimal("79.80")
    assert "175 of minder" in first("De kapper schrijft nog 2 termijnen 40,00 af terwijl ik heb opgezegd")  # art. 11g


def test_a_schools_decision_about_a_pupil_told_with_the_fight_is_c_and_w_2f() -> None:
    assert (
        kind("De school wil mijn dochter schorsen na een ruzie waarbij zij juist geslagen werd") == "overheidsbesluit"
    )


def test_a_secret_video_shared_online_is_harm_by_another() -> None:
    assert (
        kind("Er gaat een video van mijn zoon rond die iemand stiekem maakte, hij staat op Instagram")
        == "onrechtmatige_daad"
    )


def test_a_business_named_by_its_kind_is_not_private() -> None:
    answer = first("Ik heb een kapsalon in Zwolle. De schilder heeft de gevel verpest en wil niet betalen.")
    assert answer.startswith("Dit conflict is niet verzekerd") and "particulier" in answer  # C&W 1


def test_no_minimum_for_verkeer_also_names_the_minimum_of_the_others() -> None:
    answer = first("Een auto raakte mijn fiets, 90 euro schade. Ik heb Verkeer. Is dat niet te weinig?")
    assert "geen minimumbedrag" in answer and "€ 175" in answer  # art. 11g


def test_a_monthly_amount_with_the_months_so_far_is_their_sum() -> None:
    assert dialogue.amount_in_text("ze schrijven 30 euro per maand af, nu al 3 maanden") == Decimal(90)  # art. 11g
    assert dialogue.amount_in_text("de huur gaat 100 euro per maand omhoog") == Decimal(1200)  # a year (docs/policy.md)
