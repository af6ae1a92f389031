"""Issue 11, round 9: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers8.jsonl) and blind conversations (data/eval/conversations5.jsonl), written blind
from seed 004. Each test names the seed article that decides it; the texts are new wordings of the
class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import first, kind, state_of


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
