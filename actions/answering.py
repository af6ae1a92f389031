"""How every answer is shaped in the chat (flexbot/flexpolis/faq_turn.py), as rasa_sdk events."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from flexbot.flexpolis import english, faq_turn

DETAILS = faq_turn.DETAILS_SLOT
REMINDED = faq_turn.REMINDED_SLOT


def complaint_only(tracker: Tracker) -> bool:
    """A complaint without a question (the complaint detector's parse data): nothing to answer."""
    return faq_turn.complaint_only(tracker.latest_message.get("complaint"))


def previous_topic(tracker: Tracker) -> str | None:
    """The general topic of the customer's message before the latest one (bot/local_actions.py does
    the same in the Rasa server): an elliptical follow-up ("En buiten Europa?") is read with it."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    if len(users) < 2:
        return None
    before = users[-2]
    intent = str(((before.get("parse_data") or {}).get("intent") or {}).get("name") or "")
    return faq_turn.topic_of(intent, str(before.get("text") or ""))


def previous_text(tracker: Tracker) -> str:
    """The customer's message before the latest one ('' when none)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    return str(users[-2].get("text") or "") if len(users) >= 2 else ""


def earlier_in_another_language(tracker: Tracker) -> str | None:
    """The customer's messages before the latest one, back to the last one in Dutch, when they were in another
    language (read so by the NLU, or English): a story told in English over several messages is read as one."""
    told: list[str] = []
    for event in reversed([e for e in tracker.events if e.get("event") == "user"][:-1]):
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        text = str(event.get("text") or "")
        if intent != "other_language" and not english.looks_english(text):
            break
        told.insert(0, text)
    return " ".join(told) or None


def slot_events(turn: faq_turn.Turn) -> list[EventType]:
    return [SlotSet(name, value) for name, value in turn.slots.items()]


def short_answer(text: str, tracker: Tracker) -> tuple[str, list[EventType]]:
    """One or two sentences with the article; the rest on request ('meer uitleg'); the policy
    reminder under the first answer of a conversation only."""
    turn = faq_turn.shaped_answer(text, reminded=bool(tracker.get_slot(REMINDED)))
    return turn.messages[0], slot_events(turn)
