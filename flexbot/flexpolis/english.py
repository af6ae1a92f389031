"""A question in English: ARAG answers in Dutch (art. 3), and says what already follows from it.

The language answer no longer stops at "Stel uw vraag in het Nederlands": the English words that
decide a first answer (landlord, deposit, employer, salary, hit by a car, the country, "I live in
...") are put into Dutch, and the Dutch first answer for that gist is added. Only a gist: when it
recognises nothing, nothing is added.
"""

from __future__ import annotations

import re

from flexbot.flexpolis.knowledge import knowledge

# English phrase -> Dutch word the parsers know. Longest phrases first; matched case-insensitively.
GLOSSARY: tuple[tuple[str, str], ...] = (
    # the modules told in a reply (round 17): "Yes, I have the Inkomen module", "we have all three"
    (r"(i|we) (only )?(have|got|have got|took)( only)?( the)?( modules?)?", "ik heb"),
    (r"all three( of them| modules)?", "alle drie de modules"),
    (r"(the )?traffic module", "Verkeer"),
    (r"(the )?income module", "Inkomen"),
    (r"(hit|struck|ran over|knocked down) by a (car|truck|van|bus|driver)", "aangereden door een auto"),
    (
        r"(hit|struck|ran over|knocked down) by an? (motorbike|motorcycle|scooter|moped|cyclist|bike)",
        "aangereden door een scooter",
    ),
    (r"(crossing the (street|road)|on foot|walking)", "lopend"),
    (r"i (live|am living|reside) in", "ik woon in"),  # where one lives is not where the conflict is
    (r"(my|our) (\w+ )?(photos|pictures|photographs)", "mijn foto's"),
    (r"without (asking|permission|my permission|consent)", "zonder toestemming"),
    (
        r"a (car|truck|van|bus|driver) (hit|struck|ran over|knocked down|crashed into) (me|my \w+)",
        "aangereden door een auto",
    ),
    (r"(does|do|did|will) not pay|(doesn't|don't|didn't|won't|refuses? to) pay", "betaalt niet"),
    (r"(won't|will not|refuses? to|doesn't|does not) (give|pay) back", "weigert terug te betalen"),
    (r"(fired|dismissed|laid off|sacked|let go)", "ontslagen"),
    (r"(landlord|landlady|housing corporation)", "verhuurder"),
    (r"(security )?deposit", "borg"),
    (r"(neighbou?rs?)", "buurman"),
    (r"(employer|boss|manager)", "werkgever"),
    (r"(salary|wages?|paycheck|pay slip)", "salaris"),
    (r"(backed|reversed|drove|crashed|ran) into (my|our) (car|van|bike)", "reed tegen mijn auto"),
    (r"rear-ended (me|my car|us)", "reed achterop mijn auto"),
    (
        r"i (added|took out|bought) (the )?(module )?(verkeer|traffic)( module)?",
        "heb ik de module Verkeer erbij genomen",
    ),
    (
        r"i (added|took out|bought) (the )?(module )?(inkomen|income)( module)?",
        "heb ik de module Inkomen erbij genomen",
    ),
    (r"(car accident|accident|crash|collision)", "ongeluk"),
    (r"(cycling|bicycle|bike)", "fiets"),
    (r"(online shop|web ?shop|webstore|store|shop|seller)", "winkel"),
    (r"(bought|purchased|ordered)", "gekocht"),
    (r"(refund|money back)", "geld terug"),
    (r"(contractor|builder|plumber)", "aannemer"),
    (r"(garage|mechanic)", "garage"),
    (r"(his|her|their) (insurance company|insurer)", "zijn verzekeraar"),
    (r"(insurance company|insurer)", "verzekeraar"),
    (r"(divorce|separation)", "scheiding"),
    (r"(inheritance|estate|will of my)", "erfenis"),
    (r"(municipality|city council|local council)", "gemeente"),
    (r"(tax authority|taxes|tax)", "belasting"),
    (r"(pension fund|pension)", "pensioen"),
    (r"(unemployment benefit|benefits?|welfare)", "uitkering"),
    (r"(flight|airline)", "vlucht"),
    (r"(holiday|vacation|trip)", "vakantie"),
    (r"(car)", "auto"),
    (r"with (the )?(module )?(traffic|verkeer)", "met verkeer"),
    (r"with (the )?(module )?(income|inkomen)", "met inkomen"),
    (r"with (the )?(module )?(consumer|consument)( (en|and|&) (wonen|housing))?", "met consument & wonen"),
    (r"i'?(ve| have) had arag for years", "ik heb al jaren ARAG"),
    (r"how (do|can) i report", "hoe meld ik"),
    (r"(waiting period)", "wachttijd"),
    (r"(maximum|max)", "maximum"),
)
MONTHS = (
    ("january", "januari"),
    ("february", "februari"),
    ("march", "maart"),
    ("april", "april"),
    ("may", "mei"),
    ("june", "juni"),
    ("july", "juli"),
    ("august", "augustus"),
    ("september", "september"),
    ("october", "oktober"),
    ("november", "november"),
    ("december", "december"),
)
COUNTRIES: tuple[tuple[str, str], ...] = (
    ("the netherlands|netherlands|holland", "Nederland"),
    ("germany", "Duitsland"),
    ("belgium", "België"),
    ("antwerp", "Antwerpen"),
    ("brussels", "Brussel"),
    ("france", "Frankrijk"),
    ("spain", "Spanje"),
    ("italy", "Italië"),
    ("switzerland", "Zwitserland"),
    ("norway", "Noorwegen"),
    ("the united states|united states|the usa|usa|the us|america", "Amerika"),
    ("the united kingdom|united kingdom|the uk|uk|england|london", "Engeland"),
    ("turkey", "Turkije"),
    ("greece", "Griekenland"),
    ("morocco", "Marokko"),
    ("austria", "Oostenrijk"),
    ("poland", "Polen"),
    ("ireland", "Ierland"),
    ("egypt", "Egypte"),
    ("thailand|bangkok|phuket", "Thailand"),
    ("indonesia|bali", "Indonesië"),
    ("portugal", "Portugal"),
    ("croatia", "Kroatië"),
    ("tunisia", "Tunesië"),
    ("canada", "Canada"),
    ("mexico", "Mexico"),
    ("australia", "Australië"),
    ("japan", "Japan"),
    ("south africa", "Zuid-Afrika"),
)
# "a Norwegian contract under Norwegian law": where the contract is (art. 8), put as "onder Noors recht".
NATIONALITIES: tuple[tuple[str, str], ...] = (
    ("norwegian", "Noors"),
    ("german", "Duits"),
    ("belgian", "Belgisch"),
    ("french", "Frans"),
    ("spanish", "Spaans"),
    ("swiss", "Zwitsers"),
    ("british|english", "Engels"),
    ("american", "Amerikaans"),
    ("turkish", "Turks"),
    ("polish", "Pools"),
    ("italian", "Italiaans"),
)
LIVES_ABROAD = re.compile(r"\bi (live|am living|reside)\b|\bliving in\b|\bresident of\b", re.IGNORECASE)
TAKE_OUT = re.compile(
    r"\b(take out|buy|get|sign up|apply|purchase|have)\b.{0,40}\b(insurance|policy|flexpolis)\b", re.I
)


def gist(text: str) -> str:
    """The English message with the words the Dutch parsers need put into Dutch."""
    out = f" {text} "
    for pattern, dutch in GLOSSARY:
        out = re.sub(rf"\b{pattern}\b", f" {dutch} ", out, flags=re.IGNORECASE)
    for pattern, dutch in COUNTRIES:
        out = re.sub(rf"\b(in|to|from) ({pattern})\b", f" in {dutch} ", out, flags=re.IGNORECASE)
    for month, dutch in MONTHS:  # "In March I added Verkeer": the months decide art. 9
        out = re.sub(rf"\b(in|since|from) {month}\b", f" in {dutch} ", out, flags=re.IGNORECASE)
    for pattern, dutch in NATIONALITIES:
        out = re.sub(rf"\b(under|by) ({pattern}) law\b", f" onder {dutch} recht ", out, flags=re.IGNORECASE)
        out = re.sub(
            rf"\bfor an? ({pattern}) (company|employer|firm)\b", f" voor een {dutch} bedrijf ", out, flags=re.I
        )
    return " ".join(out.split())


_ENGLISH_WORDS = frozenset(
    "the my i you your is are was and to of can could will would have has with for not it me we our this that "
    "what how do does did please help".split()
)
_DUTCH_WORDS = frozenset("de het een ik mijn niet van en dat wat hoe ben heb is op voor met".split())


def looks_english(text: str) -> bool:
    """More English function words than Dutch ones, at least three: a message in English."""
    words = re.findall(r"[a-z']+", (text or "").lower())
    english = sum(w in _ENGLISH_WORDS for w in words)
    return english >= 3 and english > sum(w in _DUTCH_WORDS for w in words)


def residence_rule(text: str) -> str | None:
    """Art. 3 for 'I live in Germany, can I take out this insurance?'."""
    if not (LIVES_ABROAD.search(text) and TAKE_OUT.search(text)):
        return None
    k = knowledge()
    return f"{k.article('Algemene regels 3').summary} {k.cite(['Algemene regels 3'])}"
