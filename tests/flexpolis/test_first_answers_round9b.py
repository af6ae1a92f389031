"""Issue 11, round 9: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers8.jsonl) and blind conversations (data/eval/conversations5.jsonl), written blind
from seed 004. Each test names the seed article that decides it; the texts are new wordings of the
class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import faq, first, kind, state_of

from flexbot.flexpolis import conversation as c


# Modules told in the story are on the policy (the modules question is not asked again) -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Wij hebben sinds 2018 Consument & Wonen en de stukadoor heeft ons plafond verknoeid",
        "Ik heb nog steeds Consument en Wonen, en de webwinkel stuurt mijn geld niet terug",
        "Mijn polis bij ARAG met Consument & Wonen loopt al jaren; de fietsenwinkel weigert de garantie",
        "Ik heb een verzekering bij jullie met Consument en Wonen en mijn sportschool blijft afschrijven",
    ],
)
def test_modules_told_in_the_story_are_read(text: str) -> None:
    assert state_of(text).question.modules == frozenset({"consument_wonen"})
    assert "Welke modules" not in first(text)


# The module's name is no conflict word: "consument" in "Consument & Wonen" is no purchase ---------------
def test_a_decision_of_the_council_with_the_module_named_is_c_w_2f() -> None:
    # C&W 2f: "een conflict met de overheid over een concrete beslissing over uzelf"
    text = "De gemeente wees mijn aanvraag voor een invalidenparkeerplaats af. Ik heb Consument & Wonen al jaren."
    assert kind(text) == "overheidsbesluit"
    assert "2f" in first(text)


# Verkeer 3a: a collision told with verbs, also when an insurer or a garage is named ------------------
@pytest.mark.parametrize(
    "text",
    [
        # Verkeer 3a: "Iemand maakt een verkeersfout waardoor u schade heeft"
        "Een busje raakte mijn auto op de parkeerplaats en de bestuurder reed gewoon door. Ik heb Verkeer.",
        "er reed een taxi achterop m'n auto bij het stoplicht, zijn verzekeraar doet moeilijk, de garage schat "
        "1800 euro. ik heb verkeer sinds jaren",
        "Gisteren is iemand tegen mijn geparkeerde auto aangereden en doorgereden, ik heb Verkeer",
    ],
)
def test_a_collision_is_a_traffic_error_not_a_repair_or_another_fault(text: str) -> None:
    assert kind(text) == "verkeersongeval"
    assert "3a Verkeer" in first(text)


def test_a_car_at_the_garage_does_not_make_a_fine_a_repair_contract() -> None:
    # Art. 12: fines, also under administrative law, are not covered
    text = "Ik kreeg een flitsboete maar mijn auto was die dag in de garage voor onderhoud. Kan ik bezwaar maken?"
    assert kind(text) == "boete"
    assert "art. 12" in first(text)


# Art. 9: the first event before the policy, told with a season or "sinds twee maanden" ---------------
@pytest.mark.parametrize(
    "text",
    [
        # Art. 9: "Onze eis is dat u deze verzekering ... al had afgesloten en dat daarna pas die eerste gebeurtenis plaatsvond"
        "Al sinds vorige winter klaag ik bij de installateur over de warmtepomp. Twee weken geleden heb ik de "
        "verzekering afgesloten en nu weigert hij te komen.",
        "Ik ben sinds drie maanden verzekerd. De verhuurder en ik hebben al sinds vorig voorjaar gedoe over de "
        "kapotte cv.",
    ],
)
def test_a_season_before_the_policy_is_art_9(text: str) -> None:
    assert state_of(text).question.first_event_after_start is False
    assert "art. 9" in first(text)


# C&W 2i: the year of death after the year the module began ---------------------------------------------
def test_a_death_after_the_module_began_is_no_2i_exclusion() -> None:
    # C&W 2i: "was de persoon die de erfenis nalaat, al overleden toen dit onderdeel ... begon? Dan ... geen"
    text = "Ik heb sinds 2019 Consument & Wonen. Mijn moeder overleed in 2024 en mijn zus wil het huis niet verdelen."
    q = state_of(text).question
    assert q.facts.get("erflater_overleden_na_start") is True
    assert q.modules == frozenset({"consument_wonen"})


# C&W 2e: the neighbour told without "buurman" (Flemish "gebuur", "boven ons woont", the plot boundary) ----
@pytest.mark.parametrize(
    "text",
    [
        "Onder ons woont een gezin dat elke avond tot laat herrie maakt, wat kan ik doen?",
        "Mijn geburen hebben hun schuur half op ons erf gezet",
        "De haag van de overkant staat over de tuingrens en hij weigert te snoeien",
    ],
)
def test_a_neighbour_told_without_the_word_is_c_w_2e(text: str) -> None:
    assert kind(text) == "burenconflict"
    assert "2e Consument & Wonen" in first(text)


# Inkomen 2a: an employment conflict told by the pay ("drie maandsalarissen") ------------------------------
def test_a_settlement_offered_with_monthly_salaries_is_inkomen_2a() -> None:
    text = (
        "Ik moet van mijn afdeling een papier tekenen dat ik vertrek met drie maandsalarissen extra. Moet ik dat doen?"
    )
    assert kind(text) == "arbeidsovereenkomst"
    assert "2a Inkomen" in first(text)


# C&W 3a: a holiday home the customer owns is another dwelling (renting one is C&W 2b) ----------------------
def test_an_owned_holiday_home_is_another_dwelling() -> None:
    # C&W 3a: "een conflict ... over een andere woning dan hierboven bij 2c en bij Eigen woning staat"
    text = "We hebben een vakantiehuisje in de Ardennen en de loodgieter daar heeft de leidingen verkeerd aangelegd"
    assert kind(text) == "andere_woning"
    assert "3a Consument & Wonen" in first(text)


# Art. 9: a module still to be added is not on the policy, and the conflict must start after it -----------
def test_a_module_to_be_added_for_a_conflict_that_exists_is_art_9() -> None:
    # Art. 9: "Of u wist niet dat u een conflict zou krijgen toen u een extra onderdeel afsloot"
    text = "Wanneer ik Verkeer erbij neem, helpen jullie dan met de ruzie die ik nu al heb met de garage over de reparatie?"
    q = state_of(text).question
    assert q.modules is None and q.first_event_after_start is False
    answer = first(text)
    assert "art. 9" in answer and "U bent hiervoor verzekerd" not in answer


# Art. 1: someone asked about by name is not insured unless in the household (parents are not) ---------------
def test_a_parent_asked_about_is_not_insured_art_1() -> None:
    text = "Mijn vader woont in een verzorgingshuis en zijn rollator is daar kapot gemaakt. Kan hij gebruikmaken van mijn polis?"
    assert state_of(text).question.involved == "other"
    assert "art. 1" in first(text)


def test_dictated_punctuation_is_read_as_marks() -> None:
    # Art. 1 (a parent is not insured), told by dictation
    text = (
        "goedemorgen ik heb een vraag komma mijn vader is in het ziekenhuis verkeerd behandeld punt "
        "kan hij gebruik maken van mijn rechtsbijstand vraagteken"
    )
    assert state_of(text).relative == "vader"
    assert "art. 1" in first(text)


# C&W 1: travel companions, asked as "kan zij gebruikmaken van mijn verzekering?" --------------------------
def test_a_travel_companion_asked_about_with_using_my_policy() -> None:
    text = "Ik had een weekend Parijs geboekt voor mij en mijn zus; het hotel heeft haar kamer geannuleerd. Mag zij ook gebruikmaken van mijn verzekering?"
    assert state_of(text).question.involved == "travel_companion"
    assert "reisgeno" in first(text)


# Art. 1: "valt mijn pleegzoon onder onze verzekering?" is the general answer about who is insured ---------
@pytest.mark.parametrize(
    "text",
    [
        "Onze pleegzoon van 9 woont sinds maart bij ons. Valt hij ook onder onze polis?",
        "Mijn vriendin trekt volgende maand bij me in. Kan zij dan ook gebruikmaken van mijn rechtsbijstand?",
    ],
)
def test_asked_whether_someone_at_home_is_insured(text: str) -> None:
    assert c.faq_topic_in(text) == "who_is_insured"


# Art. 6: "betalen jullie alle kosten?" asks the maximum; a country outside Europe has EUR 10.000 -----------
def test_all_costs_asks_the_maximum() -> None:
    text = "De schilder heeft ons huis verknoeid, het gaat om 40.000 euro. Vergoeden jullie dan alle kosten?"
    assert c.second_faq_topic(text) == "maximum"


def test_a_country_outside_europe_in_a_countries_question_adds_the_maximum_there() -> None:
    answer = faq("faq_countries", "Ben ik ook verzekerd als ik in Thailand een conflict krijg?")
    assert "10.000" in answer


# C&W 3g: a certain exclusion is said whatever topic the question was placed under ---------------------------
def test_a_certain_exclusion_in_a_general_question_is_said() -> None:
    # C&W 3g: "Voor alles wat te maken heeft met: Echtscheiding ..."
    assert "3g" in faq("faq_who_is_insured", "Zijn alimentatiezaken ook verzekerd?")


def test_the_module_abbreviated_is_read_and_is_no_purchase() -> None:
    # a refused building permit for the own home is the Eigen woning option's ("een beslissing van de overheid ... over
    # een bouwvergunning", round 92; it was C&W 2f here before); "C&W" is the module Consument & Wonen
    text = "De gemeente heeft mijn aanvraag voor een dakterras afgewezen, ik heb C&W"
    q = state_of(text).question
    assert q.modules == frozenset({"consument_wonen"}) and q.conflict == "vergunning_eigen_woning"


def test_a_parent_living_in_asks_with_the_verb_last_art_1() -> None:
    # Art. 1: partner, children and an au pair in the home are insured; a parent is not named
    text = "Mijn schoonvader woont bij ons in en is opgelicht door een nepwebshop. Mag hij onze polis gebruiken?"
    assert state_of(text).question.involved == "other"
    assert "art. 1" in first(text)


def test_income_needed_is_no_module_told() -> None:
    assert state_of("ik heb nog inkomen nodig en mijn werkgever betaalt mijn loon niet").question.modules is None


def test_a_module_told_in_english_is_read() -> None:
    text = "My landlord keeps my deposit of 900 euro. We have Consument & Wonen since 2019."
    assert state_of(text).question.modules == frozenset({"consument_wonen"})
