"""Round 90 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
Stories about a club, a school or a fellow member, told with or without a question, named nobody of ARAG but were
registered as complaints: a group chat ("app-groep") and an allergic reaction read as ARAG's app and ARAG's answer,
the policy told in the past tense ("toen waren we al bij jullie verzekerd") and the customer's own lawyer's bill read
as ARAG's side, and a story without a question was never read as a coverage story. ARAG's side named in the same
stories keeps the complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed

from bot.components.complaint_rules_bureau import unhappy_with_bureau_decision
from bot.components.complaint_rules_cleared import checks_the_answer, english_story_of_another
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # told without a question, naming a club or a member of it
        "Naast ons huis ligt de hockeyclub en elke zaterdag staan hun bezoekers met auto's voor onze oprit, de "
        "vereniging zegt dat ze er niks aan kan doen.",
        "Een teamgenoot van de volleybal zet in de groepsapp en in de app-groep van het team dat ik de kas heb "
        "leeggehaald, iedereen gelooft hem.",
        # a question, the policy told in the past tense
        "Sinds de zomer (toen was ik al bij jullie verzekerd) laat de muziekschool mijn lessen steeds uitvallen en "
        "reageert niet meer op mijn mails. Kunnen jullie daar wat mee?",
        # the customer's own lawyer and bill; ARAG not yet called
        "Ik heb zelf al een advocaat ingeschakeld tegen de dansschool. Die advocaat stuurt nu een rekening van 900 "
        "euro. Ik heb jullie nog niet gebeld, mag dat nog?",
        # a story with an allergic reaction and the policy taken out later
        "De hondenschool liet onze pup met een zieke hond spelen, hij kreeg een allergische reactie en de dierenarts "
        "kostte 600 euro. In maart hebben we deze rechtsbijstand afgesloten. Kunnen we dit bij jullie melden?",
    ],
)
def test_a_story_about_a_club_or_school_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    found = routed(text, "check_coverage", "complaint")
    assert found["detection"]["decision"] == "none" and found["intent"] == "check_coverage", found


@pytest.mark.parametrize(
    "text",
    [
        "The choir's director says I owe 300 euros for a concert dress I never ordered, and the choir won't listen. "
        "Is that covered?",
        "I coach kids at a local club and one parent now claims I hurt her son during training. What can I do?",
    ],
)
def test_an_english_story_about_a_club_is_no_complaint(text: str) -> None:
    assert english_story_of_another(text)


def test_the_conditions_cited_back_are_no_complaint() -> None:
    assert checks_the_answer(
        "Maar in uw voorwaarden staat toch iets over een maximum voor de rest van de wereld? Ik las dat."
    )
    assert not checks_the_answer("Maar in jullie voorwaarden staat toch dat jullie terugbellen? Belachelijk.")


@pytest.mark.parametrize(
    "text",
    [
        # ARAG's side named outside the asking: the complaint stays
        "De tennisclub doet moeilijk over mijn lidmaatschap, en jullie jurist reageert al drie weken niet op mijn "
        "mails. Kunnen jullie daar wat mee?",
        "Mijn zaak tegen de voetbalvereniging ligt al maanden stil bij jullie, ik hoor niemand meer en dat is echt "
        "slecht geregeld.",
    ],
)
def test_arag_named_in_a_club_story_keeps_the_complaint(text: str) -> None:
    assert not coverage_story(text)


def test_an_english_question_where_to_go_after_the_bureaus_rejection_is_its_decision() -> None:
    # art. 20 / seed 000: the Kifid (the acknowledgement names the next step)
    assert unhappy_with_bureau_decision(
        "My complaint to your Klachtenbureau about my case handler was dismissed last week. Where else can I go?"
    )
    assert not unhappy_with_bureau_decision(
        "I sent a complaint to the Klachtenbureau yesterday, when will I hear back?"
    )
