"""Round 7 conversation classes end to end (issue 11, blind set conversations3), over the REST
channel with the real model, rules and action server, in new wordings: a correction mid-check that
names no one of ARAG is no complaint, 'laat maar' gives the phone number, a question mid-check gets
its answer, 'wat kost een advocaat dan?' after a 'not covered', a short question on a general
answer, and a detail after a verdict that changes nothing."""

from __future__ import annotations

PHONE = "434 23 42"


def test_a_correction_mid_check_is_no_complaint(chat):
    first = chat.say("Ik heb de module Inkomen. Mijn baas wil mij ontslaan omdat ik te vaak ziek zou zijn.")
    assert "art. 2a Inkomen" in first[0], first
    reply = chat.reply("nee sorry, die eerste ziekmelding en het gesprek daarover waren al voordat ik verzekerd was")
    assert "Klachtenbureau" not in reply and "niet tevreden" not in reply, reply
    assert "art. 9" in reply, reply


def test_stopping_the_check_gives_the_phone_number(chat):
    chat.say("Mijn loodgieter heeft de cv-ketel verkeerd aangesloten en wil het niet herstellen")
    reply = chat.reply("laat maar")
    assert PHONE in reply, reply


def test_a_cost_question_after_not_covered_gets_what_arag_still_offers(chat):
    assert "art. 3g" in chat.reply("Mijn ex-partner houdt zich niet aan de omgangsregeling met onze dochter.")
    reply = chat.reply("Hoeveel kost een advocaat dan?")
    assert "gratis" in reply or "korting" in reply, reply


def test_a_short_question_on_a_general_answer_gets_its_sentence(chat):
    assert "art. 15" in chat.reply("Hoe kan ik de Flexpolis opzeggen?")
    reply = chat.reply("Moet ik daarbij een reden opgeven?")
    assert "zonder reden" in reply and "begreep" not in reply, reply


def test_a_detail_after_a_verdict_that_changes_nothing_confirms_it(chat):
    assert "art. 3g" in chat.reply("Mijn ex wil onze caravan niet verkopen nu we uit elkaar zijn")
    reply = chat.reply("We waren niet getrouwd hoor, we woonden gewoon samen")
    assert "art. 3g" in reply and "begreep" not in reply and "niet tevreden" not in reply, reply
