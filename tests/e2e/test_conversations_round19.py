"""Round 19 conversation classes end to end (issue 11), over the REST channel with the real model, rules
and action server, in new wordings: a reply to the coverage check's question that the classifier hears as a
general question is read by the form first (bot/components/check_reply.py):
- "weet ik niet" in other words ("mijn vrouw heeft die verzekering geregeld") gets the answer for each
  possibility, not the waiting period (art. 9);
- a policy option told in words ("de buren zijn niet uitgesloten", "een uitsluiting voor arbeidsrecht")
  settles C&W 3 Burenrecht and Inkomen 3 Arbeidsrecht, not the overview of what is not covered;
- a general question asked mid-check is still answered (art. 6, the maximum)."""

from __future__ import annotations

MODULES_ASKED = "Welke modules"


def test_not_knowing_the_modules_in_other_words_gets_each_possibility(chat):
    reply = chat.reply("Een scooter reed mij op het zebrapad aan, mijn knie is kapot.")
    assert MODULES_ASKED in reply, reply
    reply = chat.reply("dat weet ik echt niet, mijn vrouw heeft die verzekering destijds geregeld")
    assert "3a Verkeer" in reply and "wachttijd" not in reply, reply


def test_the_neighbours_option_told_in_words_is_taken(chat):
    chat.say("De bovenburen laten hun wasmachine 's nachts draaien en nu is er water door ons plafond gelekt.")
    chat.say("Consument & Wonen hebben we")
    reply = chat.reply("even nagekeken: de buren zijn bij ons niet uitgesloten")
    assert "2e Consument & Wonen" in reply and "Nooit verzekerd" not in reply, reply
    assert MODULES_ASKED not in reply, reply


def test_the_employment_option_told_in_words_is_taken(chat):
    chat.say("Mijn baas wil mijn reiskosten niet meer vergoeden.")
    reply = chat.reply("in de polis staat een uitsluiting voor arbeidsrecht")
    assert "arbeidsrecht" in reply and "niet verzekerd" in reply, reply


def test_a_question_mid_check_is_still_answered(chat):
    chat.say("Een scooter reed mij op het zebrapad aan, mijn knie is kapot.")
    reply = chat.reply("hoeveel betalen jullie maximaal")
    assert "15.000" in reply, reply


def test_a_module_corrected_after_the_verdict_changes_it(chat):
    # after "niet verzekerd" for lack of the module, the customer corrects the modules: the verdict again
    chat.say("Ik bestelde een bank van 1.400 euro bij een meubelzaak en die is nooit geleverd.")
    reply = chat.reply("ik heb alleen Inkomen")
    assert "niet verzekerd" in reply, reply
    reply = chat.reply("foutje, ik heb juist Consument en Wonen, geen Inkomen")
    assert "2b Consument & Wonen" in reply and "Wat voor conflict" not in reply, reply


def test_the_modules_told_after_an_answer_that_needed_none_are_taken(chat):
    # art. 14's days without cover answered first; "Ik heb Consument & Wonen" then is no request to rephrase
    chat.say(
        "Ik had een achterstand bij jullie met de premie. De aanmaning was van 4 mei, betaald heb ik op 30 mei. "
        "Op 25 mei kreeg ik ruzie met de aannemer."
    )
    reply = chat.reply("Ik heb Consument & Wonen")
    assert "begreep" not in reply and "Dank u" in reply, reply


def test_a_girlfriend_along_for_the_ride_is_a_passenger(chat):
    # Verkeer 2: passengers of the customer's vehicle are insured; art. 1's partner only when living together
    chat.say(
        "Ik reed met mijn vriendin naast me over de ring en een bestelbus ramde ons, zij heeft een hersenschudding."
    )
    reply = chat.reply("We hebben Verkeer. We wonen overigens niet samen hoor.")
    assert "passagier" in reply and "geen van beiden" not in reply, reply


def test_how_to_see_what_the_register_holds_after_the_privacy_answer(chat):
    # art. 19: the CIS and its website, also when the question is heard as "meer uitleg"
    chat.say("Komen mijn gegevens in een register als ik een zaak meld?")
    reply = chat.reply("hoe kan ik inzien wat daar over mij staat")
    assert "stichtingcis" in reply, reply


def test_drink_confessed_mid_check_is_read_by_the_form(chat):
    # Verkeer 4a, whatever general question the classifier hears in it
    chat.say("Een taxi kwam van rechts en ramde mijn auto op de kruising.")
    chat.say("alleen verkeer")
    reply = chat.reply("ik moet eerlijk zijn, ik had gedronken en de politie liet me blazen, ik zat boven de limiet")
    assert "4a Verkeer" in reply and "niet verzekerd" in reply, reply
