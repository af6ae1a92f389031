"""The "Social" page: every mention from stream `social:mentions`, newest first, for Communicatie/JSC.

Entries (issue 6, shared/DESIGN.md): platform, id, author, text, url, created_at, complaint flag and
detector output (JSON). Handled mentions are kept in the set `desk:social:handled` ("platform:id"),
each marking also lands in the audit stream `desk:audit:social`.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

import aiohttp_jinja2
import redis.asyncio as aioredis
from aiohttp import web

from desk.deadlines import TZ
from desk.register import now_iso
from desk.keys import REDIS
from desk.reports import svg_bytes

STREAM = "social:mentions"
HANDLED = "desk:social:handled"
AUDIT_SOCIAL = "desk:audit:social"
PAGE_SIZE = 200
CHART_DAYS = 14
REFRESH_SECONDS = 30


def _s(v: Any) -> str:
    return v.decode() if isinstance(v, bytes) else str(v)


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "ja")


def parse_mention(entry_id: Any, fields: dict[Any, Any]) -> dict[str, Any]:
    f = {_s(k): _s(v) for k, v in fields.items()}
    try:
        detector = json.loads(f.get("detector") or "{}")
    except json.JSONDecodeError:
        detector = {}
    if not isinstance(detector, dict):
        detector = {}
    reasons = detector.get("reasons") or []
    return {
        "entry_id": _s(entry_id),
        "platform": f.get("platform", "onbekend"),
        "id": f.get("id", ""),
        "author": f.get("author", ""),
        "text": f.get("text", ""),
        "url": f.get("url", ""),
        "created_at": f.get("created_at", ""),
        "complaint": _flag(f.get("complaint", "")),
        "score": detector.get("score"),
        "reasons": [str(r) for r in reasons] if isinstance(reasons, list) else [str(reasons)],
        "key": f"{f.get('platform', '')}:{f.get('id', '')}",
    }


async def recent_mentions(r: aioredis.Redis, platform: str = "", limit: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """Newest first; with a platform filter, scans back until `limit` matches (bounded)."""
    out: list[dict[str, Any]] = []
    upper = "+"
    for _ in range(20):
        batch = await r.xrevrange(STREAM, upper, "-", count=500)
        if not batch:
            break
        for entry_id, fields in batch:
            mention = parse_mention(entry_id, fields)
            if not platform or mention["platform"] == platform:
                out.append(mention)
                if len(out) >= limit:
                    return out
        last = _s(batch[-1][0])
        ms, seq = (int(p) for p in last.split("-"))
        upper = f"{ms}-{seq - 1}" if seq else f"{ms - 1}"
        if ms == 0 and seq == 0:
            break
    return out


async def per_day(r: aioredis.Redis, today: date, days: int = CHART_DAYS) -> list[tuple[date, int, int]]:
    """(day, mentions, complaints) for the last `days` days, by the entry's arrival time."""
    first = today - timedelta(days=days - 1)
    start_ms = int(datetime.combine(first, datetime.min.time(), tzinfo=TZ).timestamp() * 1000)
    mentions: Counter[date] = Counter()
    complaints: Counter[date] = Counter()
    lower = f"{start_ms}-0"
    while True:
        batch = await r.xrange(STREAM, lower, "+", count=2000)
        if not batch:
            break
        for entry_id, fields in batch:
            ms = int(_s(entry_id).split("-")[0])
            day = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).astimezone(TZ).date()
            mentions[day] += 1
            if _flag(_s(fields.get(b"complaint", fields.get("complaint", b"")))):
                complaints[day] += 1
        if len(batch) < 2000:
            break
        last_ms, last_seq = (int(p) for p in _s(batch[-1][0]).split("-"))
        lower = f"{last_ms}-{last_seq + 1}"
    return [(first + timedelta(days=i), mentions[first + timedelta(days=i)], complaints[first + timedelta(days=i)])
            for i in range(days)]


def per_day_svg(rows: list[tuple[date, int, int]]) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    plt.rcParams["svg.fonttype"] = "path"
    labels = [d.strftime("%d-%m") for d, _m, _c in rows]
    fig, ax = plt.subplots(figsize=(7, 2.8))
    try:
        ax.bar(labels, [m for _d, m, _c in rows], color="#90cdf4", label="vermeldingen")
        ax.bar(labels, [c for _d, _m, c in rows], color="#c53030", label="klachten")
        ax.set_title("Vermeldingen en klachten per dag")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="x", labelsize=7, rotation=45)
        ax.legend(fontsize=8)
        return svg_bytes(fig)
    finally:
        plt.close(fig)


async def social_page(request: web.Request) -> web.Response:

    r = request.app[REDIS]
    platform = request.query.get("platform", "").strip()[:40]
    show = request.query.get("toon", "")
    mentions = await recent_mentions(r, platform)
    handled = await r.smismember(HANDLED, [m["key"] for m in mentions]) if mentions else []
    for mention, done in zip(mentions, handled):
        mention["handled"] = bool(done)
    if show == "open":
        mentions = [m for m in mentions if not m["handled"]]
    elif show == "klachten":
        mentions = [m for m in mentions if m["complaint"]]
    platforms = sorted({m["platform"] for m in await recent_mentions(r, "", 500)} | ({platform} - {""}))
    return aiohttp_jinja2.render_template("social.html", request, {
        "mentions": mentions, "platform": platform, "platforms": platforms, "show": show,
        "refresh": REFRESH_SECONDS, "query": request.query_string,
    })


async def social_chart(request: web.Request) -> web.Response:

    rows = await per_day(request.app[REDIS], datetime.now(TZ).date())
    return web.Response(body=per_day_svg(rows), content_type="image/svg+xml")


async def social_handled(request: web.Request) -> web.Response:

    form = await request.post()
    key = str(form.get("key", ""))[:200]
    if ":" not in key:
        raise web.HTTPBadRequest(text="Onbekende vermelding.")
    r = request.app[REDIS]
    if await r.sadd(HANDLED, key):
        await r.xadd(AUDIT_SOCIAL, {"at": now_iso(), "actor": request["user"].username, "action": "afgehandeld",
                                    "mention": key})
    back = str(form.get("back", ""))
    raise web.HTTPSeeOther("/social" + (f"?{back}" if back and not set(back) & set("\r\n/\\") else ""))


def add_routes(app: web.Application) -> None:
    app.router.add_get("/social", social_page)
    app.router.add_get("/social/per-dag.svg", social_chart)
    app.router.add_post("/social/afgehandeld", social_handled)

