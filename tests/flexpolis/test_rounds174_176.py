"""Issue 11, twenty-fourth session: readings, routes and answers fixed from the misses of rounds 174-176 (follow-ups
and corrections, buying and booking, older customers and family) and of this session's blind rounds, each tested in
new wordings (not the eval sets' lines) with the seed's article (seed 004)."""

from __future__ import annotations

import re

import pytest
from testkit.stories import kind

from flexbot.dutch import fold
from flexbot.flexpolis import conflicts, dialogue, typos


@pytest.mark.parametrize("word", ["gezeten", "zaten", "reed", "werkte", "betaalde", "gezegd", "stond"])
def test_everyday_verb_forms_are_real_words(word: str) -> None:
    # spaCy's lemma table lacks them; pyspellchecker's Dutch word list has them
    assert typos.is_dutch_word(word)


def test_a_hypothetical_with_had_gezeten_is_no_dog_bite() -> None:
    # "gezeten" was read as a typo of "gebeten" (the dog, C&W 2e)
    assert kind("En als mijn dochter in België had gezeten, was het dan anders?") != "burenconflict"
    assert typos.corrected("als hij daar had gezeten", ["gebeten"]) is None
    assert typos.corrected("de hond had hem gebteen", ["gebeten"]) == "de hond had hem gebeten"


# ---------------------------------------------------------------- rounds 177-179 (this session's blind rounds)


@pytest.mark.parametrize(
    ("text", "modules"),
    [
        ("De schilder heeft onze vloer verpest. We hebben cons & wonen en verkeer.", {"consument_wonen", "verkeer"}),
        ("Geldt de rechtsbijstand die we privé hebben, met Verkeer, daarvoor?", {"verkeer"}),
    ],
)
def test_modules_told_in_short_forms(text: str, modules: set[str]) -> None:
    assert dialogue.facts_in_description(text).get("modules") == frozenset(modules)


def test_a_disciplinary_complaint_about_ones_own_practice_is_self_employed_work() -> None:
    # Inkomen 3a: work outside employment; an employee's disciplinary case stays Inkomen 2c
    own = "Ik heb een eigen logopediepraktijk en een ouder heeft een tuchtklacht tegen mij ingediend. Ik heb Inkomen."
    assert kind(own) == "zzp_opdracht"
    employee = "Ik werk als verpleegkundige in loondienst en een patiënt heeft een tuchtklacht tegen mij ingediend."
    assert kind(employee) == "beroepsklacht"


def test_rights_to_an_app_claimed_by_the_employer_are_intellectual_property() -> None:
    # art. 11o, whatever the module: not the employment contract (Inkomen 2a)
    text = "Mijn baas eist de rechten op de game die ik thuis heb gemaakt, omdat dat in mijn contract zou staan."
    assert kind(text) == "intellectueel_eigendom"


def test_a_house_flooded_by_high_water_is_a_natural_disaster() -> None:
    text = "Onze benedenverdieping is overstroomd door het hoogwater van de Maas en de verzekeraar betaalt niet."
    assert kind(text) == "natuurramp"  # art. 11m


def test_a_mirror_driven_off_in_a_parking_garage_is_a_traffic_accident() -> None:
    # Verkeer 3a (a road user's fault), not the garage's service (3b)
    text = "In de parkeergarage bij het station heeft iemand mijn spiegel eraf gereden en is doorgereden."
    assert kind(text) == "verkeersongeval"
    assert kind("Bij de valet parking hebben ze een flinke kras in mijn auto gemaakt.") == "schade_vervoermiddel"


def test_wanting_damages_oneself_is_no_claim_against_the_customer() -> None:
    text = (
        "Mijn leidinggevende pest me al een jaar. Ik stap naar de rechter en eigenlijk wil ik ook een schadevergoeding."
    )
    assert (
        conflicts.normalise_conflict(f"Mijn werkgever: {text}").kind == "arbeidsovereenkomst"
    )  # Inkomen 2a, not C&W 2k


def test_a_year_before_a_policy_month_of_this_year_is_before_the_policy() -> None:
    # art. 9: a month without a year is this year's
    text = "Sinds 2022 hebben we ruzie met de buren over de erfgrens. In oktober hebben we de Flexpolis afgesloten."
    assert dialogue.facts_in_description(text).get("first_event_after_start") is False


def test_noise_from_the_bar_below_is_a_neighbour_conflict() -> None:
    # C&W 2e, not the own home's contracts (Eigen woning)
    text = "We hebben dit appartement gekocht, maar de kroeg beneden draait elke nacht keiharde muziek."
    assert kind(text) == "burenconflict"


def test_the_energy_bill_of_the_old_rented_flat_is_a_consumer_contract() -> None:
    text = "Na de verhuizing naar ons koophuis eist het energiebedrijf 1.400 euro voor de oude huurwoning. Klopt niet."
    assert kind(text) == "consumentenkoop"  # C&W 2b


def test_a_second_home_let_to_tourists_is_letting() -> None:
    text = "Ons chalet in Drenthe verhuren we in de zomer aan vakantiegangers en een gast heeft de keuken gesloopt."
    assert kind(text) == "verhuur"  # C&W 3b


def test_a_traffic_accident_in_the_netherlands_has_no_maximum_under_verkeer() -> None:
    # art. 6: "Voor het onderdeel Verkeer geldt geen maximumbedrag als de gebeurtenis in Nederland plaatsvindt"
    from flexbot.flexpolis import conversation

    answer = conversation.coverage_first("In Utrecht reed een bestelbus door rood en schepte mij. Ik heb Verkeer.")
    assert answer is not None and "geen maximum" in answer and "art. 6 Algemene regels" in answer


def test_a_child_corrected_to_live_with_a_partner_is_not_insured() -> None:
    # art. 1: only children away for a day study are insured
    assert dialogue.parse_answer("involved", "Ze werkt inmiddels en woont samen met haar vriend.").changes == {
        "involved": "other"
    }
    text = "Oh wacht, ik vergis me: hij is afgestudeerd en woont samen met zijn vriendin in Leiden."
    assert dialogue.facts_in_description(text).get("involved") == "other"


def test_a_quarrel_over_the_division_after_a_death_is_an_inheritance() -> None:
    assert kind("Mijn oma is in 2015 overleden en er is nog altijd ruzie over de verdeling.") == "erfenis"  # C&W 2i


def test_suing_arag_over_the_premium_is_this_insurance() -> None:
    # art. 11q
    text = "Kan ik jullie met mijn eigen rechtsbijstand aanklagen om die premieverhoging?"
    assert conflicts.normalise_conflict(text).kind == "deze_verzekering"


def test_the_neighbours_car_mixed_up_is_no_neighbour_conflict() -> None:
    text = "Sorry, dat was de auto van mijn buurman. Mijn eigen Opel kocht ik van een particulier zonder garantie."
    assert conflicts.normalise_conflict(text).kind == "contract_motorrijtuig"  # Verkeer 3e/4d


def test_a_module_taken_yesterday_asked_about_is_art_9() -> None:
    from flexbot.flexpolis.conversation import MODULE_ADDED_LATER

    assert re.search(MODULE_ADDED_LATER, fold("Ik heb gisteren Inkomen erbij afgesloten. Helpen jullie nu wel?"))


def test_a_criminal_complaint_against_the_customer_is_art_12() -> None:
    text = "Mijn ex-werkgever heeft ook al aangifte gedaan en ik moet straks voor de politierechter verschijnen."
    assert conflicts.normalise_conflict(text).kind == "strafzaak"


def test_a_whole_scheme_called_unjust_is_disagreeing_with_the_law() -> None:
    assert (
        kind("Ik vind die hele WW-regeling gewoon onrechtvaardig, daar wil ik tegen procederen.") == "wetgeving"
    )  # 11k


def test_an_employee_who_says_not_self_employed_keeps_the_disciplinary_case() -> None:
    # Inkomen 2c: "niet zzp" and "in loondienst" say employment (a regression of the own-practice reading, e109)
    text = (
        "Ik ben fysiotherapeut, niet als zzp'er maar in loondienst bij een kliniek. Er ligt een tuchtklacht tegen mij."
    )
    assert kind(text) == "beroepsklacht"


def test_a_child_in_a_care_home_not_living_at_home_stays_insured() -> None:
    # art. 1: a child in a verpleeghuis is insured; "woont niet meer thuis" is no partner (a regression, e109)
    text = "Onze dochter woont in een verpleeghuis en de instelling weigert haar bril te vergoeden. Ze woont niet meer thuis."
    assert dialogue.facts_in_description(text).get("involved") == "child_care_home"
