"""Rounds 171-173 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's
service or decisions. ARAG's refusal told with anger and a formal letter of complaint were missed; a death told with
the deceased's policy was registered as a complaint; art. 17 follows a case ARAG's side finds not feasible."""

from __future__ import annotations

import pytest

from actions.complaints import asks_where_to_file
from bot.components.check_reply import COMPLAINT_ABOUT_THE_WORK, premium_paid_question
from bot.components.complaint_detector import holds_question
from bot.components.complaint_rules_cleared import policy_after_a_death
from bot.components.complaint_rules_service import case_decision_complaint, refusal_complaint
from flexbot.complaints.service_words import ARAG_SIDE
from flexbot.dutch import fold


@pytest.mark.parametrize(
    "text",
    [
        "ARAG heeft mijn verzoek om hulp bij de burenruzie geweigerd. Ik ben ziedend, dit is echt onterecht.",
        "Jullie wijzen mijn zaak af omdat het te laat gemeld zou zijn. Belachelijk!",
    ],
)
def test_arags_refusal_told_with_anger_is_a_complaint(text: str) -> None:
    assert refusal_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente heeft mijn vergunning geweigerd, ik ben woest. Kunnen jullie helpen?",
        "Stel dat jullie mijn claim afwijzen, wat kan ik dan doen?",
    ],
)
def test_a_refusal_by_another_or_supposed_is_none(text: str) -> None:
    assert not refusal_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mijn behandelaar zegt dat een rechtszaak tegen de verhuurder niet haalbaar is. Dat pik ik niet.",
        "De jurist van ARAG ziet onvoldoende kans en wil niet naar de rechter. Ik ben het daar niet mee eens.",
        "Jullie jurist wil dat ik akkoord ga met het voorstel van de verkoper, ik wil naar de rechter.",
    ],
)
def test_arags_view_of_the_case_objected_to_is_art_17(text: str) -> None:
    assert case_decision_complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb al maanden te maken met uw afdeling schadezaken.",
        "Ik wil hierover mijn beklag doen.",
        "Ik heb het twee weken geleden gemeld en ik hoor niets.",
    ],
)
def test_arag_named_in_a_letter_or_a_report_unanswered(text: str) -> None:
    assert ARAG_SIDE.search(fold(text))


def test_a_death_told_with_the_deceaseds_policy_is_no_complaint() -> None:
    text = "Mijn moeder is vorige week verongelukt, een bus reed haar aan. Zij had bij jullie een rechtsbijstandverzekering."
    assert policy_after_a_death(text)


def test_a_death_told_with_arags_silence_stays_a_complaint() -> None:
    text = "Mijn man is overleden. Hij had bij jullie een polis en niemand reageert op mijn mails."
    assert not policy_after_a_death(text)


def test_a_complaint_about_the_customers_own_work_is_not_about_arag() -> None:
    assert COMPLAINT_ABOUT_THE_WORK.search(fold("En als er later een klacht over mijn zzp-werk komt?"))
    assert not COMPLAINT_ABOUT_THE_WORK.search(fold("Ik heb een klacht over jullie jurist."))


def test_paid_late_and_asked_about_what_happened_before() -> None:
    # art. 14: cover again from the day after ARAG received the premium, not for what happened before
    assert premium_paid_question(
        "Ik heb nu toch alles overgemaakt? Geldt het dan alsnog voor de inbraak van vorige week?"
    )


def test_a_sentence_that_tells_what_was_lived_through_asks_nothing() -> None:
    # "Wat ik ... heb meegemaakt" tells; "Wat kan ik doen" asks
    assert not holds_question("Wat wij met uw medewerkers hebben meegemaakt is ongehoord. Ik dien een klacht in.")
    assert holds_question("Wat kan ik nu nog doen")


def test_a_formal_complaint_by_letter_gets_the_bureaus_address() -> None:
    assert asks_where_to_file("Ik wil formeel mijn beklag doen over de behandeling, graag per post.")


def test_a_letter_after_a_death_asking_about_the_policy_is_no_complaint() -> None:
    # art. 15; a letter is longer than a chat message, with a greeting and a closing
    text = (
        "Geachte heer, mevrouw,\n\nVorige maand is mijn vrouw Anneke na een lange ziekte overleden. In haar map vond ik de "
        "polis van de Flexpolis, die op haar naam staat. Ik begrijp niet goed wat ik daarmee moet doen. Ben ik nog "
        "verzekerd of moet ik iets regelen?\n\nMet vriendelijke groet,\nJ. de Vries"
    )
    assert policy_after_a_death(text)


def test_a_settlement_disagreement_asked_ahead_is_no_complaint() -> None:
    # art. 17 asked ahead: "als we het niet eens worden"
    assert not case_decision_complaint(
        "Mijn jurist wil dat ik akkoord ga met een schikking van 900 euro. Wat gebeurt er als we het niet eens worden?"
    )
