"""Issue 11, round 53: classes from the misses of conversations45 and 46 (blind sets measured in rounds 50-51, not
tuned then), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check

from flexbot.dutch import fold
from flexbot.flexpolis import conversation, dialogue, faq_turn
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.dialogue import CheckState


def test_a_lease_car_is_a_motor_vehicle_contract() -> None:
    # Verkeer 3e ("koop, verkoop, reparatie of verzekering van uw motorrijtuig"); C&W 3c excludes motor vehicles
    assert normalise_conflict("De leasemaatschappij van mijn private-lease auto wil 900 euro voor krassen.").kind == (
        "contract_motorrijtuig"
    )


def test_the_own_insurer_refusing_after_a_theft_abroad_is_the_contract() -> None:
    # C&W 2b: the customer's own (travel) insurance is a consumer contract, wherever the theft was
    guess = normalise_conflict(
        "Uit ons vakantiehuisje in Spanje is mijn laptop gestolen en de reisverzekering betaalt niet."
    )
    assert guess.kind == "consumentenkoop"


def test_the_policy_taken_out_after_the_first_event_told_mid_check() -> None:
    # art. 9: the first event before the policy (or the module) began
    for text in (
        "ik ben pas sinds vorige week verzekerd en de wasmachine was toen al kapot",
        "Verkeer heb ik pas 3 maanden geleden afgesloten, maar de ruzie met de garage begon vorig jaar al",
    ):
        assert dialogue.facts_in_description(text).get("first_event_after_start") is False, text


def test_questions_in_the_middle_of_a_check() -> None:
    # art. 7 (report at once), art. 12 (an acquittal, reported within 1 maand), art. 11g (the minimum)
    assert conversation.faq_topic_in("Kan ik beter meteen melden of even afwachten wat de huurbaas doet?") == "report"
    assert conversation.faq_topic_in("En als de rechter mij vrijspreekt?") == "criminal"
    assert conversation.overriding_topic("own_lawyer", "Stel dat ze me vrijspreken?") == "criminal"
    assert (
        faq_turn.named_topic("Stel dat de rechter me vrijspreekt?", "een boete (art. 12 Algemene regels)") == "criminal"
    )
    assert conversation.faq_topic_in("En wat als het om minder ging, zo'n 120 euro?") == "minimum"


def test_a_passenger_in_a_traffic_story_is_asked_about() -> None:
    # art. 2 Verkeer: the passengers of the vehicle are insured too
    state, _ = dialogue.apply(
        CheckState(), dialogue.facts_in_description("Een taxi reed op een kruispunt tegen ons aan.")
    )
    answer = faq_turn.case_answer(
        "who_is_insured", "Mijn vriend zat voorin en heeft ook letsel. Is hij verzekerd?", state.dump()
    )
    assert answer and "passagiers" in answer and "Verkeer" in answer


def test_the_same_story_elsewhere_mid_check_is_answered_not_a_contradiction() -> None:
    # C&W 4: the module covers the countries of the European Union; "en als ... in Mexico" asks, corrects nothing
    chat, _ = check(
        "Voor onze vakantie via een Franse site een appartement in Lyon geboekt, 900 euro, maar het bleek niet te bestaan."
    )
    reply = chat.say("en als het huis in Canada had gestaan?", "check_coverage")
    assert reply[0].startswith("In dat geval:") and "Europese Unie" in reply[0], reply
    assert not any("Eerder zei u" in r for r in reply)


def test_a_business_called_de_zaak_is_not_arags_case() -> None:
    from bot.components.third_party import NOT_ARAG

    assert NOT_ARAG.search(fold("de uitsmijter duwde me van de trap. kan ik de zaak aansprakelijk stellen?"))
