"""Bad input over the REST channel: a sensible answer or a clear 4xx, never a crash."""
from __future__ import annotations

import requests


def post(stack, body, **kwargs):
    return requests.post(stack.url("rasa") + "/webhooks/rest/webhook", timeout=30, **{"data" if isinstance(body, (bytes, str)) else "json": body}, **kwargs)


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
