"""The intent bot/components/check_reply.py leaves on a message the NLU gave `intent`."""

from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.check_reply import reroute


def routed(text: str, intent: str) -> str:
    message = Message(data={TEXT: text, INTENT: {"name": intent, "confidence": 0.6}})
    reroute(message)
    return str(message.get(INTENT)["name"])
