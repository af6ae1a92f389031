"""Issue 11, round 78 (winter and the end of the year): readings found in its blind first run, each in new wordings
(not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components.third_party import coverage_story
from flexbot.complaints.detector import load_detector
from flexbot.flexpolis import english


def test_the_neighbours_as_where_a_parcel_went_are_no_party() -> None:
    # C&W 2b: the webshop's delivery is the conflict; the neighbours only say where the parcel is not (or is)
    assert (
        kind(
            "Mijn bestelling van 320 euro staat als afgeleverd, maar ik heb niets gekregen en bij de buren ligt ook niks. "
            "De winkel wil niet opnieuw sturen."
        )
        == "consumentenkoop"
    )
    assert (
        kind(
            "De koerier heeft mijn pakket naar de verkeerde buren gebracht; de webwinkel zegt dat het nu mijn zaak is."
        )
        == "consumentenkoop"
    )
    # the neighbours themselves keeping it: a conflict with the neighbours (C&W 2e)
    assert kind("De overburen hebben mijn pakket aangenomen en weigeren het af te geven.") == "burenconflict"


def test_a_ban_for_everyone_is_a_rule_not_a_decision_about_the_customer() -> None:
    # art. 11k: not agreeing with laws or rules of the government; a decision about oneself stays C&W 2f
    assert kind(
        "De gemeente heeft een algeheel barbecueverbod in de parken ingesteld en daar wil ik tegen ageren."
    ) == ("wetgeving")
    assert (
        kind("Het UWV wijst me af op grond van de nieuwe regeling, maar die regeling vind ik oneerlijk.") == "wetgeving"
    )
    assert kind("De gemeente heeft mijn aanvraag voor een invalidenparkeerplaats afgewezen.") != "wetgeving"


def test_an_english_car_that_slid_into_the_customers_car_is_a_collision() -> None:
    # Verkeer 3a, not a repair contract (3e): the repair quote is the damage
    story = english.gist(
        "Last week a taxi skidded on the wet road into the side of my car. The repair estimate is 2,100 euros and "
        "the driver blames the rain."
    )
    assert kind(story) == "verkeersongeval"


def test_asking_arag_to_hold_the_other_party_liable_is_no_complaint() -> None:
    assert coverage_story(
        "Door de sneeuw is het afdak van de camping op onze caravan gezakt en de camping zegt dat het overmacht was. "
        "Ik wil graag dat jullie de camping aansprakelijk stellen."
    )


def test_winter_falls_witnesses_and_rides_for_an_app() -> None:
    # Verkeer 3b: a fall on an unsalted road without a motor vehicle
    assert (
        kind(
            "Ik gleed met mijn fiets onderuit op de brug, die was niet gestrooid. Hand gekneusd, de provincie wil niet betalen."
        )
        == "schade_zonder_motorrijtuig"
    )
    # C&W Eigen woning: the previous owner sold the home; the neighbour only says what he knows
    assert (
        kind("Sinds we het huis hebben gekocht lekt de kelder. De buren zeggen dat de vorige eigenaar dat wist.")
        == "eigen_woning"
    )
    # Verkeer 4c: driving people around for pay through an app
    assert kind("In het weekend rijd ik klanten rond voor een taxi-app en gisteren reed iemand tegen mijn auto.") == (
        "beroepsvervoer"
    )


def test_service_named_in_a_rhetorical_question_is_a_complaint() -> None:
    detector = load_detector()
    for text in (
        "Drie weken na mijn melding nog niemand gesproken. Noemen jullie dat service?",
        "Is dit nou jullie klantenservice?",
    ):
        assert detector.detect(text).complaint, text
    assert not detector.detect("Mijn garage reageert al weken niet. Noemt hij dat service?").complaint
