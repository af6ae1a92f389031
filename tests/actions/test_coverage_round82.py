"""Issue 11, round 82: conversation classes left by rounds 78-81 (follow-ups in a check and after its verdict), each in
new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import kind

from actions.complaints import about_the_case_decision
from actions.coverage_follow_up import _after_verdict
from bot.components import third_party
from flexbot.flexpolis import check_reply, faq_turn, story_facts
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.dialogue import CheckState


def _last(replies: list[list[str]]) -> str:
    return " / ".join(replies[-1])


def test_the_whole_procedure_asked_mid_check_is_the_maximum() -> None:
    # art. 6: ARAG's own specialists in full, other costs up to EUR 15,000 per event; not "Dank u" and the question again
    _, replies = check(
        "Als penningmeester van onze tennisvereniging word ik door een oud-lid persoonlijk aansprakelijk gesteld.",
        "Consument & Wonen heb ik.",
        "Het gaat om 30.000 euro. Vergoeden jullie dan alle kosten?",
    )
    assert "15.000" in _last(replies) and "art. 6" in _last(replies)


def test_the_other_side_a_customer_of_arag_too() -> None:
    # art. 5: a belangenconflict, in which the customer may choose a lawyer
    assert story_facts.circumstances_in_story("De verhuurder is ook klant bij ARAG.").get("facts.tegenpartij_bij_arag")
    _, replies = check(
        "De buurman heeft zijn schutting op onze grond gezet en weigert die te verplaatsen.",
        "We hebben Consument & Wonen.",
        "Die buurman zit trouwens ook als klant bij jullie. Maakt dat iets uit?",
    )
    assert "belangenconflict" in _last(replies)


def test_a_second_small_matter_asked_about_mid_check_is_11g() -> None:
    # art. 11g: on its own a conflict of EUR 175 or less is not insured
    _, replies = check(
        "Ik heb Consument & Wonen. De aannemer heeft onze badkamer verbouwd voor 7.400 euro en de tegels laten los.",
        "Daarnaast rekent de bouwmarkt me 95 euro voor een bezorging die nooit kwam. Kan dat apart?",
    )
    assert "175" in _last(replies) and "art. 11g" in _last(replies)
    # no kind of its own: the note, and nothing of it taken into the check
    chat, replies = check(
        "Ik heb Consument & Wonen. De aannemer heeft onze badkamer verbouwd voor 7.400 euro en de tegels laten los.",
        "Hij heeft ook mijn stofzuiger van 120 euro meegenomen. Kan dat er als losse zaak bij?",
    )
    assert "175" in _last(replies) and "art. 11g" in _last(replies) and "niet verzekerd" not in replies[-1][0]
    assert CheckState.load(chat.slots["cc_state"]).question.amount != 120


def test_a_separate_small_matter_needs_a_marker_and_a_small_amount() -> None:
    state = CheckState.load({"question": {"conflict": "consumentenkoop", "amount": 900}})
    assert check_reply.separate_small_matter(state, "Kan ik die 60 euro van de kapper ook apart melden?")
    assert check_reply.separate_small_matter(state, "Het ging om 900 euro, kan dat apart?") is None  # not small
    assert check_reply.separate_small_matter(state, "Wat als het maar 150 euro was?") is None  # no second matter


def test_a_detail_with_the_modules_after_an_exclusion_keeps_it() -> None:
    # art. 11j: a tax stays a tax with the Eigen woning option; art. 11l: a debt stays a debt after a dismissal
    _, replies = check(
        "De Belastingdienst weigert mijn hypotheekrente af te trekken, het gaat om 3.100 euro.",
        "Maar het is rente voor ons eigen huis en we hebben Consument & Wonen met eigen woning. Valt dat dan niet "
        "daaronder?",
    )
    assert "11j" in _last(replies)
    _, replies = check(
        "Ik loop vier maanden achter met de huur en de woningcorporatie stuurt een deurwaarder.",
        "Wij hebben Consument & Wonen. De huur lukte gewoon niet meer sinds mijn ontslag in de zomer.",
    )
    assert "11l" in _last(replies)


def test_a_new_matter_with_the_modules_after_an_exclusion_is_answered() -> None:
    # Inkomen 2a: a dismissal told after a debt's verdict shares no word with that story
    _, replies = check(
        "Ik loop vier maanden achter met de huur en de woningcorporatie stuurt een deurwaarder.",
        "Ik heb Inkomen. Mijn baas heeft me gisteren op staande voet ontslagen.",
    )
    assert "Inkomen" in _last(replies) and "11l" not in _last(replies)


def test_a_criminal_charge_told_mid_check_is_art_12() -> None:
    # art. 12: told as a new matter ("er is ook ..."), not taken as the answer to the check's question
    _, replies = check(
        "Mijn werkgever wil mijn contract niet verlengen na een ruzie op de werkvloer.",
        "Ik heb Inkomen.",
        "Er is ook een aangifte tegen mij gedaan voor bedreiging van die collega.",
    )
    assert "art. 12" in _last(replies)


def test_the_time_after_a_complaint_is_the_klachtenbureaus() -> None:
    # art. 20: "hoe lang duurt het voor iemand contact opneemt?" after a complaint was registered
    turn = faq_turn.answer_faq(
        "faq_answer_time",
        "Hoe snel belt iemand mij dan terug?",
        {"complaint": False, "reasons": [faq_turn.AFTER_COMPLAINT]},
        False,
    )
    assert "5 werkdagen" in turn.messages[0]
    plain = faq_turn.answer_faq("faq_answer_time", "Hoe snel belt iemand mij dan terug?", {"complaint": False}, False)
    assert "2 werkdagen" in plain.messages[0]


# Readings from round 82's blind first run (animals, pets and hobbies), in new wordings --------------------------------
def test_a_surcharge_billed_by_a_business_is_no_tax() -> None:
    # art. 11j stays for the allowances of the tax office; a business's 'toeslag' is part of the contract (C&W 2b)
    assert kind("De hondenschool rekent ineens een toeslag van 95 euro per les die niet in het contract staat.") != (
        "belastingrecht"
    )
    assert kind("De Belastingdienst wil dat ik de toeslag van vorig jaar terugbetaal.") == "belastingrecht"


def test_neighbours_who_found_or_warned_are_no_party() -> None:
    # C&W 2b: the pet sitter booked is the other side
    assert (
        kind("De hondenuitlater die we betalen liet de hond los lopen; de buurvrouw vond hem op de snelweg.")
        == "consumentenkoop"
    )
    assert kind("De buren vonden dat onze schutting te hoog is en stapten naar de gemeente.") != "consumentenkoop"


def test_a_service_contract_by_its_compound() -> None:
    assert (
        kind("Het dierenasiel zegt dat we het plaatsingscontract van onze kat hebben geschonden.") == "consumentenkoop"
    )
    assert kind("De fokker houdt zich niet aan de koopovereenkomst voor de pup.") == "consumentenkoop"


def test_a_lawsuit_against_a_general_rule_is_11k() -> None:
    assert kind("Ik wil een procedure starten tegen de nieuwe verordening die kippen in de tuin verbiedt.") == (
        "wetgeving"
    )


def test_selling_at_a_market_is_income() -> None:
    # C&W 1 / Inleiding: income outside employment, not a private matter
    _, replies = check("We verkopen onze eieren op de streekmarkt. Een koper eist 400 euro omdat hij ziek werd.")
    assert "particulier" in _last(replies)


def test_the_insurer_of_the_other_vehicle_is_a_claim_on_the_other_side() -> None:
    # Verkeer 3a, not the own vehicle's insurance (Verkeer 3e)
    assert kind("Een bestelbus ramde mijn auto op de rotonde en de verzekeraar van de bestelbus betaalt niet.") == (
        "verkeersongeval"
    )


def test_more_than_the_maximum_at_stake_is_explained() -> None:
    # art. 6: the maximum is for the costs ARAG pays, not the amount of the conflict
    _, replies = check(
        "Een fokker verkocht ons een veulen van 24.000 euro dat kreupel blijkt; hij weigert terugbetaling."
    )
    assert "15.000" in _last(replies) and "art. 6" in _last(replies)


def test_asking_arag_to_collect_a_debt_is_no_complaint() -> None:
    assert third_party.coverage_story(
        "Mijn vriend leende 2.000 euro van me en reageert nergens meer op. Kan ARAG dat geld incasseren?"
    )


# Round 82's conversations, in new wordings ----------------------------------------------------------------------------
def test_a_court_case_asked_about_is_no_case_against_arag() -> None:
    # art. 11q only when the customer wants to go to court against ARAG itself
    assert talk.against_arag_note("Als het tot een rechtszaak komt, vergoeden jullie dan de advocaat?") is None
    assert talk.against_arag_note("Ik ga jullie aanklagen als dit zo blijft.")
    assert talk.against_arag_note("Kan ik een rechtszaak tegen ARAG beginnen met deze polis?")


def test_no_eigen_risico_for_a_fine_asked_after_its_verdict() -> None:
    # art. 14: no eigen risico in a criminal matter, a fine of the government included (art. 12)
    turn = faq_turn.answer_faq(
        "faq_eigen_risico", "Betaal ik daar eigen risico voor?", None, True, check={"question": {"conflict": "boete"}}
    )
    assert "geen eigen risico" in turn.messages[0]


def test_where_else_at_arag_after_a_not_covered() -> None:
    assert faq_turn.named_topic("Kunnen we dan nog wel ergens terecht bij ARAG?") == "not_covered"


def test_a_tax_by_its_compound_is_11j() -> None:
    assert kind("Ik wil bezwaar maken tegen de rioolbelasting die de gemeente mij oplegt.") == "belastingrecht"
    assert kind("Door overbelasting op het werk viel ik uit en nu wil mijn werkgever van me af.") != "belastingrecht"


def test_a_dog_walking_service_and_a_club_membership_are_contracts() -> None:
    # C&W 2b
    assert kind("De uitlaatservice is onze teckel kwijtgeraakt in de duinen.") == "consumentenkoop"
    assert kind("De hengelsportvereniging geeft mijn lidgeld van 140 euro niet terug.") == "consumentenkoop"


def test_the_modules_after_a_verdict_the_facts_decided() -> None:
    # art. 11g decided by the amount alone: the modules told after it leave the verdict as it was
    state = CheckState.load({"question": {"amount": 60}})
    assert state.verdict().status == NIET_GEDEKT
    assert _after_verdict({"state": state.dump()}, "Ik heb Consument & Wonen.") is not None


def test_a_fee_for_board_work_may_matter() -> None:
    # C&W 2h: only unpaid board work
    state = CheckState.load({"question": {"conflict": "bestuurder_vereniging"}})
    note = check_reply.outcome_note(state, "Verandert het iets dat ik een vergoeding van 75 euro per kwartaal krijg?")
    assert note and "art. 2h" in note


def test_a_bill_of_the_other_side_asked_about_is_a_coverage_question() -> None:
    assert check_reply.asks_if_a_bill_is_owed(
        "De trimsalon rekent 240 euro voor een behandeling die niet is gedaan en wil niets laten vallen. Moet ik dat betalen?"
    )
    assert not check_reply.asks_if_a_bill_is_owed(
        "Ik heb ruzie met de aannemer over een factuur van 3.000 euro. Moet ik zelf iets betalen als jullie helpen?"
    )


# Left by rounds 79-81 ---------------------------------------------------------------------------------------------------
def test_a_pharmacy_and_standing_behind_the_customer_are_no_complaint_about_arag() -> None:
    assert kind("De apotheker gaf mijn moeder het verkeerde medicijn en wil de 45 euro niet terugstorten.") == (
        "consumentenkoop"
    )
    assert third_party.coverage_story(
        "Een vriend eist 3.000 euro van me na een val bij het tennissen, maar het was zijn eigen schuld. Staan jullie "
        "achter me?"
    )


def test_a_case_dropped_is_the_arbitrators_also_in_english() -> None:
    # art. 17: a disagreement about the case itself goes to the scheidsrechter
    assert about_the_case_decision("Jullie hebben mijn zaak tegen de aannemer gewoon laten vallen, dat pik ik niet.")
    assert about_the_case_decision("Your lawyer closed my case and says there is no chance of success. Unacceptable.")


def test_a_side_job_as_self_employed_names_the_private_role() -> None:
    # Inkomen 3a with the introduction: only as a private person (and as an employee)
    _, replies = check("Naast mijn vaste baan klus ik als zzp'er. Een opdrachtgever betaalt 1.400 euro niet.")
    assert "particulier" in _last(replies) and "3a" in _last(replies)


def test_a_learner_in_a_driving_lesson_drives_for_no_trade() -> None:
    # Verkeer 3a for the learner; Verkeer 4c for the instructor
    assert kind("Tijdens mijn rijles reed een scooter tegen de lesauto en ik heb een hersenschudding.") == (
        "verkeersongeval"
    )
    assert kind("Ik ben rij-instructeur. Tijdens een rijles reed iemand op mijn lesauto.") == "beroepsvervoer"


def test_a_procedure_wanted_with_arag_asks_about_cover() -> None:
    # art. 11k decides; no complaint about ARAG
    assert third_party.coverage_story(
        "Die nieuwe pensioenwet is gewoon oneerlijk voor mijn generatie. Wij willen samen met jullie een rechtszaak "
        "tegen de Staat beginnen."
    )


def test_a_home_bought_for_a_relative_is_another_home() -> None:
    # C&W 3a: not the home the customer lives in, also with the Eigen woning option
    assert kind(
        "We kochten een studio waar onze dochter woont tijdens haar studie; de aannemer levert slecht werk."
    ) == ("andere_woning")
