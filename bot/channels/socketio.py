"""The socket.io channel for the website's widget, with the REST channel's checks
(bot/channels/guard.py): every message gets an answer in Dutch, never silence.

Session ids are limited like REST senders (128 printable characters; a longer one gets a fresh
id); a message with only control or zero-width characters gets a Dutch prompt instead of reaching
the NLU; lone surrogates are replaced; metadata that nests too deep is dropped; while Redis is down
the customer reads that the assistant is briefly unavailable.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Optional

from rasa.core.channels import socketio
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response

from bot import handoff
from bot.channels.guard import (
    BAD_SESSION_REPLY,
    FAILED_REPLY,
    NO_TEXT_REPLY,
    UNAVAILABLE_REPLY,
    BadRequest,
    check_message,
    check_metadata,
    check_sender,
    is_store_outage,
)

logger = logging.getLogger(__name__)

UNREADABLE_REPLY = "Uw bericht kon niet worden gelezen. Wilt u het opnieuw typen?"
TOO_LONG_REPLY = "Uw bericht is te lang voor de chat. Kunt u het korter samenvatten?"


def session_id_or_new(data: Any) -> str:
    """The session id the widget asks for when it is acceptable, else a fresh one."""
    wanted = data.get("session_id") if isinstance(data, dict) else None
    if wanted is None:
        return uuid.uuid4().hex
    try:
        return check_sender(wanted)
    except BadRequest:
        logger.warning("socket.io: refused a session id (%s), issued a new one", type(wanted).__name__)
        return uuid.uuid4().hex


def parse_metadata(raw: Any) -> Optional[dict[str, Any]]:
    """The widget's metadata, or None when it is not a small JSON object (the message still counts)."""
    try:
        if isinstance(raw, str):
            raw = json.loads(raw)
        return check_metadata(raw if raw != {} else None)
    except (BadRequest, ValueError, RecursionError):
        logger.warning("socket.io: dropped unusable metadata")
        return None


def quiet_websocket_close(sio: Any) -> None:
    """engine.io's Sanic driver returns None when a websocket closes, which Sanic logs as an error
    with a trace ("Invalid response type None") on every disconnect; answer with an empty response."""
    eio = sio.eio
    handle_request = eio.handle_request

    async def handle(*args: Any, **kwargs: Any) -> Any:
        result = await handle_request(*args, **kwargs)
        return result if result is not None else response.empty()

    eio.handle_request = handle


class SocketIOInput(socketio.SocketIOInput):
    @classmethod
    def name(cls) -> str:
        return "socketio"

    async def _process(
        self,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        say: Callable[[str, str], Awaitable[None]],
        sid: str,
        sender: str,
        text: str,
        data: dict[str, Any],
    ) -> None:
        # While an employee has the chat the bot's output goes nowhere (it is paused anyway).
        output = await handoff.output_for(sender, socketio.SocketIOOutput(self.sio, self.bot_message_evt))
        message = UserMessage(
            text, output, sender, input_channel=self.name(), metadata=parse_metadata(data.get(self.metadata_key))
        )
        try:
            await on_new_message(message)
        except Exception as error:  # noqa: BLE001 - the customer must hear something
            if is_store_outage(error):
                logger.error("socket.io message for %s: conversation store unavailable: %s", sender, error)
                await say(sid, UNAVAILABLE_REPLY)
            else:
                logger.exception("socket.io message for %s failed", sender)
                await say(sid, FAILED_REPLY)
        await handoff.note_customer_message(sender)  # the desk shows it live during a takeover

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None
        namespace = self.namespace

        async def say(sid: str, text: str) -> None:
            await sio.emit(self.bot_message_evt, {"text": text}, room=sid, namespace=namespace)

        async def disconnect(sid: str) -> None:
            logger.debug("socket.io: %s disconnected", sid)

        async def session_request(sid: str, data: Any = None) -> None:
            session_id = session_id_or_new(data)
            if self.session_persistence:
                sio.enter_room(sid, session_id, namespace=namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            if self.session_persistence:  # after a reload during a takeover: who is talking
                await handoff.announce_takeover(sio, sid, session_id, namespace)

        async def handle_message(sid: str, data: Any = None) -> None:
            if not isinstance(data, dict):
                await say(sid, FAILED_REPLY)
                return
            try:
                sender = check_sender(data.get("session_id")) if self.session_persistence else sid
            except BadRequest:
                await say(sid, BAD_SESSION_REPLY)
                return
            try:
                text = check_message(data.get("message", ""))
            except BadRequest as error:
                await say(sid, TOO_LONG_REPLY if error.status == 413 else NO_TEXT_REPLY)
                return
            # One conversation's messages are handled in arrival order (no await before this).
            async with handoff.in_order(sender):
                await self._process(on_new_message, say, sid, sender, text, data)

        quiet_websocket_close(sio)
        read_eio_message = sio._handle_eio_message  # bound at construction, re-registered below

        async def on_eio_message(eio_sid: str, data: Any) -> None:
            """A packet python-socketio cannot decode (JSON nested 10,000 deep, broken JSON) still
            gets an answer instead of silence and a trace."""
            try:
                await read_eio_message(eio_sid, data)
            except (RecursionError, ValueError) as error:
                logger.warning("socket.io: unreadable packet (%s)", type(error).__name__)
                sid = sio.manager.sid_from_eio_sid(eio_sid, namespace or "/")
                if sid is not None:
                    await say(sid, UNREADABLE_REPLY)

        sio.eio.on("message", on_eio_message)
        sio.on("disconnect", disconnect, namespace=namespace)
        sio.on("session_request", session_request, namespace=namespace)
        sio.on(self.user_message_evt, handle_message, namespace=namespace)
        # Employee messages from the desk (Redis pub/sub) to the sockets this server holds.
        handoff.attach_delivery(webhook, sio, namespace, self.bot_message_evt)
        return webhook
