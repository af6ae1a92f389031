"""The intake contract end to end: records built by the chat and by a connector, and updates of
them, pass the desk's consumer unchanged and exactly once."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import redis.asyncio as aioredis

from desk.consumer import DEAD_LETTER, GROUP, STREAM, IntakeConsumer, ensure_group
from desk.register import Register
from flexbot.intake.contract import build_complaint, build_update


async def drain(consumer: IntakeConsumer, total: int) -> None:
    await ensure_group(consumer.redis)
    stop = asyncio.Event()
    task = asyncio.create_task(consumer.run(stop))
    try:
        for _ in range(200):
            groups = await consumer.redis.xinfo_groups(STREAM)
            pending = (await consumer.redis.xpending(STREAM, GROUP))["pending"]
            if groups and groups[0]["entries-read"] == total and pending == 0:
                break
            await asyncio.sleep(0.05)
    finally:
        stop.set()
        await task


async def add(client: aioredis.Redis, kind: str, record: dict[str, Any]) -> None:
    await client.xadd(STREAM, {kind: json.dumps(record, ensure_ascii=False)})


async def test_chat_and_connector_records_pass_the_desk_unchanged(aredis: aioredis.Redis) -> None:
    chat = build_complaint(
        "KL-2026-000101",
        "Mijn jurist belt nooit terug!",
        "website",
        {"conversation_id": "c-1"},
        detection={"score": 0.97, "decision": "complaint", "reasons": ["belt_niet_terug"], "version": "v"},
        transcript=[
            {"speaker": "assistent", "text": "Waarmee kan ik u helpen?", "at": None},
            {"speaker": "klant", "text": "Mijn jurist belt nooit terug!", "at": None},
        ],
    )
    social = build_complaint(
        "KL-2026-000102",
        "@ARAG al 3 weken geen antwoord",
        "x",
        {"url": "https://x.com/jan/status/1", "platform_id": "1"},
        customer={"name": "Jan"},
        detection={"score": 0.8, "decision": "complaint", "reasons": [], "version": "v"},
    )
    await add(aredis, "complaint", chat)
    await add(aredis, "complaint", social)
    await drain(IntakeConsumer(aredis, block_ms=50), 2)
    register = Register(aredis)
    for sent in (chat, social):
        stored = await register.get(sent["id"])
        assert stored is not None
        for key in ("text", "channel", "source", "customer", "detector", "transcript", "handoff_consent"):
            assert stored[key] == sent[key], key


async def test_updates_merge_once_and_are_audited(aredis: aioredis.Redis) -> None:
    cid = "KL-2026-000201"
    await add(aredis, "complaint", build_complaint(cid, "Niemand neemt op.", "website", {"conversation_id": "c-2"}))
    consent = build_update(cid, f"{cid}:consent", handoff_consent=True)
    email = build_update(
        cid, f"{cid}:contact", customer={"email": "an@example.nl", "address": "Dorpsstraat 1, Leusden"}
    )
    more = build_update(cid, f"{cid}:text:2", add_text="En mijn mail is ook niet beantwoord.")
    for update in (consent, email, email, more, consent):  # redelivered updates count once
        await add(aredis, "update", update)
    consumer = IntakeConsumer(aredis, block_ms=50)
    await drain(consumer, 6)
    stored = await Register(aredis).get(cid)
    assert stored["handoff_consent"] is True
    assert stored["customer"]["email"] == "an@example.nl"
    assert stored["customer"]["address"] == "Dorpsstraat 1, Leusden"
    assert stored["text"] == "Niemand neemt op.\n\nEn mijn mail is ook niet beantwoord."
    assert consumer.updates == 3
    actions = [entry["action"] for entry in await Register(aredis).audit(cid)]
    assert actions == ["geregistreerd", "aangevuld", "aangevuld", "aangevuld"]


async def test_an_update_of_an_unknown_complaint_is_kept_for_a_person(aredis: aioredis.Redis) -> None:
    await add(aredis, "update", build_update("KL-2026-000999", "x:1", handoff_consent=True))
    await aredis.xadd(STREAM, {"complaint": json.dumps({"id": "KL-2026-000998", "text": "zonder rest"})})
    await drain(IntakeConsumer(aredis, block_ms=50), 2)
    kept = await aredis.xrange(DEAD_LETTER)
    reasons = sorted(fields["reason"] for _id, fields in kept)
    assert len(reasons) == 2
    assert any("unknown complaint" in r for r in reasons)
