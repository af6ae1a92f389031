"""The widget's socket.io channel answers every message in Dutch (issue 14): invisible-only text,
lone surrogates, deep metadata, oversized session ids, Redis down; disconnects log no trace."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import socketio

from flexbot.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]

SERVER = """
import sys, redis.exceptions
from sanic import Sanic
from bot.channels.socketio import SocketIOInput

async def on_new_message(message):
    if message.text == "redis-stuk":
        raise redis.exceptions.ConnectionError("Connection refused")
    await message.output_channel.send_text_message(
        message.sender_id, f"Echo: {message.text} | meta={message.metadata!r} | sender={len(message.sender_id)}")

app = Sanic("socketio_test")
channel = SocketIOInput(session_persistence=True)
app.blueprint(channel.blueprint(on_new_message))
app.run("127.0.0.1", int(sys.argv[1]), workers=1, access_log=False)
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    log_path = tmp_path_factory.mktemp("sio") / "server.log"
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, log_path.read_text()
        try:
            if requests.get(url + "/socket.io/?EIO=4&transport=polling", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        assert time.monotonic() < deadline
        time.sleep(0.2)
    yield url, log_path
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def talk(url: str, messages: list[dict], session_id=None) -> tuple[str, list[str]]:
    client = socketio.AsyncClient()
    replies: asyncio.Queue = asyncio.Queue()
    confirmed: asyncio.Queue = asyncio.Queue()
    client.on("bot_uttered", lambda data: replies.put_nowait(data.get("text")))
    client.on("session_confirm", lambda sid: confirmed.put_nowait(sid))
    await client.connect(url, transports=["websocket"])
    await client.emit("session_request", {"session_id": session_id})
    session = await asyncio.wait_for(confirmed.get(), 5)
    answers = []
    for message in messages:
        await client.emit("user_uttered", {"session_id": session, **message})
        answers.append(await asyncio.wait_for(replies.get(), 5))
    await client.disconnect()
    return session, answers


@pytest.mark.parametrize("text", ["\u200b", "\ufeff", "\u200d", "\x01", "\x00"])
async def test_invisible_only_gets_a_dutch_prompt(server, text):
    _, answers = await talk(server[0], [{"message": text}])
    assert answers == ["Ik zie geen tekst in uw bericht. Waarmee kan ik u helpen?"]


async def test_lone_surrogate_is_replaced_and_answered(server):
    _, answers = await talk(server[0], [{"message": "klacht \ud800 hier"}])
    assert answers[0].startswith("Echo: klacht \ufffd hier")


@pytest.fixture()
def deep_recursion():
    """The python-socketio *client* recurses per level when it encodes; the server does not."""
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(10_000)
    yield
    sys.setrecursionlimit(old)


async def test_deep_metadata_is_dropped_and_the_message_answered(server, deep_recursion):
    metadata: dict = {}
    inner = metadata
    for _ in range(500):
        inner["a"] = {}
        inner = inner["a"]
    _, answers = await talk(
        server[0], [{"message": "hallo", "metadata": metadata}, {"message": "hoi", "metadata": {"page": "/"}}]
    )
    assert answers[0].startswith("Echo: hallo | meta=None")
    assert "'page': '/'" in answers[1]


async def test_oversized_session_id_gets_a_fresh_one(server):
    session, answers = await talk(server[0], [{"message": "hallo"}], session_id="x" * 100_000)
    assert len(session) <= 128
    assert answers[0].endswith(f"sender={len(session)}")


async def test_redis_down_gets_a_dutch_message(server):
    _, answers = await talk(server[0], [{"message": "redis-stuk"}])
    assert "niet bereikbaar" in answers[0]


async def test_disconnects_log_no_error_trace(server):
    for _ in range(3):
        await talk(server[0], [{"message": "hallo"}])
    await asyncio.sleep(0.5)
    log = server[1].read_text()
    assert "Traceback" not in log and "ERROR" not in log.replace("conversation store unavailable", ""), log[-3000:]


async def test_json_nested_10000_deep_gets_a_dutch_answer(server):
    client = socketio.AsyncClient()
    replies: asyncio.Queue = asyncio.Queue()
    client.on("bot_uttered", lambda data: replies.put_nowait(data.get("text")))
    client.on("session_confirm", lambda sid: replies.put_nowait(sid))
    await client.connect(server[0], transports=["websocket"])
    await client.emit("session_request", {"session_id": None})
    session = await asyncio.wait_for(replies.get(), 5)
    deep = "[" * 10_000 + "]" * 10_000
    # Hand-made socket.io EVENT packet: the client library itself cannot encode this.
    packet = '2["user_uttered",{"session_id":"' + session + '","message":"hallo","x":' + deep + "}]"
    await client.eio.send(packet)
    assert await asyncio.wait_for(replies.get(), 5) == "Uw bericht kon niet worden gelezen. Wilt u het opnieuw typen?"
    await client.emit("user_uttered", {"session_id": session, "message": "hallo"})  # still talking
    assert (await asyncio.wait_for(replies.get(), 5)).startswith("Echo: hallo")
    await client.disconnect()
