"""Round 8 conversation classes end to end (issue 11, blind set conversations4), over the REST
channel with the real model, rules and action server, in new wordings: a follow-up on the maximum
asked during a check is read with it, 'allebei' to the modules question, 'geen garantie' said while
another question is asked, a new conflict keeps the modules told, and 'weet ik niet' to the modules
question gives each possibility with the EUR 175 minimum."""

from __future__ import annotations


def test_a_country_after_the_maximum_mid_check_gets_the_maximum_there(chat):
    assert "art. 2b" in chat.reply(
        "Een camping in Italië geeft mijn aanbetaling van 600 euro niet terug. Ik heb Consument en Wonen."
    )
    assert "15.000" in chat.reply("Tot welk bedrag vergoeden jullie?")
    reply = chat.reply("En buiten Europa dan?")
    assert "10.000" in reply and "herken" not in reply, reply


def test_both_to_the_modules_question_is_no_trap(chat):
    chat.say("Een fietser heeft een flinke kras op de deur van mijn geparkeerde auto gemaakt")
    reply = chat.reply("allebei")
    assert "herken" not in reply and "Welke modules" not in reply, reply
    assert "Verkeer" in reply, reply


def test_no_guarantee_said_while_another_question_is_asked_is_verkeer_4d(chat):
    first = chat.reply(
        "Ik heb een gebruikte scooter gekocht bij een winkel en na een week was hij kapot. Verkeer heb ik."
    )
    assert "art. 4d" in first, first
    reply = chat.reply("had geen garantie nee")
    assert "art. 4d" in reply and "begreep" not in reply, reply


def test_a_new_conflict_keeps_the_modules_told(chat):
    assert "art. 2c" in chat.reply(
        "Mijn verhuurder wil de lekkage in mijn huurhuis niet maken. Ik heb Consument en Wonen."
    )
    reply = chat.reply("en nog iets: een webshop levert mijn bestelde stofzuiger van 300 euro niet, kan dat ook?")
    assert "art. 2b" in reply and "Welke modules" not in reply, reply


def test_not_knowing_the_modules_gives_the_minimum_too(chat):
    chat.say("Mijn baas heeft mijn vakantiegeld niet uitbetaald")
    reply = chat.reply("geen idee eigenlijk")
    assert "Inkomen" in reply and "175" in reply and "polis" in reply, reply
