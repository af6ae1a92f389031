"""The policy told so far (modules and options): kept from one conflict to the next, in cc_state
after a verdict, a stop or an answered question."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from actions.coverage_slots import RESET, STATE, _extras
from flexbot.dutch import fold
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState

POLICY_FACTS = (
    "modules",
    "eigen_woning",
    "uitsluiting_burenrecht",
    "uitsluiting_motorrijtuigen",
    "uitsluiting_arbeidsrecht",
    "alleenstaand",
)


def _policy_facts(state: CheckState) -> dict[str, Any]:
    """What the customer told about the policy (modules, options): it holds for the next conflict too."""
    return {k: v for k in POLICY_FACTS if (v := answers.get(state.question, k)) is not None}


POLICY = "policy"  # in cc_state after a verdict, a stop or an answered question: the policy told so far


def _kept_policy(state: CheckState) -> dict[str, Any]:
    """{"policy": {...}}: the policy facts of `state` as the slot keeps them; {} when none were told."""
    facts = _policy_facts(state)
    if "modules" in facts:
        facts["modules"] = sorted(facts["modules"])
    return {POLICY: facts} if facts else {}


# A message about the options ("het waren motorrijtuigen die ik heb uitgesloten, niet de buren"):
# the options told before are not carried into it.
OPTION_TALK = re.compile(r"\b(uitgesloten|uitsluit\w*|optie\w*|eigen woning)\b")


def _policy_before(tracker: Tracker, text: str = "") -> dict[str, Any]:
    """The policy the customer told for an earlier conflict in this conversation (kept after a stop,
    in the last verdict, or in a check left open): 'alleen Inkomen' still holds for the next conflict.
    The options are left out when `text` speaks of options itself (a correction of them)."""
    raw = _extras(tracker)
    kept = raw.get(POLICY)
    if isinstance(kept, dict):
        facts = {k: v for k, v in kept.items() if k != TOLD}
    else:
        last = raw.get("last")
        source = last.get("state") if isinstance(last, dict) else raw if raw.get("question") else None
        facts = _policy_facts(CheckState.load(source)) if source else {}
    if facts.get("modules") is not None:
        facts["modules"] = frozenset(facts["modules"])
    if OPTION_TALK.search(fold(text)):
        facts = {k: v for k, v in facts.items() if k == "modules"}
    return facts


TOLD = "told"  # in the kept policy: the words that told it ("ik heb sinds 1 maart c&w bij jullie"), for art. 9's dates


def _policy_told(tracker: Tracker) -> str:
    kept = _extras(tracker).get(POLICY)
    return str(kept.get(TOLD) or "") if isinstance(kept, dict) else ""


def _with_policy_dates(tracker: Tracker, text: str, found: dict[str, Any]) -> dict[str, Any]:
    """Round 107: a story after the policy was told on its own with its start ("ik heb sinds 1 maart c&w bij jullie",
    then "mn aannemer heeft in januari ..."): the dates of both read together (art. 9)."""
    told = _policy_told(tracker)
    if not told or found.get("first_event_after_start") is not None:
        return found
    begun = answers.first_event_in_text(f"{told} {text}")
    return {**found, "first_event_after_start": begun} if begun is not None else found


def _policy_slot(tracker: Tracker) -> dict[str, Any]:
    """The policy told before, as kept in the slot when no check follows (small talk, a stop)."""
    facts = _policy_before(tracker)
    return _kept_policy(CheckState(answers.apply(CheckState(), facts)[0].question)) if facts else {}


def _reset(tracker: Tracker) -> list[EventType]:
    """The check's slots cleared, the policy told kept."""
    kept = _extras(tracker).get(POLICY)
    return [*RESET[:2], SlotSet(STATE, {POLICY: kept} if isinstance(kept, dict) and kept else None)]
