"""Issue 11, round 70 (home, building and the neighbourhood in plain words): readings found in round 70's first run,
each in new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.complaint_nlu import after_an_answer, routed
from testkit.coverage_form import check, joined
from testkit.stories import kind

from bot.components.complaint_rules_cleared import policy_start_told
from bot.components.third_party import coverage_story
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue, story_facts

ART_2C = "U bent hiervoor verzekerd met de module Consument & Wonen (art. 2c Consument & Wonen) ..."


def test_kinds_of_home_and_neighbourhood() -> None:
    # C&W 2e: the noise upstairs, whatever time the customer starts work; Eigen woning: the seller of the home bought
    # and work on the home; 11l: mortgage arrears; 3d: the sale's money invested; 3a: a storage unit rented
    assert kind("de bovenburen boren elke avond tot 11 uur, ik moet om 5 uur op mijn werk staan") == "burenconflict"
    assert kind(
        "Sinds de zomer wonen we in ons huis uit 1925; nu blijkt de kelder lek en de verkoper heeft dat verzwegen."
    ) == ("eigen_woning")
    assert (
        kind("warmtepomp laten plaatsen door een installateur en nu maakt hij herrie en verwarmt hij niks")
        == "eigen_woning"
    )
    assert (
        kind("Door mijn ziekte loop ik 4 maanden achter met mijn hypotheek, de bank wil een executieveiling.")
        == "schulden"
    )
    assert kind("Het geld van ons verkochte huis heeft de adviseur in een beleggingsfonds gestopt, alles is weg.") == (
        "vermogensbeheer"
    )
    assert kind("Ik huur een garagebox van een man uit de straat, hij zegt de huur ineens op.") == "andere_woning"
    assert kind("Een dakpan van het gebouw is op mijn auto gevallen, de beheerder zegt dat het overmacht is.") == (
        "schade_vervoermiddel"
    )  # Verkeer 3b
    assert kind("De glazenwasser is van de ladder gevallen in mijn tuin en eist hij nu 3.000 euro van mij.") == (
        "aansprakelijk_gesteld"
    )  # C&W 2k


def test_the_own_home_insurer_refusing_is_the_insurance_contract() -> None:
    # C&W 2b: the customer's own (contents) insurer, told as "de verzekering van het huis"
    assert kind("Mijn verzekering van het appartement (inboedel, ik huur het) wil de waterschade niet vergoeden.") == (
        "consumentenkoop"
    )


def test_the_stake_left_after_an_offer() -> None:
    # art. 11g: what is still disputed decides
    found = dialogue.facts_in_description("ze betalen 200 van de 320 euro, dus het gaat nog om 120")
    assert found.get("amount") == 120, found
    assert dialogue.parse_answer("amount", "ze bieden 100 van de 250, het verschil is 150").changes == {"amount": 150}


def test_a_policy_cancelled_by_name() -> None:
    # art. 11c: reported more than a month after the policy ended
    _, replies = check("In maart hebben we onze ARAG opgezegd. Nu eist de koper van ons huis 8.000 euro van ons.")
    assert "art. 11c" in joined(replies, 0), replies


def test_knowing_it_was_not_allowed_told_inverted() -> None:
    # art. 11p: "wist ik wel dat het niet mocht"
    found = dialogue.facts_in_description(
        "Eerlijk gezegd wist ik best dat het niet mocht, die schuur zonder vergunning."
    )
    assert found.get("facts.voorzienbaar") is True, found


def test_the_neighbours_at_arag_too_is_art_5() -> None:
    assert story_facts.circumstances_in_story(
        "de overburen zitten geloof ik ook bij ARAG verzekerd, maakt dat uit?"
    ) == {"facts.tegenpartij_bij_arag": True}


def test_the_maximum_asked_per_problem() -> None:
    assert talk.faq_topic_in("die 15.000 is toch per zaak? het zijn twee dingen") == "maximum"


def test_an_option_taken_now_asked_as_that() -> None:
    # art. 9: "dat" is the option the answer just named
    assert talk.faq_topic_in("mag ik dat nu nog even bijsluiten en dan toch hulp krijgen?") == "waiting_period"


def test_when_the_policy_began_told_mid_check_is_no_complaint() -> None:
    # seeds 000/001: no dissatisfaction; art. 9: the first event before the start
    text = "zij begon daar vorig jaar al over, toen had ik jullie nog niet. pas sinds de zomer"
    assert policy_start_told(text)
    found = routed(text, "inform", "complaint", context=after_an_answer(ART_2C))
    assert found["detection"]["decision"] == "none", found
    assert dialogue.facts_in_description(text).get("first_event_after_start") is False
    assert not policy_start_told("toen had ik jullie nog niet, en nu laten jullie me ook nog zitten")


def test_stories_that_ask_no_complaint() -> None:
    # a disaster and the water board, asked "gaan jullie me daarbij helpen"; a lawyer hired not knowing the rule
    assert coverage_story(
        "de dijk is doorgebroken en de wijk stond blank, het waterschap heeft het onderhoud verwaarloosd. gaan jullie ons "
        "daarbij helpen"
    )
    assert coverage_story(
        "ik heb al een advocaat genomen tegen de loodgieter, wist niet dat ik jullie eerst moest bellen. betalen jullie hem?"
    )
