"""Round 19 (issue 11) in actions/complaints.py, against a real Redis and the desk's real consumer, in new
wordings:
- the first reply to a complaint says when the Klachtenbureau contacts the customer (seed 004 art. 20: binnen
  5 werkdagen), if they want contact;
- at an intake question, a request for another handler gets art. 5 ("u mag altijd om een andere behandelaar
  vragen", seed 004) and is added to the complaint; a yes before it still answers the consent question;
- the question whether to talk it out with the employee first gets seeds 000/001 (Klachtenbeleid 6b:
  overleg met de behandelend medewerker is geen voorwaarde; rechtstreeks bij het Klachtenbureau);
- news that the matter is resolved already keeps the complaint (seed 001: "ook wanneer deze direct wordt
  opgelost") and marks the record resolved;
none of these is read as a yes or no, or as a new matter for the coverage check."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from testkit.complaint_nlu import complaints_chat, in_intake

import actions.complaints as complaints
from tests.registered import registered

Chat = complaints_chat().Chat
intake_env = complaints_chat().intake_env  # the Redis and spool environment of the complaint tests

YES_NO = "Antwoord met ja of nee"


async def _in_intake(text: str = "Mijn behandelaar heeft al een maand niets van zich laten horen, slecht.") -> Chat:
    return await in_intake(text)


async def test_the_acknowledgement_says_when_the_klachtenbureau_contacts(redis_url: str) -> None:
    chat = Chat()
    said = await chat.send("Er wordt nooit teruggebeld door jullie, heel slecht.", decision="complaint")
    assert "Klachtenbureau onder referentie KL-" in said[0]
    assert "binnen 5 werkdagen contact met u op als u dat wilt" in said[0], said


@pytest.mark.parametrize(
    "text",
    [
        "ik zou graag een andere juriste krijgen, deze begrijpt mijn zaak niet",
        "kan mijn behandelaar vervangen worden? ik kom er met hem niet uit",
        "ik wil iemand anders op mijn dossier",
    ],
)
async def test_another_handler_at_the_consent_question_is_art_5(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await chat.answer("handoff_consent", text)
    assert chat.slots["handoff_consent"] is None  # the intake asks its question again
    assert any("andere behandelaar" in s and "(art. 5 Algemene regels)" in s for s in said), said
    assert not any(YES_NO in s for s in said), said
    [record] = await registered(redis_url)
    assert text in record["text"]  # the wish is part of the complaint


async def test_a_yes_before_the_request_for_another_handler_counts(redis_url: str) -> None:
    chat = await _in_intake()
    said = await chat.answer("handoff_consent", "ja, graag. En een andere behandelaar alstublieft")
    assert chat.slots["handoff_consent"] is True
    assert any("andere behandelaar" in s for s in said), said
    [record] = await registered(redis_url)
    assert record["handoff_consent"] is True


async def test_a_no_in_the_reason_is_not_read_as_the_answer(redis_url: str) -> None:
    chat = await _in_intake()
    await chat.answer("handoff_consent", "verder wil ik een andere jurist, met deze gaat het echt niet")
    assert chat.slots["handoff_consent"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Moet ik het eerst met mijn jurist proberen op te lossen voordat ik een klacht indien?",
        "Is het verplicht dat ik eerst met die behandelaar overleg?",
        "Mag ik gewoon direct een klacht indienen bij het Klachtenbureau?",
    ],
)
async def test_talking_it_out_first_is_no_condition(redis_url: str, text: str) -> None:
    chat = await _in_intake()
    said = await chat.answer("handoff_consent", text)
    assert chat.slots["handoff_consent"] is None
    assert any("geen voorwaarde" in s and "rechtstreeks" in s for s in said), said
    assert any(str(chat.slots["complaint_id"]) in s for s in said), said  # already registered


def test_talking_to_the_opponent_first_is_not_that_question() -> None:
    assert not complaints.asks_to_talk_it_out_first("Moet ik het eerst zelf met de verhuurder oplossen?")
    assert not complaints.asks_to_talk_it_out_first("ik heb het eerst met mijn jurist besproken")  # no question


async def test_resolved_already_keeps_the_complaint_and_marks_it(redis_url: str) -> None:
    chat = await _in_intake()
    said = await chat.answer("handoff_consent", "Hij belde me gisteren toch nog, het is nu opgelost")
    assert chat.slots["handoff_consent"] is None
    assert any("ook als die meteen is opgelost" in s for s in said), said
    [record] = await registered(redis_url)
    assert record["resolved_immediately"] is True


async def test_a_no_with_resolved_is_still_a_no(redis_url: str) -> None:
    chat = await _in_intake()
    await chat.answer("handoff_consent", "nee hoor, het is al opgelost")
    assert chat.slots["handoff_consent"] is False


def test_words_about_the_intake_are_no_new_matter_for_the_coverage_check() -> None:
    for text in (
        "en ik wil dan ook graag een andere behandelaar voor mijn zaak tegen de aannemer",
        "Moet ik dat eerst met de jurist zelf uitpraten voordat ik een klacht indien?",
    ):
        tracker = Tracker(
            "t",
            {"requested_slot": "handoff_consent"},
            {"text": text, "intent": {"name": "check_coverage"}},
            [{"event": "user", "text": text}],
            False,
            None,
            {"name": "complaint_form"},
            None,
        )
        assert not complaints.new_story(tracker), text


def test_who_pays_the_arbitrator_at_the_intake_is_answered() -> None:
    # art. 17: ARAG pays the arbitrator; a question without a question mark at a yes/no question
    from actions.complaints import is_own_question

    assert is_own_question("wie betaalt dan die advocaat als scheidsrechter")
    assert not is_own_question("ja graag")
