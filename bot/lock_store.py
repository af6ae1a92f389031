"""Rasa's Redis ticket lock in two atomic round trips, without blocking the event loop.

Rasa serialises the messages of one conversation with a ticket lock kept in Redis
(`RedisLockStore`): a message takes a ticket and is handled when its ticket is the first one that
has not expired. Rasa does this with about seven blocking Redis calls per message (GET + SET to
take a ticket, GET to check it, GET + SET + GET + DEL to give it back), made from the Sanic event
loop, and the GET + SET that takes a ticket is not atomic: two servers taking a ticket at the same
moment can both be first. Under load (docs/performance.md, py-spy) this was a seventh of a Rasa
worker's time.

Here the same lock, in the same Redis key and JSON format (so a stock Rasa server on the same
Redis still understands it), is taken and given back by one Lua script each, atomically, with the
asyncio Redis client. Waiting for a busy conversation is as in Rasa: check again every
`wait_time_in_seconds`, drop expired tickets, raise `LockError` when the lock is gone.

FLEXBOT_SPEEDUPS_OFF=atomic_lock (flexbot/switches.py) uses Rasa's own `RedisLockStore`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.redis_async import async_client
from flexbot import switches

# Tickets are JSON strings inside the lock's JSON, as Rasa's TicketLock.dumps() writes them.
# A ticket has expired when now > expires (Rasa's Ticket.has_expired).
_LIVE_TICKETS = """
local function live_tickets(raw, now)
  local tickets = {}
  if raw then
    for _, encoded in ipairs(cjson.decode(raw)['tickets'] or {}) do
      local ticket = cjson.decode(encoded)
      if not (now > ticket['expires']) then table.insert(tickets, ticket) end
    end
  end
  return tickets
end
local function save(key, conversation_id, tickets)
  if #tickets == 0 then redis.call('DEL', key) return end
  local encoded = {}
  for i, t in ipairs(tickets) do
    encoded[i] = cjson.encode({number = t['number'], expires = t['expires']})
  end
  redis.call('SET', key, cjson.encode({conversation_id = conversation_id, tickets = encoded}))
end
local now = tonumber(ARGV[1])
"""
# ARGV: now, lifetime, conversation id -> {ticket, now serving}
ISSUE = (
    _LIVE_TICKETS
    + """
local tickets = live_tickets(redis.call('GET', KEYS[1]), now)
local number = 0
if #tickets > 0 then number = tickets[#tickets]['number'] + 1 end
table.insert(tickets, {number = number, expires = now + tonumber(ARGV[2])})
save(KEYS[1], ARGV[3], tickets)
return {number, tickets[1]['number']}
"""
)
# ARGV: now, conversation id -> now serving (0 when no ticket is left, Rasa's now_serving), -1: no lock
CHECK = (
    _LIVE_TICKETS
    + """
local raw = redis.call('GET', KEYS[1])
if not raw then return -1 end
local tickets = live_tickets(raw, now)
save(KEYS[1], ARGV[2], tickets)
if #tickets == 0 then return 0 end
return tickets[1]['number']
"""
)
# ARGV: now, conversation id, ticket -> tickets left (the key is deleted when none is)
RELEASE = (
    _LIVE_TICKETS
    + """
local raw = redis.call('GET', KEYS[1])
if not raw then return 0 end
local left = {}
for _, t in ipairs(live_tickets(raw, now)) do
  if t['number'] ~= tonumber(ARGV[3]) then table.insert(left, t) end
end
save(KEYS[1], ARGV[2], left)
return #left
"""
)


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose `lock()` (what Rasa uses per message) is atomic and non-blocking."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        if switches.off("atomic_lock"):  # measurements only: Rasa's own store
            endpoint = kwargs.get("endpoint_config")
            return RedisLockStore(host=endpoint.url, **endpoint.kwargs) if endpoint else RedisLockStore(**kwargs)
        return super().__new__(cls)

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)
        self.async_red = async_client(self.red)
        self._issue = self.async_red.register_script(ISSUE)
        self._check = self.async_red.register_script(CHECK)
        self._release = self.async_red.register_script(RELEASE)

    @asynccontextmanager
    async def lock(
        self,
        conversation_id: str,
        lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = 1,
    ) -> AsyncGenerator[TicketLock, None]:
        key = self.key_prefix + conversation_id
        try:
            ticket, serving = await self._issue(keys=[key], args=[time.time(), lock_lifetime, conversation_id])
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error
        try:
            while int(serving) != int(ticket):
                await asyncio.sleep(wait_time_in_seconds)
                serving = await self._check(keys=[key], args=[time.time(), conversation_id])
                if int(serving) == -1:
                    raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            yield TicketLock(conversation_id)
        finally:
            await self._release(keys=[key], args=[time.time(), conversation_id, ticket])
