"""A 20 KB story must be read as fast as the bot can answer it (CI stop 51: a pasted story took 30-40 s).

A pattern that starts with a lookahead over the rest of the text, "(?=.*A)(?=.*B)", is tried from every position
of the text by re.search and so costs the square of its length; anchored, "^(?=.*A)(?=.*B)", it is tried once.
Every text the readers match is folded to one line (flexbot.dutch.fold), so the anchor changes no answer."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sre_constants
import sre_parse
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from testkit.coverage_form import check

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("flexbot", "bot", "actions")
# fragments only ever appended to an anchored pattern
FRAGMENTS = {"_NOT_CONDUCT"}


def _starts_with_unbounded_lookahead(sub: sre_parse.SubPattern) -> bool:
    if not len(sub):
        return False
    op, av = sub[0]
    if op not in (sre_constants.ASSERT, sre_constants.ASSERT_NOT) or av[0] != 1:  # a lookahead, not a lookbehind
        return False
    body = av[1]
    while len(body) and body[0][0] == sre_constants.SUBPATTERN:
        body = body[0][1][3]
    if not len(body) or body[0][0] not in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        return False
    _, most, item = body[0][1]
    return most == sre_constants.MAXREPEAT and [op for op, _ in item] == [sre_constants.ANY]


def quadratic(pattern: str) -> bool:
    """True for a pattern (or one of its top-level alternatives) that starts with an unanchored '(?=.*' or '(?!.*'."""
    if "(?=" not in pattern and "(?!" not in pattern:
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Dutch replies read as patterns ("Possible set difference")
            tree = sre_parse.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return False  # not a pattern
    if len(tree) == 1 and tree[0][0] == sre_constants.BRANCH:
        return any(_starts_with_unbounded_lookahead(branch) for branch in tree[0][1][1])
    return _starts_with_unbounded_lookahead(tree)


def _literals() -> Iterator[tuple[str, str]]:
    """Every string literal of the product's code (adjacent literals are one), by file and line."""
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            fragments = {
                id(node.value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and any(getattr(t, "id", None) in FRAGMENTS for t in node.targets)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in fragments:
                    yield f"{path.relative_to(ROOT)}:{node.lineno}", node.value


def _built(value: Any, name: str, depth: int = 0) -> Iterator[tuple[str, str]]:
    """Patterns built when a module loads (concatenated, f-strings, compiled), in constants and tables."""
    if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
        yield name, value.pattern
    elif isinstance(value, str):
        yield name, value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for i, item in enumerate(value):
            yield from _built(item, f"{name}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _built(item, f"{name}[{key!r}]", depth + 1)


def _module_patterns() -> Iterator[tuple[str, str]]:
    for package in PACKAGES:
        root = importlib.import_module(package)
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if info.name.endswith("__main__"):
                continue
            module = importlib.import_module(info.name)
            for name, value in vars(module).items():
                if name not in FRAGMENTS and not name.startswith("__"):
                    yield from _built(value, f"{info.name}.{name}")


def test_the_check_recognises_a_quadratic_pattern() -> None:
    assert quadratic(r"(?=.*\bburen\b)(?=.*\bruzie\b)")
    assert quadratic(r"\bschutting\b|(?!.*\bgeen\b).*\bburen\b")
    assert not quadratic(r"^(?=.*\bburen\b)(?=.*\bruzie\b)")
    assert not quadratic(r"\bschutting\b(?=.*\bburen\b)")
    assert not quadratic(r"(?=.{0,40}\bburen\b)")


def test_no_literal_pattern_starts_with_an_unanchored_lookahead() -> None:
    assert [where for where, text in _literals() if quadratic(text)] == []


def test_no_built_pattern_starts_with_an_unanchored_lookahead() -> None:
    assert sorted({where for where, text in _module_patterns() if quadratic(text)}) == []


@pytest.mark.parametrize("repeat", [1, 280])
def test_a_long_story_is_read_like_its_sentence(repeat: int) -> None:
    story = "Mijn buurman heeft een schutting gebouwd op mijn grond en nu is er ruzie. " * repeat
    chat, replies = check(story)
    assert "conflict met de buren (art. 2e Consument & Wonen" in " ".join(replies[0])
    assert chat.slots["requested_slot"] == "cc_answer"
