"""Actions that point the customer to people or explain the language policy."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from flexbot.flexpolis import language_answer, replies


class ActionOfferPhone(Action):
    """Second fallback in a row: stop guessing and offer the phone number."""

    def name(self) -> str:
        return "action_offer_phone"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        dispatcher.utter_message(text=replies.fallback_phone_answer())
        return []


# action_explain_human_contact lives in actions/handoff.py (a person can take the chat over).


class ActionReplyInDutch(Action):
    """A message in another language: ARAG communicates in Dutch (art. 3)."""

    def name(self) -> str:
        return "action_reply_in_dutch"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        dispatcher.utter_message(text=language_answer.dutch_only_answer((tracker.latest_message or {}).get("text")))
        return []
