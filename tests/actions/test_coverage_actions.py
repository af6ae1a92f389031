"""The coverage form's actions, driven turn by turn without a Rasa server (issue 11): answer
first, one question at a time with its reason, no prompt twice, never a trap."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from testkit.coverage_form import Chat  # noqa: F401  (re-exported: older round tests load it from here)

from actions.coverage import (
    ActionMoreDetails,
)
from actions.faq import ActionAnswerFaq
from flexbot.flexpolis.knowledge import knowledge

K = knowledge()


def test_first_reply_answers_before_it_asks():
    messages = Chat().say("mijn werkgever betaalt mijn loon niet, ben ik verzekerd?", "check_coverage")
    # Inkomen 2a, and the Arbeidsrecht option (Inkomen 3) that would exclude it: said up front.
    assert messages[0] == (
        "Met de module Inkomen bent u verzekerd voor een conflict over uw arbeidsovereenkomst met uw "
        "(ex-)werkgever (art. 2a Inkomen); zonder die module niet. Dat geldt "
        "niet als u op uw polis conflicten over arbeidsrecht heeft uitgesloten (art. 3 Inkomen, Arbeidsrecht)."
    )
    assert messages[1].startswith("Dit hangt af van de modules op uw polis. Welke modules")
    assert len(messages) == 2


def test_an_exclusion_whatever_the_modules_is_said_at_once():
    messages = Chat().say("ik heb een flitsboete gekregen, helpen jullie?", "check_coverage")
    assert len(messages) == 1 and "(art. 12 Algemene regels" in messages[0]
    assert messages[0].startswith("Dit conflict is niet verzekerd.")


def test_not_knowing_gets_the_answer_for_each_possibility_and_details_on_request():
    chat = Chat()
    chat.say("mijn werkgever betaalt mijn loon niet", "check_coverage")
    for reply in (
        "weet ik niet",
        "weet ik niet",
        "weet ik niet",
        "weet ik niet",
        "weet ik niet",
        "weet ik niet",
        "weet ik niet",
    ):
        if chat.slots["requested_slot"] is None:
            break
        last = chat.say(reply)
    verdict = last[-1]
    assert "Met de module Inkomen: verzekerd (art. 2a Inkomen); zonder die module: niet verzekerd" in verdict
    assert "Meer weten?" in verdict and verdict.endswith(K.reminder)
    out = CollectingDispatcher()
    asyncio.run(ActionMoreDetails().run(out, chat.tracker("meer uitleg", "more_info"), {}))
    assert "art. 9 Algemene regels" in out.messages[0]["text"]


def test_the_reminder_comes_once_per_conversation():
    chat = Chat()
    verdict = chat.say("ik heb een flitsboete gekregen", "check_coverage")[-1]
    assert verdict.endswith(K.reminder)
    for intent in ("faq_waiting_period", "faq_cancel"):
        out = CollectingDispatcher()
        chat._apply(asyncio.run(ActionAnswerFaq().run(out, chat.tracker("?", intent), {})))
        assert K.reminder not in out.messages[0]["text"] and "(art. " in out.messages[0]["text"]


def test_thanks_never_starts_the_form():
    messages = Chat().say("top, bedankt!", "check_coverage")
    assert messages == ["utter_you_are_welcome"]


def test_stop_and_restart_always_work_mid_form():
    for word in ("stop", "laat maar", "opnieuw"):
        chat = Chat()
        chat.say("de verhuurder wil mij uit mijn huis zetten", "check_coverage")
        assert chat.say(word) == ["utter_coverage_stopped"]


def test_a_correction_is_taken():
    chat = Chat()
    chat.say("de verhuurder wil mij uit mijn huis zetten", "check_coverage")
    messages = chat.say("nee, het gaat niet over de huur")
    assert messages[0] == "Dank u, dan laat ik dat los." and messages[-1].startswith("Wat voor conflict is het")
    # After a divorce verdict, the correction is a new description without the divorce.
    chat = Chat()
    assert "art. 3g Consument & Wonen" in chat.say("ik ga scheiden, helpen jullie?", "check_coverage")[-1]
    messages = chat.say("het gaat niet over een scheiding maar over mijn huurhuis", "check_coverage")
    assert "3g" not in " ".join(messages) and any("art. 2c Consument & Wonen" in m for m in messages)


def test_a_second_question_in_one_message_gets_its_own_answer():
    messages = Chat().say("Mijn buurman heeft mijn boom gekapt. Hoe meld ik een zaak?", "check_coverage")
    assert any("Zaak melden" in m for m in messages)
    assert any(m.startswith("Met de module Consument & Wonen") for m in messages)


def test_no_prompt_is_sent_twice_after_an_unusable_answer_and_no_loop():
    chat = Chat()
    chat.say("mijn werkgever betaalt mijn loon niet", "check_coverage")
    first = chat.say("blauw")
    assert len(first) == 1 and first[0].startswith("Ik herken daarin geen module.")
    again = chat.say("paars")
    assert len(again) == 1 and again[0].startswith("Ik herken daarin geen module.")
    second = chat.say("groen")
    assert "Dan ga ik verder zonder dat antwoord." in second[0]
    assert "Welke modules" not in second[-1]


def test_husband_is_not_the_opponent():
    chat = Chat()
    messages = chat.say("mijn man heeft ruzie met de buurman over de schutting", "check_coverage")
    assert not any("geen van beiden" in m for m in messages)


def test_a_complaint_without_a_question_gets_no_unrelated_article_text():
    # Issue 11: complaint acknowledgements carried art. 17/18 text from the FAQ.
    message = {
        "text": "ik ben het totaal niet eens met hoe jullie mij behandelen",
        "intent": {"name": "faq_disagreement"},
        "complaint": {"complaint": True, "question": False},
    }
    tracker = Tracker("t", {}, message, [], False, None, None, None)
    out = CollectingDispatcher()
    assert asyncio.run(ActionAnswerFaq().run(out, tracker, {})) == [] and out.messages == []
    asked = {**message, "complaint": {"complaint": True, "question": True}}
    out = CollectingDispatcher()
    asyncio.run(ActionAnswerFaq().run(out, Tracker("t", {}, asked, [], False, None, None, None), {}))
    assert "scheidsrechter" in out.messages[0]["text"]


def test_a_question_typed_as_an_answer_is_answered_and_the_form_goes_on():
    chat = Chat()
    chat.say("mijn werkgever betaalt mijn loon niet", "check_coverage")
    messages = chat.say("is er eigenlijk een wachttijd?")  # classified as an answer by mistake
    assert messages[0].startswith("Er is geen wachttijd") and "(art. 9 Algemene regels)" in messages[0]
    assert "Noem dan de modules op uw polis" in messages[-1]  # a reminder, not the whole prompt again


def test_an_answer_read_as_a_description_is_not_parsed_again_as_the_next_answer():
    chat = Chat()
    assert chat.say("kunnen jullie mij helpen, is dit gedekt?", "check_coverage")[-1].startswith("Wat voor conflict")
    messages = chat.say("mijn buurman", "check_coverage")
    assert not any("Ik herken daarin geen module" in m for m in messages), messages
    assert messages[0].startswith("Met de module Consument & Wonen") and "Welke modules" in messages[-1]


def test_a_conflict_told_next_to_a_general_question_gets_its_own_answer():
    message = {"text": "Hoe meld ik een zaak? Mijn buurman heeft mijn boom gekapt.", "intent": {"name": "faq_report"}}
    out = CollectingDispatcher()
    asyncio.run(ActionAnswerFaq().run(out, Tracker("t", {}, message, [], False, None, None, None), {}))
    texts = [m["text"] for m in out.messages]
    assert "Zaak melden" in texts[0]
    assert texts[1].startswith(
        "Met de module Consument & Wonen bent u verzekerd voor een conflict met de buren (art. 2e Consument & Wonen)"
    )
    message = {
        "text": "Wat is jullie telefoonnummer? Ik heb een flitsboete gekregen.",
        "intent": {"name": "faq_contact"},
    }
    out = CollectingDispatcher()
    asyncio.run(ActionAnswerFaq().run(out, Tracker("t", {}, message, [], False, None, None, None), {}))
    assert "(art. 12 Algemene regels" in out.messages[1]["text"]


def test_a_general_question_classified_as_coverage_gets_its_answer_not_the_form():
    # Art. 15: "niet meer in Nederland woont" ends the policy; no "Wat voor conflict is het?".
    messages = Chat().say("Ik ben net naar Spanje verhuisd, blijft mijn rechtsbijstand gelden?", "check_coverage")
    assert len(messages) == 1
    assert "niet meer in Nederland woont" in messages[0] and "(art. 15 Algemene regels" in messages[0]


def test_a_lawyer_hired_without_asking_is_art_11a_not_a_consumer_contract():
    messages = Chat().say(
        "Ik heb op eigen houtje een advocaat in de arm genomen. Vergoeden jullie dat?", "check_coverage"
    )
    assert len(messages) == 1 and "art. 11a Algemene regels" in messages[0]
