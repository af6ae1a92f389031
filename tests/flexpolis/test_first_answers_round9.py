"""Issue 11, round 9: classes of wrong first answers found with held-out customer questions and
conversations (data/eval/first_answers8.jsonl, conversations4/5.jsonl, written blind from seed 004).
Each test names the seed article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

from decimal import Decimal

import pytest
from testkit.stories import first

from flexbot.flexpolis.dialogue import amount_in_text


# Art. 9 and 11c: a conflict told after the policy ended ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ik heb mijn rechtsbijstand per 1 maart stopgezet en nu doet de schilder moeilijk over de rekening",
        "onze polis is afgelopen zomer beeindigd, sinds kort ruzie met de huisbaas over achterstallig onderhoud",
    ],
)
def test_a_conflict_after_the_policy_ended_names_art_9_and_11c(text: str) -> None:
    answer = first(text)
    assert "art. 9" in answer and "art. 11c" in answer
    assert answer.index("art. 9") < answer.index("Met de module")  # said before the module's verdict


@pytest.mark.parametrize(
    "text",
    [
        "ik wil mijn polis opzeggen want mijn werkgever betaalt mijn loon niet",  # not ended yet
        "mijn zorgverzekering is gestopt en mijn werkgever betaalt niet",  # another insurance
    ],
)
def test_an_ending_that_is_no_ended_policy_adds_nothing(text: str) -> None:
    assert "art. 11c" not in first(text)


# Art. 11g counts the amount of the conflict: a price per piece is multiplied by the pieces told --------
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Het theater gaf geen geld terug voor 3 kaartjes van 65 euro", Decimal(195)),
        ("twee stoelen a 120 euro zijn kapot geleverd", Decimal(240)),
        ("ik heb 3 jaar geleden 120 euro betaald", Decimal(120)),  # years are no pieces
    ],
)
def test_a_price_per_piece_counts_for_all_pieces(text: str, amount: Decimal) -> None:
    assert amount_in_text(text) == amount


def test_two_pieces_above_the_minimum_together_are_not_held_to_it() -> None:
    answer = first("De webshop levert 2 stoelen van 110 euro niet en geeft mijn geld niet terug. Kunnen jullie helpen?")
    assert "175 of minder" not in answer and "2b" in answer
    assert "175 of minder" in first("De webshop levert 1 stoel van 110 euro niet en geeft mijn geld niet terug.")
