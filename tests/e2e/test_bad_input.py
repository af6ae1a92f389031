"""Bad input over the REST channel: a sensible answer or a clear 4xx, never a crash."""

from __future__ import annotations

import requests


def post(stack, body, **kwargs):
    return requests.post(
        stack.url("rasa") + "/webhooks/rest/webhook",
        timeout=30,
        **{"data" if isinstance(body, (bytes, str)) else "json": body},
        **kwargs,
    )


def test_empty_message_is_400(stack):
    response = post(stack, {"sender": "bad-1", "message": ""})
    assert response.status_code == 400
    assert response.json() == {"error": "'message' is empty"}


def test_whitespace_only_message_is_400(stack):
    response = post(stack, {"sender": "bad-2", "message": "   \n\t  "})
    assert response.status_code == 400


def test_malformed_json_is_400(stack):
    response = post(stack, b'{"sender": "bad-3", "message": "hal', headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "JSON" in response.json()["error"]


def test_message_of_wrong_type_is_400(stack):
    assert post(stack, {"sender": "bad-4", "message": ["hallo"]}).status_code == 400


def test_20_kb_message_gets_an_answer(chat):
    story = "Mijn buurman heeft een schutting gebouwd op mijn grond en nu is er ruzie. " * 280
    assert len(story) > 20_000
    assert chat.say(story), "the bot must answer a long story"


def test_control_characters_are_ignored(chat):
    assert "digitale assistent van ARAG" in chat.reply("hal\x00lo\x07\x1b")


def test_emoji_only_gets_an_answer(chat):
    assert chat.say("😡😡😡")


def test_html_and_script_tags_get_a_plain_answer(chat):
    answers = chat.say("<script>alert('x')</script><b>hallo</b>")
    assert answers
    assert all("<script>" not in answer for answer in answers)


def test_the_server_keeps_working_after_bad_input(chat):
    assert "digitale assistent van ARAG" in chat.reply("hallo")


# --- issue 14: input that gave HTTP 500 -------------------------------------------------------

import json  # noqa: E402

import pytest  # noqa: E402


@pytest.mark.parametrize("text", ["\u200b", "\ufeff", "\u200d", "\x01", "\x00"])
def test_only_invisible_characters_is_400_not_500(stack, text):
    response = post(stack, {"sender": "bad-5", "message": text})
    assert response.status_code == 400


def test_lone_surrogate_in_message_gets_a_dutch_answer(stack):
    raw = b'{"sender": "bad-6", "message": "hallo \\ud800"}'
    response = post(stack, raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 200
    assert "digitale assistent van ARAG" in " ".join(m.get("text", "") for m in response.json())


def test_lone_surrogate_in_sender_is_400(stack):
    raw = b'{"sender": "bad-\\udc00", "message": "hallo"}'
    assert post(stack, raw, headers={"Content-Type": "application/json"}).status_code == 400


def test_json_nested_10000_deep_is_400(stack):
    raw = b'{"sender": "bad-7", "message": "hallo", "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    assert post(stack, raw, headers={"Content-Type": "application/json"}).status_code == 400


def test_metadata_nested_500_deep_is_400(stack):
    metadata: dict = {}
    inner = metadata
    for _ in range(500):
        inner["a"] = {}
        inner = inner["a"]
    raw = json.dumps({"sender": "bad-8", "message": "hallo", "metadata": metadata})
    response = post(stack, raw.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code == 400


def test_action_server_refuses_calls_without_the_token(stack):
    body = {"next_action": "action_submit_complaint", "sender_id": "aanvaller", "tracker": {}, "domain": {}}
    response = requests.post(stack.url("actions") + "/webhook", json=body, timeout=10)
    assert response.status_code == 401


def test_rasa_still_reaches_the_action_server_with_the_token(chat):
    """A complaint runs custom actions (acknowledge, intake form); they must answer Rasa."""
    replies = chat.say("Ik wil een klacht indienen, niemand belt me terug.")
    assert "Wat vervelend dat u dit zo ervaart" in replies[0]
    assert "Wilt u dat het Klachtenbureau contact met u opneemt" in replies[-1]


def test_the_server_still_works_after_the_new_bad_input(chat):
    assert "digitale assistent van ARAG" in chat.reply("hallo")
