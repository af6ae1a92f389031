"""Issue 11, round 9. A complaint in one sentence of a longer message is not diluted by the rest
(detector._by_sentence), while a sentence about the opponent, or the question about cover, never makes
the message a complaint. Plain questions about the premium and cancelling are no complaint
(registers5.txt), and a story that names the customer's modules is a coverage story (target.py)."""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import ABOUT_OPPONENT, SENTENCE_REASON, ComplaintDetector


@pytest.mark.parametrize(
    "text",
    [
        # dissatisfaction with ARAG's service, then an unrelated question or remark
        "Ik zit hier al een kwartier te wachten en het schiet niet op. Hoeveel eigen risico heb ik eigenlijk?",
        "Ik voel me totaal niet serieus genomen. Wat is jullie adres?",
        "Niemand weet hier wat er met mijn dossier gebeurt. Hoe laat zijn jullie open?",
    ],
)
def test_a_complaining_sentence_in_a_longer_message_is_heard(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision == "complaint" and SENTENCE_REASON in d.reasons, d


@pytest.mark.parametrize(
    "text",
    [
        # the anger is about the opponent: the coverage question decides (target.py)
        "De loodgieter heeft er een zooitje van gemaakt. Ik ben woedend en teleurgesteld. Dekt mijn polis dit?",
        "Onze verhuurder doet niks aan de schimmel. Het is echt schandalig. Kunnen jullie ons helpen?",
        # a question about cover alone, in several sentences
        "Goedemiddag. Ik heb een vraag over mijn polis. Valt een verbouwing onder Consument en Wonen?",
        "Ik heb een bezwaar tegen de gemeente. Valt een bezwaar daartegen onder mijn polis? Kunnen jullie een bezwaar voor me voeren?",
        # the conflict told before a question about cover; the opponent named as "een klant"
        "Ik werk als zelfstandig fotograaf en een klant weigert al maanden te betalen. Kan ik dat via mijn verzekering laten regelen?",
        "Wij gaan met de hele straat in bezwaar tegen de kap van de bomen in het park. Betalen jullie de kosten?",
        # praise in several sentences
        "Bedankt voor de snelle hulp! Ik ben heel tevreden. Tot ziens.",
    ],
)
def test_sentences_about_the_opponent_or_asking_about_cover_are_no_complaint(
    detector: ComplaintDetector, text: str
) -> None:
    d = detector.detect(text)
    assert d.decision != "complaint" and SENTENCE_REASON not in d.reasons, d


def test_the_sentence_path_is_the_same_in_batches(detector: ComplaintDetector) -> None:
    texts = [
        "Ik zit hier al een kwartier te wachten en het schiet niet op. Hoeveel eigen risico heb ik eigenlijk?",
        "De loodgieter heeft er een zooitje van gemaakt. Ik ben woedend. Dekt mijn polis dit?",
        None,
        "kort",
    ]
    assert [d.decision for d in detector.detect_many(texts)] == [detector.detect(t).decision for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        "Hoe zeg ik mijn polis op en wordt de premie in 2027 duurder?",
        "stijgt de premie als ik de module Verkeer erbij neem?",
        "Tot wanneer moet ik premie betalen als ik nu opzeg?",
    ],
)
def test_plain_questions_about_premium_and_cancelling_are_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "complaint", detector.detect(text)


def test_a_premium_rise_told_with_dissatisfaction_stays_a_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect("Weer een hogere premie en geen enkele uitleg, ik vind het echt niet kunnen.").complaint


@pytest.mark.parametrize(
    "text",
    [
        "De schilder reageert nergens meer op en het werk is half af, echt schandalig. Ik heb Consument en Wonen.",
        "My employer hasn't paid me for weeks and ignores my calls, unbelievable. I have Consument & Wonen and Inkomen.",
    ],
)
def test_anger_at_the_opponent_in_a_story_that_names_the_modules_is_no_sure_complaint(
    detector: ComplaintDetector, text: str
) -> None:
    assert detector.detect(text).decision != "complaint", detector.detect(text)


def test_not_called_back_about_my_case_against_the_opponent_is_a_complaint(detector: ComplaintDetector) -> None:
    # "gebeld over mijn zaak tegen de verhuurder": the case ARAG handles; the opponent only names it
    d = detector.detect(
        "Ik heb twee keer gemaild over mijn zaak tegen de aannemer en ben nooit teruggebeld. Wanneer hoor ik iets?"
    )
    assert d.complaint, d


def test_a_new_case_whose_opponent_does_not_call_back_is_no_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect("mijn zaak tegen de garage: hij belt nooit terug, ben ik verzekerd?").decision != "complaint"


def test_a_conditional_question_with_kunnen_is_hypothetical(detector: ComplaintDetector) -> None:
    text = "Als ik de module Verkeer nu bijsluit, kunnen jullie dan iets doen aan het gedoe met die automonteur?"
    assert detector.detect(text).decision == "none"


def test_a_conditional_statement_with_kunnen_stays_a_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect(
        "als ik bel kan niemand me iets vertellen, als ik mail, krijgen we nooit antwoord. schandalig"
    ).complaint


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("Hoezo moet ik ineens meer premie betalen? Schandalig!", True),
        ("Ik heb al drie weken niks van mijn behandelaar gehoord. Bizar.", True),
        ("Mijn buurman zet zijn container altijd voor mijn deur. Belachelijk.", False),
    ],
)
def test_a_last_word_of_blame_is_aimed_by_the_party_named_before_it(
    detector: ComplaintDetector, text: str, complaint: bool
) -> None:
    assert detector.detect(text).complaint is complaint, detector.detect(text)


def test_anger_at_arag_staff_by_name_inside_a_conflict_description_is_a_complaint(detector: ComplaintDetector) -> None:
    # the coverage form reads its answers as the conflict description (ABOUT_OPPONENT); naming the
    # jurist still aims the anger at ARAG
    context = ["Ik heb bij jullie een zaak lopen tegen de aannemer.", ABOUT_OPPONENT]
    text = "Mijn jurist is al drie keer een afspraak vergeten en heeft een termijn laten verlopen. Ik vertrouw het niet meer."
    assert detector.detect(text, context).complaint
    assert detector.detect_many([text], context)[0].complaint
    # anger at the opponent while asking ARAG for help stays the description
    assert not detector.detect("Die aannemer is een prutser, kunnen jullie me helpen?", context).complaint


def test_calling_about_my_case_names_arag_in_a_coverage_question(detector: ComplaintDetector) -> None:
    text = "Ik heb al twee keer gemaild over mijn dossier en niemand belt terug. Verder: mijn webshop-bestelling kwam nooit aan, is dat gedekt?"
    assert detector.detect(text).complaint


def test_an_objection_against_another_decision_is_no_sure_complaint(detector: ComplaintDetector) -> None:
    assert not detector.detect("Over vier weken verloopt mijn termijn om bezwaar te maken tegen de gemeente.").complaint
    assert detector.detect("Ik maak bezwaar tegen jullie besluit om mijn zaak te sluiten, dat is onterecht.").complaint


@pytest.mark.parametrize(
    "text",
    [
        # a lost suitcase is no lost case file (cue documenten_kwijt)
        "Mijn tas is tijdens de busreis naar Praag zoekgeraakt. De busmaatschappij biedt maar 80 euro.",
        # "heb ik iets aan mijn polis?" asks about cover; a friend driving is the other party
        "Mijn vriendin reed en een vrachtwagen schampte ons, ik heb nekklachten en lig al weken op de bank. Heb ik iets aan mijn verzekering?",
        # the customer blames themselves
        "Ach, had ik het maar meteen gemeld. Eigen schuld dikke bult.",
    ],
)
def test_lost_luggage_a_friend_driving_and_self_blame_are_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert not detector.detect(text).complaint, detector.detect(text)


def test_lost_papers_and_blame_next_to_self_blame_stay_complaints(detector: ComplaintDetector) -> None:
    assert detector.detect("Jullie zijn mijn bewijsstukken kwijtgeraakt, nu moet ik alles opnieuw opsturen.").complaint
    assert detector.detect(
        "Mijn eigen fout misschien, maar jullie jurist had me echt moeten waarschuwen. Slecht."
    ).complaint


def test_praise_opened_with_ik_wil_even_kwijt_is_no_sure_complaint(detector: ComplaintDetector) -> None:
    # "iets kwijt willen" is getting something off one's chest, not losing papers
    assert not detector.detect(
        "Ik wil even kwijt dat de jurist van ARAG mijn zaak geweldig heeft opgepakt. Dank!"
    ).complaint
