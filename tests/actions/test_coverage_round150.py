"""Issue 11, twentieth session, rounds 150-153 (new customers, family life, buying and paying, thinking aloud): readings,
amounts and routes fixed from their misses, each tested in new wordings (not the eval sets' lines) with the seed's
article."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rasa_sdk.executor import CollectingDispatcher
from testkit.coverage_form import check, joined

from actions.complaints import _question_in_the_complaint, acknowledgement
from actions.coverage_follow_up import _same_story_otherwise, hypothetical_beside
from flexbot.flexpolis import conversation, dialogue, dialogue_dates
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.dialogue_amounts import amount_in_text
from flexbot.flexpolis.dialogue_replies import parse_role
from flexbot.flexpolis.knowledge import knowledge

# ---------------------------------------------------------------- readings (seed 004's article per kind)
READINGS = [
    # 11k: the government changing its own rules
    (
        "Het kabinet heeft de regels voor de zorgtoeslag aangepast en nu krijg ik minder. Kan ARAG daartegen?",
        "wetgeving",
    ),
    # 11l: debts the customer cannot pay
    ("Ik kom al maanden niet rond en heb achterstanden bij de energie en de telefoon. Helpen jullie?", "schulden"),
    (
        "De rekening klopt misschien wel, maar ik kan het gewoon niet betalen. Kunnen jullie een betalingsregeling regelen?",
        "schulden",
    ),
    # 11n: the deceased's debt claimed from the child, the deceased's prepayment claimed back by the heir
    (
        "Mijn moeder is in mei overleden en nu eist een deurwaarder dat ik als dochter haar schuld bij de bank betaal.",
        "overgenomen_vordering",
    ),
    (
        "Mijn vader overleed vorige maand. Hij had de schilder 3.000 euro vooruitbetaald. Ik ben erfgenaam en wil dat geld "
        "terugkrijgen.",
        "overgenomen_vordering",
    ),
    # C&W 2b: a thing sold to a friend or a housemate who does not pay
    (
        "Ik heb mijn oude racefiets voor 600 euro verkocht aan mijn huisgenoot en hij heeft nog steeds niet betaald.",
        None,
    ),
    ("Ik heb haar mijn oude camera verkocht voor 400 euro, ze zou later betalen maar doet het niet.", None),
]


@pytest.mark.parametrize(("text", "kind"), READINGS)
def test_readings(text: str, kind: str | None) -> None:
    assert dialogue.facts_in_description(text)["conflict"] == (kind or "consumentenkoop")


def test_the_divorce_exclusion_names_its_consequences() -> None:
    # C&W 3g: divorce, separation from bed and board, stopping living together, prenuptial agreements and what follows
    label = knowledge().conflict_kinds["echtscheiding"]["label"]
    for words in ("tafel en bed", "huwelijkse voorwaarden", "alimentatie", "omgangsregeling", "echtscheidingsadvocaat"):
        assert words in label


# ---------------------------------------------------------------- amounts (art. 11g)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a date is no amount ("per 1 maart ... tientallen euro's per maand")
        ("De gemeente verhoogt per 1 maart de afvalheffing, wij gaan tientallen euro's per maand meer betalen.", None),
        # the stake set straight in the same message
        ("De jas kostte 150 euro en kwam nooit aan. O wacht, nee, met de verzending was het 182.", Decimal("182")),
        # the stake added to in the same message
        (
            "De schoenmaker verpestte mijn laarzen, 90 euro. Als ik de nieuwe zolen erbij tel (110) is het meer.",
            Decimal("200"),
        ),
        # costs named as such beside the claim
        ("Ik moet 40 euro 'boete' en 55 euro administratiekosten betalen aan een parkeerbedrijf.", Decimal("40")),
    ],
)
def test_amounts_told_within_one_message(text: str, amount: Decimal | None) -> None:
    assert amount_in_text(text) == amount


# ---------------------------------------------------------------- art. 9: newly insured, a case brought along


@pytest.mark.parametrize(
    "text",
    [
        "De ruzie met de verhuurder over de lekkage speelt al sinds januari, mijn polis heb ik pas deze maand.",
        "Ik ben overgestapt van een andere verzekeraar en heb nog een lopende zaak met mijn werkgever. Kan die mee?",
        "Mijn aanvraag bij de gemeente deed ik vorige maand al, Consument & Wonen heb ik pas sinds 3 weken.",
    ],
)
def test_trouble_before_a_new_policy(text: str) -> None:
    assert dialogue_dates.first_event_in_text(text) is False


def test_newly_insured_gets_the_art_9_note() -> None:
    first = conversation.coverage_first("De buurman zet zijn caravan op mijn oprit. Ik ben 2 weken verzekerd.")
    assert first and "art. 9" in first


def test_the_module_told_with_newly_insured() -> None:
    assert dialogue.facts_in_description("Sinds kort verzekerd met Inkomen. Mijn baas betaalt mijn loon niet.")[
        "modules"
    ] == frozenset({"inkomen"})


def test_businesslike_is_no_business() -> None:
    assert parse_role("Ik wil het met mijn dochter voortaan zakelijk aanpakken.") is None
    assert parse_role("Het gaat om mijn eigen bedrijf.") == "zakelijk"


# ---------------------------------------------------------------- routes for side questions


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("de afschrijving van de premie is mislukt, ben ik nu nog gedekt?", "premium"),  # art. 14
        ("moeten we wachten tot de verhuurder echt iets doet?", "report"),  # art. 7: as soon as possible
        ("mag hij dan zelf bellen of moet ik dat doen?", "who_is_insured"),  # art. 1: with the holder's leave
        ("kan ik jullie dan wel gewoon bellen voor advies?", "contact"),
        ("Moeten we zelf nog iets bijbetalen als jullie de zaak oppakken?", "eigen_risico"),  # art. 14
        ("Kan ik mijn polis nu nog uitbreiden zodat dit wel gedekt is?", "waiting_period"),  # art. 9
        ("Ik denk erover op te zeggen. Kan dat meteen?", "cancel"),  # art. 15
        ("Ze willen alleen mijn schade uitbetalen in plaats van de zaak te voeren. Mag dat?", "after_report"),  # art. 5
        (
            "De zaak is gesloten wegens geen redelijke kans van slagen. Ik ben het er niet mee eens. Wat nu?",
            "disagreement",
        ),
        ("Balen. Kan ik dan op een andere manier juridische hulp krijgen?", "not_covered"),  # Inleiding
    ],
)
def test_side_questions_find_their_topic(text: str, topic: str) -> None:
    assert conversation.faq_topic_in(text) == topic


# ---------------------------------------------------------------- a case supposed in the first message or after it


def test_a_case_supposed_at_the_end_of_the_first_message() -> None:
    # Verkeer 4a for the story, Verkeer 3a for the driver sober
    told = "Mijn dochter reed met onze auto, een bus reed door rood en ramde haar. Ze blies 0,9 promille. We hebben Verkeer."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(told))
    supposed = hypothetical_beside(state, f"{told} En als ze niets gedronken had?")
    assert supposed and supposed.startswith("In dat geval") and "3a Verkeer" in supposed
    assert "Ik check nog" not in supposed
    assert hypothetical_beside(state, told) is None


def test_the_supposed_case_follows_the_verdict() -> None:
    _, replies = check(
        "Mijn zoon reed met mijn auto en werd aangereden door iemand die door rood reed. Maar hij blies 0,7 promille. "
        "We hebben Verkeer. En als hij nuchter was geweest?"
    )
    said = joined(replies, 0)
    assert "4a Verkeer" in said and "In dat geval" in said, said
    assert said.index("4a Verkeer") < said.index("In dat geval")


def test_a_stake_or_an_older_module_supposed() -> None:
    story = "Mijn nieuwe wasmachine van 700 euro is kapot en de winkel weigert te repareren."
    state, _ = dialogue.apply(
        CheckState(), {**dialogue.facts_in_description(story), "modules": frozenset({"consument_wonen"})}
    )
    found = _same_story_otherwise({"description": story, "state": state.dump()}, "En als het om 90 euro was gegaan?")
    assert found["amount"] == Decimal("90") and found["conflict"] == state.question.conflict
    late = "Ik heb de module Verkeer vorige week erbij genomen en mijn auto is vorige maand verkeerd gerepareerd."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(late))
    assert state.question.first_event_after_start is False
    found = _same_story_otherwise({"description": late, "state": state.dump()}, "En als ik die module al jaren had?")
    assert found["first_event_after_start"] is True


# ---------------------------------------------------------------- complaints: the bureau's contact, a question inside


def test_the_acknowledgement_gives_the_bureaus_mail_and_phone() -> None:
    said = acknowledgement("KL-2026-000001")
    assert "klachtenbureau@ARAG.nl" in said and "434 24 20" in said


def test_a_question_inside_a_complaint_gets_its_answer() -> None:
    dispatcher = CollectingDispatcher()
    _question_in_the_complaint(
        "Belachelijk hoe jullie jurist mijn zaak afsluit: geen redelijke kans van slagen, zegt hij. Ik ben het daar "
        "niet mee eens. Wat kan ik doen?",
        dispatcher,
    )
    assert dispatcher.messages and "scheidsrechter" in dispatcher.messages[0]["text"]
    quiet = CollectingDispatcher()
    _question_in_the_complaint("Wat een slechte service, niemand belt terug.", quiet)
    assert not quiet.messages


# ---------------------------------------------------------------- rounds 154-156 (after their first run)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # C&W 2a: photos of the customer spread by an ex who never lived with them (no 3g, no 11o)
        (
            "Mijn ex-vriendin heeft na de breuk video's van mij zonder toestemming in een whatsappgroep gezet. We woonden "
            "nooit samen.",
            "onrechtmatige_daad",
        ),
        # a thing's value in brackets is no money lent (no 3f)
        ("Mijn broer heeft mijn drone (900 euro) geleend en teruggebracht met een kapotte propeller.", None),
    ],
)
def test_readings_154(text: str, kind: str | None) -> None:
    found = dialogue.facts_in_description(text).get("conflict")
    assert found == kind if kind else found != "geld_uitgeleend"


def test_a_parent_killed_leaves_the_children_as_survivors() -> None:
    first = conversation.coverage_first(
        "Onze moeder is vorig jaar omgekomen toen een automobilist haar op het zebrapad schepte. Kunnen wij als kinderen "
        "schadevergoeding eisen via haar polis met Verkeer?"
    )
    assert first and "nabestaanden" in first


def test_a_business_registered_at_the_chamber_is_business() -> None:
    assert parse_role("Ik heb een klusbedrijfje (ingeschreven bij de KvK) en een klant betaalt niet.") == "zakelijk"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the total told with the extra ("met verzendkosten erbij was het 189"), never with interest (11g)
        ("De jas kostte 160 euro, met de verzendkosten erbij was het 185.", Decimal("185")),
        ("De rekening was 150 euro, met rente erbij is het 290.", Decimal("150")),
    ],
)
def test_the_total_with_an_extra(text: str, amount: Decimal) -> None:
    assert amount_in_text(text) == amount


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # round 163: the rule ARAG applied, after the acknowledgement of a complaint about the decision
        ("Jullie hebben mijn zaak afgewezen omdat het bedrag te klein zou zijn, 150 euro. Belachelijk.", "175"),
        ("ARAG weigert dat ik mijn eigen advocaat neem. Dat vind ik schandalig.", "gerechtelijke of administratieve"),
        ("Jullie keren me 400 euro uit in plaats van mijn zaak te voeren. Ik voel me afgescheept.", "schade vergoeden"),
    ],
)
def test_a_complaint_about_a_decision_gets_the_rule_applied(text: str, said: str) -> None:
    dispatcher = CollectingDispatcher()
    _question_in_the_complaint(text, dispatcher)
    assert dispatcher.messages and said in dispatcher.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Jullie zeggen dat ik geen hulp krijg omdat de ruzie al 'speelde' voordat ik klant werd. Schandalig.",
            "wachttijd",
        ),
        (
            "Jullie wilden me niet helpen bij de strafzaak. Nu ben ik vrijgesproken. Wat een slechte service.",
            "vrijspreekt",
        ),
    ],
)
def test_the_rule_of_more_decisions(text: str, said: str) -> None:
    dispatcher = CollectingDispatcher()
    _question_in_the_complaint(text, dispatcher)
    assert dispatcher.messages and said in dispatcher.messages[0]["text"]
