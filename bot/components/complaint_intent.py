"""Sets the intent `complain` from the one complaint detector, after the intent classifier.

The intent classifier is not trained on complaints: the detector (flexbot/complaints, run by
ComplaintDetectorComponent before the classifier) decides them. When its decision is
"complaint" and the message holds no question (the detector component's `question` flag), this
component makes `complain` the intent, with the detector's score as confidence, and keeps the
classifier's ranking below it (except when the classifier heard a request for a person or a
callback, which the handoff serves). A complaint
that also asks something ("Mijn jurist belt nooit terug. Ben ik verzekerd voor een
burenruzie?") keeps the classifier's intent, so the question is answered first.

It must come after the intent classifier and FallbackClassifier in config.yml.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.components.complaint_detector import PARSE_KEY

COMPLAIN = "complain"
# A request for a person or a callback is served by the handoff, complaint or not.
KEEP_INTENTS = ("request_human", "request_callback")


def complaint_intent(message: Message) -> dict[str, Any] | None:
    """The `complain` intent for a complaint without a question, else None."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or detection.get("question"):
        return None  # no complaint, or it also asks something (complaint_detector.holds_question)
    if (message.get(INTENT) or {}).get("name") in KEEP_INTENTS:
        return None
    return {"name": COMPLAIN, "confidence": float(detection.get("score") or 1.0)}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ComplaintIntent(GraphComponent):
    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ComplaintIntent:
        return cls()

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            intent = complaint_intent(message)
            if intent is None:
                continue
            ranking = [r for r in message.get("intent_ranking") or [] if r.get("name") != COMPLAIN]
            message.set(INTENT, intent, add_to_output=True)
            message.set("intent_ranking", [intent, *ranking], add_to_output=True)
        return messages
