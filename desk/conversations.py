"""The "Gesprekken" page (issue 12): chats waiting for a person, live takeovers and call-back requests.

Open conversations are the sorted set flexbot.keys.HANDOFF_OPEN (score = moment asked), each with a
hash HANDOFF_CONVERSATION (state wachtend/live/terugbellen, taken_by, taken_name, complaint_ids).
The transcript, the detector's flags and complaint ids come from the Rasa tracker, read through
Rasa's HTTP API with its token (RASA_API_URL, RASA_API_TOKEN). Taking over appends Rasa's `pause`
event (the bot stays silent for that conversation only); the employee's messages are appended as
bot events with metadata {"speaker": "medewerker", "name": first name} and published on
HANDOFF_DELIVER, which every Rasa server's socket.io channel forwards to the customer's socket
(bot/handoff.py). Handing back or closing appends `resume`. Every step is in the audit stream
desk:audit:gesprekken. Changes reach open pages as server-sent events (/gesprekken/stream).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

import aiohttp
import aiohttp_jinja2
import redis.asyncio as aioredis
from aiohttp import web

from desk import auth
from desk.deadlines import TZ
from desk.keys import INTAKE, REDIS, REGISTER
from desk.register import now_iso
from flexbot import settings
from flexbot.intake.contract import InvalidComplaint, build_complaint
from flexbot.intake.transcript import turns_from_events
from flexbot.keys import HANDOFF_CONVERSATION, HANDOFF_DELIVER, HANDOFF_EVENTS, HANDOFF_OPEN

AUDIT = "desk:audit:gesprekken"
WAITING, LIVE, CALLBACK = "wachtend", "live", "terugbellen"
STATE_LABELS = {WAITING: "Wacht op een medewerker", LIVE: "Overgenomen", CALLBACK: "Terugbelverzoek"}
MAX_MESSAGE = 2000
STREAM_BLOCK_MS = 2000
CHAT_CHANNEL = "website"
LOCK_RETRIES = 12  # about 8 seconds in all


class RasaApi:
    """The few calls of Rasa's HTTP API the desk needs, always with the token."""

    def __init__(self, base: str, token: str) -> None:
        self.base, self.token = base.rstrip("/"), token
        self.session: aiohttp.ClientSession | None = None

    def _url(self, conversation: str, tail: str) -> str:
        return f"{self.base}/conversations/{quote(conversation, safe='')}/{tail}"

    async def _session(self) -> aiohttp.ClientSession:
        if self.session is None or self.session.closed:
            self.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
        return self.session

    async def tracker(self, conversation: str) -> dict[str, Any]:
        session = await self._session()
        async with session.get(
            self._url(conversation, "tracker"), params={"token": self.token, "include_events": "ALL"}
        ) as resp:
            resp.raise_for_status()
            data: dict[str, Any] = await resp.json()
            return data

    async def append(self, conversation: str, events: list[dict[str, Any]]) -> None:
        """Append events; retried while Rasa is busy with the same conversation (its lock store
        refuses after a short wait, and then nothing was appended, so a retry cannot double)."""
        session = await self._session()
        for attempt in range(LOCK_RETRIES + 1):
            async with session.post(
                self._url(conversation, "tracker/events"),
                json=events,
                params={"token": self.token, "include_events": "NONE"},
            ) as resp:
                if resp.status == 500 and attempt < LOCK_RETRIES and "acquire lock" in await resp.text():
                    await asyncio.sleep(min(0.1 * 2**attempt, 1.0))
                    continue
                resp.raise_for_status()
                return

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()


RASA = web.AppKey("rasa_api", RasaApi)
LIVE_STOP = web.AppKey("conversations_live", asyncio.Event)
LOCKS = web.AppKey("conversation_locks", dict)


def require_service_role(request: web.Request) -> auth.User:
    user: auth.User = request["user"]
    if not user.can_converse:
        raise web.HTTPForbidden(text="Geen toegang: alleen voor klantenservice en teamleiders.")
    return user


def first_name(user: auth.User) -> str:
    return (user.display_name or user.username).split()[0][:40]


def _clock(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).astimezone(TZ).strftime("%H:%M")


def flags_and_complaints(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    """The detector's flags on customer messages and the complaint ids set in the conversation."""
    flags, ids = [], []
    for event in events:
        if event.get("event") == "user":
            detection = (event.get("parse_data") or {}).get("complaint") or {}
            decision = detection.get("decision") or ("complaint" if detection.get("complaint") else "none")
            if decision in ("complaint", "ask"):
                flags.append(
                    {
                        "text": str(event.get("text") or ""),
                        "decision": decision,
                        "score": detection.get("score"),
                        "reasons": detection.get("reasons") or [],
                    }
                )
        elif event.get("event") == "slot" and event.get("name") == "complaint_id" and event.get("value"):
            if str(event["value"]) not in ids:
                ids.append(str(event["value"]))
    return flags, ids


async def load_conversation(app: web.Application, conversation: str, user: auth.User) -> dict[str, Any] | None:
    r = app[REDIS]
    score = await r.zscore(HANDOFF_OPEN, conversation)
    if score is None:
        return None
    meta = await r.hgetall(HANDOFF_CONVERSATION.format(conversation))
    item: dict[str, Any] = {
        "id": conversation,
        "state": meta.get("state", WAITING),
        "meta": meta,
        "since": _clock(score),
        "waited_min": int((time.time() - score) // 60),
        "turns": [],
        "flags": [],
        "complaints": [],
        "error": "",
    }
    item["state_label"] = STATE_LABELS.get(item["state"], item["state"])
    try:
        tracker = await app[RASA].tracker(conversation)
        events = tracker.get("events") or []
        item["turns"] = turns_from_events(events)
        for turn, event in zip(
            item["turns"], [e for e in events if e.get("event") in ("user", "bot") and e.get("text")], strict=True
        ):
            turn["name"] = ((event.get("metadata") or {}).get("name") or "") if turn["speaker"] == "medewerker" else ""
        item["flags"], ids = flags_and_complaints(events)
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        item["error"] = "Het gesprek kon niet bij de assistent worden opgehaald."
        ids = []
    for cid in ids + [c for c in meta.get("complaint_ids", "").split() if c not in ids]:
        record = await app[REGISTER].get(cid)
        if record is None:
            continue
        hidden = bool(record.get("confidential")) and not user.can_handle
        item["complaints"].append(
            {
                "id": cid,
                "confidential": bool(record.get("confidential")),
                "hidden": hidden,
                "status": record.get("status", ""),
                "text": "" if hidden else str(record.get("text", ""))[:300],
            }
        )
    item["mine"] = meta.get("taken_by") == user.username
    return item


async def open_conversations(app: web.Application, user: auth.User) -> list[dict[str, Any]]:
    """Waiting first (longest waiting on top), then live takeovers, then call-back requests."""
    ids = await app[REDIS].zrange(HANDOFF_OPEN, 0, 199)
    items = [c for c in await asyncio.gather(*(load_conversation(app, i, user) for i in ids)) if c]
    order = {WAITING: 0, LIVE: 1, CALLBACK: 2}
    return sorted(items, key=lambda c: order.get(c["state"], 3))  # stable: oldest first within a state


def _macros(request: web.Request) -> Any:
    return (
        aiohttp_jinja2.get_env(request.app)
        .get_template("_gesprek.html")
        .make_module({"csrf": request["csrf"], "user": request["user"]})
    )


async def page(request: web.Request) -> web.Response:
    user = require_service_role(request)
    items = await open_conversations(request.app, user)
    return aiohttp_jinja2.render_template(
        "gesprekken.html", request, {"items": items, "nonce": secrets.token_urlsafe(8)}
    )


async def card(request: web.Request) -> web.Response:
    """One conversation's card (the live page swaps it in); 204 when it is no longer open."""
    user = require_service_role(request)
    item = await load_conversation(request.app, request.match_info["cid"], user)
    if item is None:
        return web.Response(status=204)
    html = str(_macros(request).card(item, request["csrf"], secrets.token_urlsafe(8)))
    return web.Response(text=html, content_type="text/html")


async def _audit(r: aioredis.Redis, actor: str, action: str, conversation: str, **extra: str) -> None:
    await r.xadd(AUDIT, {"at": now_iso(), "actor": actor, "action": action, "conversation": conversation, **extra})


async def _signal(r: aioredis.Redis, conversation: str, kind: str) -> None:
    await r.xadd(HANDOFF_EVENTS, {"conversation": conversation, "kind": kind}, maxlen=100_000, approximate=True)


async def _deliver(r: aioredis.Redis, conversation: str, **item: str) -> None:
    await r.publish(HANDOFF_DELIVER, json.dumps({"conversation": conversation, **item}))


async def _say(app: web.Application, conversation: str, text: str, name: str, speaker: str = "medewerker") -> None:
    """Into the tracker first (the transcript), then to the customer's widget."""
    metadata = {"speaker": speaker, "name": name} if speaker == "medewerker" else {}
    await app[RASA].append(conversation, [{"event": "bot", "text": text, "metadata": metadata}])
    await _deliver(app[REDIS], conversation, kind="message", text=text, name=name, speaker=speaker)


async def take_over(app: web.Application, conversation: str, user: auth.User) -> str:
    r = app[REDIS]
    key = HANDOFF_CONVERSATION.format(conversation)
    async with r.pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(key)
            meta = await pipe.hgetall(key)
            if await pipe.zscore(HANDOFF_OPEN, conversation) is None:
                return "Dit gesprek staat niet (meer) open."
            if meta.get("state") == LIVE:
                return f"Dit gesprek is al overgenomen door {meta.get('taken_name', 'een collega')}."
            pipe.multi()
            pipe.hset(
                key,
                mapping={
                    "state": LIVE,
                    "taken_by": user.username,
                    "taken_name": first_name(user),
                    "taken_at": f"{time.time():.3f}",
                },
            )
            await pipe.execute()
        except aioredis.WatchError:
            return "Een collega nam dit gesprek net over."
    name = first_name(user)
    try:
        await app[RASA].append(conversation, [{"event": "pause"}])
    except (aiohttp.ClientError, asyncio.TimeoutError):
        # Not paused, so not taken over: the conversation stays in the queue as it was.
        await r.hset(key, "state", meta.get("state") or WAITING)
        await r.hdel(key, "taken_by", "taken_name", "taken_at")
        return "De assistent is nu niet bereikbaar; het gesprek is niet overgenomen. Probeer het zo opnieuw."
    await _deliver(r, conversation, kind="state", state="live", name=name)
    await _say(app, conversation, f"U spreekt nu met {name}, medewerker van ARAG. Waarmee kan ik u helpen?", name)
    await _audit(r, user.username, "overgenomen", conversation)
    await _signal(r, conversation, "overgenomen")
    return ""


async def hand_back(app: web.Application, conversation: str, user: auth.User, close: bool) -> None:
    r = app[REDIS]
    name = first_name(user)
    text = (
        "Het gesprek is afgesloten. Bedankt voor uw geduld! Heeft u later nog een vraag, dan helpt de "
        "digitale assistent u graag."
        if close
        else f"{name} heeft het gesprek teruggegeven aan de digitale assistent. Waarmee kan ik u nog helpen?"
    )
    await app[RASA].append(conversation, [{"event": "resume"}])
    await _say(app, conversation, text, name, speaker="assistent")
    await _deliver(r, conversation, kind="state", state="bot", name="")
    async with r.pipeline(transaction=True) as pipe:
        pipe.zrem(HANDOFF_OPEN, conversation)
        pipe.hset(
            HANDOFF_CONVERSATION.format(conversation),
            mapping={"state": "gesloten" if close else "teruggegeven", "ended_at": f"{time.time():.3f}"},
        )
        await pipe.execute()
    await _audit(r, user.username, "gesloten" if close else "teruggegeven", conversation)
    await _signal(r, conversation, "gesloten")


async def register_complaint(
    app: web.Application, conversation: str, user: auth.User, text: str, nonce: str, confidential: bool
) -> str:
    """One action: the complaint the customer told the employee, linked to the conversation."""
    cid = await app[INTAKE].allocate_id(f"{conversation}:desk:{nonce}")
    turns: list[dict[str, Any]] = []
    try:
        turns = turns_from_events((await app[RASA].tracker(conversation)).get("events") or [])
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        pass
    record = build_complaint(
        cid, text, CHAT_CHANNEL, {"conversation_id": conversation}, confidential=confidential, transcript=turns or None
    )
    await app[REGISTER].register(record)
    key = HANDOFF_CONVERSATION.format(conversation)
    known = (await app[REDIS].hget(key, "complaint_ids") or "").split()
    if cid not in known:
        await app[REDIS].hset(key, "complaint_ids", " ".join(known + [cid]))
    await _audit(app[REDIS], user.username, "klacht geregistreerd", conversation, complaint=cid)
    await _signal(app[REDIS], conversation, "klacht")
    return cid


async def action(request: web.Request) -> web.StreamResponse:
    user = require_service_role(request)
    conversation = request.match_info["cid"]
    verb = request.match_info["action"]
    form = await request.post()
    app, r = request.app, request.app[REDIS]
    message = ""
    meta = await r.hgetall(HANDOFF_CONVERSATION.format(conversation))
    if await r.zscore(HANDOFF_OPEN, conversation) is None:
        message = "Dit gesprek staat niet (meer) open."
    elif verb == "overnemen":
        message = await take_over(app, conversation, user)
    elif verb in ("bericht", "teruggeven", "sluiten", "klacht"):
        mine = meta.get("taken_by") == user.username or user.is_teamleider
        if verb == "sluiten" and meta.get("state") == CALLBACK:
            mine = True  # a handled call-back request
        if not mine:
            message = "Neem het gesprek eerst over."
        elif verb == "bericht":
            text = str(form.get("text", "")).strip()[:MAX_MESSAGE]
            if text:
                lock = app[LOCKS].setdefault(conversation, asyncio.Lock())
                async with lock:  # messages reach the customer in the order they were sent
                    await _say(app, conversation, text, first_name(user))
                    await _audit(r, user.username, "bericht", conversation, text=text)
                    await _signal(r, conversation, "medewerker")
        elif verb == "klacht":
            text = str(form.get("text", "")).strip()
            try:
                cid = await register_complaint(
                    app, conversation, user, text, str(form.get("nonce", ""))[:40], form.get("confidential") == "ja"
                )
                message = f"Klacht {cid} geregistreerd bij dit gesprek."
            except InvalidComplaint:
                message = "De klacht kon niet worden geregistreerd: vul de klacht in."
        else:
            await hand_back(app, conversation, user, close=verb == "sluiten")
    else:
        raise web.HTTPNotFound()
    if request.headers.get("X-Requested-With") == "fetch":
        return web.json_response({"message": message})
    if message:
        await r.hset(auth.SESSION.format(request["session_token"]), "flash", message)
    raise web.HTTPSeeOther("/gesprekken")


async def stream(request: web.Request) -> web.StreamResponse:
    """Server-sent events: `changed` with the conversation id whenever something happens in it."""
    require_service_role(request)
    r = request.app[REDIS]
    latest = await r.xrevrange(HANDOFF_EVENTS, count=1)
    last = latest[0][0] if latest else "0-0"
    response = web.StreamResponse(
        headers={"Content-Type": "text/event-stream", "Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    )
    await response.prepare(request)
    await response.write(b"retry: 3000\n\n")
    stop = request.app[LIVE_STOP]
    while not stop.is_set():
        reply = await r.xread({HANDOFF_EVENTS: last}, count=100, block=STREAM_BLOCK_MS)
        if not reply:
            await response.write(b": still here\n\n")
            continue
        for _stream, entries in reply:
            for entry_id, fields in entries:
                last = entry_id
                data = json.dumps({"conversation": fields.get("conversation", ""), "kind": fields.get("kind", "")})
                await response.write(f"event: changed\ndata: {data}\n\n".encode())
    return response


async def _rasa_ctx(app: web.Application) -> AsyncIterator[None]:
    cfg = settings.get()
    token = cfg.rasa_api_token or ""
    token_file = cfg.var_dir / "rasa-api.token"  # written by `flexbot serve rasa` (launcher/services.py)
    if not token and token_file.exists():
        token = token_file.read_text().strip()
    app[RASA] = RasaApi(cfg.rasa_api_url or f"http://127.0.0.1:{cfg.rasa_port}", token)
    yield
    await app[RASA].close()


async def _stop_streams(app: web.Application) -> None:
    app[LIVE_STOP].set()


def add_routes(app: web.Application) -> None:
    app[LIVE_STOP] = asyncio.Event()
    app[LOCKS] = {}
    app.cleanup_ctx.append(_rasa_ctx)
    app.on_shutdown.append(_stop_streams)  # type: ignore[arg-type]
    app.router.add_get("/gesprekken", page)
    app.router.add_get("/gesprekken/stream", stream)
    app.router.add_get("/gesprekken/{cid}/kaart", card)
    app.router.add_post("/gesprekken/{cid}/{action}", action)
