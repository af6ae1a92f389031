"""The REST channel with strict input checks: bad requests get a clear 4xx, never a crash.

Same URL as Rasa's own (`/webhooks/rest/webhook`), same response shape (a JSON list of bot
messages). Rejected: bodies that are not (UTF-8) JSON objects or nest too deep, a missing,
non-string or empty `message` (also when only control or zero-width characters), a `sender` that is
not a short printable string, `metadata` that is not an object or nests too deep, oversized
messages. Lone surrogates in the message become U+FFFD. Redis down: 503 with Retry-After and a
Dutch `message` for the customer.
"""

from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Optional

from rasa.core.channels import rest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

import bot.rasa_speedups  # noqa: F401  (loaded with the Rasa server: see the module)
from bot import conversation_context
from bot.channels.guard import (
    FAILED_REPLY,
    RETRY_AFTER_SECONDS,
    UNAVAILABLE_REPLY,
    BadRequest,
    check_message,
    check_metadata,
    check_sender,
    is_store_outage,
)

logger = logging.getLogger(__name__)
# The complaint detector in the NLU pipeline sees what the conversation knows (see the module).
conversation_context.apply()


@dataclass(frozen=True)
class RestPayload:
    sender: str
    message: str
    metadata: Optional[dict[str, Any]]


def parse_payload(body: bytes) -> RestPayload:
    """Validate a REST webhook body; raise BadRequest with a reason a developer can act on."""
    try:
        data = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError, RecursionError) as err:
        raise BadRequest("body is not valid JSON") from err
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object with 'sender' and 'message'")
    sender = check_sender(data.get("sender", "default"))
    message = check_message(data.get("message"))
    metadata = check_metadata(data.get("metadata"))
    return RestPayload(sender=sender, message=message, metadata=metadata)


async def handle(
    body: bytes, on_new_message: Callable[[UserMessage], Awaitable[None]], channel: str = "rest"
) -> HTTPResponse:
    """One REST request: 4xx for bad input, 503 (Dutch, Retry-After) while Redis is down."""
    try:
        payload = parse_payload(body)
    except BadRequest as error:
        return response.json({"error": str(error)}, status=error.status)
    collector = CollectingOutputChannel()
    try:
        await on_new_message(
            UserMessage(payload.message, collector, payload.sender, input_channel=channel, metadata=payload.metadata)
        )
    except CancelledError:
        logger.error("REST message for %s timed out", payload.sender)
        return unavailable("the assistant did not answer in time")
    except Exception as error:  # noqa: BLE001 - the caller gets a clear status, the log the cause
        if is_store_outage(error):
            logger.error("REST message for %s: conversation store unavailable: %s", payload.sender, error)
            return unavailable("conversation store unavailable")
        logger.exception("REST message for %s failed", payload.sender)
        return response.json(
            {"error": "the assistant could not handle this message", "message": FAILED_REPLY}, status=500
        )
    return response.json(collector.messages)


def unavailable(reason: str) -> HTTPResponse:
    return response.json(
        {"error": reason, "message": UNAVAILABLE_REPLY}, status=503, headers={"Retry-After": str(RETRY_AFTER_SECONDS)}
    )


class RestInput(rest.RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint("flexbot_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await handle(request.body, on_new_message, self.name())

        return webhook
