"""Issue 11, round 54: classes from the misses of a held-out pair written blind from seed 004 (money and things:
what people buy, sell, rent, lend, inherit and insure), each tested in new wordings with the seed's article."""

from __future__ import annotations

from flexbot.flexpolis import dialogue
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.dialogue_amounts import amount_in_text


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_money_words_that_are_not_the_conflict() -> None:
    # C&W 2a (a thing lent and broken is no money lent, 3f); C&W 3d (a crypto 'tax' is no tax law, 11j); C&W 2b (the
    # bank blocking the account the salary is on is no employment conflict)
    assert _kind("Ik heb mijn drone (899 euro) uitgeleend aan mijn neef en hij heeft hem laten neerstorten.") != (
        "geld_uitgeleend"
    )
    assert _kind("Mijn broer heeft 2.000 euro van me geleend.") == "geld_uitgeleend"
    facts = dialogue.facts_in_description(
        "Een tradingplatform voor bitcoin wil pas uitbetalen als ik eerst 900 euro 'belasting' stuur."
    )
    assert facts.get("conflict") == "vermogensbeheer"
    assert _kind("De bank heeft mijn rekening bevroren, mijn loon staat erop en ik kan de huur niet betalen.") == (
        "consumentenkoop"
    )


def test_another_partys_bankruptcy_is_no_own_debt() -> None:
    # art. 11l is the customer's own debt; money lent to a business that went bankrupt is C&W 3f (or 3d)
    assert _kind("Via een platform leende ik 2.500 euro aan een bakkerij. De bakkerij ging vorige maand failliet.") != (
        "schulden"
    )


def test_no_minimum_verdict_on_a_side_amount() -> None:
    # art. 11g: the small amount beside a larger sum told without "euro" is not taken as what the conflict is about
    assert amount_in_text("Mijn spaargeld van 3.000 staat vast en de bank rekent 25 euro administratiekosten.") is None
    assert amount_in_text("De webshop stuurt een rekening van 80 euro.") == 80


def test_cars_races_and_homes_by_their_names() -> None:
    # Verkeer 4d (a Golf bought privately without a warranty), C&W 2d (a home agreed on, not yet signed)
    facts = dialogue.facts_in_description(
        "Polo gekocht van een particulier, zonder garantie, na een week koppakking stuk."
    )
    state, _ = dialogue.apply(CheckState(), facts)
    assert facts.get("conflict") == "contract_motorrijtuig" and "4d" in " ".join(state.verdict().articles)
    assert (
        _kind(
            "We waren het mondeling eens over de koop van een appartement, maar voordat we konden tekenen verkocht de "
            "eigenaar het aan een ander."
        )
        == "woning_kopen_voor_tekenen"
    )


def test_an_own_insurer_by_its_kind_is_another_party() -> None:
    from bot.components.third_party import coverage_story

    # seed 000: anger at the own car insurer, and "een klacht indienen tegen die verzekeraar", is not about ARAG
    assert coverage_story(
        "Mijn eigen autoverzekeraar weigert de schade van 1.800 te betalen. Ik wil een klacht indienen tegen die "
        "verzekeraar. Dit is toch waar je een allrisk voor hebt?"
    )
    assert not coverage_story("Slechtste verzekeraar ooit, jullie betalen nooit.")


def test_the_same_car_bought_otherwise_after_a_verdict() -> None:
    from actions.coverage_follow_up import _hypothetical

    # Verkeer 4d: "stel dat ik hem van een particulier had gekocht zonder garantie" keeps the car of the story
    story = "Occasion gekocht bij een erkende dealer met garantie, na een maand versnellingsbak kapot."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(story))
    answer = _hypothetical(
        {"description": story, "state": state.dump()}, "En als ik hem van een particulier had gekocht zonder garantie?"
    )
    assert answer and "4d" in answer, answer


def test_the_own_home_told_beside_the_story() -> None:
    # the Eigen woning option ("conflict over een overeenkomst voor uw eigen woning"): work on a home told as the
    # customer's own, a purchase contract signed; before signing it is C&W 2d
    assert (
        _kind("De tegelzetter heeft de badkamervloer scheef gelegd, 3.000 euro. Het is mijn eigen huis.")
        == "eigen_woning"
    )
    assert _kind("In mei hebben we de koopovereenkomst voor ons appartement getekend; de verkoper ruimt niets op.") == (
        "eigen_woning"
    )
    assert _kind("We zouden morgen de koopovereenkomst voor de woning tekenen, maar de verkoper haakt af.") == (
        "woning_kopen_voor_tekenen"
    )
