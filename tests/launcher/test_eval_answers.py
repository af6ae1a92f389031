"""The right-first-answer measure: every expected group present, no rejected text."""

from __future__ import annotations

import json
from pathlib import Path

from flexbot.launcher.eval_answers import (
    Case,
    Conversation,
    parse_line,
    read_cases,
    read_conversations,
    read_lines,
    report,
    report_conversations,
)

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


CONVERSATION = {
    "turns": [
        {"text": "Dekt mijn polis een conflict met de buren?", "expect": [["art. 2e Consument & Wonen"]]},
        {"text": "bedankt!", "reject": ["Welke modules"]},
        {"text": "en hoe meld ik dat?", "expect": [["434 23 42", "zaak melden"]]},
    ],
    "seed": "art. 2e Consument & Wonen, art. 7",
}


def test_a_line_with_turns_is_a_conversation_and_a_plain_line_stays_a_case():
    conversation = parse_line(CONVERSATION)
    assert isinstance(conversation, Conversation)
    assert [turn.text for turn in conversation.turns][1] == "bedankt!"
    assert conversation.turns[1].expect == [] and conversation.turns[1].reject == ["Welke modules"]
    assert all(turn.seed == CONVERSATION["seed"] for turn in conversation.turns)
    case = parse_line({"text": "Wat is het maximum?", "expect": [["15.000"]], "seed": "art. 6"})
    assert case == Case("Wat is het maximum?", [["15.000"]], [], "art. 6")


def test_a_conversation_is_right_only_when_every_turn_is_right():
    conversation = Conversation.from_json(CONVERSATION)
    right = ["Ja, art. 2e Consument & Wonen.", "Graag gedaan.", "Bel 033 - 434 23 42."]
    assert conversation.first_miss(right) is None
    thanked_into_a_form = ["Ja, art. 2e Consument & Wonen.", "Welke modules staan op uw polis?", "Bel 033."]
    assert conversation.first_miss(thanked_into_a_form) == (1, ["should not say: Welke modules"])
    assert conversation.first_miss(right[:2]) == (2, ["no reply"])


def test_report_counts_right_conversations_and_names_the_first_failing_turn():
    conversation = Conversation.from_json(CONVERSATION)
    good = ["art. 2e Consument & Wonen", "graag gedaan", "zaak melden"]
    bad = ["art. 2e Consument & Wonen", "Welke modules staan op uw polis?", "zaak melden"]
    results = [(conversation, good, None), (conversation, bad, conversation.first_miss(bad))]
    lines = report_conversations("set", results, show_misses=True)
    assert lines[0] == "set: 1 / 2 right conversations (0.500)"
    assert "MISS [art. 2e Consument & Wonen, art. 7] turn 2/3: bedankt!" in lines[1]
    assert "should not say: Welke modules" in lines[1]
    shown = "\n".join(lines[2:])
    assert "Welke modules staan op uw polis?" in shown and "en hoe meld ik dat?" not in shown
    assert report_conversations("set", results, show_misses=False)[1:] == [lines[1]]


def test_a_file_may_mix_questions_and_conversations(tmp_path: Path):
    path = tmp_path / "mixed.jsonl"
    single = {"text": "Wat is het maximum?", "expect": [["15.000"]], "reject": [], "seed": "art. 6"}
    path.write_text(json.dumps(single) + "\n\n" + json.dumps(CONVERSATION) + "\n", encoding="utf-8")
    assert [type(line) for line in read_lines(path)] == [Case, Conversation]
    assert len(read_cases(path)) == 1 and len(read_conversations(path)) == 1


def test_the_blind_conversation_set_is_well_formed():
    path = ROOT / "data" / "eval" / "conversations1.jsonl"
    conversations = read_conversations(path)
    assert len(conversations) >= 30 and not read_cases(path)
    assert all(conversation.seed and 2 <= len(conversation.turns) <= 6 for conversation in conversations)
    assert all(turn.text and all(turn.expect) for conversation in conversations for turn in conversation.turns)
    assert all(any(turn.expect for turn in conversation.turns) for conversation in conversations)
