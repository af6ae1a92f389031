"""Detector speed for `make bench`: throughput on one core and latency per chat turn.

    .venv/bin/python -m flexbot.complaints.bench
"""
from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path

from flexbot.complaints.detector import load_detector
from flexbot.complaints.train import ROOT, read_jsonl

BENCH_DATA = ROOT / "data" / "complaints" / "heldout.jsonl"


def _texts(path: Path, n: int) -> list[str]:
    base = [r["text"] for r in read_jsonl(path)]
    return [base[i % len(base)] for i in range(n)]


def run_detector_bench(n_batch: int = 20_000, n_single: int = 2_000) -> dict:
    """Throughput of detect_many on `n_batch` texts and p50/p95/p99 of single detect() calls."""
    # One core: pin this process when the platform allows it (torch/numpy threads stay idle for
    # a bag-of-words model anyway).
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass
    detector = load_detector()
    texts = _texts(BENCH_DATA, n_batch)
    detector.detect_many(texts[:500])  # warm-up

    start = time.perf_counter()
    detector.detect_many(texts)
    batch_seconds = time.perf_counter() - start

    latencies = []
    for text in texts[:n_single]:
        t0 = time.perf_counter()
        detector.detect(text)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    long_text = "Mijn jurist belt nooit terug. " * 700  # ~20 kB
    t0 = time.perf_counter()
    detector.detect(long_text)
    long_ms = (time.perf_counter() - t0) * 1000
    return {
        "detector_version": detector.version,
        "texts": n_batch,
        "throughput_texts_per_s": round(n_batch / batch_seconds),
        "single_p50_ms": round(q[49], 3),
        "single_p95_ms": round(q[94], 3),
        "single_p99_ms": round(q[98], 3),
        "text_20kb_ms": round(long_ms, 2),
        "targets": {"throughput_texts_per_s": 2000, "single_p95_ms": 5.0},
    }


if __name__ == "__main__":
    print(json.dumps(run_detector_bench(), indent=2))
