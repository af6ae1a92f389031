"""Redis tracker stores whose cost per turn does not grow with the conversation.

`AppendOnlyRedisTrackerStore` (bot/endpoints.yml) keeps a conversation as a Redis list: a header
with a generation id, then one JSON event per element. A save appends only the turn's new events
(one Lua script: checks header and length, RPUSH, EXPIRE); Rasa's own store re-read, rebuilt and
rewrote the whole conversation on every message. Each Rasa process keeps the trackers it handed
out in a small LRU cache; a retrieve checks the cached tracker against Redis in one round trip
(same generation, and the events stored after the cached ones, normally none) and applies what
another worker or server appended meanwhile. These two per-turn calls (check, append) use the
asyncio Redis client, so a worker's event loop serves other conversations while Redis answers. So:
- a conversation can move between workers and servers: Redis stays the truth, the cache only
  saves rebuilding what has not changed;
- the Redis lock store still serialises one conversation's messages (unchanged);
- anything unexpected (a tracker that was not handed out by this store, a changed header or
  length, a new session written elsewhere, a tracker changed without being saved) takes the
  full path: read everything, Rasa's merge of diverging histories, rewrite with a new generation.
Conversations stored by Rasa's store (a JSON string) are read as before and converted on the
next save. `retrieve` still returns only the latest session, like Rasa's.

`PrefixAwareRedisTrackerStore` is the earlier step (whole conversation rewritten, no re-read),
kept for comparison in docs/performance.md.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Optional

from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker, get_trackers_for_conversation_sessions
from redis.exceptions import ResponseError

from bot.redis_async import async_client
from flexbot import switches

FORMAT = "flexbot-events-1"
DEFAULT_CACHE_SIZE = 256

# KEYS[1] conversation; ARGV: header, expected length, ttl (0: none), events to append.
APPEND = """
local header = redis.call('LINDEX', KEYS[1], 0)
if header ~= ARGV[1] then return -1 end
if redis.call('LLEN', KEYS[1]) ~= tonumber(ARGV[2]) then return -2 end
for i = 4, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
if tonumber(ARGV[3]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[3]) end
return redis.call('LLEN', KEYS[1])
"""


def _normalised(event_dict: dict[str, Any]) -> Any:
    return json.loads(json.dumps(event_dict))


def _starts_session(event: Event) -> bool:
    return isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME


def _one_session(events: list[Event]) -> bool:
    """What Rasa's retrieve would return whole (it splits at every later session start)."""
    return not any(_starts_session(event) for event in events[1:])


def _text(value: bytes | str | None) -> Optional[str]:
    return value.decode() if isinstance(value, bytes) else value


def _dump(event: Event) -> str:
    return json.dumps(event.as_dict())


@dataclass
class Cached:
    """A tracker this process handed out, and what Redis held when it did."""

    tracker: DialogueStateTracker
    header: str
    stored: int  # events in Redis (all sessions)
    length: int  # len(tracker.events) then: its events are the last `length` stored ones


class AppendOnlyRedisTrackerStore(RedisTrackerStore):
    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if switches.off("append_store"):  # measurements only: the earlier store
            kwargs.pop("cache_size", None)
            return PrefixAwareRedisTrackerStore(*args, **kwargs)
        return super().__new__(cls)

    def __init__(self, *args: Any, cache_size: int | str = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cache_size = int(cache_size)
        self._cache: OrderedDict[str, Cached] = OrderedDict()
        self.async_red = async_client(self.red)
        self._append = self.async_red.register_script(APPEND)

    # --- reading -------------------------------------------------------------------------------

    def _load(self, key: str) -> Optional[tuple[Optional[str], list[dict[str, Any]]]]:
        """(header, event dicts) of a stored conversation; header None for Rasa's string format."""
        try:
            stored = self.red.lrange(key, 0, -1)
        except ResponseError:  # WRONGTYPE: a tracker saved by Rasa's own store
            text = self.red.get(key)
            return None if text is None else (None, json.loads(text).get("events") or [])
        if not stored:
            return None
        return _text(stored[0]), [json.loads(item) for item in stored[1:]]

    async def _refreshed(self, key: str, cached: Cached) -> Optional[DialogueStateTracker]:
        """The cached tracker with what was stored after it, or None when it cannot be used."""
        if len(cached.tracker.events) != cached.length:
            return None  # changed after it was handed out, and not saved
        try:
            async with self.async_red.pipeline(transaction=True) as pipe:
                header, tail = await pipe.lindex(key, 0).lrange(key, cached.stored + 1, -1).execute()
        except ResponseError:
            return None
        if _text(header) != cached.header or len(cached.tracker.events) != cached.length:
            return None  # another generation, or the tracker changed while Redis answered
        events = [Event.from_parameters(json.loads(item)) for item in tail]
        if any(_starts_session(event) for event in events):
            return None  # a new session: rebuild, so that only the latest session is returned
        for event in events:
            cached.tracker.update(event)
        cached.stored += len(events)
        cached.length = len(cached.tracker.events)
        return cached.tracker

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        key = self.key_prefix + sender_id
        cached = None if fetch_all_sessions else self._cache.pop(sender_id, None)
        if cached is not None:
            tracker = await self._refreshed(key, cached)
            if tracker is not None:
                self._remember(sender_id, cached)
                return tracker
        loaded = self._load(key)
        if loaded is None:
            return None
        header, dicts = loaded
        tracker = self.init_tracker(sender_id)
        tracker.recreate_from_dialogue(Dialogue.from_parameters({"name": sender_id, "events": dicts}))
        if fetch_all_sessions:
            return tracker
        sessions = get_trackers_for_conversation_sessions(tracker)
        if len(sessions) > 1:
            tracker = sessions[-1]
        if header is not None:
            self._remember(sender_id, Cached(tracker, header, len(dicts), len(tracker.events)))
        return tracker

    def _remember(self, sender_id: str, cached: Cached) -> None:
        self._cache[sender_id] = cached
        self._cache.move_to_end(sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    # --- writing -------------------------------------------------------------------------------

    def _ttl(self, timeout: Optional[float]) -> int:
        return int(timeout or self.record_exp or 0)

    async def _append_events(self, key: str, header: str, stored: int, events: list[Event], ttl: int) -> bool:
        try:
            return int(await self._append(keys=[key], args=[header, stored + 1, ttl, *map(_dump, events)])) >= 0
        except ResponseError:
            return False

    def _rewrite(self, key: str, events: list[Event], ttl: int) -> str:
        header = json.dumps({"format": FORMAT, "generation": uuid.uuid4().hex})
        with self.red.pipeline(transaction=True) as pipe:
            pipe.delete(key).rpush(key, header, *map(_dump, events))
            if ttl:
                pipe.expire(key, ttl)
            pipe.execute()
        return header

    async def save(self, tracker: DialogueStateTracker, timeout: Optional[float] = None) -> None:
        sender_id, key, ttl = tracker.sender_id, self.key_prefix + tracker.sender_id, self._ttl(timeout)
        cached = self._cache.pop(sender_id, None)
        if cached is not None and cached.tracker is tracker and len(tracker.events) >= cached.length:
            new = list(itertools.islice(tracker.events, cached.length, None))
            if await self._append_events(key, cached.header, cached.stored, new, ttl):
                if self.event_broker is not None:
                    await self._stream_new_events(self.event_broker, new, sender_id)
                cached.stored += len(new)
                cached.length = len(tracker.events)
                if _one_session(list(tracker.events)):
                    self._remember(sender_id, cached)  # a new session: the next retrieve reads only it
                return
        await self.stream_events(tracker)
        await self._save_in_full(tracker, key, ttl)

    async def _save_in_full(self, tracker: DialogueStateTracker, key: str, ttl: int) -> None:
        """A tracker this process did not hand out, or Redis changed meanwhile: Rasa's semantics."""
        loaded = self._load(key)
        events = list(tracker.events)
        single_session = _one_session(events)
        if loaded is None:
            fresh = self._rewrite(key, events, ttl)
            if single_session:
                self._remember(tracker.sender_id, Cached(tracker, fresh, len(events), len(events)))
            return
        header, dicts = loaded
        if (
            header is not None
            and len(dicts) <= len(events)
            and all(_normalised(event.as_dict()) == stored for event, stored in zip(events, dicts, strict=False))
            and await self._append_events(key, header, len(dicts), events[len(dicts) :], ttl)
        ):
            if single_session:
                self._remember(tracker.sender_id, Cached(tracker, header, len(events), len(events)))
            return
        prior = self.init_tracker(tracker.sender_id)
        prior.recreate_from_dialogue(Dialogue.from_parameters({"name": tracker.sender_id, "events": dicts}))
        merged = self._merge_trackers(prior, tracker)
        self._rewrite(key, list(merged.events), ttl)  # not cached: the next retrieve reads it back


class PrefixAwareRedisTrackerStore(RedisTrackerStore):
    """Rasa's store without the re-read on save when the stored events start the new ones."""

    def _stored_is_prefix(self, stored: bytes | str, tracker: DialogueStateTracker) -> bool:
        stored_events = json.loads(stored).get("events") or []
        count = len(stored_events)
        if count == 0 or count > len(tracker.events):
            return not stored_events
        events = tracker.events
        return (
            _normalised(events[0].as_dict()) == stored_events[0]
            and _normalised(events[count - 1].as_dict()) == stored_events[-1]
        )

    async def save(self, tracker: DialogueStateTracker, timeout: Optional[float] = None) -> None:
        key = self.key_prefix + tracker.sender_id
        stored = self.red.get(key)
        if stored is not None and not self._stored_is_prefix(stored, tracker):
            await super().save(tracker, timeout)  # Rasa's merge of diverging histories
            return
        await self.stream_events(tracker)
        self.red.set(key, self.serialise_tracker(tracker), ex=timeout or self.record_exp)
