"""Issue 10, the desk's part: whole transcript with speakers, "geen klacht" correction, social triage."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import redis.asyncio as aioredis

from desk import chat_triage
from desk.keys import INTAKE
from desk.register import Register
from desk.social import AUDIT_SOCIAL, STREAM
from flexbot.complaints import possible
from flexbot.keys import LABELS_STREAM


async def labels_of(r: aioredis.Redis) -> list[dict[str, Any]]:
    return [json.loads(f["label"]) for _i, f in await r.xrange(LABELS_STREAM)]


async def test_de_hele_conversatie_met_sprekers_en_de_klachttekst_een_keer(
    desk_client: Any, login: Any, register: Register, h: Any
) -> None:
    complaint_text = "Mijn advocaat van ARAG reageert al weken niet op mijn mails."
    turns = []
    for i in range(15):
        turns.append({"speaker": "klant", "text": f"vraag nummer {i}", "at": "2026-11-20T09:00:00+01:00"})
        turns.append({"speaker": "assistent", "text": f"antwoord nummer {i}"})
    turns.append({"speaker": "klant", "text": complaint_text})
    await register.register(h.complaint(1, text=complaint_text, transcript=turns))
    # An older record: the bot wrote `from`, with other words for the speakers.
    await register.register(
        h.complaint(
            2, transcript=[{"from": "user", "text": "hallo daar"}, {"from": "bot", "text": "Waarmee kan ik helpen?"}]
        )
    )
    await login(desk_client, "fleur")
    html = await (await desk_client.get("/klacht/KL-2026-000001")).text()
    assert "Gesprek (31 beurten)" in html
    assert "vraag nummer 0" in html and "antwoord nummer 14" in html  # not cut to the last 20
    assert html.count('class="speaker">klant<') == 16 and html.count('class="speaker">assistent<') == 15
    assert html.count(complaint_text) == 1  # the customer's words once, marked in the conversation
    assert "klachttekst, zie hierboven" in html
    old = await (await desk_client.get("/klacht/KL-2026-000002")).text()
    assert 'class="speaker">klant<' in old and 'class="speaker">assistent<' in old and "hallo daar" in old


async def test_geen_klacht_telt_niet_mee_maar_blijft_in_register_en_audit(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis, h: Any
) -> None:
    await register.register(h.complaint(1, text="Wat kost de Flexpolis per maand?"))
    await register.register(h.complaint(2))
    csrf = await login(desk_client, "fleur")
    before = await (await desk_client.get("/rapport/maand?maand=2026-11")).text()
    assert "Totaal: <strong>2</strong>" in before
    # Without a reason nothing changes and nothing is learnt.
    await desk_client.post("/klacht/KL-2026-000001/no_complaint", data={"csrf": csrf, "reason": "  "})
    assert (await register.get("KL-2026-000001"))["status"] == "nieuw" and await labels_of(aredis) == []
    resp = await desk_client.post(
        "/klacht/KL-2026-000001/no_complaint",
        allow_redirects=False,
        data={"csrf": csrf, "reason": "Alleen een vraag over de premie."},
    )
    assert resp.status == 303
    again = await desk_client.post("/klacht/KL-2026-000001/no_complaint", data={"csrf": csrf, "reason": "nogmaals"})
    assert "al als geen klacht gemarkeerd" in await again.text()
    record = await register.get("KL-2026-000001")
    assert record["status"] == "geen klacht" and record["no_complaint"]["reason"] == "Alleen een vraag over de premie."
    assert record["text"] == "Wat kost de Flexpolis per maand?"  # still in the register
    month = await (await desk_client.get("/rapport/maand?maand=2026-11")).text()
    assert "Totaal: <strong>1</strong>" in month and "KL-2026-000001" not in month
    year = await (await desk_client.get("/rapport/jaar?jaar=2026")).text()
    assert "Totaal: <strong>1</strong>" in year
    csv = await (await desk_client.get("/rapport/maand/2026-11.csv")).text()
    assert "KL-2026-000001" not in csv and "KL-2026-000002" in csv
    audit = [(a["actor"], a["action"]) for a in await register.audit("KL-2026-000001")]
    assert ("fleur", "gemarkeerd als geen klacht") in audit
    assert "KL-2026-000001" in await (await desk_client.get("/?status=geen+klacht")).text()
    [label] = await labels_of(aredis)
    assert label["text"] == "Wat kost de Flexpolis per maand?" and label["label"] == "no_complaint"
    assert label["source"] == "handler" and label["complaint_id"] == "KL-2026-000001"
    assert label["reason"] == "Alleen een vraag over de premie." and label["at"]


async def mention(
    r: aioredis.Redis, mid: str, text: str, decision: str | None, complaint: bool = False, platform: str = "x"
) -> str:
    detector = {"score": 0.5, "reasons": ["twijfel"], "version": "t"}
    if decision:
        detector["decision"] = decision
    return await r.xadd(
        STREAM,
        {
            "platform": platform,
            "id": mid,
            "author": "@klant",
            "author_handle": "klant",
            "text": text,
            "url": f"https://x.com/klant/status/{mid}",
            "created_at": "2026-11-21T09:30:00+00:00",
            "complaint": "1" if complaint else "0",
            "complaint_id": "",
            "detector": json.dumps(detector),
        },
    )


async def test_sociaal_team_bevestigt_twijfelgeval_precies_een_keer(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis
) -> None:
    entry = await mention(aredis, "101", "Alweer een week wachten op ARAG...", "ask")
    await mention(aredis, "102", "Leuke actie van ARAG", "none")
    await mention(aredis, "103", "Oud bericht zonder besluit", None, complaint=False)
    csrf = await login(desk_client, "sociaal", role="socialmedia")
    html = await (await desk_client.get("/social")).text()
    possible = html.split('id="possible"')[1].split("</section>")[0]
    assert "Alweer een week wachten" in possible
    assert "Leuke actie" not in possible and "Oud bericht" not in possible
    # Five clicks at once (double-clicks, two colleagues): one complaint, one label, one audit entry.
    responses = await asyncio.gather(
        *[
            desk_client.post(
                "/social/beoordeel", data={"csrf": csrf, "entry": entry, "verdict": "klacht"}, allow_redirects=False
            )
            for _ in range(5)
        ]
    )
    assert all(r.status == 303 for r in responses)
    ids = await register.ids()
    assert len(ids) == 1
    record = await register.get(ids[0])
    assert record["channel"] == "x" and record["text"] == "Alweer een week wachten op ARAG..."
    assert record["source"] == {"url": "https://x.com/klant/status/101", "platform_id": "101"}
    assert [x["label"] for x in await labels_of(aredis)] == ["complaint"]
    assert (await labels_of(aredis))[0]["source"] == "social"
    audit = [f for _i, f in await aredis.xrange(AUDIT_SOCIAL)]
    assert [(a["actor"], a["action"], a["complaint"]) for a in audit] == [("sociaal", "bevestigd als klacht", ids[0])]
    html = await (await desk_client.get("/social")).text()
    assert "Niets te beoordelen" in html and f'href="/klacht/{ids[0]}"' in html
    # The social team may open it: registered with the platform as channel.
    assert (await desk_client.get(f"/klacht/{ids[0]}")).status == 200


async def test_sociaal_team_wijst_af_met_een_klik(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis
) -> None:
    entry = await mention(aredis, "201", "Hoe zit het met rechtsbijstand in het buitenland?", "ask")
    csrf = await login(desk_client, "sociaal", role="socialmedia")
    resp = await desk_client.post(
        "/social/beoordeel", data={"csrf": csrf, "entry": entry, "verdict": "geen"}, allow_redirects=False
    )
    assert resp.status == 303
    assert await register.count() == 0
    [label] = await labels_of(aredis)
    assert label["label"] == "no_complaint" and label["source"] == "social" and label["complaint_id"] is None
    html = await (await desk_client.get("/social")).text()
    assert "Niets te beoordelen" in html and "geen klacht (sociaal)" in html
    bad = await desk_client.post("/social/beoordeel", data={"csrf": csrf, "entry": "1-1", "verdict": "klacht"})
    assert bad.status == 400


async def chat_candidate(r: aioredis.Redis, conversation: str, text: str) -> dict[str, Any]:
    entry = possible.candidate(
        conversation,
        "m7",
        text,
        {"score": 0.55, "decision": "ask", "reasons": ["twijfel"], "version": "t"},
        [{"speaker": "klant", "text": "Ben ik gedekt voor een burenruzie?"}, {"speaker": "klant", "text": text}],
    )
    await possible.keep(r, entry)
    return entry


async def test_klachtenbureau_bevestigt_mogelijke_klacht_uit_de_chat_precies_een_keer(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis
) -> None:
    # The customer left the chat before answering "Begrijp ik goed dat u ergens niet tevreden over bent?".
    entry = await chat_candidate(aredis, "web-42", "Jullie klantenservice was nogal kortaf trouwens.")
    csrf = await login(desk_client, "fleur")
    html = await (await desk_client.get("/")).text()
    section = html.split('id="possible-chat"')[1].split("</section>")[0]
    assert "Mogelijk klacht uit de chat" in html and "Jullie klantenservice was nogal kortaf" in section
    assert "Gesprek tot dan (2 beurten)" in section and "Ben ik gedekt voor een burenruzie?" in section
    clicks = [
        desk_client.post(
            "/chat/beoordeel", data={"csrf": csrf, "conversation": "web-42", "verdict": "klacht"}, allow_redirects=False
        )
        for _ in range(5)
    ]
    responses = await asyncio.gather(*clicks)
    assert all(r.status == 303 for r in responses)
    [cid] = await register.ids()
    record = await register.get(cid)
    assert record["channel"] == "website" and record["source"] == {"conversation_id": "web-42"}
    assert record["text"] == entry["text"] and len(record["transcript"]) == 2
    assert "klachtenbureau:bevestigd" in record["detector"]["reasons"]
    [label] = await labels_of(aredis)
    assert (label["label"], label["source"], label["complaint_id"]) == ("complaint", "handler", cid)
    audit = [f for _i, f in await aredis.xrange(chat_triage.AUDIT_CHAT)]
    assert [(a["actor"], a["action"], a["complaint"]) for a in audit] == [("fleur", "bevestigd als klacht", cid)]
    assert 'id="possible-chat"' not in await (await desk_client.get("/")).text()
    # The customer comes back and says "ja" after all: the chat's key gives the same complaint.
    key = possible.idempotency_key("web-42", "m7")
    assert await desk_client.app[INTAKE].allocate_id(key) == cid


async def test_klachtenbureau_wijst_mogelijke_klacht_uit_de_chat_af(
    desk_client: Any, login: Any, register: Register, aredis: aioredis.Redis
) -> None:
    await chat_candidate(aredis, "web-43", "Nou, dat had ik anders verwacht.")
    sociaal = await login(desk_client, "sociaal", role="socialmedia")
    denied = await desk_client.post(
        "/chat/beoordeel", data={"csrf": sociaal, "conversation": "web-43", "verdict": "geen"}, allow_redirects=False
    )
    assert denied.status == 403
    csrf = await login(desk_client, "fleur")
    resp = await desk_client.post(
        "/chat/beoordeel", data={"csrf": csrf, "conversation": "web-43", "verdict": "geen"}, allow_redirects=False
    )
    assert resp.status == 303 and await register.count() == 0
    [label] = await labels_of(aredis)
    assert (label["label"], label["source"], label["conversation_id"]) == ("no_complaint", "handler", "web-43")
    again = await desk_client.post("/chat/beoordeel", data={"csrf": csrf, "conversation": "web-43", "verdict": "geen"})
    assert again.status == 400 and "al beoordeelde" in await again.text()
