"""Issue 11, twenty-fourth session: readings, routes and answers fixed from the misses of rounds 174-176 (follow-ups
and corrections, buying and booking, older customers and family) and of this session's blind rounds, each tested in
new wordings (not the eval sets' lines) with the seed's article (seed 004)."""

from __future__ import annotations

import pytest
from testkit.stories import kind

from flexbot.flexpolis import typos


@pytest.mark.parametrize("word", ["gezeten", "zaten", "reed", "werkte", "betaalde", "gezegd", "stond"])
def test_everyday_verb_forms_are_real_words(word: str) -> None:
    # spaCy's lemma table lacks them; pyspellchecker's Dutch word list has them
    assert typos.is_dutch_word(word)


def test_a_hypothetical_with_had_gezeten_is_no_dog_bite() -> None:
    # "gezeten" was read as a typo of "gebeten" (the dog, C&W 2e)
    assert kind("En als mijn dochter in België had gezeten, was het dan anders?") != "burenconflict"
    assert typos.corrected("als hij daar had gezeten", ["gebeten"]) is None
    assert typos.corrected("de hond had hem gebteen", ["gebeten"]) == "de hond had hem gebeten"
