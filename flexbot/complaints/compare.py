"""Compare classifier variants the way train.py chooses its thresholds (model choice by measurement).

    .venv/bin/python -m flexbot.complaints.compare [--dev ../shared/complaints-dev/nl_restaurant_reviews.jsonl] \
        "dict(use_chars=False, use_features=False)" "dict()" "dict(char_range=(2, 5))" ...

Each argument is a dict of `Model` keyword arguments. Per variant: out-of-fold scores on train,
Platt scaling, the two thresholds, one fit on all of train, then F1 / recall / FPR with `complaint`
alone and with `complaint` + `ask` on the evaluation files (held-out, fresh check and, if given,
the dev set; the blind split is left out on purpose: nothing is chosen on it).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import Any

from flexbot.complaints import lexicon as lexicon_mod
from flexbot.complaints import train as T
from flexbot.complaints.features import NO_CONTEXT, analyse
from flexbot.complaints.model import Model
from flexbot.complaints.rules import match_cues
from flexbot.complaints.text import normalise


def _f1(truth: list[bool], predicted: list[bool]) -> tuple[float, float, float]:
    tp = sum(a and b for a, b in zip(truth, predicted, strict=False))
    fp = sum(b and not a for a, b in zip(truth, predicted, strict=False))
    fn = sum(a and not b for a, b in zip(truth, predicted, strict=False))
    tn = len(truth) - tp - fp - fn
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), r, (fp / (fp + tn) if fp + tn else 0.0)


def compare(variants: list[dict[str, Any]], files: dict[str, Path]) -> list[str]:
    lexicon = lexicon_mod.Lexicon(lexicon_mod.build())
    rows = T.read_jsonl(T.DEFAULT_DATA)
    norms = [normalise(r["text"]) for r in rows]
    feats = [analyse(n, lexicon, NO_CONTEXT) for n in norms]
    sets = {name: T.read_jsonl(path) for name, path in files.items()}
    lines = []
    for args in variants:
        decisions, truth = T.cross_validate(rows, lexicon, **args)
        platt = T.fit_platt(decisions, truth)
        scores = [
            T.combine(1 / (1 + math.exp(-(platt[0] * d + platt[1]))), match_cues(n))
            for d, n in zip(decisions, norms, strict=False)
        ]
        (high, _, _), (low, _, _) = T.choose_thresholds(scores, truth, rows)
        model = Model(**args).fit(norms, feats, truth)
        model.platt = platt
        out = [f"{args} ask={low} complaint={high}"]
        for name, rs in sets.items():
            nn = [normalise(r["text"]) for r in rs]
            probabilities = model.probabilities(nn, [analyse(n, lexicon, NO_CONTEXT) for n in nn])
            s = [T.combine(p, match_cues(n)) for p, n in zip(probabilities, nn, strict=False)]
            y = [r["label"] == T.LABEL for r in rs]
            sure, caught = _f1(y, [x >= high for x in s]), _f1(y, [x >= low for x in s])
            out.append(
                f"{name}: sure F1 {sure[0]:.3f} R {sure[1]:.3f} FPR {sure[2]:.3f} | "
                f"caught F1 {caught[0]:.3f} R {caught[1]:.3f} FPR {caught[2]:.3f}"
            )
        lines.append(" || ".join(out))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["dict()"])
    parser.add_argument("--dev", type=Path, default=None, help="a labelled development file (read only)")
    args = parser.parse_args(argv)
    data = T.ROOT / "data" / "complaints"
    files = {"heldout": data / "heldout.jsonl", "fresh": data / "fresh_check.jsonl"}
    if args.dev:
        files = {"dev": args.dev, **files}
    # "dict(a=1, b=(2, 5))": evaluated with nothing but dict available
    variants = [eval(v, {"__builtins__": {"dict": dict}}) for v in args.variants]  # noqa: S307
    for line in compare(variants, files):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
