"""Model load without importing every scikit-learn module.

Rasa loads the intent classifier (LogisticRegressionClassifier) with skops, and skops builds its
default list of trusted types at import by calling `sklearn.utils.all_estimators()`, which
imports every scikit-learn module: about half of Flexbot's model load (cProfile of Agent.load).
The list depends only on the scikit-learn version, so its names are kept in a small file
(var/cache/) and skops is given stand-ins with the same module and class names: skops compares
names only, so the trusted list, and what loads and what is refused, stay exactly the same.
The first load with a new scikit-learn version builds the file the slow way.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Optional


def cache_file() -> Path:
    import sklearn

    from flexbot import settings

    return settings.get().var_dir / "cache" / f"sklearn-{sklearn.__version__}-estimators.json"


def estimator_names(all_estimators: Any, path: Path) -> list[list[str]]:
    """[name, module, class name] of every estimator, from the file or (once) from scikit-learn."""
    try:
        names: list[list[str]] = json.loads(path.read_text())
        return names
    except (OSError, ValueError):
        pass
    names = [[name, cls.__module__, cls.__name__] for name, cls in all_estimators()]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(names))
        temporary.replace(path)
    except OSError:
        pass  # read-only: slow again next time, still correct
    return names


def apply(path: Optional[Path] = None) -> None:
    """Import skops.io with the cached estimator names (no-op once skops.io is imported)."""
    if "skops.io" in sys.modules:
        return
    import sklearn.utils

    real = sklearn.utils.all_estimators
    names = estimator_names(real, path or cache_file())
    stand_ins = [(name, type(cls_name, (), {"__module__": module})) for name, module, cls_name in names]
    sklearn.utils.all_estimators = lambda type_filter=None: list(stand_ins)
    try:
        import skops.io  # noqa: F401  (builds its trusted list now)
    finally:
        sklearn.utils.all_estimators = real
