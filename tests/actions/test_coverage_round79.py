"""Issue 11, round 79 (education, courses and learning): readings found in its blind first run, each in new wordings
(not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components.third_party import coverage_story


def test_a_learner_in_a_driving_lesson_drives_for_no_trade() -> None:
    # Verkeer 3a; 4c is for the instructor, whose lesson car is his trade
    assert kind("Op mijn rijles reed een bestelbus tegen de zijkant van de lesauto, ik heb een whiplash.") == (
        "verkeersongeval"
    )
    assert kind("Ik ben rijinstructeur; tijdens een les ramde een vrachtwagen mijn lesauto.") == "beroepsvervoer"


def test_a_debt_that_cannot_be_paid_is_11l_unless_the_claim_is_disputed() -> None:
    assert (
        kind(
            "Ik kan de rekening van de tandarts van 2.300 euro niet betalen en nu dreigt het incassobureau met beslag."
        )
        == "schulden"
    )
    assert (
        kind(
            "Het bedrijf eist 400 euro voor een cursus die ik nooit heb gekregen; ik kan dat niet betalen en nu komt er incasso."
        )
        == "consumentenkoop"
    )


def test_own_material_a_starters_package_and_an_eruption() -> None:
    assert kind("Een website verkoopt mijn zelfgemaakte lesbrieven voor gitaar zonder te vragen.") == (
        "intellectueel_eigendom"
    )  # art. 11o
    assert kind(
        "Ik kocht een cursus nagelstyliste met een starterspakket voor mijn salon aan huis; de helft ontbreekt."
    ) == ("bedrijf_starten")  # art. 11h
    assert kind(
        "Onze reis naar IJsland ging niet door door de uitbarsting van de vulkaan; de touroperator betaalt niks terug."
    ) == ("natuurramp")  # art. 11m


def test_doen_jullie_dat_asks_for_help() -> None:
    assert coverage_story(
        "Mijn school weigert mijn diploma uit te reiken omdat ik een boek niet terugbracht. Doen jullie dat?"
    )
