"""Issue 11, rounds 47-48: classes from the misses of two held-out sets written blind from seed 004 (a Monday in
a big city, a family's year), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check

from flexbot.flexpolis import conversation, dialogue, english
from flexbot.flexpolis.conflicts import normalise_conflict


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_the_same_question_after_a_question_in_between_is_a_short_reminder() -> None:
    # issue 11: "no prompt is sent twice"; the aside is answered (art. 6) and the form goes on without the whole prompt
    chat = Chat()
    chat.say("De garage heeft mijn remmen slecht vervangen en nu wil hij nog eens 600 euro.", "check_coverage")
    messages = chat.say("Wat is eigenlijk het maximum dat jullie betalen?", "faq_maximum")
    assert any("15.000" in m for m in messages), messages
    assert "Welke modules" not in messages[-1] and "modules op uw polis" in messages[-1], messages


def test_fines_decided_by_the_cjib_are_art_12() -> None:
    # art. 12: a traffic fine handled under administrative law; a licence taken for speeding is a criminal case
    assert _kind("Ik kreeg een beschikking van 180 euro omdat ik door rood zou zijn gereden.") == "boete"
    assert _kind("Trajectcontrole op de A12, 14 km te hard, 110 euro. Ik reed daar niet.") == "boete"
    assert _kind("Ze hebben mijn rijbewijs ingevorderd omdat ik 55 km/u te hard reed.") == "strafzaak"


def test_an_objection_to_a_company_is_the_contract_not_a_government_decision() -> None:
    # C&W 2b (a consumer contract), not 2f (a decision of the government about the customer)
    assert _kind("Mijn energieleverancier wees mijn bezwaar tegen de eindafrekening af.") != "overheidsbesluit"
    assert _kind("De zorgverzekeraar vergoedt mijn bril niet, mijn bezwaar is afgewezen.") == "consumentenkoop"


def test_a_civil_servant_by_the_employer_told() -> None:
    # Inkomen 2b: "een conflict over uw aanstelling als ambtenaar"
    assert _kind("Als handhaver in dienst van de gemeente kreeg ik een berisping in mijn dossier.") == "ambtenaar"


def test_a_villa_rented_on_holiday_and_neighbours_the_landlord_was_only_called_about() -> None:
    # C&W 2b (renting a holiday home) and 2e (neighbours; the housing corporation only asked for help)
    assert _kind("We hadden in Portugal een villa gehuurd en de eigenaar houdt de borg.") == "consumentenkoop"
    assert _kind("De onderburen roken elke avond wiet, het komt ons huis in. Ik heb de verhuurder al gebeld.") == (
        "burenconflict"
    )


def test_a_professional_driver_on_a_ride_is_verkeer_4c() -> None:
    # Verkeer 4c: "als u het vervoermiddel gebruikt voor uw beroep, bijvoorbeeld als taxi"
    found = dialogue.facts_in_description("Koerier hier. Tijdens een rit met een klant werd mijn busje geraakt.")
    assert found.get("facts.beroepsmatig_vervoer") is True, found
    assert found.get("facts.met_eigen_motorrijtuig") is not False, found


def test_a_race_a_suspect_and_a_business_started() -> None:
    # Verkeer 4b (a race), art. 12 (the household member suspected), art. 11h (a business started)
    assert _kind("Mijn zoon racete met zijn brommer tegen een vriend en viel in de bocht.") == "snelheidswedstrijd"
    assert _kind("Inbraak in een schuur: daarvan wordt mijn dochter verdacht, ze is opgepakt.") == "strafzaak"
    assert _kind("Ik wil er een eigen bedrijfje van maken, maar de verhuurder van het pandje haakt af.") == (
        "bedrijf_starten"
    )


def test_an_inheritance_told_by_its_division() -> None:
    # C&W 2i: "een conflict over de verdeling van een erfenis"
    assert _kind("Opa overleed vorig jaar en nu is er ruzie over de verdeling van het spaargeld met mijn oom.") == (
        "erfenis"
    )


def test_a_grandparent_handled_for_is_not_insured() -> None:
    # art. 1: only the household (and children away for a dagstudie) are insured
    found = dialogue.facts_in_description(
        "Opa woont in een zorgcentrum dat te veel rekent. Ik betaal zijn rekeningen. Kan ik dat bij jullie melden?"
    )
    assert found.get("involved") == "other", found


def test_travel_companions_of_a_booked_holiday_are_said_at_once() -> None:
    # C&W 1: "Neemt u reisgenoten mee op vakantie? En heeft u de vakantie geboekt? Dan zijn de reisgenoten ook
    # meeverzekerd"
    answer = conversation.coverage_first(
        "Ik heb de reis naar Mallorca geboekt, mijn zus en zwager gingen mee. Het hotel was vies en de "
        "reisorganisatie geeft niks terug."
    )
    assert answer and "reisgenoten ook meeverzekerd" in answer and "art. 1 Consument & Wonen" in answer, answer


def test_english_liability_insurer_and_another_handler() -> None:
    # C&W 2k; art. 5 (another handler on request)
    gist = english.gist("Our liability insurer refuses to pay a claim from our neighbour. We have Consument & Wonen.")
    assert "art. 2k Consument & Wonen" in (conversation.coverage_first(gist) or ""), gist
    assert "andere behandelaar" in english.gist("Could I get another handler please?")


def test_a_premium_reminder_and_a_wait_for_something_else() -> None:
    # art. 14 (a warning, then 15 days); art. 9 is no answer to a wait for a medical examination
    assert conversation.faq_topic_in("Ik kreeg een herinnering voor de premie. Ben ik nog verzekerd?") == "premium"
    assert conversation.faq_topic_in("De wachttijd voor een nieuwe keuring is lang, helpen jullie?") != "waiting_period"
    _, replies = check("Het CBR heeft mijn rijbewijs ongeldig verklaard na een keuring. Dekt Verkeer dit?")
    assert "art. 3d Verkeer" in " ".join(replies[0])


def test_the_other_party_named_by_its_country_is_where_the_contract_is() -> None:
    # C&W 4: "in de landen van de Europese Unie"; art. 8 (the law and court of those countries); a neighbour's
    # nationality is not where the conflict is
    from flexbot.flexpolis.dialogue_country import country_in_description

    assert country_in_description("Het is trouwens een Belgische webwinkel.") == "BE"
    assert country_in_description("Het gaat om Frans recht, maakt dat uit?") == "FR"
    assert country_in_description("Mijn Poolse buurman laat zijn hond blaffen.") is None


def test_a_holiday_home_rented_for_a_week_is_a_consumer_contract() -> None:
    # C&W 2b names renting a holiday home; a home one lives in is C&W 2c
    assert _kind("We hadden een huisje in Drenthe gehuurd voor een weekend en de verhuurder hield de borg.") == (
        "consumentenkoop"
    )


def test_the_same_story_with_the_deciding_fact_turned_around() -> None:
    # Verkeer 4a turned around: sober, the other's traffic fault is Verkeer 3a
    from testkit.coverage_form import after_verdict, follow_up

    slots = after_verdict("Ik had te veel gedronken en reed naar huis; een bus reed door rood en ramde mijn auto.")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["verkeer"]
    said = " ".join(follow_up(slots, "En stel dat ik nuchter was geweest?", "inform"))
    assert "In dat geval" in said and "art. 3a Verkeer" in said, said
