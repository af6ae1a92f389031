"""Mastodon: polls GET {MASTODON_BASE_URL}/api/v1/notifications?types[]=mention with since_id,
following the Link header for older pages. Status content is HTML and becomes plain text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from html.parser import HTMLParser
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from connectors.base import Mention, PayloadError, env_values, iso_from_any
from connectors.polling import CursorPoller, CursorStore, HttpClient, newer
from connectors.x import MentionSink

SETTINGS = ("MASTODON_BASE_URL", "MASTODON_ACCESS_TOKEN")
BLOCK_TAGS = {"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextExtractor(HTMLParser):
    """Keeps text and link text, turns <br> and block ends into line breaks, drops all tags.

    Mastodon splits long link texts into class="invisible"/"ellipsis" spans; their text joins back
    into the full URL, so all text is kept.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in BLOCK_TAGS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n\n" if tag == "p" else "\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(content: str) -> str:
    """Plain text from Mastodon's status HTML: tags dropped, entities unescaped, breaks kept."""
    parser = _TextExtractor()
    parser.feed(content or "")
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def parse_notifications(payload: Any) -> list[Mention]:
    """Mentions from a list of Mastodon notification entities (as the API returns them)."""
    if not isinstance(payload, list):
        raise PayloadError("Mastodon notifications must be a JSON list")
    mentions = []
    for note in payload:
        status = note.get("status")
        if note.get("type") != "mention" or not status:
            continue
        account = status.get("account") or note.get("account") or {}
        text = html_to_text(status.get("content", ""))
        if status.get("spoiler_text"):
            text = f"{status['spoiler_text']}\n\n{text}"
        mentions.append(
            Mention(
                platform="mastodon",
                platform_id=str(status["id"]),
                author_handle=account.get("acct", ""),
                author_name=account.get("display_name") or account.get("username", ""),
                text=text,
                url=status.get("url") or status.get("uri") or "",
                created_at=iso_from_any(status.get("created_at")),
                in_reply_to=status.get("in_reply_to_id"),
                raw=note,
            )
        )
    return mentions


class MastodonPoller(CursorPoller):
    """Polls the mention notifications of the account that owns MASTODON_ACCESS_TOKEN."""

    name = "mastodon"

    def __init__(
        self,
        http: HttpClient,
        cursors: CursorStore,
        sink: MentionSink,
        base_url: str,
        access_token: str,
        max_pages: int = 50,
    ) -> None:
        super().__init__(http, cursors, sink, f"{base_url.rstrip('/')}/api/v1/notifications", access_token, max_pages)

    @classmethod
    def settings(cls, env: Mapping[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
        return env_values(env if env is not None else os.environ, SETTINGS)

    async def fetch(self, since_id: str | None) -> tuple[list[Mention], str | None]:
        params: list[tuple[str, str]] = [("types[]", "mention"), ("limit", "40")]
        if since_id:
            params.append(("since_id", since_id))
        notes: list[dict[str, Any]] = []
        newest = since_id
        for _ in range(self.max_pages):
            page, links = await self.http.get_json(self.url, params=params, headers=self._headers)
            if not isinstance(page, list) or not page:
                break
            notes.extend(page)
            for note in page:
                newest = newer(newest, str(note["id"]))
            next_url = links.get("next")
            if not next_url or not since_id:
                break  # first run starts at the newest page instead of crawling all history
            # The next link pages backwards with max_id; keep since_id so we stop at the cursor.
            query = dict(parse_qsl(urlsplit(next_url).query))
            if "max_id" not in query:
                break
            params = [("types[]", "mention"), ("limit", "40"), ("since_id", since_id), ("max_id", query["max_id"])]
        notes.sort(key=lambda n: int(n["id"]))  # oldest first
        return parse_notifications(notes), newest
