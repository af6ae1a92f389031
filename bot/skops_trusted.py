"""Model load without importing every scikit-learn module.

Rasa's scikit-learn components (e.g. LogisticRegressionClassifier) are loaded with skops, and skops builds its
default list of trusted types at import by calling `sklearn.utils.all_estimators()`, which
imports every scikit-learn module: about half of Flexbot's model load (cProfile of Agent.load).
The list depends only on the scikit-learn version, so its names are kept in a small file
(var/cache/) and skops is given stand-ins with the same module and class names: skops compares
names only, so the trusted list, and what loads and what is refused, stay exactly the same.
The first load with a new scikit-learn version builds the file the slow way.

skops also names every numpy and scipy ufunc at import with pickle's `whichmodule`, which walks
every loaded module per ufunc and formats an error message (with the module's repr) for each miss:
~765 ufuncs x ~1,500 modules in a Rasa server. `_whichmodule` gives the same answer, in the same
module order, with `getattr(..., default)` instead of raised and formatted errors; it is put in
place as soon as skops.io._utils is loaded, before the trusted lists are built.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Optional

UTILS_MODULE = "skops.io._utils"
TRUSTED_MODULE = "skops.io._trusted_types"
_MISSING = object()


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


def _whichmodule(obj: Any, name: str) -> str:
    """skops.io._utils.whichmodule (pickle's), without an exception per module that lacks `name`."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return str(module_name)
    parts = name.split(".")
    if "<locals>" in parts:
        return "__main__"  # the original can never match a local name
    for module_name, module in sys.modules.copy().items():
        if module_name in ("__main__", "__mp_main__") or module is None:
            continue
        target: Any = module
        for part in parts:
            target = getattr(target, part, _MISSING)
            if target is _MISSING:
                break
        if target is obj:
            return str(module_name)
    return "__main__"


class _SkopsImports(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Loads skops.io's modules as usual, with the two fixes: `_whichmodule` as soon as
    skops.io._utils is loaded, the cached estimator names while skops.io._trusted_types is."""

    def __init__(self, names_file: Optional[Path]) -> None:
        self.names_file = names_file
        self._loaders: dict[str, Any] = {}

    def find_spec(
        self, fullname: str, path: Optional[Sequence[str]], target: Optional[ModuleType] = None
    ) -> Optional[importlib.machinery.ModuleSpec]:
        if fullname not in (UTILS_MODULE, TRUSTED_MODULE):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return spec
        self._loaders[fullname] = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> Optional[ModuleType]:
        module: Optional[ModuleType] = self._loaders[spec.name].create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        loader = self._loaders.pop(module.__name__)
        if module.__name__ == UTILS_MODULE:
            loader.exec_module(module)
            module.whichmodule = _whichmodule  # type: ignore[attr-defined]
            return
        import sklearn.utils

        real = sklearn.utils.all_estimators
        names = estimator_names(real, self.names_file or cache_file())
        stand_ins = [(name, type(cls_name, (), {"__module__": home})) for name, home, cls_name in names]
        sklearn.utils.all_estimators = lambda type_filter=None: list(stand_ins)
        try:
            loader.exec_module(module)  # builds the trusted lists now
        finally:
            sklearn.utils.all_estimators = real
            if self in sys.meta_path:
                sys.meta_path.remove(self)  # both fixes are in place for good


def apply(path: Optional[Path] = None) -> None:
    """Make skops.io's import fast whenever something imports it (no-op once it is imported).

    Nothing is imported here: Flexbot's own intent classifier does not use skops, so a server
    whose pipeline loads no skops-persisted component never pays for it."""
    if "skops.io" in sys.modules or any(isinstance(f, _SkopsImports) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _SkopsImports(path))
