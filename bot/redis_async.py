"""An asyncio Redis client to the same server, database and credentials as a Rasa store's client.

Rasa's Redis stores use the blocking client from inside the Sanic event loop; our per-message
calls (bot/lock_store.py, bot/tracker_store.py) use this one so the loop serves others meanwhile.
"""

from __future__ import annotations

from typing import Any

import redis
import redis.asyncio
from redis.connection import SSLConnection

_SHARED = ("host", "port", "db", "username", "password", "socket_timeout")
_TLS = ("ssl_keyfile", "ssl_certfile", "ssl_cert_reqs", "ssl_ca_certs", "ssl_check_hostname")


def async_client(sync: redis.Redis) -> redis.asyncio.Redis:
    pool = sync.connection_pool
    given = pool.connection_kwargs
    kwargs: dict[str, Any] = {name: given[name] for name in _SHARED if name in given}
    if issubclass(pool.connection_class, SSLConnection):
        kwargs.update({"ssl": True, **{name: given[name] for name in _TLS if name in given}})
    return redis.asyncio.Redis(**kwargs)
