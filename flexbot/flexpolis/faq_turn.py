"""One FAQ turn of the chat, independent of where it runs.

The action server (actions/faq.py) and the Rasa server itself (bot/local_actions.py, which skips
the action-server round trip) both answer `faq_<topic>` intents with `answer_faq`, so the answer
is the same wherever it is computed. It reads only the latest message and one slot.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import cost_questions, replies

FAQ_PREFIX = "faq_"
DETAILS_SLOT = "last_details"  # the rest of the last answer, for "meer uitleg"
REMINDED_SLOT = "reminder_given"  # the policy reminder went under an earlier answer
# Topics about procedure, where a conflict told in the same message is a second question; topics
# that are themselves about a kind of conflict (disagreement, complaints, criminal, borgsom) are not.
ASIDE_TOPICS = frozenset(
    {
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
)


@dataclass(frozen=True)
class Turn:
    """What the assistant says (in order) and the slots it sets."""

    messages: list[str] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)


def complaint_only(detection: Mapping[str, Any] | None) -> bool:
    """A complaint without a question (the complaint detector's parse data): nothing to answer,
    the Klachtenbureau acknowledgement answers it."""
    detection = detection or {}
    return bool(detection.get("complaint")) and not detection.get("question")


def shaped_answer(text: str, reminded: bool, question: str | None = None) -> Turn:
    """One or two sentences with the article (the one that answers the customer's question, when
    given); the rest on request ('meer uitleg'); the policy reminder under the first answer only."""
    details = talk.short_and_details(text, question=question)[1]
    slots: dict[str, Any] = {DETAILS_SLOT: details or None}
    if not reminded:
        slots[REMINDED_SLOT] = True
    return Turn([talk.chat_answer(text, with_reminder=not reminded, question=question)], slots)


def answer_faq(intent: str, text: str, detection: Mapping[str, Any] | None, reminded: bool) -> Turn:
    """The reply to a `faq_<topic>` intent; a conflict told in the same message gets its own answer."""
    topic = intent.removeprefix(FAQ_PREFIX) if intent.startswith(FAQ_PREFIX) else ""
    if complaint_only(detection):
        return Turn()
    topic = talk.overriding_topic(topic, text) if topic else topic
    if topic == "costs":
        cost = cost_questions.cost_answer(text)  # "vergoeden jullie de boete?": that cost's line first
        if cost:
            return shaped_answer(cost, reminded)
    if replies.faq_answer(topic) is None:
        return Turn([replies.fallback_phone_answer()])
    if topic == "disagreement" and talk.disagrees_with_someone_else(text):
        # Art. 17 is about disagreeing with ARAG; "niet eens met de wet" is a conflict (e.g. 11k).
        verdict = talk.coverage_first(text)
        if verdict:
            return shaped_answer(verdict, reminded)
    turn = shaped_answer(talk.answer_text(topic, text), reminded, question=text)
    second = talk.other_faq_topic(text, topic)
    if second is None and topic not in ("minimum", "not_covered") and talk.small_amount(text):
        second = "minimum"  # "mijn zaak gaat over 100 euro": art. 11g answers it, whatever was asked
    if second and replies.faq_answer(second) is not None:
        turn = Turn([*turn.messages, talk.short_and_details(replies.faq_text(second))[0]], turn.slots)
    aside = talk.coverage_aside(text) if topic in ASIDE_TOPICS else None
    aside = aside or talk.against_arag_note(text)
    return Turn([*turn.messages, aside], turn.slots) if aside else turn
