"""Actions that point the customer to people or explain the language policy."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import earlier_in_another_language
from actions.coverage import ActionCoverageFollowUp, _rephrase_asked_just_now
from actions.coverage_slots import ANSWER, STATE
from flexbot.flexpolis import dialogue, english, language_answer, replies
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import knowledge


class ActionOfferPhone(Action):
    """Second fallback in a row: stop guessing and offer the phone number, once the request to
    rephrase was made. A fallback after a follow-up that did answer ("Waarom niet?" -> the reason,
    then "Kan ik dan nog ergens advies krijgen?") is read as a follow-up on the verdict again."""

    def name(self) -> str:
        return "action_offer_phone"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        if not _rephrase_asked_just_now(tracker, domain) and _bot_answered_just_now(tracker):
            return await ActionCoverageFollowUp().run(dispatcher, tracker, domain)
        english_answer = _english_answer(tracker)
        if english_answer:  # "Can I choose my own lawyer?" the classifier could not place: art. 3 and the answer
            dispatcher.utter_message(text=english_answer)
            return []
        dispatcher.utter_message(text=replies.fallback_phone_answer())
        return []


def _english_answer(tracker: Tracker) -> str | None:
    """For a message in English the classifier could not place: what follows from it (in Dutch, art. 3),
    with the English message before it when that was English too; None when nothing is recognised."""
    text = _typed(tracker)
    if not english.looks_english(text):
        # round 166: Dutch and English mixed ("How do I report a new case? Liefst online ..."): the answer to what its
        # Dutch gist asks, without the language note, as the customer wrote Dutch too
        return language_answer.question_answer(text) if english.has_english(text) else None
    previous = earlier_in_another_language(tracker)
    answer = language_answer.follow_up_answer(previous, text) if previous else None
    return answer or (language_answer.dutch_only_answer(text) if language_answer.what_follows(text) else None)


def _bot_answered_just_now(tracker: Tracker) -> bool:
    """The bot's reply to the customer's previous message was an answer (with an article)."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    said = [str(e.get("text") or "") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    return any("(art. " in t or "(inleiding" in t.lower() for t in said)


# action_explain_human_contact lives in actions/handoff.py (a person can take the chat over).


class ActionReplyInDutch(Action):
    """A message in another language: ARAG communicates in Dutch (art. 3)."""

    def name(self) -> str:
        return "action_reply_in_dutch"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]):
        text = _typed(tracker)
        if _answers_the_open_question(tracker, text):  # "I have all modules incl. Inkomen" (round 116)
            dispatcher.utter_message(text=f"Ik antwoord in het Nederlands {knowledge().cite('Algemene regels 3')}.")
            return [SlotSet(ANSWER, text)]  # the coverage form reads it next, in its Dutch gist
        previous = earlier_in_another_language(tracker)
        answer = language_answer.follow_up_answer(previous, text) if previous else None
        dispatcher.utter_message(text=answer or language_answer.dutch_only_answer(text))
        return []


def _answers_the_open_question(tracker: Tracker, text: str) -> bool:
    """An English reply in the coverage check whose Dutch gist answers the question the check asked."""
    if tracker.active_loop_name != "coverage_form" or tracker.get_slot("requested_slot") != ANSWER:
        return False
    name = CheckState.load(tracker.get_slot(STATE)).next_question()
    if not name or not english.looks_english(text) or "?" in text:
        return False  # a question beside it ("I have C&W. Can I choose my own lawyer?") gets the language answer
    return not dialogue.parse_answer(name, english.gist(text)).reason


def _typed(tracker: Tracker) -> str:
    """The customer's latest message as typed. The NLU may have seen only its question: with a complaint
    detected, "Does my ARAG policy help with this?" stands for the whole story of the IND's refusal
    before it (bot/components/complaint_detector.py), and the story decides the answer."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return str(event.get("text") or "")
    return (tracker.latest_message or {}).get("text") or ""
