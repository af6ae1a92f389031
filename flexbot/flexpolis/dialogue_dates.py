"""Dates and times in a story: whether the first event came after the policy began (art. 9), whether a
claim is reported more than a month after the policy ended (art. 11c), when a deceased died (C&W 2i).

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from flexbot.dutch import fold

MODULE = r"(consument (en|&) wonen|verkeer|inkomen|module \w+)"
DIED = re.compile(r"\b(overleden|overleed|gestorven|stierf|overlijden)\b")
# "sinds februari 2024": a month before the year is allowed (art. 9 from years)
_OPTIONAL_DAY_MONTH = (
    r"((\d{1,2} )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?"
)
POLICY_SINCE = re.compile(
    # the nearest year in the same sentence ("Flexpolis sinds 2020. In 2019 ..." is 2020)
    r"\b(verzekering|polis|rechtsbijstand\w*|flexpolis|verzekerd)\b[^.?!]{0,35}?\b(sinds|vanaf|per|in|van) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year>(19|20)\d\d)\b|"
    r"\b(sinds|vanaf) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year2>(19|20)\d\d)\b[^.?!]{0,25}\b(verzekerd|\w*verzekering|\w*polis|rechtsbijstand\w*|"
    + MODULE
    + r")\b|"
    r"\b"
    + MODULE
    + r"\b (al )?(sinds|vanaf) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year3>(19|20)\d\d)\b|"  # "ik heb Verkeer sinds 2021"
    # "Inkomen heb ik pas in 2023 erbij genomen", "in 2023 heb ik Verkeer afgesloten" (round 17)
    r"\b"
    + MODULE
    + r"\b[^.?!,]{0,20}\b(pas )?(in|per) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year4>(19|20)\d\d)\b[^.?!,]{0,15}"
    r"\b(erbij|bij)? ?(genomen|afgesloten|gekomen|toegevoegd)\b|"
    r"\b(in|per) " + _OPTIONAL_DAY_MONTH + r"(?P<year5>(19|20)\d\d)\b[^.?!,]{0,25}\b" + MODULE + r"\b[^.?!,]{0,15}"
    r"\b(erbij|bij)? ?(genomen|afgesloten|gekomen|toegevoegd)\b|"
    # "wel pas in 2022 erbij genomen": a module added then
    r"\b(in|per|sinds) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year6>(19|20)\d\d)\b[^.?!,]{0,15}\b(erbij|bij) ?(genomen|afgesloten|gekomen)\b|"
    # round 109: "In maart 2023 sloot ik bij jullie Inkomen af"
    r"\b(in|per) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year7>(19|20)\d\d)\b[^.?!,]{0,10}\b(sloot|sloten|nam|namen) (ik|we|wij) (\w+ ){0,3}(de |een |mijn )?"
    r"(verzekering|polis|rechtsbijstand\w*|flexpolis|" + MODULE + r")\b|"
    # round 123: "In januari 2024 hebben we, mede daardoor eerlijk gezegd, een ARAG rechtsbijstandverzekering afgesloten"
    r"\b(in|per) "
    + _OPTIONAL_DAY_MONTH
    + r"(?P<year8>(19|20)\d\d)\b,? (hebben|heb|heeft) (ik|we|wij)\b[^.?!]{0,60}\b(verzekering|polis|rechtsbijstand\w*|"
    r"flexpolis)\b[^.?!]{0,30}\b(afgesloten|genomen)\b"
)


def since_year(since: re.Match[str]) -> int:
    """The year a POLICY_SINCE match names."""
    return int(
        next(
            since.group(g)
            for g in ("year", "year2", "year3", "year4", "year5", "year6", "year7", "year8")
            if since.group(g)
        )
    )


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "in 2023 overleden", "overleed in 2023": the year of a death told
DEATH_YEAR = re.compile(
    rf"\b(?P<y>(19|20)\d\d)\b[^.?!,]{{0,25}}{DIED.pattern}|{DIED.pattern}[^.?!,]{{0,25}}\b(?P<y2>(19|20)\d\d)\b"
)


# Round 123: the year a thing was built is no event ("een Opel Astra uit 2014", "een camper, bouwjaar 2009").
NOT_AN_EVENT_YEAR = re.compile(
    r"\bbouwjaar:? (19|20)\d\d\b|"
    r"\b(auto|wagen|camper|caravan|motor|scooter|busje|bus|boot|fiets|e-bike|huis|woning|pand|appartement|"
    r"volkswagen|vw|opel|toyota|peugeot|renault|citroen|skoda|hyundai|kia|nissan|mazda|bmw|audi|mercedes|volvo|fiat|seat|"
    r"dacia|suzuki|tesla|honda|ford|golf|polo|clio|corsa|yaris|aygo|astra|picanto|twingo|micra|octavia|fabia|passat)"
    r"( \w+){0,2} (uit|van|gebouwd in|model) (19|20)\d\d\b|"
    # a state that began, no event of the conflict: "sinds 1989 in dienst als magazijnchef", "wonen hier sinds 1972",
    # "van 1975 tot 1981 aan een school"
    r"\b(sinds|vanaf) (19|20)\d\d\b(?=[^.?!,]{0,25}\b(in dienst|werk|werkzaam|woon|wonen|getrouwd|lid|klant|"
    r"met pensioen|gepensioneerd)\b)|"
    r"\b(in dienst|werk|werkzaam|woon|wonen|woont|getrouwd|lid|klant|met pensioen|gepensioneerd)\b[^.?!,]{0,25}"
    r"\b(sinds|vanaf) (19|20)\d\d\b|"
    r"\bvan (19|20)\d\d tot (en met )?(19|20)\d\d\b"
)


def _years_before_start(t: str) -> bool | None:
    """Art. 9 from years in the story: 'de aannemer deed het werk in 2019, verzekerd sinds 2021'."""
    since = POLICY_SINCE.search(t)
    if not since:
        return None
    start = since_year(since)
    rest = NOT_AN_EVENT_YEAR.sub(" ", t[: since.start()] + " " + t[since.end() :])
    others = [int(y) for y in YEAR.findall(rest)]
    if any(year < start for year in others):
        return False
    # the same year, months told: "polis sinds mei 2024, papa overleed in januari 2024" (round 19)
    start_month = next((MONTHS.index(m) for m in MONTHS if re.search(rf"\b{m}\b", since.group(0))), None)
    earlier = (
        MONTHS.index(m.group(1)) < start_month
        for m in re.finditer(rf"\b({'|'.join(MONTHS)}) ({start})\b", rest)
        if start_month is not None
    )
    return False if any(earlier) else None


def inheritance_timing(text: str, first_event: bool | None) -> dict[str, Any]:
    """C&W 2i decides when the deceased died, not the general art. 9: before the module began ("tante
    overleden in 2018, verzekerd sinds 2021") or after it ("vader overleden in 2023, C&W sinds 2020")."""
    t = fold(text)
    if first_event is False and DIED.search(t):
        return {"facts.erflater_overleden_na_start": False, "first_event_after_start": None}
    return {"facts.erflater_overleden_na_start": True} if _died_after_start(t) else {}


def _died_after_start(t: str) -> bool:
    """C&W 2i: the year of the death told is after the year the policy (or module) began."""
    since = POLICY_SINCE.search(t)
    died = DEATH_YEAR.search(t)
    if not since or not died:
        return False
    start = since_year(since)
    return int(died.group("y") or died.group("y2")) > start


# Art. 9 from relative times: "vorige week ontslagen ... gisteren deze verzekering afgesloten".
_NUMBER = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "paar": 2}
_UNIT_DAYS = {"dag": 1, "week": 7, "maand": 30, "jaar": 365}
_FIXED_DAYS = {
    "vandaag": 0,
    "vanochtend": 0,
    "vanmiddag": 0,
    "vanavond": 0,
    "gisteren": 1,
    "eergisteren": 2,
    "deze week": 3,
    "vorige week": 7,
    "afgelopen week": 7,
    "deze maand": 15,
    "vorige maand": 30,
    "afgelopen maand": 30,
    "dit jaar": 180,
    "vorig jaar": 365,
    # "een half jaar geleden" (round 27)
    "een half jaar geleden": 180,
    "half jaar geleden": 180,
    "sinds een half jaar": 180,
    "pas een half jaar": 180,
    "anderhalf jaar geleden": 545,
    "afgelopen jaar": 365,
    # seasons: at least a season ago, whatever today's date (docs/policy.md, round 9)
    "vorige zomer": 150,
    "afgelopen zomer": 120,
    "vorig voorjaar": 240,
    "vorige lente": 240,
    "afgelopen voorjaar": 210,
    "vorige winter": 300,
    "vorig najaar": 330,
}
_AGO = re.compile(
    r"\b(?P<n>\d+|een|twee|drie|vier|vijf|zes|zeven|acht|paar) (?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar) "
    r"geleden\b|\b(?:pas|nog maar|sinds) (?P<n2>\d+|een|twee|drie|vier|vijf|zes|zeven|acht|paar) "
    r"(?P<unit2>dagen|dag|weken|week|maanden|maand|jaren|jaar)\b|"
    r"\b(?P<fixed>" + "|".join(sorted(_FIXED_DAYS, key=len, reverse=True)) + r")\b"
)
_CLAUSE_SPLIT = re.compile(r"[.,;:!?]+|\b(?:en|maar|terwijl|want|dus|toen)\b")
_POLICY_WORD = re.compile(
    r"\b(polis|verzekering|flexpolis|rechtsbijstand\w*|verzekerd|consument (en|&) wonen|c ?& ?w|modules?)\b"
    r"|\b(heb|hebben) (ik|we|wij) (\w+ ){0,4}(inkomen|verkeer) bij (jullie|arag)\b"  # round 107
    r"|\barag (\w+ )?(genomen|afgesloten)\b|\bbij arag (gekomen|gegaan)\b"  # "pas vorige maand ARAG genomen" (round 27)
    r"|\bklant (bij|van) (jullie|arag|u)\b"  # round 103: "Ik ben sinds vorige week klant bij jullie"
    # round 53: a module taken out ("Ik heb Inkomen pas 2 maanden geleden erbij genomen")
    r"|\b(inkomen|verkeer|eigen woning)\b (\w+ ){0,6}(erbij |bij )?(genomen|afgesloten|toegevoegd)\b"
    # round 91: "We hebben vorige maand de optie eigen woning toegevoegd"
    r"|\b(optie|module) (eigen woning|inkomen|verkeer)\b"
)


# "sinds de zomer" (round 34): at least since the end of the last season of that name.
_SEASON_SINCE = {"zomer": (8, 31), "voorjaar": (5, 31), "lente": (5, 31), "najaar": (11, 30)}
# round 91: "De koper dreigde in het voorjaar al met een claim" (a past season with "al"; "in de zomer" alone may be
# to come)
_SINCE_SEASON = re.compile(
    r"\b(?:(?:sinds|vanaf) (?:de|het|deze|dit|afgelopen)|(?<=\bal )in (?:de|het)|in (?:de|het)(?= \w+ al\b)) "
    r"(?P<season>zomer|voorjaar|lente|najaar)\b"
)


def _season_days_ago(clause: str) -> int | None:
    match = _SINCE_SEASON.search(clause)
    if not match:
        return None
    today = date.today()
    month, day = _SEASON_SINCE[match.group("season")]
    end = date(today.year if (today.month, today.day) > (month, day) else today.year - 1, month, day)
    return (today - end).days


def _days_ago(clause: str) -> int | None:
    match = _AGO.search(clause)
    if not match:
        return _season_days_ago(clause)
    if match.group("fixed"):
        return _FIXED_DAYS[match.group("fixed")]
    n, unit = (match.group("n"), match.group("unit")) if match.group("n") else (match.group("n2"), match.group("unit2"))
    count = int(n) if n.isdigit() else _NUMBER[n]
    unit = {"maanden": "maand", "weken": "week", "dagen": "dag", "jaren": "jaar"}.get(unit, unit)
    return count * _UNIT_DAYS[unit]


def _event_older_than_policy(t: str) -> bool:
    """Art. 9 from relative times: an event in the story older than the policy
    ("vorige week ontslagen, gisteren de verzekering afgesloten"). A newer event settles nothing: the
    conflict may have started before it (art. 9, 11p), so the form still asks."""
    policy: list[int] = []
    events: list[int] = []
    year_named = bool(_YEARISH.search(t))  # once per story: a long story has many clauses
    for clause in _CLAUSE_SPLIT.split(t):
        if not clause:
            continue
        days = _days_ago(clause)
        if days is not None and _POLICY_WORD.search(clause) and _POLICY_END.search(clause):
            continue  # "drie maanden geleden heb ik mijn polis opgezegd": the end, not the start (art. 11c, round 40)
        if days is not None and _POLICY_DETAIL.search(clause):
            continue  # "op de polis staat alleenstaand sinds mijn vrouw vorig jaar is overleden": no start either
        if days is not None:
            (policy if _POLICY_WORD.search(clause) else events).append(days)
        elif not _POLICY_WORD.search(clause):
            events.extend(_month_days_ago(clause, year_named))  # "vorige week afgesloten ... in januari verbouwd"
            events.extend(_year_days_ago(clause))  # "zei in 2023 al ... Ik ben sinds vorige maand verzekerd"
    return bool(policy) and any(days > max(policy) for days in events)


# "in 2023", "sinds 2022", "eind 2024": a past year an event of the story happened in (not "een auto uit 2019")
_EVENT_YEAR = re.compile(r"\b(in|sinds|vanaf|begin|eind|medio|najaar|voorjaar|zomer|winter) (?P<year>(19|20)\d\d)\b")


def _year_days_ago(clause: str) -> list[int]:
    """Days since the end of a past year named for an event ("de buurman zei in 2023 al ..."): at least that."""
    today = date.today()
    return [
        (today - date(int(m.group("year")), 12, 31)).days
        for m in _EVENT_YEAR.finditer(NOT_AN_EVENT_YEAR.sub(" ", clause))
        if int(m.group("year")) < today.year
    ]


def _month_days_ago(clause: str, year_named: bool) -> list[int]:
    """Days since a past month named without a year ("de aannemer heeft in januari verbouwd"), counted from
    today; this month, months to come, states ("werk sinds maart") and stories that name a year count nothing."""
    if year_named or _TO_COME.search(clause):
        return []
    today = date.today()
    found = []
    for match in _MONTH_IN.finditer(clause):
        if match.group(1) == "sinds" and _STATE_SINCE.search(clause):
            continue  # "ik werk sinds maart bij ...", not "de verhuurder heeft in januari de huur opgezegd" (round 33)
        month = MONTHS.index(match.group("month")) + 1
        if month != today.month:
            found.append(((today.month - month) % 12) * 30 + today.day - 28)  # the month's end at the latest
    return found


RECENT = (
    r"(gisteren|vandaag|net|pas|zojuist|kort|vorige (week|maand)|deze (week|maand)|\d+ (dagen|weken) geleden|"
    r"(afgelopen|vorige) (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week))"  # round 30
)
RECENT_POLICY = re.compile(
    r"\b(polis|verzekering|rechtsbijstand\w*)\b.{0,30}\b" + RECENT + r"\b.{0,15}\bafgesloten\b|"
    r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b.{0,20}\b(pas|nog maar|net)\b.{0,6}\b(\d+|een|twee|drie|vier|"
    r"enkele|paar) (dagen|weken|maanden)\b|"
    # "ik heb vorige week deze verzekering afgesloten": the time before the policy
    # round 125: "Vorige maand hebben we eindelijk een rechtsbijstandverzekering bij jullie afgesloten"
    r"\b" + RECENT + r"\b[^.?!]{0,30}\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b[^.?!]{0,25}\bafgesloten\b|"
    # round 90: "Ik heb Consument & Wonen, maar pas sinds twee maanden bij jullie"
    r"\b(pas|nog maar|net) sinds (\d+|een|twee|drie|vier|enkele|paar) (dagen|weken|maanden) (bij (jullie|arag|u)|klant|"
    r"verzekerd)\b"
)
# Round 150: the customer newly insured, in the words of a phone ("ben 1 week verzekerd", "ben net klant", "polis heb ik pas
# deze maand", "consument en wonen heb ik, sinds 2 weken").
_FEW = r"(\d+|een|twee|drie|vier|vijf|zes|enkele|paar)"
NEWLY_INSURED = re.compile(
    r"\b(pas|net|nog maar|sinds kort|nu pas) (\w+ ){0,2}(verzekerd|klant (bij|van) (jullie|arag))\b|"
    r"\b" + _FEW + r" (dag|dagen|week|weken|maand|maanden) (verzekerd|klant (bij|van) (jullie|arag))\b|"
    r"\b(polis|flexpolis|verzekering|rechtsbijstand\w*|c ?& ?w|"
    + MODULE[1:-1]
    + r")\b[^.?!]{0,20}\b(pas|net|nog maar|sinds) "
    r"(deze|vorige|afgelopen) (week|maand)\b|"
    r"\b(c ?& ?w|" + MODULE[1:-1] + r")\b[^.?!]{0,15}\b(sinds|pas) " + _FEW + r" (dagen|weken|maanden)\b"
)
# Round 150: a case that runs from before, brought along from another insurer (art. 9).
SWITCHED = re.compile(
    r"\b(overgestapt|overstap|overgekomen|gewisseld)\b|\b(vorige|oude|andere) (rechtsbijstand)?verzekeraar\b"
)
CASE_RUNNING = re.compile(
    r"\b(lopende|openstaande) (zaak|conflict|procedure|kwestie|ruzie)\b|\b(zaak|conflict) (die |dat )?(nog )?loopt\b"
)
RECENT_POLICY_SINCE = re.compile(
    r"\b(sinds|vanaf) "
    + RECENT
    + r"\b.{0,25}\b(polis|flexpolis|verzekering|rechtsbijstand\w*|verzekerd|klant (bij|van) "
    r"(jullie|arag|u))\b|"
    r"\b(polis|flexpolis|verzekering|rechtsbijstand\w*|verzekerd)\b.{0,15}\b(sinds|vanaf) " + RECENT + r"\b"
)


# A module still to be added ("als ik nu de module Inkomen erbij neem"): not on the policy; art. 9 applies to it.
FUTURE_MODULE = r"(module \w+( (en|&) wonen)?|consument (en|&) wonen|verkeer|inkomen|extra (module|onderdeel))"
MODULE_TO_ADD = re.compile(
    r"\b(als|wanneer|indien) (ik|we|wij) (nu |nog |straks |alsnog )*(de |een |die )?" + FUTURE_MODULE + r"\b.{0,20}"
    r"\b(afsluit|afsluiten|neem|nemen|bijneem|bijnemen|toevoeg|toevoegen)\b|"
    # round 166: "Kan ik de module Inkomen nog toevoegen aan mijn bestaande polis?"
    r"\b(kan|mag|wil|kunnen|mogen|willen) (ik|we|wij) (de |een |die )?" + FUTURE_MODULE + r" (nu |nog |alsnog |even )*"
    r"(toevoegen|bijnemen|erbij nemen|afsluiten|bijsluiten)\b"
)


# Art. 9 from month names without a year: "sinds januari ruzie ..., in april de verzekering afgesloten".
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTH_IN = re.compile(r"\b(sinds|vanaf|in|per|eind|begin|half|medio|(\d{1,2})) (?P<month>" + "|".join(MONTHS) + r")\b")
_YEARISH = re.compile(r"\b((19|20)\d\d|vorig jaar|dit jaar|jaar geleden|vorige jaar)\b")
# "de huur gaat per 1 juli omhoog": a month still to come is no first event
_TO_COME = re.compile(r"\b(gaat|gaan|zal|zullen|wordt|worden|komende?|volgende?|straks|per|vanaf)\b")
# What the policy says, changed since: "op de polis staat alleenstaand sinds ...", "eigen woning erbij sinds ..."
_POLICY_DETAIL = re.compile(r"\balleenstaand\b|\b(op|in) (de|mijn|onze) polis staat\b")
_POLICY_END = re.compile(
    r"\b(opgezegd|opzeggen|gestopt|beeindigd|afgelopen|stopgezet|loopt af|liep af|stopt|stopte|overgestapt)\b|"
    # "tot eind augustus was ik bij jullie verzekerd" (round 45): the end, not the start
    r"\btot (\w+ )?(" + "|".join(MONTHS) + r")\b"
)
# "ik werk sinds januari bij ...", "het contract loopt sinds maart": a state begun, not an event leading to a conflict
_STATE_SINCE = re.compile(
    r"\b(werk|werkt|werken|woon|woont|wonen|huur|huurt|huren|loopt|lopen|in dienst|lid|klant|getrouwd|samen|abonnement)\b"
)


_SINCE_ONLY = re.compile(r"^\s*(pas |nog maar |al |net )?(sinds|vanaf|per) ")


_DATE_ASIDE = re.compile(r",\s*((?:op|in|per|rond|sinds|vanaf) (?:\d{1,2} )?(?:" + "|".join(MONTHS) + r"))\s*,")


def _months_before_start(t: str) -> bool:
    """An event month earlier in the year than the policy's month, both told without a year (read as the
    same year, docs/policy.md round 10): the first event came before the policy (art. 9)."""
    # round 108: "Inkomen pas sinds februari dit jaar erbij": this year's month is a month without a year
    t = re.sub(r"\b(" + "|".join(MONTHS) + r") dit jaar\b", r"\1", t)
    if _YEARISH.search(t):
        return False
    # round 180: a date set off by commas belongs to its clause ("en heb daarna, op 2 april, pas een verzekering afgesloten")
    t = _DATE_ASIDE.sub(r" \1 ", t)
    policy: list[int] = []
    events: list[int] = []
    told_before: list[int] = []  # event months told before the policy's month
    since = False
    after_policy = False  # round 162: "Ik heb Consument & Wonen, pas sinds april": the month in the clause after it
    for clause in _CLAUSE_SPLIT.split(t):
        if not clause:
            continue
        months = list(_MONTH_IN.finditer(clause))
        found = [MONTHS.index(m.group("month")) for m in months]
        policy_clause = bool(_POLICY_WORD.search(clause)) or (after_policy and bool(_SINCE_ONLY.match(clause)))
        after_policy = bool(_POLICY_WORD.search(clause))
        if found and policy_clause:
            if not _POLICY_END.search(clause):  # "per 1 oktober opgezegd" is the end, not the start
                policy.extend(found)
                # round 97: "wij hebben de verzekering sinds januari" tells a state, not the next step of a story
                since = since or bool(re.search(r"\b(sinds|vanaf)\b", clause))
        elif found and not _STATE_SINCE.search(clause):
            # a month still to come ("de huur gaat per 1 juli omhoog") is no event; a later "zou worden" in the clause
            # does not make "In april zei mijn leidinggevende al ..." one (round 42)
            past = [
                MONTHS.index(m.group("month"))
                for m in months
                if not _TO_COME.search(clause[max(0, m.start() - 20) : m.end()])
            ]
            events.extend(past)
            told_before.extend(past if not policy else [])
    if not policy or len(set(policy)) != 1:
        return False
    # Told in order: "sinds november gedoe met de huurbaas ... in januari heb ik de verzekering afgesloten":
    # a later month told first is last year's (round 19).
    return any(month < policy[0] for month in events) or (not since and any(month > policy[0] for month in told_before))


# Art. 11c from months without a year: "polis per 1 oktober opgezegd ... nu is het half november".
_MONTH_NAME = r"(" + "|".join(MONTHS) + r")"
_DAY_WORD = r"(\d{1,2}|begin|half|medio|eind|halverwege)"
_ENDED_AT = re.compile(
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet|liep af|stopte)\b[^.?!]{0,25}\b(per|op|in|sinds|vanaf) "
    r"((?P<eday>" + _DAY_WORD[1:-1] + r") )?(?P<emonth>" + _MONTH_NAME[1:-1] + r")\b|"
    r"\b(per|op|in|sinds|tot) ((?P<fday>"
    + _DAY_WORD[1:-1]
    + r") )?(?P<fmonth>"
    + _MONTH_NAME[1:-1]
    + r")\b[^.?!]{0,45}"
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b|"
    # "mijn polis heb ik eind mei opgezegd" (round 21)
    r"\b(?P<gday>" + _DAY_WORD[1:-1] + r") (?P<gmonth>" + _MONTH_NAME[1:-1] + r")\b[^.?!]{0,10}"
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b"
)
_NOW_AT = re.compile(
    r"\bnu\b,? \(?(is het |in |zijn we in |hebben we )?((?P<nday>"
    + _DAY_WORD[1:-1]
    + r") )?(?P<nmonth>"
    + _MONTH_NAME[1:-1]
    + r")\b"
)
_DAY = {"begin": 1, "half": 15, "medio": 15, "halverwege": 15, "eind": 28}


def _day_of_year(day: str | None, month: str) -> int:
    number = int(day) if day and day.isdigit() else _DAY.get(day or "", 1)
    return MONTHS.index(month) * 30 + number


# "ik heb mijn verzekering 3 maanden geleden opgezegd": ended longer than a month ago (a notice of one month
# counted for "opgezegd"), so whatever is reported now is reported too late (art. 11c).
_N = r"(\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|een paar|enkele|een half|anderhalf)"
ENDED_AGO = re.compile(
    r"\b(verzekering|polis|rechtsbijstand\w*|flexpolis)\b.{0,30}\b(" + _N + r" (jaar|jaren)|(een|1) jaar|"
    r"(?P<m>" + _N + r") maanden) geleden (\w+ )?(?P<how>opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b|"
    # "Drie maanden geleden heb ik mijn ARAG-polis opgezegd" (round 40)
    r"\b("
    + _N
    + r" (jaar|jaren)|(een|1) jaar|(?P<m2>"
    + _N
    + r") maanden) geleden (heb|hebben|is|zijn) (ik |we |wij )?"
    r"(mijn |onze |de |die )?([\w-]+ )?(verzekering|polis|rechtsbijstand\w*|flexpolis)\b[^.?!]{0,15}"
    r"(?P<how2>opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b|"
    # round 49: "Ik heb mijn Flexpolis opgezegd toen ik in februari verhuisde, dat is nu ruim vier maanden geleden"
    r"\b(?P<how3>opgezegd|gestopt|beeindigd|stopgezet)\b[^.?!]{0,60}\b(dat|het) is (nu )?(al )?(ruim |bijna |meer dan |zo'?n )?"
    r"((?P<m3>" + _N + r") maanden|" + _N + r" (jaar|jaren)|(een|1) jaar) geleden\b|"
    # round 133: "had tot 2 mnd geleden een polis bij jullie"
    r"\b(had|hadden|was|waren) (ik |we |wij )?tot ((?P<m4>"
    + _N
    + r") (maanden|maand|mnd)|"
    + _N
    + r" (jaar|jaren)|(een|1) jaar) "
    r"geleden (\w+ )?(een |de |mijn |onze )?(verzekering|polis|rechtsbijstand\w*|flexpolis|verzekerd)\b"
)


def _ended_long_ago(t: str) -> bool:
    match = ENDED_AGO.search(t)
    if not match:
        return False
    months = match.group("m") or match.group("m2") or match.group("m3") or match.group("m4")
    if months is None:
        return True  # years ago
    least = 3 if "opgezegd" in (match.group("how"), match.group("how2"), match.group("how3")) else 2
    return not months.isdigit() or int(months) >= least if months not in ("een paar", "enkele") else True


def _with_year(t: str, match: re.Match[str]) -> bool:
    """A year told with the date itself ("in januari 2025 gestopt", "nu in mei 2026")."""
    return bool(_YEARISH.search(t[match.start() : match.end() + 8]))


def reported_after_end(text: str) -> bool:
    """The policy ended in one month and 'nu' is more than a month later (art. 11c: later than a month after the
    end, no help at all); months without a year are the same year, or the next when 'nu' comes earlier. Or the
    policy ended months or years ago ("3 maanden geleden opgezegd")."""
    t = fold(text)
    if _ended_long_ago(t):
        return True
    ended, now = _ENDED_AT.search(t), _NOW_AT.search(t)
    if not ended or not now or _with_year(t, ended) or _with_year(t, now):
        return False  # a year told with the end or now; one told elsewhere ("werk van vorig jaar") is the story's
    end = _day_of_year(
        ended.group("eday") or ended.group("fday") or ended.group("gday"),
        ended.group("emonth") or ended.group("fmonth") or ended.group("gmonth"),
    )
    today = _day_of_year(now.group("nday"), now.group("nmonth"))
    if today < end:
        today += 360
    return today - end > 31


def _last_year_before_this_years_policy(t: str) -> bool:
    """ "Ik heb sinds 1 juni een Flexpolis. Sinds maart vorig jaar ruzie met de aannemer": a policy month told
    without a year is this year's, so an event of last year came before it (art. 9)."""
    clauses = [c for c in _CLAUSE_SPLIT.split(t) if c]
    # by sentence: "Ik heb Consument & Wonen, afgesloten op 1 maart van dit jaar." (round 111)
    sentences = [c for c in re.split(r"[.!?;]+", t) if c]
    policy_this_year = any(
        _POLICY_WORD.search(c)
        and _MONTH_IN.search(c)
        and not re.search(r"\b(vorig|vorige) (jaar|najaar|voorjaar|zomer|winter|herfst|lente)\b|\b(19|20)\d\d\b", c)
        and not _POLICY_END.search(c)  # "in januari gestopt" is the end, not the start (art. 11c, round 27)
        for c in [*clauses, *sentences]
    )
    # round 111: also a season of last year ("al sinds vorig najaar")
    last_year = r"\b(vorig|vorige) (jaar|najaar|voorjaar|zomer|winter|herfst|lente)\b"
    # round 178: or a year before this one ("al sinds 2021 gedoe met de buren ... In september de Flexpolis afgesloten")
    return policy_this_year and any(
        not _POLICY_WORD.search(c)
        and (re.search(last_year, c) or any(int(m.group("year")) < date.today().year for m in _EVENT_YEAR.finditer(c)))
        for c in clauses
    )


# Round 132: "o, Verkeer heb ik pas sinds twee weken, die beurt was in maart": a policy or module of some days or weeks, and
# an event in a month before the last one (no year told: this year's).
POLICY_OF_WEEKS = re.compile(
    r"\b(pas|nog maar|net) (sinds|vanaf) (\d+|een|twee|drie|vier|enkele|paar) (dagen|weken)\b|\bsinds vorige week\b"
)
EVENT_IN_A_MONTH = re.compile(
    r"\b(was|gebeurde|begon|kocht|kochten|kreeg|deed|ontstond|speelde|had|hadden)\b[^.?!,;]{0,30}\bin (?P<month>"
    + "|".join(MONTHS)
    + r")\b"
)


def _month_before_a_recent_policy(t: str) -> bool:
    if _YEARISH.search(t) or not (POLICY_OF_WEEKS.search(t) and (_POLICY_WORD.search(t) or re.search(MODULE, t))):
        return False
    now = date.today().month - 1
    recent = {now, (now - 1) % 12}
    return any(MONTHS.index(m.group("month")) not in recent for m in EVENT_IN_A_MONTH.finditer(t))


def first_event_in_text(text: str) -> bool | None:
    t = fold(text)
    if _years_before_start(t) is False or _last_year_before_this_years_policy(t):
        return False
    if _event_older_than_policy(t) or _months_before_start(t) or _month_before_a_recent_policy(t):
        return False
    if SWITCHED.search(t) and CASE_RUNNING.search(t):  # round 150: "overgestapt ... nog een lopende zaak, kan die mee?"
        return False
    # Art. 9: "polis gisteren afgesloten, maar het conflict speelt al sinds maart"; "ik heb sinds
    # vorige maand deze verzekering, maar het gedoe speelt al sinds vorig jaar".
    if (RECENT_POLICY.search(t) or RECENT_POLICY_SINCE.search(t) or NEWLY_INSURED.search(t)) and re.search(
        # round 53: "pas sinds vorige maand ... en het toestel deed het toen al niet meer"
        r"\b(toen al|op dat moment al|daarvoor al|toen (was|had|deed|stond|speelde) (\w+ ){0,3}al)\b|"
        r"\b(al sinds|speelt al|loopt al|al (een tijd|maanden|weken|jaren|lang|vorig jaar|een jaar|een half ?jaar|"
        r"anderhalf jaar)|al (\d+|twee|drie|vier|vijf|een paar|paar) (jaar|jaren|maanden|weken)|"
        r"sinds vorig jaar|al voor(dat)?|al eerder|(vorige|afgelopen) (maand|week|zomer|winter) al|"
        # round 125: "Sinds ongeveer twee jaar hebben we gedoe met de buren"
        r"sinds (ongeveer |bijna |ruim |zo'?n )?(\d+|een|twee|drie|vier|vijf|een paar|paar|anderhalf) (jaar|jaren|maanden))\b|"
        # round 90: "pas sinds twee maanden bij jullie. Het gedoe met de club begon vorig jaar al"
        r"\b(begon|begonnen|speelde|ontstond|startte|was) (\w+ ){0,4}(vorig jaar|vorige (maand|zomer|winter|herfst)|"
        r"(een|twee|drie|vier|\d+) (jaar|maanden|weken) geleden) al\b",
        t,
    ):
        return False
    if re.search(
        # art. 9: the policy is still to be taken out ("als ik nu een verzekering afsluit"), the conflict exists
        r"\b(als|wanneer|indien) (ik|we|wij) (nu |nog |straks |vandaag )?(bij jullie |bij arag )?(een |de |deze |die |zo'?n )?"
        r"(verzekering|polis|rechtsbijstand\w*|flexpolis|"
        + FUTURE_MODULE
        + r")\b.{0,25}\b(afsluit|afsluiten|neem|nemen)\b|"
        r"\b(voordat|voor) (ik|we|wij) (de |deze |mijn |onze )?(verzekering|polis|rechtsbijstand)\b|"
        r"\bal voor (het afsluiten|de verzekering)\b|"
        # "we hadden er al ruzie over toen ik vorig jaar deze verzekering nam"
        r"\bal\b[^.?!]{0,40}\btoen (ik|we|wij) (\w+ ){0,3}(verzekering|polis|rechtsbijstand\w*|flexpolis)\b[^.?!]{0,10}"
        r"\b(nam|namen|afsloot|afsloten|kreeg|kregen)\b|"
        # round 66: "Dat ploegen begon al twee jaar geleden, toen waren we nog niet bij jullie verzekerd."
        r"\b(begon|begonnen|speelde|ontstond|gebeurde|startte)\b.{0,40}\btoen (was|waren) (ik|we|wij) (nog )?(niet|nog niet) "
        r"(\w+ ){0,3}verzekerd\b|\btoen (was|waren) (ik|we|wij) nog niet (\w+ ){0,3}verzekerd\b|"
        # round 70: "hij zei vorig jaar al dat ik eruit moest, toen had ik jullie nog niet"
        r"\btoen (had|hadden) (ik|we|wij) (jullie|julie|arag|u|de verzekering|de polis|die verzekering) (\w+ )?(nog )?niet\b|"
        # round 119: "Ik kwam vanmiddag in een aanrijding en heb daarna meteen online een ARAG rechtsbijstandverzekering
        # afgesloten"
        r"\b(daarna|daarop|erna|nadien|achteraf|na afloop)\b[^.?!]{0,40}\b(verzekering|polis|rechtsbijstand\w*|flexpolis)\b"
        r"[^.?!]{0,20}\b(afgesloten|aangevraagd|genomen)\b|\b(afgesloten|aangevraagd)\b[^.?!]{0,20}\bna (het|de|dat|die) "
        r"(ongeluk|ongeval|aanrijding|val|incident|ruzie|conflict|gebeurtenis)\b",
        t,
    ):
        return False
    # art. 9: "de ruzie loopt al een jaar; kan ik nu nog afsluiten en dan hulp krijgen?"
    if re.search(
        r"\b(nu|nog|straks|alsnog|vandaag|vanavond|morgen|binnenkort|deze week)\b.{0,30}\b(afsluit|afsluiten|verzeker|"
        r"verzekeren)\b|\b(wil|ga|gaan|willen) (\w+ ){0,2}(een |de |jullie |deze |uw )?(verzekering|polis|rechtsbijstand\w*)"
        r" (\w+ ){0,2}(afsluiten|nemen)\b",
        t,
    ) and re.search(
        r"\b(speelt|loopt|duurt|geeft|is|zijn|hebben|heb)\b.{0,30}\bal (een |twee |drie |\d+ )?(tijd|tijdje|maand|maanden|"
        r"week|weken|jaar|jaren|lang|sinds)\b|\bal (een |twee |drie |\d+ )?(maanden|weken|jaar|jaren)\b.{0,40}\b(last|ruzie|gedoe|"
        r"overlast|conflict|problemen)\b|"
        # "de buurman zaagt al maanden mijn heg kapot"
        r"\b(?!(ben|is|zijn|was|waren|bent)\b)\w+ al (een tijd|een tijdje|maanden|weken|jaren|lang)\b"
        r"(?! (klant|lid|verzekerd|tevreden|bij (jullie|arag)))",
        t,
    ):
        return False
    if re.search(
        r"\b(na|sinds) (het afsluiten|het begin)\b|\bna(dat)? (ik|we|wij) (de |deze |mijn )?"
        r"(verzekering|polis) (afsloot|afsloten|had|hadden)\b|"
        # "het probleem begon toen ik nog verzekerd was", "ik was al verzekerd toen het begon"
        r"\b(begon|begonnen|speelde|ontstond|gebeurde|startte)\b.{0,30}\btoen (ik|we|wij) (al|nog) verzekerd (was|waren)\b|"
        r"\b(ik|we|wij) (was|waren) (al|toen al) verzekerd toen\b",
        t,
    ):
        return True
    return None
