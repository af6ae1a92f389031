"""Round 14 conversation classes (issue 11, blind set conversations9), in new wordings: 'laat maar' with a
new conflict starts that check; "wat kan ik dan nog wel?" after a 'not covered' gets what ARAG still offers;
a conflict with one's own child at home asks 'alleenstaand' first (art. 1); a lawyer-relative question
answered first."""

from __future__ import annotations

from testkit.coverage_form import Chat, after_verdict, follow_up


def test_laat_maar_with_another_conflict_starts_its_check() -> None:
    chat = Chat()
    chat.say("Ik ben zzp en een opdrachtgever betaalt mijn factuur niet", "check_coverage")
    reply = " ".join(
        chat.say("laat maar, andere vraag: de buren hebben hun schuur op onze grond gezet", "check_coverage")
    )
    assert "2e Consument & Wonen" in reply


def test_what_can_i_still_do_after_not_covered_gets_what_arag_still_offers() -> None:
    slots = after_verdict("Mijn opdrachtgever betaalt mijn factuur niet, ik ben zzp")
    reply = " ".join(follow_up(slots, "jammer. wat kunnen we dan nog wel?", "inform"))
    assert "korting" in reply or "advies" in reply  # Inleiding: Legal Services, first advice, discount


def test_a_conflict_with_ones_child_at_home_asks_alleenstaand_first() -> None:
    chat = Chat()
    replies = chat.say(
        "Mijn dochter woont thuis en heeft mijn telefoon kapot laten vallen, ze wil niet betalen", "check_coverage"
    )
    assert "alleenstaand" in replies[-1] and "Welke modules" not in replies[-1]  # art. 1 'Let op'
    assert "niet verzekerd" in " ".join(chat.say("nee"))


def test_ok_en_with_another_persons_conflict_is_a_new_matter() -> None:
    chat = Chat()
    chat.say("De thuiszorg van mijn moeder rekent te veel", "check_coverage")
    reply = " ".join(chat.say("ok. en mijn zoon dan, die studeert in Groningen en zijn huisbaas houdt zijn borg in"))
    assert "dagstudie" in reply and "2c Consument & Wonen" in reply  # art. 1 and C&W 2c


def test_bought_from_a_private_seller_told_as_a_reply_is_verkeer_4d() -> None:
    chat = Chat()
    chat.say("Ik heb Verkeer. Mijn gekochte auto heeft na twee weken een kapotte koppeling.", "check_coverage")
    reply = " ".join(chat.say("gekocht van een particulier op marktplaats, gewoon privé"))
    assert "4d Verkeer" in reply and "niet verzekerd" in reply


def test_a_detail_after_a_verdict_gets_the_answer_not_a_rephrase() -> None:
    slots = after_verdict("de belastingdienst wil 3000 euro van me terug")
    reply = " ".join(follow_up(slots, "gaat om de aanslag inkomstenbelasting", "inform"))
    assert "11j" in reply and "utter_ask_rephrase" not in reply


def test_a_cost_question_in_a_case_running_at_arag_starts_no_check() -> None:
    chat = Chat()
    replies = chat.say(
        "Er loopt bij jullie een zaak tegen mijn werkgever. Zijn advocaat stuurt me nu buitengerechtelijke kosten. "
        "Vergoeden jullie die als ik verlies?",
        "check_coverage",
    )
    assert "buiten de rechtszaak" in replies[0] and "art. 10" in replies[0]
    assert "Welke modules" not in " ".join(replies)


def test_moving_abroad_asked_with_a_reason_is_art_15_not_a_conflict() -> None:
    chat = Chat()
    replies = chat.say(
        "Wij verhuizen volgend jaar naar Frankrijk om daar met pensioen te gaan. Loopt onze polis dan door?",
        "check_coverage",
    )
    assert replies[0].startswith(
        "De verzekering stopt automatisch als de verzekeringnemer niet meer in Nederland woont"
    )
    assert "Welke modules" not in " ".join(replies)


def test_a_question_about_the_complaint_mid_check_gets_the_klachtenbureaus_term() -> None:
    chat = Chat()
    chat.say("De aannemer heeft ons dak verkeerd gelegd.", "check_coverage")
    reply = " ".join(chat.say("hoe snel reageert het klachtenbureau eigenlijk op mijn klacht?"))
    assert "5 werkdagen" in reply and "2 werkdagen" not in reply  # art. 20, not art. 5


def test_a_correction_opened_with_o_wacht_nee_starts_from_the_new_facts() -> None:
    chat = Chat()
    chat.say("ruzie over de huur, ik heb c&w", "check_coverage")
    reply = " ".join(chat.say("o wacht nee het gaat om de kamer die ik zelf verhuur, de huurder betaalt niet"))
    assert "3b Consument & Wonen" in reply  # renting out: excluded


def test_a_companion_told_with_the_modules_is_taken() -> None:
    chat = Chat()
    chat.say("hotel in Italië geboekt, kamer was vies en ze geven niks terug", "check_coverage")
    reply = " ".join(chat.say("ik heb c&w. mijn zus ging mee, zij heeft ook schade"))
    assert "reisgenoot" in reply  # C&W 1


def test_the_same_accident_privately_after_a_verkeer_4c_verdict_is_verkeer_3a() -> None:
    slots = after_verdict("Ik ben koerier en bezorg met mijn eigen bus. Een auto reed achterop mij. Ik heb Verkeer.")
    reply = " ".join(follow_up(slots, "en als het op zondag was gebeurd, gewoon privé?", "inform"))
    assert "3a Verkeer" in reply  # Verkeer 4c no longer applies


def test_both_roles_with_the_conflict_of_the_business_after_a_verdict_stays_business() -> None:
    chat = Chat()
    chat.say("Een klant betaalt mijn factuur van 800 euro niet.", "check_coverage")
    reply = " ".join(
        chat.say("allebei: ik werk in loondienst, daarnaast heb ik een eenmanszaak en dit was een klus daarvan")
    )
    assert "niet verzekerd" in reply and "particulier" in reply  # C&W 1: private role only


def test_a_detail_told_with_an_answer_mid_check_keeps_the_conflict() -> None:
    chat = Chat()
    chat.say("occasion gekocht bij een autobedrijf, na een week is de koppeling kapot", "check_coverage")
    replies = chat.say("er zat een half jaar garantie op, staat op de bon. ik heb alleen c&w", "check_coverage")
    assert not any("Eerder zei u iets anders" in m for m in replies), replies
    assert "3c Consument & Wonen" in " ".join(replies)  # motor vehicles are not C&W's


def test_a_person_told_after_the_who_is_insured_answer_gets_art_1() -> None:
    from flexbot.flexpolis import conversation

    answer = conversation.fallback_answer("mijn zoon van 20, hij studeert in Leiden en woont daar op kamers") or ""
    assert "dagstudie" in answer  # art. 1


def test_a_question_typed_without_a_mark_at_the_check_question_is_its_own() -> None:
    from actions import complaints

    assert complaints.is_own_question("en als ik de premie gewoon niet meer betaal")
    assert not complaints.is_own_question("nee hoor")


def test_telling_it_otherwise_after_a_verdict_is_art_11d_and_changes_nothing() -> None:
    slots = after_verdict("Mijn opdrachtgever betaalt mijn factuur van 900 euro niet, ik ben zzp")
    reply = " ".join(follow_up(slots, "en als ik het gewoon als privé opgeef?", "inform"))
    assert "11d" in reply and "verandert het antwoord" not in reply


def test_an_option_told_with_the_modules_is_taken() -> None:
    chat = Chat()
    chat.say("De hond van de buren heeft onze kat doodgebeten.", "check_coverage")
    reply = " ".join(chat.say("Consument & Wonen, maar ik heb burenrecht uitgesloten."))
    assert "niet verzekerd" in reply and "Burenrecht" in reply  # C&W 3


def test_an_acquittal_question_after_a_fine_is_art_12_not_what_else_arag_offers() -> None:
    slots = after_verdict("Ik heb een boete van 250 euro gekregen voor door rood rijden, maar het was oranje.")
    reply = " ".join(follow_up(slots, "Dus ik moet zelf een advocaat betalen? En als ik gelijk krijg?", "inform"))
    assert "art. 12" in reply


def test_i_want_to_cancel_at_an_intake_question_is_a_request_not_a_yes_or_no() -> None:
    from actions import complaints

    assert complaints.WANTS_TO_DO.search(complaints.fold("Ik vind dat belachelijk. Ik wil opzeggen."))
    assert not complaints.WANTS_TO_DO.search(complaints.fold("ja dat wil ik"))
