"""A complaint during the check: a complaint only (no answer to take, only the policy it tells), and
words about the complaint registered mid-check (it waits until the coverage question is answered)."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import complaint_only
from actions.complaints import about_the_conflict
from actions.coverage_answers import MODULE_FIRST, _modules_clause
from actions.coverage_slots import ANSWER, STATE, _dump, _extras, _progress
from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState


def _complaint_only(tracker: Tracker, text: str) -> bool:
    """A complaint about ARAG without a question: the complaint hook registers it, the form takes
    nothing from it. Dissatisfaction told about the conflict (actions/complaints.py,
    about_the_conflict) is the customer's answer and is taken."""
    return complaint_only(tracker) and not about_the_conflict(tracker, text)


def _no_answer(
    tracker: Tracker,
    state: CheckState,
    text: str,
    keep: dict[str, Any],
    dispatcher: CollectingDispatcher,
    nothing_to_take: bool,
) -> dict[str, Any] | None:
    """A reply that answers no question: a complaint (only the policy it tells in words is taken), a
    text read as a description this turn, nothing left to ask, or words about the complaint made
    during the check. None: a reply to read as an answer."""
    if _complaint_only(tracker, text):  # registered by the hook; the policy it tells is taken
        return _policy_in_complaint(state, text, keep, dispatcher)
    if nothing_to_take:
        return {ANSWER: None, STATE: _dump(state, **keep)}
    reference = tracker.get_slot("complaint_id")
    if reference and (COMPLAINT_TALK.search(fold(text)) or _yes_to_the_complaint(tracker, text)):
        # "ja, geef dat door aan het klachtenbureau"; "ja" right after the complaint was registered
        dispatcher.utter_message(text=_complaint_waits(str(reference)))
        return {ANSWER: None, STATE: _dump(state, **keep)}
    name = state.next_question()
    if name and talk.is_small_talk(text) and answers.parse_answer(name, text).reason and not _modules_clause(text):
        dispatcher.utter_message(text="Graag gedaan!")  # thanks, no answer: the question stays open
        return {ANSWER: None, STATE: _dump(state, **keep)}
    return None


# Words about the complaint being made: never an answer to a question of the check.
COMPLAINT_TALK = re.compile(r"\bklacht\w*|\bklachtenbureau\b|\bklachtenafdeling\b")


REPORT_IT = re.compile(
    r"\b(wil|mag|moet) (ik )?(dat |het )?(graag |wel |zeker )?(melden|doorgeven|indienen|doorzetten)\b"
)


SHORT_YES_WORDS = 6  # "ja, dat wil ik melden": a yes, not a story


ACKNOWLEDGED = "onder referentie"  # in the complaint acknowledgement (actions/complaints.py)


def _complained_just_now(tracker: Tracker) -> bool:
    """The complaint was registered in reply to the customer's previous message (mid-check)."""
    if _extras(tracker).get("complained"):
        return True
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    said = [str(e.get("text") or "") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    return any(ACKNOWLEDGED in t for t in said)


def _yes_to_the_complaint(tracker: Tracker, text: str) -> bool:
    """A short yes right after a complaint was registered mid-check: a yes to the complaint being
    passed on (the acknowledgement is what the customer answers), not to the check's question."""
    t = fold(text).strip()
    if len(t.split()) > SHORT_YES_WORDS or not _complained_just_now(tracker):
        return False
    return answers.yes_no(text) is True or bool(REPORT_IT.search(t))


def _complaint_waits(reference: str) -> str:
    """A message about the complaint registered during the check: it is registered; the intake follows."""
    return (
        f"Uw klacht is al doorgegeven aan ons Klachtenbureau (referentie {reference}). Zodra uw vraag over "
        "de dekking beantwoord is, vraag ik hoe het Klachtenbureau contact met u kan opnemen."
    )


def _policy_in_complaint(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher
) -> dict[str, Any]:
    """A complaint about ARAG that also tells the policy ("We hebben Consument & Wonen al jaren. Maar
    ... slecht van jullie"): the hook registers the complaint; the modules and options said in words
    are taken, so they are not asked again. Nothing else is read from it (no yes or no)."""
    found: dict[str, Any] = dict(answers.options_in_text(text))
    if answers.MODULES_ON_POLICY.search(fold(text)) or MODULE_FIRST.search(fold(text)):
        found["modules"] = answers.parse_modules(text)
    found = {k: v for k, v in found.items() if v is not None and answers.get(state.question, k) is None}
    if found:
        state, reasons = answers.apply(state, found)
        head = None if reasons else _progress(state, keep["said"])
        if head:
            dispatcher.utter_message(text=head)
            keep["said"] = head
    return {ANSWER: None, STATE: _dump(state, complained=True, **keep)}
