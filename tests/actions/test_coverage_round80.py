"""Issue 11, round 80 (health, care and the body): readings found in its blind first run, each in new wordings (not
the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from actions.complaints import asks_where_to_file
from flexbot.flexpolis import dialogue


def test_the_other_sides_liability_insurer_is_no_claim_on_the_customer() -> None:
    # C&W 2a or 2b (the treatment is a contract too), never 2k: the customer claims
    story = (
        "Na mijn knieoperatie is er een infectie ontstaan door een fout. De aansprakelijkheidsverzekeraar van de kliniek "
        "wijst alles af."
    )
    assert kind(story) in ("onrechtmatige_daad", "consumentenkoop")
    # 2k: the customer's own liability insurer, with a claim on the customer
    assert kind(
        "Mijn buurjongen zegt dat ik zijn fiets heb beschadigd; mijn aansprakelijkheidsverzekering doet moeilijk."
    ) == ("aansprakelijk_gesteld")


def test_a_parent_at_their_own_home_and_a_mentorship() -> None:
    # C&W 2g: a mentor appointed by the court; the father lives in his own home, so the brother is no insured person
    assert (
        kind(
            "Mijn moeder woont nog thuis met hulp. Ik wil bij de rechter haar mentor worden, mijn zus is het daar niet mee eens."
        )
        == "familierecht"
    )


def test_driving_against_the_doctors_word_is_4a() -> None:
    assert (
        kind(
            "De neuroloog zei dat ik na de aanval een half jaar niet mocht autorijden. Ik ben toch gaan rijden en raakte een fietser."
        )
        == "onder_invloed"
    )


def test_collection_costs_told_as_added_do_not_count() -> None:
    # art. 11g: "komt er 35 euro aan kosten bij" is left out of the amount
    found = dialogue.facts_in_description(
        "De tandarts wil 150 euro voor een gemiste afspraak. Nu komt er 35 euro aan incassokosten bij, samen 185 euro."
    )
    assert found["amount"] == 150


def test_asking_where_to_file_a_complaint() -> None:
    assert asks_where_to_file("Ik ben het hier niet mee eens en wil een klacht indienen. Bij wie moet ik zijn?")
    assert asks_where_to_file("waar moet ik naartoe met een klacht over mijn behandelaar?")
    assert not asks_where_to_file("Waar moet ik de papieren van mijn zaak heen sturen?")
