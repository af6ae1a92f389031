"""`flexbot connectors replay FILE`: feed a recorded platform payload through its connector and the
pipeline (dedupe -> detector -> social:mentions -> intake), for demos and tests.

FILE holds one payload exactly as the platform sends or returns it (see tests/connectors/fixtures/);
the platform is recognised from its shape unless --platform is given.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from connectors.base import Mention
from connectors.linkedin import LinkedInConnector
from connectors.mastodon import parse_notifications
from connectors.meta import MetaConnector
from connectors.pipeline import Detector, Intake, MentionPipeline, Outcome
from connectors.x import XConnector
from flexbot import settings

PLATFORM_CHOICES = ("facebook", "instagram", "x", "linkedin", "mastodon")
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "connectors" / "fixtures"


def detect_platform(payload: Any) -> str:
    if isinstance(payload, list):
        return "mastodon"
    if isinstance(payload, dict):
        if payload.get("object") == "page":
            return "facebook"
        if payload.get("object") == "instagram":
            return "instagram"
        if "tweet_create_events" in payload or ("data" in payload and "meta" in payload):
            return "x"
        if payload.get("type") == "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS" or "notifications" in payload:
            return "linkedin"
    raise ValueError("cannot tell the platform from this payload; pass --platform")


def parse_payload(platform: str, payload: Any) -> list[Mention]:
    """Parsing needs no secrets: the connectors are built without credentials."""
    if platform in ("facebook", "instagram"):
        return MetaConnector(platform).parse(payload)
    if platform == "x":
        return XConnector().parse(payload)
    if platform == "linkedin":
        return LinkedInConnector().parse(payload)
    if platform == "mastodon":
        return parse_notifications(payload)
    raise ValueError(f"unknown platform {platform!r}")


async def replay(
    path: str | Path, platform: str | None, redis_url: str, detector: Detector, intake: Intake | None
) -> list[Outcome]:
    own_intake = None
    if intake is None:
        from connectors.intake_adapter import IntakeSink

        intake = own_intake = IntakeSink.from_env(redis_url)
    payload = json.loads(Path(path).read_text(encoding="utf-8"))
    platform = platform or detect_platform(payload)
    mentions = parse_payload(platform, payload)
    redis = Redis.from_url(redis_url)
    try:
        return await MentionPipeline(redis, detector, intake).process_many(mentions)
    finally:
        await redis.close()
        if own_intake is not None:
            await own_intake.stop()


def _summary(outcomes: list[Outcome]) -> str:
    lines = []
    for o in outcomes:
        flag = "KLACHT" if o.complaint else "-"
        if o.status != "new":
            flag = o.status
        text = " ".join(o.mention.text.split())
        lines.append(
            f"{o.mention.platform:9} {o.mention.platform_id:24} {flag:9} "
            f"{o.complaint_id or '':15} {o.mention.author_name or o.mention.author_handle}: "
            f"{text[:70]}"
        )
    new = [o for o in outcomes if o.status == "new"]
    lines.append(
        f"{len(outcomes)} mentions, {len(new)} new, {sum(o.complaint for o in new)} complaints sent to the intake"
    )
    return "\n".join(lines)


def replay_main(
    path: str,
    platform: str | None = None,
    *,
    redis_url: str | None = None,
    detector: Detector | None = None,
    intake: Intake | None = None,
) -> int:
    """CLI entry: returns the exit status. Uses REDIS_URL, the shared detector and flexbot.intake.client."""
    redis_url = redis_url or settings.get().redis_url
    if detector is None:
        from flexbot.complaints.detector import load_detector

        detector = load_detector()
    try:
        outcomes = asyncio.run(replay(path, platform, redis_url, detector, intake))
    except (OSError, ValueError) as exc:
        print(f"replay failed: {exc}", file=sys.stderr)
        return 2
    print(_summary(outcomes))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Adds `connectors replay FILE [--platform P]` to the flexbot command."""
    connectors = subparsers.add_parser("connectors", help="social-media connectors")
    sub = connectors.add_subparsers(dest="connectors_command", required=True)
    rep = sub.add_parser("replay", help="feed a recorded platform payload through the pipeline")
    rep.add_argument(
        "file", help=f"a payload file, e.g. {FIXTURES.relative_to(FIXTURES.parents[2])}/x_account_activity.json"
    )
    rep.add_argument("--platform", choices=PLATFORM_CHOICES, default=None)
    rep.set_defaults(func=lambda args: replay_main(args.file, args.platform))
    serve = sub.add_parser("serve", help="run the webhook and polling service (port 8200)")
    serve.set_defaults(func=lambda args: _serve())
    bench = sub.add_parser("bench", help="mentions per second through verify+normalise+detect+enqueue")
    bench.add_argument("-n", type=int, default=5000)
    bench.set_defaults(func=lambda args: _bench(args.n))


def _serve() -> int:
    from connectors.service import serve

    serve()
    return 0


def _bench(n: int) -> int:
    from connectors.bench import bench_main

    return bench_main(n)
