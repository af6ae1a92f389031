"""A message that complains and asks: the intent classifier sees the question alone when it has a
topic of its own, and the whole message when the topic is in the complaint."""

from __future__ import annotations

import pytest

from bot.components.complaint_detector import has_topic, question_part
from flexbot.complaints.detector import load_detector


def test_a_question_with_its_own_topic_is_classified_alone() -> None:
    text = "Mijn jurist belt nooit terug. Ben ik verzekerd voor een burenruzie?"
    assert question_part(text, load_detector()) == "Ben ik verzekerd voor een burenruzie?"


@pytest.mark.parametrize(
    "text",
    [
        "Jullie hebben mijn premie verhoogd en daar ben ik het niet mee eens. Wat kan ik doen?",
        "Mijn jurist heeft al drie weken niets van zich laten horen. Hoe nu verder?",
    ],
)
def test_a_question_without_topic_leaves_the_whole_message(text: str) -> None:
    assert question_part(text, load_detector()) is None


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Wat kan ik doen?", False),
        ("Hoe nu verder?", False),
        ("Kan ik mijn polis opzeggen?", True),
        ("Helpen jullie bij ruzie met de buren?", True),
        ("Mijn verhuurder geeft de borg niet terug, wat nu?", True),
    ],
)
def test_topic(text: str, topic: bool) -> None:
    assert has_topic(text) is topic
