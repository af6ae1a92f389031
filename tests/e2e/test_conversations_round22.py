"""Round 22 follow-up classes end to end (issue 11), over the REST channel with the real model, rules and action
server, in new wordings (not the lines of data/eval/conversations17.jsonl). Each test names the seed article."""

from __future__ import annotations

CONFLICT_ASKED = "Wat voor conflict"


def test_paying_a_second_lawyer_after_disagreeing_with_the_outside_one_is_art_18(chat):
    # art. 18: you pay the other specialist yourself; ARAG pays after all when the result is definitive
    chat.say(
        "De advocaat die ARAG voor mijn arbeidszaak heeft ingeschakeld wil schikken voor 5.000 euro, maar ik wil "
        "naar de rechter. Hij weigert."
    )
    reply = chat.reply("Wie betaalt dan zo'n andere advocaat?")
    assert "zelf" in reply and ("alsnog" in reply or "definitief" in reply), reply


def test_where_to_check_the_register_after_the_privacy_answer(chat):
    # art. 19: www.stichtingcis.nl, never the coverage form
    chat.say("Aan wie geven jullie mijn gegevens door?")
    reply = chat.reply("En hoe kan ik controleren wat er over mij is vastgelegd?")
    assert "stichtingcis" in reply and CONFLICT_ASKED not in reply, reply


def test_a_forgotten_premium_after_a_warning_is_art_14(chat):
    # art. 14: 15 days after the date of the warning still insured
    reply = chat.reply("oeps de acceptgiro vergeten te betalen, nu een aanmaning van jullie gehad. ben ik nog gedekt?")
    assert "15 dagen" in reply and CONFLICT_ASKED not in reply, reply


def test_the_opponents_costs_before_court_are_art_10(chat):
    # art. 10: the other side's buitengerechtelijke kosten are not paid
    reply = chat.reply(
        "Jullie helpen me al tegen mijn aannemer. Zijn advocaat stuurt me nu een nota voor zijn werk voordat het "
        "bij de rechter kwam. Vergoeden jullie die?"
    )
    assert "buitengerechtelijke" in reply and "art. 10" in reply, reply


def test_what_to_send_with_the_report_mentions_copies(chat):
    # art. 7: only copies of documents; the originals kept
    reply = chat.reply("Hoe geef ik mijn zaak door en welke stukken moet ik insturen?")
    assert "kopie" in reply and "Zaak melden" in reply, reply


def test_first_advice_after_an_exclusion_is_free(chat):
    # Inleiding: the first advice by phone or e-mail is free, also outside the conditions
    chat.say("Ik wil bezwaar maken tegen mijn aanslag inkomstenbelasting van 2.000 euro.")
    reply = chat.reply("Kan ik dan op zijn minst een gratis advies krijgen?")
    assert "gratis" in reply and "begreep" not in reply, reply


def test_the_travel_companions_of_a_booked_trip(chat):
    # C&W 1: reisgenoten of a booked holiday are insured for the trip
    chat.say(
        "Ik boekte voor mij en twee vrienden een reis naar Malta bij een reisbureau, 2.400 euro, maar het hotel was vol."
    )
    chat.say("Consument & Wonen")
    reply = chat.reply("Mijn vrienden zijn ook gedupeerd. Vallen zij ook onder mijn polis?")
    assert "reisgenoten" in reply, reply


def test_the_term_to_report_an_acquittal(chat):
    # art. 12: report the decision within 1 maand
    chat.say("Ik stond terecht voor diefstal maar de rechter heeft mij vrijgesproken. Mijn advocaat kostte 2.500 euro.")
    reply = chat.reply("hoe snel moet ik dat bij jullie melden?")
    assert "1 maand" in reply, reply
