"""Text normalisation shared by the complaint rules and the classifier."""

from __future__ import annotations

import html
import re

# The detector looks at most at this many characters; longer input is cut, never rejected.
MAX_CHARS = 50_000

_TAG = re.compile(r"<[^>]{0,500}>")
_URL = re.compile(r"https?://\S+|www\.\S+")
_SPACE = re.compile(r"\s+")
_REPEAT = re.compile(r"([!?.])\1{1,}")
_WORD = re.compile(r"[0-9a-zà-ÿ_@#'-]+")

# Frequent chat spellings mapped to the standard word, so rules and model see one form.
SPELLING = {
    "julie": "jullie",
    "jullies": "jullie",
    "julli": "jullie",
    "egt": "echt",
    "echtt": "echt",
    "nie": "niet",
    "nit": "niet",
    "k": "ik",
    "t": "het",
    "n": "een",
    "mn": "mijn",
    "m'n": "mijn",
    "ns": "eens",
    "gwn": "gewoon",
    "gewoonn": "gewoon",
    "nooid": "nooit",
    "noit": "nooit",
    "trug": "terug",
    "hellemaal": "helemaal",
    "helemaaal": "helemaal",
    "nx": "niks",
    "nks": "niks",
    "niets": "niks",
    "bedankd": "bedankt",
    "bedank": "bedankt",
    "tnx": "bedankt",
    "thx": "bedankt",
    "klagt": "klacht",
    "klachd": "klacht",
    "arak": "arag",
    "ff": "even",
    "wrm": "waarom",
    "idd": "inderdaad",
    "antwoort": "antwoord",
    "reaktie": "reactie",
    "verzekring": "verzekering",
    "belachlijk": "belachelijk",
    "belachelik": "belachelijk",
    "wachte": "wachten",
    "weke": "weken",
    "maande": "maanden",
    "jurrist": "jurist",
    "juriest": "jurist",
    "ontevreeden": "ontevreden",
    "schandelijk": "schandalig",
}


def clean(text: str) -> str:
    """Plain text: HTML tags removed, entities decoded, URLs dropped, whitespace collapsed."""
    if not text:
        return ""
    text = text[:MAX_CHARS]
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _URL.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    return SPELLING.get(word, word)


# "o wacht, het was in Venlo": the interjection, not the waiting customers complain of ("ik wacht al weken").
_WAIT_INTERJECTION = re.compile(r"(^|[.!?]\s+)((?:o|oh|nee|ja|maar|eh|uh) )?wacht( (?:even|eens|ff|effe))? ?[,:!]")


def normalise(text: str) -> str:
    """Lower-cased, cleaned text with common chat spellings standardised (model and rule input)."""
    text = clean(text).lower()
    text = _REPEAT.sub(r"\1", text)
    text = _WAIT_INTERJECTION.sub(r"\1\2even kijken,", text)
    return _WORD.sub(_fix_word, text)
