"""Rounds 177-179 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's
service. A premium not collected, asked about with "ben ik nog verzekerd?", is art. 14's question, no complaint; a
complaint that asks where to complain gets the complaints answer; "Dit noemen jullie service?" wants no answer."""

from __future__ import annotations

import pytest
from testkit.reroutes import routed

from bot.components.complaint_detector import holds_question, is_rhetorical
from bot.components.complaint_rules_policy import own_payment_question
from flexbot.flexpolis import faq_turn


@pytest.mark.parametrize(
    "text",
    [
        "De premie kon deze maand niet worden afgeschreven, mijn saldo was te laag. Ben ik nu nog verzekerd?",
        "Jullie premie is niet geïncasseerd want mijn rekening stond rood. Ben ik dan nog gedekt?",
    ],
)
def test_a_premium_not_collected_asked_about_is_art_14(text: str) -> None:
    assert own_payment_question(text)
    assert routed(text, "check_coverage") == "faq_premium"  # art. 14: the warning and its 15 days


def test_where_to_complain_about_arag_is_the_complaints_question() -> None:
    text = "Mijn jurist reageert al weken niet. Bij wie kan ik een klacht over jullie neerleggen?"
    assert faq_turn.complaint_question(text, True) == "where"


@pytest.mark.parametrize("sentence", ["Dit noemen jullie service?", "Dat noemt u nou klantvriendelijk?"])
def test_service_named_in_scorn_is_rhetorical(sentence: str) -> None:
    assert is_rhetorical(sentence)
    assert not holds_question(f"Drie behandelaars en niemand belt terug. {sentence}")


@pytest.mark.parametrize("text", ["en als ze 75.000 vragen?", "Stel dat de borg 60.000 euro wordt?"])
def test_another_bail_asked_is_a_what_if_amount(text: str) -> None:
    from bot.components.check_reply import BAIL_AMOUNT_ASKED
    from flexbot.dutch import fold

    assert BAIL_AMOUNT_ASKED.search(fold(text))


def test_here_in_the_netherlands_is_another_place() -> None:
    from actions.coverage_follow_up import ANOTHER_PLACE

    assert ANOTHER_PLACE.search("en hier in nederland?")


def test_the_customers_own_threat_asked_about_is_no_complaint() -> None:
    # art. 11f's question (conduct towards the other side), no dissatisfaction with ARAG
    from bot.components.complaint_rules_cleared import own_threat_asked

    assert own_threat_asked("Ik heb haar gezegd dat ik die schutting zelf kom slopen. Maakt dat iets uit?")
    assert not own_threat_asked("Ik heb de buurman gezegd dat ik naar de rechter stap.")
