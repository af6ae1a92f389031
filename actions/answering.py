"""How every answer is shaped in the chat: short, with its article, the policy reminder once per
conversation; and whether a message is only a complaint (then the complaint intake answers it)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from flexbot.flexpolis import conversation as talk

DETAILS = "last_details"
REMINDED = "reminder_given"


def complaint_only(tracker: Tracker) -> bool:
    """A complaint without a question (the complaint detector's parse data): nothing to answer."""
    detection = tracker.latest_message.get("complaint") or {}
    return bool(detection.get("complaint")) and not detection.get("question")


def short_answer(text: str, tracker: Tracker) -> tuple[str, list[EventType]]:
    """One or two sentences with the article; the rest on request ('meer uitleg'); the policy
    reminder under the first answer of a conversation only."""
    first = not tracker.get_slot(REMINDED)
    details = talk.short_and_details(text)[1]
    events: list[EventType] = [SlotSet(DETAILS, details or None)]
    if first:
        events.append(SlotSet(REMINDED, True))
    return talk.chat_answer(text, with_reminder=first), events
