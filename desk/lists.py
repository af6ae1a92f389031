"""Fixed lists for aard (nature), afdeling (department) and oorzaak (root cause), used by the reports.

Defaults below; a team leader edits them on /lijsten (stored in Redis hash `desk:lists`, one JSON
list per kind; each change audited in `desk:audit:lists`). Values no longer on a list stay on the
records that have them.
"""

from __future__ import annotations

import json

import redis.asyncio as aioredis

from flexbot.intake.contract import now_iso

LISTS = "desk:lists"
AUDIT_LISTS = "desk:audit:lists"
KINDS = {"category": "Aard", "department": "Afdeling", "root_cause": "Oorzaak"}
DEFAULTS: dict[str, list[str]] = {
    "category": [
        "Behandeling van de zaak",
        "Bereikbaarheid en communicatie",
        "Doorlooptijd",
        "Dekking en afwijzing",
        "Kosten en premie",
        "Externe advocaat of deskundige",
        "Bejegening",
        "Privacy",
        "Overig",
    ],
    "department": [
        "Juridische dienstverlening",
        "Klantenservice",
        "Acceptatie en polisadministratie",
        "Financiën",
        "Externe rechtshulpverlener",
        "Overig",
    ],
    "root_cause": [
        "Communicatie",
        "Proces of procedure",
        "Fout van medewerker",
        "Systeem",
        "Voorwaarden of beleid",
        "Verwachting van de klant",
        "Externe partij",
        "Onbekend",
    ],
}
MAX_ITEMS = 60


async def get_lists(r: aioredis.Redis) -> dict[str, list[str]]:
    stored = await r.hgetall(LISTS)
    out = {}
    for kind, default in DEFAULTS.items():
        raw = stored.get(kind)
        out[kind] = json.loads(raw) if raw else list(default)
    return out


async def set_list(r: aioredis.Redis, kind: str, values: list[str], actor: str) -> list[str]:
    if kind not in KINDS:
        raise ValueError("onbekende lijst")
    clean: list[str] = []
    for v in values:
        v = v.strip()[:120]
        if v and v not in clean:
            clean.append(v)
    if not clean:
        raise ValueError("een lijst mag niet leeg zijn")
    if len(clean) > MAX_ITEMS:
        raise ValueError(f"hoogstens {MAX_ITEMS} waarden")
    async with r.pipeline(transaction=True) as pipe:
        pipe.hset(LISTS, kind, json.dumps(clean, ensure_ascii=False))
        pipe.xadd(
            AUDIT_LISTS,
            {"at": now_iso(), "actor": actor, "list": kind, "values": json.dumps(clean, ensure_ascii=False)},
        )
        await pipe.execute()
    return clean
