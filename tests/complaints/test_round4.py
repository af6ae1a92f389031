"""Issue 9, fourth round: reproach and hypothetical questions, 'kan beter', waiting told as facts,
English cues and parties, homographs in the lexicon, and the round-4 blind splits' guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from flexbot.complaints.cli import evaluate
from flexbot.complaints.detector import ComplaintDetector
from flexbot.complaints.features import analyse
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.rules import ARAG_MARKERS, THIRD_PARTY_MARKERS, match_cues
from flexbot.complaints.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "complaints"


def tokens(text: str, lexicon: Lexicon) -> list[str]:
    return analyse(normalise(text), lexicon).split()


@pytest.mark.parametrize(
    "text",
    [
        "Waarom duurt het bij jullie zo ontzettend lang?",
        "Hoe lang moet ik nog wachten voordat er iets gebeurt?",
        "Waar blijft de brief die mijn jurist zou sturen?",
        "De communicatie kan echt beter.",
        "Er wordt niet gereageerd op mijn mails.",
        "Your lawyer never called me back.",
        "Ik heb twee weken moeten wachten op een antwoord.",
    ],
)
def test_reproach_waiting_and_could_be_better_are_caught(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision in ("complaint", "ask")


@pytest.mark.parametrize(
    "text",
    [
        "wat als ik mijn premie te laat betaal?",
        "laat maar zitten",
        "hoe lang duurt een procedure bij de kantonrechter?",
        "op welke dagen kan ik jullie bellen",
        "Nog nooit zo snel geholpen, top!",
    ],
)
def test_hypothetical_questions_stop_words_and_praise_are_none(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "none"


def test_evidence_tokens_of_round_4(lexicon: Lexicon) -> None:
    assert "xverwijtarag" in tokens("Waarom duurt het bij ARAG zo lang?", lexicon)
    assert "xvraag" in tokens("Wat als ik het niet eens ben met de jurist?", lexicon)
    assert "xvraag" not in tokens("Wat een gedoe.", lexicon)  # an exclamation, not a question
    assert "xontkendneg" in tokens("Kon niet beter!", lexicon)
    assert "xontkendneg" not in tokens("De communicatie kan echt beter.", lexicon)
    assert "xbeterkongeen" in tokens("De communicatie kan echt beter.", lexicon)
    assert "xfrictiegeen" in tokens("Pas na drie weken kreeg ik antwoord.", lexicon)
    assert "xprijsok" in tokens("Redelijke prijs en snelle levering.", lexicon)
    assert "xlauwgeen" in tokens("Redelijk, meer niet.", lexicon)
    assert "xnooitzo" in tokens("Nog nooit zo lang moeten wachten.", lexicon)


def test_lexicon_drops_homographs_and_knows_service_failures(lexicon: Lexicon) -> None:
    for word in ("naar", "gemaakt", "vrij", "laat", "klaar"):
        assert lexicon.polarity(word) is None, word
    assert lexicon.polarity("more", english=True) is None
    for word in ("storing", "vastgelopen", "afgescheept"):
        assert (lexicon.polarity(word) or 0.0) < -0.25, word


def test_english_cues_and_parties() -> None:
    assert match_cues(normalise("Nothing to complain about, everything went smoothly.")) == []
    assert "belt_nooit_terug" in match_cues(normalise("nobody got back to me"))
    assert THIRD_PARTY_MARKERS.search("the other driver reversed into me")
    assert THIRD_PARTY_MARKERS.search("@postnl heeft mijn pakket kwijt")  # a handle names the party too
    assert ARAG_MARKERS.search("customer service was rude")


# First runs (model c49965df, before round 4 changed anything): blind_en caught recall 0.911 / FPR 0.382,
# blind_reviews 0.862 / 0.119. Final run of round 4: 0.956 / 0.235 and 0.948 / 0.024. Nothing was tuned on
# them (docs/complaints.md). Regression guards, not targets. Round 5: blind_reviews' FPR bound raised
# from 0.10 to 0.15 on purpose: the review-like ask band (review.py) takes it from 0.024/0.048 to
# 0.095-0.119 (1-2 of 42 lines -> 4-5) for dev F1 +0.007 and blind2 +0.012 (docs/complaints.md, round 5).
@pytest.mark.parametrize(
    ("name", "min_recall", "max_fpr"), [("blind_en.jsonl", 0.9, 0.3), ("blind_reviews.jsonl", 0.9, 0.15)]
)
def test_round4_blind_split_regression_guard(name: str, min_recall: float, max_fpr: float) -> None:
    m = evaluate(DATA / name)
    assert m["caught"]["recall"] >= min_recall and m["caught"]["fpr"] <= max_fpr, m["caught"]
