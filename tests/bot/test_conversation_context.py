"""The complaint component uses what the conversation knows (bot/conversation_context.py, issue 9):
during the coverage form unaimed anger is about the opponent, and the customer's previous message
says whom "hij" means."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import conversation_context
from bot.components.complaint_detector import PARSE_KEY, ComplaintDetectorComponent
from bot.conversation_context import detector_context, parsing
from flexbot.complaints.detector import ABOUT_OPPONENT, load_detector

ANGER = "Hij heeft er een puinhoop van gemaakt en reageert nergens meer op, waardeloos."


def tracker(*said: str, form: str | None = None) -> DialogueStateTracker:
    events: list[Any] = [ActionExecuted("action_listen")]
    for text in said:
        events += [UserUttered(text, {"name": "inform"}), BotUttered("Dank u."), ActionExecuted("action_listen")]
    if form:
        events.append(ActiveLoop(form))
    return DialogueStateTracker.from_events("test", events)


def decision(text: str, conversation: DialogueStateTracker | None) -> str:
    message = Message(data={TEXT: text})
    with parsing(conversation):
        ComplaintDetectorComponent(load_detector()).process([message])
    return message.get(PARSE_KEY)["decision"]


def test_no_conversation_no_context() -> None:
    assert detector_context() is None
    assert detector_context(tracker()) is None


def test_context_is_the_previous_messages_then_the_conflict_form() -> None:
    conversation = tracker("eerste", "tweede", "derde", form="coverage_form")
    assert detector_context(conversation) == ["tweede", "derde", ABOUT_OPPONENT]
    assert detector_context(tracker("over mijn jurist", form="complaint_form")) == ["over mijn jurist"]


def test_anger_told_in_the_coverage_form_is_about_the_opponent() -> None:
    assert decision(ANGER, None) == "complaint"  # alone, "hij" could be anyone: ARAG's too
    in_form = tracker("Ben ik verzekerd voor een conflict met mijn aannemer?", form="coverage_form")
    assert decision(ANGER, in_form) == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Jullie jurist belt me al weken niet terug, echt slecht.",
        "Mijn behandelaar bij ARAG reageert nooit, belachelijk.",
    ],
)
def test_a_complaint_about_arag_in_the_coverage_form_stays_a_complaint(text: str) -> None:
    in_form = tracker("Ben ik verzekerd voor een conflict met mijn aannemer?", form="coverage_form")
    assert decision(text, in_form) == "complaint"


def test_the_previous_message_says_whom_a_pronoun_means() -> None:
    text = "Die vent is een oplichter, hij betaalt niks terug."
    assert decision(text, tracker("Mijn jurist van ARAG heeft mijn zaak sinds maart.")) == "complaint"
    assert decision(text, tracker("Ik heb 2000 euro geleend aan mijn buurman.", form="coverage_form")) == "none"


def test_rasa_parses_with_the_conversation_in_context(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(conversation_context, "_original_parse", lambda *args, **kw: seen.append(detector_context()))
    conversation_context.apply()
    assert MessageProcessor._parse_message_with_graph is conversation_context._parse_message_with_graph
    in_form = tracker("over mijn aannemer", form="coverage_form")
    MessageProcessor._parse_message_with_graph(object(), object(), in_form)  # type: ignore[arg-type]
    assert seen == [["over mijn aannemer", ABOUT_OPPONENT]]
    assert detector_context() is None  # reset after the parse
