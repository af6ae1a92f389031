"""Detector speed for `make bench`: throughput on one core and latency per chat turn.

.venv/bin/python -m flexbot.complaints.bench
"""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

from flexbot.complaints.detector import load_detector
from flexbot.complaints.train import ROOT, read_jsonl

BENCH_DATA = ROOT / "data" / "complaints" / "heldout.jsonl"


def _texts(path: Path, n: int) -> list[str]:
    base = [r["text"] for r in read_jsonl(path)]
    return [base[i % len(base)] for i in range(n)]


def run_detector_bench(n_batch: int = 20_000, n_single: int = 2_000) -> dict[str, Any]:
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

    start, cpu_start = time.perf_counter(), time.process_time()
    detector.detect_many(texts)
    batch_seconds = time.perf_counter() - start
    # CPU time of this process: texts per second of one core's own work, whatever else the
    # shared machine runs at the same time (wall-clock throughput is printed too).
    batch_cpu = time.process_time() - cpu_start

    latencies, cpu_latencies = [], []
    for text in texts[:n_single]:
        t0, c0 = time.perf_counter(), time.thread_time()
        detector.detect(text)
        latencies.append((time.perf_counter() - t0) * 1000)
        cpu_latencies.append((time.thread_time() - c0) * 1000)
    q = statistics.quantiles(latencies, n=100)
    cq = statistics.quantiles(cpu_latencies, n=100)
    long_text = "Mijn jurist belt nooit terug. " * 700  # ~20 kB
    t0 = time.perf_counter()
    detector.detect(long_text)
    long_ms = (time.perf_counter() - t0) * 1000
    return {
        "detector_version": detector.version,
        "texts": n_batch,
        "throughput_texts_per_s": round(n_batch / batch_seconds),
        "throughput_texts_per_cpu_s": round(n_batch / batch_cpu) if batch_cpu else None,
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "single_p50_ms": round(q[49], 3),
        "single_p95_ms": round(q[94], 3),
        "single_p99_ms": round(q[98], 3),
        "single_cpu_p50_ms": round(cq[49], 3),
        "single_cpu_p95_ms": round(cq[94], 3),
        "text_20kb_ms": round(long_ms, 2),
        "targets": {"throughput_texts_per_cpu_s": 2000, "single_p95_ms": 5.0},
    }


if __name__ == "__main__":
    print(json.dumps(run_detector_bench(), indent=2))
