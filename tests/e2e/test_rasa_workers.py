"""The Rasa server's workers under the lean parent (bot/serve.py): memory, answers and lifecycle."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest
import requests

from bot import serve
from flexbot.launcher.bench import children, rss_tree
from flexbot.launcher.stack import Stack
from flexbot.redis_server import free_port

QUESTION = "Wat is het maximum per gebeurtenis?"


def _start(stack: Stack, name: str) -> subprocess.Popen[bytes]:
    stack.ports[name] = free_port()
    stack.start(name, RASA_PORT=str(stack.ports[name]), RASA_WORKERS="2")
    return stack.processes.pop(name)  # this test stops it


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def _all_gone(pids: list[int], timeout: float = 30) -> bool:
    deadline = time.monotonic() + timeout
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not any(_alive(pid) for pid in pids)


def test_two_workers_under_a_lean_parent_answer_and_stop_together(stack: Stack) -> None:
    server = _start(stack, "rasa-workers")
    try:
        workers = children(server.pid)
        assert len(workers) == 2
        # The parent imported neither Rasa nor TensorFlow: a few MB, not the ~550 MB of Sanic's.
        assert rss_tree(server.pid)["main"] < 60
        url = stack.url("rasa-workers") + "/webhooks/rest/webhook"
        for _ in range(6):  # fresh connections: the kernel hands them to either worker
            reply = requests.post(url, json={"sender": uuid.uuid4().hex, "message": QUESTION}, timeout=30)
            assert reply.status_code == 200
            assert "15.000" in " ".join(m.get("text", "") for m in reply.json())
        server.terminate()
        assert server.wait(timeout=30) == 0
        assert _all_gone(workers)
    finally:
        server.kill()


def test_a_crashed_worker_stops_the_server(stack: Stack) -> None:
    server = _start(stack, "rasa-crash")
    workers = children(server.pid)
    os.kill(workers[0], signal.SIGKILL)
    assert server.wait(timeout=30) != 0  # so the supervisor restarts the whole server
    assert _all_gone(workers)


def test_a_killed_parent_takes_its_workers_and_frees_the_port(stack: Stack) -> None:
    server = _start(stack, "rasa-orphans")
    workers = children(server.pid)
    server.kill()  # no chance to forward anything: the kernel stops the workers
    server.wait(timeout=10)
    assert _all_gone(workers)
    with pytest.raises(requests.ConnectionError):
        requests.get(stack.url("rasa-orphans") + "/", timeout=2)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run", "--port", "5006"], "5006"),
        (["run", "--port=5007"], "5007"),
        (["run", "-p", "5008"], "5008"),
        (["run"], "5005"),
    ],
)
def test_port_option(argv: list[str], expected: str) -> None:
    assert serve.option(argv, ("-p", "--port"), "5005") == expected


def test_several_workers_only_with_a_shared_lock_store(tmp_path: Path) -> None:
    def endpoints(text: str) -> str:
        path = tmp_path / f"{uuid.uuid4().hex}.yml"
        path.write_text(text)
        return str(path)

    assert serve.lock_store_is_shared("bot/endpoints.yml")  # ours: bot.lock_store.AtomicRedisLockStore
    assert serve.lock_store_is_shared(endpoints("lock_store:\n  type: redis\n"))
    assert not serve.lock_store_is_shared(endpoints("lock_store:\n  type: in_memory\n"))
    assert not serve.lock_store_is_shared(endpoints("action_endpoint:\n  url: http://x\n"))
    assert not serve.lock_store_is_shared(str(tmp_path / "missing.yml"))
