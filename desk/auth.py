"""Personal accounts, server-side sessions and login rate limiting, all in Redis.

desk:user:<username>       hash: password (argon2id), role, display_name, active
desk:users                 set of usernames
desk:session:<token>       hash: username, csrf; expires after SESSION_TTL of inactivity
desk:loginfail:<user>:<ip> failed-login counter, expires LOGIN_WINDOW after the first failure
"""

from __future__ import annotations

import asyncio
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import redis.asyncio as aioredis
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ROLES = {
    "klachtbehandelaar": "Klachtbehandelaar",
    "teamleider": "Teamleider",
    "socialmedia": "Social-mediateam",
    "klantenservice": "Klantenservice",
}
SESSION_TTL = 8 * 3600
LOGIN_MAX_FAILURES = 5
LOGIN_WINDOW = 15 * 60
FIRST_ADMIN = "teamleider"

USER = "desk:user:{}"
USERS = "desk:users"
SESSION = "desk:session:{}"
LOGIN_FAIL = "desk:loginfail:{}:{}"
BOOTSTRAP = "desk:bootstrap"

_hasher = PasswordHasher()
# Verified against when the account does not exist, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class User:
    username: str
    role: str
    display_name: str
    active: bool = True
    must_change: bool = False  # a generated or reset password: change it before anything else
    email: str = ""  # for deadline warnings

    @property
    def can_handle(self) -> bool:
        return self.role in ("klachtbehandelaar", "teamleider")

    @property
    def can_converse(self) -> bool:
        """Sees and takes over live chats ("Gesprekken")."""
        return self.role in ("klantenservice", "teamleider")

    @property
    def is_teamleider(self) -> bool:
        return self.role == "teamleider"


def valid_username(name: str) -> bool:
    return 2 <= len(name) <= 40 and all(c.isalnum() or c in "._-" for c in name)


async def create_user(
    r: aioredis.Redis,
    username: str,
    password: str,
    role: str,
    display_name: str = "",
    email: str = "",
) -> User:
    if role not in ROLES:
        raise ValueError(f"onbekende rol {role!r}")
    if not valid_username(username):
        raise ValueError("gebruikersnaam: 2-40 tekens, letters, cijfers, punt, streepje")
    if len(password) < 12:
        raise ValueError("wachtwoord: minimaal 12 tekens")
    hashed = await asyncio.to_thread(_hasher.hash, password)
    created = await r.hsetnx(USER.format(username), "password", hashed)
    if not created:
        raise ValueError("deze gebruikersnaam bestaat al")
    await r.hset(
        USER.format(username),
        mapping={
            "role": role,
            "display_name": display_name or username,
            "active": "1",
            "email": email.strip()[:200],
        },
    )
    await r.sadd(USERS, username)
    return User(username, role, display_name or username, email=email.strip()[:200])


async def get_user(r: aioredis.Redis, username: str) -> User | None:
    data = await r.hgetall(USER.format(username))
    if not data:
        return None
    d = {str(k): str(v) for k, v in data.items()}
    if "role" not in d:
        return None
    return User(
        username,
        d["role"],
        d.get("display_name", username),
        d.get("active") == "1",
        d.get("must_change") == "1",
        d.get("email", ""),
    )


async def list_users(r: aioredis.Redis) -> list[User]:
    names = sorted(str(n) for n in await r.smembers(USERS))
    users = [await get_user(r, n) for n in names]
    return [u for u in users if u]


async def set_active(r: aioredis.Redis, username: str, active: bool) -> None:
    await r.hset(USER.format(username), "active", "1" if active else "0")
    if not active:
        await end_sessions_of(r, username)


async def set_password(r: aioredis.Redis, username: str, password: str, must_change: bool = False) -> None:
    """New password; `must_change` when someone else set it (the owner changes it at next login)."""
    if len(password) < 12:
        raise ValueError("wachtwoord: minimaal 12 tekens")
    hashed = await asyncio.to_thread(_hasher.hash, password)
    await r.hset(USER.format(username), mapping={"password": hashed, "must_change": "1" if must_change else "0"})
    await end_sessions_of(r, username)


async def end_sessions_of(r: aioredis.Redis, username: str) -> None:
    async for key in r.scan_iter(match=SESSION.format("*"), count=500):
        if await r.hget(key, "username") == username:
            await r.delete(key)


async def ensure_first_admin(r: aioredis.Redis) -> str | None:
    """Create the first teamleider on first start; returns the generated password (once)."""
    if not await r.set(BOOTSTRAP, "1", nx=True):
        return None
    if await r.scard(USERS):
        return None
    password = secrets.token_urlsafe(15)
    await create_user(r, FIRST_ADMIN, password, "teamleider", "Teamleider")
    await r.hset(USER.format(FIRST_ADMIN), "must_change", "1")
    return password


def write_secret_file(path: Path, secret: str) -> None:
    """Write `secret` to a file only its owner can read (0600), replacing an older one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secret + "\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


class LoginThrottled(Exception):
    pass


async def authenticate(r: aioredis.Redis, username: str, password: str, ip: str) -> User | None:
    """The user for a correct password; raises LoginThrottled after too many failures.

    The attempt is counted (INCR) before the password is checked, so parallel guesses cannot
    all slip in between a read and a write: the sixth attempt in the window is refused unchecked.
    """
    fail_key = LOGIN_FAIL.format(username.lower()[:60], ip)
    async with r.pipeline(transaction=True) as pipe:
        pipe.incr(fail_key)
        pipe.expire(fail_key, LOGIN_WINDOW, nx=True)
        attempts, _ = await pipe.execute()
    if int(attempts) > LOGIN_MAX_FAILURES:
        raise LoginThrottled()
    stored = await r.hget(USER.format(username), "password") if valid_username(username) else None
    ok = False
    try:
        ok = await asyncio.to_thread(_hasher.verify, str(stored) if stored else _DUMMY_HASH, password)
        ok = ok and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        ok = False
    user = await get_user(r, username) if ok else None
    if user is None or not user.active:
        return None  # the attempt stays counted
    await r.delete(fail_key)
    return user


async def create_session(r: aioredis.Redis, username: str) -> str:
    token = secrets.token_urlsafe(32)
    key = SESSION.format(token)
    await r.hset(key, mapping={"username": username, "csrf": secrets.token_urlsafe(32)})
    await r.expire(key, SESSION_TTL)
    return token


async def load_session(r: aioredis.Redis, token: str) -> tuple[User, str] | None:
    """(user, csrf token) of a live session, sliding its expiry."""
    if not token or len(token) > 100:
        return None
    key = SESSION.format(token)
    data = await r.hgetall(key)
    if not data:
        return None
    d = {str(k): str(v) for k, v in data.items()}
    user = await get_user(r, d.get("username", ""))
    if user is None or not user.active:
        return None
    await r.expire(key, SESSION_TTL)
    return user, d["csrf"]


async def end_session(r: aioredis.Redis, token: str) -> None:
    await r.delete(SESSION.format(token))


def csrf_ok(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected, given or "")
