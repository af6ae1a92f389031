"""Issue 11, round 49: classes from the misses of a held-out set written blind from seed 004 (older customers and
people helping their parents), each tested in new wordings with the seed's article."""

from __future__ import annotations

from flexbot.flexpolis import conversation, cost_questions, dialogue, english, language_answer
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.dialogue_country import country_in_description


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_readings_of_older_customers_stories() -> None:
    # C&W 2b (a timeshare, a thing sold, a bank account), Verkeer 3e (a vehicle sold), Verkeer 3a (a bus braking)
    assert _kind("We hebben een timeshare in Spanje en de beheerder verhoogt de kosten elk jaar.") == "consumentenkoop"
    assert _kind("Ik verkocht mijn oude piano. De koper heeft 200 betaald en de rest nooit overgemaakt.") == (
        "consumentenkoop"
    )
    assert _kind("De bank blokkeert mijn rekening, ik kan niet bij mijn uitkering.") == "consumentenkoop"
    assert _kind("Mijn camper heb ik verkocht en nu wil de koper de koop ontbinden.") == "contract_motorrijtuig"
    assert _kind("Mijn caravan heb ik verkocht en nu wil de koper de koop ontbinden.") == "consumentenkoop"  # no motor
    assert _kind("Mijn moeder viel in de lijnbus omdat de chauffeur hard in de remmen ging.") == "verkeersongeval"


def test_what_decides_is_the_customers_own_situation() -> None:
    # Verkeer 4a (medication that forbids driving), art. 12 (accused of theft, a letter from the OM), Verkeer 3d
    assert _kind(
        "Ik had een slaapmiddel genomen waarmee ik niet mocht rijden en toen reed iemand op mijn auto in."
    ) == ("onder_invloed")
    assert _kind("De winkel zei dat ik een fles wijn had gestolen. Nu heb ik een brief van het OM.") == "strafzaak"
    assert _kind("Het CBR nam mijn rijbewijs in na een keuring. Er is geen sprake van een strafzaak.") == "rijbewijs"
    # C&W 3g is the customer's own divorce, not a son's
    assert _kind("Mijn dochter woont sinds haar scheiding bij ons en heeft mijn fiets kapotgemaakt.") != "echtscheiding"


def test_who_is_insured_when_a_relative_is_asked_about() -> None:
    # art. 1: grandchildren and adult children living at home
    found = dialogue.facts_in_description(
        "Mijn kleindochter woont op kamers en de huisbaas houdt de borg. Is mijn kleindochter via mij meeverzekerd?"
    )
    assert found.get("involved") == "other", found
    found = dialogue.facts_in_description(
        "Mijn zoon woont na zijn ontslag weer bij ons thuis en weigert de schade aan mijn auto te betalen."
    )
    assert found.get("opponent") == "child_home", found


def test_time_and_place() -> None:
    # art. 11c (cancelled months ago, told after), art. 8 (a Dutch body decides in the Netherlands)
    found = dialogue.facts_in_description(
        "Ik heb de polis opgezegd toen ik verhuisde, dat is nu zo'n vijf maanden geleden. De verhuizer brak een kast."
    )
    assert found.get("facts.gemeld_na_einde") is True, found
    found = dialogue.facts_in_description("Ik heb tien jaar in Australië gewerkt en nu kort de SVB mijn AOW.")
    assert found.get("country") == "NL", found
    assert country_in_description("In het contract staat dat de verhuurder de kozijnen zou schilderen.") is None


def test_costs_and_reporting() -> None:
    # art. 10 (the other side's collection costs), art. 7 (waiting is no reason not to report)
    assert cost_questions.cost_keys("Ze rekenen nu ook 90 euro incassokosten. Vergoeden jullie die?") == [
        "buitengerechtelijke_kosten_tegenpartij"
    ]
    assert (
        conversation.faq_topic_in("Hij wil eerst even afwachten wat de gemeente doet. Is dat verstandig?") == "report"
    )


def test_english_moving_abroad_a_doctors_mistake_and_a_van() -> None:
    # art. 15 (moving abroad ends the insurance) before any example; C&W 2a; Verkeer 3a
    answer = language_answer.dutch_only_answer(
        "We are retiring to Spain next year. Will our policy still cover us, say in a dispute with a Spanish landlord?"
    )
    assert "niet meer in Nederland woont" in answer and "art. 15" in answer, answer
    gist = english.gist("My GP missed a broken wrist for a month and now it healed wrongly. Can ARAG help?")
    assert "art. 2a Consument & Wonen" in (conversation.coverage_first(gist) or ""), gist
    gist = english.gist("A taxi drove into the side of my car at a junction. We have Verkeer.")
    assert "art. 3a Verkeer" in (conversation.coverage_first(gist) or ""), gist
