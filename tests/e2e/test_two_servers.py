"""Two Rasa servers against one Redis: one conversation's messages alternate between them.

Each server (two Sanic workers each) keeps trackers in a per-process cache (bot/tracker_store.py);
Redis must stay the truth, so every answer and every slot is what one server alone would give.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Iterator

import pytest
import requests
from rasa.shared.core.domain import Domain

from bot.tracker_store import AppendOnlyRedisTrackerStore
from flexbot import settings
from flexbot.flexpolis import replies
from flexbot.flexpolis.conversation import chat_answer
from flexbot.launcher.stack import Stack
from flexbot.redis_server import free_port

ACK = "Wat vervelend dat u dit zo ervaart"
CONSENT_QUESTION = "Wilt u dat het Klachtenbureau contact met u opneemt"
REFERENCE = re.compile(r"KL-\d{4}-\d{6}")


@pytest.fixture(scope="module")
def second_rasa(stack: Stack) -> Iterator[str]:
    """A second Rasa server on the same Redis and action server; its base URL."""
    stack.ports["rasa-2"] = port = free_port()
    stack.start("rasa-2", RASA_PORT=str(port))
    yield stack.url("rasa-2")
    process = stack.processes.pop("rasa-2")
    process.terminate()
    process.wait(timeout=30)


class Alternating:
    """One customer whose messages go to server one, two, one, two, ..."""

    def __init__(self, *bases: str) -> None:
        self.urls = [base + "/webhooks/rest/webhook" for base in bases]
        self.sender = f"two-{uuid.uuid4().hex[:12]}"
        self.sent = 0

    def say(self, message: str) -> list[str]:
        url = self.urls[self.sent % len(self.urls)]
        self.sent += 1
        response = requests.post(url, json={"sender": self.sender, "message": message}, timeout=60)
        response.raise_for_status()
        return [m["text"] for m in response.json() if "text" in m]

    def reply(self, message: str) -> str:
        return "\n".join(self.say(message))


# Questions the complaint detector reads as no complaint (tests/e2e/test_faq.py has more).
QUESTIONS = [
    ("report", "hoe kan ik een zaak bij jullie melden?"),
    ("eigen_risico", "moet ik een eigen risico betalen?"),
    ("own_lawyer", "mag ik zelf een advocaat uitkiezen?"),
    ("report", "waar moet ik mijn conflict aanmelden"),
    ("eigen_risico", "hoe zit het met het eigen risico bij een zaak"),
    ("own_lawyer", "kan ik mijn eigen advocaat nemen ipv die van jullie"),
]
UNSURE = "waar zijn jullie allemaal niet voor?"  # the detector is unsure: the bot asks once
CHECK_QUESTION = "Begrijp ik goed dat u ergens niet tevreden over bent?"
CHECK_DECLINED = "Dank u, dan had ik u verkeerd begrepen."


def answer(topic: str, first: bool = False, question: str | None = None) -> str:
    return chat_answer(replies.faq_text(topic), with_reminder=first, question=question)


def slots(redis_url: str, sender: str) -> dict:
    """The conversation's slots as a fresh Rasa server would read them from Redis."""
    parts = settings.redis_parts(redis_url)
    store = AppendOnlyRedisTrackerStore(
        domain=Domain.load(str(settings.DOMAIN_DIR)),
        host=parts.host,
        port=parts.port,
        db=parts.db,
        key_prefix="flexbot",
    )
    tracker = asyncio.run(store.retrieve(sender))
    return tracker.current_slot_values()


def test_one_conversation_alternating_between_two_servers(stack: Stack, second_rasa: str):
    chat = Alternating(stack.url("rasa"), second_rasa)
    # FAQ turns first, so that both servers (and their workers) hold the conversation in cache
    # and each must pick up what the other one added.
    for number, (topic, question) in enumerate(QUESTIONS):
        assert chat.say(question) == [answer(topic, first=number == 0, question=question)], question
    assert slots(stack.redis.url, chat.sender)["complaint_id"] is None
    # The check question on one server, the answer on the other.
    assert any(CHECK_QUESTION in reply for reply in chat.say(UNSURE))
    assert slots(stack.redis.url, chat.sender)["complaint_check"] == "asked"
    assert CHECK_DECLINED in chat.reply("nee")
    state = slots(stack.redis.url, chat.sender)
    assert (state["complaint_check"], state["complaint_candidate"]) == ("done", None)

    replies = chat.say("Ik wil een klacht indienen. Ik heb drie keer gebeld en niemand belt me terug.")
    assert ACK in replies[0] and CONSENT_QUESTION in replies[-1]
    reference = REFERENCE.search(replies[0]).group(0)
    assert "naam" in chat.reply("ja graag")
    assert "e-mailadres of telefoonnummer" in chat.reply("Jan de Vries")
    assert "polis- of dossiernummer" in chat.reply("jan.devries@voorbeeld.nl")
    state = slots(stack.redis.url, chat.sender)
    assert (state["complaint_id"], state["handoff_consent"], state["customer_name"]) == (
        reference,
        True,
        "Jan de Vries",
    )
    assert "vertrouwelijk" in chat.reply("geen")
    confirmation = chat.reply("ja")
    assert reference in confirmation
    # After the intake the same conversation goes on, still alternating.
    assert chat.say(QUESTIONS[1][1]) == [answer(QUESTIONS[1][0], question=QUESTIONS[1][1])]
    state = slots(stack.redis.url, chat.sender)
    # The intake is over: its slots are reset (actions/complaints.py, RESET_AFTER_INTAKE).
    assert [state[name] for name in ("complaint_id", "complaint_pending", "customer_name", "confidential")] == [
        None,
        None,
        None,
        None,
    ]
