"""Issue 11, round 19: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers18.jsonl and conversations14.jsonl, written blind from seed 004). Each test names
the seed article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

import re

from testkit.stories import first, kind

from flexbot.flexpolis import conversation, dialogue


def test_charges_denied_in_a_list_are_no_fine() -> None:
    # Verkeer 3d: the licence decision; "geen strafzaak of boete" names neither as the conflict (art. 12)
    story = "Het CBR trekt mijn rijbewijs in na een oogtest. Er loopt geen proces-verbaal of strafzaak tegen mij."
    assert kind(story) == "rijbewijs"
    assert kind("Ik kreeg een boete maar er is geen strafzaak") == "boete"


def test_a_barrier_that_came_down_on_the_car_is_verkeer_3b() -> None:
    story = "Bij de uitgang van het parkeerterrein zakte de slagboom op mijn auto, het dak heeft een deuk."
    assert kind(story) == "schade_vervoermiddel"
    assert "3b Verkeer" in first(story)


def test_a_thing_someone_threw_is_harm_by_another_and_its_repair_the_damage() -> None:
    # C&W 2a, not the repair contract of C&W 2b
    assert kind("Een collega smeet mijn koptelefoon op de grond, reparatie kost 180 euro") == "onrechtmatige_daad"
    assert kind("Op het feest heeft iemand bier over mijn tablet gegooid, de reparatie is 400 euro") == (
        "onrechtmatige_daad"
    )


def test_a_scooter_that_ran_into_me_is_no_purchase() -> None:
    assert kind("Een brommer reed mij op de stoep aan, mijn telefoon is kapot") != "contract_motorrijtuig"


def test_a_later_month_told_before_the_policys_month_is_last_years() -> None:
    # art. 9: "sinds oktober ... in februari verzekerd": the first event came before the policy
    story = "Sinds oktober ruzie ik met de aannemer over scheuren. In februari heb ik de verzekering afgesloten."
    assert dialogue.first_event_in_text(story) is False
    assert dialogue.first_event_in_text("Ik ben sinds februari verzekerd, in april begon het gedoe") is None


def test_a_household_member_arrested_is_a_criminal_case() -> None:
    # art. 12: the suspect's costs come back after an acquittal
    assert kind("Mijn dochter is gisteren aangehouden wegens mishandeling na een ruzie in de kroeg") == "strafzaak"
    assert kind("De inbreker is aangehouden voor de inbraak bij ons") != "strafzaak"
    assert "vrijspreekt" in first("Mijn zoon van 16 moet voor de kinderrechter verschijnen voor een zitting")


def test_the_maximum_asked_in_other_words() -> None:
    # art. 6
    assert conversation.faq_topic_in("tot welk bedrag betalen jullie als het een rechtszaak wordt?") == "maximum"
    assert conversation.faq_topic_in("wat is dan de max die jullie vergoeden?") == "maximum"


def test_the_customer_repaying_a_loan_is_no_refund_conflict() -> None:
    # art. 13: the borgsom is lent and repaid; no C&W 2b conflict about a refund
    assert kind("Moet ik die borgsom later terugbetalen?") is None
    assert kind("De webwinkel wil mijn geld niet terugbetalen") == "consumentenkoop"


def test_a_module_denied_is_not_on_the_policy() -> None:
    assert dialogue.parse_modules("ik heb wel Inkomen, geen Verkeer") == frozenset({"inkomen"})
    assert dialogue.parse_modules("zonder consument en wonen") is None


def test_a_child_on_its_parents_policy_studying_away() -> None:
    # art. 1: children living elsewhere for a dagstudie are insured
    told = "Ik ben zelf niet verzekerd maar mijn vader heeft de rechtsbijstand, ik woon op kamers voor mijn studie"
    assert dialogue.involved_in_description(told) == "child_studying"


def test_eigen_risico_asked_as_paying_something_towards_it() -> None:
    assert re.search(conversation.COST_TO_ME, "moeten we er dan zelf nog wat aan betalen")
