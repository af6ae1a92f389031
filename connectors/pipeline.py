"""Where every mention goes: dedupe -> complaint detector -> social:mentions -> (complaints) intake.

Never miss, never double:
- a mention is first *claimed* with SET NX (short lease), so two deliveries processed at the same
  time cannot both go through; the claim becomes a 30-day "done" marker in the same MULTI/EXEC that
  adds the entry to social:mentions, so the feed entry and the dedupe marker are written together;
- a crash in between leaves only the lease, which expires, so a redelivery or the inbox retry
  processes the mention again; the intake is idempotent per mention (idempotency key
  "<platform>:<platform_id>"), so the complaint is still registered once.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Protocol

from redis.asyncio import Redis

from connectors.base import Mention, clean_mention
from flexbot.streams import text

log = logging.getLogger(__name__)

MENTIONS_STREAM = "social:mentions"
DEDUPE_KEY = "social:seen:{platform}:{platform_id}"
DONE_TTL = 30 * 24 * 3600  # seconds a processed mention is remembered
LEASE_TTL = 120  # seconds a claim protects a mention that is being processed
MENTIONS_MAXLEN = 100_000  # approximate cap of the social feed stream
INTAKE_CONCURRENCY = 32  # complaints handed to the intake at the same time


class Detection(Protocol):
    @property
    def complaint(self) -> bool: ...  # read-only: the detector's Detection is a frozen dataclass

    def to_dict(self) -> dict[str, Any]: ...


class Detector(Protocol):
    def detect(self, text: str, /) -> Detection: ...


class Intake(Protocol):
    """Hands one complaint to klachtenbureau:intake; see connectors.intake_adapter."""

    async def submit_mention(self, mention: Mention, detection: Detection) -> str: ...


class MentionsInFlight(RuntimeError):
    """Some mentions are being processed elsewhere right now; retry the delivery later."""


@dataclass
class Outcome:
    mention: Mention
    status: str  # "new" | "duplicate" | "in_flight"
    complaint: bool = False
    complaint_id: str | None = None
    stream_id: str | None = None


def dedupe_key(mention: Mention) -> str:
    return DEDUPE_KEY.format(platform=mention.platform, platform_id=mention.platform_id)


def feed_fields(mention: Mention, detection: Detection, complaint_id: str | None) -> dict[str, str]:
    """One social:mentions entry (DESIGN.md contract plus a few extras for the desk)."""
    return {
        "platform": mention.platform,
        "id": mention.platform_id,
        "author": mention.author_name or mention.author_handle,
        "author_handle": mention.author_handle,
        "text": mention.text,
        "url": mention.url,
        "created_at": mention.created_at,
        "in_reply_to": mention.in_reply_to or "",
        "complaint": "1" if detection.complaint else "0",
        "complaint_id": complaint_id or "",
        "detector": json.dumps(detection.to_dict(), ensure_ascii=False),
        "received_at": datetime.now(timezone.utc).isoformat(),
    }


class MentionPipeline:
    def __init__(
        self,
        redis: Redis,
        detector: Detector,
        intake: Intake | None,
        done_ttl: int = DONE_TTL,
        lease_ttl: int = LEASE_TTL,
    ) -> None:
        self.redis = redis
        self.detector = detector
        self.intake = intake
        self.done_ttl = done_ttl
        self.lease_ttl = lease_ttl

    async def process(self, mention: Mention) -> Outcome:
        return (await self.process_many([mention]))[0]

    async def process_many(self, mentions: list[Mention]) -> list[Outcome]:
        """Process a batch; raises MentionsInFlight (after doing the rest) if any was claimed elsewhere."""
        if not mentions:
            return []
        mentions = [clean_mention(m) for m in mentions]
        keys = [dedupe_key(m) for m in mentions]
        async with self.redis.pipeline(transaction=False) as pipe:
            for key in keys:
                pipe.set(key, "pending", nx=True, ex=self.lease_ttl)
            claimed = await pipe.execute()
        outcomes: list[Outcome] = []
        fresh: list[tuple[Mention, str, Outcome]] = []
        pending_dupes: list[int] = []
        for index, (mention, key, ok) in enumerate(zip(mentions, keys, claimed, strict=False)):
            outcome = Outcome(mention, "new" if ok else "duplicate")
            outcomes.append(outcome)
            if ok:
                fresh.append((mention, key, outcome))
            else:
                pending_dupes.append(index)
        if pending_dupes:
            await self._mark_in_flight(outcomes, keys, pending_dupes, fresh)
        try:
            await self._deliver(fresh)
        except BaseException:
            if fresh:
                await self.redis.delete(*[key for _, key, _ in fresh])  # release our claims
            raise
        if any(o.status == "in_flight" for o in outcomes):
            raise MentionsInFlight("some mentions are being processed elsewhere")
        return outcomes

    async def _mark_in_flight(
        self, outcomes: list[Outcome], keys: list[str], indexes: list[int], fresh: list[tuple[Mention, str, Outcome]]
    ) -> None:
        """A duplicate is only settled when its marker says done; a lease (or a lease that just
        expired) means another worker may still fail, so the delivery is retried later."""
        ours = {key for _, key, _ in fresh}
        values = await self.redis.mget([keys[i] for i in indexes])
        for index, value in zip(indexes, values, strict=False):
            if value not in (b"done", "done") and keys[index] not in ours:
                outcomes[index].status = "in_flight"

    def _detect(self, texts: list[str]) -> list[Detection]:
        detect_many = getattr(self.detector, "detect_many", None)  # one nlp.pipe pass when offered
        if detect_many is not None and len(texts) > 1:
            return list(detect_many(texts))
        return [self.detector.detect(text) for text in texts]

    async def _deliver(self, fresh: list[tuple[Mention, str, Outcome]]) -> None:
        if not fresh:
            return
        detections = self._detect([mention.text for mention, _, _ in fresh])
        complaints = []
        for (mention, _key, outcome), detection in zip(fresh, detections, strict=False):
            outcome.complaint = bool(detection.complaint)
            if outcome.complaint and self.intake is not None:
                complaints.append((mention, outcome, detection))
        intake = self.intake  # complaints is empty without one
        for start in range(0, len(complaints), INTAKE_CONCURRENCY):
            chunk = complaints[start : start + INTAKE_CONCURRENCY]
            ids = await asyncio.gather(*(intake.submit_mention(m, d) for m, _, d in chunk if intake is not None))
            for (_, outcome, _), complaint_id in zip(chunk, ids, strict=False):
                outcome.complaint_id = complaint_id
        async with self.redis.pipeline(transaction=True) as pipe:
            for (mention, key, outcome), detection in zip(fresh, detections, strict=False):
                pipe.xadd(
                    MENTIONS_STREAM,
                    feed_fields(mention, detection, outcome.complaint_id),
                    maxlen=MENTIONS_MAXLEN,
                    approximate=True,
                )
                pipe.set(key, "done", ex=self.done_ttl)
            results = await pipe.execute()
        for (_, _, outcome), stream_id in zip(fresh, results[::2], strict=False):
            outcome.stream_id = text(stream_id)
        log.info("%d new mentions, %d complaints", len(fresh), sum(o.complaint for _, _, o in fresh))
