"""Measured fixes for hot spots in Rasa 3.6 itself (see docs/performance.md).

1. Rasa validates every action-server response with `jsonschema.validate()`, which re-checks the
   schema against the JSON Schema metaschema on every call. Under load that was 65 % of the Rasa
   server's CPU time (py-spy, 20 concurrent conversations). Here the validator is compiled once
   and reused: the same schema, the same checks, the same error message on a bad response.
2. Every event read from the tracker store looks its class up by walking all subclasses of
   Event (10 % of CPU after fix 1). The lookup is memoised per type name; the answer is the same.

3. The per-message complaint hook is not called on the action server when it has nothing to
   do (bot/complaint_hook_gate.py).
4. The policies' states of the conversation are computed once per dialogue step instead of
   replaying the whole conversation for every prediction (bot/state_history.py).
5. FAQ answers are computed inside the Rasa server instead of on the action server, with the
   same shared code (bot/local_actions.py).
6. RulePolicy's rule lookup stops at the depth of the longest rule instead of walking the whole
   conversation (bot/rule_lookup.py).
7. The model graphs run in dependency order without dask's scheduler (bot/graph_runner.py).
8. The tracker copy every action runs on copies the state instead of replaying the whole
   conversation (bot/tracker_copy.py).
9. A tracker's applied events are kept up to date as events come in (bot/applied_events.py).

Imported by our REST channel (bot/channels/rest.py), which every Rasa server running our
bot/credentials.yml loads at start-up.
"""

from __future__ import annotations

from typing import Any

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event

from bot import (
    applied_events,
    complaint_hook_gate,
    graph_runner,
    local_actions,
    rule_lookup,
    state_history,
    tracker_copy,
)
from flexbot import switches

_validator = None


def _compiled_validator():
    global _validator
    if _validator is None:
        schema = RemoteAction.action_response_format_spec()
        cls = validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    return _validator


def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    try:
        _compiled_validator().validate(result)
        return True
    except ValidationError as error:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error


_original_resolve_by_type = Event.resolve_by_type
_event_classes: dict[str, type] = {}


def _resolve_by_type(type_name: str, default: type | None = None) -> type | None:
    cls = _event_classes.get(type_name)
    if cls is None:
        cls = _original_resolve_by_type(type_name, default)  # raises for unknown names
        if cls is not None and cls is not default:
            _event_classes[type_name] = cls
    return cls


def apply() -> None:
    RemoteAction._validate_action_result = _validate_action_result
    Event.resolve_by_type = staticmethod(_resolve_by_type)
    complaint_hook_gate.apply()
    local_actions.apply()
    if not switches.off("state_history"):
        state_history.apply()
    if not switches.off("rule_lookup"):
        rule_lookup.apply()
    if not switches.off("graph_runner"):
        graph_runner.apply()
    if not switches.off("tracker_copy"):
        tracker_copy.apply()
    if not switches.off("applied_events"):
        applied_events.apply()


apply()
