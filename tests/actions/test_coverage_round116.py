"""Issue 11, fourteenth session (rounds 116-): questions asked beside a coverage check routed to their article, each
in new wordings (not the eval sets' lines), and the story's check going on after the answer."""

from __future__ import annotations

from testkit.coverage_form import check

from flexbot.flexpolis import conversation


def _all(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


def test_the_contact_in_another_language_is_art_3() -> None:
    assert (
        conversation.faq_topic_in("Mijn man spreekt geen Nederlands. Kan de correspondentie in het Frans?")
        == "language"
    )
    assert conversation.faq_topic_in("Kan het gesprek met de jurist in het Engels?") == "language"


def test_what_arag_does_with_ones_data_is_art_19() -> None:
    assert conversation.faq_topic_in("Verkopen jullie mijn gegevens aan andere bedrijven?") == "privacy"
    assert conversation.faq_topic_in("Worden mijn gegevens ook voor reclame gebruikt?") == "privacy"
    reply = _all(
        "Mijn buurman heeft een schutting op mijn grond gezet.",
        "Consument & Wonen.",
        "Ik krijg ook steeds enquêtes van jullie. Mogen jullie mijn gegevens daarvoor gebruiken?",
    )
    assert "art. 19" in reply and "klanttevredenheidsonderzoek" in reply


def test_an_option_added_now_to_report_a_conflict_there_is_art_9() -> None:
    assert conversation.faq_topic_in("Kan ik Verkeer er morgen bijzetten en dan dit melden?") == "waiting_period"
    assert conversation.faq_topic_in("Als ik eigen woning nu bijboek, mag ik het dan melden?") == "waiting_period"
    # reporting now alone is still art. 7
    assert conversation.faq_topic_in("Moet ik dit nu al bij jullie melden?") == "report"
