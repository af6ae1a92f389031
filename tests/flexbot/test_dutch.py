"""The one accent fold every Dutch matcher compares with (flexbot/dutch.py)."""

from __future__ import annotations

import pytest

from flexbot.dutch import fold, strip_accents


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ben ik VERZEKERD?", "ben ik verzekerd?"),
        ("Café  één\tcoöperatie\n", "cafe een cooperatie"),
        ("Ålesund Ça va", "alesund ca va"),
        ("  \u00a0hallo\u2003daar ", "hallo daar"),  # no-break and em spaces are spaces too
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_ascii_text_is_only_lowered_and_other_scripts_keep_their_letters() -> None:
    assert strip_accents("Mijn  Jurist") == "mijn  jurist"
    assert strip_accents("Привет мир") == "привет мир"
