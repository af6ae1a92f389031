"""The tracker store's fast save path keeps exactly what Rasa's own store would keep."""
from __future__ import annotations

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted, BotUttered, SessionStarted, UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from flexbot.settings import redis_parts
from bot.tracker_store import PrefixAwareRedisTrackerStore


def store_for(url: str) -> PrefixAwareRedisTrackerStore:
    parts = redis_parts(url)
    return PrefixAwareRedisTrackerStore(
        domain=Domain.empty(), host=parts.host, port=parts.port, db=parts.db, key_prefix="test"
    )


def dicts(tracker: DialogueStateTracker) -> list[dict]:
    return [event.as_dict() for event in tracker.events]


async def test_growing_conversation_is_saved_and_read_back(redis_url):
    store = store_for(redis_url)
    tracker = DialogueStateTracker.from_events(
        "klant-1", [ActionExecuted("action_listen"), UserUttered("hallo", {"name": "greet"})]
    )
    await store.save(tracker)
    tracker.update(BotUttered("Hallo! Waarmee kan ik u helpen?"))
    tracker.update(ActionExecuted("action_listen"))
    await store.save(tracker)
    assert dicts(await store.retrieve("klant-1")) == dicts(tracker)


async def test_a_later_session_alone_is_merged_with_the_stored_history(redis_url):
    store = store_for(redis_url)
    first = DialogueStateTracker.from_events("klant-2", [
        ActionExecuted("action_session_start", timestamp=1), SessionStarted(timestamp=2),
        ActionExecuted("action_listen", timestamp=3), UserUttered("eerste sessie", timestamp=4),
    ])
    await store.save(first)
    # What Rasa hands back after a session restart: only the latest session's events.
    later = DialogueStateTracker.from_events("klant-2", [
        ActionExecuted("action_session_start", timestamp=10), SessionStarted(timestamp=11),
        ActionExecuted("action_listen", timestamp=12), UserUttered("tweede sessie", timestamp=13),
    ])
    await store.save(later)
    full = await store.retrieve_full_tracker("klant-2")
    texts = [e.text for e in full.events if isinstance(e, UserUttered)]
    assert texts == ["eerste sessie", "tweede sessie"]
