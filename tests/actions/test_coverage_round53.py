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


def test_readings_of_the_round_53_blind_run() -> None:
    # Verkeer 4b (a race, also autocross), C&W 2a (a bike thrown into a ditch), art. 13 (bail abroad), C&W 2b and 4
    # (a place rented for the winter is a stay, outside the EU not covered), art. 11o (copyright, in English)
    assert normalise_conflict("Bij de rallycross op zondag reed een andere deelnemer mijn auto in de prak.").kind == (
        "snelheidswedstrijd"
    )
    assert normalise_conflict("Een jongen uit de buurt heeft mijn mountainbike expres in de gracht gegooid.").kind == (
        "onrechtmatige_daad"
    )
    assert normalise_conflict(
        "Mijn zoon is in Turkije gearresteerd en moet een borgsom van 8.000 euro betalen."
    ).kind == ("borgsom")
    facts = dialogue.facts_in_description(
        "We hebben voor de wintermaanden een huis in Marokko gehuurd; de eigenaar houdt de huur."
    )
    assert facts.get("conflict") == "consumentenkoop" and facts.get("country") == "MA"
    from flexbot.flexpolis import english

    assert (
        dialogue.facts_in_description(english.gist("A blog used my photos, this is a copyright case.")).get("conflict")
        == "intellectueel_eigendom"
    )


def test_questions_of_the_round_53_blind_run() -> None:
    # art. 6 (the maximum, asked as "volledig vergoeden"), art. 9 (an option added later), art. 1 (who reports),
    # the Inleiding (a discount via ARAG Legal Services), art. 17 (the arbitrator's costs do not count), Verkeer 2
    assert conversation.second_faq_topic(
        "De kosten worden 30.000 euro. Graag verneem ik of ARAG deze kosten volledig zal vergoeden."
    ) == ("maximum")
    assert conversation.faq_topic_in("Kan ik de optie Eigen woning er nu nog bijnemen?") == "waiting_period"
    assert faq_turn.WHO_REPORTS.search(fold("moet mijn vader het melden of mag ik het zelf doen"))
    assert conversation.faq_topic_in("Krijg ik dan wel korting op een advocaat?") == "not_covered"
    assert (
        conversation.overriding_topic("disagreement", "Gaan de kosten van de scheidsrechter van het maximum af?")
        == "costs"
    )
    assert (
        conversation.second_faq_topic("Een bus reed op ons in. Zijn mijn passagiers ook verzekerd?") == "who_is_insured"
    )


def test_classes_of_conversations46() -> None:
    # C&W 2b (a stay at a holiday park), art. 17 (disagreeing with how ARAG handles the case: the arbitrator), art. 11g
    # (interest and collection costs do not count), art. 13 (no interest on the bail lent), art. 11m in English
    from flexbot.flexpolis import english
    from flexbot.flexpolis.conflict_cues import OWN_REPAYMENT

    assert normalise_conflict(
        "Onze bungalow op een recreatiepark liep onder water; het park geeft niks terug."
    ).kind == ("consumentenkoop")
    assert conversation.faq_topic_in("Wat als ik het niet eens ben met hoe jullie mijn dossier behandelen?") == (
        "disagreement"
    )
    assert conversation.faq_topic_in("Als ik de rente erbij optel is het meer dan 175 euro. Telt dat?") == "minimum"
    assert OWN_REPAYMENT.search(fold("Moeten we over die borgsom rente betalen?"))
    gist = english.gist("Our apartment in Italy was damaged by an earthquake and the owner keeps our money.")
    assert dialogue.facts_in_description(gist).get("conflict") == "natuurramp"
