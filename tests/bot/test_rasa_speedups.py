"""The precompiled action-response validator accepts and rejects exactly like Rasa's own."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, SlotSet, UserUttered

import bot.rasa_speedups  # noqa: F401


def test_valid_action_response_passes():
    action = RemoteAction("action_x", None)
    assert action._validate_action_result(
        {"events": [{"event": "slot", "name": "a", "value": 1}], "responses": [{"text": "hoi"}]}
    )


def test_invalid_action_response_is_rejected_with_rasa_message():
    action = RemoteAction("action_x", None)
    with pytest.raises(ValidationError) as error:
        action._validate_action_result({"events": [{"no_event_key": 1}]})
    assert "Failed to validate Action server response" in error.value.message


def test_event_lookup_is_unchanged():
    assert Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("nonsense", default=SlotSet) is SlotSet
    with pytest.raises(ValueError):
        Event.resolve_by_type("nonsense")
