"""Answer FAQ turns inside the Rasa server, without the action-server round trip.

`action_answer_faq` is most of the chat's turns. As a remote action, Rasa serialises the whole
conversation and the domain to JSON for it on every turn, the action server parses them, and the
reply comes back over HTTP, so a FAQ turn cost more the longer the conversation was. The answer
itself needs only the latest message, one slot and the previous message's topic, and is computed by the shared
`flexbot.flexpolis.faq_turn.answer_faq`, which the action server's `action_answer_faq`
(actions/faq.py) also calls: the same texts and slots, the same events on the tracker.

FLEXBOT_SPEEDUPS_OFF=local_faq (flexbot/switches.py) sends the action to the action server again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import rasa.core.actions.action as rasa_actions
from rasa.core.actions.action import RemoteAction, create_bot_utterance
from rasa.shared.core.events import Event, SlotSet, UserUttered

from flexbot import switches
from flexbot.flexpolis import faq_turn

if TYPE_CHECKING:
    from rasa.core.channels.channel import OutputChannel
    from rasa.core.nlg import NaturalLanguageGenerator
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.trackers import DialogueStateTracker

FAQ_ACTION = "action_answer_faq"


class LocalFaqAction(RemoteAction):
    """`action_answer_faq`, run in-process; a RemoteAction for everything else Rasa asks of it."""

    async def run(
        self,
        output_channel: OutputChannel,
        nlg: NaturalLanguageGenerator,
        tracker: DialogueStateTracker,
        domain: Domain,
    ) -> list[Event]:
        message = tracker.latest_message
        parse_data: dict[str, Any] = dict(message.parse_data) if message else {}
        turn = faq_turn.answer_faq(
            (parse_data.get("intent") or {}).get("name") or "",
            parse_data.get("text") or "",
            parse_data.get("complaint"),
            reminded=bool(tracker.get_slot(faq_turn.REMINDED_SLOT)),
            previous_topic=previous_topic(tracker),
            previous_text=previous_text(tracker),
            check=faq_turn.open_check(tracker.active_loop_name, tracker.get_slot(faq_turn.CHECK_SLOT)),
        )
        events: list[Event] = [create_bot_utterance({"text": text}) for text in turn.messages]
        return events + [SlotSet(name, value) for name, value in turn.slots.items()]


def previous_topic(tracker: DialogueStateTracker) -> str | None:
    """The general topic of the customer's message before the latest one, so that an elliptical
    follow-up ("En buiten Europa?" after the maximum, mid-check too) is read with it."""
    users = [e for e in tracker.events if isinstance(e, UserUttered)]
    if len(users) < 2:
        return None
    before = users[-2]
    return faq_turn.topic_of(str((before.intent or {}).get("name") or ""), before.text or "")


def previous_text(tracker: DialogueStateTracker) -> str:
    """The customer's message before the latest one ('' when none)."""
    users = [e for e in tracker.events if isinstance(e, UserUttered)]
    return (users[-2].text or "") if len(users) >= 2 else ""


_original = rasa_actions.action_for_name_or_text


def _action_for_name_or_text(action_name_or_text: str, domain: Domain, action_endpoint: Any) -> rasa_actions.Action:
    action = _original(action_name_or_text, domain, action_endpoint)
    if action_name_or_text == FAQ_ACTION and type(action) is RemoteAction:
        return LocalFaqAction(action_name_or_text, action_endpoint)
    return action


def apply() -> None:
    if not switches.off("local_faq"):
        rasa_actions.action_for_name_or_text = _action_for_name_or_text
