"""A few words without evidence of dissatisfaction are the answer to a question, not a complaint;
a few words of dissatisfaction still are one."""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import NO_EVIDENCE_SCORE, load_detector


@pytest.mark.parametrize("text", ["veel", "lang", "weinig", "ongeveer 300 euro", "mijn werkgever", "vorige week"])
def test_short_answer_without_evidence_is_none(text: str) -> None:
    detection = load_detector().detect(text)
    assert detection.decision == "none", detection
    assert detection.score <= NO_EVIDENCE_SCORE


@pytest.mark.parametrize("text", ["Slecht!", "waardeloos", "teleurgesteld", "niet blij", "te duur"])
def test_short_dissatisfaction_is_still_a_complaint(text: str) -> None:
    assert load_detector().detect(text).decision == "complaint"


def test_short_cue_is_still_a_complaint() -> None:
    assert load_detector().detect("klacht indienen").decision == "complaint"
