"""The Social page: mentions newest first, platform filter, mark as handled, chart, escaping."""

from __future__ import annotations

import json
from typing import Any

import redis.asyncio as aioredis

from desk.social import AUDIT_SOCIAL, HANDLED, STREAM


async def mention(r: aioredis.Redis, platform: str, mid: str, text: str, complaint: bool, url: str = "") -> None:
    await r.xadd(
        STREAM,
        {
            "platform": platform,
            "id": mid,
            "author": "@klant",
            "text": text,
            "url": url or f"https://example.com/{platform}/{mid}",
            "created_at": "2026-11-21T09:30:00.000Z",
            "complaint": "true" if complaint else "false",
            "detector": json.dumps(
                {"score": 0.9 if complaint else 0.1, "reasons": ["onvrede"] if complaint else [], "version": "t"}
            ),
        },
    )


async def test_social_page_lists_filters_and_marks_handled(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    await mention(aredis, "x", "1", "Eerste bericht", False)
    await mention(
        aredis, "facebook", "2", "ARAG reageert nooit! <script>alert(1)</script>", True, url="javascript:alert(1)"
    )
    await mention(aredis, "x", "3", "Derde bericht", True)
    csrf = await login(desk_client, "sociaal", role="socialmedia")
    resp = await desk_client.get("/social")
    html = await resp.text()
    assert resp.status == 200 and 'http-equiv="refresh"' in html
    assert html.index("Derde bericht") < html.index("ARAG reageert") < html.index("Eerste bericht")
    assert "<script>alert(1)</script>" not in html and 'href="javascript:' not in html
    assert 'href="https://example.com/x/3"' in html and "onvrede" in html
    only_x = await (await desk_client.get("/social?platform=x")).text()
    assert "Derde bericht" in only_x and "ARAG reageert" not in only_x
    resp = await desk_client.post(
        "/social/afgehandeld", data={"csrf": csrf, "key": "x:3", "back": "toon=open"}, allow_redirects=False
    )
    assert resp.status == 303 and resp.headers["Location"] == "/social?toon=open"
    assert await aredis.sismember(HANDLED, "x:3")
    assert [f["actor"] for _i, f in await aredis.xrange(AUDIT_SOCIAL)] == ["sociaal"]
    open_only = await (await desk_client.get("/social?toon=open")).text()
    assert "Derde bericht" not in open_only and "Eerste bericht" in open_only
    resp = await desk_client.post("/social/afgehandeld", data={"key": "x:1"}, allow_redirects=False)
    assert resp.status == 403
    chart = await desk_client.get("/social/per-dag.svg")
    assert chart.content_type == "image/svg+xml" and b"<svg" in await chart.read()


async def test_social_page_needs_login(desk_client: Any) -> None:
    resp = await desk_client.get("/social", allow_redirects=False)
    assert resp.status == 302


async def test_per_day_counts_mentions_and_complaints(aredis: aioredis.Redis) -> None:
    from datetime import datetime

    from desk.deadlines import TZ
    from desk.social import per_day

    await mention(aredis, "x", "1", "a", False)
    await mention(aredis, "x", "2", "b", True)
    rows = await per_day(aredis, datetime.now(TZ).date(), days=3)
    assert len(rows) == 3 and rows[-1][1:] == (2, 1) and rows[0][1:] == (0, 0)


async def test_live_nieuwe_vermeldingen_via_server_sent_events(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    import asyncio

    await mention(aredis, "x", "1", "Al eerder", False)
    await login(desk_client, "sociaal", role="socialmedia")
    page = await desk_client.get("/social")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert '<script src="/static/social.js" defer></script>' in await page.text()
    assert (await desk_client.get("/static/social.js")).status == 200
    resp = await desk_client.get("/social/stream")
    assert resp.status == 200 and resp.headers["Content-Type"] == "text/event-stream"
    await aredis.xadd(
        STREAM,
        {
            "platform": "x",
            "id": "9",
            "author": "@boos",
            "text": "ARAG <b>luistert</b> niet",
            "url": "https://x.com/9",
            "created_at": "2026-11-21T10:00:00+00:00",
            "complaint": "1",
            "complaint_id": "KL-2026-000009",
            "detector": json.dumps({"decision": "complaint", "reasons": ["onvrede"]}),
        },
    )
    event: dict[str, str] = {}
    while "data" not in event:
        line = (await asyncio.wait_for(resp.content.readline(), 10)).decode().rstrip("\n")
        if line.startswith(("event:", "data:", "id:")):
            key, value = line.split(":", 1)
            event[key] = value.strip()
    resp.close()
    assert event["event"] == "mention"
    data = json.loads(event["data"])
    assert "Al eerder" not in data["row"]  # only what is new
    assert "ARAG &lt;b&gt;luistert&lt;/b&gt; niet" in data["row"]
    assert 'href="/klacht/KL-2026-000009"' in data["row"] and data["possible"] == ""


async def test_live_beoordeling_van_een_collega_verdwijnt_uit_de_lijst(
    desk_client: Any, login: Any, aredis: aioredis.Redis
) -> None:
    import asyncio

    csrf = await login(desk_client, "sociaal", role="socialmedia")
    stream = await desk_client.get("/social/stream")
    entry = await aredis.xadd(
        STREAM,
        {
            "platform": "x",
            "id": "77",
            "author": "@twijfel",
            "text": "Hmm, ARAG weer...",
            "url": "https://x.com/77",
            "created_at": "2026-11-21T10:00:00+00:00",
            "complaint": "0",
            "complaint_id": "",
            "detector": json.dumps({"decision": "ask"}),
        },
    )

    async def next_event() -> dict[str, str]:
        event: dict[str, str] = {}
        while "data" not in event:
            line = (await asyncio.wait_for(stream.content.readline(), 10)).decode().rstrip("\n")
            if line.startswith(("event:", "data:", "id:")):
                key, value = line.split(":", 1)
                event[key] = value.strip()
        return event

    first = await next_event()
    assert first["event"] == "mention" and 'data-key="x:77"' in json.loads(first["data"])["possible"]
    resp = await desk_client.post(
        "/social/beoordeel", data={"csrf": csrf, "entry": entry, "verdict": "geen"}, allow_redirects=False
    )
    assert resp.status == 303
    judged = await next_event()
    stream.close()
    assert judged["event"] == "judged" and json.loads(judged["data"]) == {"key": "x:77", "complaint_id": ""}
