"""Issue 11, rounds 50-51: classes from the misses of two held-out sets written blind from seed 004 (people in their
twenties and thirties; a week after a storm), each tested in new wordings with the seed's article."""

from __future__ import annotations

from flexbot.flexpolis import conversation, dialogue, english
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.dialogue_country import country_in_description


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_torts_told_in_other_words() -> None:
    # C&W 2a: "schade doordat iemand anders iets deed of naliet", also on a ski holiday; the neighbours' camera is a
    # witness, no party (C&W 2e)
    assert _kind("Tijdens de skivakantie reed een snowboarder me van achteren omver, pols gebroken.") == (
        "onrechtmatige_daad"
    )
    assert (
        _kind("Mijn fysiotherapeut verrekte mijn schouder. Kan ik hem aansprakelijk stellen?") == "onrechtmatige_daad"
    )
    assert _kind("Iemand heeft de banden van mijn scooter doorgesneden; de deurbel van de buren filmde het.") != (
        "burenconflict"
    )


def test_money_lent_and_the_insurer_by_its_kind() -> None:
    # C&W 3f (money lent is excluded, whatever it was for); C&W 2b (an insurer is a consumer contract)
    assert _kind("Tweeduizend euro heeft mijn oud-collega van me geleend voor zijn huur.") == "geld_uitgeleend"
    assert _kind("De inboedelverzekeraar weigert de waterschade te betalen.") == "consumentenkoop"


def test_the_law_and_the_state() -> None:
    # art. 11k: "u bent het niet eens met wetten of regels van de overheid"
    assert _kind("Door het leenstelsel heb ik een enorme schuld. Ik wil de Staat aanklagen.") == "wetgeving"


def test_who_is_insured_for_adult_relatives() -> None:
    # art. 1: a brother, or a son living on his own, is not insured with the policyholder
    for text in (
        "Mijn zusje woont in Delft en heeft ruzie met haar werkgever. Mag zij mijn Flexpolis gebruiken?",
        "Onze dochter woont al jaren op zichzelf en heeft gedoe met de huisbaas. Kan zij daar gebruik van maken?",
    ):
        assert dialogue.facts_in_description(text).get("involved") == "other", text


def test_time_place_and_amount() -> None:
    # art. 11c ("nu (juli)"), C&W 4 (a guest coming over is no place of the conflict), art. 11g (the thing lost)
    found = dialogue.facts_in_description(
        "Tot eind februari had ik de polis, toen opgezegd. Nu (juni) heb ik ruzie met mijn oude werkgever."
    )
    assert found.get("facts.gemeld_na_einde") is True, found
    assert country_in_description("De zaal annuleert ons feest; mijn tante komt speciaal uit Canada over.") is None
    assert dialogue.amount_in_text(
        "Mijn racefiets van 1.800 euro is gestolen uit de stalling van 10 euro per maand."
    ) == (1800)


def test_english_a_hotel_manager_a_punch_and_a_car_reversed_into() -> None:
    # C&W 2b (a hotel booked, C&W 4 outside the EU), C&W 2a (assault), Verkeer 3a
    gist = english.gist("We booked a hotel in Egypt and the manager refuses a refund for the dirty room.")
    assert dialogue.facts_in_description(gist).get("conflict") == "consumentenkoop", gist
    gist = english.gist("A man punched me outside a club in Rotterdam. Can I claim damages?")
    assert "art. 2a Consument & Wonen" in (conversation.coverage_first(gist) or ""), gist
    gist = english.gist("In Spain a van reversed into our rental car. We have Verkeer.")
    assert "art. 3a Verkeer" in (conversation.coverage_first(gist) or ""), gist
