"""Parse an amount of money from free Dutch text.

Accepts "ongeveer 300 euro", "EUR 1.500,-", "€ 175", "1.500", "1500,50", "2k", "2,5k",
"vijftienhonderd euro", "twee duizend", "drieëntwintig", "een ton". Rejects, with a Dutch reason
the bot can ask again with: negative amounts, text without an amount ("veel"), scientific notation
("1e9"), several different amounts, ambiguous separators and implausibly large amounts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# Sanity bound for a private dispute; not a policy fact (the policy's amounts live in the YAML).
MAX_PLAUSIBLE = Decimal(50_000_000)

REASK = "Om welk bedrag gaat het conflict ongeveer? Noem één bedrag in euro's, bijvoorbeeld 'ongeveer 300 euro'."


@dataclass(frozen=True)
class MoneyParse:
    amount: Decimal | None
    reason: str | None = None  # Dutch: why no amount could be taken (None when ok)

    @property
    def ok(self) -> bool:
        return self.amount is not None


UNITS = {
    "nul": 0,
    "een": 1,
    "eén": 1,
    "één": 1,
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
}
TENS = {
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
}
SCALES = (("miljoen", 1_000_000), ("ton", 100_000), ("duizend", 1000), ("honderd", 100))
FILLERS = (
    "ongeveer",
    "ongeveer",
    "zo'n",
    "zon",
    "circa",
    "ca.",
    "ca",
    "rond de",
    "rond",
    "bijna",
    "ruim",
    "pakweg",
    "plusminus",
    "+/-",
    "maximaal",
    "minimaal",
    "tenminste",
    "ten minste",
    "het gaat om",
    "het ging om",
    "gaat om",
    "totaal",
    "in totaal",
    "het bedrag is",
    "bedrag",
    "euro's",
    "euros",
    "euro",
    "eur",
    "€",
    "een kleine",
    "een dikke",
    "iets meer dan",
    "iets minder dan",
    "meer dan",
    "minder dan",
    "ongeveer een",
    "dat is",
    "iets van",
    ",-",
    ".-",
)

NUMBER_TOKEN = re.compile(r"(?<![\w.,])(-\s*)?(\d+(?:[.,]\d+)*)(?:\s*(k|K|mille|duizend|ton|miljoen)\b)?(,-|\.-)?")
SCIENTIFIC = re.compile(r"\d\s*[eE]\s*[+-]?\d")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def parse_dutch_number_words(text: str) -> int | None:
    """'vijftienhonderd' -> 1500, 'twee duizend' -> 2000, 'eenentwintig' -> 21; else None."""
    word = re.sub(r"[\s-]+", "", _strip_accents(text.lower()))
    if word.startswith("anderhalve") or word.startswith("anderhalf"):
        rest = word.removeprefix("anderhalve").removeprefix("anderhalf")
        for name, factor in SCALES:
            if rest == name:
                return factor * 3 // 2
        return None
    if word.startswith("halve") or word.startswith("half"):
        rest = word.removeprefix("halve").removeprefix("half")
        for name, factor in SCALES:
            if rest == name:
                return factor // 2
        return None
    return _words(word) if word else None


def _words(word: str) -> int | None:
    if word in UNITS:
        return UNITS[word]
    if word in TENS:
        return TENS[word]
    for name, factor in SCALES:
        index = word.rfind(name)
        if index < 0:
            continue
        left, right = word[:index], word[index + len(name) :]
        if right.startswith("en") and right[2:] and _words(right[2:]) is not None and factor >= 1000:
            right = right[2:]  # "duizend en vijftig"
        multiplier = 1 if left in ("", "een", "eén", "één") else _words(left)
        rest = 0 if right == "" else _words(right)
        if multiplier is None or rest is None or multiplier == 0 or rest >= factor:
            return None
        return multiplier * factor + rest
    for name, value in TENS.items():  # "vijfentwintig"
        if word.endswith(name):
            head = word[: -len(name)]
            if head.endswith("en"):
                unit = UNITS.get(head[:-2])
                if unit is not None and 1 <= unit <= 9:
                    return value + unit
    return None


def _number_from_digits(digits: str) -> Decimal | None:
    """Dutch digit groups: '1.500' -> 1500, '1.500,50' -> 1500.50, '12,5' -> 12.5."""
    if "," in digits:
        whole, _, frac = digits.rpartition(",")
        if "," in whole or len(frac) == 3 and "." not in whole:
            return None  # '1,500' could be 1.5 or 1500
        if not re.fullmatch(r"\d{1,3}(\.\d{3})*|\d+", whole):
            return None
        return Decimal(whole.replace(".", "") + "." + frac)
    if "." in digits:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
            return Decimal(digits.replace(".", ""))
        if re.fullmatch(r"\d+\.\d{1,2}", digits):
            return Decimal(digits)  # '12.50'
        return None
    return Decimal(digits)


SUFFIX = {"k": 1000, "mille": 1000, "duizend": 1000, "ton": 100_000, "miljoen": 1_000_000}


def parse_money(text: str) -> MoneyParse:
    """One amount in euro from free Dutch text, or a Dutch reason to ask again."""
    raw = (text or "").strip()
    shown = raw if len(raw) <= 40 else raw[:37] + "..."
    if not raw:
        return MoneyParse(None, "Ik heb geen bedrag gekregen. " + REASK)
    if SCIENTIFIC.search(raw):
        return MoneyParse(None, f"'{shown}' is geen bedrag dat ik kan gebruiken. " + REASK)
    found: list[tuple[Decimal, bool]] = []
    for match in NUMBER_TOKEN.finditer(raw):
        negative, digits, suffix, _ = match.groups()
        if negative:
            return MoneyParse(None, "Een bedrag kan niet negatief zijn. " + REASK)
        value = _number_from_digits(digits)
        if value is None:
            return MoneyParse(None, f"Ik weet niet zeker welk bedrag '{digits}' is. " + REASK)
        if suffix:
            value *= SUFFIX[suffix.lower()]
        window = raw[max(0, match.start() - 5) : match.end() + 7].lower()
        found.append((value, any(m in window for m in ("€", "eur", "euro"))))
    if not found:
        words = _from_words(raw)
        if words is None:
            return MoneyParse(None, f"Ik kon geen bedrag vinden in '{shown}'. " + REASK)
        found.append((Decimal(words), True))
    candidates = {v for v, _ in found}
    if len(candidates) > 1:
        marked = {v for v, euro in found if euro}
        if len(marked) != 1:
            return MoneyParse(None, "Ik zie meerdere bedragen. " + REASK)
        candidates = marked
    amount = candidates.pop()
    if amount > MAX_PLAUSIBLE:
        return MoneyParse(None, "Dat bedrag lijkt me te hoog voor een conflict van een particulier. " + REASK)
    if amount == amount.to_integral_value():
        return MoneyParse(Decimal(int(amount)))
    return MoneyParse(amount.quantize(Decimal("0.01")))


def _from_words(text: str) -> int | None:
    lowered = " " + _strip_accents(text.lower()) + " "
    for filler in sorted(FILLERS, key=len, reverse=True):
        lowered = lowered.replace(" " + _strip_accents(filler) + " ", " ")
        lowered = lowered.replace(_strip_accents(filler), " ") if not filler.isalpha() else lowered
    lowered = re.sub(r"[^a-z\s-]", " ", lowered).strip()
    if lowered.startswith("een ") and lowered[4:].strip() in ("ton", "miljoen"):
        lowered = lowered[4:]
    try:
        return parse_dutch_number_words(lowered) if lowered else None
    except (InvalidOperation, RecursionError):
        return None
