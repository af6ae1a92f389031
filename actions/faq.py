"""One action answers every faq_<topic> intent from the knowledge file (flexbot/flexpolis/faq_turn.py).

The Rasa server normally runs the same turn itself (bot/local_actions.py); this action serves
when that is switched off (FLEXBOT_SPEEDUPS_OFF=local_faq) and for any other caller.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import REMINDED, previous_text, previous_topic, slot_events
from flexbot.flexpolis import faq_turn


class ActionAnswerFaq(Action):
    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        message = tracker.latest_message
        turn = faq_turn.answer_faq(
            (message.get("intent") or {}).get("name") or "",
            message.get("text") or "",
            message.get("complaint"),
            reminded=bool(tracker.get_slot(REMINDED)),
            previous_topic=previous_topic(tracker),
            previous_text=previous_text(tracker),
            check=faq_turn.open_check(tracker.active_loop_name, tracker.get_slot(faq_turn.CHECK_SLOT)),
        )
        for text in turn.messages:
            dispatcher.utter_message(text=text)
        return slot_events(turn)
