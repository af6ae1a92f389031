"""The rule lookup that stops early (bot/rule_lookup.py) finds Rasa's own keys, state by state."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.generator import TrackerWithCachedStates

from bot import rule_lookup
from tests.stories import DOMAIN, story_trackers


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[RulePolicy, list[TrackerWithCachedStates]]:
    trackers = story_trackers(with_conversation_tests=False)
    storage = LocalModelStorage(Path(tmp_path_factory.mktemp("rules")))
    policy = RulePolicy.create(
        RulePolicy.get_default_config(), storage, Resource("rules"), ExecutionContext(GraphSchema({}), "test")
    )
    policy.train(trackers, DOMAIN)
    return policy, trackers


def test_same_keys_as_rasa_on_every_state_of_every_story_and_rule(trained) -> None:
    policy, trackers = trained
    assert len(policy.lookup[RULES]) > 50
    compared = 0
    for tracker in trackers:
        states = tracker.past_states(DOMAIN)
        for end in range(1, len(states) + 1):
            for table in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH):
                lookup = policy.lookup.get(table, {})
                expected = rule_lookup.RASA_POSSIBLE_KEYS(policy, lookup, states[:end])
                assert rule_lookup.possible_keys(policy, lookup, states[:end]) == expected
                compared += 1
    assert compared > 500


def test_long_conversations_reach_the_same_keys(trained) -> None:
    """Forty turns of history in front of a state: only the newest states matter, as in Rasa."""
    policy, trackers = trained
    longest = max(trackers, key=lambda t: len(t.past_states(DOMAIN)))
    history = longest.past_states(DOMAIN)
    for tracker in trackers[:40]:
        states = history * 5 + tracker.past_states(DOMAIN)
        lookup = policy.lookup[RULES]
        assert rule_lookup.possible_keys(policy, lookup, states) == rule_lookup.RASA_POSSIBLE_KEYS(
            policy, lookup, states
        )


def test_applied_with_the_other_speedups() -> None:
    import bot.rasa_speedups  # noqa: F401

    assert RulePolicy._get_possible_keys is rule_lookup.possible_keys


def test_states_are_formatted_for_the_debug_log_only_when_it_is_written(caplog) -> None:
    import logging

    states = [{"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}}]
    assert rule_lookup.format_tracker_states(states) == ""
    with caplog.at_level(logging.DEBUG, logger=RulePolicy.__module__):
        assert rule_lookup.format_tracker_states(states) == rule_lookup.RASA_FORMAT(states)
        assert "greet" in rule_lookup.format_tracker_states(states)
