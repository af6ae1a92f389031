"""The cached estimator names give skops exactly the trusted list scikit-learn gives it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import json, sys
from pathlib import Path
if sys.argv[1] == "cached":
    from bot import skops_trusted
    skops_trusted.apply(Path(sys.argv[2]))
from skops.io._trusted_types import SKLEARN_ESTIMATOR_TYPE_NAMES
print(json.dumps(SKLEARN_ESTIMATOR_TYPE_NAMES))
"""


def trusted(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, check=True)
    return __import__("json").loads(out.stdout.strip().splitlines()[-1])


def test_cached_names_give_the_same_trusted_list(tmp_path):
    cache = tmp_path / "estimators.json"
    real = trusted("real")
    assert "sklearn.linear_model._logistic.LogisticRegression" in real
    assert trusted("cached", str(cache)) == real  # builds the file
    assert cache.exists()
    assert trusted("cached", str(cache)) == real  # reads it
