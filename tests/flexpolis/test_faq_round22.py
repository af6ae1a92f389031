"""Issue 11, round 22: general answers and follow-ups found wrong in the blind pair first_answers21 /
conversations17 (written from seeds 004/000/001). Each test names the seed article that decides it; the texts
are new wordings of the class, not the set's lines."""

from __future__ import annotations

from flexbot.flexpolis import conversation, dialogue, faq_turn


def _check(story: str) -> dict:
    state, _ = dialogue.apply(dialogue.CheckState(), dialogue.facts_in_description(story))
    return state.dump()


def test_paying_the_second_lawyer_after_disagreeing_with_araGs_outside_lawyer_is_art_18() -> None:
    # art. 18: you pay the other specialist yourself; ARAG pays after all when you reach your goal definitively
    before = (
        "Het advocatenkantoor dat ARAG voor mij heeft ingeschakeld wil de zaak schikken, maar ik wil doorgaan naar "
        "de rechter."
    )
    turn = faq_turn.answer_faq("faq_own_lawyer", "Vergoeden jullie dan een nieuwe advocaat?", None, True, None, before)
    answer = turn.messages[0]
    assert "zelf betaalt" in answer and "alsnog" in answer and "art. 18" in answer, answer


def test_where_to_see_what_the_register_holds_is_the_cis_website() -> None:
    # art. 19: www.stichtingcis.nl tells how to see your data; never the coverage form
    asked = "Hoe kan ik controleren welke gegevens er over mij zijn vastgelegd?"
    assert conversation.faq_topic_in(asked) == "privacy"
    answer = conversation.answer_text("privacy", asked)
    assert answer.startswith("ARAG kan gegevens melden") and "stichtingcis" in answer, answer


def test_a_premium_forgotten_after_a_warning_is_art_14_15_days() -> None:
    # art. 14: after the date of the warning 15 more days insured; cover again the day after payment
    asked = "de acceptgiro is blijven liggen en nu heb ik een aanmaning van ARAG, ben ik nog wel gedekt?"
    assert conversation.faq_topic_in(asked) == "premium"
    short = conversation.short_and_details(conversation.answer_text("premium", asked))[0]
    assert "15 dagen" in short and "art. 14" in short, short


def test_the_opponents_costs_before_court_are_not_paid_art_10() -> None:
    # art. 10: buitengerechtelijke kosten of the other side are not paid, also when you must pay them
    asked = (
        "Mijn ex-werkgever wil dat ik de rekening van zijn advocaat betaal, voor het werk voordat we bij de "
        "kantonrechter kwamen. Vergoedt ARAG dat?"
    )
    assert conversation.second_faq_topic(asked) == "costs" or conversation.faq_topic_in(asked) == "costs"
    short = conversation.short_and_details(conversation.answer_text("costs", asked))[0]
    assert "buitengerechtelijke" in short and "ook als u die moet betalen" in short and "art. 10" in short, short


def test_the_report_answer_says_to_send_copies_only() -> None:
    # art. 7: "Stuur ons alleen kopieën van documenten. Houd de originele documenten zelf."
    turn = faq_turn.answer_faq("faq_report", "Hoe geef ik het door en welke papieren stuur ik mee?", None, True)
    assert "Zaak melden" in turn.messages[0] and "alleen kopieën" in turn.messages[0], turn.messages


def test_first_advice_after_a_not_covered_is_free() -> None:
    # Inleiding: the first advice by phone or e-mail is free, also for what the conditions do not cover
    asked = "Mag ik jullie dan wel om een gratis advies vragen?"
    assert faq_turn.named_topic(asked) == "not_covered"
    short = conversation.short_and_details(conversation.answer_text("not_covered", asked))[0]
    assert "gratis" in short and "inleiding" in short.lower(), short


def test_a_lawyer_with_an_office_abroad_for_a_dutch_conflict_is_art_5() -> None:
    # art. 5: a conflict in the Netherlands: a specialist registered and with an office in the Netherlands
    asked = "Mijn voorkeur gaat uit naar een advocaat die kantoor houdt in Gent. Kan dat?"
    short = conversation.short_and_details(conversation.answer_text("own_lawyer", asked))[0]
    assert short.startswith("Bij een conflict in Nederland moet hij in Nederland ingeschreven"), short


def test_the_other_party_with_its_own_arag_policy_is_a_belangenconflict() -> None:
    # art. 5: the other party insured with ARAG too: you may choose your own specialist
    asked = "Mijn zus heeft zelf ook een Flexpolis bij jullie. Krijgen we dan dezelfde jurist?"
    assert conversation.faq_topic_in(asked) == "own_lawyer"
    assert "belangenconflict" in conversation.answer_text("own_lawyer", asked)
    # and it is no answer to who has the conflict (art. 1): she is not taken as the one with the conflict
    assert dialogue.parse_answer("involved", asked).changes == {}


def test_cousins_on_a_booked_trip_are_travel_companions() -> None:
    # C&W 1: travel companions of a booked holiday are insured for the trip
    check = _check(
        "Ik had voor mij en twee nichten een vakantie naar Rhodos geboekt bij een reisbureau, het hotel was dicht."
    )
    turn = faq_turn.answer_faq(
        "faq_who_is_insured", "Kunnen mijn nichten ook hun geld terugkrijgen via mij?", None, True, check=check
    )
    assert "reisgenoten" in turn.messages[0] and "Consument & Wonen" in turn.messages[0], turn.messages


def test_a_passenger_asking_to_use_the_drivers_policy_is_verkeer_2() -> None:
    # Verkeer 2: the passengers of the insured's vehicle are insured
    check = _check(
        "Ik zat als bijrijder in de wagen van een collega toen een taxi ons op de kruising ramde, mijn pols is gebroken."
    )
    asked = "Ikzelf heb geen rechtsbijstand, maar mijn collega heeft een polis met Verkeer. Mag ik via hem?"
    assert conversation.faq_topic_in(asked) == "who_is_insured"
    answer = faq_turn.case_answer("who_is_insured", asked, check)
    assert answer and "passagiers" in answer and "art. 2 Verkeer" in answer, answer


def test_the_term_to_report_an_acquittal_is_one_month() -> None:
    # art. 12: report the decision within 1 maand
    check = _check("Ik ben vervolgd voor een vechtpartij en de rechter heeft me vrijgesproken.")
    turn = faq_turn.answer_faq(
        "faq_report", "hoeveel tijd heb ik om dat door te geven? wanneer moet ik het melden?", None, True, check=check
    )
    assert "binnen 1 maand" in turn.messages[0], turn.messages
    assert faq_turn.named_topic("uiterlijk wanneer moet ik dat aangeven?", "(art. 12 Algemene regels)") == "criminal"


def test_back_to_an_arag_lawyer_after_an_outside_one_is_not_possible() -> None:
    # art. 5: after an outside specialist you cannot go back to a specialist of ARAG
    asked = "En stel dat het niet klikt met hem, mag ik dan terug naar een jurist van ARAG?"
    short = conversation.short_and_details(conversation.answer_text("own_lawyer", asked))[0]
    assert short.startswith("Daarna kunt u niet meer terug"), short


def test_covered_again_after_paying_the_premium_is_the_day_after() -> None:
    # art. 14: cover starts again the day after ARAG received the premium
    turn = faq_turn.answer_faq(
        "faq_waiting_period", "heb het net overgemaakt, per wanneer ben ik weer gedekt?", None, True, "premium"
    )
    assert "de dag nadat ARAG de premie alsnog heeft ontvangen" in turn.messages[0], turn.messages
