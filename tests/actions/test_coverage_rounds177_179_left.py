"""Misses left from the blind rounds 177-179 (note of 2026-12-07), in new wordings: the arbitrator siding with the
customer (art. 17), the customer's share of mediation asked two sentences after it was named (art. 6b), and a supposed
case of another kind in the verb-last order of a condition ("en als ik haar mijn fiets had verkocht ...")."""

from __future__ import annotations

import pytest
from testkit.coverage_form import after_verdict, check, joined

from actions.coverage_follow_up import _hypothetical, as_told
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import language_answer


@pytest.mark.parametrize(
    "question",
    [
        "En als de scheidsrechter mij in het gelijk stelt?",
        "stel dat ik gelijk krijg van die scheidsrechter, wat dan?",
        "En als hij het met ons eens is?",
    ],
)
def test_the_arbitrator_siding_with_the_customer_leads_with_that_sentence(question: str) -> None:
    answer = talk.answer_text("disagreement", question)
    assert answer.startswith("Krijgt u gelijk, dan volgt ARAG het advies en mag u een advocaat kiezen.")


def test_the_arbitrator_siding_with_arag_still_leads_with_arags_sentence() -> None:
    assert talk.answer_text("disagreement", "En als de scheidsrechter ARAG gelijk geeft?").startswith(
        "Krijgt ARAG gelijk"
    )


def test_the_share_of_mediation_asked_two_sentences_later_gets_the_mediation_line() -> None:
    story = (
        "Mijn overbuurman en ik hebben al maanden ruzie over zijn bomen die ons hele tuin verduisteren. De rechter "
        "stelt nu mediation voor. Dat kost 900 euro voor ieder. Vergoeden jullie mijn deel? We hebben Consument & Wonen."
    )
    assert talk.second_faq_topic(story) == "costs"
    _, replies = check(story)
    assert "uw deel van de kosten van mediation" in joined(replies, 0)


def test_a_bill_asked_back_without_a_cost_named_before_it_names_no_topic() -> None:
    story = "Mijn buurman zaagt elke zondag om zeven uur hout. Hij lacht me uit. Betalen jullie dat?"
    assert talk.second_faq_topic(story) is None


@pytest.mark.parametrize(
    ("supposed", "told"),
    [
        (
            "en als ik haar mijn fiets had verkocht voor 400 en ze betaalt niet?",
            "ik heb haar mijn fiets verkocht voor 400 en ze betaalt niet?",
        ),
        ("Stel dat we die camper hadden gekocht bij een dealer", "we hebben die camper gekocht bij een dealer"),
        ("en als hij was ontslagen?", "hij is ontslagen?"),
        ("Ik heb haar geld geleend.", "Ik heb haar geld geleend."),
    ],
)
def test_a_supposed_case_is_told_as_a_statement(supposed: str, told: str) -> None:
    assert as_told(supposed) == told


def test_another_kind_supposed_after_a_loan_gets_its_own_answer() -> None:
    last = after_verdict("Ik heb mijn neef 3.000 euro geleend voor een scooter en hij betaalt het niet terug.")[
        "cc_state"
    ]
    answer = _hypothetical(last["last"], "en als ik hem mijn oude gitaar had verkocht voor 800 en hij betaalt niet?")
    assert answer is not None
    assert "(art. 2b Consument & Wonen)" in answer
    assert "3f" not in answer


def test_the_maximum_asked_beside_two_modules_is_the_conflicts_own() -> None:
    _, replies = check(
        "De gemeente heeft mij als brandweerman zonder reden geschorst en dat pik ik niet.",
        "Wij hebben Inkomen en Verkeer. Tot welk bedrag betalen jullie de kosten als dit tot de hoogste rechter gaat?",
    )
    assert "€ 15.000 per gebeurtenis" in joined(replies, 1)
    assert "geldt geen maximum" not in joined(replies, 1)


@pytest.mark.parametrize(
    "question",
    ["Hoe snel neemt ARAG contact met ons op als we het gemeld hebben?", "hoe gauw nemen jullie contact met me op?"],
)
def test_how_soon_arag_gets_in_touch_is_the_answer_time(question: str) -> None:
    assert talk.faq_topic_in(question) == "answer_time"


def test_how_soon_the_complaint_is_taken_up_is_not_the_answer_time() -> None:
    assert talk.faq_topic_in("Hoe snel nemen jullie contact op over mijn klacht?") != "answer_time"


AU_PAIR_AGAINST_HOSTS = (
    "Ik ben au pair bij een gastgezin in Amersfoort. Mijn gastouders houden mijn laatste maand zakgeld in. "
    "Mag ik hun polis bij jullie gebruiken tegen hen?"
)


def test_an_au_pair_against_the_host_family_is_not_covered_by_their_policy() -> None:
    answer = talk.coverage_first(AU_PAIR_AGAINST_HOSTS) or ""
    assert answer.startswith(
        "Dit conflict is niet verzekerd. Bij een conflict met iemand voor wie deze verzekering ook"
    )
    assert "(art. 1 Algemene regels)" in answer


def test_an_au_pair_against_the_host_family_asked_in_english_gets_art_1() -> None:
    answer = language_answer.what_follows(
        "Hi, I am an au pair in Delft. My host parents kept my pocket money for March. Can I use their insurance against them?"
    )
    assert answer is not None and "geen van beiden" in answer and "(art. 1 Algemene regels)" in answer


def test_an_au_pair_with_another_party_keeps_the_household_reading() -> None:
    answer = talk.coverage_first(
        "Ik ben au pair bij een gastgezin in Utrecht. De fietsenmaker wil mijn kapotte fiets niet gratis repareren."
    )
    assert answer is not None and "geen van beiden" not in answer


STUDYING_SON = (
    "Onze zoon Daan (20) studeert in Delft en woont daar op kamers. Zijn huisbaas geeft de borg van 700 euro niet terug. "
    "Is hij via ons verzekerd?"
)


def test_the_studying_child_is_said_once() -> None:
    _, replies = check(STUDYING_SON)
    assert joined(replies, 0).count("Uw kind dat voor een dagstudie ergens anders woont is meeverzekerd") == 1


def test_a_child_corrected_to_living_with_a_partner_mid_check_is_not_insured() -> None:
    _, replies = check(
        STUDYING_SON,
        "O wacht, ik vergis me: Daan is al klaar met studeren, werkt nu en woont samen met zijn vriendin in Delft.",
    )
    assert joined(replies, 1).startswith("Dit conflict is niet verzekerd. De verzekering geldt niet voor iemand anders")
    assert "(art. 1 Algemene regels)" in joined(replies, 1)
