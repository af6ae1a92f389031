"""Round 20 complaint classes end to end (issue 11, misses of the blind pair first_answers19 / conversations15),
over the REST channel with the real model, rules and action server, in new wordings:
- a third party's story (a private seller who no longer answers, a company using the customer's work, a firm
  blaming the customer in English) told with ARAG asked to take it on is no complaint and gets no check question;
- asking how to complain about ARAG stays a complaint and gets seed 000's channels, social media among them;
- at the intake: someone else for the case is art. 5's other handler, the complaint people's number is the
  Klachtenbureau's (033 - 434 24 20), and what becomes of a complaint is seeds 000/001 (leren, verbeteren);
- a complaint about a premium rise and changed conditions also gets art. 16 (cancel within 1 maand)."""

from __future__ import annotations

REGISTERED = "Klachtenbureau onder referentie"
CHECK_QUESTION = "Begrijp ik goed dat u ergens niet tevreden over bent"
YES_NO = "Antwoord met ja of nee"


def test_a_private_seller_who_stopped_answering_is_no_complaint(chat):
    reply = chat.reply(
        "op marktplaats een brommer van een particulier gekocht voor 900 euro. na 5 dagen motor vast. de verkoper "
        "leest mijn berichten niet eens meer. kan arag dit regelen"
    )
    assert REGISTERED not in reply and CHECK_QUESTION not in reply, reply


def test_a_company_using_the_customers_work_is_no_complaint(chat):
    reply = chat.reply(
        "ik maak illustraties als hobby en deel ze online. nu zie ik er een gewoon op mokken van een webwinkel!! "
        "niemand heeft het gevraagd. kan ik ze aanpakken met jullie?"
    )
    assert REGISTERED not in reply and CHECK_QUESTION not in reply, reply


def test_an_english_story_of_a_firm_blaming_the_customer_is_no_complaint(chat):
    reply = chat.reply(
        "A bus from the company that runs the shuttle clipped my bike at a junction. The bus company says it's my "
        "own fault for cycling in the dark. Can ARAG go after them?"
    )
    assert REGISTERED not in reply and CHECK_QUESTION not in reply, reply


def test_how_to_complain_gets_the_channels(chat):
    reply = chat.reply("Mag ik mijn klacht over jullie ook op Instagram zetten, of moet het echt via dat formulier?")
    assert "social media" in reply, reply


def _complaint(chat) -> None:
    reply = chat.reply("Mijn jurist laat al vier weken niets van zich horen en belt nooit terug. Heel slecht dit.")
    assert REGISTERED in reply, reply


def test_someone_else_at_the_intake_is_another_handler(chat):
    _complaint(chat)
    reply = chat.reply("Kan er niet gewoon een ander op mijn zaak?")
    assert "andere behandelaar" in reply and YES_NO not in reply, reply


def test_the_complaint_peoples_number_at_the_intake(chat):
    _complaint(chat)
    reply = chat.reply("Hoe krijg ik die klachtenafdeling aan de lijn? Ik heb geen internet.")
    assert "434 24 20" in reply and YES_NO not in reply, reply


def test_what_becomes_of_the_complaint_at_the_intake(chat):
    _complaint(chat)
    reply = chat.reply("goed. en wat doen jullie er dan mee?")
    assert "leren" in reply and "verbeter" in reply, reply


def test_a_premium_rise_complaint_gets_art_16(chat):
    reply = chat.reply("Nu weer 9% premieverhoging en ook nog andere voorwaarden. Echt schandalig van jullie!")
    assert "maand" in reply and "art. 16" in reply, reply


def test_a_minor_insured_through_a_parent_is_no_complaint(chat):
    reply = chat.reply(
        "hoi ik ben 16 en werd op mn fiets aangereden door een busje dat geen voorrang gaf. enkel gekneusd en fiets "
        "stuk. mn vader heeft rechtsbijstand bij jullie en ik woon bij hem"
    )
    assert REGISTERED not in reply and CHECK_QUESTION not in reply, reply


def test_not_being_able_to_pay_the_premium_is_a_question(chat):
    reply = chat.reply(
        "Ik zit even krap en kan de premie van volgende maand niet betalen. Ben ik dan direct onverzekerd?"
    )
    assert REGISTERED not in reply and CHECK_QUESTION not in reply, reply


def test_suing_arag_at_the_intake_is_art_11q(chat):
    reply = chat.reply("Jullie verhogen zomaar de premie met 10% en passen de voorwaarden aan. Belachelijk!")
    assert REGISTERED in reply and "art. 16" in reply, reply
    reply = chat.reply("mag ik jullie dan met deze verzekering voor de rechter slepen")
    assert "11q" in reply and YES_NO not in reply, reply
