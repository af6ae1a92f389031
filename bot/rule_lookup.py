"""RulePolicy's rule lookup without walking the whole conversation.

Rasa 3.6's `RulePolicy._get_possible_keys` filters every learnt rule against every state of the
conversation, newest first, with one `_is_rule_applicable` call each (which re-reverses the rule's
states every time). A rule only constrains as many states as it is long (at most 3 here), and
Rasa's own check passes every rule unconditionally beyond that; so the filtering can stop once
the states are deeper than the longest rule still in play; and only rules whose newest state
names the conversation's previous action and intent (or none) are looked at. The result is the
same set of keys
(tests/bot/test_rule_lookup.py compares both on every state of every story and rule), but the cost
no longer grows with the length of the conversation: py-spy put the lookup at 13 % of a Rasa
worker's CPU, and more at turn 40 than at turn 1.
"""

from __future__ import annotations

import json
import logging
from typing import Any, Optional

from rasa.core.policies.policy import Policy
from rasa.core.policies.rule_policy import RulePolicy
from rasa.shared.core.constants import PREVIOUS_ACTION, USER
from rasa.shared.nlu.constants import ACTION_NAME, INTENT

State = dict[str, Any]
Signature = tuple[Optional[str], Optional[str]]

RASA_POSSIBLE_KEYS = RulePolicy._get_possible_keys
RASA_FORMAT = Policy.format_tracker_states  # Rasa's own, for the tests and the switch
_reversed_rules: dict[str, list[State]] = {}  # rule key -> its states, newest first


def _reversed(rule_key: str) -> list[State]:
    states = _reversed_rules.get(rule_key)
    if states is None:
        states = _reversed_rules[rule_key] = list(reversed(json.loads(rule_key)))
    return states


def _signature(state: State) -> Signature:
    """The previous action and the intent of a state: a rule that names them applies only to a
    conversation state with the same ones (RulePolicy._does_rule_match_state)."""
    return state.get(PREVIOUS_ACTION, {}).get(ACTION_NAME), state.get(USER, {}).get(INTENT)


_indexes: dict[int, tuple[dict[str, str], dict[Signature, list[str]]]] = {}


def _index(lookup: dict[str, str]) -> dict[Signature, list[str]]:
    """The lookup's keys grouped by the signature of their newest state (built once per lookup)."""
    entry = _indexes.get(id(lookup))
    if entry is None or entry[0] is not lookup or sum(map(len, entry[1].values())) != len(lookup):
        index: dict[Signature, list[str]] = {}
        for key in lookup:
            index.setdefault(_signature(_reversed(key)[0]), []).append(key)
        entry = _indexes[id(lookup)] = (lookup, index)
    return entry[1]


def _first_candidates(lookup: dict[str, str], newest: State) -> list[str]:
    """The keys whose newest state can match `newest`: those naming no previous action or the
    same one, and no intent or the same one."""
    index = _index(lookup)
    action, intent = _signature(newest)
    signatures = {(None, None), (None, intent), (action, None), (action, intent)}
    return [key for signature in signatures for key in index.get(signature, ())]


def _applicable(rule: list[State], turn: int, state: State) -> bool:
    """`RulePolicy._is_rule_applicable` for a rule whose states are already reversed."""
    if turn >= len(rule):
        return True
    rule_previous = rule[turn].get(PREVIOUS_ACTION)
    current_previous = state.get(PREVIOUS_ACTION)
    if not rule_previous and not current_previous:
        return True  # both conversation starts
    if not rule_previous or not current_previous:
        return False
    return RulePolicy._does_rule_match_state(rule[turn], state)


def possible_keys(self: RulePolicy, lookup: dict[str, str], states: list[State]) -> set[str]:
    """The keys of `lookup` whose rules apply to `states`: `RulePolicy._get_possible_keys`."""
    if not states:
        return set(lookup)
    candidates = [(key, _reversed(key)) for key in _first_candidates(lookup, states[-1])]
    for turn, state in enumerate(reversed(states)):
        if all(turn >= len(rule) for _, rule in candidates):
            break  # deeper than every remaining rule: Rasa's check would keep them all
        candidates = [(key, rule) for key, rule in candidates if _applicable(rule, turn, state)]
    return {key for key, _ in candidates}


_rule_policy_log = logging.getLogger(RulePolicy.__module__)


def format_tracker_states(states: list[State]) -> str:
    """RulePolicy formats every state of the conversation for its debug log on every prediction,
    whatever the log level; the text is used for nothing else. Formatted only when it is logged."""
    return RASA_FORMAT(states) if _rule_policy_log.isEnabledFor(logging.DEBUG) else ""


def apply() -> None:
    RulePolicy._get_possible_keys = possible_keys
    RulePolicy.format_tracker_states = staticmethod(format_tracker_states)


def restore() -> None:
    RulePolicy._get_possible_keys = RASA_POSSIBLE_KEYS
    RulePolicy.format_tracker_states = staticmethod(RASA_FORMAT)
