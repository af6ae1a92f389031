"""The tracker store's fast save path keeps exactly what Rasa's own store would keep."""

from __future__ import annotations

import redis.asyncio.client
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import PrefixAwareRedisTrackerStore
from flexbot.settings import redis_parts


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
    first = DialogueStateTracker.from_events(
        "klant-2",
        [
            ActionExecuted("action_session_start", timestamp=1),
            SessionStarted(timestamp=2),
            ActionExecuted("action_listen", timestamp=3),
            UserUttered("eerste sessie", timestamp=4),
        ],
    )
    await store.save(first)
    # What Rasa hands back after a session restart: only the latest session's events.
    later = DialogueStateTracker.from_events(
        "klant-2",
        [
            ActionExecuted("action_session_start", timestamp=10),
            SessionStarted(timestamp=11),
            ActionExecuted("action_listen", timestamp=12),
            UserUttered("tweede sessie", timestamp=13),
        ],
    )
    await store.save(later)
    full = await store.retrieve_full_tracker("klant-2")
    texts = [e.text for e in full.events if isinstance(e, UserUttered)]
    assert texts == ["eerste sessie", "tweede sessie"]


# --- AppendOnlyRedisTrackerStore ----------------------------------------------------------------

from rasa.shared.core.events import SlotSet  # noqa: E402

from bot.tracker_store import AppendOnlyRedisTrackerStore  # noqa: E402

DOMAIN = Domain.from_dict({"intents": ["greet"], "slots": {"naam": {"type": "text", "mappings": [{"type": "custom"}]}}})


def server(url: str, prefix: str = "test") -> AppendOnlyRedisTrackerStore:
    """One Rasa server's tracker store (each has its own cache)."""
    parts = redis_parts(url)
    return AppendOnlyRedisTrackerStore(
        domain=DOMAIN, host=parts.host, port=parts.port, db=parts.db, key_prefix=prefix, record_exp=3600, cache_size="8"
    )


def turn(tracker: DialogueStateTracker, text: str, answer: str, *also: DialogueStateTracker) -> None:
    for event in (
        UserUttered(text, {"name": "greet", "confidence": 1.0}),
        SlotSet("naam", text),
        BotUttered(answer),
        ActionExecuted("action_listen"),
    ):
        for each in (tracker, *also):
            each.update(event)


async def new_conversation(store: AppendOnlyRedisTrackerStore, sender: str) -> DialogueStateTracker:
    tracker = await store.get_or_create_tracker(sender)
    for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")):
        tracker.update(event)
    await store.save(tracker)
    return await store.retrieve(sender)


async def test_each_save_appends_only_the_new_events(redis_url):
    store = server(redis_url)
    tracker = await new_conversation(store, "klant-a")
    key = store.key_prefix + "klant-a"
    header = store.red.lindex(key, 0)
    for number in range(3):
        tracker = await store.retrieve("klant-a")
        turn(tracker, f"bericht {number}", f"antwoord {number}")
        await store.save(tracker)
    assert store.red.lindex(key, 0) == header  # never rewritten
    assert store.red.llen(key) == 1 + len((await store.retrieve_full_tracker("klant-a")).events)
    assert 0 < store.red.ttl(key) <= 3600
    assert dicts(await server(redis_url).retrieve("klant-a")) == dicts(tracker)


async def test_a_conversation_alternating_between_two_servers_stays_whole(redis_url):
    one, two = server(redis_url), server(redis_url)
    await new_conversation(one, "klant-b")
    expected = await server(redis_url).retrieve("klant-b")  # our own copy of the truth
    for number in range(6):
        store = (one, two)[number % 2]
        tracker = await store.retrieve("klant-b")
        assert dicts(tracker) == dicts(expected)  # also what the other server added meanwhile
        turn(tracker, f"bericht {number}", f"antwoord {number}", expected)
        await store.save(tracker)
        assert tracker.get_slot("naam") == f"bericht {number}"
    assert dicts(await one.retrieve("klant-b")) == dicts(expected)
    assert (await two.retrieve("klant-b")).get_slot("naam") == "bericht 5"


async def test_a_tracker_changed_but_not_saved_is_not_served_again(redis_url):
    store = server(redis_url)
    saved = await new_conversation(store, "klant-c")
    expected = dicts(saved)
    failed = await store.retrieve("klant-c")
    turn(failed, "half verwerkt", "nooit opgeslagen")  # the turn failed before the save
    again = await store.retrieve("klant-c")
    assert dicts(again) == expected


async def test_only_the_latest_session_is_returned_after_a_new_session(redis_url):
    store = server(redis_url)
    tracker = await new_conversation(store, "klant-d")
    turn(tracker, "eerste sessie", "ok")
    await store.save(tracker)
    tracker = await store.retrieve("klant-d")
    for event in (ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")):
        tracker.update(event)
    turn(tracker, "tweede sessie", "ok")
    await store.save(tracker)
    for reader in (store, server(redis_url)):
        latest = await reader.retrieve("klant-d")
        assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["tweede sessie"]
    full = await store.retrieve_full_tracker("klant-d")
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["eerste sessie", "tweede sessie"]


async def test_a_later_session_alone_is_merged_like_rasa_does(redis_url):
    store = server(redis_url)
    first = DialogueStateTracker.from_events(
        "klant-e",
        [
            ActionExecuted("action_session_start", timestamp=1),
            SessionStarted(timestamp=2),
            ActionExecuted("action_listen", timestamp=3),
            UserUttered("eerste sessie", timestamp=4),
        ],
    )
    await store.save(first)
    later = DialogueStateTracker.from_events(
        "klant-e",
        [
            ActionExecuted("action_session_start", timestamp=10),
            SessionStarted(timestamp=11),
            ActionExecuted("action_listen", timestamp=12),
            UserUttered("tweede sessie", timestamp=13),
        ],
    )
    await server(redis_url).save(later)
    full = await store.retrieve_full_tracker("klant-e")
    assert [e.text for e in full.events if isinstance(e, UserUttered)] == ["eerste sessie", "tweede sessie"]
    latest = await store.retrieve("klant-e")
    assert [e.text for e in latest.events if isinstance(e, UserUttered)] == ["tweede sessie"]


async def test_a_conversation_saved_by_rasas_own_store_is_read_and_converted(redis_url):
    legacy = store_for(redis_url)  # same key prefix, Rasa's JSON string
    old = DialogueStateTracker.from_events("klant-f", [ActionExecuted("action_listen"), UserUttered("hallo")])
    await legacy.save(old)
    store = server(redis_url)
    tracker = await store.retrieve("klant-f")
    assert dicts(tracker) == dicts(old)
    turn(tracker, "nog iets", "ok")
    await store.save(tracker)
    assert store.red.type(store.key_prefix + "klant-f") == "list"
    assert dicts(await server(redis_url).retrieve("klant-f")) == dicts(tracker)


async def test_a_reader_during_a_turn_loses_none_of_the_turns_events(redis_url, monkeypatch):
    """Rasa's GET tracker endpoint reads without the conversation lock; the turn goes on while
    the reader waits for Redis. The turn's events must all be saved."""
    store = server(redis_url)
    await new_conversation(store, "klant-r")
    in_turn = await store.retrieve("klant-r")
    expected = await server(redis_url).retrieve("klant-r")
    original = redis.asyncio.client.Pipeline.execute

    async def execute_while_the_turn_goes_on(pipe, *args, **kwargs):
        turn(in_turn, "tijdens het lezen", "antwoord", expected)  # the turn adds events meanwhile
        return await original(pipe, *args, **kwargs)

    monkeypatch.setattr(redis.asyncio.client.Pipeline, "execute", execute_while_the_turn_goes_on)
    read = await store.retrieve("klant-r")  # the reader
    monkeypatch.undo()
    assert read is not in_turn  # not handed the tracker in the middle of a turn
    await store.save(in_turn)
    assert dicts(await server(redis_url).retrieve("klant-r")) == dicts(expected)
    assert (await store.retrieve("klant-r")).get_slot("naam") == "tijdens het lezen"
