"""Round 6 dialogue classes of the coverage form (issue 11, blind set conversations2), turn by turn
without a Rasa server: an answer to another question than the one asked is taken, "waarom vraagt u
dat?" gets the reason, a question mid-form that adds nothing gets what follows so far, "laat maar"
with another conflict starts that check, "waarom niet?" after a verdict gets the reason, and a
follow-up on a general answer ("mag dat zomaar?") gets that answer again."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher
from testkit.coverage_form import Chat, ask_in_form, follow_up, form_tracker  # the turn-by-turn form driver

from actions.coverage import ActionMoreDetails

MODULES_QUESTION = "Welke modules staan op uw polis"


def test_an_amount_given_where_the_modules_were_asked_is_taken():
    chat = Chat()
    first = chat.say(
        "ik heb een koptelefoon besteld bij een webwinkel, hij is stuk en ze willen niks doen", "check_coverage"
    )
    assert MODULES_QUESTION in first[-1]
    messages = chat.say("het ging om 95 euro")
    assert not any("herken" in m for m in messages), messages
    assert any("art. 11g" in m for m in messages), messages  # C&W only, so the minimum decides
    # An amount above the minimum changes nothing yet: what follows is said again, then the question.
    chat = Chat()
    chat.say("ik heb een koptelefoon besteld bij een webwinkel, hij is stuk en ze willen niks doen", "check_coverage")
    messages = chat.say("hij kostte 899 euro")
    assert messages[0].startswith("Dank u. ") and "art. 2b Consument & Wonen" in messages[0], messages
    assert MODULES_QUESTION in messages[-1] and len(messages) == 2


def test_why_do_you_ask_gets_the_reason_and_the_question_again():
    for why in ("waarom vraagt u dat?", "hoezo?", "wat maakt dat uit?"):
        chat = Chat()
        chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik verzekerd?", "check_coverage")
        messages = chat.say(why)
        assert not any("herken" in m for m in messages), messages
        assert "Dat vraag ik omdat" in messages[-1] and MODULES_QUESTION in messages[-1], messages


def test_a_question_mid_form_that_adds_nothing_gets_what_follows_so_far():
    chat = Chat()
    first = chat.say("Mijn huisbaas doet niks aan de schimmel in de badkamer. Kunnen jullie helpen?", "check_coverage")
    assert "art. 2c Consument & Wonen" in first[0]
    for text, intent in (
        ("En voor dat conflict met de huisbaas zelf, helpen jullie daar ook bij?", "check_coverage"),
        ("is dat dan verzekerd?", "inform"),
    ):
        messages = chat.say(text, intent)
        assert any("art. 2c Consument & Wonen" in m for m in messages), messages
        assert not any("herken" in m for m in messages)
        assert MODULES_QUESTION in messages[-1] or "Noem dan de modules op uw polis" in messages[-1]


def test_stop_with_another_conflict_starts_the_check_for_that_conflict():
    chat = Chat()
    chat.say("mijn buurman laat zijn hond steeds in mijn tuin poepen", "check_coverage")
    messages = chat.say(
        "laat maar, het gaat eigenlijk om iets anders: mijn energieleverancier rekent 600 euro te veel",
        "check_coverage",
    )
    assert not any("Eerder zei u iets anders" in m for m in messages), messages
    assert not any("stop ik" in m or m == "utter_coverage_stopped" for m in messages), messages
    assert any("art. 2b Consument & Wonen" in m for m in messages), messages
    # a bare stop still stops
    assert Chat().say("x") is not None
    chat = Chat()
    chat.say("mijn buurman laat zijn hond steeds in mijn tuin poepen", "check_coverage")
    assert chat.say("laat maar") == ["utter_coverage_stopped"]


def test_why_not_after_a_verdict_gets_the_reason():
    chat = Chat()
    verdict = chat.say("mijn ex-man betaalt de kinderalimentatie niet", "check_coverage")
    assert "art. 3g Consument & Wonen" in verdict[0]
    for text in ("waarom niet", "Waarom niet?", "hoezo niet?", "waarom dan"):
        messages = follow_up(chat.slots, text, "nlu_fallback")
        assert any("scheiding" in m and "art. 3g Consument & Wonen" in m for m in messages), messages


def test_a_follow_up_question_on_a_general_answer_gets_that_answer_again():
    answer = (
        "U kunt de verzekering op ieder moment opzeggen, zonder reden, als u de verzekering zelf heeft afgesloten en uw naam op de polis staat. "
        "Stuur ARAG een brief, minstens 1 maand van tevoren. (art. 15 Algemene regels) Meer weten? Typ 'meer uitleg'."
    )
    for text in ("Mag dat zomaar, ik heb hem pas een half jaar", "echt waar? ook als het net is?"):
        messages = follow_up({}, text, "nlu_fallback", [answer, "Uw polis bepaalt wat voor u geldt."])
        assert len(messages) == 1 and "op ieder moment opzeggen" in messages[0] and "(art. 15" in messages[0], messages
    # without an earlier answer: the request to rephrase
    assert follow_up({}, "Mag dat zomaar?", "nlu_fallback") == ["utter_ask_rephrase"]


def test_a_detail_mid_form_that_reads_as_another_conflict_keeps_the_conflict():
    chat = Chat()
    first = chat.say(
        "Vorige maand een tweedehands auto gekocht bij een handelaar, nu is de motor kapot en hij wil niks doen.",
        "check_coverage",
    )
    assert "art. 3e Verkeer" in first[0]
    messages = chat.say("Geen garantie nee, hij zei alleen mondeling dat alles goed was", "check_coverage")
    assert not any("Eerder zei u iets anders" in m for m in messages), messages
    assert not any("Wat voor conflict is het" in m for m in messages), messages
    state = chat.slots["cc_state"]  # still asking, or (round 8) the verdict: "geen garantie" is Verkeer 4d
    assert (state.get("question") or state["last"]["state"]["question"])["conflict"] == "contract_motorrijtuig"


def test_thanks_with_a_question_mid_form_get_the_question_answered():
    chat = Chat()
    chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik verzekerd?", "check_coverage")
    text = "Dank u wel, dan bel ik morgen even. Welk nummer was het ook alweer?"
    ranking = [
        {"name": "thank", "confidence": 0.55},
        {"name": "faq_contact", "confidence": 0.3},
        {"name": "check_coverage", "confidence": 0.1},
    ]
    said = ask_in_form(chat.slots, text, "thank", ranking)
    assert any("434 23 42" in m for m in said), said
    assert not any(MODULES_QUESTION in m for m in said), said
    # thanks without a question: nothing is sent (the welcome came from the rule)
    said = ask_in_form(chat.slots, "top bedankt", "thank", ranking)
    assert not any("434 23 42" in m for m in said), said


def test_why_do_you_ask_read_as_more_info_gets_the_reason_too():
    chat = Chat()
    chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik verzekerd?", "check_coverage")
    text = "waarom wilt u dat weten?"
    out = CollectingDispatcher()
    asyncio.run(ActionMoreDetails().run(out, form_tracker(chat.slots, text, "more_info"), {}))
    assert out.messages[0]["text"].startswith(
        "Dat vraag ik omdat het uitmaakt voor het antwoord: dit hangt af van de modules"
    )


def test_once_the_module_is_known_the_reply_says_verzekerd():
    chat = Chat()
    first = chat.say(
        "Ik heb Inkomen en Verkeer op mijn polis. Mijn werkgever wil me ontslaan, wat nu?", "check_coverage"
    )
    assert first[0].startswith("U bent hiervoor verzekerd met de module Inkomen (art. 2a Inkomen)"), first
    chat = Chat()
    chat.say("Mijn werkgever betaalt mijn overuren niet uit, het gaat om zo'n 2000 euro", "check_coverage")
    messages = chat.say("Ok. Ik heb Inkomen ja")
    assert "verzekerd" in messages[0] and "art. 2a Inkomen" in messages[0], messages


def test_thanks_with_which_number_gets_the_phone_number():
    chat = Chat()
    chat.say("Mijn buurman heeft een schutting op mijn grond gezet. Ben ik verzekerd?", "check_coverage")
    text = "Dank je, ik bel ze wel. Welk nummer moet ik bellen?"
    said = ask_in_form(chat.slots, text, "thank")
    assert any("434 23 42" in m for m in said), said
