"""Rounds 180-181 (issue 11), in new wordings: questions the classifier heard as complaints that say no word of blame,
of ARAG's service failing or of a complaint (seeds 000/001: a complaint is dissatisfaction with ARAG's service). An
English coverage question or language request naming ARAG, a question checking the answer in more than twenty words,
and a question what to do next about reporting are questions, not complaints."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed

from bot.components.complaint_rules_cleared import checks_the_answer, english_policy_question, reporting_asked


@pytest.mark.parametrize(
    "text",
    [
        "We're driving to Norway in July with our caravan. If a truck hits us there, does my ARAG policy cover it?",
        "Could your lawyer speak English with me on the phone? My Dutch isn't good enough yet.",
    ],
)
def test_an_english_question_without_blame_is_no_complaint(text: str) -> None:
    assert english_policy_question(text)
    assert routed(text, "other_language", "complaint")["detection"]["complaint"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Why has nobody from ARAG called me back? It has been three weeks.",
        "I reported my case in May and I'm still waiting, is that normal?",
        "Your lawyer made a mistake in my letter, can you fix it?",
        "Kan ik een klacht indienen? Your service is terrible.",
    ],
)
def test_an_english_complaint_stays_one(text: str) -> None:
    assert not english_policy_question(text)
    assert routed(text, "other_language", "complaint")["detection"]["complaint"] is True


def test_a_long_question_checking_the_answer_is_no_complaint() -> None:
    text = (
        "Dus als mijn buurvrouw met haar bestelbus achteruit tegen mijn auto op de oprit rijdt, net als afgelopen zaterdag "
        "in Hoorn, dan kan ik daarmee niet bij jullie aankloppen?"
    )
    assert checks_the_answer(text)


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik eerst zelf bezwaar maken bij de gemeente of kan ik het beter meteen bij jullie melden?",
        "Kunnen we het beter direct bij jullie aanmelden of eerst afwachten?",
    ],
)
def test_what_to_do_next_asked_is_no_complaint(text: str) -> None:
    assert reporting_asked(text)
    assert routed(text, "check_coverage", "complaint")["detection"]["complaint"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik het nou voor de derde keer melden omdat jullie niet reageren?",
        "Moet ik het echt weer melden? Belachelijk.",
        "Kan ik het beter meteen bij jullie melden, want het kon echt beter met jullie service?",
    ],
)
def test_a_next_step_asked_in_annoyance_stays_a_complaint(text: str) -> None:
    assert not reporting_asked(text)
