"""Issue 11, round 11: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers10.jsonl), written blind from seed 004. Each test names the seed article that
decides it; the texts are new wordings of the class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import first, kind

from flexbot.flexpolis import conversation as c
from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis import language_answer


# C&W 2b: a funeral company is a service bought as a consumer.
@pytest.mark.parametrize(
    "text",
    [
        "Mijn vader is in mei gecremeerd. De uitvaartverzorger rekent nu 900 euro extra voor koffie die nooit is geschonken.",
        "Het begrafenisondernemersbedrijf hield zich niet aan de afspraken over de rouwauto en wil toch het volle bedrag van 3.100 euro.",
    ],
)
def test_a_funeral_company_is_a_consumer_contract(text: str) -> None:
    assert kind(text) == "consumentenkoop"
    assert "2b" in first(text)


# C&W 2b: a bank blocking a payment account is a contract with the bank (no asset management, 3d),
# even when the customer then cannot pay the rent.
def test_a_blocked_payment_account_is_2b_not_the_rent() -> None:
    text = "De bank heeft mijn rekening bevroren zonder reden en nu kan ik de huur van deze maand niet overmaken."
    assert kind(text) == "consumentenkoop"
    assert "2b" in first(text)


# Inkomen 3a (and C&W 1, private role only): lessons given for pay beside a job are income
# earned outside employment.
@pytest.mark.parametrize(
    "text",
    [
        "Naast mijn werk bij de gemeente geef ik zangles; de ouders van een leerling betalen 200 euro niet.",
        "Als bijverdienste repareer ik fietsen in mijn schuur en een klant betaalt de rekening van 260 euro niet.",
    ],
)
def test_paid_work_of_ones_own_beside_a_job_is_not_insured(text: str) -> None:
    assert kind(text) == "zzp_opdracht"
    answer = first(text)
    assert "3a" in answer and "inkomsten" in answer


# C&W 3d/3f: money put into a start-up through crowdfunding is an investment, not insured.
def test_crowdfunding_is_asset_management() -> None:
    text = "Ik investeerde via een crowdfundingsite 1.500 euro in een bierbrouwerij en die belofte van rendement is niets geworden."
    assert kind(text) == "vermogensbeheer"
    assert "3d" in first(text)


# Art. 11g: interest and collection costs do not count towards the EUR 175 minimum.
def test_interest_and_collection_costs_do_not_count() -> None:
    text = (
        "De tandarts stuurde een rekening van 120 euro voor een behandeling die nooit is gedaan. "
        "Inclusief aanmaningskosten en rente is het nu 260 euro geworden."
    )
    assert d.amount_in_text(text) == 120
    answer = first(text)
    assert "11g" in answer and "175" in answer


# Art. 15: the insurance stops when the policyholder dies; the partner may go on with it.
def test_policyholder_died_asks_art_15() -> None:
    text = "De polis stond op naam van mijn vrouw, zij is in september gestorven. Blijf ik dan gedekt?"
    assert c.faq_topic_in(text) == "start_change_end"
    answer = c.fallback_answer(text)
    assert (
        answer is not None and "stopt" in answer and "verdergaan" in answer
    )  # seed art. 15: "wil verdergaan met deze verzekering"


# Art. 3 (answered in Dutch) with Inkomen 2a: the conflict named in English is what is asked,
# not the residence rule because the customer says where he lives.
def test_english_conflict_beside_where_one_lives_is_answered() -> None:
    text = (
        "Hello, I live in Rotterdam and have a Flexpolis. My employer did not pay my salary last month. Am I covered?"
    )
    answer = language_answer.dutch_only_answer(text)
    assert "Inkomen" in answer and "2a" in answer
    assert "wonen om deze verzekering" not in answer
