"""bot.serve's supervisor: a crashed worker stops the server, even when another worker does not stop."""

from __future__ import annotations

import subprocess
import sys
import time

# Run in a fresh interpreter: supervise() waits for any child, and pytest's process has its own.
SCRIPT = """
import os, signal, sys, time
from bot import serve

def child(run):
    pid = os.fork()
    if pid == 0:
        run()
        os._exit(0)
    return pid

def stubborn():  # an event loop that never gets to its SIGTERM handler
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    time.sleep(60)

def crashes():
    time.sleep(0.3)
    os._exit(3)

workers = [child(stubborn), child(crashes)]
code = serve.supervise(workers, grace=float(sys.argv[1]))
print(code, [os.path.exists(f"/proc/{pid}") for pid in workers])
"""


def _supervise(grace: float) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(grace)], capture_output=True, text=True, timeout=30)
    return done, time.monotonic() - started


def test_a_worker_that_ignores_sigterm_is_killed_after_the_grace() -> None:
    done, took = _supervise(grace=1.0)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "[False,", "False]"]  # the crash's code; both workers gone
    assert "worker" in done.stderr and "exited (3)" in done.stderr
    assert "did not stop within 1 s; killing it" in done.stderr
    assert took < 20  # not the stubborn worker's 60 s
