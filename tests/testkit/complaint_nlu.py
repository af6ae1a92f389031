"""The complaint side of one message, as the Rasa pipeline runs it (detector, then ComplaintIntent after
the classifier), and the chat of tests/actions/test_complaints.py, for the tests of rounds 13-14."""

from __future__ import annotations

from functools import lru_cache
from importlib import util
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

from rasa.shared.core.events import BotUttered, UserUttered
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import conversation_context
from bot.components.complaint_detector import PARSE_KEY, ComplaintDetectorComponent
from bot.components.complaint_intent import ComplaintIntent
from flexbot.complaints.detector import load_detector


def nlu(text: str, intent: str) -> Message:
    """The complaint detector and ComplaintIntent on `text`, the classifier having said `intent`."""
    message = Message(data={TEXT: text})
    ComplaintDetectorComponent(load_detector()).process([message])
    message.set(INTENT, {"name": intent, "confidence": 0.9})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.9}])
    ComplaintIntent().process([message])
    return message


def parsed(text: str, intent: str, decision: str, question: bool = False) -> Message:
    """A message as the pipeline hands it to ComplaintIntent, without a model: the classifier's `intent` and the
    detector's `decision` ('complaint', 'ask' or 'none')."""
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": 0.9})
    message.set(
        PARSE_KEY, {"complaint": decision == "complaint", "decision": decision, "question": question, "reasons": []}
    )
    return message


def routed(
    text: str,
    intent: str,
    decision: str,
    question: bool = False,
    context: Any = None,
    confidence: float = 0.9,
) -> dict[str, Any]:
    """ComplaintIntent's step on a `parsed` message, inside the conversation `context` (a tracker-like object, or
    None): the detection and the intent it leaves."""
    message = parsed(text, intent, decision, question=question)
    message.set(INTENT, {"name": intent, "confidence": confidence})
    with conversation_context.parsing(context):
        ComplaintIntent.step(None, message)  # type: ignore[arg-type]
    return {"detection": message.get(PARSE_KEY), "intent": (message.get(INTENT) or {}).get("name")}


def after_verdict() -> SimpleNamespace:
    """A conversation whose coverage check gave its verdict (cc_state {"last": ...}) and has no form running."""
    state = {"last": {"covered": False, "articles": ["Verkeer 4a"]}}
    return SimpleNamespace(active_loop_name=None, get_slot=lambda name: state if name == "cc_state" else None)


def after_an_answer(answer: str) -> SimpleNamespace:
    """A conversation whose last bot message is `answer` (an FAQ or coverage answer), with no form and no verdict state."""
    return SimpleNamespace(
        active_loop_name=None, get_slot=lambda name: None, events=[UserUttered("..."), BotUttered(answer)]
    )


def in_check() -> SimpleNamespace:
    """A conversation whose coverage form is running."""
    return SimpleNamespace(active_loop_name="coverage_form", get_slot=lambda name: None)


@lru_cache(maxsize=1)
def complaints_chat() -> ModuleType:
    """tests/actions/test_complaints.py as a module: its Chat and its intake_env fixture (Redis and spool)."""
    path = Path(__file__).resolve().parents[1] / "actions" / "test_complaints.py"
    spec = util.spec_from_file_location("complaints_chat", path)
    assert spec is not None and spec.loader is not None
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def in_intake(text: str) -> object:
    """A complaints chat (tests/actions/test_complaints.py) after the complaint `text`, at the consent question."""
    chat = complaints_chat().Chat()
    await chat.send(text, decision="complaint", intent="complain")
    chat.active_loop = "complaint_form"
    chat.slots["requested_slot"] = "handoff_consent"
    return chat
