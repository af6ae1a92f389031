"""`flexbot classify` and `flexbot eval-complaints FILE.jsonl`.

The lead wires them with `register(subparsers)`; each subcommand sets `func(args) -> int`.
"""
from __future__ import annotations

import argparse
import json
import select
import sys
from pathlib import Path
from typing import TextIO

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
    """One JSON object per input line, in order: {"text", "complaint", "score", "reasons"}."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    detector = load_detector()

    def flush(texts: list[str]) -> None:
        for text, d in zip(texts, detector.detect_many(texts)):
            out = {"text": text, "complaint": d.complaint, "score": d.score, "reasons": d.reasons}
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


def evaluate(path: Path) -> dict:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if "text" not in row or row.get("label") not in (LABEL, "no_complaint"):
                raise ValueError(f"{path}:{n}: need \"text\" and \"label\" complaint|no_complaint")
            rows.append(row)
    detections = load_detector().detect_many([r["text"] for r in rows])
    tp = fp = tn = fn = 0
    errors = []
    for row, d in zip(rows, detections):
        truth = row["label"] == LABEL
        if d.complaint and truth:
            tp += 1
        elif d.complaint:
            fp += 1
            errors.append(("FP", row["text"], d.score))
        elif truth:
            fn += 1
            errors.append(("FN", row["text"], d.score))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    return {
        "lines": len(rows), "tp": tp, "fp": fp, "tn": tn, "fn": fn,
        "precision": precision, "recall": recall, "f1": f1, "fpr": fpr,
        "errors": errors, "version": detections[0].version if detections else "",
    }


def eval_main(path: str | Path, stdout: TextIO | None = None, show_errors: bool = False) -> int:
    """Print precision, recall, F1, false-positive rate and the confusion matrix. Exit code 0."""
    out = stdout or sys.stdout
    try:
        m = evaluate(Path(path))
    except (OSError, ValueError) as exc:
        print(f"eval-complaints: {exc}", file=sys.stderr)
        return 2
    out.write(
        f"file       {path}\n"
        f"detector   {m['version']}\n"
        f"lines      {m['lines']}\n"
        f"precision  {m['precision']:.3f}\n"
        f"recall     {m['recall']:.3f}\n"
        f"F1         {m['f1']:.3f}\n"
        f"FPR        {m['fpr']:.3f}\n"
        "\n"
        "confusion matrix      predicted complaint  predicted no_complaint\n"
        f"actual complaint      {m['tp']:>19}  {m['fn']:>22}\n"
        f"actual no_complaint   {m['fp']:>19}  {m['tn']:>22}\n"
    )
    if show_errors:
        for kind, text, score in m["errors"]:
            out.write(f"{kind} {score:.3f} {text}\n")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `classify` and `eval-complaints` to the `flexbot` command's subparsers."""
    classify = subparsers.add_parser(
        "classify", help="complaint detector: lines on stdin (text or JSONL with \"text\") -> JSONL on stdout"
    )
    classify.set_defaults(func=lambda args: classify_main(sys.stdin, sys.stdout))
    evaluate_p = subparsers.add_parser(
        "eval-complaints", help="precision, recall, F1, FPR and confusion matrix on a labelled JSONL file"
    )
    evaluate_p.add_argument("file", help="JSONL lines with \"text\" and \"label\" (complaint|no_complaint)")
    evaluate_p.add_argument("--errors", action="store_true", help="also list the misclassified lines")
    evaluate_p.set_defaults(func=lambda args: eval_main(args.file, show_errors=args.errors))


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry: python -m flexbot.complaints.cli classify|eval-complaints FILE."""
    parser = argparse.ArgumentParser(prog="flexbot")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
