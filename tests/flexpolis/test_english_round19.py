"""English (and English mixed with Dutch) stories, round 19 (flexbot/flexpolis/english.py, language_answer.py):
the gist puts the deciding English words into Dutch, and no common English word is read as a Dutch
conflict word. New wordings of the blind evaluation's classes; the bot answers in Dutch (art. 3)."""

from __future__ import annotations

import pytest

from flexbot.flexpolis import conflicts, dialogue, english, language_answer


def facts(text: str) -> dict:
    return dialogue.facts_in_description(english.gist(text))


def test_a_purchase_that_broke_and_is_not_repaired_under_warranty_is_a_consumer_purchase():
    text = (
        "Our au pair, who is living with us, ordered a phone online; the screen is defective after a month "
        "and the seller will not repair it under the guarantee."
    )
    found = facts(text)
    assert found["conflict"] == "consumentenkoop" and found["involved"] == "au_pair", found
    answer = language_answer.what_follows(text)
    assert "2b Consument & Wonen" in answer and "au pair" in answer, answer


def test_unpaid_wages_of_a_knowledge_migrant_are_inkomen_2a_not_a_race():
    text = (
        "My boss has not paid my wages since August. I work here as a highly skilled migrant and I'm really stressed."
    )
    assert facts(text)["conflict"] == "arbeidsovereenkomst"
    assert "2a Inkomen" in language_answer.what_follows(text)


@pytest.mark.parametrize("word", ["really", "behind", "doing", "provided", "polite", "burden", "occasion", "garbage"])
def test_common_english_words_are_no_dutch_conflict_word(word):
    """The parsers' typo reading took "really" for "rally" (Verkeer 4b); in the gist such words are Dutch."""
    guess = conflicts.normalise_conflict(english.gist(f"I am {word} worried about this, thank you"))
    assert guess.kind is None and guess.opponent is None, guess


def test_dismissed_alone_is_no_dismissal():
    assert "ontslagen" not in english.gist("My objection was dismissed by the municipality.")
    assert "ontslagen" in english.gist("I have been dismissed after nine years.")
    assert "ontslagen" in english.gist("They fired me on Monday.")


def test_a_deposit_is_the_rents_borg_only_when_renting():
    assert "borg" in english.gist("The landlord keeps the deposit of my flat.")
    assert "borg" not in english.gist("I paid a deposit for a sofa and the shop went quiet.")


def test_a_used_car_from_a_private_seller_without_warranty_is_verkeer_4d():
    text = (
        "Last week I bought a second-hand Opel from a private individual, no guarantee whatsoever. "
        "Now the transmission gave up, de verkoper neemt niet op. Ik heb Verkeer, what now?"
    )
    found = facts(text)
    assert found["conflict"] == "contract_motorrijtuig" and found["facts.tweedehands_zonder_garantie"], found
    assert "4d Verkeer" in language_answer.what_follows(text)


def test_a_refused_residence_permit_is_a_government_decision():
    text = "The immigration office would not renew my residence permit. Can ARAG help me lodge an objection?"
    assert facts(text)["conflict"] == "overheidsbesluit"
    assert "2f Consument & Wonen" in language_answer.what_follows(text)


def test_a_tenant_who_does_not_pay_is_renting_out():
    assert "3b Consument & Wonen" in language_answer.what_follows("My tenant has not paid the rent for my flat.")


def test_the_own_lawyer_asked_in_english_after_a_story():
    answer = language_answer.follow_up_answer(
        "We have Inkomen and Verkeer.", "Am I free to pick my own solicitor? A friend knows one in Haarlem."
    )
    assert answer and "art. 3 Algemene regels" in answer and "procedure" in answer, answer
    assert "toestemming" in answer, answer


def test_the_modules_after_a_story_still_give_the_verdict():
    answer = language_answer.follow_up_answer(
        "My employer stopped paying my salary two months ago.", "Yes, I have the income module."
    )
    assert answer and "2a Inkomen" in answer, answer


def test_a_speeding_fine_is_art_12_and_a_price_charged_is_no_charge():
    assert "art. 12" in language_answer.what_follows("My wife got a speeding fine in our car. Is that covered?")
    assert "verdacht" not in english.gist("The garage charged me 400 euro for nothing.")
