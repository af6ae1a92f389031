"""Round 56 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service; a
short question that checks what the answer just said ("Dus dat geld krijg ik niet gewoon van jullie?" after seed 004
art. 13's loan) has no word of blame or displeasure and is none. Displeasure said in the same words stays a complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import after_verdict, routed

from bot.components.complaint_rules_cleared import checks_the_answer


@pytest.mark.parametrize(
    "text", ["Dus dat bedrag lenen jullie mij alleen?", "Betekent dat dat ik de borg zelf moet voorschieten?"]
)
def test_a_question_checking_the_answer_is_no_complaint(text: str) -> None:
    assert checks_the_answer(text)
    found = routed(text, "faq_borgsom", "complaint", question=True, context=after_verdict())
    assert found["detection"]["decision"] == "none", found


@pytest.mark.parametrize(
    "text",
    ["Dus jullie laten me gewoon zitten, schandalig?", "Dus ik moet alweer wachten tot jullie terugbellen?"],
)
def test_displeasure_in_the_same_shape_stays(text: str) -> None:
    assert not checks_the_answer(text)


# Round 57: a failed premium collection told with a question about cover (seed 004 art. 14) asks about the customer's
# own payment, no complaint about ARAG's service; blame in the same message keeps it.
@pytest.mark.parametrize(
    "text",
    [
        "De incasso van mijn premie is vorige maand mislukt en ik heb nog steeds niet betaald. Ben ik nog verzekerd?",
        "Ik heb nog steeds niet betaald na jullie herinnering. Geldt mijn dekking nog voor een ruzie met de buren?",
    ],
)
def test_an_own_payment_question_is_no_complaint(text: str) -> None:
    from bot.components.complaint_rules_policy import own_payment_question

    assert own_payment_question(text)
    assert not own_payment_question("Jullie hebben de incasso van mijn premie verprutst, schandalig. Ben ik verzekerd?")


def test_a_reminder_found_late_is_an_own_payment_question() -> None:
    # round 59 (art. 14): "een 'laatste herinnering' van ARAG: premie niet betaald" with a question about cover
    from bot.components.complaint_rules_policy import own_payment_question

    assert own_payment_question("Ik vond een aanmaning van ARAG: premie niet betaald. Ben ik nu nog verzekerd?")
