"""What the coverage check reads from a customer's story, for the tests of flexbot/flexpolis."""

from __future__ import annotations

from flexbot.flexpolis import conversation, faq_turn
from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis.dialogue import CheckState


def state_of(text: str) -> CheckState:
    """The check's state after the story alone; the story must contradict nothing."""
    state, reasons = d.apply(CheckState(), d.facts_in_description(text))
    assert not reasons, reasons
    return state


def kind(text: str) -> str | None:
    """The kind of conflict read from the story."""
    return state_of(text).question.conflict


def first(text: str) -> str:
    """The first reply to a story; the story must name a conflict."""
    answer = conversation.coverage_first(text)
    assert answer is not None, text
    return answer


def faq(intent: str, text: str) -> str:
    """The general answer's messages for faq_<topic> asked as `text`, joined."""
    return " ".join(faq_turn.answer_faq(intent, text, None, reminded=True).messages)
