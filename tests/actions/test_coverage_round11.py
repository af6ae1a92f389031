"""Round 11 conversation classes (issue 11, blind set conversations7), in new wordings: a module start
told with its month ("sinds maart 2023") decides art. 9 against an earlier event, and "verkeerd" names
no module Verkeer; "which modules are there?" while the modules question is open is a question, not an
answer "all of them"."""

from __future__ import annotations

from testkit.coverage_form import Chat, after_verdict, follow_up

from flexbot.flexpolis import dialogue as d


# Art. 9: the first event before the (module's) start, told with month and year -------------------------
def test_a_start_told_with_its_month_decides_art_9():
    text = (
        "Verzekerd met Inkomen sinds maart 2023. Mijn werkgever heeft in oktober 2022 mijn "
        "vakantiegeld verkeerd uitgerekend en weigert het te herstellen."
    )
    assert d.facts_in_description(text)["first_event_after_start"] is False
    assert d.parse_modules("ik heb Inkomen, en mijn loon is verkeerd berekend") == frozenset({"inkomen"})
    said = Chat().say(text, "check_coverage")
    assert "art. 9" in said[0] and "niet verzekerd" in said[0]


def test_what_is_left_after_an_art_9_verdict_is_legal_services():
    slots = after_verdict(
        "Sinds juni 2022 heb ik Inkomen. Het UWV heeft in december 2021 mijn uitkering verkeerd vastgesteld."
    )
    said = follow_up(slots, "Wat kan ik nu nog doen?", "nlu_fallback")
    assert any("Legal Services" in m for m in said), said


# A question about the modules while the modules question is open ----------------------------------------
def test_which_modules_exist_is_answered_not_taken_as_all():
    chat = Chat()
    chat.say("De woningcorporatie wil mijn huurcontract opzeggen. Helpen jullie daarbij?", "check_coverage")
    said = chat.say("Welke modules bestaan er eigenlijk allemaal?", "inform")
    assert any("Verkeer" in m and "Inkomen" in m and "drie modules" in m for m in said), said
    assert any("Welke modules staan op uw polis" in m for m in said), said
    assert chat.slots["requested_slot"] == "cc_answer"
