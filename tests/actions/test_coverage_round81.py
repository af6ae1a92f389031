"""Issue 11, round 81 (money matters): readings found in its blind first run, each in new wordings (not the eval set's
lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from flexbot.flexpolis import dialogue, english


def test_a_suppliers_back_charge_is_no_tax() -> None:
    # a supplier's bill for energy or water used is no tax (art. 11j stays for the tax office's naheffing)
    assert (
        kind("Het waterbedrijf stuurt een naheffing van 640 euro voor waterverbruik dat niet klopt.")
        != "belastingrecht"
    )
    assert kind("De Belastingdienst legt me een naheffing op over mijn auto van de zaak.") == "belastingrecht"


def test_goods_seized_for_anothers_debt() -> None:
    # C&W 2a: a wrongful seizure of the customer's own things; the debt is not the customer's (no 11l)
    found = dialogue.facts_in_description(
        "De deurwaarder heeft beslag gelegd op mijn meubels voor een schuld van mijn vroegere vriend, maar die meubels zijn van mij."
    )
    assert found["conflict"] == "onrechtmatige_daad"


def test_english_guarantor_is_standing_surety() -> None:
    # art. 11n: a claim taken over by standing surety
    gist = english.gist(
        "I stood as guarantor for my friend's car loan and now the lender is chasing me for 4,000 euros."
    )
    assert dialogue.facts_in_description(gist)["conflict"] == "overgenomen_vordering"
