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
    assert d.decision in ("complaint", "ask"), d
    assert d.reasons
    assert d.complaint is (d.decision == "complaint")


@pytest.mark.parametrize("text", NOT_COMPLAINTS)
def test_conflicts_questions_and_praise_are_not_complaints(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert not d.complaint and d.decision != "complaint", d


# Issue 9: probes that were missed, plain questions and praise, a wish to complain, English.
CAUGHT = [
    "Mijn verzekering is een grap",
    "De advocaat die ARAG voor mij heeft geregeld was totaal niet voorbereid op de zitting",
    "Jullie medewerker was onbeschoft en hing gewoon op.",
    "I have been waiting for weeks and nobody from ARAG has called me back.",
    "Your customer service is terrible.",
    "Eerlijk gezegd had de communicatie een stuk beter gekund.",
]
SURE = [
    "Hoe dien ik een klacht in?",
    "hoe dien ik een klacht in?",
    "Ik wil een klacht indienen over mijn behandelaar.",
    "I want to file a complaint.",
    "Bedankt voor niks.",
]
NONE = [
    "hoe zeg ik op?",
    "Hoe zeg ik mijn polis op?",
    "wat kost de premie?",
    "Wat is het eigen risico?",
    "Heel erg bedankt voor de snelle hulp!",
    "Thanks, that was very helpful.",
]
NEUTRAL_POSTS = [
    "ARAG sponsort dit weekend het jeugdtoernooi in Leusden.",
    "Vandaag een interessant webinar van ARAG over huurrecht gevolgd.",
    "Net een rechtsbijstandverzekering afgesloten, je weet maar nooit.",
]


@pytest.mark.parametrize("text", NEUTRAL_POSTS)
def test_neutral_social_posts_are_not_complaints(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision != "complaint" and not d.complaint, d


@pytest.mark.parametrize("text", CAUGHT)
def test_dissatisfaction_with_arag_is_caught(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision in ("complaint", "ask")


@pytest.mark.parametrize("text", SURE)
def test_a_wish_to_complain_is_a_sure_complaint(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision == "complaint" and d.complaint, d


@pytest.mark.parametrize("text", NONE)
def test_questions_praise_and_neutral_posts_are_none(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision == "none" and not d.complaint, d


def test_anger_at_the_opponent_is_not_a_complaint_about_arag(detector: ComplaintDetector) -> None:
    for text in (
        "Mijn verhuurder is een oplichter en reageert nooit op mijn mails.",
        "My landlord refuses to return my deposit, I am furious.",
        "De verkoper heeft me een kapotte wasmachine verkocht, schandalig.",
    ):
        assert detector.detect(text).decision != "complaint", text


def test_context_decides_who_he_is(detector: ComplaintDetector) -> None:
    text = "Hij reageert nooit op mijn mails en is echt onbeschoft."
    about_jurist = detector.detect(text, context=["Mijn jurist heeft vorige week gebeld."])
    about_landlord = detector.detect(text, context=["Mijn huisbaas wil de borg niet terugbetalen."])
    assert about_jurist.decision in ("complaint", "ask")
    assert about_landlord.decision == "none"
    assert about_jurist.score > about_landlord.score


def test_the_conflict_description_is_about_the_opponent(detector: ComplaintDetector) -> None:
    from flexbot.complaints.detector import ABOUT_OPPONENT

    text = "Reageert al weken niet op mijn mails en belt nooit terug, echt belachelijk."
    assert detector.detect(text).decision in ("complaint", "ask")
    assert detector.detect(text, context=ABOUT_OPPONENT).decision == "none"
    # ARAG named explicitly still counts, whatever the context says
    assert detector.detect("Jullie bellen nooit terug.", context=ABOUT_OPPONENT).decision == "complaint"


def test_thresholds_come_from_detector_json(detector: ComplaintDetector) -> None:
    meta = json.loads((ROOT / "models" / "complaints" / "detector.json").read_text(encoding="utf-8"))
    assert 0.0 < meta["thresholds"]["ask"] <= meta["thresholds"]["complaint"] < 1.0
    assert detector.ask_threshold == meta["thresholds"]["ask"] and detector.threshold == meta["thresholds"]["complaint"]
    assert "validation" in meta


def test_score_orders_decisions(detector: ComplaintDetector) -> None:
    for text in CAUGHT + SURE + NONE:
        d = detector.detect(text)
        if d.decision == "none":
            assert d.score < detector.ask_threshold
        elif d.decision == "ask":
            assert detector.ask_threshold <= d.score < detector.threshold and "unsure" in d.reasons
        else:
            assert d.score >= detector.threshold


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
    assert d.decision == "complaint"
    assert d.to_dict() == {
        "complaint": True,
        "score": d.score,
        "reasons": d.reasons,
        "version": d.version,
        "decision": "complaint",
    }
    with pytest.raises(AttributeError):
        d.complaint = False  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n",
        None,
        "😡😡😡",
        "👍",
        "<p></p>",
        "<br/>&nbsp;",
        "!!!???",
        "https://www.arag.nl/klacht",
        "http://a.b/c www.x.nl",
        "12345 06-1234",
        42,
    ],
)
def test_no_words_is_none(detector: ComplaintDetector, text) -> None:
    d = detector.detect(text)  # type: ignore[arg-type]
    assert d.complaint is False and d.decision == "none" and d.score == 0.0 and d.reasons == []


@pytest.mark.parametrize(
    "text",
    [
        "x" * 50_000,
        "Jullie zijn traag. " * 3000,
        "<script>alert(1)</script><p>Bedankt voor niks</p>" * 500,
        "Je suis très déçu, the service is slow en jullie bellen nooit terug 😡",
        "Привет, как дела?",
        "您好，我的保单",
    ],
)
def test_bad_input_gets_a_decision(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision in ("complaint", "ask", "none") and 0.0 <= d.score <= 1.0


def test_html_is_read_as_text(detector: ComplaintDetector) -> None:
    d = detector.detect("<p>Ik wil een <b>klacht</b> indienen &amp; snel graag</p>")
    assert d.complaint and "klacht_indienen" in d.reasons


def test_20_kb_text(detector: ComplaintDetector) -> None:
    conflict = "Mijn buurman zet zijn auto steeds voor mijn oprit en ik ben het zat. " * 300
    assert len(conflict) >= 20_000
    assert not detector.detect(conflict).complaint
    assert detector.detect(conflict + " Mijn jurist belt nooit terug.").complaint


def test_detect_many_matches_detect(detector: ComplaintDetector) -> None:
    texts = COMPLAINTS + ["", "😡"] + NOT_COMPLAINTS + CAUGHT + NONE
    assert detector.detect_many(texts) == [detector.detect(t) for t in texts]
    context = ["Mijn jurist heeft gebeld."]
    assert detector.detect_many(texts, context=context) == [detector.detect(t, context=context) for t in texts]


def test_load_detector_is_cached() -> None:
    assert load_detector() is load_detector()


def test_rules_ignore_cues_aimed_at_a_third_party() -> None:
    assert match_cues(normalise("Mijn jurist belt nooit terug")) == ["belt_nooit_terug"]
    assert match_cues(normalise("De aannemer belt nooit terug")) == []
    assert match_cues(normalise("@ARAG de aannemer belt nooit terug")) == []
    assert match_cues(normalise("De aannemer is vreselijk. En jullie bellen nooit terug.")) == ["belt_nooit_terug"]
    assert match_cues(normalise("bedankt voor niks")) == ["bedankt_voor_niks"]
    assert match_cues(normalise("Ik wil een klacht indienen over de gemeente")) == []
    assert match_cues(normalise("Hoe zeg ik mijn polis op?")) == []
    assert match_cues(normalise("Hij belt nooit terug"), pronoun="third") == []
    assert match_cues(normalise("Hij belt nooit terug"), pronoun="arag") == ["belt_nooit_terug"]
    assert match_cues(normalise("Belt nooit terug"), about_opponent=True) == []
    assert match_cues(normalise("Ik wacht al zes weken op een reactie van mijn jurist.")) == ["lang_wachten"]
    assert match_cues(normalise("Ik wacht al weken op de verhuurder.")) == []
    assert match_cues(normalise("Jullie jurist heeft een deadline gemist.")) == ["termijn_gemist"]
    assert match_cues(normalise("Lekker snel hoor jullie... niet")) == ["sarcasme"]
    assert match_cues(normalise("Hoe lang moet ik wachten?")) == []


# blind: measured 0.966 (56 of 58) with the round-3 model (0.948 before); nothing was tuned on
# that split, so this is a regression guard at the target.
@pytest.mark.parametrize(("name", "min_recall"), [("heldout.jsonl", 0.95), ("blind.jsonl", 0.95)])
def test_arag_style_targets(name: str, min_recall: float) -> None:
    """complaint + ask: recall >= 0.95 at FPR <= 0.12; complaint alone: FPR <= 0.05 (issue 9).
    Nothing was tuned on the blind split; this only guards against regressions (docs/complaints.md)."""
    m = evaluate(ROOT / "data" / "complaints" / name)
    assert m["lines"] >= 100
    assert m["caught"]["recall"] >= min_recall and m["caught"]["fpr"] <= 0.12, m["caught"]
    assert m["sure"]["fpr"] <= 0.05, m["sure"]


def test_blind_split_is_not_in_training_data() -> None:
    blind = [
        json.loads(line) for line in (ROOT / "data/complaints/blind.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    train = {
        json.loads(line)["text"]
        for line in (ROOT / "data/complaints/train.jsonl").read_text(encoding="utf-8").splitlines()
    }
    assert len(blind) >= 100 and all(r["source"] == "blind" for r in blind)
    assert not {r["text"] for r in blind} & train


def test_training_data_is_well_formed_and_disjoint() -> None:
    train = [
        json.loads(line) for line in (ROOT / "data/complaints/train.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    heldout = [
        json.loads(line) for line in (ROOT / "data/complaints/heldout.jsonl").read_text(encoding="utf-8").splitlines()
    ]
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
    assert all((target / f).exists() for f in ("detector.json", "model.joblib", "lexicon.json"))
    assert fresh.version.endswith(data_hash(DEFAULT_DATA))
    assert fresh.detect("Bedankt voor niks").complaint
    assert fresh.detect("Mijn huisbaas reageert niet op mijn mails").decision == "none"
    assert load_detector() is fresh
