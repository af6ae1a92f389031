"""Round 52 routings (issue 11), in new wordings. Seeds 000/001 (Klachtenbeleid, "Wat is een klacht?"): every
expression of dissatisfaction with ARAG's service is a complaint, "ook wanneer deze direct wordt opgelost"; a sigh at the
outcome said with thanks, "niet eens" meaning "not even" in a fact, a plain question about the policy's own rules
(seed 004 art. 15) and a question what is left while the check still runs are none. ARAG's handler who promised
something for the case that never happened, said with displeasure, is a complaint (art. 20)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from testkit.complaint_nlu import after_verdict, in_check, routed

from bot.components import complaint_intent as ci
from bot.components.complaint_rules_cleared import not_even_in_a_fact, policy_rule_question, thanks_with_a_sigh
from bot.components.complaint_rules_service import handler_promise_not_kept


def _routed(text: str, intent: str, decision: str, context: SimpleNamespace | None, confidence: float = 0.9):
    found = routed(text, intent, decision, context=context, confidence=confidence)
    return found["detection"], found["intent"]


@pytest.mark.parametrize("text", ["Helaas. Bedankt voor de heldere uitleg.", "Jammer dan, maar dank je wel!"])
def test_thanks_with_a_sigh_after_a_verdict_is_thanks(text: str) -> None:
    assert thanks_with_a_sigh(text)
    detection, intent = _routed(text, "complain", "complaint", after_verdict())
    assert detection["decision"] == "none" and intent == "thank", (detection, intent)


def test_a_sigh_with_blame_or_outside_a_check_stays_with_the_detector() -> None:
    # seed 000: "traag" blames ARAG's service; without a check the detector decides alone
    assert not thanks_with_a_sigh("Jammer dat jullie zo traag zijn. Bedankt.")
    detection, _ = _routed("Jammer. Dank voor de duidelijkheid.", "complain", "complaint", None)
    assert detection["decision"] == "complaint"


def test_not_even_in_a_fact_is_no_disagreement() -> None:
    text = "Maar ik heb als particulier getekend, ik sta nog niet eens ingeschreven bij de KvK."
    assert not_even_in_a_fact(text)
    detection, _ = _routed(text, "complain", "complaint", after_verdict())
    assert detection["decision"] == "none"
    # disagreement and blame stay complaints
    assert not not_even_in_a_fact("Ik ben het daar niet eens mee.")
    assert not not_even_in_a_fact("Jullie hebben me niet eens teruggebeld, belachelijk.")


def test_what_is_left_asked_while_the_check_runs_is_no_complaint() -> None:
    detection, _ = _routed("Oké. Kan ik dan helemaal niks bij jullie?", "nlu_fallback", "complaint", in_check())
    assert detection["decision"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Als ik met pensioen naar Frankrijk verhuis, loopt mijn verzekering bij jullie dan door?",
        "Stopt mijn rechtsbijstand als ik failliet ga?",
    ],
)
def test_a_plain_question_about_the_policys_rules_is_no_complaint(text: str) -> None:
    # seed 004 art. 15
    assert policy_rule_question(text)
    detection, intent = _routed(text, "faq_start_change_end", "complaint", None, confidence=0.99)
    assert detection["decision"] == "none" and intent == "faq_start_change_end"


def test_a_policy_question_with_displeasure_stays_a_complaint() -> None:
    assert not policy_rule_question("Waarom stopt mijn verzekering zomaar? Dat vind ik niet oké.")
    detection, _ = _routed("Ik wil opzeggen, jullie service is waardeloos. Hoe?", "faq_cancel", "complaint", None, 0.99)
    assert detection["decision"] == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Mijn jurist bij ARAG zou de werkgever een sommatie sturen. Dat is nooit gebeurd en nu is de termijn voorbij. "
        "Ik ben teleurgesteld.",
        "Jullie behandelaar beloofde de aannemer te bellen, maar hij heeft nooit gebeld. Schandalig.",
    ],
)
def test_arags_handler_breaking_a_promise_is_a_complaint(text: str) -> None:
    assert handler_promise_not_kept(text)
    detection, intent = _routed(text, "check_coverage", "ask", None)
    assert detection["decision"] == "complaint" and intent == ci.COMPLAIN, (detection, intent)


def test_another_partys_broken_promise_is_not_arags() -> None:
    assert not handler_promise_not_kept("De aannemer zou de tegels sturen. Dat is nooit gebeurd, ik ben ontevreden.")
    assert not handler_promise_not_kept("Zijn advocaat zou een voorstel sturen; dat is nooit gebeurd. Slecht.")


@pytest.mark.parametrize(
    "text",
    [
        # round 53, seed 000: a conflict with someone else told without a question (Verkeer 3a, 4a)
        "Op weg naar huis reed een bestelbus door rood en ramde mijn auto. Ik had wel twee wijntjes op.",
        # a business called "de zaak" is not the case at ARAG (C&W 2a)
        "In de kroeg werd ik door de uitsmijter op straat gegooid, mijn pols is gebroken. Kan ik de zaak aanklagen?",
        # all question, the other side in it (C&W 2f)
        "En als de gemeente een rekenfout heeft gemaakt in mijn toeslag, kan ik dan via jullie bezwaar maken?",
    ],
)
def test_a_conflict_with_someone_else_is_no_complaint(text: str) -> None:
    from bot.components.third_party import coverage_story

    assert coverage_story(text), text


def test_arags_side_or_english_stays_with_the_detector() -> None:
    from bot.components.third_party import conflict_with_another, coverage_story

    assert not coverage_story("De jurist die mijn zaak tegen de aannemer doet, reageert al weken niet. Slecht.")
    assert not conflict_with_another("thanks for rejecting my claim, really feel valued")  # "really" is no rally


def test_round_53_routings() -> None:
    from bot.components.complaint_rules_cleared import english_story_of_another
    from bot.components.complaint_rules_service import handler_not_answering

    # seeds 000/001: displeasure said of ARAG's handling is a complaint, also with the other side named
    assert handler_not_answering(
        "Ik wil mijn ontevredenheid uiten over de afhandeling van mijn dossier: uw medewerker geeft al weken geen "
        "reactie, terwijl de wederpartij een termijn heeft gesteld."
    )
    # seed 000: anger at a temp agency, asked in mixed Dutch and English, is about the agency
    assert english_story_of_another(
        "They pay me less than the contract says and I am very angry on this uitzendbureau. Kan ARAG help?"
    )


def test_the_handler_who_was_to_call_back_did_not_again() -> None:
    from bot.components.complaint_rules_service import handler_not_answering

    # seeds 000/001: ARAG's handler not calling back, again, also with the case's other side named
    assert handler_not_answering(
        "Ik zou vandaag gebeld worden door mijn jurist over mijn zaak tegen de werkgever. Niemand belde, weer niet."
    )
    assert not handler_not_answering("Mijn werkgever belt niet terug over mijn ontslag, alweer niet.")
