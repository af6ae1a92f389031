"""Issue 11, twenty-first session, rounds 157-160 (work and income, housing, older customers, one detail changed):
readings, routes and answers fixed from their misses and from the open list of the last session, each tested in new
wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

import pytest
from testkit.coverage_form import check, joined

from flexbot.flexpolis import conversation, dialogue

# ---------------------------------------------------------------- art. 1: the partner one lives with as the other side
HOUSEHOLD_AGAINST = [
    "Mijn vriendin, met wie ik samenwoon, eist dat ik de helft van de energierekening terugbetaal. Ik heb Consument & Wonen.",
    "Ik heb ruzie met mijn samenwonende partner over de scooter die we samen hebben gekocht.",
    "Gedoe met mijn vriend met wie ik samenwoon: hij heeft mijn laptop laten vallen en wil de reparatie niet betalen.",
]


@pytest.mark.parametrize("text", HOUSEHOLD_AGAINST)
def test_the_partner_one_lives_with_is_the_other_side(text: str) -> None:
    found = dialogue.facts_in_description(text)
    assert (found.get("opponent"), found.get("involved")) == ("partner", "policyholder")


def test_the_partner_as_other_side_is_answered_before_alleenstaand_is_asked() -> None:
    # art. 1: both insured unless the policy says 'alleenstaand'; then neither can use the insurance
    _, replies = check(
        "Mijn vriend, met wie ik samenwoon, wil dat ik mijn deel van de huur van de afgelopen maanden terugbetaal. "
        "Ik heb Consument & Wonen.",
        "nee",
    )
    first, after = joined(replies, 0), joined(replies, 1)
    assert "geen van beiden" in first and "art. 1" in first and "alleenstaand" in first
    assert "niet verzekerd" in after and "geen van beiden" in after


def test_a_claim_between_partners_without_a_kind_is_no_cover() -> None:
    _, replies = check(HOUSEHOLD_AGAINST[0])
    assert "geen van beiden" in joined(replies, 0) and "art. 1" in joined(replies, 0)


def test_a_landlord_who_claims_is_no_household_member() -> None:
    found = dialogue.facts_in_description(
        "Mijn verhuurder wil dat ik de schade aan het aanrecht betaal, 700 euro. Mijn vriendin en ik wonen samen."
    )
    assert found.get("opponent") != "partner"


# ---------------------------------------------------------------- the modules in a sentence of their own
@pytest.mark.parametrize(
    ("text", "modules"),
    [
        ("De sportschool int nog steeds contributie na mijn opzegging. Consument & Wonen.", {"consument_wonen"}),
        ("Mijn werkgever betaalt mijn overuren niet uit. C&W en Inkomen", {"consument_wonen", "inkomen"}),
        ("Een taxi reed achter op mij in. Alleen Verkeer!", {"verkeer"}),
    ],
)
def test_modules_named_in_a_sentence_of_their_own(text: str, modules: set[str]) -> None:
    assert set(dialogue.facts_in_description(text)["modules"]) == modules


def test_a_module_word_inside_a_sentence_is_no_list_of_modules() -> None:
    assert "modules" not in dialogue.facts_in_description("Ik had een conflict in het verkeer.")
    assert conversation.coverage_first("Mijn huurbaas houdt de borg van 900 euro in. Inkomen.") is not None
