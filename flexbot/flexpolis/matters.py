"""Two conflicts told in one message ("Twee dingen: een webshop levert mijn koptelefoon niet, en de fietsenmaker rekende
te veel"): the coverage check runs on the message as before; the other conflict gets what already follows for it, so a
second question in one message gets its own answer (issue 11, round 127).

When the modules are told later in the check, the other conflict is answered again with them (`after_the_modules`).

Only when the customer says there is more than one matter (two things, both of them, a numbered or bulleted list,
"los daarvan", "en nog iets"): a long story often names a second kind in passing ("De aannemer zegt dat de
scheuren er al zaten") that is no conflict of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import conversation, dialogue, kind_reader
from flexbot.flexpolis.dialogue_policy import options_in_text, parse_modules

TWO_MATTERS = re.compile(
    # not the cases reported before ("Ik heb dit jaar al drie zaken gemeld (huisbaas, webshop, werkgever). Nu weer een: ...")
    r"\b(twee|2|beide|meerdere|drie|3) (dingen|dingetjes|vragen|kwesties|zaken|problemen|conflicten|punten|vraagjes)\b"
    r"(?! (\w+ )?(gemeld|gehad|gewonnen|verloren|gelopen|achter de rug))|"
    # "Helpen jullie bij allebei?", "Valt dat er allebei onder?"; not "de politie liet ons allebei blazen"
    r"\b(bij|voor|met|over) (allebei|alle twee|beide|beiden|die (twee|2)|deze (twee|2))\b|"
    r"\b(er|die|ze) (allebei|beide) (onder|gedekt|verzekerd)\b|"
    # not "daarnaast" or "ook nog", said inside one story ("heb daarnaast een fotografiebedrijfje", "scheldt me ook nog uit")
    r"\b(los daarvan|en nog iets|nog iets anders|andere vraag|nog een vraag)\b|"
    r"\btweede (vraag|punt|ding|kwestie|probleem)\b|(^|\n)\s*([-•*]|[12][).:])\s",
    re.MULTILINE,
)
# Where one matter ends and the next may begin: a sentence's end, a new line, a numbered item, "los daarvan".
_BREAK = re.compile(
    r"(?<=[.!?])\s+|\n+|\s(?=[12][).]\s)|(?<=:)\s+|\s(?=(?:los daarvan|daarnaast|en nog iets)\b)|"
    # "Twee zaken: mijn huisbaas wil de huur verhogen, en mijn baas betaalt mijn overuren niet": a piece without a kind
    # of its own ("de vloer en de muren") joins the run before it
    r",?\s(?=en (?:ook )?(?:mijn|m'?n|mn|onze|ons|de|het|een|die|dat)\s)",
    re.IGNORECASE,
)


READER_WORDS = 8  # a shorter piece ("Hier is geen strafzaak bij.") tells the learned reader too little


def _kind(piece: str) -> str | None:
    """The piece's kind: the rules', else the learned reader's ("De schoenenwinkel weigert mijn laarzen te ruilen")."""
    kind = dialogue.facts_in_description(piece).get("conflict")
    if not kind and len(piece.split()) >= READER_WORDS:
        kind = kind_reader.learned_kind(piece)
    return None if kind == "deze_verzekering" else kind


def _pieces(text: str) -> list[str]:
    return [p.strip() for p in _BREAK.split(text) if p and p.strip()]


def _policy_told(text: str, leave_out: str = "") -> str:
    """The pieces that name the customer's modules or options, wherever they stand."""
    return " ".join(p for p in _pieces(text) if (parse_modules(p) or options_in_text(p)) and p not in leave_out)


def matters(text: str) -> list[tuple[str, str]]:
    """The message cut into runs of pieces that read one kind of conflict each: [(kind, text)]. A piece that reads no kind
    belongs to the run before it."""
    runs: list[tuple[str | None, list[str]]] = []
    for piece in _pieces(text):
        kind = _kind(piece)
        if runs and (kind is None or runs[-1][0] in (None, kind)):
            runs[-1] = (runs[-1][0] or kind, [*runs[-1][1], piece])
        else:
            runs.append((kind, [piece]))
    return [(kind, " ".join(pieces)) for kind, pieces in runs if kind]


@lru_cache(maxsize=64)
def _two(text: str) -> tuple[tuple[str, str], ...] | None:
    """The matters of a message that says it holds more than one; None: one matter. Cached: the check and the other
    matter's answer read the same first message."""
    if not TWO_MATTERS.search(fold(text)):
        return None
    found = tuple(matters(text))
    return found if len({k for k, _ in found}) >= 2 else None


def for_the_check(text: str) -> str:
    """The text the coverage check reads: the first matter with the policy told, so that the other's amount or country
    does not decide it ("Twee vragen. 1) laarzen van 95 euro ... 2) mijn werkgever ..."); the whole text otherwise."""
    found = _two(text)
    if not found:
        return text
    first = found[0][1]
    return f"{first} {_policy_told(text, first)}".strip()


def other_piece(text: str, kind: str | None) -> tuple[str, str] | None:
    """The conflict the check is not about (`kind`: the check's) as (kind, its text); None: one matter."""
    found = _two(text)
    if not found:
        return None
    kind = kind or found[0][0]  # the check reads the first matter (for_the_check)
    return next(((k, piece) for k, piece in found if k != kind), None)


def other_matter(text: str, kind: str | None) -> str | None:
    """What already follows for the conflict the check is not about (`kind`: the check's), with the policy the customer
    named; None: one matter, or nothing follows for the other yet."""
    other = other_piece(text, kind)
    return answer_for(other, _policy_told(text, other[1]), "Dan het andere conflict: ") if other else None


def answer_for(
    other: tuple[str, str] | list[str], policy: str, lead: str, told: dict[str, Any] | None = None
) -> str | None:
    """What follows for the other conflict (kind, text) with the policy told in `policy` (or `told`); None: nothing
    yet."""
    kind, piece = other
    answer = conversation.coverage_first(f"{piece} {policy}".strip(), pointer=False, kind=kind, told=told)
    return lead + answer.replace(f" {CHECK_GOES_ON}", "") if answer else None


def after_the_modules(other: tuple[str, str] | list[str], reply: str) -> str | None:
    """Round 127: the other conflict of a first message, answered again once the customer names the modules ("Alleen
    Inkomen": the pension as well as the UWV's decision); None when the reply names none."""
    modules = parse_modules(reply)
    if not modules:
        return None
    return answer_for(other, "", "En het andere conflict: ", {"modules": modules, **options_in_text(reply)})


CHECK_GOES_ON = "Ik check nog wat de uitkomst kan veranderen."  # said of the check, which is about the first matter
