"""The routing measure of bot/complaint_routing.py (docs/nlu.md, round 5 of issue 11)."""

from __future__ import annotations

from bot.complaint_routing import routed


def test_a_complaint_is_routed_by_complain_a_handoff_or_an_answered_question():
    assert routed({"intent": {"name": "complain"}, "complaint": {"complaint": True}})
    assert routed({"intent": {"name": "request_callback"}, "complaint": {"complaint": True}})
    assert routed({"intent": {"name": "check_coverage"}, "complaint": {"complaint": True, "question": True}})
    assert not routed({"intent": {"name": "check_coverage"}, "complaint": {"complaint": False, "decision": "ask"}})
    assert not routed({"intent": {"name": "inform"}, "complaint": None})
