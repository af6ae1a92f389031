"""Dutch country names and adjectives -> ISO 3166-1 alpha-2, and the policy's country groups.

Which codes are EU, Europe or non-European Mediterranean is read from the knowledge file
(`regions`); this module only knows how Dutch speakers name countries.
"""

from __future__ import annotations

import re
from functools import lru_cache

from flexbot.dutch import strip_accents
from flexbot.flexpolis.knowledge import knowledge

# code: (display name, other names, adjectives/stems). Matching is accent- and case-insensitive.
_COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "NL": (
        "Nederland",
        (
            "holland",
            "nl",
            "nederlands",
            "nederlandse",
            "thuis in nederland",
            "amsterdam",
            "rotterdam",
            "den haag",
            "utrecht",
            "eindhoven",
            "groningen",
        ),
    ),
    "BE": (
        "België",
        (
            "belgie",
            "belgisch",
            "belgische",
            "brussel",
            "antwerpen",
            "gent",
            "brugge",
            "leuven",
            "luik",
            "hasselt",
            "mechelen",
            "vlaanderen",
            "wallonie",
            "ardennen",  # round 69: "een domein in de Ardennen, bij Durbuy" (mostly Belgian; never Dutch)
            "durbuy",
            "bouillon",
            "knokke",
            "oostende",
            "blankenberge",
            "de panne",
        ),
    ),
    "DE": (
        "Duitsland",
        ("duits", "duitse", "berlijn", "keulen", "munchen", "hamburg", "dusseldorf", "aken", "frankfurt", "sauerland"),
    ),
    "FR": (
        "Frankrijk",
        (
            "frans",
            "franse",
            "parijs",
            "corsica",
            "lyon",
            "marseille",
            "dordogne",
            "bretagne",
            "provence",
            "cote d'azur",
            "ardeche",
        ),
    ),
    "ES": (
        "Spanje",
        (
            "spaans",
            "spaanse",
            "madrid",
            "barcelona",
            "mallorca",
            "ibiza",
            "tenerife",
            "gran canaria",
            "canarische eilanden",
            "costa brava",
            "costa blanca",
            "costa del sol",
            "costa dorada",
            "andalusie",
            "alicante",
            "benidorm",
            "torrevieja",
            "malaga",
            "marbella",
            "valencia",
            "sevilla",
            "lanzarote",
            "fuerteventura",
        ),
    ),
    "PT": ("Portugal", ("portugees", "portugese", "lissabon", "algarve", "madeira", "porto")),
    "IT": (
        "Italië",
        ("italie", "italiaans", "italiaanse", "rome", "milaan", "toscane", "sicilie", "sardinie", "venetie"),
    ),
    "GR": ("Griekenland", ("grieks", "griekse", "athene", "kreta", "rhodos", "corfu")),
    # round 60: the ski resorts and cities a holiday story names instead of the country
    "AT": (
        "Oostenrijk",
        (
            "oostenrijks",
            "oostenrijkse",
            "wenen",
            "tirol",
            "innsbruck",
            "salzburg",
            "ischgl",
            "solden",
            "saalbach",
            "kitzbuhel",
            "mayrhofen",
            "zillertal",
            "obergurgl",
            "lech",
        ),
    ),
    "CH": (
        "Zwitserland",
        (
            "zwitsers",
            "zwitserse",
            "zurich",
            "geneve",
            "basel",
            "bern",
            "lausanne",
            "zermatt",
            "davos",
            "st. moritz",
            "sankt moritz",
            "verbier",
            "grindelwald",
            "interlaken",
            "lausanne",
            "luzern",
            "bern",
            "bazel",
            "saas-fee",
        ),
    ),
    "LU": ("Luxemburg", ("luxemburgs", "luxemburgse")),
    "DK": ("Denemarken", ("deens", "deense", "kopenhagen")),
    "SE": ("Zweden", ("zweeds", "zweedse", "stockholm")),
    "NO": ("Noorwegen", ("noors", "noorse", "oslo")),
    "FI": ("Finland", ("fins", "finse", "helsinki")),
    "IS": ("IJsland", ("ijslands", "ijslandse", "ijsland", "reykjavik")),
    "IE": ("Ierland", ("iers", "ierse", "dublin")),
    "GB": (
        "Verenigd Koninkrijk",
        (
            "engeland",
            "engels",
            "engelse",
            "groot-brittannie",
            "groot brittannie",
            "brits",
            "britse",
            "uk",
            "schotland",
            "schots",
            "schotse",
            "wales",
            "noord-ierland",
            "londen",
        ),
    ),
    "PL": ("Polen", ("pools", "poolse", "warschau", "krakau")),
    "CZ": ("Tsjechië", ("tsjechie", "tsjechisch", "tsjechische", "praag")),
    "SK": ("Slowakije", ("slowaaks", "slowaakse")),
    "HU": ("Hongarije", ("hongaars", "hongaarse", "boedapest")),
    "RO": ("Roemenië", ("roemenie", "roemeens", "roemeense", "boekarest")),
    "BG": ("Bulgarije", ("bulgaars", "bulgaarse", "sofia")),
    "HR": ("Kroatië", ("kroatie", "kroatisch", "kroatische", "dubrovnik")),
    "SI": ("Slovenië", ("slovenie", "sloveens", "sloveense")),
    "EE": ("Estland", ("ests", "estse", "estisch", "estische")),
    "LV": ("Letland", ("lets", "letse")),
    "LT": ("Litouwen", ("litouws", "litouwse")),
    "CY": ("Cyprus", ("cypriotisch", "cypriotische")),
    "MT": ("Malta", ("maltees", "maltese")),
    "RS": ("Servië", ("servie", "servisch", "servische", "belgrado")),
    "BA": ("Bosnië en Herzegovina", ("bosnie", "bosnie-herzegovina", "bosnisch", "bosnische")),
    "ME": ("Montenegro", ("montenegrijns", "montenegrijnse")),
    "AL": ("Albanië", ("albanie", "albanees", "albanese")),
    "MK": ("Noord-Macedonië", ("noord-macedonie", "macedonie", "macedonisch", "macedonische")),
    "XK": ("Kosovo", ("kosovaars", "kosovaarse")),
    "MD": ("Moldavië", ("moldavie", "moldavisch", "moldavische")),
    "UA": ("Oekraïne", ("oekraine", "oekraiens", "oekraiense", "kiev")),
    "BY": ("Belarus", ("wit-rusland", "witrusland", "wit-russisch")),
    "RU": ("Rusland", ("russisch", "russische", "moskou")),
    "TR": ("Turkije", ("turks", "turkse", "istanbul", "antalya", "alanya", "bodrum")),
    "MC": ("Monaco", ()),
    "AD": ("Andorra", ()),
    "SM": ("San Marino", ()),
    "LI": ("Liechtenstein", ()),
    "VA": ("Vaticaanstad", ("vaticaan",)),
    "GI": ("Gibraltar", ()),
    "FO": ("Faeröer", ("faeroer", "faroer")),
    "IM": ("Isle of Man", ("eiland man",)),
    "JE": ("Jersey", ()),
    "GG": ("Guernsey", ()),
    "MA": ("Marokko", ("marokkaans", "marokkaanse", "marrakech", "agadir", "tanger")),
    "DZ": ("Algerije", ("algerijns", "algerijnse")),
    "TN": ("Tunesië", ("tunesie", "tunesisch", "tunesische", "djerba", "tunis")),
    "LY": ("Libië", ("libie", "libisch", "libische")),
    "EG": ("Egypte", ("egyptisch", "egyptische", "hurghada", "caïro", "cairo", "sharm el sheikh")),
    "IL": ("Israël", ("israel", "israelisch", "israelische", "tel aviv", "jeruzalem")),
    "PS": ("Palestina", ("palestijns", "palestijnse", "gaza", "westelijke jordaanoever")),
    "LB": ("Libanon", ("libanees", "libanese", "beiroet")),
    "SY": ("Syrië", ("syrie", "syrisch", "syrische")),
    "GE": ("Georgië", ("georgie", "georgisch", "georgische")),
    "AM": ("Armenië", ("armenie", "armeens", "armeense")),
    "AZ": ("Azerbeidzjan", ("azerbeidzjaans", "azerbeidzjaanse")),
    "KZ": ("Kazachstan", ("kazachs", "kazachse")),
    "US": (
        "Verenigde Staten",
        (
            "amerika",
            "vs",
            "usa",
            "verenigde staten van amerika",
            "amerikaans",
            "amerikaanse",
            "new york",
            "florida",
            "californie",
            # round 46: states and cities travellers name ("on a trip to California")
            "california",
            "texas",
            "nevada",
            "arizona",
            "hawaii",
            "las vegas",
            "kentucky",  # round 71: "In Kentucky (VS)"
            "tennessee",
            "colorado",
            "alaska",
            "chicago",
            "boston",
            "orlando",
            "los angeles",
            "san francisco",
            "miami",
            "orlando",
            "chicago",
        ),
    ),
    "CA": ("Canada", ("canadees", "canadese", "toronto", "vancouver", "montreal")),
    "MX": ("Mexico", ("mexicaans", "mexicaanse", "cancun")),
    "BR": ("Brazilië", ("brazilie", "braziliaans", "braziliaanse")),
    "AR": ("Argentinië", ("argentinie", "argentijns", "argentijnse")),
    "SR": ("Suriname", ("surinaams", "surinaamse", "paramaribo")),
    "CW": ("Curaçao", ("curacao", "curacaos", "curacaose")),
    "AW": ("Aruba", ("arubaans", "arubaanse")),
    "SX": ("Sint Maarten", ()),
    "BQ": ("Caribisch Nederland", ("bonaire", "sint eustatius", "saba")),
    "TH": (
        "Thailand",
        (
            "thais",
            "thaise",
            "bangkok",
            "phuket",
            "koh samui",
            "koh phangan",
            "koh tao",
            "chiang mai",
            "krabi",
            "pattaya",
        ),
    ),
    "ID": ("Indonesië", ("indonesie", "indonesisch", "indonesische", "bali", "lombok", "java", "sumatra", "jakarta")),
    "CN": ("China", ("chinees", "chinese", "beijing", "peking", "shanghai", "hongkong", "hong kong", "shenzhen")),
    "JP": ("Japan", ("japans", "japanse", "tokyo", "tokio", "kyoto", "osaka")),
    "IN": ("India", ("indiaas", "indiase", "mumbai", "delhi", "goa")),
    "VN": ("Vietnam", ("vietnamees", "vietnamese", "hanoi", "saigon", "ho chi minhstad")),
    "AU": ("Australië", ("australie", "australisch", "australische", "sydney", "melbourne", "brisbane", "perth")),
    "NZ": ("Nieuw-Zeeland", ("nieuw zeeland", "auckland", "queenstown")),
    "ZA": ("Zuid-Afrika", ("zuid afrika", "zuid-afrikaans", "zuid-afrikaanse", "kaapstad")),
    "AE": ("Verenigde Arabische Emiraten", ("dubai", "abu dhabi", "emiraten")),
    "KE": ("Kenia", ("keniaans", "keniaanse")),
    "TZ": ("Tanzania", ("zanzibar",)),
    "CV": ("Kaapverdië", ("kaapverdie",)),
    "GM": ("Gambia", ()),
    "DO": ("Dominicaanse Republiek", ("dominicaans", "dominicaanse")),
    "CU": ("Cuba", ("cubaans", "cubaanse")),
    "JO": ("Jordanië", ("jordanie", "jordaans", "jordaanse")),
    "QA": ("Qatar", ()),
    "SA": ("Saoedi-Arabië", ("saoedi-arabie", "saudi-arabie")),
    "PH": ("Filipijnen", ("filipijns", "filipijnse")),
    "MY": ("Maleisië", ("maleisie", "maleisisch")),
    "SG": ("Singapore", ()),
    "KR": ("Zuid-Korea", ("zuid korea", "koreaans", "koreaanse")),
    "LK": ("Sri Lanka", ()),
    "PE": ("Peru", ("peruaans", "peruaanse")),
    "CL": ("Chili", ("chileens", "chileense")),
    "CO": ("Colombia", ("colombiaans", "colombiaanse")),
    "CR": ("Costa Rica", ()),
    "NG": ("Nigeria", ("nigeriaans",)),
    "GH": ("Ghana", ("ghanees", "ghanese")),
    "SN": ("Senegal", ()),
}


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], re.Pattern[str]]:
    names: dict[str, str] = {}
    for code, (display, others) in _COUNTRIES.items():
        for name in (display, *others):
            names[strip_accents(name)] = code
    alternatives = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w-])")
    return names, pattern


@lru_cache(maxsize=1)
def abroad_alternation() -> str:
    """names_abroad() as one regex alternation (escaped, longest first)."""
    return "|".join(re.escape(name) for name in names_abroad())


def names_abroad() -> list[str]:
    """The folded names of every country and place abroad the index knows (not the Netherlands), longest first."""
    names, _ = _index()
    return sorted((name.lower() for name, code in names.items() if code != "NL"), key=len, reverse=True)


def country_code(text: str | None) -> str | None:
    """ISO code for the country named in `text` (first mention), or None when unknown.

    A bare ISO code ("FR") is accepted only when it is the whole answer.
    """
    if not text:
        return None
    stripped = text.strip()
    if re.fullmatch(r"[A-Za-z]{2}", stripped) and stripped.upper() in _COUNTRIES:
        return stripped.upper()
    names, pattern = _index()
    match = pattern.search(strip_accents(text))
    return names[match.group(1)] if match else None


def country_name(code: str) -> str:
    """Dutch display name ('FR' -> 'Frankrijk'); the code itself when unknown."""
    entry = _COUNTRIES.get(code.upper())
    return entry[0] if entry else code


def is_known(code: str | None) -> bool:
    return bool(code and code.upper() in _COUNTRIES)


def is_eu(code: str) -> bool:
    return code in knowledge().regions["eu"]


def is_europe(code: str) -> bool:
    return code in knowledge().regions["europe"]


def is_mediterranean_non_european(code: str) -> bool:
    return code in knowledge().regions["mediterranean_non_european"]


def ambiguity(code: str) -> str | None:
    """Dutch text naming what an ambiguous place depends on, or None."""
    text: str | None = knowledge().regions.get("ambiguous", {}).get(code)
    return text


def region(code: str) -> str:
    """'eu' | 'europe' | 'mediterranean' | 'elsewhere' | 'ambiguous' for the art. 6/8 rules."""
    if ambiguity(code):
        return "ambiguous"
    if is_eu(code):
        return "eu"
    if is_europe(code):
        return "europe"
    if is_mediterranean_non_european(code):
        return "mediterranean"
    return "elsewhere"


# Language names as Dutch writes them ("in het Pools", "spreekt de jurist Engels?"): a language, never a country.
LANGUAGE_NAMES = (
    "nederlands engels pools duits frans turks arabisch spaans portugees roemeens bulgaars oekraiens russisch chinees "
    "japans italiaans papiaments berbers somalisch tigrinya farsi perzisch koerdisch hongaars tsjechisch grieks hindi "
    "vlaams"
).split()
