"""One action answers every faq_<topic> intent from the knowledge file."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import complaint_only, short_answer
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import replies

FAQ_PREFIX = "faq_"
# Topics about procedure, where a conflict told in the same message is a second question; topics
# that are themselves about a kind of conflict (disagreement, complaints, criminal, borgsom) are not.
ASIDE_TOPICS = {
    "report",
    "contact",
    "answer_time",
    "after_report",
    "eigen_risico",
    "maximum",
    "minimum",
    "costs",
    "own_lawyer",
    "waiting_period",
    "countries",
    "modules",
    "who_is_insured",
    "premium",
    "not_covered",
}


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        intent = (tracker.latest_message.get("intent") or {}).get("name") or ""
        topic = intent[len(FAQ_PREFIX) :] if intent.startswith(FAQ_PREFIX) else ""
        if complaint_only(tracker):
            return []  # the Klachtenbureau acknowledgement answers it; no unrelated article text
        if replies.faq_answer(topic) is None:
            dispatcher.utter_message(text=replies.fallback_phone_answer())
            return []

        message, events = short_answer(replies.faq_text(topic), tracker)
        dispatcher.utter_message(text=message)
        aside = talk.coverage_aside(tracker.latest_message.get("text") or "") if topic in ASIDE_TOPICS else None
        if aside:  # a conflict told in the same message gets its own answer
            dispatcher.utter_message(text=aside)
        return events
