"""Account administration from the command line (the web page /gebruikers does the same).

python -m desk.users add USERNAME ROLE [--name "Display Name"]   # asks for the password
python -m desk.users list
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys

import redis.asyncio as aioredis

from desk import auth
from flexbot import settings


async def _run(args: argparse.Namespace) -> int:
    client = aioredis.Redis.from_url(settings.get().redis_url)
    try:
        if args.command == "list":
            for user in await auth.list_users(client):
                print(f"{user.username}\t{user.role}\t{user.display_name}\t{'actief' if user.active else 'uit'}")
            return 0
        password = os.environ.get("DESK_NEW_PASSWORD") or getpass.getpass("Wachtwoord (min. 12 tekens): ")
        try:
            await auth.create_user(client, args.username, password, args.role, args.name or args.username)
        except ValueError as exc:
            print(f"Niet gelukt: {exc}", file=sys.stderr)
            return 1
        print(f"Account {args.username} ({args.role}) aangemaakt.")
        return 0
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m desk.users")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("role", choices=sorted(auth.ROLES))
    add.add_argument("--name", default="")
    sub.add_parser("list")
    sys.exit(asyncio.run(_run(parser.parse_args())))


if __name__ == "__main__":
    main()
