"""The country where a described conflict plays (art. 8): 'in Frankrijk', 'op Kreta', a contract under
foreign law; not where someone comes from, a flight's destination, or a trip booked with a Dutch organiser.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re

from flexbot.dutch import fold
from flexbot.flexpolis import countries

# Words before "uit <land>" that make it someone's origin, not where the conflict is.
ORIGIN_BEFORE = frozenset(
    "pair aupair au-pair kom komt komen kwam kwamen afkomstig buurman buurvrouw buren vriend vriendin man vrouw "
    "partner collega schoonmoeder schoonvader familie meisje jongen student studente nicht neef "
    # round 60: "ik ben moeder uit Polen", "verpleegkundige uit de Filipijnen", "gevlucht uit Syrië"
    "moeder vader ouders zoon dochter verpleegkundige verpleger arts werknemer arbeider chauffeur expat "
    "vluchteling migrant statushouder gevlucht verhuisd vrouwen mannen mensen "
    # round 123: who owns the employer ("een investeringsmaatschappij uit Londen heeft de groep overgenomen")
    "investeringsmaatschappij investeerder investeerders holding moederbedrijf moedermaatschappij aandeelhouder "
    "aandeelhouders zakenman".split()
)
ORIGIN_IN_BRACKETS = re.compile(r"\(\s*(uit|afkomstig uit|van oorsprong uit)\s+[^,)]+[,)]", re.IGNORECASE)
DUTCH_COURT = re.compile(
    r"\b(kantonrechter|rechtbank (in |te )?[a-z]+|nederlandse rechter|raad voor de kinderbescherming)\b"
)
RELATIVE_ABROAD = re.compile(
    r"\b(zoon|dochter|broer|zus|vader|moeder|kinderen|ouders|kleinzoon|kleindochter) (\w+ )?(woont|wonen|verblijft) (\w+ )?in\b",
    re.IGNORECASE,
)
# "in het Portugees", "in het Engels": a language, not a country.
LANGUAGES = frozenset(countries.LANGUAGE_NAMES)


# Words before "in <land>" that make it where a maker or head office is, not where the conflict is.
MAKER_BEFORE = frozenset(
    "fabrikant producent maker hoofdkantoor fabriek moederbedrijf kantoor praktijk advocatenkantoor".split()
)


# "zijn reis naar Bali": the trip of someone else, not where the customer's conflict is.
THEIR = frozenset("zijn haar hun z'n diens".split())


FOREIGN_LAW = re.compile(
    r"\b(onder|naar|volgens|om|over) (het )?(?P<adj>[a-z]{4,}) recht\b|\b(werk|werkte|werken|in dienst) (\w+ ){0,2}(voor|bij) een "
    r"(?P<adj2>\w+) (bedrijf|werkgever|firma|maatschappij)\b|"
    # round 48: the other party named by its country ("het is een Duitse webshop", "een Duitse garage"); a neighbour
    # or a maker is not where the contract is, nor a contractor, who works where the house is (round 69: "woon in Sluis,
    # in mijn eigen huis. Een Belgische aannemer ...")
    r"\b(een|de|die|het|dat|mijn|onze) (?P<adj3>(?!(de|het|een|die|dat|deze|mijn|onze)\b)[a-z]{4,}) (webshop|webwinkel|garage|dealer|autobedrijf|verhuurbedrijf|verhuizer|"
    r"verhuisbedrijf|reisorganisatie|reisbureau|touroperator|winkel|hotel|camping|firma|leverancier|"
    r"uitzendbureau|luchtvaartmaatschappij|verhuurder|vve|makelaar|notaris|"  # round 109: "De Spaanse VvE eist ..."
    r"bedrijf|onderneming|"  # round 86: "Nu blijkt de reisorganisatie een Italiaans bedrijf te zijn"
    r"instantie|uitkeringsinstantie|overheid|autoriteiten)\b"  # round 87: "tegen die Duitse instantie optreden"
)


NOT_THERE_BUT = re.compile(r"\bniet (in|op|naar) (het |de )?[\w'-]+( [\w'-]+)?,? maar\b", re.IGNORECASE)


# Round 100: a phone bill run up abroad ("Na 2 weken vakantie in Turkije een telefoonrekening van 780 euro ... data-roaming"):
# the conflict is with the provider at home, not in the country of the trip.
ROAMING = re.compile(
    r"\b(data-?roaming|roaming\w*|buitenlandbundel|bundel voor (het )?buitenland|telefoonrekening|belkosten)\b"
)


BIRTHPLACE = re.compile(r"\b(geboren|opgegroeid|getogen) (en getogen )?(in|te) [\w'-]+( [A-Z][\w'-]+)?", re.IGNORECASE)


# Where the customer moves to, beside a conflict at home ("omdat we in juni naar Portugal emigreren").
MOVING_TO = re.compile(
    r"\bnaar (het )?\w+ (gaan |willen |gaat |ga )?(emigreren|verhuizen|vertrekken)\b|\b(emigreren|emigreert|emigreer|verhuizen|"
    r"verhuist|verhuis) (\w+ ){0,3}naar (het )?\w+\b",
    re.IGNORECASE,
)


THERE = re.compile(r"\b(daar|aldaar|ter plekke)\b", re.IGNORECASE)


def _places_not_of_the_conflict_blanked(text: str) -> str:
    # "het gebeurde niet in Nederland maar net over de grens in Duitsland" (round 57): the country denied is not it
    text = NOT_THERE_BUT.sub(" maar", text)
    # round 96: someone's origin in brackets ("onze au pair Valentina (uit colombia, woont sinds januari bij ons in)")
    text = ORIGIN_IN_BRACKETS.sub(" ", text)
    text = BIRTHPLACE.sub(" ", text)  # round 115: "Ik ben geboren in Hasselt en huur ... in Maastricht"
    if not THERE.search(text):  # "ruzie met de verkoper van het huis daar": the conflict is where they move to
        text = MOVING_TO.sub(" ", text)  # round 143: "ons huis in Zwolle ... omdat we in juni naar Portugal emigreren"
    if DUTCH_COURT.search(fold(text)):
        # round 96: a relative living abroad in a Dutch court's case ("Onze zoon woont in Canada en heeft de kantonrechter
        # gevraagd ..."): not where the conflict is
        text = RELATIVE_ABROAD.sub(" ", text)
    return text


# A place named by the town it belongs to ("het vliegveld van Antalya", "het strand van Nice").
PLACE_OF = frozenset({"vliegveld", "luchthaven", "strand", "haven", "station", "centrum", "kust", "eiland"})


def _named_place(words: list[str], start: int) -> list[str]:
    """The words that name a place, from `start` on: without an article, and past "het vliegveld van" (round 119:
    "op het vliegveld van Antalya")."""
    if start < len(words) and words[start].lower() in ("het", "de"):
        start += 1
    if start + 2 < len(words) and words[start].lower() in PLACE_OF and words[start + 1].lower() == "van":
        start += 2
    return words[start : start + 4]


def country_in_description(text: str) -> str | None:
    """A country only when it is plainly where things happen ('in Frankrijk', 'op Kreta'), so
    that 'mijn Turkse buurman' does not move a conflict abroad."""
    if ROAMING.search(fold(text or "")):
        return None
    text = _places_not_of_the_conflict_blanked(text or "")
    # "Ik woon in Nederland maar werk in Zwitserland": the residence is not where the conflict is,
    # unless no other country is named ("ik woon in Spanje en mijn verhuurder daar ...").
    residence = re.compile(r"\b(woon|wonen|woont)( zelf| nu| sinds kort)? (in|op)\b", re.IGNORECASE)
    if residence.search(text or ""):
        elsewhere = country_in_description(residence.sub(" bij ", text or ""))
        if elsewhere:
            return elsewhere
    # "een contract onder Noors recht", "ik werk voor een Noors bedrijf": where the contract is (art. 8)
    law = FOREIGN_LAW.search(fold(text or ""))
    code = countries.country_code(law.group("adj") or law.group("adj2") or law.group("adj3")) if law else None
    if code not in (None, "NL"):
        return code
    words = re.findall(r"[\w'-]+", text or "")
    for i, word in enumerate(words):
        # "een rondreis door Canada", "een appartement aan de Costa Blanca"
        if word.lower() not in ("in", "op", "naar", "uit", "door", "aan"):
            continue
        if _elsewhere_than_the_conflict(words, i):
            continue
        rest = _named_place(words, i + 1)
        if rest and fold(rest[0]).lower() in LANGUAGES:
            continue  # "papieren in het Portugees": a language
        if not rest:
            continue
        one = countries.country_code(rest[0]) if len(rest[0]) > 2 else None
        for size in (3, 2):  # 'Costa del Sol'; 'Verenigde Staten', 'Gran Canaria'
            name = countries.country_code(" ".join(rest[:size])) if len(rest) >= size else None
            if name and one in (None, name) and countries.country_code(" ".join(rest[1:size])) != name:
                return name
        if one:
            return one
        place_then_country = (
            len(rest) >= 2
            and rest[1][:1].isupper()
            and len(rest[1]) > 3
            and re.search(rf"\b{re.escape(rest[0])}(, | \()\s*{re.escape(rest[1])}\b", text or "")
        )
        if place_then_country and countries.country_code(rest[1]):
            # "bij een hotel in Zermatt, Zwitserland" (round 39), "in Side (Turkije)" (round 69)
            return countries.country_code(rest[1])
    return None


def _elsewhere_than_the_conflict(words: list[str], i: int) -> bool:
    """The place after words[i] ("uit", "naar", "in") is where someone is from, a guest travels from, someone else's
    trip goes or a maker sits, not where the conflict is."""
    word, before = words[i].lower(), words[i - 1].lower() if i else ""
    if word == "uit" and before in ORIGIN_BEFORE:
        return True  # "onze au pair uit de Filipijnen", "ik kom uit Polen": where someone is from
    if word == "uit" and i + 2 < len(words) and words[i + 2].lower() in ("over", "overvliegen", "overkomen"):
        return True  # "mijn oma komt speciaal uit Suriname over" (round 50): a guest's journey
    if word == "naar" and before == "reis" and i > 1 and words[i - 2].lower() in THEIR:
        return True  # "2.000 euro geleend voor zijn reis naar Bali" (round 60): someone else's trip
    if word == "naar" and before == "reis" and "deel" in (w.lower() for w in words[max(0, i - 6) : i - 1]):
        return True  # "1.200 euro voorgeschoten voor haar deel van onze reis naar Bali" (round 69): what money was for
    if before == "ik" and i > 1 and words[i - 2].lower() in ("zit", "ben", "woon", "werk", "studeer"):
        if any(w.lower() in FUTURE_WORDS for w in words[max(0, i - 6) : i - 2]):
            return True  # "volgend jaar zit ik in Canada" (round 65): where the customer will be, not the conflict
    # round 87: where the other side lives or went back to ("Onze verhuurder woont in Duitsland" beside the rented home
    # in Enschede, "hij is terug in Polen"): not where the home or the conflict is
    subject = words[i - 2].lower() if i > 1 else ""
    if before in ("woont", "wonen", "verblijft") and subject in OTHER_SIDE_NOUNS:
        return True
    if before == "terug":  # "hij is (nu) terug in Polen", not "wij zijn terug in Spanje"
        back = [w.lower() for w in words[max(0, i - 5) : i - 1]]
        verb = next(
            (j for j in range(len(back) - 1, -1, -1) if back[j] in ("is", "zijn", "ging", "gingen", "gaat")), None
        )
        if verb is not None:
            return not any(w in ("ik", "we", "wij") for w in back[max(0, verb - 1) : verb + 2])
    maker = words[i - 2].lower() if i > 1 and before in ("is", "zit", "staat") else ""
    # "ik moet het maar met de fabrikant in China regelen": where the maker is (round 39)
    return bool(i) and (before in MAKER_BEFORE or maker in MAKER_BEFORE)


# Round 87: the other side by role, whose residence is not where the conflict is.
# The landlord living abroad, not where the rented home is; a seller's or buyer's residence is where their contract is
# (C&W 4), so it stays.
OTHER_SIDE_NOUNS = frozenset("verhuurder verhuurders huisbaas huurbaas".split())


FUTURE_WORDS = frozenset({"volgend", "volgende", "straks", "binnenkort", "vanaf", "over", "later", "dan"})


FLIGHT = re.compile(r"\b(\w*vlucht\w*|vliegticket\w*|luchtvaartmaatschappij|airline|vliegmaatschappij)\b")
DESTINATION = re.compile(r"\b(naar|richting)\s+(het |de )?[\w'-]+(\s+[\w'-]+)?", re.IGNORECASE)


# A trip booked with a Dutch organiser: the contract is Dutch, whatever the destination.
DUTCH_ORGANISER = re.compile(
    r"\b(nederlandse|nederlands|hollandse) (reisorganisatie|touroperator|reisbureau|reisaanbieder)\b|"
    r"\b(reisorganisatie|touroperator|reisbureau|reisaanbieder)\b[^.?!]{0,10}\(?(een )?(nederlands|nederlandse|hollands) "
    r"(bedrijf|bureau)\b|"
    r"\b(geboekt|gekocht) (in|bij een bedrijf in) nederland\b|"
    # Tour operators that sell from the Netherlands (their Dutch companies).
    r"\b(geboekt |via |bij )(tui|corendon|sunweb|d-reizen|prijsvrij|vakantiediscounter|anwb|sawadee|djoser)\b"
)
