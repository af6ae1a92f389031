"""Round 60 routings (issue 11), in new wordings. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
Three shapes read as complaints by the detector's classifier tell no dissatisfaction at all: a fact told right after an
answer (when a letter came, what the customer did), a rule read on ARAG's site or in the conditions and asked about, and
a third party's words quoted after "appt me:". Blame or ARAG's service in the same shapes keeps the complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import after_an_answer, after_verdict, routed

from bot.components.complaint_rules_cleared import plain_fact
from bot.components.third_party import quoted_speech_blanked
from flexbot.dutch import fold

ART_12 = (
    "Wordt u verdacht van een strafbaar feit, dan ... meld die beslissing binnen 1 maand. (art. 12 Algemene regels)"
)


@pytest.mark.parametrize(
    "text",
    [
        "De beschikking van het OM kwam twee weken geleden binnen.",
        "Ik heb die aanmaning op 3 maart gekregen en er nog niks mee gedaan.",
        "De dagvaarding viel gisteren in de bus.",
    ],
)
def test_a_fact_told_after_an_answer_is_no_complaint(text: str) -> None:
    assert plain_fact(text)
    found = routed(text, "inform", "complaint", context=after_an_answer(ART_12))
    assert found["detection"]["decision"] == "none", found
    assert found["intent"] == "inform"
    assert routed(text, "inform", "complaint", context=after_verdict())["detection"]["decision"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb drie weken geleden gebeld en niemand belt terug.",  # ARAG's service
        "Twee weken geleden mijn papieren gestuurd en nog steeds niks gehoord.",  # waiting, a word of dissatisfaction
        "Jullie brief van vorige week klopt niet.",  # ARAG named
        "Die uitspraak van gisteren vind ik onredelijk!",  # displeasure
    ],
)
def test_dissatisfaction_in_the_same_shape_stays(text: str) -> None:
    assert not plain_fact(text)


def test_a_fact_without_an_answer_before_keeps_the_detection() -> None:
    found = routed("De brief kwam twee weken geleden.", "inform", "complaint", context=None)
    assert found["detection"]["decision"] == "complaint"


def test_a_rule_read_on_the_site_asked_about_is_no_complaint() -> None:
    # art. 11g: "Op jullie website zag ik iets over een minimumbedrag. Telt dat bij mij ook?"
    text = "Op jullie website zag ik iets over een minimumbedrag van 175 euro. Telt dat bij mij ook?"
    found = routed(text, "faq_minimum", "complaint", question=True, confidence=0.6)
    assert found["detection"]["decision"] == "none", found
    blamed = "Op jullie website zag ik iets over 175 euro, wat een onzin. Telt dat bij mij ook?"
    assert routed(blamed, "faq_minimum", "complaint", question=True, confidence=0.6)["detection"]["decision"] != "none"


def test_a_third_partys_words_after_appt_me_are_blanked() -> None:
    text = fold(
        "Mijn zwager appt me: 'jij krijgt die 800 euro nooit meer terug.' Ik had het hem alleen geleend."
    ).lower()
    assert "nooit" not in quoted_speech_blanked(text)


def test_a_tuchtklacht_asked_with_staan_jullie_mij_bij() -> None:
    # Inkomen 2c: a complaint against the customer's work; "Staan jullie mij bij?" asks about cover, names no service
    from bot.components.complaint_rules_cleared import complaint_against_customer

    assert complaint_against_customer(
        "Een cliënt heeft een klacht tegen mij ingediend bij het tuchtcollege voor fysiotherapeuten. Staan jullie mij bij?"
    )


def test_a_reproach_put_as_a_question_is_no_question() -> None:
    from bot.components.complaint_detector import holds_question

    assert not holds_question("Mijn jurist belt al weken niet terug. Ik ben het zat, dat kan toch niet?")
    assert holds_question("Mijn jurist belt al weken niet terug. Ben ik ook verzekerd voor een burenruzie?")


def test_the_modules_told_after_an_answer_are_no_complaint() -> None:
    from bot.components.complaint_rules_cleared import modules_told

    assert modules_told("Ik heb Consument & Wonen bij jullie.")
    found = routed("Ik heb Inkomen bij jullie.", "inform", "ask", context=after_verdict())
    assert found["detection"]["decision"] == "none", found
    assert not modules_told("Ik heb Verkeer bij jullie, en wat een slechte service.")


def test_round_61_stories_are_no_complaints() -> None:
    # seeds 000/001: an agency's words quoted ("het bureau zegt '...'"), the customer's own liability insurer, a premium
    # and conditions changed asked about (art. 16): no dissatisfaction with ARAG's service
    from bot.components.complaint_rules_policy import premium_rise_question
    from bot.components.third_party import NOT_ARAG, coverage_story

    assert coverage_story(
        "Ik werk via een uitzendbureau. Het bureau zegt 'je krijgt geen toeslag', maar dat staat in mijn cao. Kan de "
        "rechtsbijstand mij helpen?"
    )
    assert NOT_ARAG.search("mijn aansprakelijkheidsverzekering betaalt niet")
    assert premium_rise_question("Brief gehad: nieuwe premie en voorwaarden vanaf juli. Mag ik dan opzeggen?")


def test_a_disagreement_asked_ahead_is_art_17() -> None:
    # art. 17: "what if I disagree with your jurist later?" asks the rule (the arbitrator), no dissatisfaction yet
    from bot.components.complaint_rules_cleared import disagreement_asked_ahead

    text = "Wat als ik het straks met de jurist van jullie niet eens ben over de aanpak?"
    assert disagreement_asked_ahead(text)
    found = routed(text, "faq_complaints", "complaint", question=True)
    assert found["detection"]["decision"] == "none" and found["intent"] == "faq_disagreement", found
    assert not disagreement_asked_ahead("Ik ben het niet eens met jullie jurist, belachelijk hoe hij het aanpakt.")


def test_a_fact_about_the_customers_work_after_an_answer() -> None:
    # round 62: "het is echt meer een hobby, ik verdien er bijna niks aan" after the verdict on a side business
    assert plain_fact("Het is meer een hobby hoor, ik verdien er bijna niks mee.")
    assert not plain_fact("Ik verdien niks omdat jullie niks doen.")


# Round 63: a relative's cover named with ARAG as the insurer ("zij heeft consument & wonen bij jullie") in a question
# about the tax office's assessment: a third party's conflict asked about, no complaint about ARAG.
@pytest.mark.parametrize(
    "text",
    [
        "ik doe de post van mn vader. de gemeente stuurt hem een aanslag die echt nie klopt. hij heeft consument & wonen "
        "bij jullie. kunnen jullie bezwaar maken?",
        "Mijn moeder krijgt van het waterschap een veel te hoge aanslag. Zij heeft Consument en Wonen bij jullie, kunnen "
        "jullie haar helpen?",
    ],
)
def test_a_relatives_modules_at_arag_in_a_coverage_question_is_no_complaint(text: str) -> None:
    assert routed(text, "check_coverage", "complaint", question=True)["detection"]["decision"] == "none"


# Round 64: a death and the policy in the deceased's name (art. 15), a question where to report first (art. 7), and a
# named party that does not answer mails: no complaint about ARAG. Blame of ARAG in the same shapes stays one.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Mijn vrouw is vorige maand overleden. De polis stond op haar naam.", "faq_start_change_end"),
        (
            "De termijn voor bezwaar is zes weken. Kan ik het nu al bij jullie melden of eerst zelf bezwaar maken?",
            "faq_report",
        ),
        (
            "Ik liet in Antwerpen mijn tanden bleken, nu heb ik pijn en de tandarts reageert niet meer op mijn mails.",
            "complain",
        ),
    ],
)
def test_no_complaint_about_arag_in_these(text: str, intent: str) -> None:
    assert routed(text, intent, "complaint")["detection"]["decision"] == "none"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Mijn man is overleden en jullie hebben zijn polis zomaar stopgezet, schandalig.", "complain"),
        ("Moet ik het nou wéér bij jullie melden? Ik heb al drie keer gebeld!", "faq_report"),
        ("Ik heb een zaak bij jullie en de behandelaar reageert niet meer op mijn mails.", "complain"),
    ],
)
def test_blame_of_arag_stays_a_complaint(text: str, intent: str) -> None:
    assert routed(text, intent, "complaint")["detection"]["decision"] == "complaint"


# Round 66: coverage asked in other words ("Dat is vast te weinig voor jullie?", "Ik dacht dat ik met jullie
# Inkomen-module goed zat?", "Kunnen we hem via jullie aansprakelijk stellen?", "met jullie verzekering verhaal
# halen"): no complaint about ARAG.
@pytest.mark.parametrize(
    "text",
    [
        "Een trekker sneed me af en mijn fiets is kapot, zo'n 90 euro. Dat is vast te weinig voor jullie? Ik heb Verkeer.",
        "Een klant betaalt mijn factuur als zzp'er niet. Ik dacht dat ik met jullie Verkeer-module goed zat?",
        "Een andere ruiter reed mijn dochter van haar paard. Kunnen we die man via jullie aansprakelijk stellen?",
        "De botenwerf heeft de motor van mijn sloep slecht gerepareerd. Kan ik met jullie polis verhaal halen?",
    ],
)
def test_coverage_asked_in_other_words_is_no_complaint(text: str) -> None:
    assert routed(text, "check_coverage", "complaint", question=True)["detection"]["decision"] == "none"


def test_the_policy_taken_out_with_arag_told_in_a_story_is_no_complaint() -> None:
    # round 68 (art. 9): "in januari heb ik bij jullie de Flexpolis met Inkomen afgesloten" names ARAG as the insurer
    text = (
        "Vorig najaar kreeg ik een slecht functioneringsgesprek, in februari heb ik bij jullie de Flexpolis afgesloten en "
        "nu wil mijn werkgever van me af. Ben ik gedekt?"
    )
    assert routed(text, "check_coverage", "complaint", question=True)["detection"]["decision"] == "none"
