"""Round 138: anger at ARAG's own handling told beside a question how ARAG's help works.

"Jullie hebben mijn zaak verprutst. Mag ik nu zelf een advocaat kiezen?" was `none`: the question
pulled the whole message down and the sentence alone was only `ask`. A complaint about ARAG's
handling is a complaint whatever is asked beside it; the same story about an opponent is not.
"""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import ComplaintDetector


@pytest.mark.parametrize(
    "text",
    [
        "Jullie hebben mijn zaak verprutst. Mag ik nu zelf een advocaat kiezen?",
        "Jullie reageren niet meer op mijn mails. Mag ik een eigen advocaat kiezen?",
        "Mijn jurist heeft alles laten liggen en nu is het te laat. Kan ik van jurist wisselen?",
        "De behandelaar heeft het compleet verknald. Wat kost het als ik zelf een advocaat neem?",
        "jullie reageerden gewoon niet op de brief van de rechtbank",
    ],
)
def test_arags_handling_spoiled_is_a_complaint_beside_a_question(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "complaint"
    assert detector.detect_many([text])[0].decision == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "De aannemer heeft mijn badkamer verprutst. Ben ik verzekerd?",
        "Mijn buren reageren niet op mijn brieven. Mag ik een eigen advocaat kiezen?",
        "Jullie zeiden dat de garage de reparatie heeft verprutst, klopt dat?",
        "Als jullie niet reageren binnen twee weken, mag ik dan zelf een advocaat nemen?",
    ],
)
def test_the_same_words_about_an_opponent_or_an_if_are_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "complaint"


def test_a_sentence_about_arag_that_alone_asks_raises_a_none_to_ask(detector: ComplaintDetector) -> None:
    # alone "ask" (the classifier is unsure): beside a plain question the message is no longer `none`
    text = "Mijn dossierbehandelaar is al drie keer van gedachten veranderd. Hoe lang duurt een zaak meestal?"
    assert detector.detect(text).decision in ("ask", "complaint")


def test_a_doubt_about_arags_handler_beside_a_question_is_asked(detector: ComplaintDetector) -> None:
    # alone `ask`; the plain question beside it made the whole message `none`
    assert detector.detect("Mijn behandelaar komt niet voor mij op. Kan ik wisselen?").decision == "ask"
    # a neutral sentence about the policy beside a question stays `none`
    assert detector.detect("Ik heb mijn polis net gevonden. Staat Verkeer erop?").decision == "none"
    # praise of ARAG's side is no doubt to ask about
    assert detector.detect("The jurist you sent me was fantastic, we won. Can I ask for her again?").decision == "none"


@pytest.mark.parametrize(
    "text",
    [
        # the word introduces its party: the trouble is with the neighbours, the question is a plain one
        "Ik heb een melding gedaan, ellende met mijn verhuurder. Wanneer hoor ik van jullie?",
        "Zaak net aangemeld (heibel met de buren over de heg). Hoe snel reageren jullie meestal?",
    ],
)
def test_trouble_with_a_named_party_beside_a_reported_case_is_no_complaint(
    detector: ComplaintDetector, text: str
) -> None:
    assert detector.detect(text).decision == "none"


def test_trouble_with_arags_side_stays_a_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect("Ik heb gedoe met jullie jurist over mijn zaak tegen de buren.").decision == "complaint"


def test_the_customers_own_forgotten_premium_is_no_complaint(detector: ComplaintDetector) -> None:
    # round 141: the reminder from ARAG followed the customer's own forgetting; the question is about cover (art. 14)
    text = "Ik was vergeten de premie te betalen en kreeg vorige week een betalingsherinnering van jullie. Ben ik nog gedekt?"
    assert detector.detect(text).decision == "none"
    # anger at how the reminder came stays dissatisfaction
    assert (
        detector.detect(
            "Ik was vergeten te betalen en nu sturen jullie meteen een dreigende aanmaning, schandalig."
        ).decision
        == "complaint"
    )


def test_what_the_policy_says_read_out_is_no_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect("Even nagekeken: op mijn polis staat alleenstaand.").decision == "none"
    assert detector.detect("Op de polis staat dat ik alleenstaand ben, klopt dat?").decision == "none"


def test_the_customers_own_omission_and_a_help_asked_verb_first_are_no_complaint(detector: ComplaintDetector) -> None:
    assert detector.detect("Ik had jullie eerst niet ingeschakeld, ik wist niet dat het moest.").decision == "none"
    story = (
        "De politie denkt dat ik in de supermarkt iets heb gestolen, maar ik heb betaald en mijn bon is weg. "
        "Regelen jullie een advocaat?"
    )
    assert detector.detect(story).decision != "complaint"
    # not calling back is ARAG's omission
    assert detector.detect("Ik had jullie al drie keer gebeld en niemand nam op.").decision == "complaint"


def test_they_do_not_answer_is_the_opponent_unless_arag_is_named(detector: ComplaintDetector) -> None:
    # "ze reageren niet" after a shop or a train company is about them; "jullie reageren niet" is about ARAG
    assert (
        detector.detect("Mijn vlucht is geannuleerd, 300 euro, en ze reageren niet op mijn mails.").decision
        != "complaint"
    )
    assert detector.detect("Waarom reageren jullie nooit op mijn brieven?").decision == "complaint"


def test_your_colleague_is_arags_side(detector: ComplaintDetector) -> None:
    # round 141: "jullie collega" is ARAG's staff, not a colleague of the customer (a third party)
    text = "Uw collega zei aan de telefoon dat ik niet verzekerd was. Dat klopte dus niet, ik ben er niet blij mee."
    assert detector.detect(text).decision == "complaint"
    assert detector.detect(text, "derde").decision == "complaint"
