"""The register benchmark runs and leaves every complaint registered (figures are in docs/desk.md)."""

from __future__ import annotations

import redis

from desk.bench import run_register_bench


def test_register_bench_reports_figures(redis_url: str) -> None:
    result = run_register_bench(redis_url, 200)
    assert result["complaints"] == 200 and result["pending_after"] == 0
    assert result["registered_per_second"] > 0 and result["latency_samples"] == 200
    assert result["latency_p99_ms"] >= result["latency_p50_ms"] >= 0
    assert redis.Redis.from_url(redis_url).zcard("desk:idx:received") == 400
