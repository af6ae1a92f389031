"""The coverage form's answer handling without Rasa: free Dutch replies -> checker inputs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from flexbot.flexpolis import checker
from flexbot.flexpolis import dialogue as a
from flexbot.flexpolis.dialogue import CheckState


def run(first: str, replies: dict[str, str]) -> tuple[CheckState, list[str]]:
    """Drive the state the way the form does; returns the final state and the questions asked."""
    state, _ = a.apply(CheckState(), a.facts_in_description(first))
    asked: list[str] = []
    while (name := state.next_question()) is not None:
        assert name in replies and name not in asked, (name, asked)
        asked.append(name)
        answer = a.parse_answer(name, replies[name])
        assert not answer.reason, answer.reason
        state = a.skip(state, name) if answer.unknown else a.apply(state, answer.changes)[0]
    return state, asked


def test_the_issue_example_fills_conflict_amount_and_country_at_once():
    found = a.facts_in_description("ruzie met mijn buurman over 300 euro in Frankrijk")
    assert found["conflict"] == "burenconflict" and found["opponent"] == "neighbour"
    assert found["amount"] == Decimal(300) and found["country"] == "FR"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("ongeveer 300 euro", 300),
        ("EUR 1.500,-", 1500),
        ("vijftienhonderd euro", 1500),
        ("€ 175", 175),
    ],
)
def test_amount_answers(text, amount):
    assert a.parse_answer("amount", text).changes == {"amount": Decimal(amount)}


@pytest.mark.parametrize(("text", "word"), [("-5", "negatief"), ("veel", "geen bedrag"), ("1e9", "geen bedrag")])
def test_unusable_amounts_give_a_reason(text, word):
    answer = a.parse_answer("amount", text)
    assert not answer.changes and word in answer.reason


@pytest.mark.parametrize(
    ("text", "code"),
    [("in Frankrijk", "FR"), ("frankrijk", "FR"), ("op Kreta", "GR"), ("de Verenigde Staten", "US"), ("België", "BE")],
)
def test_country_answers(text, code):
    assert a.parse_answer("country", text).changes == {"country": code}


def test_unknown_country_is_asked_again():
    assert a.parse_answer("country", "in Atlantis").reason == "Dat land ken ik niet."


@pytest.mark.parametrize(
    ("text", "kind", "opponent"),
    [
        ("met mijn buurman", "burenconflict", "neighbour"),
        ("mijn baas", "arbeidsovereenkomst", "employer"),
        ("ik ga scheiden van mijn man", "echtscheiding", "partner"),
    ],
)
def test_conflict_answers(text, kind, opponent):
    assert a.parse_answer("conflict", text).changes == {"conflict": kind, "opponent": opponent}


def test_the_question_frame_is_not_the_conflict():
    assert a.facts_in_description("de buren maken herrie, kan arag helpen")["conflict"] == "burenconflict"
    assert a.facts_in_description("ik heb ruzie met arag over mijn premie")["conflict"] == "deze_verzekering"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ikzelf", "policyholder"),
        ("mijn vrouw", "partner"),
        ("mijn zoon die op kamers woont", "child_studying"),
        ("onze au pair", "au_pair"),
        ("mijn moeder", "other"),
    ],
)
def test_who_has_the_conflict(text, key):
    assert a.parse_answer("involved", text).changes == {"involved": key}


def test_a_child_without_where_it_lives_is_asked_again():
    assert "Waar woont uw kind" in a.parse_answer("involved", "mijn dochter").reason


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("ruzie met mijn buurman", "policyholder"),
        ("mijn moeder heeft ruzie met haar buurman", None),
        ("kan zij mijn verzekering gebruiken voor haar huurbaas", None),
        ("mijn dochter woont nog thuis en is gebeten door een hond", "child_home"),
    ],
)
def test_who_is_only_taken_from_a_description_when_plain(text, who):
    assert a.involved_in_description(text) == who


@pytest.mark.parametrize(
    ("text", "value"),
    [("ja", True), ("Ja hoor", True), ("klopt", True), ("nee", False), ("klopt niet", False), ("nee hoor", False)],
)
def test_yes_no(text, value):
    assert a.parse_answer("alleenstaand", text).changes == {"alleenstaand": value}


@pytest.mark.parametrize("text", ["weet ik niet", "geen idee"])
def test_not_knowing_skips_the_question_and_the_verdict_names_it(text):
    state, asked = run(
        "de webshop wil mijn kapotte telefoon van 600 euro niet vervangen",
        {
            "modules": text,
            "role": "privé",
            "first_event_after_start": "ja",
            "country": "nederland",
            "facts.bekend_bij_afsluiten": "nee",
        },
    )
    verdict = state.verdict()
    assert verdict.status == checker.HANGT_AF_VAN and "welke modules" in verdict.text
    assert asked == ["modules", "role", "first_event_after_start", "facts.bekend_bij_afsluiten", "country"]


def test_a_contradicting_amount_is_forgotten_and_asked_again():
    state, _ = a.apply(CheckState(), a.facts_in_description("de webshop levert niet, 300 euro"))
    state, reasons = a.apply(state, a.facts_in_answer("het gaat eigenlijk om 5000 euro"))
    assert reasons and "Eerder zei u iets anders" in reasons[0]
    assert state.question.amount is None and "amount" in state.verdict().missing


def test_an_impossible_combination_is_not_stored():
    state, _ = a.apply(CheckState(), {"conflict": "arbeidsovereenkomst"})
    state, reasons = a.apply(state, {"role": "zakelijk"})
    assert reasons and state.question.role is None


def test_state_survives_the_slot_round_trip():
    state, _ = run(
        "ik heb een aanrijding gehad in duitsland",
        {
            "modules": "verkeer",
            "role": "privé",
            "first_event_after_start": "ja",
            "uitsluiting_motorrijtuigen": "nee",
            "facts.bekend_bij_afsluiten": "nee",
        },
    )
    again = CheckState.load(state.dump())
    assert again == state and again.verdict().status == checker.GEDEKT


def test_every_input_the_checker_can_miss_has_its_own_dutch_question():
    from flexbot.flexpolis.knowledge import knowledge

    names = list(dict.fromkeys([*checker.QUESTIONS, *(f"facts.{k}" for k in knowledge().circumstances)]))
    texts = [a.question(name) for name in names]
    assert all("?" in text for text in texts)
    assert len(set(texts)) == len(names)


def test_a_business_conflict_told_in_the_question_is_business():
    # C&W 1 and Inkomen 1: private situations only; "mijn eigen zaak" (my own case) says nothing.
    for text in (
        "Ik heb net een eigen bedrijf en een klant betaalt mijn factuur van 2000 euro niet",
        "als ondernemer heb ik ruzie met een leverancier",
        "mijn klant betaalt al maanden niet",
    ):
        assert a.facts_in_description(text)["role"] == "zakelijk", text
    assert a.facts_in_description("de webshop levert mijn eigen zaak niet, 300 euro").get("role") is None


def test_a_used_car_from_a_private_seller_has_no_dealer_guarantee():
    # Verkeer 4d: without BOVAG or a recognised dealer's written guarantee there is no cover.
    found = a.facts_in_description("mijn tweedehands scooter die ik via Marktplaats kocht is kapot")
    assert found["facts.tweedehands_zonder_garantie"] is True
    assert "facts.tweedehands_zonder_garantie" not in a.facts_in_description(
        "mijn tweedehands auto van de dealer is kapot"
    )
