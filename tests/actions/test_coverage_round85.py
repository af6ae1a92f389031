"""Issue 11, round 85 (cars, motorbikes and scooters): readings found in its blind first run, each in new wordings (not
the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components import third_party


def test_a_tyre_fitter_whose_wheel_came_loose_is_the_vehicles_repair() -> None:
    # Verkeer 3e (3b): the work on the car; no complaint about ARAG
    story = (
        "Bij de bandenservice mijn winterbanden laten wisselen en op de snelweg liep een wiel los. Ze ontkennen alles."
    )
    assert kind(story) == "contract_motorrijtuig"
    assert third_party.coverage_story(story + " Kunnen jullie helpen?")


def test_a_garage_called_thieves_keeps_the_repair_contract() -> None:
    # Verkeer 3e: calling the garage 'dieven' does not make the repair a crime (art. 12 / C&W 2a)
    assert kind("Dat autobedrijf zijn gewoon dieven, 900 euro voor een reparatie die niks heeft opgelost.") == (
        "contract_motorrijtuig"
    )


def test_a_pothole_that_damaged_the_motorbike_is_verkeer_3b() -> None:
    assert kind(
        "Met mijn scooter door een diepe kuil in de straat gereden; de voorvork is krom en de gemeente weigert."
    ) == ("schade_vervoermiddel")


def test_another_rider_and_how_to_report_ask_about_cover() -> None:
    # no complaint about ARAG: the other rider is the party; asking how to report is a question to ARAG
    assert third_party.coverage_story(
        "Op de kartbaan reed een andere deelnemer me bewust klem en mijn kart is kapot. Kan ARAG hem aansprakelijk stellen?"
    )
    assert third_party.coverage_story("Iemand reed net tegen mijn geparkeerde auto. Hoe meld ik dat bij jullie?")
