"""Issue 9, third round: real-review language (mild and mixed criticism, denied negatives), English
tweets, form answers, and the second blind split (data/complaints/blind2.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flexbot.complaints.cli import evaluate
from flexbot.complaints.detector import ComplaintDetector
from flexbot.complaints.features import analyse
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.text import normalise

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "complaints"


# Any dissatisfaction counts, also one critical clause in an otherwise happy review.
CAUGHT = [
    "Heerlijk gegeten en leuke sfeer, alleen de bediening was wat traag.",
    "De hotelkamer was mooi, maar de badkamer was niet schoon.",
    "Prima bank, de kosten zijn wel aan de hoge kant.",
    "Jammer dat de app zo vaak vastloopt.",
    "Het viel ons eerlijk gezegd een beetje tegen.",
    "Mijn jurist zou maandag terugbellen. Inmiddels is het vrijdag.",
    "@NS_online train cancelled again, no info at all. Ridiculous.",
    "Still no refund after a month. Worst customer service ever.",
    "Ik wil een klacht",
    "ik ben het niet eens met hoe arag mijn zaak aanpakt, wat kan ik doen?",
]
# Praise that uses denied negatives, plain questions, form answers and neutral posts.
NONE = [
    "Geen enkel probleem gehad, niet duur en de service kon niet beter.",
    "Nergens lang op hoeven wachten en niets op aan te merken. Top!",
    "in Nederland",
    "geen bedrag",
    "hoe zeg ik op?",
    "wat kost de premie?",
    "Thanks @Coolblue, delivered a day early. No complaints at all!",
    "Does anyone know if the museum is open on Mondays?",
]


@pytest.mark.parametrize("text", CAUGHT)
def test_mild_mixed_and_english_dissatisfaction_is_caught(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision in ("complaint", "ask")


@pytest.mark.parametrize("text", NONE)
def test_denied_negatives_questions_and_form_answers_are_none(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "none"


def test_denied_negatives_are_praise_not_dissatisfaction(lexicon: Lexicon) -> None:
    tokens = analyse(normalise("Geen enkel probleem, het kon niet beter."), lexicon).split()
    assert tokens.count("xontkendneg") == 2
    assert "xbeterkongeen" not in tokens and "xzonderneg" in tokens
    assert "xbeterkongeen" in analyse(normalise("Dit had beter gekund."), lexicon).split()


def test_negation_stops_at_a_clause_boundary(lexicon: Lexicon) -> None:
    assert "xontkendgeen" not in analyse(normalise("Niet duur, heerlijk eten."), lexicon).split()
    assert "xontkendgeen" in analyse(normalise("Het eten was niet lekker."), lexicon).split()
    assert "xontkendgeen" not in analyse(normalise("Niet alleen lekker maar ook mooi."), lexicon).split()


def test_mild_criticism_contrast_promise_and_irony_tokens(lexicon: Lexicon) -> None:
    mixed = analyse(normalise("Het eten was heerlijk, maar de bediening was wat traag."), lexicon).split()
    assert "xmildgeen" in mixed and "xmaarneg" in mixed
    assert "xlauwgeen" in analyse(normalise("Eten was redelijk, niets bijzonders."), lexicon).split()
    assert "xbeloftegeen" in analyse(normalise("Ze zouden vrijdag bellen, het is nu woensdag."), lexicon).split()
    assert "xbeloftegeen" not in analyse(normalise("Mijn jurist zou me morgen bellen."), lexicon).split()
    assert "xironiegeen" in analyse(normalise("Geweldig, alweer geen antwoord."), lexicon).split()


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_second_blind_split_is_well_formed_and_not_in_training_data() -> None:
    blind2 = _rows("blind2.jsonl")
    assert len(blind2) >= 150 and all(r["source"] == "blind2" for r in blind2)
    assert {r["label"] for r in blind2} == {"complaint", "no_complaint"}
    train = {r["text"] for r in _rows("train.jsonl")}
    heldout = {r["text"] for r in _rows("heldout.jsonl")}
    assert not {r["text"] for r in blind2} & (train | heldout)


def test_round4_blind_splits_are_well_formed_and_not_in_training_data() -> None:
    train = {r["text"] for r in _rows("train.jsonl")}
    heldout = {r["text"] for r in _rows("heldout.jsonl")}
    for name, source, size in (("blind_en.jsonl", "blind_en", 75), ("blind_reviews.jsonl", "blind_reviews", 100)):
        rows = _rows(name)
        assert len(rows) >= size and all(r["source"] == source for r in rows), name
        assert {r["label"] for r in rows} == {"complaint", "no_complaint"}, name
        assert not {r["text"] for r in rows} & (train | heldout), name


# Measured 0.900 / 0.148 (complaint + ask) and sure FPR 0.033 with the chosen model; nothing was
# tuned on this split (docs/complaints.md). A regression guard, not a target.
def test_second_blind_split_regression_guard() -> None:
    m = evaluate(DATA / "blind2.jsonl")
    assert m["caught"]["recall"] >= 0.88 and m["caught"]["fpr"] <= 0.17, m["caught"]
    assert m["sure"]["fpr"] <= 0.07, m["sure"]
