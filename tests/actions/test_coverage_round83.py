"""Issue 11, round 83 (weddings, parties, events and gifts): readings found in its blind first run, each in new
wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import kind

from bot.components import third_party
from flexbot.flexpolis import check_reply, dialogue, english, faq_turn
from flexbot.flexpolis import conversation as talk


def _last(replies: list[list[str]]) -> str:
    return " / ".join(replies[-1])


def test_a_passenger_hurt_by_the_drivers_driving_is_a_traffic_case() -> None:
    # Verkeer 3a/3b for the passenger; the driver's trade is not the customer's (no Verkeer 4c)
    assert kind("In de feestbus remde de chauffeur veel te hard en ik viel met mijn hoofd tegen een stang.") == (
        "verkeersongeval"
    )


def test_a_venue_that_cancels_is_a_contract_and_its_building_work_no_own_home() -> None:
    # C&W 2b; the venue's 'verbouwing' is theirs, not the customer's own home (Eigen woning)
    assert (
        kind("De feestlocatie zegt ons jubileumfeest af vanwege een verbouwing en geeft de aanbetaling niet terug.")
        == "consumentenkoop"
    )
    assert kind("De verbouwing van ons huis loopt uit de hand, de aannemer komt niet meer.") == "eigen_woning"


def test_party_and_wedding_providers_are_parties() -> None:
    # no complaint about ARAG when the jeweller or the party centre is the one that does not answer
    assert third_party.coverage_story(
        "Ik kocht in Gent een trouwring van 1.800 euro die niet van goud blijkt. De goudsmid reageert niet op mijn mails. "
        "Kan ARAG helpen?"
    )
    assert kind(
        "Bij het lasergamen brak mijn dochter haar pols door een kapotte vloer; het centrum wil niets betalen."
    ) in (
        "consumentenkoop",
        "onrechtmatige_daad",
    )


def test_taking_out_the_policy_names_no_insurer_as_the_other_side() -> None:
    # art. 9 asked beside a story about a venue: no complaint, and the venue is the other side
    assert third_party.coverage_story(
        "Ik wil de verzekering vandaag nog afsluiten, want de feestzaal doet moeilijk over het annuleren van ons feest. "
        "Kan dat nog?"
    )


def test_the_other_sides_own_risk_is_no_question_about_art_14() -> None:
    assert check_reply.quotes_the_other_sides_own_risk(
        "Mijn dochter brak haar enkel in het zwembad door een kapotte trap. Het zwembad zegt 'zwemmen is op eigen risico'. "
        "Kunnen we het zwembad aansprakelijk stellen?"
    )
    assert not check_reply.quotes_the_other_sides_own_risk(
        "Ik heb ruzie met het zwembad over 600 euro. Hoeveel eigen risico moet ik dan betalen?"
    )


def test_a_minor_writing_about_the_parents_policy_is_a_child_at_home() -> None:
    # art. 1: a child living at home is insured on the parents' policy
    _, replies = check(
        "ik ben 15 en mijn vader heeft arag. een webshop stuurt mijn bestelde hoodies van 190 euro niet."
    )
    assert "meeverzekerd" in _last(replies)


# Round 83's conversations, in new wordings ----------------------------------------------------------------------------
def test_a_provider_gone_bankrupt_is_no_debt_of_the_customer() -> None:
    # art. 11l is the customer's own debt; the provider's bankruptcy leaves the contract (C&W 2b)
    assert kind("Ons partycentrum is failliet en we hadden al 6.000 euro aanbetaald.") == "consumentenkoop"
    assert kind("De trouwplanner ging failliet, het geld dat we voor de zaal hadden voorgeschoten is weg.") == (
        "consumentenkoop"
    )
    assert kind("Ik ga failliet en kan mijn schulden niet meer betalen.") == "schulden"


def test_the_other_drivers_drink_is_no_verkeer_4a() -> None:
    assert kind(
        "Een dronken feestgast reed bij het vertrek achteruit tegen onze auto en wil de schade niet betalen."
    ) == ("verkeersongeval")


def test_rented_party_things_and_a_rented_villa_are_contracts() -> None:
    # C&W 2b
    assert (
        kind("Het springkussen dat we hadden gehuurd was lek en de verhuurder houdt de borg in.") == "consumentenkoop"
    )
    assert kind("In onze gehuurde feestboerderij brak een gast een raam; de eigenaar houdt 900 euro borg in.") == (
        "consumentenkoop"
    )


def test_a_delivery_not_made_and_a_crash_of_the_bus_one_rode_in() -> None:
    assert kind("De banketbakker levert de bruidstaart niet en neemt niet meer op.") == "consumentenkoop"
    assert kind("De touringcar waarin we naar het feest gingen klapte tegen een boom; ik brak mijn pols.") == (
        "verkeersongeval"
    )


def test_an_english_caterer_who_did_not_show_up_is_read() -> None:
    gist = english.gist("Our caterer didn't show up at the wedding and we paid everything upfront.")
    assert dialogue.facts_in_description(gist)["conflict"] == "consumentenkoop"


def test_the_arbitrator_asked_about_after_a_complaint() -> None:
    # art. 17: ARAG pays the arbitrator (not counted towards the maximum)
    assert talk.overriding_topic("complaints", "Wie betaalt die scheidsrechter eigenlijk?") == "costs"


def test_what_the_parents_must_do_for_their_childs_case() -> None:
    # art. 1: the policyholder's permission; asked as a cost question in a check about their child
    check = {"question": {"conflict": "consumentenkoop", "involved": "child_studying"}}
    turn = faq_turn.answer_faq("faq_costs", "Moeten mijn ouders daar nog iets voor regelen?", None, True, check=check)
    assert "toestemming" in turn.messages[0]
