"""Rasa's graphs run in order without dask (bot/graph_runner.py): the same parses and predictions."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.engine.runner.dask import DaskGraphRunner

from bot import graph_runner
from flexbot import settings
from flexbot.launcher import training

MESSAGES = [
    "Wat is het maximum per gebeurtenis?",
    "Ben ik verzekerd voor een conflict met mijn werkgever over mijn loon?",
    "Mijn jurist belt nooit terug. Hoe meld ik een zaak aan?",
    "hallo",
    "qwrtp zxcvb",
    "Dank je wel!",
    "Ik wil een klacht indienen over jullie.",
    "Mijn buurman heeft een schutting op mijn grond gezet",
]


@pytest.fixture(scope="module")
def agent() -> Iterator[Agent]:
    assert training.train() == 0
    logging.disable(logging.WARNING)
    yield Agent.load(str(settings.MODEL_PATH))
    logging.disable(logging.NOTSET)


@pytest.fixture(autouse=True)
def ours_afterwards() -> Iterator[None]:
    """Each test switches between both runners; ours is on again afterwards, as in the server."""
    yield
    graph_runner.apply()


async def test_same_parse_of_every_message(agent: Agent) -> None:
    for text in MESSAGES:
        graph_runner.restore()
        expected = await agent.processor.parse_message(UserMessage(text))
        graph_runner.apply()
        assert await agent.processor.parse_message(UserMessage(text)) == expected


async def test_same_predictions_along_a_conversation(agent: Agent) -> None:
    graph_runner.restore()
    sender = "graph-runner"
    for text in MESSAGES:
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender_id=sender))
        tracker = await agent.tracker_store.retrieve(sender)
        graph_runner.restore()
        expected = agent.processor._predict_next_with_tracker(tracker)
        graph_runner.apply()
        prediction = agent.processor._predict_next_with_tracker(tracker)
        assert prediction.policy_name == expected.policy_name
        assert prediction.probabilities == expected.probabilities
        assert prediction.events == expected.events
        graph_runner.restore()
    assert len(tracker.events) > 3 * len(MESSAGES)


def test_applied_with_the_other_speedups() -> None:
    import bot.rasa_speedups

    graph_runner.restore()
    bot.rasa_speedups.apply()
    assert DaskGraphRunner.run is graph_runner.run
