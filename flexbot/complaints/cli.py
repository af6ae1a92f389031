"""`flexbot classify` and `flexbot eval-complaints FILE.jsonl`.

The lead wires them with `register(subparsers)`; each subcommand sets `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import json
import select
import sys
from pathlib import Path
from typing import Any, TextIO

from flexbot.complaints.detector import load_detector

LABEL = "complaint"


def _text_of(line: str) -> str:
    """A line is plain text, or a JSON object with a "text" field."""
    stripped = line.strip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError:
            return stripped
        if isinstance(obj, dict):
            value = obj.get("text")
            return value if isinstance(value, str) else ""
    return line.rstrip("\r\n")


def classify_main(stdin: TextIO | None = None, stdout: TextIO | None = None, batch: int = 256) -> int:
    """One JSON object per input line, in order: {"text", "complaint", "decision", "score", "reasons", "version"}."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    detector = load_detector()

    def flush(texts: list[str]) -> None:
        for text, d in zip(texts, detector.detect_many(texts), strict=False):
            out = {
                "text": text,
                "complaint": d.complaint,
                "decision": d.decision,
                "score": d.score,
                "reasons": d.reasons,
                "version": d.version,
            }
            stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        stdout.flush()

    pending: list[str] = []
    for line in stdin:
        pending.append(_text_of(line))
        # Interactive use (a pipe that trickles) still gets prompt answers: flush per batch or
        # as soon as no more input is buffered.
        if len(pending) >= batch or _drained(stdin):
            flush(pending)
            pending = []
    if pending:
        flush(pending)
    return 0


def _drained(stream: TextIO) -> bool:
    """True when the OS has no further input ready (in-memory streams: never, until EOF)."""
    try:
        fd = stream.fileno()
    except (AttributeError, ValueError, OSError):
        return False
    ready, _, _ = select.select([fd], [], [], 0)
    return not ready


def _counts(truths: list[bool], predicted: list[bool]) -> dict[str, Any]:
    tp = sum(t and p for t, p in zip(truths, predicted, strict=False))
    fp = sum(p and not t for t, p in zip(truths, predicted, strict=False))
    fn = sum(t and not p for t, p in zip(truths, predicted, strict=False))
    tn = len(truths) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return {"tp": tp, "fp": fp, "tn": tn, "fn": fn, "precision": precision, "recall": recall, "f1": f1, "fpr": fpr}


def evaluate(path: Path) -> dict[str, Any]:
    """Counts with `complaint` alone ("sure") and with `complaint` + `ask` counted as caught ("caught"),
    the 2 x 3 confusion matrix (label x decision) and the misclassified lines."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" not in row or row.get("label") not in (LABEL, "no_complaint"):
                raise ValueError(f'{path}:{n}: need "text" and "label" complaint|no_complaint')
            rows.append(row)
    detector = load_detector()
    detections = detector.detect_many([r["text"] for r in rows])
    # A line may carry what the conversation knew ("context": prior turns and/or "about:opponent").
    detections = [
        detector.detect(r["text"], r["context"]) if r.get("context") else d
        for r, d in zip(rows, detections, strict=True)
    ]
    truths = [r["label"] == LABEL for r in rows]
    sure = _counts(truths, [d.decision == "complaint" for d in detections])
    caught = _counts(truths, [d.decision != "none" for d in detections])
    matrix = {label: {dec: 0 for dec in ("complaint", "ask", "none")} for label in (LABEL, "no_complaint")}
    errors = []
    for row, truth, d in zip(rows, truths, detections, strict=False):
        matrix[row["label"]][d.decision] += 1
        if truth and d.decision != "complaint":
            errors.append(("FN" if d.decision == "none" else "ASK+", row["text"], d.score))
        elif not truth and d.decision != "none":
            errors.append(("FP" if d.decision == "complaint" else "ASK-", row["text"], d.score))
    return {
        "lines": len(rows),
        **sure,
        "sure": sure,
        "caught": caught,
        "matrix": matrix,
        "errors": errors,
        "version": detections[0].version if detections else "",
    }


def eval_main(path: str | Path, stdout: TextIO | None = None, show_errors: bool = False) -> int:
    """Print precision, recall, F1 and false-positive rate counting `complaint` alone and
    `complaint` + `ask`, and the confusion matrix (label x decision). Exit code 0, 2 on bad input."""
    out = stdout or sys.stdout
    try:
        m = evaluate(Path(path))
    except (OSError, ValueError) as exc:
        print(f"eval-complaints: {exc}", file=sys.stderr)
        return 2
    s, c, mx = m["sure"], m["caught"], m["matrix"]
    out.write(
        f"file       {path}\n"
        f"detector   {m['version']}\n"
        f"lines      {m['lines']}\n"
        "                     complaint   complaint+ask\n"
        f"precision  {s['precision']:>18.3f}  {c['precision']:>14.3f}\n"
        f"recall     {s['recall']:>18.3f}  {c['recall']:>14.3f}\n"
        f"F1         {s['f1']:>18.3f}  {c['f1']:>14.3f}\n"
        f"FPR        {s['fpr']:>18.3f}  {c['fpr']:>14.3f}\n"
        "\n"
        "confusion matrix      decision complaint  decision ask  decision none\n"
        f"actual complaint      {mx[LABEL]['complaint']:>18}  {mx[LABEL]['ask']:>12}  {mx[LABEL]['none']:>13}\n"
        f"actual no_complaint   {mx['no_complaint']['complaint']:>18}  {mx['no_complaint']['ask']:>12}  "
        f"{mx['no_complaint']['none']:>13}\n"
    )
    if show_errors:
        for kind, text, score in m["errors"]:
            out.write(f"{kind} {score:.3f} {text}\n")
    return 0


def eval_files(paths: list[str] | str, stdout: TextIO | None = None, show_errors: bool = False) -> int:
    """eval_main per file (one report each); the worst exit code."""
    paths = [paths] if isinstance(paths, (str, Path)) else paths
    out = stdout or sys.stdout
    code = 0
    for i, path in enumerate(paths):
        if i:
            out.write("\n")
        code = max(code, eval_main(path, out, show_errors))
    return code


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `classify` and `eval-complaints` to the `flexbot` command's subparsers."""
    classify = subparsers.add_parser(
        "classify", help='complaint detector: lines on stdin (text or JSONL with "text") -> JSONL on stdout'
    )
    classify.set_defaults(func=lambda args: classify_main(sys.stdin, sys.stdout))
    evaluate_p = subparsers.add_parser(
        "eval-complaints",
        help="precision, recall, F1, FPR (complaint alone and complaint+ask) and confusion matrix on labelled JSONL files",
    )
    evaluate_p.add_argument("file", nargs="+", help='JSONL lines with "text" and "label" (complaint|no_complaint)')
    evaluate_p.add_argument("--errors", action="store_true", help="also list the misclassified lines")
    evaluate_p.set_defaults(func=lambda args: eval_files(args.file, show_errors=args.errors))


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry: python -m flexbot.complaints.cli classify|eval-complaints FILE."""
    parser = argparse.ArgumentParser(prog="flexbot")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
