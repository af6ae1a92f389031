"""A pipeline component that is one step on each parsed message, with nothing to train (ComplaintIntent,
CheckReply): the graph boilerplate in one place; a subclass implements `step`. `route_to` sets the intent."""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData


def route_to(message: Message, name: str, confidence: float = 1.0) -> None:
    """Make `name` the message's intent, first in its ranking (the classifier's others stay below)."""
    intent = {"name": name, "confidence": confidence}
    ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set("intent_ranking", [intent, *ranking], add_to_output=True)


class MessageStep(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MessageStep:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def step(self, message: Message) -> None:
        raise NotImplementedError

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self.step(message)
        return messages
