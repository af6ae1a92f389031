"""Rounds 157-160 (issue 11): stories of someone else read as complaints about ARAG. Seeds 000/001: a complaint is
dissatisfaction with ARAG's service. A tradesman by his compound name ("de tegelzetter"), the wrongdoer ("de dader"), a
letter that tells a loan to a relative and then says "hij reageert niet meer", an employer's HR, and a question what would
happen if the other side acts, told after a plain fact, are no complaints; ARAG's own silence stays one."""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import ComplaintDetector


@pytest.mark.parametrize(
    "text",
    [
        # a trade by its compound name
        "Wie betaalt het rapport als ik moet aantonen dat de tegelzetter er een puinhoop van heeft gemaakt?",
        # the wrongdoer
        "Iemand heeft mijn fiets vernield, de dader is bekend maar reageert niet op mijn berichten. Helpen jullie?",
        # "hij" after a relative named in the sentences before
        "Mijn zwager heeft in 2022 5.000 euro van mij geleend voor zijn auto. Er is niets terugbetaald en hij reageert "
        "niet meer op mijn brieven. Ik verzoek u mij bij te staan.",
        # the employer's HR
        "Een collega heeft mij bij de vertrouwenspersoon beschuldigd. Onzin, maar HR neemt het heel serieus.",
        # a plain fact, then what happens if the other side acts
        "Ik werk drie dagen per week bij een zorginstelling. Als die mijn contract niet verlengt, staan jullie dan voor me klaar?",
    ],
)
def test_someone_elses_story_is_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb mijn zaak drie weken geleden bij jullie gemeld. Hij reageert niet meer op mijn mails.",
        "Mijn jurist heeft niks gedaan. Als ik een klacht indien, wat gebeurt er dan?",
        "Ik heb jullie drie keer gebeld. Als niemand terugbelt, wat dan?",
    ],
)
def test_arags_silence_stays_a_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "complaint"


def test_arags_refusal_disputed_is_a_complaint(detector: ComplaintDetector) -> None:
    text = "Jullie vergoeden de expert niet, terwijl jullie jurist er zelf om vroeg. Ik wil dat iemand anders hiernaar kijkt."
    assert detector.detect(text).decision == "complaint"


def test_the_silence_of_a_place_named_before_is_not_arags(detector: ComplaintDetector) -> None:
    text = "de sportschool int nog steeds contributie na mijn opzegging. niemand neemt daar op en mijn mails worden genegeerd"
    assert "geen_reactie" not in detector.detect(text).reasons
