"""`flexbot bench`: speed and memory of the whole product, side by side with the stock Rasa bot.

The chat figures come from an aiohttp load generator that drives N concurrent conversations over
the REST channel of a running stack (real Redis tracker and lock stores, real action server).
The same generator then drives the stock `rasa init` bot, trained in a temporary directory.
Results are printed as Markdown and saved as JSON (var/bench/results.json).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import subprocess
import tempfile
import time
import sys
import uuid
from pathlib import Path
from typing import Any, Callable

import aiohttp

from flexbot import settings
from flexbot.redis_server import LocalRedis, free_port
from flexbot.launcher.stack import start_stack, wait_for_http
from flexbot.launcher.training import rasa_command

FAQ_MESSAGE = "Hoe meld ik een zaak?"  # answered by action_answer_faq on the action server
STOCK_MESSAGE = "hello"                # answered by utter_greet in the stock bot


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (e.g. Sanic workers), from /proc."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total += int(line.split()[1]) / 1024
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        total += sum(rss_mb(int(child)) for child in children)
    return total


LOAD_SCRIPT = """
import logging, sys, time
logging.disable(logging.WARNING)
from rasa.core.agent import Agent
began = time.perf_counter()
Agent.load(sys.argv[1])
print(time.perf_counter() - began)
"""


def model_load_seconds(model: Path) -> float:
    """Time to load the trained model alone (Python and Rasa already imported)."""
    out = subprocess.run([str(Path(rasa_command()[0]).with_name("python")), "-c", LOAD_SCRIPT, str(model)],
                         capture_output=True, text=True, check=True,
                         env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


async def drive(url: str, conversations: int, turns: int, message: str) -> dict[str, Any]:
    """N concurrent conversations, each sending `turns` messages one after the other."""
    latencies: list[float] = []
    errors = 0
    run = uuid.uuid4().hex[:8]
    timeout = aiohttp.ClientTimeout(total=60)

    async with aiohttp.ClientSession(timeout=timeout) as session:
        async def conversation(index: int) -> None:
            nonlocal errors
            sender = f"bench-{run}-{index}"
            for _ in range(turns):
                began = time.perf_counter()
                try:
                    async with session.post(url, json={"sender": sender, "message": message}) as reply:
                        body = await reply.json()
                        if reply.status != 200 or not body:
                            errors += 1
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    errors += 1
                latencies.append((time.perf_counter() - began) * 1000)

        await asyncio.gather(*(conversation(i) for i in range(min(conversations, 4))))  # warm-up
        latencies.clear()
        errors = 0
        began = time.perf_counter()
        await asyncio.gather(*(conversation(i) for i in range(conversations)))
        elapsed = time.perf_counter() - began

    return {
        "conversations": conversations,
        "turns": len(latencies),
        "seconds": round(elapsed, 2),
        "throughput_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1),
        "errors": errors,
    }


def bench_flexbot(work: Path, conversations: int, turns: int) -> dict[str, Any]:
    stack = start_stack(work / "flexbot")
    try:
        result = asyncio.run(drive(stack.url("rasa") + "/webhooks/rest/webhook", conversations, turns, FAQ_MESSAGE))
        result["rasa_rss_mb"] = round(rss_mb(stack.processes["rasa"].pid), 1)
        result["actions_rss_mb"] = round(rss_mb(stack.processes["actions"].pid), 1)
        result["rasa_ready_s"] = round(stack.ready_seconds["rasa"], 1)
        result["rasa_workers"] = int(stack.env.get("RASA_WORKERS", os.cpu_count() or 1))
        result["model_load_s"] = model_load_seconds(settings.MODEL_PATH)
        return result
    finally:
        stack.stop()


def timed(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    began = time.monotonic()
    subprocess.run(argv, cwd=cwd, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **(env or {})},
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.monotonic() - began


def bench_training(work: Path) -> dict[str, Any]:
    """Full training from scratch into a temporary models directory."""
    models = work / "train-models"
    seconds = timed([str(Path(rasa_command()[0]).with_name("flexbot")), "train", "--force"],
                    settings.ROOT, {"FLEXBOT_MODELS_DIR": str(models)})
    return {"full_training_s": round(seconds, 1)}


def bench_stock(work: Path, conversations: int, turns: int) -> dict[str, Any]:
    """The stock `rasa init` bot: trained here, served with its default (in-memory) stores."""
    project = work / "stock"
    project.mkdir()
    train_s = timed(rasa_command("init", "--no-prompt", "--init-dir", str(project)), work)
    port = free_port()
    log = (work / "stock-rasa.log").open("wb")
    began = time.monotonic()
    server = subprocess.Popen(rasa_command("run", "--port", str(port)), cwd=project, stdout=log,
                              stderr=subprocess.STDOUT, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    url = f"http://127.0.0.1:{port}/webhooks/rest/"
    try:
        wait_for_http(url, server)
        ready_s = time.monotonic() - began
        result = asyncio.run(drive(url + "webhook", conversations, turns, STOCK_MESSAGE))
        result.update(rasa_rss_mb=round(rss_mb(server.pid), 1), rasa_ready_s=round(ready_s, 1),
                      full_training_s=round(train_s, 1), rasa_workers=1,
                      model_load_s=model_load_seconds(next((project / "models").glob("*.tar.gz"))))
        return result
    finally:
        server.terminate()
        server.wait(timeout=20)


def component_benches(work: Path) -> dict[str, Any]:
    """Benchmarks that other packages contribute (checker, detector, desk, connectors)."""
    results: dict[str, Any] = {}
    benches: list[tuple[str, Callable[[], dict]]] = []

    from flexbot.flexpolis.bench import run_checker_bench
    benches.append(("coverage checker", lambda: run_checker_bench(10_000)))
    try:
        from flexbot.complaints.bench import run_detector_bench
        benches.append(("complaint detector", run_detector_bench))
    except ModuleNotFoundError:
        pass
    redis = LocalRedis(work / "component-redis", free_port()).start()
    try:
        for name, run in benches:
            print(f"… {name}", flush=True)
            results[name] = run()
        # Each service keeps its own bench beside it; the core starts it by module name.
        for name, module, n in (("desk register", "desk.bench", 5000), ("connectors", "connectors.bench", 2000)):
            print(f"… {name}", flush=True)
            results[name] = service_bench(module, redis.url, n)
    finally:
        redis.stop()
    return results


def service_bench(module: str, redis_url: str, n: int) -> dict[str, Any]:
    """Run `python -m <module> --n N` against `redis_url` and read the JSON it prints."""
    out = subprocess.run(
        [sys.executable, "-m", module, "--n", str(n)], cwd=settings.ROOT, check=True,
        capture_output=True, text=True, env={**os.environ, "REDIS_URL": redis_url},
    ).stdout
    result: dict[str, Any] = json.loads(out[out.index("{"):])
    return result


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }


def markdown(results: dict[str, Any]) -> str:
    ours, stock = results["flexbot"], results.get("stock")
    rows = ["| figure | Flexbot | stock `rasa init` bot |", "|---|---|---|"]
    keys = ["throughput_per_s", "p50_ms", "p95_ms", "p99_ms", "errors", "rasa_workers", "rasa_rss_mb",
            "model_load_s", "rasa_ready_s", "full_training_s"]
    for key in keys:
        ours_value = ours.get(key, results.get("training", {}).get(key, ""))
        rows.append(f"| {key} | {ours_value} | {stock.get(key, '') if stock else 'skipped'} |")
    if stock:
        rows.append(f"| throughput ratio | {ours['throughput_per_s'] / stock['throughput_per_s']:.1f}x | 1x |")
    lines = ["\n".join(rows), ""]
    for name, figures in results.get("components", {}).items():
        lines.append(f"- {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
    return "\n".join(lines)


def cmd_bench(args: argparse.Namespace) -> int:
    results: dict[str, Any] = {"machine": machine(), "conversations": args.conversations, "turns": args.turns}
    with tempfile.TemporaryDirectory(prefix="flexbot-bench-") as tmp:
        work = Path(tmp)
        print("… Flexbot chat stack", flush=True)
        results["flexbot"] = bench_flexbot(work, args.conversations, args.turns)
        if not args.chat_only:
            print("… full training", flush=True)
            results["training"] = bench_training(work)
        if not (args.skip_stock or args.chat_only):
            print("… stock rasa init bot (trains first, takes a few minutes)", flush=True)
            results["stock"] = bench_stock(work, args.conversations, args.turns)
        if not args.chat_only:
            results["components"] = component_benches(work)
    out = settings.VAR_DIR / "bench" / "results.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(markdown(results))
    print(f"\nSaved {out}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    bench = subparsers.add_parser("bench", help="measure speed and memory (see docs/performance.md)")
    bench.add_argument("--conversations", type=int, default=20, help="concurrent conversations")
    bench.add_argument("--turns", type=int, default=25, help="messages per conversation")
    bench.add_argument("--skip-stock", action="store_true", help="skip the stock rasa init bot")
    bench.add_argument("--chat-only", action="store_true", help="only the Flexbot chat stack")
    bench.set_defaults(func=cmd_bench)
