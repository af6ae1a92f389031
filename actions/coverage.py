"""The coverage check: a Rasa form that asks only what the checker still needs.

Slots (bot/domain/coverage.yml): `cc_description` (the message that started the check, and any
later check_coverage message), `cc_answer` (the reply to the current question, from text), and
`cc_state` (the `CheckState` so far). `required_slots` is computed from the checker's `missing`
list; every answer is parsed by bot/policy via flexbot/flexpolis/dialogue.py and then cleared, so
the one slot `cc_answer` is asked again as long as the checker needs something.
"""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState

DESCRIPTION = "cc_description"
ANSWER = "cc_answer"
STATE = "cc_state"
RESET: list[EventType] = [SlotSet(DESCRIPTION, None), SlotSet(ANSWER, None), SlotSet(STATE, None)]


def _fresh_start(tracker: Tracker) -> bool:
    """The form was just activated: no question asked yet in this round."""
    return tracker.get_slot("requested_slot") is None


def _say_reasons(dispatcher: CollectingDispatcher, reasons: list[str]) -> None:
    for reason in dict.fromkeys(reasons):
        dispatcher.utter_message(text=reason)


class ValidateCoverageForm(FormValidationAction):
    def name(self) -> str:
        return "validate_coverage_form"

    async def required_slots(self, domain_slots: list[str], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> list[str]:
        state = CheckState.load(tracker.get_slot(STATE))
        if tracker.get_slot(STATE) is not None and state.next_question() is None:
            return [DESCRIPTION]  # nothing left to ask: requested_slot None ends the form
        return [DESCRIPTION, ANSWER]

    async def validate_cc_description(self, value: Any, dispatcher: CollectingDispatcher,
                                      tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        found = answers.facts_in_description(str(value or ""))
        if _fresh_start(tracker):
            state = CheckState()
        else:  # a new description mid-check: fill gaps; only explicit facts may contradict
            state = CheckState.load(tracker.get_slot(STATE))
            found = {k: v for k, v in found.items()
                     if k in answers.EXPLICIT or answers.get(state.question, k) is None}
        state, reasons = answers.apply(state, found)
        _say_reasons(dispatcher, reasons)
        return {DESCRIPTION: value or "", STATE: state.dump()}

    async def validate_cc_answer(self, value: Any, dispatcher: CollectingDispatcher,
                                 tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        state = CheckState.load(tracker.get_slot(STATE))
        name = state.next_question()
        text = str(value or "")
        if name is None:
            return {ANSWER: None, STATE: state.dump()}
        answer = answers.parse_answer(name, text)
        if answer.unknown:
            state = answers.skip(state, name)
            return {ANSWER: None, STATE: state.dump()}
        if answer.reason:
            dispatcher.utter_message(text=answer.reason)
            return {ANSWER: None, STATE: state.dump()}
        # An answer may also name an amount in euros or a country ("in Duitsland"); a different
        # value than before is a contradiction: re-asked, never silently overwritten.
        extra = {k: v for k, v in answers.facts_in_answer(text).items() if k not in answer.changes}
        state, reasons = answers.apply(state, {**answer.changes, **extra})
        _say_reasons(dispatcher, reasons)
        return {ANSWER: None, STATE: state.dump()}


class ActionAskCoverageAnswer(Action):
    """Asks the question for the first input the checker still needs."""

    def name(self) -> str:
        return "action_ask_cc_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        name = CheckState.load(tracker.get_slot(STATE)).next_question()
        dispatcher.utter_message(text=answers.question(name or "conflict"))
        return []


class ActionCoverageVerdict(Action):
    """The form is complete: the checker's verdict with its articles and the reminder."""

    def name(self) -> str:
        return "action_coverage_verdict"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        verdict = CheckState.load(tracker.get_slot(STATE)).verdict()
        dispatcher.utter_message(text=verdict.text)
        return list(RESET)
