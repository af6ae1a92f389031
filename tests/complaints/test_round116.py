"""Issue 11, fourteenth session: questions about ARAG's rules that are no dissatisfaction (a question how things go
if ..., asking leave to call oneself, a failed premium collection the customer's own account explains), while the
same words with blame stay complaints. New wordings, not the eval sets' lines."""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import ComplaintDetector


@pytest.mark.parametrize(
    "text",
    [
        # how the rules go if ... (art. 17 asked, no disagreement yet)
        "Hoe werkt het eigenlijk als ik het niet eens ben met het advies van jullie jurist?",
        "Wat doe ik als ARAG mijn melding afwijst?",
        # asking leave to call oneself
        "Mag mijn dochter jullie zelf bellen om haar zaak door te geven?",
        "Kunnen we jullie ook zelf bellen in plaats van het formulier?",
        # the customer's own account explains the failed collection (art. 14 asked)
        "De premie kon niet worden afgeschreven, er stond niet genoeg op onze rekening. Ben ik nog verzekerd?",
        "Incasso teruggeboekt wegens onvoldoende saldo, wat moet ik nu doen?",
    ],
)
def test_questions_about_the_rules_are_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "Ik moest weer zelf bellen om te horen hoe het met mijn zaak stond. Belachelijk.",
        "De incasso mislukte omdat er te weinig op mijn rekening stond en nu rekenen jullie 25 euro kosten, echt schandalig!",
        "Jullie jurist wijst alles af en ik ben het daar totaal niet mee eens.",
    ],
)
def test_the_same_words_with_blame_stay_complaints(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "complaint", text


def test_judgements_of_the_handling_are_complaints(detector: ComplaintDetector) -> None:
    # round 121: a judgement of the work itself, and irony at the end of a message about a case that does not move
    assert detector.detect("Mijn ARAG-jurist werkt echt amateuristisch, hij vergat de termijn.").decision != "none"
    assert detector.detect("Twee maanden geleden gemeld en sindsdien geen enkele voortgang. Lekkere service.").complaint
