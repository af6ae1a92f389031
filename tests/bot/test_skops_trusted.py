"""The cached estimator names and the faster module lookup give skops exactly the trusted lists
scikit-learn, numpy and scipy give it."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import json, sys
from pathlib import Path
import rasa.core.agent  # a server's many modules are loaded when skops names the ufuncs
import bot.skops_trusted
if sys.argv[1] == "cached":
    bot.skops_trusted.apply(Path(sys.argv[2]))
from skops.io import _trusted_types as t
print(json.dumps([t.SKLEARN_ESTIMATOR_TYPE_NAMES, t.SCIPY_UFUNC_TYPE_NAMES, t.NUMPY_UFUNC_TYPE_NAMES,
                  t.NUMPY_DTYPE_TYPE_NAMES]))
"""


def trusted(*args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, check=True)
    return __import__("json").loads(out.stdout.strip().splitlines()[-1])


def test_cached_names_give_the_same_trusted_list(tmp_path):
    cache = tmp_path / "estimators.json"
    real = trusted("real")
    assert "sklearn.linear_model._logistic.LogisticRegression" in real[0]
    assert len(real[1]) > 100 and len(real[2]) > 50  # scipy and numpy ufuncs, named by module
    assert trusted("cached", str(cache)) == real  # builds the file
    assert cache.exists()
    assert trusted("cached", str(cache)) == real  # reads it


def test_module_lookup_matches_pickles():
    import pickle

    import numpy as np
    import scipy.special

    from bot.skops_trusted import _whichmodule

    for obj in (np.add, np.sqrt, scipy.special.erf, scipy.special.gamma, np.float64, len):
        name = obj.__name__
        assert _whichmodule(obj, name) == pickle.whichmodule(obj, name)
    assert _whichmodule(object(), "no_such_name") == "__main__"
    assert _whichmodule(np.add, "outer.<locals>.add") == "__main__"


def test_nothing_is_imported_until_something_uses_skops(tmp_path):
    script = (
        "import sys\nfrom pathlib import Path\nimport bot.skops_trusted as s\n"
        "s.apply(Path(sys.argv[1]))\nprint('skops.io' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "e.json")], capture_output=True, text=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
