"""The complaint side of one message, as the Rasa pipeline runs it (detector, then ComplaintIntent after
the classifier), and the chat of tests/actions/test_complaints.py, for the tests of rounds 13-14."""

from __future__ import annotations

from functools import lru_cache
from importlib import util
from pathlib import Path
from types import ModuleType

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import ComplaintDetectorComponent
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


@lru_cache(maxsize=1)
def complaints_chat() -> ModuleType:
    """tests/actions/test_complaints.py as a module: its Chat and its intake_env fixture (Redis and spool)."""
    path = Path(__file__).resolve().parents[1] / "actions" / "test_complaints.py"
    spec = util.spec_from_file_location("complaints_chat", path)
    assert spec is not None and spec.loader is not None
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
