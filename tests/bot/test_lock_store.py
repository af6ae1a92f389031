"""The atomic ticket lock serialises one conversation exactly like Rasa's RedisLockStore, in the
same Redis key and format, on a real Redis."""

from __future__ import annotations

import asyncio
import json
import time
from urllib.parse import urlparse

import pytest
from rasa.core.lock import Ticket, TicketLock
from rasa.core.lock_store import LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.lock_store import AtomicRedisLockStore


def endpoint(url: str) -> EndpointConfig:
    parts = urlparse(url)
    db = parts.path.lstrip("/") or "0"
    return EndpointConfig(url=parts.hostname, port=parts.port, db=db, key_prefix="flexbot")


def stores(url: str) -> tuple[AtomicRedisLockStore, RedisLockStore]:
    config = endpoint(url)
    return AtomicRedisLockStore(endpoint_config=config), RedisLockStore(host=config.url, **config.kwargs)


async def test_messages_of_one_conversation_are_handled_one_at_a_time_in_order(redis_url):
    one = AtomicRedisLockStore(endpoint_config=endpoint(redis_url))
    two = AtomicRedisLockStore(endpoint_config=endpoint(redis_url))  # a second worker or server
    await one.async_red.ping(), await two.async_red.ping()  # both connected before the messages come
    inside, order, overlaps = 0, [], []

    async def handle(store: AtomicRedisLockStore, n: int) -> None:
        nonlocal inside
        async with store.lock("klant-1", wait_time_in_seconds=0.01):
            inside += 1
            overlaps.append(inside)
            order.append(n)
            await asyncio.sleep(0.02)
            inside -= 1

    tasks = []
    for n in range(8):
        tasks.append(asyncio.create_task(handle(one if n % 2 else two, n)))
        await asyncio.sleep(0.005)  # messages arrive in this order
    await asyncio.gather(*tasks)
    assert max(overlaps) == 1
    assert order == list(range(8))  # tickets are served first come, first served
    assert one.get_lock("klant-1") is None  # the last one out deletes the lock


async def test_other_conversations_are_not_held_up(redis_url):
    store = AtomicRedisLockStore(endpoint_config=endpoint(redis_url))
    async with store.lock("klant-a"):
        async with store.lock("klant-b", wait_time_in_seconds=5):  # would wait 5 s if it were held up
            pass


async def test_the_lock_is_in_rasas_format_and_rasa_respects_it(redis_url):
    atomic, rasa = stores(redis_url)
    async with atomic.lock("klant-2"):
        held = rasa.get_lock("klant-2")  # Rasa's own store reads our lock
        assert held is not None and held.now_serving == 0 and held.last_issued == 0
        assert rasa.issue_ticket("klant-2") == 1  # and queues behind it
        assert held.is_locked(1)
    after = rasa.get_lock("klant-2")
    assert [t.number for t in after.tickets] == [1]  # ours is given back, Rasa's ticket stays
    assert not after.is_locked(1)
    rasa.cleanup("klant-2", 1)
    assert rasa.get_lock("klant-2") is None


async def test_expired_tickets_are_skipped(redis_url):
    atomic, rasa = stores(redis_url)
    stale = TicketLock("klant-3")
    stale.tickets.append(Ticket(4, time.time() - 1))  # a crashed server's ticket
    rasa.save_lock(stale)
    began = time.perf_counter()
    async with atomic.lock("klant-3", wait_time_in_seconds=1):
        lock = json.loads(atomic.red.get(atomic.key_prefix + "klant-3"))
        assert [json.loads(t)["number"] for t in lock["tickets"]] == [0]
    assert time.perf_counter() - began < 0.5  # no waiting for the expired ticket


async def test_a_lock_that_disappears_while_waiting_raises_like_rasa(redis_url):
    atomic, rasa = stores(redis_url)
    rasa.issue_ticket("klant-4")  # someone else holds it

    async def remove_soon() -> None:
        await asyncio.sleep(0.05)
        rasa.delete_lock("klant-4")

    remover = asyncio.create_task(remove_soon())
    with pytest.raises(LockError):
        async with atomic.lock("klant-4", wait_time_in_seconds=0.1):
            pass
    await remover


def test_switched_off_it_is_rasas_own_store(redis_url, monkeypatch):
    monkeypatch.setenv("FLEXBOT_SPEEDUPS_OFF", "atomic_lock")
    store = AtomicRedisLockStore(endpoint_config=endpoint(redis_url))
    assert type(store) is RedisLockStore
