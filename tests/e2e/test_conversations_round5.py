"""Round 5 conversation classes end to end (issue 11), over the REST channel with the real model,
rules and action server: thanks mid-form, 'weet ik niet', answers that say what follows, loose
answers, corrections, follow-ups after a verdict, two questions in one message, and a complaint
about ARAG's decision on the case."""

from __future__ import annotations

MODULES_QUESTION = "Welke modules staan op uw polis"


def test_thanks_mid_form_never_bring_the_question_back(chat):
    first = chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik daarvoor verzekerd?")
    assert "art. 2e Consument & Wonen" in first[0] and MODULES_QUESTION in first[-1]
    thanked = chat.say("Top, dank je wel!")
    assert any("Graag gedaan" in m for m in thanked) and not any(MODULES_QUESTION in m for m in thanked), thanked
    reported = chat.reply("Hoe meld ik dit dan bij jullie aan?")
    assert "Zaak melden" in reported and MODULES_QUESTION not in reported, reported


def test_not_knowing_the_modules_gets_the_answer_for_each_module(chat):
    chat.say("De garage heeft de remmen van mijn auto slecht gerepareerd, 900 euro. Kan ik hulp krijgen?")
    reply = chat.reply("geen idee wat erop staat")
    assert "Met de module Verkeer: verzekerd (art. 3e Verkeer)" in reply, reply
    assert MODULES_QUESTION not in reply


def test_a_loose_modules_answer_says_what_now_follows(chat):
    chat.say("Mijn pensioenfonds heeft mijn pensioen verkeerd berekend. Kunnen jullie helpen?")
    reply = chat.reply("verkeer en inkomen denk ik")
    assert "art. 2e Inkomen" in reply and "herken" not in reply, reply


def test_a_correction_of_what_was_not_assumed_keeps_the_answer(chat):
    first = chat.reply("mijn ex-verhuurder houdt 900 euro van mijn borg in voor schade die er al was")
    assert "art. 2c Consument & Wonen" in first and "3g" not in first, first
    reply = chat.reply("het gaat niet over een scheiding hoor, het is mijn vorige huisbaas")
    assert "art. 2c Consument & Wonen" in reply and "herken" not in reply and "3g" not in reply, reply


def test_yes_to_the_named_module_and_option(chat):
    first = chat.reply(
        "De aannemer heeft de dakkapel op ons koophuis slecht geplaatst, het lekt. 7000 euro. Verzekerd?"
    )
    assert "Eigen woning" in first
    reply = chat.reply("ja allebei")
    assert "herken" not in reply and "Eigen woning" in reply, reply


def test_a_follow_up_after_a_verdict_is_read_with_the_question(chat):
    assert "art. 3g Consument & Wonen" in chat.reply(
        "Mijn vrouw en ik gaan scheiden. Helpen jullie met de alimentatie?"
    )
    reply = chat.reply("En met de verdeling van ons huis?")
    assert "art. 3g Consument & Wonen" in reply and "Wat voor conflict" not in reply, reply


def test_two_general_questions_in_one_message(chat):
    reply = chat.reply("Tot welk bedrag vergoeden jullie kosten, en vanaf welk bedrag helpen jullie pas?")
    assert "15.000" in reply and "175" in reply, reply


def test_disagreeing_with_arags_decision_on_the_case_gets_the_scheidsrechter(chat):
    reply = chat.reply(
        "ARAG wil mijn zaak tegen de aannemer niet verder doorzetten omdat ik geen kans zou maken. "
        "Daar ben ik het helemaal niet mee eens."
    )
    assert "Klachtenbureau" in reply and "scheidsrechter" in reply and "art. 17" in reply, reply


def test_an_answer_after_the_verdict_that_changes_it_gets_the_new_answer(chat):
    chat.say("Ik heb een laptop van 899 euro besteld bij een webshop en hij is nooit geleverd. Ben ik verzekerd?")
    assert "niet verzekerd" in chat.reply("Ik heb alleen de module Verkeer")
    reply = chat.reply("oh wacht, ik zie nu dat ik ook Consument & Wonen heb")
    assert "art. 2b Consument & Wonen" in reply and "begreep ik niet" not in reply, reply


def test_an_answer_outside_a_check_is_still_asked_to_rephrase(chat):
    assert "Kunt u uw vraag op een andere manier stellen" in chat.reply("ongeveer 300 euro")


def test_what_arag_still_does_after_a_not_covered_verdict(chat):
    assert "art. 3g Consument & Wonen" in chat.reply(
        "Mijn vrouw en ik gaan scheiden. Helpen jullie met de alimentatie?"
    )
    reply = chat.reply("Jammer. Wat kunnen jullie dan wel voor me doen?")
    assert "eerste advies" in reply and "ARAG Legal Services" in reply, reply


def test_an_objection_to_a_verdict_gets_the_verdict_again(chat):
    assert "art. 12 Algemene regels" in chat.reply(
        "Ik heb een parkeerboete van 95 euro van de gemeente gekregen. Kunnen jullie bezwaar maken?"
    )
    reply = chat.reply("Ook niet als ik zeker weet dat ik gelijk heb?")
    assert "art. 12 Algemene regels" in reply and "begreep" not in reply, reply


def test_a_question_about_another_conflict_mid_form_gets_its_own_answer(chat):
    chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik verzekerd?")
    reply = chat.reply("Mijn werkgever betaalt mijn loon niet uit, is dat verzekerd?")
    assert "art. 2a Inkomen" in reply and "Eerder zei u" not in reply, reply


def test_no_after_thanks_ends_the_conversation_politely(chat):
    chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik daarvoor verzekerd?")
    assert "Graag gedaan" in chat.reply("Top, dank je wel!")
    reply = chat.reply("nee hoor")
    assert "Tot ziens" in reply and "herken" not in reply and MODULES_QUESTION not in reply, reply
