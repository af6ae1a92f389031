"""The complaint detector: decisions, contrast pairs, odd input, and the trained model's quality."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from flexbot.complaints.cli import evaluate
from flexbot.complaints.detector import ComplaintDetector, Detection, load_detector
from flexbot.complaints.rules import match_cues
from flexbot.complaints.text import normalise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def detector() -> ComplaintDetector:
    return load_detector()


COMPLAINTS = [
    "Ik wil een klacht indienen.",
    "Mijn jurist belt nooit terug. Ben ik verzekerd voor een burenruzie?",
    "Bedankt voor niks.",
    "Uiteindelijk opgelost, maar het duurde veel te lang.",
    "@ARAG_NL al 3 weken geen reactie op mijn mail 😡 #slechteservice",
    "julie belle egt nooit trug!!!",
    "Deze chatbot begrijpt er helemaal niks van.",
    "Jullie zijn mijn documenten kwijtgeraakt.",
    "Ik ben het niet eens met de afwijzing van ARAG.",
    "De premie is alweer omhoog zonder uitleg, belachelijk.",
    "Jullie website doet het al dagen niet.",
]
NOT_COMPLAINTS = [
    "Mijn werkgever heeft me op staande voet ontslagen, ik ben woedend!",
    "De verhuurder belt nooit terug over de lekkage.",
    "Die webshop reageert niet op mijn mails, wat een oplichters.",
    "Het UWV laat me al maanden wachten, ik word gek.",
    "De advocaat van de tegenpartij stuurt dreigende brieven.",
    "Hoe staat mijn zaak ervoor?",
    "Ben ik verzekerd voor een conflict met de garage?",
    "Top geholpen door jullie jurist, bedankt!",
    "Ik wil een klacht indienen tegen mijn werkgever, kunnen jullie helpen?",
    "@ARAG_NL mijn buurman heeft zijn schutting op mijn grond gezet #burenruzie",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_complaints_are_detected(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.complaint, d
    assert d.reasons


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_conflicts_questions_and_praise_are_not_complaints(detector: ComplaintDetector, text: str) -> None:
    assert not detector.detect(text).complaint


def test_same_anger_at_arag_and_at_a_third_party(detector: ComplaintDetector) -> None:
    for target, expected in (("Jullie jurist", True), ("ARAG", True), ("Mijn huisbaas", False), ("De aannemer", False)):
        d = detector.detect(f"{target} laat me al vijf weken wachten en belt nooit terug, schandalig.")
        assert d.complaint is expected, (target, d)


def test_detection_shape(detector: ComplaintDetector) -> None:
    d = detector.detect("Bedankt voor niks")
    assert isinstance(d, Detection)
    assert 0.0 <= d.score <= 1.0
    assert "bedankt_voor_niks" in d.reasons
    assert d.version.startswith("complaints-")
    assert d.to_dict() == {"complaint": True, "score": d.score, "reasons": d.reasons, "version": d.version}
    with pytest.raises(AttributeError):
        d.complaint = False  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", "   ", "\n", None, "😡😡😡", "👍", "<p></p>", "<br/>&nbsp;", "!!!???"])
def test_empty_emoji_and_markup_only_are_not_complaints(detector: ComplaintDetector, text: str | None) -> None:
    d = detector.detect(text)  # type: ignore[arg-type]
    assert d.complaint is False and d.score == 0.0 and d.reasons == []


def test_html_is_read_as_text(detector: ComplaintDetector) -> None:
    d = detector.detect("<p>Ik wil een <b>klacht</b> indienen &amp; snel graag</p>")
    assert d.complaint and "klacht_indienen" in d.reasons


def test_20_kb_text(detector: ComplaintDetector) -> None:
    conflict = "Mijn buurman zet zijn auto steeds voor mijn oprit en ik ben het zat. " * 300
    assert len(conflict) >= 20_000
    assert not detector.detect(conflict).complaint
    assert detector.detect(conflict + " Mijn jurist belt nooit terug.").complaint


def test_detect_many_matches_detect(detector: ComplaintDetector) -> None:
    texts = COMPLAINTS + ["", "😡"] + NOT_COMPLAINTS
    assert detector.detect_many(texts) == [detector.detect(t) for t in texts]


def test_load_detector_is_cached() -> None:
    assert load_detector() is load_detector()


def test_rules_ignore_cues_aimed_at_a_third_party() -> None:
    assert match_cues(normalise("Mijn jurist belt nooit terug")) == ["belt_nooit_terug"]
    assert match_cues(normalise("De aannemer belt nooit terug")) == []
    assert match_cues(normalise("@ARAG de aannemer belt nooit terug")) == []
    assert match_cues(normalise("De aannemer is vreselijk. En jullie bellen nooit terug.")) == ["belt_nooit_terug"]
    assert match_cues(normalise("bedankt voor niks")) == ["bedankt_voor_niks"]
    assert match_cues(normalise("Ik wil een klacht indienen over de gemeente")) == []


def test_heldout_targets_are_met() -> None:
    """Recall >= 0.95 at false-positive rate <= 0.05 on the held-out split."""
    m = evaluate(ROOT / "data" / "complaints" / "heldout.jsonl")
    assert m["lines"] >= 250
    assert m["recall"] >= 0.95 and m["fpr"] <= 0.05, {k: m[k] for k in ("recall", "fpr", "tp", "fp", "fn")}


def test_training_data_is_well_formed_and_disjoint() -> None:
    train = [json.loads(l) for l in (ROOT / "data/complaints/train.jsonl").read_text(encoding="utf-8").splitlines()]
    heldout = [json.loads(l) for l in (ROOT / "data/complaints/heldout.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(train) >= 600
    for row in train + heldout:
        assert isinstance(row["text"], str) and row["label"] in ("complaint", "no_complaint")
    assert not {r["text"] for r in train} & {r["text"] for r in heldout}
    for rows in (train, heldout):
        share = sum(r["label"] == "complaint" for r in rows) / len(rows)
        assert 0.3 < share < 0.6


def test_fresh_checkout_trains_a_model_first(tmp_path: Path, monkeypatch, caplog) -> None:
    """No model at $FLEXBOT_COMPLAINT_MODEL: load_detector trains one (fixed seed) and saves it."""
    from flexbot.complaints.train import DEFAULT_DATA, data_hash

    target = tmp_path / "model"
    monkeypatch.setenv("FLEXBOT_COMPLAINT_MODEL", str(target))
    with caplog.at_level("WARNING"):
        fresh = load_detector()
    assert "training one" in caplog.text
    assert (target / "detector.json").exists() and (target / "textcat").is_dir()
    assert fresh.version.endswith(data_hash(DEFAULT_DATA))
    assert fresh.detect("Bedankt voor niks").complaint
    assert not fresh.detect("Mijn huisbaas reageert niet op mijn mails").complaint
    assert load_detector() is fresh
