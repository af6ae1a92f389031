"""Production supervisor: a crashed service restarts with backoff, the others stay up; the
connectors service stops on SIGTERM by itself (issue 14)."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

from flexbot.launcher.services import Supervisor
from flexbot.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]


def script(code: str) -> list[str]:
    return [sys.executable, "-c", code]


def wait_until(condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.05)


def test_crashed_service_restarts_with_backoff_and_the_others_keep_running(tmp_path):
    stable_log, crash_log = tmp_path / "stable.log", tmp_path / "crash.log"
    commands = {
        "stable": script(
            f"import os, time; open({str(stable_log)!r}, 'a').write(f'{{os.getpid()}}\\n'); time.sleep(600)"
        ),
        "crashy": script(
            f"import time; open({str(crash_log)!r}, 'a').write(f'{{time.monotonic()}}\\n'); raise SystemExit(137)"
        ),
    }
    out = io.StringIO()
    supervisor = Supervisor(commands, initial_delay=0.1, max_delay=0.8, stable_after=30, stop_timeout=5, out=out)
    runner = threading.Thread(target=supervisor.run)
    runner.start()
    try:
        wait_until(lambda: crash_log.exists() and len(crash_log.read_text().split()) >= 5)
        stable = supervisor.children["stable"].process
        assert stable is not None and stable.poll() is None, "the other service must keep running"
    finally:
        supervisor.stop()
        runner.join(20)
    assert not runner.is_alive()
    assert len(stable_log.read_text().split()) == 1, "the stable service was never restarted"
    starts = [float(t) for t in crash_log.read_text().split()]
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert gaps[-1] > gaps[0] * 1.5, f"backoff must grow: {gaps}"
    assert "exited with 137" in out.getvalue() and "restarting in" in out.getvalue()
    assert stable.poll() is not None  # stopped with the supervisor


def test_stop_terminates_gracefully_then_kills(tmp_path):
    commands = {
        "stubborn": script(
            "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "print('klaar', flush=True); time.sleep(600)"
        )
    }
    out = io.StringIO()
    supervisor = Supervisor(commands, stop_timeout=0.5, out=out)
    runner = threading.Thread(target=supervisor.run)
    runner.start()
    wait_until(lambda: "klaar" in out.getvalue())
    supervisor.stop()
    runner.join(10)
    assert not runner.is_alive()
    assert "SIGKILL" in out.getvalue()


def test_connectors_service_stops_on_sigterm_without_being_killed(redis_url, tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "REDIS_URL": redis_url,
        "CONNECTORS_PORT": str(port),
        "FLEXBOT_VAR_DIR": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
    }
    log = (tmp_path / "connectors.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "connectors"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:

        def healthy() -> bool:
            assert process.poll() is None, (tmp_path / "connectors.log").read_text()
            try:
                return requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok
            except requests.RequestException:
                return False

        wait_until(healthy, timeout=120)
        began = time.monotonic()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert time.monotonic() - began < 8
    finally:
        if process.poll() is None:
            process.kill()
    text = (tmp_path / "connectors.log").read_text()
    assert "Traceback" not in text, text[-3000:]
