"""Round 86 reroutes of bot/components/check_reply.py (issue 11), in new wordings: a policy term named first and
asked about next ("... een eigen risico. Moet ik dat betalen als ...?") is a question about that term (art. 14),
with the story in it answered beside it."""

from __future__ import annotations

from testkit.reroutes import routed

from bot.components.check_reply import opening_question


def test_the_own_risk_named_first_and_asked_about_next_is_the_own_risk_question() -> None:
    text = "Ik heb een eigen risico op de polis. Moet ik dat ook betalen als een bus tegen mijn scootmobiel rijdt?"
    assert routed(text, "check_coverage") == "faq_eigen_risico"
    assert routed("Er zit een eigen risico op. Moet ik dat betalen bij een ruzie met de huurbaas?", "faq_costs") == (
        "faq_eigen_risico"
    )


def test_a_story_first_and_a_question_about_it_stays_the_check() -> None:
    assert opening_question("Ik ben door een auto aangereden. Moet ik dat melden bij de politie?") is None
    assert opening_question("Ik heb ruzie met mijn werkgever. Is dat gedekt?") is None
    assert (
        routed("Mijn verhuurder wil de borg niet terugbetalen. Mag dat zomaar?", "check_coverage") == "check_coverage"
    )
