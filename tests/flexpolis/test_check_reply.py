"""A reply to the coverage check's open question is read by the form first (flexbot/flexpolis/check_reply.py),
also when the classifier hears a general question in it: "weet ik niet" in other words (the answer for each
possibility follows), a policy option told in words (C&W 3 Burenrecht, Inkomen 3 Arbeidsrecht), the start
of the first event (art. 9). A question stays a question."""

from __future__ import annotations

import pytest

from flexbot.flexpolis.check_reply import answers_the_check, asks, facts_told
from flexbot.flexpolis.checker import CoverageQuestion
from flexbot.flexpolis.dialogue import CheckState

TRAFFIC = CheckState(CoverageQuestion(conflict="verkeersongeval"))  # the modules are asked
NEIGHBOURS = CheckState(CoverageQuestion(conflict="burenconflict", modules=frozenset({"consument_wonen"})))
WORK = CheckState(CoverageQuestion(conflict="arbeidsovereenkomst"))


@pytest.mark.parametrize(
    "text",
    [
        "dat weet ik echt niet, mijn vrouw heeft die verzekering destijds geregeld",
        "geen flauw idee eigenlijk, de polis ligt bij mijn zoon",
        "weet ik eigenlijk niet, het is een pakket via mijn werk",
    ],
)
def test_not_knowing_the_modules_in_other_words_is_a_reply(text: str) -> None:
    assert TRAFFIC.next_question() == "modules"
    assert answers_the_check(TRAFFIC.dump(), text)


def test_an_option_told_in_words_is_a_reply_even_when_another_question_is_open() -> None:
    assert NEIGHBOURS.next_question() != "uitsluiting_burenrecht"
    assert facts_told(NEIGHBOURS, "even nagekeken: de buren zijn bij ons niet uitgesloten") == {
        "uitsluiting_burenrecht": False
    }
    assert facts_told(WORK, "in de polis staat een uitsluiting voor arbeidsrecht") == {"uitsluiting_arbeidsrecht": True}


def test_a_hedged_option_is_no_fact() -> None:
    assert facts_told(NEIGHBOURS, "volgens mij stond er iets over buren uitgesloten") == {}


@pytest.mark.parametrize(
    "text",
    [
        "hoeveel betalen jullie maximaal",
        "ik weet niet hoe ik dit moet melden",
        "ik weet het echt niet wanneer de verzekering begon",
        "nee, maar wat kost een advocaat dan",
        "wat als ik de zaak verlies?",
    ],
)
def test_a_question_stays_a_question(text: str) -> None:
    assert asks(text)
    assert not answers_the_check(TRAFFIC.dump(), text)


def test_nothing_the_check_misses_is_no_reply() -> None:
    assert not answers_the_check(TRAFFIC.dump(), "mijn buurman heeft een nieuwe schutting gezet")
    assert not answers_the_check(None, "weet ik niet")  # no check running


def test_drink_is_noted_only_for_the_customer_in_a_traffic_case() -> None:
    # Verkeer 4a is about the customer who drove; the other driver's drink changes nothing for the customer
    from flexbot.flexpolis.check_reply import outcome_note

    assert outcome_note(TRAFFIC, "de politie liet me blazen en ik zat boven de limiet").startswith(
        "Dan bent u hiervoor niet verzekerd"
    )
    assert outcome_note(TRAFFIC, "ik had een paar wijntjes op") is not None
    assert outcome_note(TRAFFIC, "de andere bestuurder moest blazen en zat boven de limiet") is None
    assert outcome_note(WORK, "ik had een paar wijntjes op") is None  # no traffic case
