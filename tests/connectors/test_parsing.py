"""Documented platform payloads become Mentions; Mastodon HTML becomes plain text."""

from __future__ import annotations

from datetime import datetime

import pytest

from connectors.base import PayloadError
from connectors.linkedin import LinkedInConnector
from connectors.mastodon import html_to_text, parse_notifications
from connectors.meta import MetaConnector
from connectors.replay import detect_platform, parse_payload
from connectors.x import XConnector


def assert_iso_with_tz(value: str) -> None:
    assert datetime.fromisoformat(value).tzinfo is not None


def test_facebook_feed_comments_and_page_mention(kit):
    mentions = MetaConnector("facebook").parse(kit.fixture_json("facebook_feed.json"))
    assert [m.author_name for m in mentions] == ["Marieke de Vries", "Peter Jansen", "Sanne Bakker"]
    first = mentions[0]
    assert first.platform == "facebook"
    assert first.platform_id == "122175839027000011_1187622330417711"
    assert first.url == ("https://www.facebook.com/ARAGNederland/posts/pfbid02Xk9QwLm3?comment_id=1187622330417711")
    assert first.in_reply_to == "104857600012345_122175839027000011"
    assert first.created_at == "2025-11-21T09:14:58+00:00"
    assert first.raw["value"]["verb"] == "add"
    assert all(m.author_name != "ARAG Nederland" for m in mentions)  # the page's own reply is skipped


def test_instagram_comments_and_id_only_mentions(kit):
    mentions = MetaConnector("instagram").parse(kit.fixture_json("instagram_comments.json"))
    assert [m.platform_id for m in mentions] == ["17865799348089039", "17865799348089122", "17894227972186120"]
    assert mentions[0].author_handle == "lisa.verhoeven"
    assert mentions[0].in_reply_to == "18068731531123456"
    assert mentions[2].text == ""  # documented mentions payload carries ids only
    for m in mentions:
        assert_iso_with_tz(m.created_at)


def test_x_account_activity_skips_own_tweets_and_unescapes(kit):
    mentions = XConnector().parse(kit.fixture_json("x_account_activity.json"))
    assert [m.author_handle for m in mentions] == ["jeroensmit_nl", "fatima_ea"]
    assert "&amp;" not in mentions[0].text and "slechte service & niemand" in mentions[0].text
    assert mentions[0].url == "https://x.com/jeroensmit_nl/status/1991789012345678901"
    assert mentions[0].created_at == "2025-11-21T09:30:12+00:00"


def test_x_api_v2_mentions(kit):
    mentions = XConnector().parse(kit.fixture_json("x_mentions_v2.json"))
    by_id = {m.platform_id: m for m in mentions}
    reply = by_id["1991799876543210987"]
    assert reply.author_name == "Kees Mulder" and reply.author_handle == "kees_mulder"
    assert reply.in_reply_to == "1991795555555555555"
    assert reply.created_at == "2025-11-21T10:17:27+00:00"


def test_linkedin_comment_and_share_mention_likes_ignored(kit):
    mentions = LinkedInConnector().parse(kit.fixture_json("linkedin_notifications.json"))
    assert [m.platform_id for m in mentions] == ["5603453321", "5603453388"]  # notificationId
    comment = mentions[0]
    assert comment.author_handle == "urn:li:person:zLqTygBP8S"
    assert comment.url.startswith("https://www.linkedin.com/feed/update/urn:li:activity:7397512044332560384/")
    assert "commentUrn=" in comment.url
    assert comment.created_at.startswith("2025-11-21T10:00:00")


def test_mastodon_html_only_content_becomes_plain_text(kit):
    mentions = parse_notifications(kit.fixture_json("mastodon_notifications.json"))
    first = mentions[0]
    assert first.text == (
        "@arag ik ben zeer ontevreden over jullie afhandeling van mijn schadeclaim.\n"
        "Drie keer gebeld, drie keer een ander verhaal & nog steeds geen besluit.\n\n"
        "Ik dien hierbij officieel een klacht in. #klantenservice"
    )
    assert "<" not in first.text
    assert first.author_handle == "wouter@mastodon.nl" and first.author_name == "Wouter Hendriks"
    assert first.platform_id == "113530128827564701"  # the status id, not the notification id
    # link text kept in full (Mastodon splits it into invisible/ellipsis spans)
    assert "https://www.arag.nl/rechtsbijstandverzekering/flexpolis/" in mentions[1].text


@pytest.mark.parametrize(
    "html, text",
    [
        ("<p>Alleen&nbsp;HTML</p>", "Alleen HTML"),
        ("<p>regel 1<br>regel 2<br/>regel 3</p>", "regel 1\nregel 2\nregel 3"),
        ("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>"),
        ("<p></p><p> </p>", ""),
        ("<p>Tom &amp; Jerry &quot;quote&quot; &#8364;175</p>", 'Tom & Jerry "quote" €175'),
    ],
)
def test_html_to_text(html, text):
    assert html_to_text(html) == text


@pytest.mark.parametrize(
    "name, platform",
    [
        ("facebook_feed.json", "facebook"),
        ("instagram_comments.json", "instagram"),
        ("x_account_activity.json", "x"),
        ("x_mentions_v2.json", "x"),
        ("linkedin_notifications.json", "linkedin"),
        ("mastodon_notifications.json", "mastodon"),
    ],
)
def test_replay_recognises_every_fixture(kit, name, platform):
    payload = kit.fixture_json(name)
    assert detect_platform(payload) == platform
    assert parse_payload(platform, payload)


@pytest.mark.parametrize(
    "connector, payload",
    [
        (MetaConnector("facebook"), {"object": "page"}),
        (LinkedInConnector(), {"type": "ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS"}),
        (XConnector(), ["not", "an", "object"]),
    ],
)
def test_wrong_shapes_raise_payload_error(connector, payload):
    with pytest.raises(PayloadError):
        connector.parse(payload)
