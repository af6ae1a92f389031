"""`python -m connectors` runs the service; `python -m connectors replay FILE` and
`python -m connectors bench -n N` are the same subcommands `flexbot connectors ...` offers."""

from __future__ import annotations

import argparse
import sys

from connectors.replay import register


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m connectors")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["connectors", *(argv or ["serve"])])
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
