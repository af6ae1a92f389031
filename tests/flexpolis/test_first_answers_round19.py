"""Issue 11, round 19: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers18.jsonl and conversations14.jsonl, written blind from seed 004). Each test names
the seed article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

import re

from testkit.stories import first, kind

from flexbot.flexpolis import conversation, dialogue


def test_charges_denied_in_a_list_are_no_fine() -> None:
    # Verkeer 3d: the licence decision; "geen strafzaak of boete" names neither as the conflict (art. 12)
    story = "Het CBR trekt mijn rijbewijs in na een oogtest. Er loopt geen proces-verbaal of strafzaak tegen mij."
    assert kind(story) == "rijbewijs"
    assert kind("Ik kreeg een boete maar er is geen strafzaak") == "boete"


def test_a_barrier_that_came_down_on_the_car_is_verkeer_3b() -> None:
    story = "Bij de uitgang van het parkeerterrein zakte de slagboom op mijn auto, het dak heeft een deuk."
    assert kind(story) == "schade_vervoermiddel"
    assert "3b Verkeer" in first(story)


def test_a_thing_someone_threw_is_harm_by_another_and_its_repair_the_damage() -> None:
    # C&W 2a, not the repair contract of C&W 2b
    assert kind("Een collega smeet mijn koptelefoon op de grond, reparatie kost 180 euro") == "onrechtmatige_daad"
    assert kind("Op het feest heeft iemand bier over mijn tablet gegooid, de reparatie is 400 euro") == (
        "onrechtmatige_daad"
    )


def test_a_scooter_that_ran_into_me_is_no_purchase() -> None:
    assert kind("Een brommer reed mij op de stoep aan, mijn telefoon is kapot") != "contract_motorrijtuig"


def test_a_later_month_told_before_the_policys_month_is_last_years() -> None:
    # art. 9: "sinds oktober ... in februari verzekerd": the first event came before the policy
    story = "Sinds oktober ruzie ik met de aannemer over scheuren. In februari heb ik de verzekering afgesloten."
    assert dialogue.first_event_in_text(story) is False
    assert dialogue.first_event_in_text("Ik ben sinds februari verzekerd, in april begon het gedoe") is None


def test_a_household_member_arrested_is_a_criminal_case() -> None:
    # art. 12: the suspect's costs come back after an acquittal
    assert kind("Mijn dochter is gisteren aangehouden wegens mishandeling na een ruzie in de kroeg") == "strafzaak"
    assert kind("De inbreker is aangehouden voor de inbraak bij ons") != "strafzaak"
    assert "vrijspreekt" in first("Mijn zoon van 16 moet voor de kinderrechter verschijnen voor een zitting")


def test_the_maximum_asked_in_other_words() -> None:
    # art. 6
    assert conversation.faq_topic_in("tot welk bedrag betalen jullie als het een rechtszaak wordt?") == "maximum"
    assert conversation.faq_topic_in("wat is dan de max die jullie vergoeden?") == "maximum"


def test_the_customer_repaying_a_loan_is_no_refund_conflict() -> None:
    # art. 13: the borgsom is lent and repaid; no C&W 2b conflict about a refund
    assert kind("Moet ik die borgsom later terugbetalen?") is None
    assert kind("De webwinkel wil mijn geld niet terugbetalen") == "consumentenkoop"


def test_a_module_denied_is_not_on_the_policy() -> None:
    assert dialogue.parse_modules("ik heb wel Inkomen, geen Verkeer") == frozenset({"inkomen"})
    assert dialogue.parse_modules("zonder consument en wonen") is None


def test_a_child_on_its_parents_policy_studying_away() -> None:
    # art. 1: children living elsewhere for a dagstudie are insured
    told = "Ik ben zelf niet verzekerd maar mijn vader heeft de rechtsbijstand, ik woon op kamers voor mijn studie"
    assert dialogue.involved_in_description(told) == "child_studying"


def test_eigen_risico_asked_as_paying_something_towards_it() -> None:
    assert re.search(conversation.COST_TO_ME, "moeten we er dan zelf nog wat aan betalen")


def test_arrears_owed_to_arag_with_dates_is_art_14_without_the_modules() -> None:
    from flexbot.flexpolis import premium_dates

    story = (
        "Ik liep achter met betalen, een betalingsachterstand bij jullie. De aanmaning kwam op 2 maart, op 30 maart "
        "heb ik betaald. Op 25 maart kreeg ik ruzie met de garage."
    )
    answer = premium_dates.gap_answer(story, None)
    assert answer and "15 dagen" in answer and "niet verzekerd" in answer, answer


def test_a_partner_who_does_not_live_with_the_customer_is_not_insured() -> None:
    # art. 1: only the partner one lives with
    answer = first(
        "Mijn vriend en ik wonen niet samen. Hij heeft ruzie met zijn huisbaas, mag hij mijn polis gebruiken?"
    )
    assert answer.startswith("Dit conflict is niet verzekerd") and "art. 1" in answer, answer


def test_a_neighbours_fence_on_my_plot_is_a_neighbour_conflict() -> None:
    # C&W 2e, not another plot of land (C&W 3a); Flemish "gebuur"
    assert kind("De geburen hebben hun tuinhuis deels op mijn perceel gebouwd") == "burenconflict"


def test_how_much_is_paid_at_most_beats_the_own_lawyer_reading() -> None:
    assert conversation.overriding_topic(
        "own_lawyer", "als het een rechtszaak wordt, tot welk bedrag betalen jullie?"
    ) == ("maximum")


def test_calling_asked_mid_check_is_the_contact_answer() -> None:
    assert conversation.faq_topic_in("Mijn vader heeft geen computer. Kan hij ook gewoon bellen?") == "contact"


def test_friends_on_the_booked_holiday_get_the_travel_companions_sentence_first() -> None:
    # C&W 1: reisgenoten, for the trip to and from the destination
    assert conversation.faq_topic_in("Kunnen mijn vrienden dan ook mee in de zaak?") == "who_is_insured"
    short = conversation.short_and_details(
        conversation.answer_text("who_is_insured", "kunnen mijn vrienden ook mee"),
        question="kunnen mijn vrienden van de vakantie ook mee",
    )[0]
    assert "reisgenoten" in short, short


def test_a_module_taken_out_now_for_this_conflict_is_art_9() -> None:
    for asked in (
        "kan ik Verkeer er nu nog bij afsluiten voor dit ongeluk?",
        "mag ik die module nog bijsluiten hiervoor",
    ):
        assert conversation.overriding_topic("modules", asked) == "waiting_period", asked


def test_the_eigen_risico_asked_in_a_criminal_check_leads_with_none() -> None:
    # art. 14: "voor strafzaken betaalt u nooit een eigen risico"
    from flexbot.flexpolis import faq_turn

    check = {"question": {"conflict": "dood_letsel_door_schuld"}}
    turn = faq_turn.answer_faq("faq_eigen_risico", "betaal ik daar eigen risico voor?", None, True, check=check)
    assert turn.messages[0].startswith("U betaalt geen eigen risico bij strafzaken"), turn.messages


def test_reporting_it_right_after_the_criminal_answer_is_the_decisions_month() -> None:
    # art. 12: report the acquittal within 1 month
    from flexbot.flexpolis import faq_turn

    turn = faq_turn.answer_faq(
        "faq_report", "hoe snel moet ik dat doorgeven?", None, True, previous_topic="criminal", previous_text="x"
    )
    assert "1 maand" in turn.messages[0], turn.messages


def test_a_partner_along_for_the_ride_is_no_opponent() -> None:
    from flexbot.flexpolis import conflicts

    assert conflicts.opponent_of("ik reed met mijn vrouw naast me toen een taxi ons raakte") != "partner"
    assert conflicts.opponent_of("ik heb ruzie met mijn vrouw over de auto") == "partner"
