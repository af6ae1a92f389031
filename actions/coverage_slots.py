"""The coverage check's slots (cc_description, cc_answer, cc_state) and the small readers every part of
the check uses: the state's extras, whether the form just started, whether a message asks or tells."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from flexbot.dutch import fold
from flexbot.flexpolis import check_reply
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState

DESCRIPTION = "cc_description"


ANSWER = "cc_answer"


STATE = "cc_state"


RESET: list[EventType] = [SlotSet(DESCRIPTION, None), SlotSet(ANSWER, None), SlotSet(STATE, None)]


# A bare yes or no, as said to "Kan ik u nog ergens anders mee helpen?".
BARE_YES_NO = re.compile(
    r"^(ja|jawel|ja graag|ja hoor|graag|nee|neen|nee hoor|nope|nee dank (je|u)( wel)?|nee bedankt|"
    r"dat was (het|alles)|verder niet|niets|niks)\W*$"
)


def _what_it_may_change(state: CheckState, text: str, dispatcher: CollectingDispatcher) -> None:
    """A fact told mid-check that may change the outcome without being asked (check_reply.outcome_note)."""
    note = check_reply.outcome_note(state, text)
    if note:
        dispatcher.utter_message(text=note)
    # round 87: the other side's country told mid-check ("Het gaat om een Duitse instantie, maakt dat uit?"): where the
    # module applies (C&W 4, Verkeer 5, Inkomen 4)
    where = talk.country_told_after(state.question, answers.facts_in_answer(text).get("country"))
    if where:
        dispatcher.utter_message(text=where)


def _told(text: str) -> bool:
    """A statement of some words (no question, no bare yes or no): something told, not an answer."""
    return not _asks(text) and len(text.split()) >= MIN_DETAIL_WORDS and not BARE_YES_NO.match(fold(text).strip())


def _detail(text: str) -> bool:
    """A short statement, no question: a detail added to what was just told."""
    return not _asks(text) and MIN_DETAIL_WORDS <= len(text.split()) <= MAX_DETAIL_WORDS // 2


def _previous_user_text(tracker: Tracker) -> str | None:
    """The customer's message before the latest one, if the bot answered it."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2 or not any(e.get("event") == "bot" for e in events[users[-2] + 1 : users[-1]]):
        return None
    return str(events[users[-2]].get("text") or "") or None


def _description_before(tracker: Tracker) -> str:
    """The story told before this turn. Rasa fills `cc_description` from this very message (a check_coverage intent)
    before the form validates it, so the slot alone would have lost the story; its last value set before the
    latest user message is the story (round 69: "Stel dat ik hem van een particulier had gekocht?" read against the
    camper bought from a dealer)."""
    events = list(tracker.events or [])
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    for event in reversed(events[: users[-1]] if users else []):
        if event.get("event") == "slot" and event.get("name") == DESCRIPTION:
            return str(event.get("value") or "")
    return str(tracker.get_slot(DESCRIPTION) or "")


def _fresh_start(tracker: Tracker) -> bool:
    """The form was just activated: no question asked yet in this round."""
    return tracker.get_slot("requested_slot") is None


def _extras(tracker: Tracker) -> dict[str, Any]:
    raw = tracker.get_slot(STATE)
    return dict(raw) if isinstance(raw, dict) else {}


def forgotten(state: CheckState, names: Any) -> CheckState:
    """The state without the facts named: a new or corrected value replaces the one told before."""
    for name in names:
        state = CheckState(answers._forget(state.question, name), state.skipped)
    return state


def _dump(state: CheckState, **extra: Any) -> dict[str, Any]:
    return {**state.dump(), **{k: v for k, v in extra.items() if v is not None}}


def _progress(state: CheckState, said: str | None) -> str | None:
    """What follows now that an answer is in, when that is news ("U bent hiervoor verzekerd met de module Inkomen
    (art. 2d Inkomen), die op uw polis staat. ..."); None when the verdict itself comes next."""
    head = talk.headline(state)
    return head if head and head != said else None


def _asks(text: str) -> bool:
    """The message asks something ("helpen jullie daar ook bij?", "is dat verzekerd?")."""
    return "?" in text or bool(talk.QUESTION.search(fold(text).strip()))


FAQ_PREFIX = "faq_"


MIN_DETAIL_WORDS, MAX_DETAIL_WORDS = 4, 25  # a detail told after the verdict, not a bare yes or a new story
