"""How each running service is started: `flexbot serve NAME` and the `flexbot run` supervisor."""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from flexbot import settings, switches
from flexbot.redis_server import redis_args, wait_for_redis


def redis_url() -> str:
    return settings.get().redis_url


TOKEN_FILE = "actions.token"


def _shared_secret(configured: str | None, file_name: str) -> str:
    """`configured` when set, else a random token kept in $FLEXBOT_VAR_DIR/<file_name> (created
    owner-only, once), so services started one by one on this machine agree on it."""
    if configured:
        return configured
    path = settings.get().var_dir / file_name
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(32))
    return path.read_text().strip()


def actions_token() -> str:
    """The token Rasa and the action server share: ACTIONS_TOKEN when set (`flexbot run` sets a
    fresh one per run), else $FLEXBOT_VAR_DIR/actions.token."""
    return _shared_secret(settings.get().actions_token, TOKEN_FILE)


RASA_API_TOKEN_FILE = "rasa-api.token"


def rasa_api_token() -> str:
    """The token of Rasa's HTTP API (pause/resume during a takeover): RASA_API_TOKEN when set,
    else $FLEXBOT_VAR_DIR/rasa-api.token, so Rasa and the desk agree."""
    return _shared_secret(settings.get().rasa_api_token, RASA_API_TOKEN_FILE)


def rasa_api_url() -> str:
    cfg = settings.get()
    return cfg.rasa_api_url or f"http://127.0.0.1:{cfg.rasa_port}"


def instance_spool_dir(service: str, url: str, port: int) -> Path:
    """$FLEXBOT_VAR_DIR/spool/<service>/redis-<hash>-port-<port>: offline ids reserved from one Redis
    (id-block.json) are never handed out against another Redis or by another instance."""
    parts = urlsplit(url)
    where = f"{parts.scheme}://{parts.hostname}:{parts.port or 6379}{parts.path or '/0'}"  # no password
    tag = hashlib.sha256(where.encode()).hexdigest()[:10]
    return settings.get().spool_dir(service) / f"redis-{tag}-port-{port}"


def rasa_env(url: str) -> dict[str, str]:
    """Variables that bot/endpoints.yml reads."""
    cfg = settings.get()
    parts = settings.redis_parts(url)
    return {
        "REDIS_HOST": parts.host,
        "REDIS_PORT": str(parts.port),
        "REDIS_DB": str(parts.db),
        "REDIS_PASSWORD": parts.password,
        "REDIS_SSL": "true" if parts.ssl else "",  # empty is false in the YAML after substitution
        "ACTION_ENDPOINT_URL": cfg.action_endpoint_url or f"http://127.0.0.1:{cfg.actions_port}/webhook",
        "ACTIONS_TOKEN": actions_token(),
    }


def cors_origins() -> list[str]:
    cfg = settings.get()
    if cfg.cors_origins:
        return cfg.cors_origins.split()
    web = cfg.web_port
    return [f"http://localhost:{web}", f"http://127.0.0.1:{web}"]


def _bin(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def command_for(service: str) -> tuple[list[str], dict[str, str]]:
    """argv and extra environment for one service."""
    url = redis_url()
    if service == "redis":
        data_dir = settings.VAR_DIR / "redis"
        data_dir.mkdir(parents=True, exist_ok=True)
        return redis_args(data_dir, settings.port("REDIS_PORT")), {}
    if service == "rasa":
        wait_for_redis(url, timeout=30)
        # bot.serve: `rasa run` with its workers forked from a lean parent (see the module).
        serve_rasa = [_bin("rasa")] if switches.off("lean_parent") else [_bin("python"), "-m", "bot.serve"]
        argv = [
            *serve_rasa,
            "run",
            "--model",
            str(settings.MODEL_PATH),
            "--endpoints",
            str(settings.ENDPOINTS_FILE),
            "--credentials",
            str(settings.CREDENTIALS_FILE),
            "--port",
            str(settings.port("RASA_PORT")),
            "--cors",
            *cors_origins(),
            # The HTTP API (the desk pauses/resumes taken-over conversations) only with the token:
            # anonymous calls get 401.
            "--enable-api",
            # One argument: a random token may start with "-", which argparse would take for an option.
            f"--auth-token={rasa_api_token()}",
        ]
        # Several workers share the CPU cores; safe because the lock store is Redis.
        workers = settings.get().rasa_workers or os.cpu_count() or 1
        return argv, {**rasa_env(url), "SANIC_WORKERS": str(workers), "REDIS_URL": url}
    if service == "actions":
        env = {"REDIS_URL": url, "ACTIONS_TOKEN": actions_token()}
        if not settings.get().intake_spool_dir:
            env["INTAKE_SPOOL_DIR"] = str(instance_spool_dir("intake", url, settings.port("ACTIONS_PORT")))
        return [_bin("python"), "-m", "actions"], env
    if service == "desk":
        return [_bin("python"), "-m", service], {
            "REDIS_URL": url,
            "RASA_API_TOKEN": rasa_api_token(),
            "RASA_API_URL": rasa_api_url(),
        }
    if service in ("web", "connectors"):
        return [_bin("python"), "-m", service], {"REDIS_URL": url}
    raise ValueError(f"unknown service {service!r}")


def serve(service: str) -> None:
    """Replace this process with the service (used by the supervisor and by hand)."""
    argv, env = command_for(service)
    os.chdir(settings.ROOT)
    os.execve(argv[0], argv, {**os.environ, **env})


def available_services() -> list[str]:
    """Services started by `make run`, in start order; FLEXBOT_SERVICES narrows the list."""
    cfg = settings.get()
    if cfg.services:
        return cfg.services.split()
    names = [] if cfg.redis_url_env else ["redis"]
    return names + ["actions", "rasa", "web", "desk", "connectors"]


def run_env() -> dict[str, str]:
    """Environment of one `flexbot run`: a fresh action server token unless ACTIONS_TOKEN is set."""
    token = settings.get().actions_token or secrets.token_urlsafe(32)
    return {**os.environ, "REDIS_URL": redis_url(), "PYTHONUNBUFFERED": "1", "ACTIONS_TOKEN": token}


def supervise(production: bool = False) -> int:
    """Run every service. Production (`flexbot run --production` or FLEXBOT_RESTART=1): a crashed
    service is restarted with backoff and the others keep running. Development: honcho, and when
    one service stops, all stop (so a crash is noticed at once)."""
    env = run_env()
    flexbot = _bin("flexbot")
    names = available_services()
    if production or settings.get().restart:
        commands = {name: [flexbot, "serve", name] for name in names}
        return Supervisor(commands, env=env, cwd=str(settings.ROOT)).run()
    from honcho.manager import Manager
    from honcho.printer import Printer

    print(
        "flexbot run (development): when one service stops, all stop; "
        "`flexbot run --production` restarts crashed services instead",
        flush=True,
    )
    manager = Manager(Printer(sys.stdout))
    for name in names:
        manager.add_process(name, f"{flexbot} serve {name}", cwd=str(settings.ROOT), env=env)
    manager.loop()
    return manager.returncode or 0


@dataclass
class _Child:
    name: str
    argv: list[str]
    process: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    delay: float = 0.0  # current backoff
    restart_at: float | None = None
    restarts: int = 0


class Supervisor:
    """Keeps services running: a service that exits is started again after a backoff that doubles
    (initial .. max_delay) while it keeps crashing within `stable_after` seconds, and resets once it
    ran that long. SIGTERM/SIGINT (or `stop`) send SIGTERM to every service, wait `stop_timeout`,
    then SIGKILL what is left. Output lines are prefixed with the service name."""

    def __init__(
        self,
        commands: dict[str, list[str]],
        *,
        env: dict[str, str] | None = None,
        cwd: str | None = None,
        initial_delay: float = 1.0,
        max_delay: float = 60.0,
        stable_after: float = 60.0,
        stop_timeout: float = 15.0,
        out: TextIO | None = None,
    ) -> None:
        self.children = {name: _Child(name, argv) for name, argv in commands.items()}
        self.env, self.cwd = env, cwd
        self.initial_delay, self.max_delay, self.stable_after = initial_delay, max_delay, stable_after
        self.stop_timeout = stop_timeout
        self.out = out or sys.stdout
        self.stop_event = threading.Event()
        self._print_lock = threading.Lock()
        self._width = max((len(n) for n in commands), default=0)

    def say(self, name: str, line: str) -> None:
        with self._print_lock:
            self.out.write(f"{time.strftime('%H:%M:%S')} {name:<{self._width}} | {line}\n")
            self.out.flush()

    def _start(self, child: _Child) -> None:
        child.process = subprocess.Popen(
            child.argv,
            env=self.env,
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        child.started, child.restart_at = time.monotonic(), None
        self.say(child.name, f"started (pid {child.process.pid})")
        threading.Thread(target=self._pump, args=(child.name, child.process), daemon=True).start()

    def _pump(self, name: str, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        with process.stdout:  # closed when the service exits, so no pipe is left behind
            for raw in process.stdout:
                self.say(name, raw.decode(errors="replace").rstrip("\n"))

    def stop(self, *_: object) -> None:
        self.stop_event.set()

    def run(self) -> int:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        for child in self.children.values():
            self._start(child)
        while not self.stop_event.wait(0.2):
            now = time.monotonic()
            for child in self.children.values():
                if child.restart_at is not None:
                    if now >= child.restart_at:
                        child.restarts += 1
                        self._start(child)
                    continue
                assert child.process is not None
                code = child.process.poll()
                if code is None:
                    continue
                ran = now - child.started
                child.delay = (
                    self.initial_delay
                    if ran >= self.stable_after or not child.delay
                    else min(child.delay * 2, self.max_delay)
                )
                child.restart_at = now + child.delay
                self.say(
                    child.name,
                    f"exited with {code} after {ran:.1f} s; restarting in {child.delay:.1f} s "
                    "(the other services keep running)",
                )
        return self._stop_all()

    def _stop_all(self) -> int:
        running = [c for c in self.children.values() if c.process is not None and c.process.poll() is None]
        for child in running:
            self.say(child.name, "stopping (SIGTERM)")
            child.process.terminate()  # type: ignore[union-attr]
        deadline = time.monotonic() + self.stop_timeout
        for child in running:
            try:
                child.process.wait(max(0.0, deadline - time.monotonic()))  # type: ignore[union-attr]
            except subprocess.TimeoutExpired:
                self.say(child.name, f"did not stop within {self.stop_timeout:.0f} s; SIGKILL")
                child.process.kill()  # type: ignore[union-attr]
                child.process.wait()  # type: ignore[union-attr]
        return 0
