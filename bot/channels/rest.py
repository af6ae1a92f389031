"""The REST channel with strict input checks: bad requests get a clear 4xx, never a crash.

Same URL as Rasa's own (`/webhooks/rest/webhook`), same response shape (a JSON list of bot
messages). Rejected: bodies that are not a JSON object, a missing, non-string, empty or
whitespace-only `message`, a non-string `sender`, non-object `metadata` and oversized messages.
"""
from __future__ import annotations

import json
import logging
from asyncio import CancelledError
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels import rest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response

import bot.rasa_speedups  # noqa: F401  (loaded with the Rasa server: see the module)
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 50_000
MAX_SENDER_CHARS = 128


class BadRequest(ValueError):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class RestPayload:
    sender: str
    message: str
    metadata: Optional[Dict[Text, Any]]


def parse_payload(body: bytes) -> RestPayload:
    """Validate a REST webhook body; raise BadRequest with a reason a developer can act on."""
    try:
        data = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("body is not valid JSON")
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object with 'sender' and 'message'")
    sender = data.get("sender", "default")
    if not isinstance(sender, str) or not sender.strip() or len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f"'sender' must be a non-empty string of at most {MAX_SENDER_CHARS} characters")
    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest("'message' must be a string")
    if not message.strip():
        raise BadRequest("'message' is empty")
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(f"'message' is longer than {MAX_MESSAGE_CHARS} characters", status=413)
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest("'metadata' must be a JSON object")
    return RestPayload(sender=sender, message=message, metadata=metadata)


class RestInput(rest.RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        webhook = Blueprint("flexbot_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                payload = parse_payload(request.body)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=error.status)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        payload.message,
                        collector,
                        payload.sender,
                        input_channel=self.name(),
                        metadata=payload.metadata,
                    )
                )
            except CancelledError:
                logger.error("REST message for %s timed out", payload.sender)
                return response.json({"error": "the assistant did not answer in time"}, status=503)
            except Exception:
                logger.exception("REST message for %s failed", payload.sender)
                return response.json({"error": "the assistant could not handle this message"}, status=500)
            return response.json(collector.messages)

        return webhook
