"""One typo in the word that decides the kind of conflict ("casnio", "ontslgaen", "werkgevr").

The vocabulary is every plain word of five letters or more in the conflict patterns
(flexbot/flexpolis/conflicts.py); a word of the message that is one edit away from exactly one of
them (a letter swapped, missing, extra or wrong, the first letter right) is read as that word. A
real Dutch word is no typo ("schatting" is not "schutting", "gezeten" is not "gebeten"): the forms
and lemmas of spaCy's Dutch lookup lemmatizer (spacy-lookups-data) and the Dutch word list of
pyspellchecker (about 340,000 words counted in subtitles, with the everyday verb forms the lemma
table lacks: zaten, gezeten, reed, werkte) are left as typed. The caller uses it only when the
message as typed names no conflict.
"""

from __future__ import annotations

import gzip
import re
import zlib
from array import array
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from flexbot.complaints.lexicon import LEMMA_FILE, package_file
from flexbot.dutch import strip_accents

WORD_LIST_FILE = ("spellchecker", "resources/nl.json.gz")

MIN_LENGTH = 5


@lru_cache(maxsize=1)
def _dutch_word_hashes() -> npt.NDArray[np.uint32]:
    """CRC-32 of every word form and lemma in spaCy's Dutch lemma lookup table and of every word in
    pyspellchecker's Dutch list (with the forms that lose an accent also without it), sorted: a few MB
    instead of the ~60 MB a set of the words would hold in every process (a collision, about 1 in 10,000
    words, only leaves a typo unread)."""
    hashes = array("I")
    for package_path in (LEMMA_FILE, WORD_LIST_FILE):
        with gzip.open(package_file(*package_path), "rt", encoding="utf-8") as fh:
            text = fh.read()
        for match in re.finditer(r'"((?:[^"\\]|\\.)*)"', text):
            word = match.group(1).lower()
            hashes.append(zlib.crc32(word.encode()))
            plain = strip_accents(
                word
            )  # the caller reads the message without accents: "patiënt" is no typo of "patent"
            if plain != word:
                hashes.append(zlib.crc32(plain.encode()))
        del text
    return np.unique(np.frombuffer(hashes, dtype=np.uint32))


def is_dutch_word(word: str) -> bool:
    """The word is a form or lemma that spaCy's Dutch lookup lemmatizer knows, or a word of the Dutch word list."""
    table = _dutch_word_hashes()
    key = np.uint32(zlib.crc32(word.lower().encode()))
    i = int(np.searchsorted(table, key))
    return i < len(table) and table[i] == key


@lru_cache(maxsize=1)
def _vocabulary(sources: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()
    for source in sources:
        plain = re.sub(r"\\[a-zA-Z]", " ", source)  # \b, \w, \s are not letters of a word
        words.update(w for w in re.findall(r"[a-z]+", plain) if len(w) >= MIN_LENGTH)
    return frozenset(words)


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def corrected(text: str, sources: Iterable[str]) -> str | None:
    """The text with each word that is one edit from exactly one vocabulary word replaced by it;
    None when nothing was replaced."""
    vocabulary = _vocabulary(tuple(sources))
    changed = False

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        if len(word) < MIN_LENGTH or word in vocabulary or is_dutch_word(word):
            return word
        candidates = {v for v in vocabulary if v[0] == word[0] and one_edit(word, v)}
        if len(candidates) != 1:
            return word
        changed = True
        return candidates.pop()

    result = re.sub(r"[a-z]+", fix, text)
    return result if changed else None
