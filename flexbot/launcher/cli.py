"""The `flexbot` command."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from flexbot import settings
from flexbot.complaints import cli as complaints_cli
from flexbot.launcher import bench, eval_answers, services, training


def _run(argv: list[str]) -> int:
    print("$ " + " ".join(argv), flush=True)
    return subprocess.run(argv, cwd=settings.ROOT).returncode


def cmd_run(args: argparse.Namespace) -> int:
    code = training.train()
    return code or services.supervise(production=getattr(args, "production", False))


def cmd_train(args: argparse.Namespace) -> int:
    return training.train(force=args.force, labels=args.labels)


def cmd_serve(args: argparse.Namespace) -> int:
    services.serve(args.service)
    return 0  # not reached: serve() replaces the process


def validate_data() -> int:
    return _run(
        training.rasa_command(
            "data",
            "validate",
            "--fail-on-warnings",
            "--config",
            str(settings.CONFIG_FILE),
            "--domain",
            str(settings.DOMAIN_DIR),
            "--data",
            *map(str, settings.training_data()),
        )
    )


def test_conversations() -> int:
    return _run(
        training.rasa_command(
            "test",
            "core",
            "--model",
            str(settings.MODEL_PATH),
            "--stories",
            str(settings.CONVERSATION_TESTS),
            "--out",
            str(settings.VAR_DIR / "results" / "core"),
            "--fail-on-prediction-errors",
        )
    )


def cmd_test(args: argparse.Namespace) -> int:
    """Everything `make test` checks: lint, format and types, data, trained model, conversations,
    unit and browser tests."""
    tool = Path(sys.executable).with_name
    steps: list[tuple[str, Callable[[], int]]] = [
        ("ruff (lint, import order, complexity)", lambda: _run([str(tool("ruff")), "check", "."])),
        ("ruff format --check", lambda: _run([str(tool("ruff")), "format", "--check", "."])),
        ("mypy (strict flags on the shared core)", lambda: _run([str(tool("mypy"))])),
        ("rasa data validate", validate_data),
        ("train if needed", training.train),
        ("rasa test (conversation tests)", test_conversations),
        ("pytest", lambda: _run([sys.executable, "-m", "pytest", *args.pytest_args])),
    ]
    for title, step in steps:
        print(f"\n=== {title} ===", flush=True)
        code = step()
        if code:
            print(f"FAILED: {title} (exit {code})", flush=True)
            return code
    return 0


def cmd_connectors(args: argparse.Namespace) -> int:
    """The connectors service owns its subcommands; the launcher starts it by module name."""
    return subprocess.run([sys.executable, "-m", "connectors", *args.extra], cwd=settings.ROOT).returncode


def cmd_labels_export(args: argparse.Namespace) -> int:
    """Every labelled example people gave (customer, social team, handlers) as training rows."""
    import asyncio

    from flexbot.complaints import labels
    from flexbot.streams import redis_client

    async def export() -> int:
        client = redis_client(settings.get().redis_url)
        try:
            return await labels.export(client, Path(args.file))
        finally:
            await client.close()

    print(f"{asyncio.run(export())} labelled examples written to {args.file}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flexbot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="train if needed and start every service")
    run.add_argument(
        "--production",
        action="store_true",
        help="restart a crashed service with backoff, keep the others up (also FLEXBOT_RESTART=1)",
    )
    run.set_defaults(func=cmd_run)

    train = sub.add_parser("train", help="train the Rasa model when config or data changed")
    train.add_argument("--force", action="store_true", help="train even when nothing changed")
    train.add_argument(
        "--labels",
        type=Path,
        default=None,
        help="extra labelled lines for the complaint detector (JSONL, flexbot/complaints/labels.py)",
    )
    train.set_defaults(func=cmd_train)

    test = sub.add_parser("test", help="validate data, run conversation tests and pytest; other arguments go to pytest")
    test.set_defaults(func=cmd_test, pytest_args=[])

    serve = sub.add_parser("serve", help="start one service in the foreground")
    serve.add_argument("service", choices=["redis", "rasa", "actions", "web", "desk", "connectors"])
    serve.set_defaults(func=cmd_serve)

    label_cmd = sub.add_parser("labels", help="labelled examples from people's judgements")
    label_sub = label_cmd.add_subparsers(dest="labels_command", required=True)
    export = label_sub.add_parser("export", help="write them in the detector's training format (JSONL)")
    export.add_argument("file", nargs="?", default=str(settings.VAR_DIR / "labels.jsonl"))
    export.set_defaults(func=cmd_labels_export)

    bench.register(sub)
    complaints_cli.register(sub)
    eval_answers.register(sub)
    connectors = sub.add_parser(
        "connectors",
        help="social-media connectors: replay FILE, serve, bench (runs `python -m connectors ...`)",
        add_help=False,
    )
    connectors.set_defaults(func=cmd_connectors)
    return parser


def main(argv: list[str] | None = None) -> None:
    # Rasa's telemetry and error reporting would phone home; customer data stays here.
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's start-up chatter
    args, extra = build_parser().parse_known_args(argv)
    if extra and args.command not in ("test", "connectors"):
        build_parser().error(f"unrecognized arguments: {' '.join(extra)}")
    args.pytest_args = args.extra = extra
    raise SystemExit(args.func(args))


if __name__ == "__main__":
    main()
