"""The Rasa service's command line: Rasa's own parser reads it as meant."""

from __future__ import annotations

import argparse

import pytest
import rasa.cli.run

from flexbot import settings
from flexbot.launcher import services


@pytest.mark.parametrize("token", ["-starts-with-a-dash", "plain_token"])
def test_a_token_starting_with_a_dash_is_still_the_token(monkeypatch, token: str) -> None:
    """secrets.token_urlsafe can start with '-'; given as a separate argument, argparse took it
    for an option and Rasa exited with a usage error (seen once in a fresh-clone CI run)."""
    monkeypatch.setattr(services, "rasa_api_token", lambda: token)
    monkeypatch.setattr(services, "wait_for_redis", lambda *args, **kwargs: None)
    argv, _ = services.command_for("rasa")
    run_args = argv[argv.index("run") + 1 :]
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers()
    rasa.cli.run.add_subparser(subparsers, parents=[])
    parsed = parser.parse_args(["run", *run_args])
    assert parsed.auth_token == token
    assert parsed.model == str(settings.MODEL_PATH)
