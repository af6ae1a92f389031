"""The right-first-answer measure: every expected group present, no rejected text."""

from __future__ import annotations

from pathlib import Path

from flexbot.launcher.eval_answers import Case, read_cases, report

ROOT = Path(__file__).resolve().parents[2]


def test_a_reply_is_right_when_every_group_has_an_alternative():
    case = Case("Wat is het maximum?", [["15.000"], ["art. 6 Algemene regels", "art. 6a"]], ["Mailen kan"], "art. 6")
    assert case.problems("Wij vergoeden tot € 15.000 per gebeurtenis (art. 6 Algemene regels).") == []
    assert case.problems("Tot € 15.000 (ART. 6A Algemene regels)") == []  # case-insensitive, any alternative


def test_missing_facts_and_rejected_text_are_named():
    case = Case("Hoe meld ik?", [["art. 7 Algemene regels"], ["033"]], ["Mailen kan"], "art. 7")
    assert case.problems("Bel 033 - 434 23 42. Mailen kan ook.") == [
        "missing: art. 7 Algemene regels",
        "should not say: Mailen kan",
    ]


def test_report_counts_right_answers():
    right = Case("a", [["x"]], [], "s")
    wrong = Case("b", [["y"]], [], "s")
    lines = report("set", [(right, "x", []), (wrong, "z", ["missing: y"])], show_misses=True)
    assert lines[0] == "set: 1 / 2 right first answers (0.500)"
    assert "MISS [s] b" in lines[1] and "reply: z" in lines[2]


def test_the_blind_set_is_well_formed():
    cases = read_cases(ROOT / "data" / "eval" / "first_answers.jsonl")
    assert len(cases) >= 40
    assert all(case.text and case.expect and all(case.expect) and case.seed for case in cases)
