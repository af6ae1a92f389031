"""Issue 9, round 5: whom the anger is about (a third party in a coverage question, the case's
opponent next to ARAG's side), the review-like ask band, and blind_target.jsonl's guard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flexbot.complaints.cli import evaluate
from flexbot.complaints.detector import OPPONENT_REASON, ComplaintDetector, model_path
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.review import review_like
from flexbot.complaints.rules import third_parties
from flexbot.complaints.target import opponent_in_coverage_question
from flexbot.complaints.text import normalise

DATA = Path(__file__).resolve().parents[2] / "data" / "complaints"


# The three chat misses of issue 9, reworded: furious at a brother, the CBR, a wedding photographer,
# while asking about cover. Not a complaint about ARAG ("ask" is acceptable, "complaint" is not).
@pytest.mark.parametrize(
    "text",
    [
        "Mijn broer heeft de hele erfenis ingepikt en liegt erover, ik ben woedend. Ben ik verzekerd voor een erfeniskwestie?",
        "Het CBR heeft mijn rijbewijs ingenomen en dat is echt schandalig, ze luisteren niet eens. Kan ARAG mij helpen?",
        "De trouwfotograaf is gewoon niet komen opdagen op onze bruiloft! Schandalig. Valt dit onder mijn rechtsbijstand?",
        "Die aannemer is een oplichter en een prutser, hij reageert nergens meer op. Dekt mijn polis dit?",
        "My landlord is a crook and ignores every email. Am I covered for this?",
        # asking ARAG to act, or what to do, is the coverage question too (round 6)
        "De gemeente heeft mij een belachelijke boete gegeven terwijl ik niks fout deed. Kunnen jullie bezwaar maken?",
        "Mijn zus heeft mijn geld gewoon gejat, ik ben zo kwaad. Wat kan ik daartegen doen?",
        "De garage heeft er een potje van gemaakt en weigert alles. Kan ik met jullie hulp mijn geld terugkrijgen?",
    ],
)
def test_third_party_anger_in_a_coverage_question_is_no_sure_complaint(detector: ComplaintDetector, text: str) -> None:
    d = detector.detect(text)
    assert d.decision != "complaint", d
    assert detector.detect_many([text])[0] == d


# Public bodies are parties like the municipality and the UWV (round 6): the CBR, the RDW, the police.
@pytest.mark.parametrize(
    "text",
    [
        "Het CBR wil mijn rijbewijs niet verlengen en ik snap er niks van, echt belachelijk.",
        "De politie heeft mijn scooter meegenomen zonder enige uitleg.",
    ],
)
def test_anger_at_a_public_body_is_no_sure_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "complaint"


# Anything about ARAG stays a complaint, also with an opponent and a coverage question in it.
@pytest.mark.parametrize(
    "text",
    [
        "Mijn jurist belt nooit terug. Ben ik verzekerd voor een burenruzie?",
        "Mijn verhuurder is een oplichter en jullie doen niks. Kunnen jullie me nou eindelijk helpen?",
        "Ik wil een klacht indienen over de behandeling van mijn zaak tegen de garage.",
        "Jullie premie gaat weer omhoog terwijl mijn zaak tegen de buren al maanden stil ligt.",
        "Mijn zaak tegen de aannemer ligt al maanden stil, kunnen jullie eindelijk eens opschieten?",
        "Jullie hebben mijn premie verhoogd en daar ben ik het niet mee eens. Wat kan ik doen?",
    ],
)
def test_arag_complaints_that_name_the_opponent_stay_complaints(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "mijn jurist laat mij gewoon zitten in de zaak tegen mijn verhuurder, ik hoor al weken niks",
        "De behandelaar van mijn geschil met de webwinkel reageert nooit op mijn mails.",
        # 0.80 with model b988e38e, just under the sure band (0.81); without "tegen mijn werkgever": 0.94
        "De advocaat die ARAG voor mij heeft geregeld tegen mijn werkgever was totaal niet voorbereid op de zitting.",
    ],
)
def test_arag_complaints_naming_the_case_are_caught(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision in ("complaint", "ask")


def test_the_case_reference_is_no_target_next_to_arag_but_still_alone() -> None:
    assert not third_parties("mijn jurist laat mij zitten in de zaak tegen mijn verhuurder")
    assert [m.group(0) for m in third_parties("de zaak tegen mijn werkgever loopt vast, hij liegt")] == ["werkgever"]
    assert [m.group(0) for m in third_parties("jullie jurist en mijn verhuurder liegen allebei")] == ["verhuurder"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn broer heeft me belazerd met de erfenis. Ben ik verzekerd?", True),
        ("Mijn broer heeft me belazerd, ben ik daarvoor verzekerd?", True),
        ("The car dealer is a crook. Can ARAG help me?", True),
        ("Jullie jurist is traag in mijn zaak tegen de buren. Ben ik wel verzekerd?", False),  # ARAG named
        ("Ik wacht al weken op antwoord. Ben ik nou verzekerd of niet?", False),  # no third party
        ("Mijn verhuurder is een oplichter.", False),  # no coverage question
    ],
)
def test_opponent_in_coverage_question(text: str, expected: bool) -> None:
    assert opponent_in_coverage_question(normalise(text)) is expected


def test_the_reread_only_lowers_and_says_so(detector: ComplaintDetector) -> None:
    text = "De trouwfotograaf is gewoon niet komen opdagen op onze bruiloft! Schandalig. Valt dit onder mijn rechtsbijstand?"
    d = detector.detect(text)
    if d.decision != "none" or d.reasons:
        assert OPPONENT_REASON in d.reasons
    # told as the coverage form's conflict description, it is never sure either
    assert detector.detect(text, context="about:opponent").decision != "complaint"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het eten was prima, maar we moesten lang wachten en de bediening was wat afwezig.", True),
        ("Mijn jurist reageert al weken niet op mijn mails en dat vind ik vervelend.", False),  # ARAG
        ("Mijn verhuurder reageert al weken niet op mijn mails en dat vind ik vervelend.", False),  # party
        ("Hoe lang duurt het meestal voordat een zaak wordt opgepakt door een jurist?", False),  # question
        ("Wat kost de premie per maand voor de module wonen", False),  # question without '?'
        ("Kort antwoord graag.", False),  # too short
        ("The food was fine but we waited an hour for our table.", False),  # English
    ],
)
def test_review_like(lexicon: Lexicon, text: str, expected: bool) -> None:
    assert review_like(normalise(text), lexicon) is expected


def test_review_band_is_below_ask_and_stored(detector: ComplaintDetector) -> None:
    meta = json.loads((model_path() / "detector.json").read_text(encoding="utf-8"))
    assert detector.ask_review <= detector.ask_threshold < detector.threshold
    assert meta["thresholds"]["ask_review"] == detector.ask_review


def test_short_form_answers_stay_none_in_the_review_band(detector: ComplaintDetector) -> None:
    for text in ("veel", "lang", "weinig", "ongeveer 300 euro", "in Duitsland"):
        assert detector.detect(text).decision == "none", text


def test_blind_target_split_is_well_formed_and_not_in_training_data() -> None:
    rows = [json.loads(x) for x in (DATA / "blind_target.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert len(rows) >= 80 and all(r["source"] == "blind_target" for r in rows)
    assert {r["label"] for r in rows} == {"complaint", "no_complaint"}
    train = {json.loads(x)["text"] for x in (DATA / "train.jsonl").read_text(encoding="utf-8").splitlines() if x}
    assert not {r["text"] for r in rows} & train


# First run (model 1fde8a61, before round 5 changed anything): caught recall 0.703, FPR 0.200 (sure FPR
# 0.140). End of round 5: 0.838 / 0.080 (sure FPR 0.080). Its lines were not read after writing
# (docs/complaints.md). A regression guard, not a target.
def test_blind_target_regression_guard() -> None:
    m = evaluate(DATA / "blind_target.jsonl")
    assert m["caught"]["recall"] >= 0.8 and m["caught"]["fpr"] <= 0.12, m["caught"]
    assert m["sure"]["fpr"] <= 0.1, m["sure"]


# Companies customers name as the other party (round 7): airlines, telecom, energy, shops, banks.
# A conversation probe found "mijn vlucht werd geannuleerd en transavia reageert niet op mijn mails"
# registered as a complaint about ARAG.
@pytest.mark.parametrize(
    "text",
    [
        "Transavia heeft mijn vlucht geschrapt en reageert niet op mijn mails",
        "De luchtvaartmaatschappij is mijn koffer kwijt en niemand doet iets, belachelijk",
        "Ziggo levert al weken geen internet en ik word steeds afgescheept",
    ],
)
def test_anger_at_a_named_company_is_no_sure_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "complaint"


def test_a_named_company_next_to_arag_stays_a_complaint(detector: ComplaintDetector) -> None:
    text = "Mijn zaak tegen KLM ligt al maanden stil omdat jullie jurist niet reageert, ik ben er klaar mee"
    assert detector.detect(text).decision == "complaint"
    # "verzekeringsmaatschappij" may be ARAG itself: it is no third-party marker
    assert not third_parties("mijn verzekeringsmaatschappij laat niets van zich horen")


# blind_brands.jsonl was written before the company markers (round 7). First run (be75b689): caught
# FPR 0.917, sure FPR 0.333; after (8e571666): caught recall 0.875, FPR 0.167, sure FPR 0.083.
def test_blind_brands_regression_guard() -> None:
    m = evaluate(DATA / "blind_brands.jsonl")
    assert m["caught"]["recall"] >= 0.8 and m["sure"]["fpr"] <= 0.1, m


# A case reported in the chat was reported to ARAG (round 8): "een zaak gemeld over mijn aannemer ...
# nog steeds niks gehoord" is about ARAG's handling; the opponent only names the case. A report made
# "bij de politie", "bij de gemeente" is not.
@pytest.mark.parametrize(
    "text",
    [
        "Vorige week het probleem met mijn verhuurder gemeld en nog altijd niemand gesproken, dit is slecht",
        "melding gedaan over mijn werkgever, maar er gebeurt helemaal niks mee. waardeloos",
    ],
)
def test_a_case_reported_to_arag_that_names_the_opponent_is_about_arag(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "none"
    assert not third_parties(normalise(text), True)


def test_a_report_made_elsewhere_keeps_its_party() -> None:
    assert third_parties(normalise("ik heb het bij de gemeente gemeld en die doen niks"))
    assert third_parties(normalise("de diefstal heb ik gemeld bij de politie, ze doen niks"))


# blind_reported.jsonl was written before the change. First run (8e571666): caught recall 0.500, sure
# recall 0.200, FPR 0; after (a3c30711): 0.900 / 0.900, FPR 0.
def test_blind_reported_regression_guard() -> None:
    m = evaluate(DATA / "blind_reported.jsonl")
    assert m["caught"]["recall"] >= 0.8 and m["caught"]["fpr"] <= 0.15, m["caught"]


# "Waarom niet?" after a verdict asks for the reason (the coverage follow-up gives it with its
# article); alone it is no complaint. With dissatisfaction said beside it, it still is.
@pytest.mark.parametrize("text", ["waarom niet", "Waarom niet?", "hoezo?", "Waarom dan niet?", "why not?"])
def test_a_bare_why_not_is_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Waarom niet? Dat is toch belachelijk",
        "waarom duurt het bij jullie zo lang?",
        "hoezo niet gedekt, ik betaal al jaren!",
    ],
)
def test_a_why_with_a_reproach_stays_dissatisfaction(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision != "none"


# A hypothetical question asks about the rules (round 8): "als ik jullie verkeerde gegevens heb gegeven,
# vervalt dan ...?", "mocht ARAG afwijzen, kan ik dan ...?". A complaint told with "als" ("als ik bel
# neemt niemand op, belachelijk") is not hypothetical: no question follows the condition.
@pytest.mark.parametrize(
    "text",
    [
        "als ik jullie een verkeerd rekeningnummer heb gegeven, krijg ik dan geen uitkering?",
        "Stel dat ik ontevreden ben over de jurist, wat dan?",
        "mocht de behandelaar een steek laten vallen, wie betaalt dan de schade?",
    ],
)
def test_a_hypothetical_question_is_no_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Als ik jullie bel, neemt er nooit iemand op. Slecht!",
        "Stel je voor: een maand wachten op antwoord van jullie jurist. Schandalig.",
    ],
)
def test_a_complaint_told_with_if_stays_a_complaint(detector: ComplaintDetector, text: str) -> None:
    assert detector.detect(text).decision == "complaint"


# blind_hypothetical.jsonl was written before the change. First run (4da23cb4): sure FPR 0.200, caught
# FPR 0.400, recall 1.000; after (8f78a7ec): FPR 0 / 0, recall 1.000.
def test_blind_hypothetical_regression_guard() -> None:
    m = evaluate(DATA / "blind_hypothetical.jsonl")
    assert m["caught"]["recall"] >= 0.9 and m["caught"]["fpr"] <= 0.2 and m["sure"]["fpr"] <= 0.1, m


# A fine is always someone else's (round 8): "parkeerboete onterecht, hoe bezwaar?" is a coverage
# question (art. 12, C&W 2f), not dissatisfaction with ARAG; "belachelijk van jullie" still is.
def test_anger_at_a_fine_is_no_complaint_about_arag(detector: ComplaintDetector) -> None:
    assert detector.detect("die flitsboete is onterecht, hoe kan ik bezwaar maken").decision == "none"
    assert detector.detect("een boete omdat de premie te laat was? belachelijk van jullie").decision != "none"


def test_how_soon_arag_decides_asked_beside_a_silent_opponent(detector: ComplaintDetector) -> None:
    # round 131: the webshop does not answer; the customer asks about cover and how soon ARAG says whether it helps
    quiet_shop = (
        "Mijn aannemer reageert al weken niet meer op mijn mails. Kunnen jullie helpen, en wanneer weet ik of jullie het "
        "oppakken?"
    )
    assert detector.detect(quiet_shop).decision == "none"
    # waiting for ARAG itself stays a complaint
    assert (
        detector.detect("Ik wacht al zes weken! Hoe lang duurt het nog voordat ik van jullie hoor?").decision
        == "complaint"
    )


def test_is_it_well_covered_with_you_asks_about_cover(detector: ComplaintDetector) -> None:
    # round 133: "zit ik goed bij jullie?" after a purchase from a private seller asks about cover
    assert detector.detect(
        "boot gekocht van een particulier voor 4.000, de motor bleek kapot. zit ik goed bij jullie?"
    ).decision == ("none")
