"""Round 28 (bot/components/complaint_detector.py): a complaint about ARAG told before a new coverage question is
registered, though the detector reads the whole message as a coverage question (seeds 000/001: every expression of
dissatisfaction with ARAG's service is a complaint). Only a sentence that names ARAG, carries a word of blame or
waiting and names no one else counts; telling the policy is no complaint."""

from __future__ import annotations

from bot.components.complaint_detector import complaint_sentence, holds_question
from flexbot.complaints.detector import load_detector


def test_a_complaint_about_arag_before_a_coverage_question() -> None:
    text = (
        "Jullie hebben mijn vorige zaak echt slecht afgehandeld, ik heb wekenlang niks van jullie gehoord. Nu heb ik "
        "ruzie met mijn verhuurder over de borg. Ben ik daarvoor verzekerd?"
    )
    found = complaint_sentence(text, load_detector())
    assert found is not None and found.complaint and "zin:arag" in found.reasons


def test_telling_the_policy_or_another_partys_silence_is_no_complaint() -> None:
    detector = load_detector()
    told_policy = (
        "Ik heb sinds kort bij jullie de Flexpolis met Verkeer. Iemand reed tegen mijn auto. Ben ik verzekerd?"
    )
    assert complaint_sentence(told_policy, detector) is None
    other = "De webshop reageert al weken niet en ik ben het zat. Kunnen jullie de webshop aanpakken?"
    assert complaint_sentence(other, detector) is None


def test_i_want_to_know_whether_is_a_question_beside_a_complaint() -> None:
    # the question is answered before the intake (no "?" needed)
    assert holds_question("Ik word steeds doorverbonden, belachelijk. Ik wil gewoon weten of ik verzekerd ben: ...")
    assert not holds_question("Ik word steeds doorverbonden, belachelijk.")
