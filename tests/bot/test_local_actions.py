"""The FAQ answer computed inside the Rasa server gives exactly the events the action server's
`action_answer_faq` gives (its JSON reply turned into events the way Rasa's RemoteAction does)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from rasa.core.actions import action as rasa_actions
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core import events as rasa_events
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import bot.rasa_speedups  # noqa: F401  (applies the local FAQ action)
from actions.faq import ActionAnswerFaq
from bot.local_actions import LocalFaqAction, _action_for_name_or_text
from flexbot import settings

DOMAIN = Domain.load(str(settings.DOMAIN_DIR))


def conversation(
    text: str, intent: str, complaint: dict[str, Any] | None = None, *earlier: Event
) -> DialogueStateTracker:
    parse: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 0.93}, "entities": []}
    if complaint is not None:
        parse["complaint"] = complaint
    events = [ActionExecuted("action_listen"), *earlier, UserUttered(text, parse["intent"], [], parse_data=parse)]
    return DialogueStateTracker.from_events("klant-1", events, slots=DOMAIN.slots)


async def through_action_server(tracker: DialogueStateTracker) -> list[Event]:
    """What RemoteAction returns for the action server's reply (same conversion, no HTTP)."""
    state = tracker.current_state(EventVerbosity.ALL)
    dispatcher = CollectingDispatcher()
    sdk_events = await ActionAnswerFaq().run(dispatcher, Tracker.from_dict(state), DOMAIN.as_dict())
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    uttered = await RemoteAction._utter_responses(
        copy.deepcopy(dispatcher.messages), CollectingOutputChannel(), nlg, tracker
    )
    return [*uttered, *rasa_events.deserialise_events(sdk_events)]


async def in_rasa(tracker: DialogueStateTracker) -> list[Event]:
    action = LocalFaqAction("action_answer_faq", None)
    nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
    return await action.run(CollectingOutputChannel(), nlg, tracker, DOMAIN)


SURE = {"complaint": True, "decision": "complaint", "score": 0.97, "reasons": ["x"], "question": False}
WITH_QUESTION = {**SURE, "question": True}
CASES = [
    pytest.param(conversation("Wat is het maximum per gebeurtenis?", "faq_maximum"), id="first answer"),
    pytest.param(
        conversation("En het minimum?", "faq_minimum", None, SlotSet("reminder_given", True)), id="reminded already"
    ),
    pytest.param(
        conversation("Hoe meld ik een zaak? Mijn buurman heeft mijn schutting gesloopt.", "faq_report"),
        id="a conflict in the same message",
    ),
    pytest.param(conversation("Ik wacht al weken, schandalig", "faq_answer_time", SURE), id="complaint only"),
    pytest.param(conversation("Hoe lang duurt het?", "faq_answer_time", WITH_QUESTION), id="complaint and question"),
    pytest.param(conversation("Hoe bereik ik jullie?", "faq_contact"), id="contact"),
    pytest.param(conversation("iets", "faq_unknown_topic"), id="unknown topic"),
]


@pytest.mark.parametrize("tracker", CASES)
async def test_same_events_as_the_action_server(tracker):
    remote = await through_action_server(tracker)
    local = await in_rasa(tracker)
    assert local == remote
    assert [e.data for e in local if isinstance(e, BotUttered)] == [e.data for e in remote if isinstance(e, BotUttered)]


async def test_first_answer_has_the_article_and_the_reminder_once():
    local = await in_rasa(conversation("Wat is het maximum per gebeurtenis?", "faq_maximum"))
    text = next(e.text for e in local if isinstance(e, BotUttered))
    assert "15.000" in text and "art." in text.lower()
    assert SlotSet("reminder_given", True) in local
    again = await in_rasa(
        conversation("Wat is het maximum per gebeurtenis?", "faq_maximum", None, SlotSet("reminder_given", True))
    )
    assert not any(e == SlotSet("reminder_given", True) for e in again)
    assert len(next(e.text for e in again if isinstance(e, BotUttered))) < len(text)


async def test_a_conflict_told_with_a_procedure_question_gets_its_own_answer():
    local = await in_rasa(
        conversation("Hoe meld ik een zaak? Mijn buurman heeft mijn schutting gesloopt.", "faq_report")
    )
    texts = [e.text for e in local if isinstance(e, BotUttered)]
    assert len(texts) == 2 and "Consument & Wonen" in texts[1]


async def test_complaint_only_gets_no_faq_text():
    assert await in_rasa(conversation("Ik wacht al weken, schandalig", "faq_answer_time", SURE)) == []


def test_only_the_faq_action_runs_in_rasa():
    assert rasa_actions.action_for_name_or_text is _action_for_name_or_text  # applied by bot.rasa_speedups
    assert type(_action_for_name_or_text("action_answer_faq", DOMAIN, None)) is LocalFaqAction
    assert type(_action_for_name_or_text("action_coverage_verdict", DOMAIN, None)) is RemoteAction
    assert _action_for_name_or_text("utter_greet", DOMAIN, None).name() == "utter_greet"
