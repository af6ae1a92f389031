"""Thanks while a question is open: a question asked with the thanks, an answer told in a thank-you
message."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.coverage_answers import _other_facts
from actions.coverage_slots import FAQ_PREFIX, STATE, _told
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis import replies
from flexbot.flexpolis.dialogue import CheckState

MIN_CONFIDENCE = 0.1  # a general question the classifier ranks under the thanks


def _question_with_thanks(tracker: Tracker) -> str | None:
    """'Dank u wel. Welk nummer was het ook alweer?': the FAQ topic of the question asked with the
    thanks (a keyword route, else the best-ranked faq intent); None: no question."""
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    if "?" not in text:
        return None
    topic = talk.faq_topic_in(text.rsplit(".", 1)[-1]) or talk.faq_topic_in(text)
    if topic:
        return topic
    for ranked in message.get("intent_ranking") or []:
        name = str(ranked.get("name") or "")
        if name.startswith(FAQ_PREFIX) and float(ranked.get("confidence") or 0) >= MIN_CONFIDENCE:
            topic = name.removeprefix(FAQ_PREFIX)
            return topic if replies.faq_answer(topic) is not None else None
    return None


def _told_with_thanks(tracker: Tracker, name: str) -> CheckState | None:
    """The check with the answer told in a thank-you message ("Dank u, fijn. We hebben Verkeer en
    Consument & Wonen, en er staat geen 'alleenstaand' op"); the thank intent is no answer to the
    form's slot, so it is read here. None: no answer in it, or the verdict would come next."""
    text = str((tracker.latest_message or {}).get("text") or "")
    state = CheckState.load(tracker.get_slot(STATE))
    answer = answers.parse_answer(name, text)
    if answer.reason or answer.unknown or not answer.changes or not _told(text):
        return None
    extra = _other_facts(state, name, text)
    updated, reasons = answers.apply(state, {**extra, **answer.changes})
    return None if reasons or updated.next_question() is None else updated


def _thanks(tracker: Tracker) -> bool:
    """The latest message thanks or praises (the thank intent or small talk without a question)."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    return intent == "thank" or talk.is_small_talk(message.get("text") or "")
