"""Amounts in euros told in a story (art. 11g): euro marks, prices per piece, recurring amounts, the
policy's own amounts asked about, interest and collection costs left out.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from flexbot.dutch import fold
from flexbot.flexpolis import money
from flexbot.flexpolis.knowledge import knowledge

# Euros, also a price told with cents alone ("een koptelefoon van 89,95"); not "2,5 jaar" or "1,80 m".
EURO_MARK = re.compile(
    r"€|\beur\b|\beuro'?s?\b|,-|\b(van|voor|kost|kostte|betaald|a|à|maanden|termijnen) \d{1,5},\d\d\b(?! ?(%|procent|m|cm|kg|km|uur|jaar))|"
    r"\(\d{1,5},\d\d\)|"  # a price in brackets: "kapotte oordopjes (89,95)" (round 20)
    r"\b\d{1,5},\d\d (per|elke|iedere|in de) (maand|week)\b|"  # "39,95 per maand" (round 27)
    # a price with cents standing alone ("sneakers die ik heb teruggestuurd, 89,95.", round 34)
    r"(?<![\d.,])\b\d{2,5},\d\d\b(?![\d,]| ?(%|procent|m\b|cm|mm|kg|km|uur|jaar|meter|liter|gram|l\b|kilo))"
)


def amount_in_text(text: str) -> Decimal | None:
    """An amount only when it is marked as euros: '300 euro', '€ 1.500', 'EUR 1.500,-'; or the stake told as such."""
    stake = STAKE_TOLD.search(fold(text or ""))
    if stake:  # round 70: "ze bieden nu 300 van de 450 euro aan, dus het gaat nog maar om 150": what is still disputed
        return money.parse_money(f"{stake.group('n') or stake.group('d')} euro").amount
    corrected = SAID_INSTEAD.search(fold(text or ""))
    if corrected:  # round 181: "oeps typfout: het was €150, niet €1.500": the amount said instead of the other
        return money.parse_money(f"{corrected.group('n') or corrected.group('m')} euro").amount
    withheld = WITHHELD_PART.search(fold(text or ""))
    if withheld:  # round 170: "van de 850 euro borg maar 680 terug. De verhuurder houdt 170 in": the part withheld
        return money.parse_money(f"{withheld.group('n')} euro").amount
    over = OVERCHARGED.search(fold(text or ""))
    if over and not EURO_MARK.search((text or "").lower()):  # round 133: "garage rekende 140 te veel"
        return money.parse_money(f"{over.group('n')} euro").amount
    # round 143: "rekende 65 euro voor wat volgens de prijslijst 38 euro kost ... het verschil": 27
    amount = _marked_amount(text) or _difference_disputed(text)
    if amount is not None and _only_extra_costs(text, amount):
        return None  # round 143: "Hij rekent er ook nog 80 euro incassokosten bij": costs that never count (art. 11g)
    return _told_again_within(text, amount) if amount is not None else amount


# Round 181: one amount said instead of another ("het was €150, niet €1.500", "niet 1.500 maar 150 euro")
_SUM = r"(?:€ ?)?\d[\d.]*(?:,\d\d)?(?: ?euro)?"
SAID_INSTEAD = re.compile(
    r"(?:€ ?)?(?P<n>\d[\d.]*(?:,\d\d)?)(?: ?euro)?,? (?:en )?niet " + _SUM + r"(?!\s*(?:%|procent|maanden|dagen|jaar))"
    r"|\bniet " + _SUM + r",? maar (?:€ ?)?(?P<m>\d[\d.]*(?:,\d\d)?)"
)


# Round 152: the stake set straight or added to later in the same message ("van 160 euro ... o wacht nee, met verzendkosten
# erbij was het 189"; "mijn 95 euro terug. en als ik de herstelbehandeling erbij tel (120) ...").
SET_STRAIGHT = re.compile(r"(?:^|[.,;:!?]\s*)(o+h? |oh |en )?(wacht|nee|sorry|correctie|oeps)\b")
TOTAL_AGAIN = re.compile(
    r"\b(was|is|werd|wordt|kost|kostte) (het|dat|hij|die|ze) (in totaal |totaal |samen )?(€ ?)?(?P<n>\d[\d.]*(,\d\d)?)\b"
    r"|\b(het|dat|hij|die) (was|is|kost|kostte) (in totaal |totaal |samen )?(€ ?)?(?P<m>\d[\d.]*(,\d\d)?)\b"
)
COUNTED_IN = re.compile(
    r"\b(erbij|bij elkaar|opgeteld|meetel\w*|bijtel\w*) ?(tel|tellen|reken|optel)?\b[^.?!\d]{0,20}\(?(€ ?)?(?P<n>\d[\d.]*(,\d\d)?)\)?"
    r"|\b(erbij|bij) (tel|reken)\w* \(?(€ ?)?(?P<m>\d[\d.]*(,\d\d)?)\)?"
)


WITH_TOTAL = re.compile(
    r"\bmet (de |het |alle )?(\w+ ){0,2}erbij,? (was het |is het |wordt het |kom ik op |komt het op |dus |samen )?(€ ?)?"
    r"(?P<n>\d[\d.]*(,\d\d)?)\b"
)


def _told_again_within(text: str, amount: Decimal) -> Decimal:
    t = fold(text)
    turn = SET_STRAIGHT.search(t, 1)
    if turn:
        again = TOTAL_AGAIN.search(t, turn.end())
        if again:
            return money.parse_money(f"{again.group('n') or again.group('m')} euro").amount or amount
    total = WITH_TOTAL.search(t)
    if total and not EXTRA_COSTS.search(total.group(0)):  # "met verzendkosten erbij was het 189": the total told
        return money.parse_money(f"{total.group('n')} euro").amount or amount
    counted = COUNTED_IN.search(t)
    if counted and not EXTRA_COSTS.search(t[max(0, counted.start() - 60) : counted.end()]):
        added = money.parse_money(f"{counted.group('n') or counted.group('m')} euro").amount
        if added is not None and added != amount:
            return amount + added
    return amount


# An amount named as interest or collection costs ("80 euro incassokosten", "€ 12 rente").
EXTRA_COST_AMOUNT = re.compile(
    r"(?P<n>\d[\d.]*(,\d\d)?) ?(euro|eur)? (aan )?(rente|incassokosten|invorderingskosten|aanmaningskosten|deurwaarderskosten|"
    r"administratiekosten|herinneringskosten)\b"
)


def _only_extra_costs(text: str, amount: Decimal) -> bool:
    """The amount read is the interest or collection costs named with it: no stake of the conflict."""
    return any(
        money.parse_money(f"{m.group('n')} euro").amount == amount for m in EXTRA_COST_AMOUNT.finditer(fold(text))
    )


# An amount charged too much, told without "euro": the stake ("de garage rekende 140 te veel", "hij vraagt 90 extra").
OVERCHARGED = re.compile(
    r"\b(rekende|rekent|rekenden|rekenen|vroeg|vraagt|vroegen|vragen)\b (\w+ ){0,3}(?P<n>\d{2,5}) (te ?veel|extra)\b"
)


# An age in brackets after a person ("Mijn moeder (72) heeft een paar honderd euro betaald"): no amount (round 86).
AGE_TOLD = re.compile(
    r"\b(ik|wij|we|moeder|vader|ma|pa|opa|oma|man|vrouw|zoon|dochter|broer|zus|partner|oom|tante|buurman|buurvrouw|"
    # round 123: a name between, more said in the brackets ("Mijn zoon Thijs (19, woont nog thuis)")
    r"schoonmoeder|schoonvader|kleinzoon|kleindochter|mother|father|mum|mom|dad)( \w+)?\s*\(\s*\d{1,3}\s*(jaar|jr\.?)?\s*[),]",
    flags=re.IGNORECASE,
)


def _without_policy_amount(text: str) -> str:
    """Round 100: the policy's own amount asked beside other amounts ("... met incassokosten en rente €212. Dat is boven
    de 175 dus ...?"): the text without it, so that the costs' clause can go too."""
    rest = policy_amount_asked().sub(" ", fold(text))
    return rest if rest != fold(text) and EURO_MARK.search(rest) else text


DATE_TOLD = re.compile(
    r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|"
    r"jun|jul|aug|sep|sept|okt|nov|dec)\b",
    re.IGNORECASE,
)


def _stake_beside_costs(text: str, parsed: money.MoneyParse) -> money.MoneyParse:
    """The claim itself when interest, collection or other costs are named beside it (art. 11g: they never count)."""
    if not parsed.ok:
        # round 151: "een 'boete' van 45 euro + 60 euro administratiekosten": the costs named as such are no stake (11g)
        rest = EXTRA_COST_AMOUNT.sub(" ", fold(text))
        if rest != fold(text) and EURO_MARK.search(rest):
            parsed = money.parse_money(rest)
    if not parsed.ok and EXTRA_COSTS.search(fold(text)):
        # Art. 11g: interest and collection costs do not count. "Een rekening van 150 euro; met
        # incassokosten en rente willen ze nu 290 euro": the sentences naming them are left out.
        # (round 100: also a clause: "De rekening zelf was €138, maar met incassokosten en rente willen ze nu €212")
        # (round 119: "een factuur van 89 euro niet betaald hebben, met alle kosten erbij is het nu 164 euro")
        kept = [
            s
            for s in re.split(
                r"(?<=[.!?;])\s+|,\s*(?=(?:maar|met|inclusief|plus|daarbovenop|bovenop|daarbij|en daarbij)\b[^,.;!?]*\d)"
                r"|\s+(?=en (?:nu|toen|daarna|daar)\b[^,.;!?]*\d)",  # round 128: "... open en nu heeft een incassobureau ..."
                text,
            )
            if not EXTRA_COSTS.search(fold(s))
        ]
        rest = " ".join(kept)
        parsed = money.parse_money(rest) if EURO_MARK.search(rest.lower()) else parsed
    if not parsed.ok and EXTRA_COSTS.search(fold(text)):
        # round 59: the sum written out ("factuur EUR 160,00 + incassokosten EUR 40,00 + rente EUR 6,12 = EUR 206,12"):
        # the costs added and the total left out, the claim itself is what the conflict is about
        rest = SUM_PARTS.sub(" ", text)
        parsed = money.parse_money(rest) if EURO_MARK.search(rest.lower()) else parsed
    return parsed


def _marked_amount(text: str) -> Decimal | None:
    text = OFFERED.sub(" ", text or "")  # "de organisatie biedt een voucher van 50 euro": no amount of the conflict
    text = _without_policy_amount(AGE_TOLD.sub(lambda m: m.group(1), text))
    text = DATE_TOLD.sub(" ", text)  # round 151: "per 1 januari ... honderden euro's per maand": no amount of 1 a month
    if not EURO_MARK.search(text.lower()):
        total = UNMARKED_TOTAL.search(fold(text))  # "160 opzegboete plus 240 eindafrekening, samen 400."
        return money.parse_money(f"{total.group('n')} euro").amount if total else None
    parsed = _stake_beside_costs(text, money.parse_money(text))
    if policy_amount_asked().search(fold(text)):
        # "reparatie 85 euro. Geldt die 175 euro grens?", "jullie betalen buiten Europa maar 10.000 euro":
        # the policy's own amounts asked about are no amount of the conflict (art. 6, 11g)
        rest = policy_amount_asked().sub(" ", fold(text))
        parsed = money.parse_money(rest) if EURO_MARK.search(rest) else money.parse_money("")
    if not parsed.ok:  # "nog 3 maanden 27,50": the count and the price read as two amounts
        pieces = [m for m in PER_PIECE.finditer(fold(text)) if m.group("n").isdigit() or m.group("n") in _COUNTS]
        if len(pieces) == 1:
            parsed = money.parse_money(f"{pieces[0].group('price')} euro")
    if not parsed.ok:  # "3 maanden lang 28 euro te veel, in totaal 84 euro": the total told (round 30)
        total = TOTAL_TOLD.search(fold(text))
        parsed = money.parse_money(f"{total.group('total') or total.group('told')} euro") if total else parsed
    if not parsed.ok:  # "e-bike van 2.300 euro gejat uit de stalling waar ik 12 euro per maand betaal": the thing lost
        value = _value_beside_a_fee(text)
        if value is not None:
            return value
    if not parsed.ok:  # "39,95 per maand, nu 3 maanden": the price per month, the months counted by `recurring`
        prices = PRICE_PER_PERIOD.findall(fold(text))
        if len(set(prices)) == 1:
            parsed = money.parse_money(f"{prices[0]} euro")
    if not parsed.ok:  # "al 5 weken mijn retour van 89,95": a price with cents, beside a count of something else
        cents = {m.group("price") for m in PRICE_WITH_CENTS.finditer(fold(text))}
        if len(cents) == 1:
            parsed = money.parse_money(f"{cents.pop()} euro")
    if parsed.ok and _larger_sum_unmarked(text, parsed.amount):
        return None  # round 54: "mijn salaris van 2.400 staat erop ... de verhuurder rekent 150 euro boete": asked
    return recurring(text, per_piece(text, parsed.amount)) if parsed.ok else None


# The part of a sum the other side keeps back ("De verhuurder houdt 170 in voor 'eindschoonmaak'"), also in euro.
WITHHELD_PART = re.compile(
    r"\b(houdt|hield|houden|hielden) (er |daarvan |nog )?(€ ?)?(?P<n>\d{1,3}(\.\d{3})*(,\d\d)?|\d+)( euro)? (van (\w+ ){1,3})?in\b"
)


# The difference between two prices told as what is disputed ("Ze weigert het verschil terug te geven").
DIFFERENCE_DISPUTED = re.compile(r"\b(het|dat|dit) verschil\b(?! is)")
EURO_AMOUNT = re.compile(r"€ ?\d[\d.]*(,\d\d)?|\b\d[\d.]*(,\d\d)? ?(euro|eur)\b")


def _difference_disputed(text: str) -> Decimal | None:
    """The difference of exactly two amounts in euro when the story says the difference is what is disputed."""
    folded = fold(text)
    if not DIFFERENCE_DISPUTED.search(folded):
        return None
    amounts = {money.parse_money(m.group()).amount for m in EURO_AMOUNT.finditer(folded)} - {None}
    return max(amounts) - min(amounts) if len(amounts) == 2 else None  # type: ignore[type-var, operator]


# The amount still at stake, told as such ("dus het gaat nog maar om 150", "het verschil is nu 150 euro").
STAKE_TOLD = re.compile(
    r"\b(het gaat|gaat het|het ging|ging het) (me |mij |ons )?(dus |nu |nog |maar |alleen |eigenlijk )*om (zo'?n |ongeveer |"
    r"circa |rond |zowat )?(?P<sign>€ ?)?(?P<n>\d{1,3}(\.\d{3})*(,\d\d)?|\d+)(?![.,]?\d)"
    # round 141: a count of things is no amount ("Het ging om 2 weekendtickets plus camping, 418 euro"): without the euro
    # sign, after the number only the end, a sign, "euro" or a linking word
    r"(?(sign)|(?=\s*($|[^\w\s%]|(euro|eur|en|of|maar|dus|nu|hoor|ofzo|totaal)\b)))|"
    r"\b(het )?verschil is (dus |nu |nog |maar )*(€ ?)?(?P<d>\d{1,3}(\.\d{3})*|\d+)( euro)?\b"
)


# A sum told without "euro" ("mijn salaris van 2.400 staat erop"): money of the story all the same.
UNMARKED_SUM = re.compile(
    r"\b(salaris|loon|saldo|spaargeld|bedrag|schade|uitkering|pensioen|tegoed) (van|is|was) (?P<n>\d{1,3}(\.\d{3})+|\d{4,})\b"
    r"(?! ?(euro|eur)\b)"
)


def _larger_sum_unmarked(text: str, amount: Decimal | None) -> bool:
    """A small amount marked as euros beside a larger sum told without the mark: which one the conflict is about is
    not certain, so no verdict on the minimum (art. 11g) is given on the small one."""
    if amount is None:
        return False
    minimum = knowledge().required_amount("minimum")
    sums = [Decimal(m.group("n").replace(".", "")) for m in UNMARKED_SUM.finditer(fold(text))]
    return amount <= minimum and any(value > minimum for value in sums)


EURO_AMOUNT = re.compile(r"€ ?\d[\d.]*(,\d\d)?|\b\d[\d.]*(,\d\d)? ?(euro|eur)\b")


def _value_beside_a_fee(text: str) -> Decimal | None:
    """Round 50: one amount worth more than a year of the only fee per period told beside it (the stolen e-bike beside the
    parking fee): that amount is what the conflict is about. None: no such pair."""
    prices = {Decimal(p.replace(",", ".")) for p in PRICE_PER_PERIOD.findall(fold(text))}
    if len(prices) != 1:
        return None
    fee = prices.pop()
    amounts = [money.parse_money(m.group(0)).amount for m in EURO_AMOUNT.finditer(fold(text))]
    others = [a for a in amounts if a is not None and a != fee]
    return max(others) if others and max(others) > 12 * fee else None


# Round 33: what the other side offers ("ze bieden een voucher van 50 euro", "hij bood 25 euro vergoeding"), which is
# not what the conflict is about (art. 11g): left out.
OFFERED = re.compile(
    r"\b(biedt|bieden|bood|boden|aangeboden|aanbieden)\b[^.?!,;]{0,25}?(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b|\d[\d.,]*,-)"
    r"( (euro'?s?|eur)\b)?( (vergoeding|compensatie|korting|tegoed|terug))?|"
    # round 71: the customer's earnings told ("Ik verdien er zo'n 200 euro per maand mee bij", "3.000 euro omzet")
    r"\b(verdien|verdienen|verdiende|verdienden)\b[^.?!,;]{0,25}?(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b)[^.?!,;]{0,25}|"
    r"(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b) (aan )?(omzet|inkomsten|winst|bijverdienste)\b|"
    # round 86: a board member's pay ("Onze penningmeester krijgt wel een vergoeding van 500 euro per jaar voor zijn werk"):
    # what decides C&W 2h, not an amount at stake
    r"\b(krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen)\b[^.?!,;]{0,20}?\b(\w*vergoeding|honorarium|presentiegeld)\b "
    r"(van )?(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b)( (euro'?s?|eur)\b)?( per (jaar|maand|vergadering|keer))?|"
    # round 116: the policy's own risk told with the modules ("op mijn polis staat een eigen risico van 100 euro")
    r"\beigen risico\b[^.?!,;]{0,15}?(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b|\d[\d.,]*,-)( (euro'?s?|eur)\b)?|"
    # round 122: a penalty per day ("anders een dwangsom van 50 euro per dag"): a sum that grows, not the stake
    r"\bdwangsom\w*\b[^.?!,;]{0,15}?(€ ?\d[\d.,]*|\d[\d.,]* ?(euro'?s?|eur)\b)( (euro'?s?|eur)\b)? per (dag|week|keer)\b",
    flags=re.IGNORECASE,
)


# Round 33: a price told with cents ("mijn retour van 89,95", "teruggestuurd, 89,95.").
PRICE_WITH_CENTS = re.compile(
    r"(?<![\d.,])\b(?P<price>\d{2,5},\d\d)\b(?![\d,]| ?(%|procent|m\b|cm|mm|kg|km|uur|jaar|meter|liter|gram|l\b|kilo))"
)


# The policy's own amounts named in a question about them: the art. 11g minimum ("minstens 175 euro", "die
# 175 euro grens") and the art. 6 maxima ("buiten Europa maar 10.000 euro", "tot 15.000 euro").
@lru_cache(maxsize=1)
def policy_amount_asked() -> re.Pattern[str]:
    """The policy's own amounts (knowledge file: the art. 11g minimum, the art. 6 maxima) named in a question
    about them: "minstens 175 euro", "die 175 euro grens", "buiten Europa maar 10.000 euro"."""
    k = knowledge()
    low = re.escape(str(int(k.required_amount("minimum"))))
    highs = "|".join(
        f"{int(a) // 1000}[.]?{int(a) % 1000:03d}"
        for a in (k.required_amount("max_europe"), k.required_amount("max_elsewhere"))
    )
    return re.compile(
        rf"(€ ?|eur |euro )?\b{low}\b(,-)?( ?(euro|eur)\b)?(?=[^.?!]{{0,40}}\b(grens|drempel|minimum\w*|ondergrens|moet gaan)\b|"
        rf"[^.?!]{{0,10}}\?)|\b(minstens|minimaal|minimum( van)?|meer dan|boven( de)?|(pas )?vanaf) (€ ?)?{low}\b( ?(euro|eur)\b)?|"
        rf"\b(maar|maximaal|maximum( van)?|tot( een maximum van)?|hooguit|slechts) (€ ?)?({highs})\b(,-)?( ?(euro|eur)\b)?|"
        rf"(€ ?)?\b({highs})\b( ?(euro|eur)\b)?(?=[^.?!]{{0,30}}\b(maximum|maximaal|vergoed\w*|betalen|betaalt|dekken)\b)"
    )


# "2 kaarten van 145 euro": the conflict is about the pieces together (art. 11g counts the amount
# of the conflict), so a price per piece is multiplied by the number told before it.
_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
PER_PIECE = re.compile(
    r"\b(?P<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) ?(?:(?:x|keer) "
    r"|(?:\w*kaarten|\w*kaartjes|\w*tickets|toegangsbewijzen|stoelen|stuks|personen|exemplaren|\w*passen) "
    r"(?:van|a|à|ad|voor|x) "
    r"|nachten (?:van|a|à|ad|x) "  # not "6 nachten voor 1.140 euro", the stay's price (round 128)
    # "ze schrijven nog 3 maanden 27,50 af": the months still to pay (art. 11g counts the amount of the conflict)
    r"|(?:maanden|termijnen|weken) (?:(?:van|a|à|ad|x) )?)(?:€|eur|euro)? ?(?P<price>\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:[.,]\d{1,2})?)\b"
)


def per_piece(text: str, amount: Decimal | None) -> Decimal | None:
    """The amount times the pieces when it was told as a price per piece."""
    if amount is None:
        return None
    for m in PER_PIECE.finditer(fold(text)):
        if Decimal(m.group("price").replace(",", ".")) == amount:
            n = m.group("n")
            return amount * (int(n) if n.isdigit() else _COUNTS[n])
    return amount


TOTAL_TOLD = re.compile(
    r"\b(in totaal|totaal|samen|bij elkaar|alles bij elkaar|opgeteld)( dus)?( is het| gaat het om| komt het op)?"
    r"( ongeveer| zo'?n| bijna| ruim| circa)? (€ ?(?P<total>\d[\d.]*(,\d\d)?)|(?P<told>\d[\d.]*(,\d\d)?) ?(euro|eur)\b)"
)
# A total told without "euro" after the parts it adds up; only at the end of a sentence ("samen 12 jaar" is no sum).
UNMARKED_TOTAL = re.compile(
    # round 60: what is left after an offer ("KLM biedt nu 950 euro. Het verschil is dus nog 150.")
    r"\b(in totaal|samen|bij elkaar|alles bij elkaar|opgeteld|het verschil is|het verschil)( dus)?( nog)?"
    r"( is het| gaat het om| komt het op)?"
    r" (?P<n>\d{1,3}(\.\d{3})+(,\d\d)?|\d{2,}(,\d\d)?)\s*(?=[.!?,;]|$)"
)
PRICE_PER_PERIOD = re.compile(
    r"(?:€ ?)?\b(\d{1,5}(?:,\d\d)?) ?(?:euro|eur)? (?:per|elke|iedere|in de) (?:maand|week)\b"
)
SUM_PARTS = re.compile(
    r"\+\s*[\w ]{0,25}\b(incassokosten|rente|wettelijke rente|administratiekosten|aanmaningskosten|kosten)\b\s*(van\s*)?"
    r"(€|eur\b|euro\b)?\s*[\d.,]+(\s*(euro|eur)\b)?|=\s*(€|eur\b)?\s*[\d.,]+(\s*(euro|eur)\b)?|"
    # round 88: "Ze willen 140 euro plus 45 euro incassokosten, dus 185 in totaal"
    r"\b(plus|en nog)\s+(€\s*)?[\d.,]+\s*(euro|eur)?\s*(aan\s+)?(incassokosten|rente|administratiekosten|aanmaningskosten|"
    r"kosten)\b|\b(dus|samen|totaal)\s+(€\s*)?[\d.,]+\s*(euro|eur)?\s*(in totaal|totaal)?",
    re.IGNORECASE,
)
EXTRA_COSTS = re.compile(
    r"\b(rente|incassokosten|invorderingskosten|aanmaningskosten|wettelijke rente|kosten erbij|deurwaarderskosten|"
    # round 64: "... staat er 215 euro op de brief, inclusief kosten"
    r"(inclusief|incl|plus|met) (de )?(\w+ )?kosten|(aan|voor) (\w+ )?kosten bij)\b"
)


# "100 euro per maand": a recurring amount is counted for a year (decision in docs/policy.md),
# so a rent increase of EUR 100 a month is not held to the EUR 175 minimum as if it were EUR 100.
RECURRING = (
    (re.compile(r"\b(per|elke|iedere|in de) maand\b|\bmaandelijks\b|\bp/?m\b"), 12),
    (re.compile(r"\b(per|elke|iedere) week\b|\bwekelijks\b"), 52),
)


MONTHS_TOLD = re.compile(
    r"\b(nu|al|sinds|inmiddels|ondertussen) (?P<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) maanden\b"
    # "terwijl ik 4 maanden geleden heb opgezegd": charged every month since (round 27)
    r"|\b(?P<since>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) maanden geleden\b(?=[^.?!]{0,30}\bopgezegd\b)"
)


# Round 128: the sum so far told after the price per month ("elke maand 29,99 ... vier maanden, dus bijna 120 euro").
SUM_SO_FAR = re.compile(
    r"\b(dus|totaal|samen|in totaal|bij elkaar|opgeteld)( al| nu)?( bijna| ongeveer| zo'?n| ruim| circa)? (€ ?)?"
    r"(?P<n>\d{1,3}(\.\d{3})+(,\d\d)?|\d+(,\d\d)?)\b"
)


def recurring(text: str, amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    sums = {Decimal(m.group("n").replace(".", "").replace(",", ".")) for m in SUM_SO_FAR.finditer(fold(text))}
    if amount in sums:
        return amount  # the sum so far, not a price per month
    t = PERCENT_PER_PERIOD.sub(" ", fold(text))  # "12% rendement per maand" is a rate, no amount per month (round 42)
    told = MONTHS_TOLD.search(t)
    if told and RECURRING[0][0].search(t):  # "25 euro per maand ... nu 4 maanden": the months so far
        n = told.group("n") or told.group("since")
        return amount * (int(n) if n.isdigit() else _COUNTS[n])
    for pattern, factor in RECURRING:
        if pattern.search(t):
            return amount * factor
    return amount


PERCENT_PER_PERIOD = re.compile(
    r"\b\d+([.,]\d+)? ?(%|procent)( \w+){0,2} per (maand|week|jaar|dag)\b|\b(rente|rendement) per (maand|week|jaar)\b"
)
NOT_MONEY = re.compile(r"\b(geen (geld)?bedrag|(gaat )?niet om (een )?geld(bedrag)?|geen geld|geen bedrag)\b")


# Round 107: a bare number told right after an answer that weighed an amount: a correction ("o wacht nee hij was 249") or
# an extra cost ("maar moest ook nog 140 betalen bij een andere kapper").
BARE_AMOUNT = re.compile(
    r"(?<![\d.,/:-])(?P<n>\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{2,6}(?:[.,]\d{2})?)(?![\d/:]|[.,]\d| ?(%|jaar|jr|maand|mnd|week|"
    r"weken|dag|dagen|km|uur|keer|"
    r"x\b|kg|m2|cm))"
)
AMOUNT_ADDED = re.compile(r"\b(ook nog|nog eens|daarbij nog|daarnaast nog|plus|erbij|extra|bovenop)\b")
AMOUNT_SAID_AGAIN = re.compile(
    r"\b(sorry|typfout|tikfout|verkeerd|vergist|bedoel\w*|wacht|oeps|correctie|eigenlijk|blijkt|inmiddels)\b|"
    r"\b(het|hij|zij|ze|die|dat|deze) (was|is|kostte|kost) (\w+ )?(€ ?)?\d"
)


INSTEAD = re.compile(
    r"\bgeen (€ ?)?[\d.,]+ (euro )?maar (€ ?)?(?P<n>\d[\d.,]*)|"
    # round 174: "het was 1.200, niet 120"
    r"\b(het|dat|die|hij|de schade|het bedrag) (was|is|ging om|gaat om) (€ ?)?(?P<m>\d[\d.,]*\d|\d)( euro)?,? (en )?niet (€ ?)?[\d.,]+"
)


def stake_changed(before: Decimal, text: str) -> Decimal | None:
    """The stake after a correction or an extra cost told as one number; None: the message tells neither."""
    t = fold(text)
    instead = INSTEAD.search(t)  # "het was geen 150 maar 320 euro"
    if instead:
        return money.parse_money(f"{instead.group('n') or instead.group('m')} euro").amount
    numbers = BARE_AMOUNT.findall(t)
    if len(numbers) != 1:
        return None
    told = amount_in_text(text) or money.parse_money(f"{numbers[0]} euro").amount
    if told is None:
        return None
    if AMOUNT_ADDED.search(t):
        return before + told
    return told if AMOUNT_SAID_AGAIN.search(t) else None
