"""Issue 11, round 9: classes of wrong first answers found with held-out customer questions and
conversations (data/eval/first_answers8.jsonl, conversations4/5.jsonl, written blind from seed 004).
Each test names the seed article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

import pytest
from testkit.stories import first


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
