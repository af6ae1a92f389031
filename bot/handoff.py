"""The Rasa side of a takeover (issue 12): the socket.io channel tells the desk about customer
messages in conversations that wait for or are with an employee, and delivers the employee's
messages to the sockets this server holds.

The desk publishes on the Redis pub/sub channel flexbot.keys.HANDOFF_DELIVER; every Rasa server
(every Sanic worker) subscribes and emits to the room named after the conversation id. A socket
lives in one worker of one server (sticky sessions), so exactly one of them has it in its room and
the others emit to an empty room: the message reaches the customer once, in publish order.
Pausing the bot itself is Rasa's own `pause` event, appended by the desk through the HTTP API.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import redis.asyncio as aioredis

from flexbot import settings
from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_DELIVER, HANDOFF_EVENTS, HANDOFF_OPEN

logger = logging.getLogger(__name__)

EVENTS_MAXLEN = 100_000
AGENT_SPEAKER = "medewerker"

_client: aioredis.Redis | None = None
_order: dict[str, tuple[asyncio.Lock, list[int]]] = {}


@contextlib.asynccontextmanager
async def in_order(conversation: str) -> AsyncIterator[None]:
    """Messages of one conversation one at a time, first come first served (asyncio.Lock is FIFO);
    a socket lives in one process, so this keeps a customer's messages in order. The lock is
    dropped when nobody holds or waits for it."""
    lock, users = _order.setdefault(conversation, (asyncio.Lock(), [0]))
    users[0] += 1
    try:
        async with lock:
            yield
    finally:
        users[0] -= 1
        if users[0] == 0:
            _order.pop(conversation, None)


def client() -> aioredis.Redis:
    global _client
    if _client is None:
        _client = aioredis.from_url(
            settings.get().redis_url, decode_responses=True, socket_connect_timeout=2, socket_timeout=5
        )
    return _client


async def handoff_state(conversation: str) -> dict[str, str]:
    """The conversation's takeover record ({} when nobody is asked for or with it)."""
    try:
        if await client().zscore(HANDOFF_OPEN, conversation) is None:
            return {}
        return dict(await client().hgetall(HANDOFF_CONVERSATION.format(conversation)))
    except Exception as error:  # noqa: BLE001 - the chat works on without the desk
        logger.warning("handoff: state of %s unavailable (%s)", conversation, type(error).__name__)
        return {}


async def is_taken_over(conversation: str) -> bool:
    return (await handoff_state(conversation)).get("state") == "live"


async def output_for(conversation: str, output: Any) -> Any:
    """The channel's output, or a silent one while an employee has the conversation."""
    from rasa.core.channels.channel import CollectingOutputChannel

    return CollectingOutputChannel() if await is_taken_over(conversation) else output


async def note_customer_message(conversation: str) -> None:
    """The desk's live page reloads the conversation (customer text never travels in the event)."""
    try:
        if await client().zscore(HANDOFF_OPEN, conversation) is not None:
            await client().xadd(
                HANDOFF_EVENTS, {"conversation": conversation, "kind": "klant"}, maxlen=EVENTS_MAXLEN, approximate=True
            )
    except Exception as error:  # noqa: BLE001
        logger.warning("handoff: could not signal the desk (%s)", type(error).__name__)


def widget_payload(item: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """(socket.io event, payload) for one published item, None when it is unusable."""
    kind = item.get("kind")
    if kind == "message" and isinstance(item.get("text"), str):
        if item.get("speaker") == "assistent":
            return "bot_uttered", {"text": item["text"], "speaker": "assistent"}
        return "bot_uttered", {"text": item["text"], "speaker": AGENT_SPEAKER, "name": str(item.get("name", ""))}
    if kind == "state":
        return "handoff", {"state": str(item.get("state", "")), "name": str(item.get("name", ""))}
    return None


async def deliver_forever(sio: Any, namespace: str | None, bot_message_evt: str) -> None:
    """Subscribe to HANDOFF_DELIVER and emit each item to its conversation's room; reconnects."""
    delay = 0.5
    while True:
        pubsub = None
        try:
            pubsub = aioredis.from_url(settings.get().redis_url, decode_responses=True).pubsub()
            await pubsub.subscribe(HANDOFF_DELIVER)
            delay = 0.5
            async for raw in pubsub.listen():
                if raw.get("type") != "message":
                    continue
                try:
                    item = json.loads(raw["data"])
                except (TypeError, ValueError):
                    continue
                found = widget_payload(item) if isinstance(item, dict) else None
                room = item.get("conversation") if isinstance(item, dict) else None
                if not found or not isinstance(room, str):
                    continue
                event, payload = found
                if event == "bot_uttered":
                    event = bot_message_evt
                await sio.emit(event, payload, room=room, namespace=namespace)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001 - Redis away: try again
            logger.warning("handoff: delivery subscription lost (%s); retrying", type(error).__name__)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)
        finally:
            if pubsub is not None:
                try:
                    await pubsub.close()
                except Exception:  # noqa: BLE001
                    pass


async def announce_takeover(sio: Any, sid: str, conversation: str, namespace: str | None) -> None:
    """Tell a (re)connected widget that an employee is in its conversation."""
    state = await handoff_state(conversation)
    if state.get("state") == "live":
        await sio.emit("handoff", {"state": "live", "name": state.get("taken_name", "")}, room=sid, namespace=namespace)


def attach_delivery(blueprint: Any, sio: Any, namespace: str | None, bot_message_evt: str) -> None:
    """Run deliver_forever while the server runs (in every Sanic worker)."""
    tasks: list[asyncio.Task[None]] = []

    async def start(*_: Any) -> None:
        tasks.append(asyncio.create_task(deliver_forever(sio, namespace, bot_message_evt)))

    async def stop(*_: Any) -> None:
        for task in tasks:
            task.cancel()

    blueprint.listener("after_server_start")(start)
    blueprint.listener("before_server_stop")(stop)
