"""Small Dutch answers every form shares: folding for matching, yes/no, "I don't know", stop."""

from __future__ import annotations

import re
import unicodedata

UNKNOWN = re.compile(
    r"\b(weet (ik )?(het )?niet|geen idee|geen flauw idee|onbekend|weet ik veel|geen benul|"
    r"kan ik niet zeggen|loopt nog|nog niet bekend|nog geen uitspraak|ik weet het niet zeker)\b"
)
YES = re.compile(
    r"^(ja+|jawel|jazeker|jep|jup|yes|yep|klopt|dat klopt|zeker|inderdaad|correct|ja hoor|ja graag|graag|"
    r"ja klopt|uiteraard|natuurlijk|zeker weten|absoluut|ok[eé]?|oke|okee|prima|goed|is goed|doe maar|"
    r"akkoord|j)\b"
)
NO = re.compile(
    r"^(nee+|neen|nope|nah|niet|nooit|klopt niet|dat klopt niet|zeker niet|absoluut niet|helemaal niet|"
    r"nee hoor|welnee|neuh|no|n|niet nodig|hoeft niet|liever niet|geen behoefte|nee dank je|nee bedankt)\b"
)
# An acknowledgement before a question is no answer to a yes/no question ("ok hoe meld ik t", "prima, wat kost dat?").
ACK_THEN_QUESTION = re.compile(
    r"^(ok[eé]?|oke|okee|prima|goed|top|helder|duidelijk)\W+(en |maar )?(hoe|wat|waar|wanneer|wie|welke?|waarom|hoeveel)\b"
)
STOP = re.compile(
    r"^\s*(stop|stoppen|laat\s+maar|laat\s+maar\s+zitten|annuleer|annuleren|afbreken|"
    r"hoeft\s+niet\s+meer|ik\s+wil\s+stoppen|nee\s+laat\s+maar|vergeet\s+het(\s+maar)?)\s*[.!]*\s*$",
    re.IGNORECASE,
)


def strip_accents(text: str | None) -> str:
    """Lower case without accents (é -> e), spacing kept."""
    lowered = (text or "").lower()
    if lowered.isascii():  # most messages: nothing to strip (the per-character walk is a hot spot)
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


# Chat shorthand typed on a phone ("mn zoon", "hij zegt dat hij t nie was", "ws kunnen we dit nie zelf"): read as the
# words every matcher knows (round 63). Only forms that are no Dutch word of their own; "k" stays, "t" only after a person.
CHAT_SHORTHAND = {
    "mn": "mijn",
    "zn": "zijn",
    "nie": "niet",
    "ff": "even",
    "ws": "waarschijnlijk",
    "wss": "waarschijnlijk",
    "idd": "inderdaad",
    "mss": "misschien",
    "nx": "niks",
    "wrm": "waarom",
    "hb": "heb",
    "egt": "echt",
    "mnd": "maand",
    "mndn": "maanden",
    # round 107: more shorthand
    "gwn": "gewoon",
    "wk": "week",
    "wkn": "weken",
    "zsm": "zo snel mogelijk",
    "ivm": "in verband met",
}
_SHORTHAND = re.compile(
    r"(?<![\w'-])(" + "|".join(sorted(map(re.escape, CHAT_SHORTHAND), key=len, reverse=True)) + r")(?![\w'-])"
)


# "t" for "het" after a person ("ok hoe meld ik t", "hij zegt dat hij t nie was"), round 138; "'t" and "t" elsewhere stay.
_T_AFTER_PERSON = re.compile(r"(?<![\w'-])(ik|je|jij|we|wij|u|hij|zij|ze) t(?![\w'-])")


def written_out(lowered: str) -> str:
    """Chat shorthand in a lower-case text written out ("mn zoon" -> "mijn zoon")."""
    return _T_AFTER_PERSON.sub(r"\1 het", _SHORTHAND.sub(lambda m: CHAT_SHORTHAND[m.group(1)], lowered))


def fold(text: str | None) -> str:
    """Lower case without accents, single spaces, chat shorthand written out: the form every Dutch matcher compares."""
    return written_out(re.sub(r"\s+", " ", strip_accents(text)).strip())


def yes_no(text: str | None) -> bool | None:
    """True for yes, False for no, None for "I don't know" or anything else."""
    t = fold(text)
    if not t or UNKNOWN.search(t) or ACK_THEN_QUESTION.search(t):
        return None
    if NO.search(t) or (re.search(r"\b(niet|geen)\b", t) and not YES.search(t)):
        return False
    if YES.search(t):
        return True
    return None


def is_stop(text: str | None) -> bool:
    """'stop' or 'laat maar' ends a form at any step."""
    return bool(text and STOP.match(text))
