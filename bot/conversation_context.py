"""What the conversation already knows, for the complaint detector in the NLU pipeline.

Rasa 3.6 passes the conversation's tracker to the model graph with every message
(`MessageProcessor._parse_message_with_graph`: inputs `__message__` and `__tracker__`), but the
default recipe wires it to no NLU component. While Rasa parses a message, the tracker is kept here
in a context variable (set by `apply()`, loaded with our REST channel like bot/rasa_speedups.py),
so `ComplaintDetectorComponent` can read the context the issue asks for:

- while the coverage form is open, the customer is telling or answering about their conflict, so
  dissatisfaction that names nobody is about the opponent (`ABOUT_OPPONENT`): "Hij heeft er een
  puinhoop van gemaakt" is about the contractor, while "jullie jurist belt nooit" still names ARAG;
- the customer's previous messages say whom a pronoun means: "hij reageert nooit" after a
  message about "mijn jurist" is the jurist.

Without a tracker (tests, `flexbot classify`, the social connectors) there is no context.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from flexbot.complaints.detector import ABOUT_OPPONENT

# Forms in which the customer's words describe the conflict with the opponent.
CONFLICT_FORMS = frozenset({"coverage_form"})
# The coverage form's slots (bot/domain/coverage.yml): the open question's answer, and the check's state.
ANSWER_SLOT = "cc_answer"
STATE_SLOT = "cc_state"
# How many of the customer's previous messages can say whom a pronoun means.
PREVIOUS_MESSAGES = 2

_tracker: ContextVar[DialogueStateTracker | None] = ContextVar("flexbot_parsing_tracker", default=None)


@contextmanager
def parsing(tracker: DialogueStateTracker | None) -> Iterator[None]:
    """The tracker of the conversation whose message is being parsed, for the duration."""
    token = _tracker.set(tracker)
    try:
        yield
    finally:
        _tracker.reset(token)


def detector_context(tracker: DialogueStateTracker | None = None) -> list[str] | None:
    """The complaint detector's context for the message being parsed: the customer's previous
    messages (oldest first), then ABOUT_OPPONENT while a conflict form is open; None without a
    conversation."""
    tracker = tracker if tracker is not None else _tracker.get()
    if tracker is None:
        return None
    previous: list[str] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered) and event.text:
            previous.append(event.text)
            if len(previous) == PREVIOUS_MESSAGES:
                break
    context = previous[::-1]
    if tracker.active_loop_name in CONFLICT_FORMS:
        context.append(ABOUT_OPPONENT)
    return context or None


def previous_text() -> str:
    """The customer's previous message in this conversation ('' when none, or no conversation)."""
    tracker = _tracker.get()
    if tracker is None:
        return ""
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return event.text or ""
    return ""


def in_conflict_form() -> bool:
    """The message being parsed is told while a conflict form (the coverage check) is open."""
    tracker = _tracker.get()
    return tracker is not None and tracker.active_loop_name in CONFLICT_FORMS


def open_question_state() -> Any | None:
    """The coverage check's state (slot `cc_state`) while its form waits for an answer; None otherwise."""
    tracker = _tracker.get()
    if tracker is None or tracker.active_loop_name not in CONFLICT_FORMS:
        return None
    if tracker.get_slot("requested_slot") != ANSWER_SLOT:
        return None
    return tracker.get_slot(STATE_SLOT)


def last_verdict_state() -> Any | None:
    """The coverage check's memory after its verdict (`cc_state` {"last": ...}) while no form runs; None otherwise."""
    tracker = _tracker.get()
    if tracker is None or tracker.active_loop_name:
        return None
    state = tracker.get_slot(STATE_SLOT)
    return state if isinstance(state, dict) and isinstance(state.get("last"), dict) else None


def last_bot_text() -> str:
    """What the bot said since the customer's previous message ('' when nothing, or no conversation): the answer
    and what followed it (the policy reminder is a message of its own)."""
    tracker = _tracker.get()
    said: list[str] = []
    for event in reversed(getattr(tracker, "events", None) or ()):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            said.append(event.text or "")
    return " ".join(reversed(said))


def after_an_answer() -> bool:
    """The bot's last message before this one answered with an article ("(art. ...)", "(Inleiding ...)"): the
    customer is talking about the matter just answered."""
    tracker = _tracker.get()
    if tracker is None:
        return False
    for event in reversed(getattr(tracker, "events", None) or ()):
        if isinstance(event, BotUttered):
            return "(art. " in (event.text or "") or "(Inleiding" in (event.text or "")
        if isinstance(event, UserUttered):
            return False
    return False


_original_parse = MessageProcessor._parse_message_with_graph


def _parse_message_with_graph(self: MessageProcessor, message: Any, tracker: Any, *args: Any, **kwargs: Any) -> Any:
    with parsing(tracker):
        return _original_parse(self, message, tracker, *args, **kwargs)


def apply() -> None:
    MessageProcessor._parse_message_with_graph = _parse_message_with_graph
