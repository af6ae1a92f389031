"""Rounds 150-153 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
Coverage stories were registered as complaints when the other side's shop ("de zaak"), app, mail or silence ("geen
reactie") was read as ARAG's, or when a clinic's name was a compound ("laserkliniek"); a sigh before a question what is
left ("jammer. kan ik ergens korting krijgen") was one too. ARAG's own file and silence stay complaints."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed

from bot.components.complaint_rules_cleared import _asks_what_is_left_out, asks_what_is_left
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # the shop that sold the thing ("de zaak")
        "Mijn bank is na drie maanden nog niet geleverd en de zaak zegt dat de fabriek failliet is. Ik betaalde 1.200 euro.",
        # the other side's silence
        "Mijn tegoed bij een online casino van 2.500 euro is geblokkeerd. Al vier weken geen reactie op mijn mails.",
        # the other side's app
        "Ik huurde via een app een elektrische scooter en nu rekenen ze 300 euro voor schade die er al was.",
        # a clinic by its compound name
        "Bij een ooglaserkliniek is mijn behandeling mislukt, ik zie slechter dan ervoor en ze doen niets.",
        # evidence quoted in brackets
        "500 euro heeft mijn buurjongen van me geleend, met een berichtje als bewijs ('je krijgt het echt terug'). Hij "
        "betaalt niet.",
    ],
)
def test_a_story_of_someone_elses_shop_app_or_silence_is_no_complaint(text: str) -> None:
    assert coverage_story(text)


@pytest.mark.parametrize(
    "text",
    [
        # ARAG's file: "mijn zaak" stays ARAG's
        "Mijn zaak tegen de aannemer loopt al maanden en nog steeds geen reactie.",
        # reported to ARAG: the silence is ARAG's
        "Ik heb mijn ruzie met de verhuurder gemeld en al drie weken geen reactie.",
    ],
)
def test_arags_file_and_silence_stay_a_complaint(text: str) -> None:
    assert not coverage_story(text)


@pytest.mark.parametrize(
    "text",
    [
        "jammer. kan ik wel ergens korting krijgen op een advocaat",
        "Helaas. Kan ik dan op een andere manier juridische hulp krijgen?",
    ],
)
def test_a_sigh_before_asking_what_is_left_is_no_complaint(text: str) -> None:
    assert asks_what_is_left(text)


def test_a_sigh_with_blame_stays() -> None:
    assert not asks_what_is_left("Jammer. Jullie zijn waardeloos, kan ik korting krijgen?")
    # the classifier's complaint on a story of the shop is cleared
    found = routed(
        "Mijn nieuwe bank is nooit geleverd en de zaak zegt dat de fabriek failliet is.", "check_coverage", "complaint"
    )
    assert found["detection"]["decision"] == "none", found


@pytest.mark.parametrize(
    "text",
    ["Wat vergoeden jullie eigenlijk nooit?", "Welke kosten betalen jullie niet? Graag een overzicht."],
)
def test_asking_what_is_never_covered_is_no_complaint(text: str) -> None:
    # round 160: art. 11's list asked for; "nooit" is the rule asked about
    found = routed(text, "faq_not_covered", "complaint")
    assert found["detection"]["decision"] == "none", found


def test_asking_what_is_never_covered_with_blame_or_sarcasm_is_not_cleared_as_such() -> None:
    assert not _asks_what_is_left_out("Wat vergoeden jullie eigenlijk nooit, waardeloze club?")
    assert not _asks_what_is_left_out("Wat doen jullie nou nooit eens goed?")


# ---------------------------------------------------------------- rounds 161-163
@pytest.mark.parametrize(
    "text",
    [
        # ARAG ruled out in so many words, and the other insurer's handlers
        "Mijn reisverzekeraar (dus niet jullie) wil de annulering niet vergoeden. Ik krijg er steeds een andere behandelaar "
        "aan de lijn. Valt zo'n ruzie onder mijn rechtsbijstand?",
        # the policy told as "Jullie verzekering heb ik" or "Verkeer bij jullie"
        "Mijn baas wil me ontslaan. Jullie polis heb ik sinds vorig jaar. Ik ben zo kwaad op die man, helpen jullie me?",
        "Vorige maand reed iemand achter op mijn auto en zijn verzekeraar betaalt niet. Ik heb Verkeer bij jullie.",
        # the complaint to the other side ("op onze klacht ook niet")
        "Het reisbureau heeft onze vlucht geschrapt en betaalt niets terug. Op onze mails reageren ze niet, op onze klacht "
        "ook niet. Ik ben woedend op dat bureau.",
    ],
)
def test_anger_at_someone_else_is_no_complaint(text: str) -> None:
    assert coverage_story(text)


def test_arags_own_handler_stays_arags() -> None:
    assert not coverage_story(
        "Mijn huurbaas doet niks aan de lekkage. Mijn behandelaar bij jullie reageert al weken niet. Ben ik verzekerd?"
    )


def test_a_complaint_filed_with_the_other_side_and_not_with_arag_is_no_complaint() -> None:
    assert coverage_story(
        "Mijn energieleverancier rekent ineens 80 euro per maand meer. Ik heb al een klacht ingediend, bij hen dus, niet bij "
        "jullie. Kan ik daar iets tegen doen?"
    )
