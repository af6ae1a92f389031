"""A tracker copy that copies the state instead of replaying the conversation.

Rasa 3.6 runs every action on `tracker.copy()`, which builds a fresh tracker and replays every
event of the conversation into it (`travel_back_in_time`): two replays per turn that grow with
the conversation. The state a replay rebuilds is small and known: the events, the slots' values,
the latest action, message and bot utterance, the follow-up action, the active loop and whether
the conversation is paused. Here these are copied (the latest action and the active loop one
level deep, as events replace or change them only at the top), so the copy is the same tracker at the cost of its slots.
tests/bot/test_tracker_copy.py compares both at every step of every story and rule.
"""

from __future__ import annotations

import copy

from rasa.shared.core.trackers import DialogueStateTracker

RASA_COPY = DialogueStateTracker.copy  # Rasa's own, for the tests and the switch


def copy_tracker(self: DialogueStateTracker) -> DialogueStateTracker:
    """`DialogueStateTracker.copy()`, without the replay."""
    twin = self.init_copy()  # same sender, slot types and event history limit; initial values
    twin.events.extend(self.events)
    for name, slot in self.slots.items():
        copied = twin.slots[name]
        copied._value, copied._has_been_set = slot._value, slot._has_been_set
    twin._paused = self._paused
    twin.followup_action = self.followup_action
    twin.latest_action = dict(self.latest_action) if self.latest_action is not None else None
    twin.latest_message = self.latest_message  # a replay also keeps the event object itself
    twin.latest_bot_utterance = self.latest_bot_utterance
    twin.active_loop = copy.copy(self.active_loop)  # a dataclass that events change in place
    return twin


def apply() -> None:
    DialogueStateTracker.copy = copy_tracker


def restore() -> None:
    DialogueStateTracker.copy = RASA_COPY
