"""The CLI wiring (`flexbot connectors ...`) and a small run of the throughput bench."""

from __future__ import annotations

import argparse

from connectors.bench import run_connectors_bench
from connectors.replay import register


def test_register_adds_connectors_replay():
    parser = argparse.ArgumentParser(prog="flexbot")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(
        ["connectors", "replay", "tests/connectors/fixtures/x_mentions_v2.json", "--platform", "x"]
    )
    assert args.file.endswith("x_mentions_v2.json") and args.platform == "x" and callable(args.func)
    assert parser.parse_args(["connectors", "bench", "-n", "10"]).n == 10


def test_bench_pushes_every_mention_through(redis_url, detector):
    result = run_connectors_bench(redis_url, 40, detector=detector)
    assert result["mentions"] == 40
    assert result["feed_entries"] == 40
    assert result["inbox_left"] == 0
    assert 0 < result["complaints"] < 40
    assert result["mentions_per_s"] > 0
