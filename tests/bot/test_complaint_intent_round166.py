"""Round 166 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
Questions about the policy were registered as complaints: what is never covered asked with "valt ... onder", what ARAG
still does for a case supposed not covered, a sigh before the next question, an English question with an apology for
one's Dutch; the policy read out was a check question."""

from __future__ import annotations

import pytest

from bot.components.complaint_rules_cleared import (
    _asks_what_is_left_out,
    asks_what_is_left,
    english_policy_question,
    plain_fact,
    sigh_then_a_question,
)


@pytest.mark.parametrize(
    "text", ["Wat valt er eigenlijk niet onder jullie verzekering?", "welke dingen vallen er nooit onder? graag kort"]
)
def test_what_is_never_covered_is_a_policy_question(text: str) -> None:
    assert _asks_what_is_left_out(text)


def test_what_is_never_covered_with_blame_stays() -> None:
    assert not _asks_what_is_left_out("Wat valt er bij jullie nou eigenlijk niet onder? Belachelijk dit.")


def test_what_arag_does_for_a_case_supposed_not_covered() -> None:
    assert asks_what_is_left("Stel dat mijn zaak niet gedekt is, kunnen jullie dan helemaal niks voor me doen?")


@pytest.mark.parametrize(
    "text",
    [
        "Helaas. Volgende maand ga ik naar Spanje, geldt mijn verzekering daar ook?",
        "Jammer dan. Hoe zit het eigenlijk met een eigen risico?",
    ],
)
def test_a_sigh_before_the_next_question_is_no_complaint(text: str) -> None:
    assert sigh_then_a_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jammer. Waarom duurt het bij jullie altijd zo lang voordat iemand terugbelt?",
        "Helaas, ik ben teleurgesteld. Hoe meld ik iets nieuws?",
        "Jammer want ik betaal al jaren premie en nu dit. Kan ik opzeggen?",
    ],
)
def test_a_sigh_with_blame_or_more_than_a_sigh_stays(text: str) -> None:
    assert not sigh_then_a_question(text)


def test_an_english_policy_question_with_an_apology_for_ones_dutch() -> None:
    assert english_policy_question("Is my wife covered by the policy as well? Sorry, mijn Nederlands is niet zo goed.")
    assert not english_policy_question(
        "Is my wife covered too? Your service is terrible. Mijn Nederlands is niet goed."
    )


def test_the_policy_read_out_is_a_fact() -> None:
    assert plain_fact("Op mijn polis staat alleenstaand, dat is nog van vroeger.")


def test_an_english_apology_beside_a_complaint_about_arags_jurist_stays() -> None:
    assert not english_policy_question(
        "ik wil klagen. jullie jurist was heel onbeleefd aan de telefoon. my dutch is not perfect but I am not stupid. kan "
        "ik een andere jurist krijgen?"
    )


def test_a_dutch_question_is_no_english_one() -> None:
    # "is" and "we" are Dutch too: the rule needs English beside the apology
    assert not english_policy_question(
        "Het besluit is van vorige week en we hebben 6 weken. Hoe melden we het bij jullie?"
    )
