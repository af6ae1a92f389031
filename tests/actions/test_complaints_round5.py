"""Round 5 (issue 11): dissatisfaction with ARAG's decision on the case itself gets the way to
settle it (art. 17, the scheidsrechter) next to the Klachtenbureau acknowledgement; a complaint
about how ARAG treats the customer gets no article text."""

from __future__ import annotations

from importlib import util
from pathlib import Path

from rasa_sdk.executor import CollectingDispatcher

import actions.complaints as complaints

_spec = util.spec_from_file_location("complaints_chat", Path(__file__).with_name("test_complaints.py"))
assert _spec is not None and _spec.loader is not None
_module = util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
Chat = _module.Chat
intake_env = _module.intake_env  # the Redis and spool environment of the complaint tests


async def test_disagreeing_with_arags_decision_on_the_case_gets_the_scheidsrechter(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send(
        "ARAG wil mijn zaak tegen de aannemer niet verder doorzetten omdat ik geen kans zou maken. "
        "Daar ben ik het helemaal niet mee eens.",
        decision="complaint",
        intent="complain",
    )
    assert "Klachtenbureau onder referentie KL-" in said[0]
    assert "scheidsrechter" in said[1] and "(art. 17 Algemene regels" in said[1]


async def test_a_complaint_about_treatment_gets_no_article_text(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send(
        "Jullie jurist was ontzettend onbeschoft tegen me aan de telefoon.", decision="complaint", intent="complain"
    )
    assert len(said) == 1 and "art." not in said[0]


async def test_asking_where_to_go_when_still_unhappy_during_the_intake_gets_the_escalation_route(
    redis_url: str,
) -> None:
    chat = Chat()
    await chat.send("Jullie jurist was ontzettend onbeschoft tegen me.", decision="complaint", intent="complain")
    chat.active_loop = "complaint_form"
    text = "En als ik ontevreden blijf over hoe ARAG met mij omgaat, waar kan ik dan terecht?"
    dispatcher = CollectingDispatcher()
    result = await complaints.ValidateComplaintForm().validate_handoff_consent(
        text, dispatcher, chat.tracker(text, intent="complain"), {}
    )
    said = [m["text"] for m in dispatcher.messages]
    assert result == {"handoff_consent": None}  # the intake asks its question again
    assert any("Kifid" in s for s in said) and not any("ja of nee" in s for s in said), said


async def test_a_question_after_the_check_question_is_no_answer_to_it(redis_url: str) -> None:
    chat = Chat()
    assert await chat.send("Jammer. Wat kunnen jullie dan wel voor me doen?", decision="ask") == [
        complaints.CHECK_QUESTION
    ]
    said = await chat.send("Ook niet als ik zeker weet dat ik gelijk heb?")
    assert complaints.CHECK_DECLINED not in said and chat.slots.get("complaint_check_answer") is None, said
    assert chat.slots["complaint_check"] == "done"  # asked once: not asked again
