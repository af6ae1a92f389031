"""Round 10 conversation classes end to end (issue 11, blind set conversations6), over the REST channel
with the real model, rules and action server, in new wordings: a case already running at ARAG starts no
check; a corrected amount mid-check replaces the one told; a follow-up after an answered follow-up on a
'not covered' is still read with the verdict; 'meer uitleg' after a verdict without details repeats its
reason; when to report, asked mid-check, is art. 7."""

from __future__ import annotations

MODULES_ASKED = "Welke modules"


def test_a_case_already_running_at_arag_starts_no_check(chat):
    reply = chat.reply("Via ARAG loopt al een zaak van mij tegen de aannemer van onze keuken.")
    assert "behandelaar" in reply and MODULES_ASKED not in reply, reply


def test_a_corrected_amount_mid_check_replaces_the_amount(chat):
    chat.say("Een webshop heeft mijn bestelde waterkoker van 190 euro nooit geleverd.")
    chat.say("Ik heb Consument en Wonen, het is privé.")
    reply = chat.reply("wacht, ik vergis me: het was 95 euro, de rest was een ander artikel dat wel kwam")
    assert "175" in reply and "11g" in reply, reply


def test_where_to_get_advice_after_the_reason_of_a_not_covered(chat):
    chat.say("Mijn man en ik gaan uit elkaar en hij wil het huis houden. Ik heb alle drie de modules.")
    chat.say("Waarom niet?")
    reply = chat.reply("Waar kan ik dan nog wel advies krijgen?")
    assert "gratis" in reply and "Legal Services" in reply, reply


def test_more_explanation_after_an_exclusion_repeats_its_reason(chat):
    chat.say(
        "Ik kocht een gebruikte speedboot van 9.000 euro en de motor is stuk, de verkoper doet niks. Ik heb Verkeer."
    )
    reply = chat.reply("Kunt u dat nader uitleggen? Een boot is toch ook een vervoermiddel?")
    assert "11i" in reply and "pleziervaartuig" in reply, reply


def test_when_to_report_mid_check_is_art_7(chat):
    chat.say("Het UWV stopt mijn WW-uitkering omdat ik te weinig gesolliciteerd zou hebben. Ik heb Inkomen.")
    reply = chat.reply("Ik heb vier weken voor mijn bezwaar. Hoe snel moet ik het bij jullie aangeven?")
    assert "zo snel mogelijk" in reply, reply
