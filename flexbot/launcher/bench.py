"""`flexbot bench`: speed and memory of the whole product, side by side with the stock Rasa bot.

The chat figures come from an aiohttp load generator that drives N concurrent conversations over
the REST channel of a running stack (real Redis tracker and lock stores, real action server).
The stock `rasa init` bot (trained in a temporary directory, or reused with --reuse-stock) runs
at the same time; load rounds alternate between the two bots and ratios are taken within a round,
so a busy machine slows both alike. Percentiles: flexbot.measure.percentile (inclusive).
Results are printed as Markdown and saved as JSON (var/bench/results.json).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from flexbot import settings
from flexbot.launcher.stack import Stack, start_stack, wait_for_http
from flexbot.launcher.training import rasa_command
from flexbot.measure import percentile
from flexbot.redis_server import LocalRedis, free_port

FAQ_MESSAGE = "Hoe meld ik een zaak?"  # answered by action_answer_faq on the action server
STOCK_MESSAGE = "hello"  # answered by utter_greet in the stock bot
TURN_MARKS = (1, 20, 40)  # per-turn latency reported for one long conversation


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (e.g. Sanic workers), from /proc."""
    return round(sum(rss_tree(pid).values()), 1)


def _memory_kb(pid: int, field: str) -> int:
    """VmRSS from /proc/PID/status, or Pss (shared pages divided among their users) from smaps_rollup."""
    path = Path(f"/proc/{pid}/status" if field == "VmRSS" else f"/proc/{pid}/smaps_rollup")
    for line in path.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    """The pids of a process's children, from /proc (empty when it is gone)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
        return sorted(int(c) for task in tasks for c in (task / "children").read_text().split())
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return []


def rss_tree(pid: int, name: str = "main", field: str = "VmRSS") -> dict[str, float]:
    """Memory in MB of a process and of every descendant, keyed "main", "main/1", "main/1/1", ...
    RSS counts pages shared by forked workers once per process; PSS ("Pss") splits them."""
    tree: dict[str, float] = {}
    try:
        tree[name] = round(_memory_kb(pid, field) / 1024, 1)
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return tree
    for number, child in enumerate(children(pid), 1):
        tree.update(rss_tree(child, f"{name}/{number}", field))
    return tree


LOAD_SCRIPT = """
import logging, sys, time
logging.disable(logging.WARNING)
from rasa.core.agent import Agent
began = time.perf_counter()
if sys.argv[2:]:
    __import__(sys.argv[2])  # what the server imports before it loads the model (timed too)
Agent.load(sys.argv[1])
print(time.perf_counter() - began)
"""


def model_load_seconds(model: Path, preload: str | None = None) -> float:
    """Time to load the trained model alone (Python and Rasa already imported; `preload` is a
    module the server imports before loading, e.g. Flexbot's REST channel with its speedups)."""
    argv = [
        str(Path(rasa_command()[0]).with_name("python")),
        "-c",
        LOAD_SCRIPT,
        str(model),
        *([preload] if preload else []),
    ]
    out = subprocess.run(
        argv, capture_output=True, text=True, check=True, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    )
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


def summary(latencies: list[float]) -> dict[str, float]:
    """p50/p95/p99/mean in ms, one percentile definition (flexbot.measure.percentile)."""
    return {
        "p50_ms": round(percentile(latencies, 50), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "p99_ms": round(percentile(latencies, 99), 1),
        "mean_ms": round(statistics.fmean(latencies), 1) if latencies else float("nan"),
    }


async def _say(session: aiohttp.ClientSession, url: str, sender: str, message: str) -> tuple[float, bool]:
    began = time.perf_counter()
    ok = False
    try:
        async with session.post(url, json={"sender": sender, "message": message}) as reply:
            body = await reply.json()
            ok = reply.status == 200 and bool(body)
    except (aiohttp.ClientError, asyncio.TimeoutError):
        pass
    return (time.perf_counter() - began) * 1000, ok


async def drive(url: str, conversations: int, turns: int, message: str) -> dict[str, Any]:
    """N concurrent fresh conversations, each sending `turns` messages one after the other."""
    latencies: list[float] = []
    errors = 0
    run = uuid.uuid4().hex[:8]
    timeout = aiohttp.ClientTimeout(total=60)

    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def conversation(prefix: str, index: int) -> None:
            nonlocal errors
            for _ in range(turns):
                ms, ok = await _say(session, url, f"bench-{run}-{prefix}{index}", message)
                latencies.append(ms)
                errors += not ok

        await asyncio.gather(*(conversation("w", i) for i in range(min(conversations, 4))))  # warm-up
        latencies.clear()
        errors = 0
        began = time.perf_counter()
        await asyncio.gather(*(conversation("c", i) for i in range(conversations)))
        elapsed = time.perf_counter() - began

    return {
        "conversations": conversations,
        "turns": len(latencies),
        "seconds": round(elapsed, 2),
        "throughput_per_s": round(len(latencies) / elapsed, 1),
        **summary(latencies),
        "errors": errors,
    }


async def drive_long(url: str, turns: int, repeats: int, message: str) -> dict[str, Any]:
    """One conversation at a time, `turns` messages long, `repeats` times: latency per turn index
    (median over the repeats) at TURN_MARKS, and the median of the first and last five turns."""
    run = uuid.uuid4().hex[:8]
    per_turn: list[list[float]] = [[] for _ in range(turns)]
    errors = 0
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
        for repeat in range(repeats + 1):  # the first conversation warms up
            for turn in range(turns):
                ms, ok = await _say(session, url, f"long-{run}-{repeat}", message)
                if repeat:
                    per_turn[turn].append(ms)
                    errors += not ok
    medians = [statistics.median(samples) for samples in per_turn]
    result: dict[str, Any] = {f"turn_{mark}_ms": round(medians[mark - 1], 1) for mark in TURN_MARKS if mark <= turns}
    first, last = statistics.median(medians[:5]), statistics.median(medians[-5:])
    result.update(
        turns_1_5_ms=round(first, 1),
        turns_last_5_ms=round(last, 1),
        last_vs_first=round(last / first, 2),
        long_turns=turns,
        long_repeats=repeats,
        long_errors=errors,
    )
    if turns >= max(TURN_MARKS):
        result[f"turn_{max(TURN_MARKS)}_vs_1"] = round(medians[max(TURN_MARKS) - 1] / medians[0], 2)
    return result


def timed(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    began = time.monotonic()
    subprocess.run(
        argv,
        cwd=cwd,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **(env or {})},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.monotonic() - began


def bench_training(work: Path) -> dict[str, Any]:
    """Full training from scratch into a temporary models directory."""
    models = work / "train-models"
    seconds = timed(
        [str(Path(rasa_command()[0]).with_name("flexbot")), "train", "--force"],
        settings.ROOT,
        {"FLEXBOT_MODELS_DIR": str(models)},
    )
    return {"full_training_s": round(seconds, 1)}


STOCK_CACHE = settings.VAR_DIR / "bench" / "stock-bot"


def stock_project(work: Path, reuse: bool) -> tuple[Path, float | None]:
    """The stock `rasa init` bot, trained now (training time returned) or, with `reuse`, the one
    trained by an earlier run in var/bench/stock-bot (training time None)."""
    if reuse and any((STOCK_CACHE / "models").glob("*.tar.gz")):
        return STOCK_CACHE, None
    project = STOCK_CACHE if reuse else work / "stock"
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    return project, round(timed(rasa_command("init", "--no-prompt", "--init-dir", str(project)), work), 1)


@dataclass
class Server:
    """A chat server under test: its webhook, the processes to measure, the model it loaded."""

    name: str
    url: str
    message: str
    processes: dict[str, int]
    model: Path
    info: dict[str, Any] = field(default_factory=dict)
    preload: str | None = None  # imported before the model is loaded, as the server does


def start_stock(work: Path, project: Path) -> tuple[subprocess.Popen[bytes], Server]:
    """`rasa run` in the stock project: default (in-memory) stores, one process."""
    port = free_port()
    log = (work / "stock-rasa.log").open("wb")
    began = time.monotonic()
    process = subprocess.Popen(
        rasa_command("run", "--port", str(port)),
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
    )
    url = f"http://127.0.0.1:{port}/webhooks/rest/"
    try:
        wait_for_http(url, process, timeout=900)  # TensorFlow model: minutes on a busy machine
    except Exception:
        process.terminate()
        raise
    server = Server(
        "stock",
        url + "webhook",
        STOCK_MESSAGE,
        {"rasa": process.pid},
        next((project / "models").glob("*.tar.gz")),
        {"rasa_ready_s": round(time.monotonic() - began, 1), "rasa_workers": 1},
    )
    return process, server


def flexbot_server(stack: Stack) -> Server:
    processes = {name: process.pid for name, process in stack.processes.items()}
    if stack.redis.process is not None:
        processes["redis"] = stack.redis.process.pid
    return Server(
        "flexbot",
        stack.url("rasa") + "/webhooks/rest/webhook",
        FAQ_MESSAGE,
        processes,
        settings.MODEL_PATH,
        {
            "rasa_ready_s": round(stack.ready_seconds["rasa"], 1),
            "rasa_workers": int(stack.env.get("RASA_WORKERS") or os.cpu_count() or 1),
        },
        preload="bot.rasa_speedups",  # imported by our REST channel before the model loads
    )


def measure_servers(servers: list[Server], args: argparse.Namespace, model_load: bool = True) -> dict[str, Any]:
    """Both bots are up at once; each round drives one after the other, so a noisy neighbour on
    the machine hits both alike. Ratios are taken within a round."""
    results: dict[str, Any] = {server.name: {"rounds": [], **server.info} for server in servers}
    for round_number in range(1, args.rounds + 1):
        for server in servers:
            print(
                f"… round {round_number}: {server.name}, {args.conversations} conversations x {args.turns} turns",
                flush=True,
            )
            load = round(os.getloadavg()[0], 2)
            figures = asyncio.run(drive(server.url, args.conversations, args.turns, server.message))
            results[server.name]["rounds"].append({**figures, "load_before": load})
    if args.long_turns:
        for server in servers:
            print(f"… {server.name}: one conversation of {args.long_turns} turns x {args.long_repeats}", flush=True)
            results[server.name]["long"] = asyncio.run(
                drive_long(server.url, args.long_turns, args.long_repeats, server.message)
            )
    for server in servers:
        mine = results[server.name]
        mine["rss_mb"] = {name: rss_tree(pid) for name, pid in server.processes.items()}
        mine["pss_mb"] = {name: rss_tree(pid, field="Pss") for name, pid in server.processes.items()}
        mine["rasa_rss_mb"] = round(sum(mine["rss_mb"]["rasa"].values()), 1)
        mine["rasa_pss_mb"] = round(sum(mine["pss_mb"]["rasa"].values()), 1)
        if model_load:
            mine["model_load_s"] = model_load_seconds(server.model, server.preload)
        for key in ("throughput_per_s", "p50_ms", "p95_ms", "p99_ms"):
            mine[key] = round(statistics.median(r[key] for r in mine["rounds"]), 1)
        mine["errors"] = sum(r["errors"] for r in mine["rounds"])
    if len(servers) == 2:
        ours, stock = (results[s.name]["rounds"] for s in servers)
        ratios = [round(o["throughput_per_s"] / s["throughput_per_s"], 2) for o, s in zip(ours, stock, strict=True)]
        results["throughput_ratio_per_round"] = ratios
        results["throughput_ratio"] = round(statistics.median(ratios), 2)
    return results


# Speedups switched on one at a time, in this order (flexbot/switches.py), for `--ladder`: each step
# turns on its own switch and keeps those of the steps after it off.
STEPS = [
    ("none of the speedups below", ""),
    ("+ complaint hook skipped when idle", "hook_gate"),
    ("+ incremental policy states", "state_history"),
    ("+ append-only tracker store with per-process cache", "append_store"),
    ("+ FAQ answered inside the Rasa server", "local_faq"),
    ("+ atomic, non-blocking conversation lock", "atomic_lock"),
    ("+ rule lookup that stops at the longest rule", "rule_lookup"),
    ("+ model graphs run without dask's scheduler", "graph_runner"),
    ("+ tracker copied, not replayed, for each action", "tracker_copy"),
    ("+ applied events kept up to date", "applied_events"),
    ("+ workers under a lean parent (all on)", "lean_parent"),
]
LADDER = [(label, ",".join(name for _, name in STEPS[i + 1 :])) for i, (label, _) in enumerate(STEPS)]


def ladder(stack: Stack, servers: list[Server], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Restart Flexbot's Rasa server once per step; the stock bot stays up for the ratios."""
    steps = []
    chosen = [int(i) for i in args.ladder_steps.split(",")] if args.ladder_steps else range(len(LADDER))
    for label, off in (LADDER[i] for i in chosen):
        print(f"… ladder: {label}", flush=True)
        process = stack.processes.pop("rasa")
        process.terminate()
        process.wait(timeout=30)
        stack.start("rasa", FLEXBOT_SPEEDUPS_OFF=off)
        servers[0] = flexbot_server(stack)
        step = measure_servers(servers, args, model_load=False)
        steps.append({"step": label, "speedups_off": off, **step})
    return steps


def bench_chat(work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Flexbot's stack and (unless skipped) the stock bot, side by side."""
    stock_process: subprocess.Popen[bytes] | None = None
    stack = start_stack(work / "flexbot")
    try:
        servers = [flexbot_server(stack)]
        if not args.skip_stock:
            print(
                "… stock rasa init bot" + ("" if args.reuse_stock else " (trains first, takes a few minutes)"),
                flush=True,
            )
            project, train_s = stock_project(work, args.reuse_stock)
            stock_process, server = start_stock(work, project)
            if train_s is not None:
                server.info["full_training_s"] = train_s
            servers.append(server)
        if args.ladder:
            return {"ladder": ladder(stack, servers, args)}
        return measure_servers(servers, args)
    finally:
        if stock_process is not None:
            stock_process.terminate()
            stock_process.wait(timeout=20)
        stack.stop()


def component_benches(work: Path) -> dict[str, Any]:
    """Benchmarks that other packages contribute (checker, detector, desk, connectors)."""
    results: dict[str, Any] = {}
    benches: list[tuple[str, Callable[[], dict[str, Any]]]] = []

    from flexbot.flexpolis.bench import run_checker_bench, run_story_bench

    benches.append(("coverage checker", lambda: run_checker_bench(10_000)))
    benches.append(("story reading", run_story_bench))
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
        [sys.executable, "-m", module, "--n", str(n)],
        cwd=settings.ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "REDIS_URL": redis_url},
    ).stdout
    result: dict[str, Any] = json.loads(out[out.index("{") :])
    return result


def machine() -> dict[str, Any]:
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "date": time.strftime("%Y-%m-%d %H:%M %Z"),
    }


def ladder_markdown(steps: list[dict[str, Any]]) -> str:
    rows = [
        "| step | turns/s (stock) | ratio | p50 ms | p95 ms | p99 ms | turn 1 / 20 / 40 ms (40 vs 1) | RSS MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for step in steps:
        ours, stock, long = step["flexbot"], step.get("stock", {}), step["flexbot"].get("long", {})
        turns = " / ".join(str(long.get(f"turn_{m}_ms", "")) for m in TURN_MARKS)
        rows.append(
            f"| {step['step']} | {ours['throughput_per_s']} ({stock.get('throughput_per_s', '')}) "
            f"| {step.get('throughput_ratio', '')}x | {ours['p50_ms']} | {ours['p95_ms']} | {ours['p99_ms']} "
            f"| {turns} ({long.get('turn_40_vs_1', '')}) | {ours['rasa_rss_mb']} |"
        )
    return "\n".join(rows)


def markdown(results: dict[str, Any]) -> str:
    if "ladder" in results:
        return ladder_markdown(results["ladder"])
    ours, stock = results["flexbot"], results.get("stock") or {}
    training = results.get("training", {})
    rows = ["| figure | Flexbot | stock `rasa init` bot |", "|---|---|---|"]

    def row(label: str, ours_value: Any, stock_value: Any = "") -> None:
        rows.append(f"| {label} | {ours_value} | {stock_value if stock else 'skipped'} |")

    def rounds(side: dict[str, Any], key: str) -> str:
        return f"{side.get(key, '')} ({' / '.join(str(r[key]) for r in side.get('rounds', []))})"

    for key in ("throughput_per_s", "p50_ms", "p95_ms", "p99_ms"):
        row(f"{key}, median (per round)", rounds(ours, key), rounds(stock, key))
    if "throughput_ratio" in results:
        per_round = " / ".join(map(str, results["throughput_ratio_per_round"]))
        row("throughput ratio, median (per round)", f"{results['throughput_ratio']}x ({per_round})", "1x")
    for key in ("errors", "rasa_workers", "rasa_rss_mb", "rasa_pss_mb", "model_load_s", "rasa_ready_s"):
        row(key, ours.get(key, ""), stock.get(key, ""))
    row("full_training_s", training.get("full_training_s", ""), stock.get("full_training_s", ""))
    long_keys = [f"turn_{m}_ms" for m in TURN_MARKS] + [
        f"turn_{max(TURN_MARKS)}_vs_1",
        "turns_1_5_ms",
        "turns_last_5_ms",
        "last_vs_first",
        "long_errors",
    ]
    for key in long_keys:
        if key in ours.get("long", {}):
            row(f"one conversation: {key}", ours["long"][key], stock.get("long", {}).get(key, ""))
    lines = ["\n".join(rows), "", "Memory per process, MB (main and its children):"]
    for side in ("flexbot", "stock"):
        for kind in ("rss_mb", "pss_mb"):
            for name, tree in results.get(side, {}).get(kind, {}).items():
                lines.append(f"- {side} {name} {kind[:3].upper()}: " + ", ".join(f"{k}={v}" for k, v in tree.items()))
    lines.append("")
    for name, figures in results.get("components", {}).items():
        lines.append(f"- {name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()))
    return "\n".join(lines)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.chat_only:
        args.skip_stock = args.skip_training = args.skip_components = True
    results: dict[str, Any] = {
        "machine": machine(),
        "conversations": args.conversations,
        "turns": args.turns,
        "percentile": "statistics.quantiles(method='inclusive') (flexbot.measure)",
        "argv": sys.argv[1:],
    }
    with tempfile.TemporaryDirectory(prefix="flexbot-bench-") as tmp:
        work = Path(tmp)
        print("… Flexbot chat stack", flush=True)
        results.update(bench_chat(work, args))
        if not args.skip_training:
            print("… full training", flush=True)
            results["training"] = bench_training(work)
        if not args.skip_components:
            results["components"] = component_benches(work)
    out = settings.VAR_DIR / "bench" / "results.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    print(markdown(results))
    print(f"\nSaved {out}")
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bench = subparsers.add_parser("bench", help="measure speed and memory (see docs/performance.md)")
    bench.add_argument("--conversations", type=int, default=20, help="concurrent conversations")
    bench.add_argument("--turns", type=int, default=20, help="messages per concurrent conversation")
    bench.add_argument("--rounds", type=int, default=2, help="load rounds per bot, alternating between the bots")
    bench.add_argument("--long-turns", type=int, default=40, help="turns of the single long conversation (0: skip)")
    bench.add_argument("--long-repeats", type=int, default=3, help="long conversations (median per turn index)")
    bench.add_argument("--skip-stock", action="store_true", help="skip the stock rasa init bot")
    bench.add_argument(
        "--reuse-stock", action="store_true", help="reuse the stock bot trained by an earlier run (var/bench/stock-bot)"
    )
    bench.add_argument("--skip-training", action="store_true", help="skip the full-training measurement")
    bench.add_argument("--skip-components", action="store_true", help="skip the component benches")
    bench.add_argument("--chat-only", action="store_true", help="only the Flexbot chat stack")
    bench.add_argument(
        "--ladder",
        action="store_true",
        help="switch the Rasa speedups on one at a time (restarts Flexbot's Rasa per step)",
    )
    bench.add_argument("--ladder-steps", default="", help="with --ladder: only these steps, e.g. 0,5 (none / all)")
    bench.set_defaults(func=cmd_bench)
