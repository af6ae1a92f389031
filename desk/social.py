"""The "Social" page: every mention from stream `social:mentions`, newest first, for Communicatie/JSC.

Entries (connectors/pipeline.py feed_fields): platform, id, author, text, url, created_at, complaint
flag, complaint_id (when the connector registered it) and detector output (JSON, with `decision`
complaint/ask/none; older entries have no decision: the complaint flag decides). Handled mentions
are kept in the set `desk:social:handled` ("platform:id"), each marking also lands in the audit
stream `desk:audit:social`.

Triage (issue 10): mentions whose decision is "ask" are listed under "Mogelijk klacht" until the
social team confirms or rejects them (hash `desk:social:triage`, "platform:id" -> JSON verdict).
Confirming registers a complaint with the platform as channel; its id comes from the intake's one
sequence with the idempotency key `social:<platform>:<id>`, and registration is idempotent on
that id, so a mention becomes at most one complaint. Both verdicts are audited and written as
labelled examples to flexbot.keys.LABELS_STREAM (source "social").
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

import aiohttp_jinja2
import redis.asyncio as aioredis
from aiohttp import web

from desk import labels
from desk.deadlines import TZ, parse_time
from desk.keys import INTAKE, REDIS, REGISTER
from desk.register import SOCIAL_CHANNELS, now_iso
from desk.reports import svg_bytes
from flexbot.intake.contract import InvalidComplaint, build_complaint
from flexbot.keys import MENTIONS_STREAM as STREAM

HANDLED = "desk:social:handled"
TRIAGE = "desk:social:triage"
AUDIT_SOCIAL = "desk:audit:social"
PAGE_SIZE = 200
CHART_DAYS = 14
REFRESH_SECONDS = 30


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "ja")


def parse_mention(entry_id: Any, fields: dict[Any, Any]) -> dict[str, Any]:
    f = {str(k): str(v) for k, v in fields.items()}
    try:
        detector = json.loads(f.get("detector") or "{}")
    except json.JSONDecodeError:
        detector = {}
    if not isinstance(detector, dict):
        detector = {}
    reasons = detector.get("reasons") or []
    complaint = _flag(f.get("complaint", ""))
    decision = detector.get("decision") or ("complaint" if complaint else "none")
    return {
        "decision": decision if decision in ("complaint", "ask", "none") else "none",
        "complaint_id": f.get("complaint_id", ""),
        "detector": detector,
        "entry_id": str(entry_id),
        "platform": f.get("platform", "onbekend"),
        "id": f.get("id", ""),
        "author": f.get("author", ""),
        "text": f.get("text", ""),
        "url": f.get("url", ""),
        "created_at": f.get("created_at", ""),
        "complaint": complaint,
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
        last = str(batch[-1][0])
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
            ms = int(str(entry_id).split("-")[0])
            day = datetime.fromtimestamp(ms / 1000, tz=timezone.utc).astimezone(TZ).date()
            mentions[day] += 1
            if _flag(fields.get("complaint", "")):
                complaints[day] += 1
        if len(batch) < 2000:
            break
        last_ms, last_seq = (int(p) for p in str(batch[-1][0]).split("-"))
        lower = f"{last_ms}-{last_seq + 1}"
    return [
        (first + timedelta(days=i), mentions[first + timedelta(days=i)], complaints[first + timedelta(days=i)])
        for i in range(days)
    ]


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


async def annotate(r: aioredis.Redis, mentions: list[dict[str, Any]]) -> None:
    """Add handled flag and triage verdict; a confirmed mention links to its complaint."""
    if not mentions:
        return
    keys = [m["key"] for m in mentions]
    handled = await r.smismember(HANDLED, keys)
    verdicts = await r.hmget(TRIAGE, keys)
    for mention, done, verdict in zip(mentions, handled, verdicts, strict=True):
        mention["handled"] = bool(done)
        mention["triage"] = json.loads(verdict) if verdict else None
        if mention["triage"] and mention["triage"].get("complaint_id"):
            mention["complaint_id"] = mention["triage"]["complaint_id"]


def is_possible(mention: dict[str, Any]) -> bool:
    """On the "Mogelijk klacht" list: the detector asked, nobody judged it, nothing registered."""
    return mention["decision"] == "ask" and not mention.get("triage") and not mention.get("complaint_id")


async def social_page(request: web.Request) -> web.Response:

    r = request.app[REDIS]
    platform = request.query.get("platform", "").strip()[:40]
    show = request.query.get("toon", "")
    mentions = await recent_mentions(r, platform)
    await annotate(r, mentions)
    possible = [m for m in mentions if is_possible(m)]
    if show == "open":
        mentions = [m for m in mentions if not m["handled"]]
    elif show == "klachten":
        mentions = [m for m in mentions if m["complaint"]]
    platforms = sorted({m["platform"] for m in await recent_mentions(r, "", 500)} | ({platform} - {""}))
    return aiohttp_jinja2.render_template(
        "social.html",
        request,
        {
            "mentions": mentions,
            "platform": platform,
            "platforms": platforms,
            "show": show,
            "possible": possible,
            "refresh": REFRESH_SECONDS,
            "query": request.query_string,
        },
    )


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
        await r.xadd(
            AUDIT_SOCIAL, {"at": now_iso(), "actor": request["user"].username, "action": "afgehandeld", "mention": key}
        )
    back = str(form.get("back", ""))
    raise web.HTTPSeeOther("/social" + (f"?{back}" if back and not set(back) & set("\r\n/\\") else ""))


async def _mention(r: aioredis.Redis, entry_id: str) -> dict[str, Any] | None:
    try:
        found = await r.xrange(STREAM, entry_id, entry_id)
    except Exception:  # noqa: BLE001 - a malformed id is an unknown mention
        return None
    return parse_mention(*found[0]) if found else None


def _received_at(mention: dict[str, Any]) -> str:
    try:
        stamp = parse_time(mention["created_at"])
    except ValueError:
        stamp = None
    return stamp.isoformat() if stamp else now_iso()


async def confirm_mention(app: web.Application, mention: dict[str, Any], actor: str) -> str:
    """Register the mention as a complaint (at most once) and return its id."""
    platform = mention["platform"].lower()
    cid = await app[INTAKE].allocate_id(f"social:{platform}:{mention['id']}")
    record = build_complaint(
        cid,
        mention["text"],
        platform,
        {"url": mention["url"], "platform_id": mention["id"]},
        customer={"name": mention["author"] or None},
        detection=mention["detector"] or None,
        received_at=_received_at(mention),
    )
    await app[REGISTER].register(record)
    return cid


async def social_triage(request: web.Request) -> web.Response:
    """One click: "klacht" registers the mention, "geen" rejects it; both audited and labelled."""
    form = await request.post()
    verdict = str(form.get("verdict", ""))
    entry_id = str(form.get("entry", ""))[:40]
    r = request.app[REDIS]
    actor = request["user"].username
    mention = await _mention(r, entry_id) if verdict in ("klacht", "geen") else None
    if mention is None:
        raise web.HTTPBadRequest(text="Onbekende vermelding.")
    key = mention["key"]
    claim = {"verdict": verdict, "by": actor, "at": now_iso(), "complaint_id": None}
    if not await r.hsetnx(TRIAGE, key, json.dumps(claim)):
        raise web.HTTPSeeOther("/social")  # someone else already judged it
    try:
        if verdict == "klacht":
            if mention["platform"].lower() not in SOCIAL_CHANNELS:
                raise InvalidComplaint(f"unknown platform {mention['platform']!r}")
            claim["complaint_id"] = await confirm_mention(request.app, mention, actor)
    except BaseException:
        await r.hdel(TRIAGE, key)  # not judged after all: it stays in the list
        raise
    async with r.pipeline(transaction=True) as pipe:
        pipe.hset(TRIAGE, key, json.dumps(claim))
        pipe.xadd(
            AUDIT_SOCIAL,
            {
                "at": claim["at"],
                "actor": actor,
                "action": "bevestigd als klacht" if verdict == "klacht" else "geen klacht",
                "mention": key,
                "complaint": claim["complaint_id"] or "",
            },
        )
        labels.queue_label(
            pipe,
            mention["text"],
            labels.COMPLAINT if verdict == "klacht" else labels.NO_COMPLAINT,
            "social",
            claim["complaint_id"],
            "",
            platform=mention["platform"],
            platform_id=mention["id"],
        )
        await pipe.execute()
    raise web.HTTPSeeOther("/social")


STREAM_BLOCK_MS = 2000
LIVE = web.AppKey("social_live", asyncio.Event)


def _wanted(mention: dict[str, Any], platform: str, show: str) -> bool:
    if platform and mention["platform"] != platform:
        return False
    return not (show == "klachten" and not mention["complaint"])


async def social_stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: one `mention` event per new feed entry, with its rows rendered."""
    r = request.app[REDIS]
    platform = request.query.get("platform", "").strip()[:40]
    show = request.query.get("toon", "")
    last = request.headers.get("Last-Event-ID", "")
    if not last or not all(p.isdigit() for p in last.split("-", 1)):
        latest = await r.xrevrange(STREAM, count=1)
        last = latest[0][0] if latest else "0-0"
    newest_verdict = await r.xrevrange(AUDIT_SOCIAL, count=1)
    last_verdict = newest_verdict[0][0] if newest_verdict else "0-0"
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    await response.write(b"retry: 3000\n\n")
    macros: Any = (
        aiohttp_jinja2.get_env(request.app).get_template("_mentions.html").make_module({"csrf": request["csrf"]})
    )
    stop = request.app[LIVE]
    while not stop.is_set():
        reply = dict(await r.xread({STREAM: last, AUDIT_SOCIAL: last_verdict}, count=50, block=STREAM_BLOCK_MS))
        if not reply:
            await response.write(b": still here\n\n")
            continue
        for entry_id, fields in reply.get(AUDIT_SOCIAL, []):
            last_verdict = entry_id
            if fields.get("action") in ("bevestigd als klacht", "geen klacht"):
                # A colleague judged a mention: it leaves everyone's "Mogelijk klacht" list.
                data = {"key": fields.get("mention", ""), "complaint_id": fields.get("complaint", "")}
                await response.write(f"event: judged\ndata: {json.dumps(data)}\n\n".encode())
        for entry_id, fields in reply.get(STREAM, []):
            last = entry_id
            mention = parse_mention(entry_id, fields)
            if not _wanted(mention, platform, show):
                continue
            await annotate(r, [mention])
            data = {
                "entry": entry_id,
                "row": str(macros.row(mention, request["csrf"], request.query_string)),
                "possible": str(macros.possible_row(mention, request["csrf"])) if is_possible(mention) else "",
            }
            await response.write(f"id: {entry_id}\nevent: mention\ndata: {json.dumps(data)}\n\n".encode())
    return response


async def _stop_streams(app: web.Application) -> None:
    app[LIVE].set()


def add_routes(app: web.Application) -> None:
    app[LIVE] = asyncio.Event()
    # aiosignal 1.4 types Signal differently from what aiohttp 3.9 declares: a false positive.
    app.on_shutdown.append(_stop_streams)  # type: ignore[arg-type]
    app.router.add_get("/social/stream", social_stream)
    app.router.add_get("/social", social_page)
    app.router.add_post("/social/beoordeel", social_triage)
    app.router.add_get("/social/per-dag.svg", social_chart)
    app.router.add_post("/social/afgehandeld", social_handled)
