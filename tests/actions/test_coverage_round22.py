"""Issue 11, round 22: after a verdict, a module the customer means to add now is not on the policy (art. 9)."""

from __future__ import annotations

from testkit.coverage_form import after_verdict, follow_up

from flexbot.flexpolis import dialogue


def test_a_module_still_to_be_added_does_not_change_the_verdict_into_covered() -> None:
    slots = after_verdict("Het autobedrijf heeft de koppeling van mijn Polo slecht vervangen en wil niets vergoeden")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["consument_wonen"]
    said = " ".join(
        follow_up(slots, "Mag ik de module Verkeer er nu nog bij nemen en dan toch hulp krijgen?", "faq_waiting_period")
    )
    assert "Dank u, dat verandert het antwoord" not in said
    assert "9" in said  # art. 9: the first event must come after the module began
    # the modules told as on the policy still change it
    assert dialogue.parse_modules("ik heb ook Verkeer") == frozenset({"verkeer"})


def test_another_story_on_the_same_policy_after_a_verdict() -> None:
    # "en stel dat ... het had gedaan?": the policy's modules are kept, the new story is checked (C&W 2a)
    slots = after_verdict("Mijn buurman heeft mijn schutting omver gereden")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["consument_wonen"]
    said = " ".join(
        follow_up(slots, "en stel dat een fietser van de bezorgdienst mijn schutting had vernield?", "inform")
    )
    assert said.startswith("In dat geval:") and "Consument & Wonen" in said and "Welke modules" not in said
    # no new story: the usual follow-up
    assert not " ".join(follow_up(slots, "dank je", "thanks")).startswith("In dat geval")
