"""Possible complaints from the chat, judged by the Klachtenbureau.

The chat asks the customer when the detector is unsure ("Begrijp ik goed dat u ergens niet
tevreden over bent?"); until the customer answers yes or no the words wait in
flexbot.keys.CHAT_POSSIBLE (flexbot/complaints/possible.py). A customer who left, or answered
something else, leaves them there: the complaint list shows them under "Mogelijk klacht uit de
chat" to handlers, and one click registers them ("Klacht") or drops them ("Geen klacht"). Both are
audited (stream `desk:audit:chat`; key `desk:chat:judged:<conversation>:<message>` holds the
verdict for a week, so double clicks and two colleagues judge once) and kept as labelled examples (source "handler").

Registration uses the intake's idempotency key of the chat itself (conversation and message), so
a customer who says "ja" after all gets the same complaint, never a second one.
"""

from __future__ import annotations

import json
from typing import Any

import redis.asyncio as aioredis
from aiohttp import web

from desk import labels
from desk.keys import INTAKE, REDIS, REGISTER
from desk.register import now_iso
from flexbot.complaints import possible
from flexbot.intake.contract import build_complaint

AUDIT_CHAT = "desk:audit:chat"
JUDGED = "desk:chat:judged:{}"  # per "<conversation>:<message>@<kept at>": the verdict; the first click wins
JUDGED_SECONDS = 7 * 24 * 3600
CONFIRMED_REASON = "klachtenbureau:bevestigd"
CHANNEL = "website"


async def waiting(r: aioredis.Redis) -> list[dict[str, Any]]:
    """The chat's unanswered possible complaints, oldest first."""
    return await possible.open_candidates(r)


async def confirm(app: web.Application, entry: dict[str, Any]) -> str:
    """Register the candidate as the chat would have on the customer's "ja"; returns its id."""
    conversation = str(entry["conversation_id"])
    cid = await app[INTAKE].allocate_id(possible.idempotency_key(conversation, str(entry["message_id"])))
    detection = dict(entry.get("detection") or {})
    detection["reasons"] = [*detection.get("reasons", []), CONFIRMED_REASON]
    record = build_complaint(
        cid,
        str(entry.get("text") or ""),
        CHANNEL,
        {"conversation_id": conversation},
        detection=detection,
        received_at=entry.get("at") or None,
        transcript=entry.get("transcript") or [],
    )
    await app[REGISTER].register(record)
    return cid


async def judge(request: web.Request) -> web.Response:
    """One click: "klacht" registers the possible complaint, "geen" drops it."""
    if not request["user"].can_handle:
        raise web.HTTPForbidden(text="Alleen het Klachtenbureau beoordeelt mogelijke klachten uit de chat.")
    form = await request.post()
    verdict = str(form.get("verdict", ""))
    conversation = str(form.get("conversation", ""))[:200]
    r = request.app[REDIS]
    if verdict not in ("klacht", "geen"):
        raise web.HTTPBadRequest(text="Kies 'Klacht' of 'Geen klacht'.")
    entry = await possible.get(r, conversation)
    if entry is None:
        raise web.HTTPBadRequest(text="Onbekende of al beoordeelde mogelijke klacht.")
    # the claim is per kept version: words added to the candidate later are judged again (the complaint id stays one)
    key = f"{possible.idempotency_key(conversation, str(entry['message_id']))}@{entry.get('at', '')}"
    actor = request["user"].username
    claim = json.dumps({"verdict": verdict, "by": actor, "at": now_iso()})
    if not await r.set(JUDGED.format(key), claim, nx=True, ex=JUDGED_SECONDS):
        raise web.HTTPSeeOther("/")  # a colleague (or a double click) judged it first
    complaint_id = ""
    try:
        if verdict == "klacht":
            complaint_id = await confirm(request.app, entry)
        await possible.settle(r, conversation)
    except BaseException:
        await r.delete(JUDGED.format(key))  # not judged after all: it stays in the list
        raise
    async with r.pipeline(transaction=True) as pipe:
        pipe.xadd(
            AUDIT_CHAT,
            {
                "at": now_iso(),
                "actor": actor,
                "action": "bevestigd als klacht" if complaint_id else "geen klacht",
                "conversation": conversation,
                "complaint": complaint_id,
            },
        )
        labels.queue_label(
            pipe,
            str(entry.get("text") or ""),
            labels.COMPLAINT if complaint_id else labels.NO_COMPLAINT,
            "handler",
            complaint_id or None,
            "mogelijk klacht uit de chat",
            conversation_id=conversation,
        )
        await pipe.execute()
    raise web.HTTPSeeOther(f"/klacht/{complaint_id}" if complaint_id else "/")


def add_routes(app: web.Application) -> None:
    app.router.add_post("/chat/beoordeel", judge)
