"""Rounds 143-146 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
Stories about a care provider's bill, a move to another insurer, an accident's lasting pain and a transfer at work were
registered as complaints: "extra service" on a bill, "klachten aan mijn knie", "toen ik nog bij jullie zat" and ARAG
asked "met hulp van jullie" read as ARAG's side; a question whether the deceased's policy goes on was one too. ARAG's
own service blamed stays a complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import nlu, routed

from bot.components.complaint_rules_cleared import policy_after_a_death
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # a care provider's bill for services never asked for, with a question whether they may
        "Ik woon sinds kort in een verpleeghuis en nu staat er elke maand 60 euro extra service op de rekening. Daar heb "
        "ik nooit om gevraagd. Mag dat zomaar?",
        # lasting pain after an accident: complaints of the body, not about ARAG
        "Twee jaar geleden ben ik op de fiets aangereden. Ik heb het zelf met zijn verzekeraar geprobeerd, maar ik heb "
        "nog altijd klachten aan mijn knie. Is het nu te laat om jullie in te schakelen?",
        # ARAG asked for its help after the act
        "Als ambtenaar word ik tegen mijn zin naar een ander kantoor overgeplaatst. Kan ik bezwaar maken met hulp van jullie?",
        # the customer moved to another insurer; the time with ARAG told as a fact
        "Ik ben overgestapt naar een andere rechtsbijstandverzekeraar. Toen ik nog bij jullie zat, had ik een aanrijding. "
        "Kan ik die alsnog bij jullie melden?",
    ],
)
def test_a_story_with_arag_named_only_to_ask_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    found = routed(text, "check_coverage", "complaint")
    assert found["detection"]["decision"] == "none", found


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vrouw is vorige maand overleden en de verzekering bij jullie stond op haar naam. Loopt die nu door voor mij?",
        "De polis stond op zijn naam. Geldt die nog wel?",
    ],
)
def test_the_deceased_policy_asked_about_is_no_complaint(text: str) -> None:
    # art. 15: the partner may go on with the policy
    assert policy_after_a_death(text)
    assert nlu(text, "nlu_fallback").get("complaint")["decision"] != "complaint"


def test_arags_own_service_blamed_stays_a_complaint() -> None:
    text = "Toen ik nog bij jullie zat heeft jullie behandelaar mijn zaak laten liggen. Dat vind ik schandalig."
    assert not coverage_story(text)
    assert nlu(text, "check_coverage").get("complaint")["decision"] == "complaint"
