"""Issue 11, round 89 (home improvement, repairs and the neighbourhood): readings found in its blind first run, each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from actions.complaints import about_the_case_decision
from bot.components import third_party
from bot.components.complaint_rules_cleared import english_story_of_another
from flexbot.flexpolis.check_reply import asks_for_help_with_a_case
from flexbot.flexpolis.conversation import faq_topic_in


def test_a_tenants_order_from_a_webshop_is_the_sellers_contract() -> None:
    # C&W 2b, not the rent (C&W 2c)
    assert kind("Ik huur een flat en heb via een webshop een airco besteld, 900 euro betaald, niets geleverd.") == (
        "consumentenkoop"
    )


def test_a_small_guesthouse_in_the_own_home_is_starting_a_business() -> None:
    assert kind("We willen in onze eigen boerderij een klein bedrijfje beginnen, de gemeente zegt nee.") == (
        "bedrijf_starten"
    )  # art. 11h


def test_a_government_agency_refusing_a_subsidy_is_the_other_side() -> None:
    # C&W 2f; no complaint about ARAG
    assert third_party.coverage_story("De RVO wijst mijn subsidie voor zonnepanelen af. Kan ARAG bezwaar maken?")


def test_an_english_housing_corporation_story_is_no_complaint() -> None:
    assert english_story_of_another("Our housing association refuses to repair the leaking roof for months now.")


def test_little_chance_and_not_going_on_is_the_case_decision() -> None:
    # art. 17: the arbitrator
    assert about_the_case_decision("Jullie jurist zegt dat ik weinig kans maak en dat ze niet verder gaat.")


def test_nothing_at_all_you_can_do_asks_what_is_left() -> None:
    # Inleiding: first advice free, a discount
    assert faq_topic_in("Is er dan echt niets wat jullie voor me kunnen doen?") == "not_covered"


def test_can_arag_defend_me_asks_for_help_with_the_case() -> None:
    # C&W 2k: a liability claim against the customer
    assert asks_for_help_with_a_case(
        "De schilder viel van zijn trap en stelt mij aansprakelijk voor 8.000 euro. Kunnen jullie mij verdedigen?"
    )
