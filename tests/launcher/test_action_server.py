"""The action server answers only Rasa: loopback by default and a shared token (issue 14)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from flexbot.redis_server import free_port

FLEXBOT = str(Path(sys.executable).with_name("flexbot"))
TOKEN = "test-token-" + "a" * 32

SUBMIT = {  # what an attacker posted to register a confidential complaint
    "next_action": "action_submit_complaint",
    "sender_id": "aanvaller",
    "version": "3.6.2",
    "tracker": {
        "sender_id": "aanvaller",
        "slots": {},
        "latest_message": {"text": "klacht", "intent": {}, "entities": []},
        "events": [],
        "paused": False,
        "followup_action": None,
        "active_loop": {},
        "latest_action_name": None,
    },
    "domain": {"slots": {}, "responses": {}, "forms": {}, "intents": [], "entities": []},
}


def non_loopback_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            address = probe.getsockname()[0]
    except OSError:
        return None
    return None if address.startswith("127.") else address


@pytest.fixture(scope="module")
def action_server(tmp_path_factory):
    port = free_port()
    work = tmp_path_factory.mktemp("actions")
    env = {
        **os.environ,
        "ACTIONS_PORT": str(port),
        "ACTIONS_TOKEN": TOKEN,
        "FLEXBOT_VAR_DIR": str(work),
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("ACTIONS_HOST", None)
    log = (work / "actions.log").open("wb")
    process = subprocess.Popen([FLEXBOT, "serve", "actions"], env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, (work / "actions.log").read_text()
        try:
            if requests.get(url + "/health", timeout=1).ok:
                break
        except requests.RequestException:
            pass
        assert time.monotonic() < deadline, "action server did not start"
        time.sleep(0.25)
    yield url, port
    process.terminate()
    process.wait(timeout=20)


def test_health_is_open(action_server):
    url, _ = action_server
    assert requests.get(url + "/health", timeout=5).json() == {"status": "ok"}


def test_action_call_without_token_is_401(action_server):
    url, _ = action_server
    response = requests.post(url + "/webhook", json=SUBMIT, timeout=5)
    assert response.status_code == 401
    assert requests.get(url + "/actions", timeout=5).status_code == 401


def test_action_call_with_wrong_token_is_403(action_server):
    url, _ = action_server
    for header in ("Bearer wrong", "Basic " + TOKEN, TOKEN):
        response = requests.post(
            url + "/webhook",
            data=json.dumps(SUBMIT),
            timeout=5,
            headers={"Authorization": header, "Content-Type": "application/json"},
        )
        assert response.status_code == 403, header


def test_the_token_rasa_sends_is_accepted(action_server):
    url, _ = action_server
    response = requests.get(url + "/actions", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5)
    assert response.status_code == 200
    assert "action_submit_complaint" in {a["name"] for a in response.json()}


def test_listens_on_loopback_only_by_default(action_server):
    _, port = action_server
    address = non_loopback_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address")
    with pytest.raises(OSError):
        socket.create_connection((address, port), timeout=2).close()


def test_without_a_token_the_server_does_not_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "ACTIONS_TOKEN"}
    result = subprocess.run(
        [sys.executable, "-m", "actions"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 2 and "ACTIONS_TOKEN" in result.stderr


def test_action_server_spool_is_per_redis_and_instance(monkeypatch, tmp_path):
    from flexbot.launcher import services

    monkeypatch.setenv("FLEXBOT_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("INTAKE_SPOOL_DIR", raising=False)
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6390/0")
    _, env = services.command_for("actions")
    first = Path(env["INTAKE_SPOOL_DIR"])
    assert tmp_path / "spool" / "intake" in first.parents
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6391/0")  # a throw-away test Redis
    assert Path(services.command_for("actions")[1]["INTAKE_SPOOL_DIR"]) != first
    monkeypatch.setenv("INTAKE_SPOOL_DIR", str(tmp_path / "mine"))
    assert "INTAKE_SPOOL_DIR" not in services.command_for("actions")[1]  # the setting is used as given
