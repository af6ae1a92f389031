"""`flexbot classify` and `flexbot eval-complaints` through their functions and argparse wiring."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from flexbot.complaints.cli import classify_main, eval_main, register


def run_classify(text: str) -> list[dict]:
    out = io.StringIO()
    assert classify_main(io.StringIO(text), out) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_classify_plain_and_jsonl_lines_in_order() -> None:
    lines = [
        "Mijn jurist belt nooit terug.",
        json.dumps({"text": "Hoe staat mijn zaak ervoor?", "id": 7}),
        "",
        json.dumps({"text": "Bedankt voor niks 😡"}, ensure_ascii=False),
        "{niet helemaal json",
        "De verhuurder belt nooit terug.",
    ]
    results = run_classify("\n".join(lines) + "\n")
    assert len(results) == len(lines)
    assert [r["complaint"] for r in results] == [True, False, False, True, False, False]
    assert [r["decision"] for r in results][:4] == ["complaint", "none", "none", "complaint"]
    assert results[5]["decision"] != "complaint"
    assert results[0]["text"] == "Mijn jurist belt nooit terug."
    assert results[1]["text"] == "Hoe staat mijn zaak ervoor?"
    assert results[2]["text"] == "" and results[2]["reasons"] == []
    assert results[3]["text"] == "Bedankt voor niks 😡"
    assert results[4]["text"] == "{niet helemaal json"
    for r in results:
        assert set(r) == {"text", "complaint", "decision", "score", "reasons", "version"}
        assert isinstance(r["score"], float) and r["version"].startswith("complaints-")
        assert r["complaint"] is (r["decision"] == "complaint")


def test_classify_json_without_text_and_many_lines() -> None:
    results = run_classify('{"body": "x"}\n' + "Ik wil een klacht indienen\n" * 600)
    assert len(results) == 601
    assert results[0]["complaint"] is False
    assert all(r["complaint"] for r in results[1:])


def test_eval_prints_metrics_and_confusion_matrix(tmp_path: Path) -> None:
    data = tmp_path / "mini.jsonl"
    rows = [
        {"text": "Ik wil een klacht indienen.", "label": "complaint"},
        {"text": "Jullie jurist belt nooit terug.", "label": "complaint"},
        {"text": "Mijn werkgever betaalt me niet.", "label": "no_complaint"},
        {"text": "Hoe staat mijn zaak ervoor?", "label": "complaint"},  # deliberately mislabelled
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert eval_main(data, out) == 0
    report = out.getvalue()
    for word in ("precision", "recall", "F1", "FPR", "confusion matrix", "complaint+ask", "decision ask"):
        assert word in report
    recall = next(line for line in report.splitlines() if line.startswith("recall")).split()
    fpr = next(line for line in report.splitlines() if line.startswith("FPR")).split()
    assert recall[1] == "0.667" and fpr[1:] == ["0.000", "0.000"]  # complaint alone, complaint+ask
    matrix = next(line for line in report.splitlines() if line.startswith("actual complaint")).split()
    assert [int(x) for x in matrix[2:]] == [2, 0, 1]


def test_eval_reports_each_file(tmp_path: Path) -> None:
    from flexbot.complaints.cli import eval_files

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"text": "Bedankt voor niks", "label": "complaint"}) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"text": "Wat kost de premie?", "label": "no_complaint"}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert eval_files([str(a), str(b)], out) == 0
    report = out.getvalue()
    assert report.count("file ") == 2 and str(a) in report and str(b) in report


def test_eval_rejects_unlabelled_lines(tmp_path: Path, capsys) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "x"}\n', encoding="utf-8")
    assert eval_main(data) == 2
    assert "label" in capsys.readouterr().err


def test_register_adds_both_subcommands(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser(prog="flexbot")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval-complaints", str(tmp_path / "x.jsonl")])
    assert args.file[0].endswith("x.jsonl") and callable(args.func)
    assert callable(parser.parse_args(["classify"]).func)
