"""Round 19 coverage classes (issue 11, blind set conversations14), in new wordings, through the coverage
form's actions (no NLU): a reply that makes the customer a child on the parents' policy (art. 1); a death
before the policy told as a correction in an inheritance check (C&W 2i)."""

from __future__ import annotations

from testkit.coverage_form import Chat


def test_a_reply_that_the_policy_is_the_parents_makes_the_customer_the_child() -> None:
    chat = Chat()
    chat.say("Mijn huisbaas wil de borg van mijn studentenkamer niet teruggeven.", "check_coverage")
    reply = " ".join(chat.say("de polis is van mijn ouders, ik studeer in Delft en woon daar op kamers", "inform"))
    assert "dagstudie" in reply and "toestemming" in reply, reply


def test_a_death_before_the_policy_told_later_in_an_inheritance_check_cites_2i() -> None:
    chat = Chat()
    chat.say("Mijn zus en ik zijn het oneens over de verdeling van het huis van onze vader.", "check_coverage")
    chat.say("we hebben consument en wonen", "inform")
    reply = " ".join(
        chat.say("ik zie nu dat de polis pas sinds mei 2024 loopt, papa overleed in januari 2024", "inform")
    )
    assert "niet verzekerd" in reply and "2i" in reply and "Nabestaanden" not in reply, reply


def test_a_girlfriend_along_for_the_ride_who_does_not_live_with_me_is_a_passenger() -> None:
    # Verkeer 2: the passengers of the customer's vehicle are insured; art. 1's partner only when living together
    chat = Chat()
    chat.say("Met mijn vriend naast me in de auto reed een bus ons aan, hij heeft een gebroken arm.", "check_coverage")
    reply = " ".join(chat.say("We hebben Verkeer. Hij woont niet bij mij, we zijn gewoon een stel.", "inform"))
    assert "3a Verkeer" in reply and "passagier" in reply and "geen van beiden" not in reply, reply


def test_a_teenager_living_with_the_parents_is_the_child_at_home() -> None:
    # art. 1: a child living in the same house is insured, with the policyholder's permission
    chat = Chat()
    chat.say(
        "de telefoonwinkel heeft mijn telefoon slecht gerepareerd en wil niks terugbetalen, 230 euro", "check_coverage"
    )
    chat.say("consument en wonen denk ik", "inform")
    reply = " ".join(chat.say("ik ben 16 hoor en woon gewoon bij mijn ouders", "inform"))
    assert "toestemming" in reply and "thuis" in reply, reply


def test_drink_told_mid_check_in_a_traffic_case_names_verkeer_4a() -> None:
    # Verkeer 4a: no help when one was not allowed to drive (alcohol, drugs, medicines)
    chat = Chat()
    chat.say("Een bestelbus sneed mij op de rotonde en ik ben met mijn auto tegen een paal gereden.", "check_coverage")
    chat.say("alleen Verkeer", "inform")
    reply = " ".join(chat.say("eerlijk is eerlijk, ik had drie biertjes op. maakt dat iets uit?", "inform"))
    assert "4a Verkeer" in reply and "Dat kan uitmaken" in reply, reply
    over = " ".join(chat.say("de politie liet me blazen en ik zat boven de limiet", "inform"))
    assert "niet verzekerd" in over and "4a Verkeer" in over, over
