"""A goodbye or greeting that asks a general question gets the question's FAQ intent
(bot/components/check_reply.py): "Dan sluit ik nu Verkeer erbij af" reads as a goodbye on "sluit ... af",
but the customer asks whether the conflict can be reported after adding the module (art. 9)."""

from __future__ import annotations

import pytest
from testkit.reroutes import routed


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("Dan sluit ik nu Verkeer erbij af. Kan ik het daarna alsnog melden?", "goodbye", "faq_waiting_period"),
        ("Doei! Hoe lang duurt het voordat jullie reageren?", "goodbye", "faq_answer_time"),
        ("Goedemiddag, is er een wachttijd?", "greet", "faq_waiting_period"),
    ],
)
def test_a_greeting_that_asks_gets_the_question(text: str, intent: str, expected: str) -> None:
    assert routed(text, intent) == expected


@pytest.mark.parametrize(
    ("text", "intent"), [("Tot ziens!", "goodbye"), ("Fijne dag nog", "goodbye"), ("Hoi", "greet")]
)
def test_a_plain_greeting_stays(text: str, intent: str) -> None:
    assert routed(text, intent) == intent


def test_out_of_scope_asking_about_the_case_only_during_a_check() -> None:
    # without a check, "wat moet ik als eerste doen?" stays out of scope (no conversation about cover)
    assert routed("Wat moet ik nu als eerste doen?", "out_of_scope") == "out_of_scope"
