"""Round 6 conversation classes end to end (issue 11, blind set conversations2), over the REST
channel with the real model, rules and action server: an answer to another question than the one
asked, 'waarom vraagt u dat?', a question mid-form that adds nothing, 'laat maar' with another
conflict, 'waarom niet?' after a verdict, and a question back on a general answer."""

from __future__ import annotations

MODULES_QUESTION = "Welke modules staan op uw polis"


def test_an_amount_where_the_modules_were_asked_is_taken(chat):
    first = chat.say("De webwinkel levert mijn bestelde boekenkast niet en stuurt mijn geld niet terug.")
    assert "art. 2b Consument & Wonen" in first[0] and MODULES_QUESTION in first[-1], first
    reply = chat.reply("het ging om 80 euro")
    assert "art. 11g" in reply and "herken" not in reply, reply


def test_why_do_you_ask_gets_the_reason(chat):
    chat.say("Mijn buurman snoeit mijn heg zonder te vragen en nu is hij half dood. Ben ik verzekerd?")
    reply = chat.reply("waarom wilt u dat weten?")
    assert "Dat vraag ik omdat" in reply and MODULES_QUESTION in reply and "herken" not in reply, reply


def test_stop_with_another_conflict_starts_that_check(chat):
    chat.say("Mijn buurman laat zijn hond elke dag in mijn voortuin poepen, kan ik iets doen?")
    reply = chat.reply("laat maar, het gaat eigenlijk om mijn energieleverancier die 600 euro te veel rekent")
    assert "art. 2b Consument & Wonen" in reply and "Eerder zei u" not in reply, reply


def test_why_not_after_a_verdict_gets_the_reason(chat):
    assert "art. 3g Consument & Wonen" in chat.reply("Mijn ex-vrouw weigert de partneralimentatie te betalen.")
    reply = chat.reply("waarom niet?")
    assert "art. 3g Consument & Wonen" in reply and "begreep" not in reply, reply


def test_a_question_back_on_a_general_answer_gets_it_again(chat):
    assert "art. 15" in chat.reply("Hoe zeg ik mijn rechtsbijstandverzekering op?")
    reply = chat.reply("Mag dat zomaar, ook als ik hem net heb?")
    assert "art. 15" in reply and "begreep" not in reply, reply
