"""Shared machinery for pollers: HTTP GET with rate-limit and backoff handling, Redis cursors,
and the polling loop.

Sleeps, randomness and the clock are injectable so tests run instantly.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from redis.asyncio import Redis

from flexbot.streams import text

log = logging.getLogger(__name__)

Sleep = Callable[[float], Awaitable[None]]
CURSOR_KEY = "connectors:cursor:{name}"
LEADER_KEY = "connectors:leader:{name}"

# Take the lock when free, renew it when ours (one round trip, atomic).
_ACQUIRE = """
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if not holder then return redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) and 1 or 0 end
return 0
"""
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class PollError(RuntimeError):
    """The platform could not be read this round (bounded retries exhausted or a 4xx)."""


@dataclass
class RetryPolicy:
    max_attempts: int = 5  # tries per request, 429s included
    base_delay: float = 1.0  # first backoff step for 5xx / network errors
    max_delay: float = 60.0  # cap of one backoff step
    max_rate_limit_wait: float = 900.0  # never wait longer than this on a 429 (X windows are 15 min)


@dataclass
class HttpClient:
    """GET JSON with bounded retries; honours 429 Retry-After / x-rate-limit-reset."""

    session: aiohttp.ClientSession
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Sleep = asyncio.sleep
    rand: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time
    timeout: float = 30.0

    async def get_json(
        self,
        url: str,
        params: Mapping[str, Any] | list[tuple[str, str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[Any, dict[str, str]]:
        """The decoded body and the 'rel' -> url map from the Link header."""
        for attempt in range(1, self.policy.max_attempts + 1):
            last = attempt == self.policy.max_attempts
            try:
                async with self.session.get(
                    url, params=params, headers=headers, timeout=aiohttp.ClientTimeout(total=self.timeout)
                ) as resp:
                    if resp.status == 429:
                        if last:
                            break
                        delay = self.rate_limit_delay(resp.headers, attempt)
                        log.warning("rate limited by %s; waiting %.1f s", resp.url.host, delay)
                        await self.sleep(delay)
                        continue
                    if resp.status >= 500:
                        if last:
                            break
                        delay = self.backoff_delay(attempt)
                        log.warning("%s answered %s; retrying in %.1f s", resp.url.host, resp.status, delay)
                        await self.sleep(delay)
                        continue
                    if resp.status >= 400:
                        raise PollError(f"{resp.url.host} answered {resp.status}")
                    data = await resp.json(content_type=None)
                    links = {rel: str(link.get("url")) for rel, link in resp.links.items()}
                    return data, links
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                if last:
                    raise PollError(f"network error: {exc.__class__.__name__}") from exc
                delay = self.backoff_delay(attempt)
                log.warning("network error %s; retrying in %.1f s", exc.__class__.__name__, delay)
                await self.sleep(delay)
        raise PollError(f"giving up after {self.policy.max_attempts} attempts")

    def backoff_delay(self, attempt: int) -> float:
        """Exponential backoff with full jitter, bounded by max_delay."""
        ceiling = min(self.policy.max_delay, self.policy.base_delay * 2 ** (attempt - 1))
        return ceiling / 2 + self.rand() * ceiling / 2

    def rate_limit_delay(self, headers: Mapping[str, str], attempt: int) -> float:
        """Seconds to wait after a 429, from Retry-After or x-rate-limit-reset (epoch seconds)."""
        delay: float | None = None
        retry_after = headers.get("Retry-After")
        if retry_after:
            try:
                delay = float(retry_after)
            except ValueError:
                try:
                    delay = parsedate_to_datetime(retry_after).timestamp() - self.clock()
                except (TypeError, ValueError):
                    delay = None
        reset = headers.get("x-rate-limit-reset")
        if delay is None and reset:
            try:
                delay = float(reset) - self.clock()
            except ValueError:
                delay = None
        if delay is None:
            delay = self.backoff_delay(attempt)
        return max(0.0, min(delay, self.policy.max_rate_limit_wait))


class CursorStore:
    """since_id cursors in Redis, so a restart neither misses nor repeats mentions."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def get(self, name: str) -> str | None:
        value = await self.redis.get(CURSOR_KEY.format(name=name))
        return None if value is None else text(value)

    async def set(self, name: str, value: str) -> None:
        await self.redis.set(CURSOR_KEY.format(name=name), value)


class LeaderLock:
    """One poller per platform across all connectors instances: the holder of
    connectors:leader:<name> polls, the others wait; a dead holder's lock expires after ttl."""

    def __init__(self, redis: Redis, name: str, owner: str, ttl: float) -> None:
        self.redis, self.key, self.owner = redis, LEADER_KEY.format(name=name), owner
        self.ttl_ms = max(1, int(ttl * 1000))

    async def acquire(self) -> bool:
        """True when this instance holds (or just took, or renewed) the lock."""
        return bool(await self.redis.eval(_ACQUIRE, 1, self.key, self.owner, self.ttl_ms))

    async def release(self) -> None:
        await self.redis.eval(_RELEASE, 1, self.key, self.owner)


def newer(a: str | None, b: str | None) -> str | None:
    """The larger of two numeric snowflake ids (X and Mastodon ids are numeric strings)."""
    if a is None:
        return b
    if b is None:
        return a
    return a if int(a) >= int(b) else b


async def run_every(
    name: str,
    interval: float,
    poll_once: Callable[[], Awaitable[int]],
    stop: asyncio.Event,
    sleep_on_error: float | None = None,
    leader: LeaderLock | None = None,
) -> None:
    """Call poll_once every `interval` seconds until `stop` is set; errors are logged, never fatal.
    With a `leader` lock, only the instance that holds it polls."""
    while not stop.is_set():
        wait = interval
        try:
            if leader is not None and not await leader.acquire():
                count = 0  # another instance polls this platform
            else:
                count = await poll_once()
            if count:
                log.info("%s: %d new mentions", name, count)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - a poller must survive any single round
            log.error("%s: poll failed: %s", name, exc)
            wait = sleep_on_error if sleep_on_error is not None else interval
        try:
            await asyncio.wait_for(stop.wait(), timeout=wait)
        except asyncio.TimeoutError:
            pass
    if leader is not None:
        try:
            await leader.release()  # hand over at once instead of after ttl
        except Exception:  # noqa: BLE001 - shutting down; the lock expires anyway
            pass


class CursorPoller:
    """One poll of a platform's mentions since a cursor (X and Mastodon): fetch the pages newer than
    the cursor, hand the mentions on oldest first, and move the cursor only after that."""

    name = ""

    def __init__(
        self, http: HttpClient, cursors: CursorStore, sink: Any, url: str, token: str, max_pages: int = 50
    ) -> None:
        self.http, self.cursors, self.sink = http, cursors, sink
        self.url = url
        self._headers = {"Authorization": f"Bearer {token}"}
        self.max_pages = max_pages

    async def fetch(self, since_id: str | None) -> tuple[list[Any], str | None]:
        """(mentions oldest first, newest cursor id seen) since `since_id`; the first run reads the
        newest page only."""
        raise NotImplementedError

    async def poll_once(self) -> int:
        since_id = await self.cursors.get(self.name)
        mentions, newest = await self.fetch(since_id)
        if mentions:
            await self.sink.process_many(mentions)
        if newest and newest != since_id:
            await self.cursors.set(self.name, newest)  # only after everything was processed
        return len(mentions)
