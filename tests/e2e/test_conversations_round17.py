"""Round 17 conversation classes end to end (issue 11, misses of the tuned conversation sets 8-11), over
the REST channel with the real model, rules and action server, in new wordings:
- dissatisfaction with ARAG's service told in the middle of a coverage check is registered at once, and an
  answer to the check's question in the same message is taken;
- a criminal charge the customer denies ("maar ik heb niks gedaan") is a question about art. 12, no complaint;
- a statement at the intake's consent question is answered, not read as a no; "laat maar" with a question
  stops the intake and answers it;
- an English reply with the modules gets the verdict for the English story told before it (art. 3 still said);
- "wat gaat mij dat kosten?" after a verdict names the eigen risico (art. 14)."""

from __future__ import annotations

import re

MODULES_ASKED = "Welke modules"
REGISTERED = "Klachtenbureau onder referentie"


def test_dissatisfaction_with_arags_phone_service_mid_check_is_registered(chat):
    chat.say("Mijn verhuurder repareert de lekkende dakgoot niet. Ik heb Consument & Wonen.")
    reply = chat.reply("Ik zit hier al een week op te wachten, niemand belt me terug, dat vind ik slecht.")
    assert REGISTERED in reply, reply
    assert "privé" in reply or "(ja/nee)" in reply, reply  # the check goes on


def test_dissatisfaction_with_having_to_pay_first_mid_check_is_registered(chat):
    chat.say("Er zit schimmel in de muur van ons koophuis door een fout van de aannemer. Wij hebben Consument & Wonen.")
    reply = chat.reply(
        "Slecht geregeld eigenlijk dat ik zo'n rapport eerst zelf moet voorschieten, dat wil ik even kwijt."
    )
    assert REGISTERED in reply, reply


def test_the_modules_told_with_a_complaint_are_taken(chat):
    chat.say("Een webwinkel heeft mijn racefiets van 700 euro nooit geleverd.")
    reply = chat.reply(
        "Ik heb alleen Consument & Wonen. Wel balen dat ik eerst een half uur bij jullie in de wacht stond."
    )
    assert REGISTERED in reply, reply
    assert re.search(r"2b Consument & Wonen", reply) and MODULES_ASKED not in reply, reply


def test_a_denied_criminal_charge_is_art_12_not_a_complaint(chat):
    reply = chat.reply(
        "Ik moet in maart voor de politierechter verschijnen wegens bedreiging, terwijl ik niks gedaan heb."
    )
    assert "vrijspreekt" in reply and "Klachtenbureau" not in reply, reply


def test_a_summons_with_a_question_about_the_lawyer_is_art_12(chat):
    reply = chat.reply("Ik ben gedagvaard voor vernieling maar ik was er niet eens bij. Betalen jullie mijn advocaat?")
    assert "vrijspreekt" in reply and "Klachtenbureau" not in reply, reply


def test_a_statement_at_the_consent_question_is_answered_not_read_as_no(chat):
    reply = chat.reply("Ik ben ontevreden over de behandeling van mijn zaak door jullie.")
    assert "(ja/nee)" in reply, reply
    reply = chat.reply("de jurist zegt dat het geen zin heeft om door te gaan maar dat zie ik echt anders")
    assert "scheidsrechter" in reply and "geen contact" not in reply, reply


def test_laat_maar_with_a_cancellation_stops_the_intake_and_answers_it(chat):
    chat.say("Jullie hebben mijn melding gewoon laten liggen, ik ben er klaar mee!")
    reply = chat.reply("laat maar zitten, ik zeg die hele polis wel op")
    assert "1 maand" in reply and "brief" in reply, reply


def test_an_english_reply_with_the_modules_gets_the_verdict(chat):
    chat.say("Hi, my landlord refuses to repair the heating in the apartment I rent. Can you help me?")
    reply = chat.reply("I have Consument en Wonen.")
    assert "2c Consument & Wonen" in reply and "niet tevreden" not in reply, reply


def test_what_it_costs_me_after_a_verdict_names_the_eigen_risico(chat):
    chat.say("De garage heeft mijn koppeling vervangen en nu schakelt de auto slechter dan ervoor. Ik heb Verkeer.")
    reply = chat.reply("wat gaat mij dat kosten?")
    assert "eigen risico" in reply, reply


def test_the_modules_as_a_first_sentence_before_a_complaint_are_taken(chat):
    chat.say("Mijn nieuwe wasmachine van 850 euro lekt en de winkel weigert hem te repareren.")
    reply = chat.reply(
        "Consument & Wonen. Verder vind ik het slecht dat niemand van jullie mij vorige week terugbelde."
    )
    assert REGISTERED in reply and "2b Consument & Wonen" in reply and MODULES_ASKED not in reply, reply


def test_a_refusal_by_the_customers_other_insurer_is_no_complaint(chat):
    reply = chat.reply("Mijn reisverzekeraar weigert mijn gestolen camera te vergoeden omdat ik te laat aangifte deed.")
    assert "Klachtenbureau" not in reply and "niet tevreden" not in reply, reply


def test_going_to_court_asked_at_the_consent_question_is_answered(chat):
    chat.say("Ik ben het oneens met hoe jullie mijn zaak hebben afgehandeld, echt slecht.")
    reply = chat.reply("Mag ik er ook mee naar de rechter?")
    assert "rechter" in reply and "Antwoord met ja of nee" not in reply, reply


def test_what_else_arag_can_do_after_a_not_covered(chat):
    chat.say("Ik word failliet verklaard omdat ik mijn schulden niet kan betalen. Helpen jullie?")
    reply = chat.reply("Is er dan nog iets wat jullie wel voor me kunnen doen?")
    assert "gratis" in reply and "begreep" not in reply, reply


def test_an_urgent_question_how_to_report_mid_check_is_art_7(chat):
    chat.say("Mijn werkgever heeft me gisteren op staande voet ontslagen. Ik heb Inkomen.")
    reply = chat.reply("wat is de snelste manier om dit aan jullie door te geven? het haast")
    assert "434 23 42" in reply, reply


def test_a_missed_premium_asks_whether_still_insured_is_art_14(chat):
    reply = chat.reply(
        "Mijn premie is teruggeboekt omdat mijn rekening leeg was en nu heb ik een aanmaning. Ben ik nog verzekerd?"
    )
    assert "15 dagen" in reply and "11q" not in reply, reply


def test_where_else_to_insure_after_the_taxi_exclusion(chat):
    chat.say("Ik ben rijinstructeur en in mijn lesauto werd ik van achteren geraakt. Ik heb Verkeer.")
    reply = chat.reply("Hoe kan ik me daar dan wel voor verzekeren?")
    assert "ProRechtCombinatie Zakelijke Markt" in reply, reply


def test_a_complaint_asking_where_to_complain_gets_the_klachtenbureau_term(chat):
    reply = chat.reply(
        "Mijn behandelaar belt al weken niet terug, ik ben er heel ontevreden over. Bij wie kan ik een klacht indienen?"
    )
    assert "5 werkdagen" in reply and REGISTERED in reply, reply


def test_a_director_asking_about_his_module_is_no_complaint(chat):
    reply = chat.reply(
        "Ik ben statutair directeur van de bv en de aandeelhouders zetten me op straat met een belachelijk lage "
        "vergoeding. Kan ik gebruik maken van mijn polis met Inkomen?"
    )
    assert "3c" in reply and "Klachtenbureau" not in reply, reply


def test_the_own_casco_insurer_refusing_is_verkeer_3e(chat):
    reply = chat.reply("Mijn cascoverzekeraar wil de schade aan mijn auto na de storm niet vergoeden.")
    assert "3e Verkeer" in reply and "Klachtenbureau" not in reply, reply


def test_who_reports_for_a_child_names_the_permission(chat):
    chat.say("Mijn dochter woont op kamers voor haar studie en haar huisbaas houdt de borg van 700 euro in.")
    chat.say("Consument & Wonen, en niet alleenstaand.")
    reply = chat.reply("Mag zij dat zelf melden of moet ik het doen?")
    assert "toestemming" in reply and "434 23 42" in reply, reply


def test_a_conflict_in_the_days_without_cover_after_a_premium_warning(chat):
    chat.say("Ik kreeg een waarschuwing voor de premie met datum 3 april, ik heb op 25 april pas betaald.")
    reply = chat.reply("Op 21 april kreeg ik ruzie met mijn huisbaas over de servicekosten. Ik heb Consument & Wonen.")
    assert "15 dagen" in reply and "tot en met 18 april" in reply and MODULES_ASKED not in reply, reply


def test_an_independent_body_asked_at_the_consent_question_is_the_kifid(chat):
    chat.say("Ik ben echt boos over hoe traag jullie met mijn zaak tegen de verhuurder omgaan.")
    reply = chat.reply("Kan ik hiermee ook bij een onafhankelijke instantie terecht?")
    assert "Kifid" in reply, reply


def test_the_other_sides_lawyer_named_by_its_party_is_the_costs_answer(chat):
    chat.say("Mijn werkgever betaalt mijn laatste loon niet uit. Ik heb Inkomen.")
    reply = chat.reply("en als ik verlies, moet ik dan de advocaat van de zaak betalen?")
    assert "rechter" in reply, reply


def test_a_local_lawyer_asked_mid_check_is_the_own_lawyer_answer(chat):
    chat.say("Een automobilist reed me van mijn fiets af, mijn pols is gebroken. Ik heb Verkeer.")
    reply = chat.reply("mag ik dan een letselschadeadvocaat hier uit de buurt nemen?")
    assert "procedure" in reply and "niet verzekerd" not in reply, reply


def test_having_to_pay_something_oneself_after_a_verdict_is_the_eigen_risico(chat):
    chat.say(
        "De stukadoor heeft ons plafond scheef gestuukt en wil het niet overdoen. Ik heb Consument & Wonen met eigen woning."
    )
    reply = chat.reply("Moeten we dan zelf nog wat bijbetalen?")
    assert "eigen risico" in reply, reply


def test_moving_abroad_told_before_the_question_is_art_15(chat):
    reply = chat.reply("Wij willen volgend jaar naar Spanje emigreren. Blijft onze polis dan ook gewoon gelden?")
    assert "automatisch" in reply and "niet meer in Nederland" in reply, reply


def test_the_eigen_risico_in_a_traffic_case_leads_with_none(chat):
    reply = chat.reply("moet ik eigen risico betalen als iemand anders mij heeft aangereden?")
    assert "U betaalt geen eigen risico" in reply, reply
