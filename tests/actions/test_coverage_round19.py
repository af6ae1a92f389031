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
