"""Round 19 complaint classes end to end (issue 11, misses of the blind pair first_answers18 / conversations14),
over the REST channel with the real model, rules and action server, in new wordings:
- dissatisfaction about a third party inside a coverage story (an adviser, a care home, a government body; also
  in English) is no complaint about ARAG; a complaint that names ARAG's side stays one;
- at the intake's consent question, a request for another handler gets art. 5 (seed 004), the question whether
  to talk it out with the employee first gets seeds 000/001 (a complaint can be made directly), and news that it
  is resolved already is taken (seed 001), none of them "Antwoord met ja of nee";
- the first reply to a plain complaint says when the Klachtenbureau contacts the customer (seed 004 art. 20)."""

from __future__ import annotations

REGISTERED = "Klachtenbureau onder referentie"
CONSENT_QUESTION = "Wilt u dat het Klachtenbureau contact met u opneemt"
YES_NO = "Antwoord met ja of nee"
CHECK_QUESTION = "Begrijp ik goed dat u ergens niet tevreden over bent"


def test_an_adviser_who_lost_the_savings_is_no_complaint_about_arag(chat):
    reply = chat.reply(
        "Een zogenaamde vermogensadviseur heeft 25.000 euro van mijn spaargeld in crypto gestoken. Alles is weg en "
        "hij reageert nergens meer op. Ik voel me zo bedrogen. Kan ik via mijn rechtsbijstand achter hem aan?"
    )
    assert "Klachtenbureau" not in reply and CHECK_QUESTION not in reply, reply


def test_a_care_home_that_lost_a_parents_belongings_is_no_complaint(chat):
    reply = chat.reply(
        "Ik regel dit voor mijn vader (79), hij heeft de polis. Het verpleeghuis heeft zijn hoorapparaten bij de "
        "schoonmaak weggegooid, 1.800 euro, en wil het niet vergoeden. Hij is er echt verdrietig van."
    )
    assert "Klachtenbureau" not in reply and CHECK_QUESTION not in reply, reply


def test_an_english_story_about_the_tax_office_is_no_complaint(chat):
    reply = chat.reply(
        "The tax office says I have to pay back 4,000 euros of allowances, but I reported my income correctly. "
        "I'm so frustrated. Will my legal insurance help me object?"
    )
    assert "Klachtenbureau" not in reply and CHECK_QUESTION not in reply, reply


def test_sadness_about_arags_own_handling_stays_a_complaint(chat):
    reply = chat.reply("Ik ben echt verdrietig over hoe jullie met mijn zaak omgaan, niemand belt me ooit terug.")
    assert REGISTERED in reply, reply


def test_a_plain_complaint_says_when_the_klachtenbureau_calls(chat):
    reply = chat.reply(
        "Al twee weken wacht ik op een reactie van mijn behandelaar. Drie mails gestuurd, nul antwoord. Heel slecht."
    )
    assert REGISTERED in reply and "5 werkdagen" in reply and CONSENT_QUESTION in reply, reply


def test_another_handler_asked_at_the_consent_question_is_art_5(chat):
    chat.say("Jullie jurist reageert al drie weken niet op mijn mails, echt slecht.")
    reply = chat.reply("trouwens wil ik ook graag een andere behandelaar, met deze klikt het gewoon niet")
    assert "andere behandelaar" in reply and "art. 5" in reply, reply
    assert YES_NO not in reply and CONSENT_QUESTION in reply, reply  # the intake goes on


def test_another_handler_with_a_yes_takes_the_yes(chat):
    chat.say("Mijn behandelaar heeft mijn dossier gewoon laten liggen, schandalig.")
    reply = chat.reply("ja graag, en ik wil ook een andere jurist")
    assert "andere behandelaar" in reply and YES_NO not in reply and CONSENT_QUESTION not in reply, reply


def test_whether_to_talk_it_out_with_the_employee_first_is_answered_from_the_policy(chat):
    chat.say("De medewerker aan de telefoon was vanmiddag ronduit onbeleefd tegen mij.")
    reply = chat.reply("Is het nodig dat ik het eerst met hem bespreek voordat ik een klacht mag indienen?")
    assert "rechtstreeks" in reply and "geen voorwaarde" in reply, reply
    assert YES_NO not in reply and CONSENT_QUESTION in reply, reply


def test_resolved_already_told_at_the_consent_question_keeps_the_complaint(chat):
    chat.say("Jullie hebben mijn mail van vorige maand nooit beantwoord, slecht hoor.")
    reply = chat.reply("Ze hebben me net alsnog gebeld en het is inmiddels opgelost.")
    assert "ook als die meteen is opgelost" in reply and YES_NO not in reply, reply


def test_who_pays_the_arbitrator_asked_at_the_consent_question_is_answered(chat):
    # art. 17: ARAG pays the arbitrator, outside the maximum; the intake then asks again
    chat.say("Ik ben het niet eens met hoe jullie mijn zaak behandelen, ik ben echt ontevreden.")
    reply = chat.reply("wie betaalt eigenlijk die scheidsrechter")
    assert "ARAG betaalt" in reply and "Antwoord met ja of nee" not in reply, reply
