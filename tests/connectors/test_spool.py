"""The connectors' spool lives under FLEXBOT_VAR_DIR, one per instance and per Redis (issue 14)."""

from __future__ import annotations

from pathlib import Path

from connectors.intake_adapter import IntakeSink, spool_dir


def test_spool_is_under_var_dir_per_redis_and_per_instance(tmp_path):
    env = {"FLEXBOT_VAR_DIR": str(tmp_path), "CONNECTORS_PORT": "8200"}
    first = spool_dir("redis://:geheim@10.0.0.1:6379/0", env)
    assert tmp_path in first.parents and "geheim" not in str(first)
    assert first == spool_dir("redis://:ander-wachtwoord@10.0.0.1:6379/0", env)  # same Redis
    assert first != spool_dir("redis://10.0.0.2:6379/0", env)  # another Redis
    assert first != spool_dir("redis://10.0.0.1:6379/1", env)  # another database
    assert first != spool_dir("redis://10.0.0.1:6379/0", {**env, "CONNECTORS_PORT": "8201"})  # instance


def test_spool_dir_setting_wins(tmp_path):
    assert spool_dir("redis://x:1/0", {"INTAKE_SPOOL_DIR": str(tmp_path / "s")}) == tmp_path / "s"


async def test_intake_sink_spools_under_var_dir(tmp_path):
    sink = IntakeSink.from_env("redis://127.0.0.1:1/0", {"FLEXBOT_VAR_DIR": str(tmp_path)})
    directories = {Path(c.spool.directory) for c in sink.clients}
    assert len(directories) == 1 and tmp_path in next(iter(directories)).parents
    await sink.stop()
