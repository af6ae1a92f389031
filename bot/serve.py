"""The Rasa server with several worker processes under a lean parent.

    python -m bot.serve run --model ... --port 5005 ...   (the arguments of `rasa run`)

Sanic's own multi-worker mode (SANIC_WORKERS > 1) forks its workers from a process that has
imported Rasa and TensorFlow and then only waits: about 550 MB resident doing nothing
(docs/performance.md). Here:

1. the parent (standard library only, ~12 MB) binds the port and becomes a child subreaper;
2. a short-lived "zygote" child imports Rasa once, freezes the garbage collector's view of those
   objects (so the workers do not copy their pages just by collecting), forks the workers and
   exits; the workers share its imported pages copy-on-write and are adopted by the parent;
3. each worker is an unchanged one-worker `rasa run` that accepts connections on the inherited
   listening socket; the kernel spreads connections over the workers as it did under Sanic.

Several workers are safe for the same reason as under Sanic: every conversation is serialised by
the shared lock store (bot/lock_store.py), checked here first. One worker: plain `rasa run`.
When a worker exits, the parent stops the others (SIGTERM, and SIGKILL for one still running after
STOP_GRACE) and exits with its code, so the supervisor (`flexbot run --production`) restarts the
server as a whole; when the parent dies, the kernel stops the workers (PR_SET_PDEATHSIG), so no
orphan keeps the port.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import sys
import threading
import time
from pathlib import Path
from typing import Any, NoReturn

import yaml

DEFAULT_INTERFACE = "0.0.0.0"  # rasa run's default
DEFAULT_PORT = 5005
_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36


def option(argv: list[str], names: tuple[str, ...], default: str) -> str:
    """The value of the first of `names` in `argv` (`--port 5005` or `--port=5005`)."""
    for index, arg in enumerate(argv):
        for name in names:
            if arg == name and index + 1 < len(argv):
                return argv[index + 1]
            if arg.startswith(name + "="):
                return arg.split("=", 1)[1]
    return default


def worker_count() -> int:
    """SANIC_WORKERS, as under `rasa run` (at least 1)."""
    try:
        return max(1, int(os.environ.get("SANIC_WORKERS", "1")))
    except ValueError:
        return 1


def lock_store_is_shared(endpoints_file: str) -> bool:
    """Whether the endpoints' lock store serialises conversations across processes (Redis or a
    custom store such as ours): the condition under which Rasa itself allows several workers."""
    try:
        endpoints = yaml.safe_load(Path(endpoints_file).read_text()) or {}
    except (OSError, yaml.YAMLError):
        return False
    kind = str((endpoints.get("lock_store") or {}).get("type") or "in_memory")
    return kind != "in_memory"


def listening_socket(interface: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in interface else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((interface, port))
    sock.listen(int(os.environ.get("SANIC_BACKLOG", "100")))
    return sock


def _prctl(option_: int, value: int) -> bool:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(option_, value, 0, 0, 0) == 0
    except (OSError, AttributeError):  # not Linux
        return False


def _adopted_by(parent: int, timeout: float = 10.0) -> None:
    """Wait until the zygote has exited and `parent` (the subreaper) has adopted this worker, then
    ask the kernel to stop this worker when `parent` dies."""
    deadline = time.monotonic() + timeout
    while os.getppid() != parent and time.monotonic() < deadline:
        time.sleep(0.005)
    _prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent is gone already
        os._exit(1)


def _exit_after(run: Any) -> NoReturn:
    """Run `run()` in a forked child and leave with its exit code: never return into the parent's code."""
    code = 0
    try:
        run()
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:
        import traceback

        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


ORPHAN_GRACE = 10.0  # seconds an orphaned worker gets to stop gracefully after the kernel's SIGTERM


def _exit_when_orphaned(parent: int, grace: float = ORPHAN_GRACE) -> None:
    """A watch thread: when `parent` is gone, the kernel has sent SIGTERM (PR_SET_PDEATHSIG); if the
    graceful stop takes longer than `grace` (a loaded machine, a slow store), leave anyway, so that no
    orphan keeps the port."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        time.sleep(grace)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-watch", daemon=True).start()


def run_worker(sock: socket.socket, argv: list[str], parent: int) -> None:
    """`rasa run ARGV` as one Sanic worker serving on the inherited `sock`."""
    _adopted_by(parent)
    _exit_when_orphaned(parent)
    os.environ["SANIC_WORKERS"] = "1"
    from rasa.__main__ import main
    from sanic import Sanic

    sanic_run = Sanic.run

    def run_on_socket(app: Sanic, *args: Any, **kwargs: Any) -> None:
        kwargs.pop("host", None)  # the socket is bound already
        kwargs.pop("port", None)
        kwargs["workers"] = 1
        sanic_run(app, *args, sock=sock, **kwargs)

    Sanic.run = run_on_socket  # type: ignore[method-assign,assignment]
    sys.argv = ["rasa", *argv]
    main()


def run_zygote(sock: socket.socket, argv: list[str], count: int, parent: int, report: int) -> None:
    """Import Rasa once, fork `count` workers, write their pids to `report`, exit."""
    import gc

    import rasa.__main__  # noqa: F401  (what `rasa run` imports, shared by the workers)
    import rasa.core.run  # noqa: F401

    gc.freeze()
    pids = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:
            os.close(report)
            _exit_after(lambda: run_worker(sock, argv, parent))
        pids.append(pid)
    os.write(report, " ".join(map(str, pids)).encode())
    os.close(report)


def start_workers(sock: socket.socket, argv: list[str], count: int) -> list[int]:
    """Fork the zygote, collect the workers' pids, reap the zygote."""
    read_end, write_end = os.pipe()
    parent = os.getpid()
    zygote = os.fork()
    if zygote == 0:
        os.close(read_end)
        _exit_after(lambda: run_zygote(sock, argv, count, parent, write_end))
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        pids = [int(pid) for pid in pipe.read().split()]
    _, status = os.waitpid(zygote, 0)
    if len(pids) != count or os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"bot.serve: starting the workers failed (zygote status {status})")
    return pids


STOP_GRACE = 20.0  # seconds the workers get to stop (Sanic's graceful shutdown is 15 s); then SIGKILL


def supervise(workers: list[int], grace: float = STOP_GRACE) -> int:
    """Forward SIGTERM/SIGINT to the workers; when one exits, stop the rest; return its code.

    A worker that has not stopped `grace` seconds after the SIGTERM (an event loop blocked in a
    listener or a request, so Sanic's handler never runs) is killed: the server always stops, and
    the supervisor can restart it."""
    stopping = False
    remaining = set(workers)

    def kill_survivors() -> None:
        for pid in list(remaining):
            print(f"bot.serve: worker {pid} did not stop within {grace:g} s; killing it", file=sys.stderr, flush=True)
            try:
                os.kill(pid, signal.SIGKILL)  # not reaped yet, so the pid is still this worker's
            except ProcessLookupError:
                pass

    def stop(_signum: int, _frame: Any) -> None:
        nonlocal stopping
        if not stopping:
            killer = threading.Timer(grace, kill_survivors)
            killer.daemon = True
            killer.start()
        stopping = True
        for pid in list(remaining):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    code = 0
    while remaining:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        remaining.discard(pid)
        if not stopping:
            code = os.waitstatus_to_exitcode(status) or 1
            print(f"bot.serve: worker {pid} exited ({code}); stopping the others", file=sys.stderr, flush=True)
            stop(signal.SIGTERM, None)
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    count = worker_count()
    if count > 1 and not lock_store_is_shared(option(argv, ("--endpoints",), "endpoints.yml")):
        print("bot.serve: the lock store is not shared between processes: one worker", file=sys.stderr, flush=True)
        count = 1
    if count == 1 or not _prctl(_PR_SET_CHILD_SUBREAPER, 1):
        os.environ["SANIC_WORKERS"] = str(count)  # not Linux: Sanic's own workers
        rasa = str(Path(sys.executable).with_name("rasa"))
        os.execv(rasa, [rasa, *argv])
    interface = option(argv, ("-i", "--interface"), DEFAULT_INTERFACE)
    port = int(option(argv, ("-p", "--port"), str(DEFAULT_PORT)))
    sock = listening_socket(interface, port)
    workers = start_workers(sock, argv, count)
    sock.close()  # the workers hold it
    return supervise(workers)


if __name__ == "__main__":
    sys.exit(main())
