"""Issue 11, round 15: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers14.jsonl and conversations10.jsonl, written blind from seed 004). Each test names
the seed article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

import re

import pytest
from testkit.stories import first, kind

from flexbot.flexpolis import conversation, story_facts


def test_the_opponents_job_is_no_professional_use_of_the_customers_vehicle() -> None:
    assert not story_facts.PROFESSIONAL_DRIVING.search("een buschauffeur reed mij aan op de rotonde")  # Verkeer 4c
    assert story_facts.PROFESSIONAL_DRIVING.search("ik werk als koerier en werd aangereden")


def test_years_of_trouble_and_a_policy_just_taken_out_is_art_9() -> None:
    answer = first("al drie jaar ruzie met de overburen over parkeren, heb vorige week pas de polis afgesloten")
    assert answer.startswith("Dit conflict is niet verzekerd") and "art. 9" in answer


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mijn polis is twee maanden geleden gestopt mag ik nog een oude zaak melden", "report"),  # art. 11c
        ("kan ik de module inkomen er nu nog bij nemen voor dit gedoe", "waiting_period"),  # art. 9
        ("is 150 euro niet te weinig?", "minimum"),  # art. 11g
        ("moeten we in nederland wonen", "start_change_end"),  # art. 3
    ],
)
def test_general_questions_in_everyday_words(text: str, topic: str) -> None:
    assert conversation.faq_topic_in(text if "?" in text else f"{text}?") == topic


def test_money_lent_told_with_a_relative_clause_is_c_and_w_3f() -> None:
    assert kind("mijn neef betaalt de 900 euro niet terug die ik hem geleend heb") == "geld_uitgeleend"


def test_a_schools_complaints_committee_about_the_teacher_is_inkomen_2c() -> None:
    assert kind("Als docent kreeg ik een klacht van een ouder bij de klachtencommissie over mij") == "beroepsklacht"


def test_a_partner_one_lives_with_as_the_other_party_is_art_1() -> None:
    answer = first("mijn vriendin en ik wonen samen en hebben ruzie over de bank die we samen kochten")
    assert "geen van beiden" in answer
    assert kind("mijn vrouw en ik hebben ruzie met de aannemer over de keuken") != "medeverzekerde"


def test_a_maximum_question_with_a_story_as_context_is_answered_first() -> None:
    from testkit.coverage_form import Chat

    replies = Chat().say("aangereden in Canada met een huurauto tot welk bedrag betalen jullie", "check_coverage")
    assert "€ 10.000" in " ".join(replies) and "Welke modules" not in " ".join(replies)


def test_a_shop_saying_the_customer_dropped_it_keeps_the_purchase() -> None:
    assert (
        kind("De winkel wil mijn kapotte telefoon niet maken, ze zeggen dat ik hem heb laten vallen")
        == "consumentenkoop"
    )
    assert kind("Mijn neef heeft mijn camera kapot laten vallen en wil niet betalen") == "onrechtmatige_daad"


def test_the_arbitrators_costs_asked_lead_with_who_pays_him() -> None:
    from testkit.stories import faq

    answer = faq("faq_disagreement", "wie betaalt die scheidsrechter eigenlijk? gaat dat van mijn maximum af?")
    # art. 17 (round 83: the costs answer leads with it, "Deze kosten tellen niet mee voor het maximumbedrag")
    assert re.search(r"\b(telt|tellen) niet mee\b", answer) and not answer.startswith("Krijgt ARAG gelijk")


def test_a_cost_question_and_the_maximum_in_one_message_both_get_an_answer() -> None:
    from testkit.stories import faq

    answer = faq(
        "faq_costs",
        "als ik verlies, betaal ik dan de advocaat van de tegenpartij? en hoeveel vergoeden jullie maximaal",
    )
    assert "proceskosten van de tegenpartij" in answer and "€ 15.000" in answer  # art. 6b, art. 6


def test_what_it_costs_right_after_how_to_report_is_the_eigen_risico() -> None:
    from flexbot.flexpolis import faq_turn

    assert faq_turn.context_topic("costs", "en wat kost dat mij?", "report") == "eigen_risico"  # art. 14


@pytest.mark.parametrize("intent", ["faq_start_change_end", "faq_own_lawyer", "faq_costs"])
def test_and_if_i_lose_is_the_other_sides_costs(intent: str) -> None:
    from testkit.stories import faq

    assert "proceskosten van de tegenpartij" in faq(intent, "en als ik de zaak verlies?")  # art. 6b
