"""Round 47 routings (issue 11), in new wordings. Seeds 000/001 (Klachtenbeleid, "Wat is een klacht?"): every
expression of dissatisfaction with ARAG's service is a complaint, "ook wanneer deze direct wordt opgelost"; anger at
someone else is not. So an app or platform, the CJIB or a pension fund that leaves the customer's letters unanswered is
the other party of a coverage question; a question about a premium reminder asks seed 004 art. 14; ARAG's own letter
about the case with errors and a word of blame, and the jurist handling the case who decides without the customer,
are complaints for the Klachtenbureau (art. 20; art. 5: another handler may be asked for)."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed as _routed

from bot.components import complaint_intent as ci
from bot.components.complaint_rules_policy import premium_reminder_question
from bot.components.complaint_rules_service import errors_in_arag_papers, no_rapport_with_handler
from bot.components.third_party import ARAG_SIDE, OTHER_SIDE, coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: the delivery app is the other party; seed 004 Module Inkomen, which the coverage check answers
        "Ik fiets voor een boodschappenbezorgapp en zonder enige uitleg is mijn profiel geblokkeerd. Heb Inkomen bij "
        "jullie, kan ik daar wat mee?",
        # seed 000: a platform the customer works through is the other party (seed 004 Module Inkomen)
        "Het klusplatform waar ik opdrachten via krijg heeft mijn account verwijderd na een slechte review. Ik heb "
        "Inkomen. Kunnen jullie helpen?",
        # seed 000: a fine of the authorities disputed, help asked; seed 004 art. 12 (strafbare zaken)
        "Er kwam een beschikking van 180 euro voor 19 km/u te hard op de N50, maar mijn auto stond die dag bij de "
        "garage. Kunnen jullie het bezwaar voor me indienen?",
        # seed 000: the pension fund leaves the letters unanswered, not ARAG; seed 004 Inkomen 2e (pensioenaanspraken)
        "Mijn pensioenuitvoerder heeft mijn jaren in het buitenland vergeten en op mijn brieven komt geen reactie. "
        "Hebben jullie iemand die verstand heeft van pensioenrecht?",
    ],
)
def test_an_app_a_fine_or_a_pension_fund_is_the_other_side(text: str) -> None:
    assert coverage_story(text)
    routed = _routed(text, "check_coverage", "complaint", question=True)
    assert routed["detection"]["decision"] == "none", routed  # type: ignore[index]
    assert routed["intent"] == "check_coverage"


def test_a_speed_and_arags_own_app_are_read_right() -> None:
    # seed 000: "km/u" is no "u" of ARAG; "jullie app" stays ARAG's own service
    assert not ARAG_SIDE.search("voor 28 km/u te hard")
    assert not OTHER_SIDE.search("jullie app doet het niet")
    assert not OTHER_SIDE.search("alle stukken heb ik ter beschikking gesteld")
    assert not coverage_story(
        "De app van jullie werkt al dagen niet, belachelijk. Kan ik mijn zaak ook per mail melden?"
    )
    # seed 000: letters unanswered by ARAG ("van jullie") stay ARAG's service
    assert not coverage_story("Op mijn brieven komt geen reactie van jullie, schandalig. Kunnen jullie helpen?")


@pytest.mark.parametrize(
    "text",
    [
        # seed 004 art. 14 (a reminder, then 15 days before the cover stops); no dissatisfaction (seed 000)
        "Ik kreeg een aanmaning voor mijn premie terwijl ik in het buitenland zat. Ben ik nog gedekt?",
        "Betalingsherinnering voor de premie gemist door de verhuizing. Ben ik nu onverzekerd?",
    ],
)
def test_a_premium_reminder_question_is_no_complaint(text: str) -> None:
    assert premium_reminder_question(text)
    routed = _routed(text, "nlu_fallback", "complaint", question=True)
    assert routed["detection"]["decision"] == "none", routed  # type: ignore[index]
    assert routed["intent"] == "faq_premium"


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: a reminder the customer finds wrong is dissatisfaction with ARAG's administration
        "Jullie sturen een aanmaning voor de premie terwijl ik allang betaald heb. Waarom?",
        # seed 000: a word of blame
        "Weer een herinnering voor de premie, belachelijk, ben ik nou verzekerd of niet?",
    ],
)
def test_a_premium_reminder_with_blame_is_left_to_the_detector(text: str) -> None:
    assert not premium_reminder_question(text)


@pytest.mark.parametrize(
    "text",
    [
        # seeds 000/001: ARAG's report of the case with errors, "slordig": a complaint for the Klachtenbureau (art. 20)
        "In het verslag van mijn jurist staat dat ik akkoord ging, wat ik nooit gezegd heb, en mijn adres klopt ook "
        "niet. Erg slordig.",
        # seeds 000/001: the letter ARAG sent with errors, "onzorgvuldig"
        "De brief die jullie naar de wederpartij stuurden zat vol fouten: verkeerd kenteken en een verkeerde "
        "schadedatum. Heel onzorgvuldig.",
        # seeds 000/001: "de brief over mijn zaak" (ARAG's) with errors and blame
        "De brief over mijn huurzaak noemt de verkeerde verhuurder en het verkeerde adres. Niet eens nagelezen zeker.",
    ],
)
def test_errors_in_arags_letter_about_the_case_are_a_complaint(text: str) -> None:
    assert errors_in_arag_papers(text)
    routed = _routed(text, "inform", "none")
    assert routed["detection"]["decision"] == "complaint", routed  # type: ignore[index]
    assert routed["detection"]["question"] is False  # type: ignore[index]
    assert routed["intent"] == ci.COMPLAIN


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: the other side's letter is theirs
        "De brief van de tegenpartij over mijn zaak bevat een verkeerde datum, slordig. Kan ik daar iets mee?",
        # seed 000: errors without a word of blame ask for a correction only
        "In de brief over mijn zaak staat een verkeerde datum, het was 4 mei.",
    ],
)
def test_errors_of_another_or_without_blame_are_no_such_complaint(text: str) -> None:
    assert not errors_in_arag_papers(text)


@pytest.mark.parametrize(
    "text",
    [
        # seeds 000/001 and art. 5 (another handler may be asked for): the jurist of the customer's case decides alone
        "De behandelaar die mijn letselschadezaak behandelt beslist alles zonder overleg en luistert niet naar mij.",
        # seeds 000/001: working together fails with ARAG's jurist of the case
        "Met de jurist die mijn huurzaak heeft gaat het samenwerken echt niet. Ze neemt beslissingen zonder mij.",
    ],
)
def test_the_jurist_of_the_case_deciding_alone_is_a_complaint(text: str) -> None:
    assert no_rapport_with_handler(text)
    routed = _routed(text, "faq_after_report", "ask")
    assert routed["detection"]["decision"] == "complaint", routed  # type: ignore[index]
    assert "intent:behandelaar" in routed["detection"]["reasons"]  # type: ignore[index]
    assert routed["intent"] == ci.COMPLAIN


def test_the_other_sides_lawyer_deciding_alone_is_not_arags() -> None:
    # seed 000: the lawyer of the other side is no handler of ARAG's
    assert not no_rapport_with_handler("Zijn advocaat neemt beslissingen zonder mij en luistert niet.")
