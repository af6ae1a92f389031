"""The first Dutch conversations, end to end over the REST channel with a real trained model."""

from __future__ import annotations

import pytest

from flexbot.flexpolis import replies

PHONE = replies.contact()["servicecenter"]["phone"]
EMAIL = replies.contact()["servicecenter"]["email"]


@pytest.mark.parametrize("greeting", ["hallo", "Goedemorgen!", "hoi"])
def test_greeting(chat, greeting):
    assert "digitale assistent van ARAG" in chat.reply(greeting)


def test_goodbye_and_thanks(chat):
    assert "Graag gedaan" in chat.reply("bedankt voor de hulp")
    assert "Tot ziens" in chat.reply("doei")


@pytest.mark.parametrize("question", ["ben je een robot?", "Praat ik met een mens?", "is dit een chatbot"])
def test_bot_challenge(chat, question):
    answer = chat.reply(question)
    assert "digitale assistent" in answer and "geen mens" in answer


def test_out_of_scope(chat):
    assert "Daar kan ik u helaas niet mee helpen" in chat.reply("wat voor weer wordt het morgen?")


def test_two_stage_fallback_asks_to_rephrase_then_offers_the_phone_number(chat):
    first = chat.reply("qwrtp zxcvb")
    assert "andere manier" in first
    second = chat.reply("blorp flimsk")
    assert PHONE in second and EMAIL in second


def test_asking_for_a_person_explains_how_to_reach_one(chat):
    answer = chat.reply("ik wil een medewerker spreken")
    assert PHONE in answer and "medewerker" in answer


@pytest.mark.parametrize(
    "message",
    [
        "Hello, do you speak English? I have a question about my policy",
        "Guten Tag, ich habe eine Frage zu meiner Versicherung",
        "Bonjour, j'ai une question sur mon assurance",
    ],
)
def test_other_language_gets_a_polite_dutch_reply_citing_article_3(chat, message):
    answer = chat.reply(message)
    assert "Nederlands" in answer
    assert "(art. 3 Algemene regels)" in answer


def test_faq_through_the_action_server_cites_the_article(chat):
    answer = chat.reply("Hoe meld ik een zaak?")
    assert "(art. 7 Algemene regels; art. 11b Algemene regels; art. 11c Algemene regels)" in answer
    assert "Uw polis bepaalt" in answer and PHONE in answer


def test_contact_question(chat):
    answer = chat.reply("wat is jullie telefoonnummer?")
    assert PHONE in answer and EMAIL in answer
