"""The chat's complaint component on a first message that is itself a coverage question: anger at
a third party is no sure complaint (so no intake starts), anger at ARAG still is (issue 9, round 5).
The component sees the message only (no tracker), so what it knows is in the message itself."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import PARSE_KEY, ComplaintDetectorComponent
from flexbot.complaints.detector import load_detector


def parse(text: str) -> dict:
    message = Message(data={TEXT: text})
    ComplaintDetectorComponent(load_detector()).process([message])
    return message.get(PARSE_KEY)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn broer heeft de hele erfenis ingepikt en liegt erover, ik ben woedend. Ben ik verzekerd voor een erfeniskwestie?",
        "Het CBR heeft mijn rijbewijs ingenomen en dat is echt schandalig, ze luisteren niet eens. Kan ARAG mij helpen?",
        "De trouwfotograaf is gewoon niet komen opdagen op onze bruiloft! Schandalig. Valt dit onder mijn rechtsbijstand?",
    ],
)
def test_third_party_anger_in_a_first_coverage_question_starts_no_intake(text: str) -> None:
    found = parse(text)
    assert found["decision"] in ("ask", "none") and found["complaint"] is False


def test_arag_complaint_with_a_coverage_question_is_still_registered_and_answered() -> None:
    found = parse("Mijn jurist belt nooit terug. Ben ik verzekerd voor een burenruzie?")
    assert found["decision"] == "complaint" and found["question"] is True
