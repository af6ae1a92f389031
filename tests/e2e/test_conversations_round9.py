"""Round 9 conversation classes end to end (issue 11, blind set conversations5), over the REST channel
with the real model, rules and action server, in new wordings: a correction of the other party mid-check,
a new matter after a verdict, the modules told once holding for the next conflict and after 'laat maar',
a question about the person of the story, a general question mid-check answered for the check's module,
and two questions in one message."""

from __future__ import annotations

CONTRADICTION = "Eerder zei u iets anders"
MODULES_ASKED = "Welke modules"


def test_a_correction_of_the_other_party_mid_check_takes_it(chat):
    assert "art. 2e" in chat.reply(
        "Onze buren hebben een schuur tegen onze muur gebouwd en willen hem niet weghalen. Ik heb Consument en Wonen."
    )
    reply = chat.reply(
        "nee sorry, het is niet de buurman maar de verhuurder van ons huis, hij wil 300 euro servicekosten extra"
    )
    assert "art. 2c" in reply and CONTRADICTION not in reply and MODULES_ASKED not in reply, reply


def test_a_new_matter_after_a_verdict_keeps_the_modules(chat):
    chat.say("Ik heb een laptop gekocht die na twee weken kapot was, de winkel wil niets doen. Ik heb alleen Verkeer.")
    reply = chat.reply("ander verhaal: mijn baas betaalt mijn overuren van 800 euro niet uit")
    assert "Inkomen" in reply and MODULES_ASKED not in reply and CONTRADICTION not in reply, reply


def test_a_new_story_after_laat_maar_keeps_the_modules(chat):
    chat.say("Een garage heeft mijn auto slecht gerepareerd")
    chat.say("ik heb verkeer")
    chat.say("laat maar")
    reply = chat.reply("Een automobilist reed mij vorige week aan op een zebrapad, ik heb mijn enkel gebroken")
    assert "art. 3a" in reply and MODULES_ASKED not in reply, reply


def test_is_my_son_insured_mid_check_is_answered_for_him(chat):
    chat.say(
        "Onze zoon van 20 studeert in Utrecht en huurt daar een kamer. De verhuurder houdt zijn borg van 450 euro in. "
        "Wij hebben Consument en Wonen."
    )
    reply = chat.reply("Is onze zoon daar dan wel voor verzekerd?")
    assert "dagstudie" in reply and "art. 2c" in reply and MODULES_ASKED not in reply, reply


def test_a_maximum_question_mid_check_names_the_traffic_module(chat):
    chat.say("Een vrachtwagen reed door rood en ramde mijn auto in Amersfoort. Ik heb Verkeer.")
    reply = chat.reply("Tot welk bedrag vergoeden jullie dat?")
    assert "Verkeer geldt geen maximum" in reply, reply


def test_two_questions_in_one_message_both_get_an_answer(chat):
    reply = chat.reply("Hoe zeg ik mijn polis op en wordt de premie volgend jaar duurder?")
    assert "brief" in reply and "art. 16" in reply, reply
