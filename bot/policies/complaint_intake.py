"""Starts the Klachtenbureau intake once the customer's question has been answered.

A complaint can come with any intent ("Mijn jurist belt nooit terug. Ben ik verzekerd voor een
burenruzie?"). The acknowledgement is sent right after the message (actions/complaints.py,
`action_validate_slot_mappings`, which also sets `complaint_pending`); the other policies then
answer the question as usual.
This policy only adds the last step: as soon as the bot has answered and no form is running,
it starts the complaint form. A message that is only a complaint starts the form at once, and so
does a yes to the check question of an unsure detection; after a no the bot just listens.
"""

from __future__ import annotations

from typing import Any, Optional

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

# Intents that mean "nothing else to answer": the intake is the answer.
COMPLAINT_ONLY_INTENTS = ("complain", "nlu_fallback", "out_of_scope")


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT], is_trainable=False)
class ComplaintIntakePolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # Above RulePolicy (6): on a tie at confidence 1.0 the intake wins over action_listen.
        return {
            "priority": 7,
            "form": "complaint_form",
            "pending_slot": "complaint_pending",
            "check_answer_slot": "complaint_check_answer",
        }

    def train(
        self,
        training_trackers: list[TrackerWithCachedStates],
        domain: Domain,
        **kwargs: Any,
    ) -> Resource:
        return self._resource

    def should_start_intake(self, tracker: DialogueStateTracker, domain: Domain) -> bool:
        if not tracker.get_slot(self.config["pending_slot"]) or tracker.active_loop_name:
            return False
        latest = tracker.latest_action_name
        if latest == ACTION_LISTEN_NAME:
            return self.is_complaint_only(tracker)
        # After the answer; but not in the step where a form has just finished (its follow-up
        # action, e.g. the verdict, comes first).
        return latest not in domain.form_names and latest != self.config["form"]

    def is_complaint_only(self, tracker: DialogueStateTracker) -> bool:
        """Nothing else to answer: a complaint without a question (whatever intent the NLU saw,
        e.g. a complaint about ARAG's lawyer is no coverage question), or a yes to the check question."""
        if tracker.get_slot(self.config["check_answer_slot"]) == "yes":
            return True
        message = tracker.latest_message
        intent = (message.intent or {}).get(INTENT_NAME_KEY) if message else None
        if intent in COMPLAINT_ONLY_INTENTS:
            return True
        detection = (message.parse_data.get("complaint") or {}) if message else {}
        return bool(detection.get("complaint")) and not detection.get("question")

    def declined_check(self, tracker: DialogueStateTracker) -> bool:
        """The customer said no to the check question: the hook has replied, the bot listens."""
        return (
            tracker.latest_action_name == ACTION_LISTEN_NAME
            and tracker.get_slot(self.config["check_answer_slot"]) == "no"
        )

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[dict[str, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        if self.should_start_intake(tracker, domain):
            probabilities[domain.index_for_action(self.config["form"])] = 1.0
        elif self.declined_check(tracker):
            probabilities[domain.index_for_action(ACTION_LISTEN_NAME)] = 1.0
        return self._prediction(probabilities)
