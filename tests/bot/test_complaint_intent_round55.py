"""Round 55 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service; an
English story about the customer's own contract party (a gym, a phone company) asks ARAG for help (seed 004 art. 3:
ARAG answers in Dutch) and is no complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed

from bot.components.complaint_rules_cleared import english_story_of_another


@pytest.mark.parametrize(
    "text",
    [
        "My fitness club keeps taking 39 euros every month even though I cancelled in March. Can you help?",
        "Sorry for the English. The phone company charged me 300 euro for a contract I never signed, what can I do?",
    ],
)
def test_an_english_story_about_a_contract_party_is_no_complaint(text: str) -> None:
    assert english_story_of_another(text)
    found = routed(text, "other_language", "complaint", question=True)
    assert found["detection"]["decision"] == "none", found


def test_an_english_complaint_about_arag_stays() -> None:
    text = "Your handler never called me back and my claim has been waiting for weeks. This is really bad service."
    assert not english_story_of_another(text)
