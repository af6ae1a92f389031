"""Free Dutch answers in the coverage check -> checker inputs (pure functions, no Rasa).

The form keeps one `CoverageQuestion` (serialised in the slot `cc_state`) and asks for the first
input the checker still misses. `parse_answer(name, text)` reads the customer's reply to that
question; `facts_in_text(text)` picks up what a free description already tells ("ruzie met mijn
buurman over 300 euro in Frankrijk"). Amounts, countries and conflicts are parsed by bot/policy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import checker, conflict_cues, conflicts, countries, money, story_facts
from flexbot.flexpolis.checker import CoverageQuestion
from flexbot.flexpolis.knowledge import knowledge

UNKNOWN = re.compile(
    r"\b(weet (ik )?(het )?((echt|eigenlijk|ook|zelf|dus|gewoon) )?niet|geen idee|geen flauw idee|onbekend|weet ik veel|geen benul|"
    r"kan ik niet zeggen|loopt nog|nog niet bekend|nog geen uitspraak|ik weet het niet zeker)\b"
)
YES = re.compile(
    r"^(ja+|jawel|jazeker|jep|jup|yes|yep|klopt|dat klopt|zeker|inderdaad|correct|"
    r"ja hoor|jazeker|ja klopt|uiteraard|natuurlijk|zeker weten|absoluut|ok[eé]?|oke)\b"
)
NO = re.compile(
    r"^(nee+|neen|nope|nah|niet|nooit|klopt niet|dat klopt niet|zeker niet|absoluut niet|"
    r"helemaal niet|nee hoor|welnee|neuh|no)\b"
)
# Facts a customer states explicitly; a different value later is a contradiction to re-ask.
EXPLICIT = ("conflict", "opponent", "amount", "country")
# Euros, also a price told with cents alone ("een koptelefoon van 89,95"); not "2,5 jaar" or "1,80 m".
EURO_MARK = re.compile(
    r"€|\beur\b|\beuro'?s?\b|,-|\b(van|voor|kost|kostte|betaald|a|à|maanden|termijnen) \d{1,5},\d\d\b(?! ?(%|procent|m|cm|kg|km|uur|jaar))|"
    r"\(\d{1,5},\d\d\)"  # a price in brackets: "kapotte oordopjes (89,95)" (round 20)
)


# ---------------------------------------------------------------------- state in a slot
@dataclass(frozen=True)
class CheckState:
    """The form's memory: what the customer told, and what they said they do not know."""

    question: CoverageQuestion = field(default_factory=CoverageQuestion)
    skipped: tuple[str, ...] = ()  # inputs the customer does not know: not asked again
    relative: str | None = None  # a relative outside art. 1 named as the one with the conflict ("mijn vader")

    def dump(self) -> dict[str, Any]:
        q = asdict(self.question)
        q["modules"] = sorted(self.question.modules) if self.question.modules is not None else None
        q["amount"] = str(self.question.amount) if self.question.amount is not None else None
        q["facts"] = dict(self.question.facts)
        data: dict[str, Any] = {"question": q, "skipped": list(self.skipped)}
        if self.relative:
            data["relative"] = self.relative
        return data

    @classmethod
    def load(cls, data: Any) -> CheckState:
        if not isinstance(data, dict):
            return cls()
        raw = dict(data.get("question") or {})
        names = {f.name for f in fields(CoverageQuestion)}
        values = {k: v for k, v in raw.items() if k in names}
        if values.get("modules") is not None:
            values["modules"] = frozenset(values["modules"])
        if values.get("amount") is not None:
            values["amount"] = Decimal(values["amount"])
        values["facts"] = dict(values.get("facts") or {})
        relative = data.get("relative")
        return cls(
            CoverageQuestion(**values),
            tuple(data.get("skipped") or ()),
            relative if isinstance(relative, str) else None,
        )

    def verdict(self) -> checker.Verdict:
        return checker.check(self.question)

    def next_question(self) -> str | None:
        """The first input the checker still needs and the customer may know; None: done."""
        verdict = self.verdict()
        if verdict.status != checker.HANGT_AF_VAN:
            return None
        missing = list(verdict.missing)
        if self.question.opponent in checker.INSURED_OPPONENTS and "alleenstaand" in missing:
            # a conflict with one's own child at home: 'alleenstaand' settles it whatever the modules (art. 1)
            missing.remove("alleenstaand")
            missing.insert(0, "alleenstaand")
        for name in missing:
            if name in self.skipped:
                continue
            if name == "conflict" and self.question.conflict is not None:
                continue  # e.g. a borgsom: depends on the underlying conflict, stated in the verdict
            return name
        return None


def get(q: CoverageQuestion, name: str) -> Any:
    if name.startswith("facts."):
        return q.facts.get(name[len("facts.") :])
    return getattr(q, name, None)  # 'relative' lives on the CheckState, not the question


def apply(state: CheckState, changes: dict[str, Any]) -> tuple[CheckState, list[str]]:
    """Add answers one by one. A contradiction or an impossible combination is not stored:
    the earlier answer is forgotten so that the form asks again, and a Dutch reason is returned."""
    q = state.question
    reasons: list[str] = []
    opponent = changes.get("opponent")
    if changes.get("first_event_after_start") is False and (changes.get("conflict") or q.conflict) == "erfenis":
        # C&W 2i: in an inheritance the first event is the death ("vader overleden in 2019; C&W sinds 2021")
        changes = {**changes, "first_event_after_start": None, "facts.erflater_overleden_na_start": False}
    for name, value in changes.items():
        if value is None or name in ("opponent", "relative"):
            continue  # the opponent follows the conflict it came with; the relative is the state's
        if name.startswith("facts."):
            candidate, problems = checker.update(q, facts={name[len("facts.") :]: value})
        else:
            candidate, problems = checker.update(q, **{name: value})
        if problems:  # contradicts an earlier answer: ask again
            reasons.extend(problems)
            q = _forget(q, name)
            continue
        problems = checker.validate(candidate)
        if problems:
            reasons.extend(p for p in problems if p not in reasons)
            continue
        q = candidate
        if name == "conflict" and opponent is not None:
            q = replace(q, opponent=opponent)
    skipped = tuple(s for s in state.skipped if get(q, s) is None)
    return CheckState(q, skipped, changes.get("relative") or state.relative), reasons


def _forget(q: CoverageQuestion, name: str) -> CoverageQuestion:
    if name.startswith("facts."):
        facts = dict(q.facts)
        facts.pop(name[len("facts.") :], None)
        return replace(q, facts=facts)
    if name == "conflict":
        return replace(q, conflict=None, opponent=None)
    cleared: dict[str, Any] = {name: None}
    return replace(q, **cleared)


def skip(state: CheckState, name: str) -> CheckState:
    return replace(state, skipped=tuple(dict.fromkeys((*state.skipped, name))))


# ---------------------------------------------------------------------- small parsers
def yes_no(text: str) -> bool | None:
    t = fold(text)
    if UNKNOWN.search(t):
        return None
    if NO.search(t) or re.search(r"\b(niet|geen)\b", t) and not YES.search(t):
        return False
    if YES.search(t):
        return True
    return None


MODULE_WORDS = (
    ("consument_wonen", r"\b(consument|wonen|c ?& ?w|c en w|cw|consument en wonen)\b"),
    ("verkeer", r"\bverkeer(?!d)\w*\b"),  # not "verkeerd berekend"
    ("inkomen", r"\binkomen\w*\b"),
)


# A question about which modules there are, not an answer naming the customer's modules.
MODULES_ASKED = re.compile(r"^\W*(welke|wat voor|wat zijn|hoeveel) (\w+ ){0,2}modules?\b.*\?\s*$")


def parse_modules(text: str) -> frozenset[str] | None:
    t = fold(text)
    if MODULES_ASKED.search(t):
        return None  # "Welke modules zijn er dan allemaal?" asks which exist; it tells none
    if re.search(r"\b(alle ?(drie|3|modules)|allemaal|alles|de hele flexpolis|volledige)\b", t):
        return frozenset(checker.MODULE_KEYS)
    # "ik heb juist Consument & Wonen, geen Verkeer": a module denied is not on the policy
    said = NOT_A_MODULE.sub(" ", t)
    found = frozenset(key for key, pattern in MODULE_WORDS if re.search(pattern, said))
    return found or None


NOT_A_MODULE = re.compile(
    r"\b(geen|niet|zonder) (de )?(module )?(consument (en|&) wonen|c ?& ?w|verkeer(?!d)|inkomen)\b"
)


ROLE_ZAKELIJK = re.compile(
    r"\b(zakelijk\w*|(mijn|m'?n|ons|onze|eigen) (eigen )?(bedrijf|zaak|praktijk|onderneming|eenmanszaak|bv|b\.v|salon)|zzp\w*|"
    r"eenmanszaak|vof|bedrijfspand|winkelpand|kantoorpand|praktijkruimte|directeur[- ]?grootaandeelhouder|dga|"
    r"freelance\w*|zelfstandige?|ondernemer|opdrachtgever|mijn klant|beroep)\b|"
    r"\b(ik heb|wij hebben|we hebben|ik run|ik heb sinds \w+) (een|mijn eigen|een eigen) \w*(bedrijf|boerderij|winkel|praktijk|"
    r"salon|webshop|zaak|onderneming)\b"
)
ROLE_PRIVE = re.compile(
    r"\b(prive|particulier\w*|persoonlijk|als consument|voor mezelf|thuis|"
    r"niet zakelijk|geen bedrijf|in loondienst|werknemer|"
    # unpaid board or volunteer work is private (C&W 2h: only when not paid for it)
    r"vrijwillig\w*|onbetaald|(geen|zonder) (vergoeding|betaling|salaris|loon))\b"
)


# "overdag in loondienst, daarnaast een eenmanszaak, en dit was een opdracht daarvan": the conflict is the business's
FROM_OWN_BUSINESS = re.compile(
    r"\b(daarvan|voor (mijn|die|de) (zaak|bedrijf\w*|eenmanszaak))\b|\b(dit|het|dat|deze) (was|is|ging|gaat|hoort|komt)\b"
)


def parse_role(text: str) -> str | None:
    t = fold(text)
    if ROLE_PRIVE.search(t) and ROLE_ZAKELIJK.search(t) and FROM_OWN_BUSINESS.search(t):
        return "zakelijk"
    if ROLE_PRIVE.search(t):
        return "particulier"
    if ROLE_ZAKELIJK.search(t):
        return "zakelijk"
    return None


CHILD = r"(zoon|dochter|kind|kinderen|stiefzoon|stiefdochter|pleegkind|pleegzoon|pleegdochter)"
# The customer is the child at home on the parents' policy: "ben 17 en woon nog bij ze thuis" (round 19).
AT_MY_PARENTS = (
    r"\b(ik )?(woon|wonen) (nog )?(gewoon )?(thuis )?bij (mijn |m'?n )?(ouders|ze|hen|pa en ma)\b|"
    r"^(ik )?ben (1[0-7]|[0-9])\b.{0,30}\b(woon|wonen) (nog )?(gewoon )?(thuis|bij)\b"
)
INVOLVED_PATTERNS: tuple[tuple[str, str], ...] = (
    ("au_pair", r"\bau[- ]?pair\b"),
    ("surviving_relative", r"\b(nabestaande\w*|overleden|omgekomen|verongelukt)\b"),
    ("passenger", r"\b(passagier\w*|meerijder|bijrijder|meegereden)\b"),
    ("driver_with_permission", r"\b(geleend|leende|mocht (mijn|onze) (auto|motor|scooter))\b"),
    (
        "travel_companion",
        r"\b(mijn|m'?n) (vriend|vriendin|partner|zus|broer|moeder|vader|schoon\w+|zwager\w*) (ging|gingen|reisde|was) "
        r"(ook )?mee\b.{0,40}\b(ook )?(schade|gewond|letsel|last|geld)\b|"
        r"\breisgeno(ot|te)\w*\b|\b(ging|gaat|gingen|reisde|reist) (met (mij|ons) )?mee op (de |onze |mijn |die )?"
        r"(vakantie|reis)\b|\bmee op (de )?vakantie\b",
    ),
    ("child_care_home", CHILD + r".*\b(verpleeg|verzorgings|zorginstelling|instelling)"),
    ("child_studying", CHILD + r".*\b(studeert|studie|student|op kamers|kamer)"),
    ("child_home", CHILD + r".*\b(thuis|bij ons|bij mij|inwonend)"),
    ("child_home", AT_MY_PARENTS),
    ("partner", r"\b(partner|vrouw|man|echtgeno\w*|vriendin|vriend|verloofde|samenwonend\w*)\b"),
    (
        "other",
        r"\b(broer|zus|moeder|vader|opa|oma|neef|nicht|oom|tante|collega|kennis|schoon\w+|"
        r"ouders?|buurman|buurvrouw|iemand anders)\b",
    ),
    (
        "policyholder",
        r"^(ik|ikzelf|ik zelf|mijzelf|mezelf|zelf|uzelf|mij|ik ben het|ikke|de verzekeringnemer|"
        r"verzekeringnemer)\b|\b(ikzelf|mijzelf|mezelf|ik zelf)\b",
    ),
)


def parse_involved(text: str) -> tuple[str | None, str | None]:
    """(insured_persons key, None) or (None, Dutch re-ask)."""
    t = fold(text)
    for key, pattern in INVOLVED_PATTERNS:
        if re.search(pattern, t):
            return key, None
    if re.search(r"\b" + CHILD + r"\b", t):
        return None, (
            "Waar woont uw kind: thuis, ergens anders voor een dagstudie, of in een verpleeghuis of verzorgingshuis?"
        )
    return None, None


PERSON = re.compile(
    r"\b(au[- ]?pair|" + CHILD + r"|partner|vrouw|man|echtgeno\w*|vriendin|vriend|moeder|vader|"
    r"ouders?|broer|zus|opa|oma|neef|nicht|oom|tante|collega|schoon\w+|hij|zij|ze)\b"
)


PARTNER_AT_HOME = (
    r"\b(mijn|m'?n) (partner|vriendin|vriend|man|vrouw|echtgeno\w*)\b.{0,30}\b(woont|wonen) "
    r"(bij (mij|ons)|met mij|samen|in)\b|\b(samenwonende|inwonende) (partner|vriendin|vriend)\b"
)


# "Ik had de reis geboekt voor mij en twee vriendinnen. Zijn mijn vriendinnen ook verzekerd?"
# "Kan zij ook gebruikmaken van mijn verzekering?", "valt hij onder onze polis?": asked about someone else.
USES_MY_POLICY = (
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze|die) (ook |dan |nu )*(gebruik ?maken van|aanspraak maken op|een beroep "
    r"doen op) (mijn|m'?n|onze|ons|de|deze) (\w*verzekering|polis|rechtsbijstand\w*)\b|"
    r"\b(valt|vallen) (hij|zij|ze|die) (ook |dan |nu |nog )*onder (mijn|m'?n|onze|ons|de|deze) (\w*verzekering|polis|"
    r"rechtsbijstand\w*)\b|\b(kan|mag) (hij|zij|ze|die) (ook |dan |nu )*(mijn|m'?n|onze|ons|de|deze) (\w*verzekering|polis|"
    r"rechtsbijstand\w*) gebruiken\b|"
    # "Kan zij ook via mijn verzekering?"
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze|die) (ook |dan |nu )*(via|onder|met) (mijn|m'?n|onze|ons|de|deze) "
    r"(\w*verzekering|polis|rechtsbijstand\w*)\b"
)
COMPANION = (
    r"(vriend\w*|vrienden|bevriend\w*|stel|gezin|familie|collega\w*|zus\w*|broer\w*|ouders|moeder|vader|schoon\w+|"
    r"zwager\w*|neef|nicht|kennis\w*)"
)
TRAVEL_COMPANIONS = re.compile(
    r"\b((geboekt|boekte|gereserveerd) voor (mij|mezelf|ons) en (\w+ ){0,2}" + COMPANION + r"|"
    # "met mijn zwager en zijn vrouw een villa in Spanje gehuurd ... tellen zij ook mee?"
    r"met (mijn|m'?n|onze) (\w+ ){0,4}" + COMPANION + r"\b.{0,40}\b(villa|vakantiehuis\w*|huisje|chalet|appartement|"
    r"hotel|reis|vakantie|camper)\w* (\w+ ){0,4}(gehuurd|geboekt|geregeld))\b"
    r".*(\b(zijn|is|valt|vallen) (mijn |die |de )?\w+ (ook )?(mee)?verzekerd\b|\b(tellen|telt) (\w+ ){0,5}(ook )?mee\b|"
    + USES_MY_POLICY
    + ")"
)
# A family asking for the damages of a relative who died in an accident (art. 1, nabestaanden).
SURVIVORS = re.compile(
    r"\b(overleden|omgekomen|verongelukt|om het leven gekomen)\b.{0,160}\b(ongeval|ongeluk|verkeersongeluk|"
    r"aanrijding|aangereden|aanreed|doodgereden)\b.*\b(wij|we|ik|familie|nabestaande\w*|nabestaanden)\b.{0,60}"
    r"\b(schadevergoeding|smartengeld|schade)\b|\bnabestaande\w*\b.{0,60}\b(schadevergoeding|smartengeld|verzekering)\b|"
    # "mijn man is verongelukt door een dronken automobilist; kan ik als weduwe schadevergoeding eisen?"
    r"\b(verongelukt|doodgereden|omgekomen)\b.{0,160}\b(weduwe|weduwnaar|wij|we|ik)\b.{0,60}\b(schadevergoeding|smartengeld)\b|"
    # "mijn man is overleden na een aanrijding ... kan ik nu nog iets doen tegen die automobilist?" (round 22)
    r"\b(overleden|omgekomen|verongelukt|om het leven gekomen)\b.{0,160}\b(ongeval|ongeluk|verkeersongeluk|aanrijding|"
    r"aangereden|geschept|schepte|doodgereden)\b.*\b(kan|kunnen|mag|mogen) (ik|wij|we) (daar |er |hier )?(nu |nog |dan )*"
    r"(iets |wat )?(mee|doen|ondernemen|beginnen|eisen|aansprakelijk)\b"
)
# A household member as the other party: "mijn zoon (woont thuis) heeft mijn auto beschadigd; kan ik hem aanspreken?"
HOUSEHOLD_OPPONENT = (
    (
        "child_home",
        re.compile(
            r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,40}\b(woont|wonen) (nog )?(thuis|bij (mij|ons))\b|"
            r"\b(mijn|m'?n|onze) " + CHILD + r" die (nog )?(thuis|bij (mij|ons)) (woont|wonen)\b|"
            r"\b(mijn|m'?n|onze) (thuiswonende|inwonende) " + CHILD + r"\b"
        ),
    ),
    ("child_studying", re.compile(r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,40}\b(op kamers|studeert)\b")),
)
AGAINST_THEM = re.compile(
    r"\b(hem|haar|hen) (via|met|aansprakelijk|aan ?spreken|aanspreken|aanklagen|dagvaarden)\b|"
    r"\b(aansprakelijk stellen|aanspreken|aanklagen|laten betalen)\b|\b(weigert|weigeren) ([\w.,€]+ ){0,7}(terug ?)?(te )?"
    r"(terug ?)?(betalen|vergoeden)\b|\b(iets|stappen) tegen (hem|haar|hen) (doen|ondernemen|zetten)\b|"
    r"\bwil(len)? (het |de schade )?niet (betalen|vergoeden)\b"
)


# "Mijn vader (82) woont in een verzorgingshuis en het tehuis rekent te veel": a relative outside
# art. 1 (parents, siblings, grandparents, in-laws) who is the subject of the story.
RELATIVE_SUBJECT = re.compile(
    r"^(\W*(goede(n)?(morgen|middag|avond)|hallo|hoi|dag|beste \w+)\W+)?((ja|nou|eh|euh)\W+)?"
    r"(ik (wil|heb) (even |een )?(iets (vragen|weten)|een vraag|vraagje)\W+)?(mijn|m'?n|onze|ons) "
    r"(?P<who>vader|moeder|opa|oma|broer|zus|schoon(vader|moeder|zoon|dochter|broer|zus)|tante|oom|ouders|"
    r"grootvader|grootmoeder|kleinzoon|kleindochter|kleinkind|neef|nicht)\b"
    r"(?!.{0,40}\b(heeft|hebben) (mij|me|ons|mijn|onze)\b)"
    r"(?! (is|werkt als) (\w+ )?(advocaat|advocate|jurist|mediator|notaris)\b)"  # "mijn neef is advocaat": a helper
)


def relative_in_description(text: str) -> str | None:
    match = RELATIVE_SUBJECT.search(fold(text))
    return match.group("who") if match else None


def _relative_died(text: str, who: str) -> bool:
    """'Mijn moeder is in maart overleden': the relative named is the one who died (C&W 2i story)."""
    return bool(
        re.search(
            rf"\b{re.escape(who)}\b[^.?!]{{0,40}}\b(is |was )?(overleden|overleed|gestorven|stierf)\b", fold(text)
        )
    )


def household_opponent(text: str) -> str | None:
    """An insured household member the customer wants to act against (art. 1, 'Let op')."""
    t = fold(text)
    if not AGAINST_THEM.search(t):
        return None
    return next((key for key, pattern in HOUSEHOLD_OPPONENT if pattern.search(t)), None)


# "mijn zoon van 17 heeft ...", "onze dochter (15) is ...": a minor child of the customer, living at home.
MINOR_CHILD = re.compile(
    r"(?<!met )(?<!tegen )(?<!van )\b(mijn|m'?n|onze) " + CHILD + r" (van (\d|1[0-7])( jaar)?|\((\d|1[0-7])\))(?=\W)"
)


def involved_in_description(text: str) -> str | None:
    """Who has the conflict, only when a description makes it plain: 'mijn zoon die op kamers
    woont ...', or a first-person story in which nobody else could be the one with the conflict.
    Anything less clear is asked ('mijn moeder heeft ruzie ...', 'kan zij ...')."""
    t = fold(text)
    asks_about = re.search(
        r"\b(is|valt|zijn) (zij|hij|ze)\b.{0,25}\b(mee)?verzekerd\b|\b(kan|mag) (hij|zij|ze) (onze|mijn|de|m'?n) "
        r"(polis|verzekering|rechtsbijstand\w*)\b|\bvalt (hij|zij|ze) (nog |ook )*onder (onze|mijn|de|m'?n) \w*polis\b",
        t,
    )
    if asks_about and re.search(
        r"\b(woont|wonen) (niet|nergens) (bij (mij|ons)|in hetzelfde huis)\b|\bwoont zelfstandig\b|"
        r"\bwoont (op (zich)?zelf|op zijn eigen|op haar eigen|niet meer thuis)\b|"
        # "we wonen niet samen (LAT)" (round 19)
        r"\b(wonen|woont|woon) (\w+ )?niet samen\b|\blat[- ]?(relatie)?\b|\bniet samenwonend\b",
        t,
    ):
        return "other"  # art. 1: only the household (and children away for a dagstudie) are insured
    if re.search(dict(INVOLVED_PATTERNS)["travel_companion"], t) or TRAVEL_COMPANIONS.search(t):
        return "travel_companion"  # C&W 1, Verkeer 2: "neemt u reisgenoten mee op vakantie"
    parents = re.search(
        r"\b(polis|verzekering|rechtsbijstand\w*) (is |staat )?(van|op naam van|op de naam van) (mijn|m'?n) "
        r"(ouders|vader|moeder|pa|ma)\b|"
        # "ik heb zelf geen verzekering maar mijn moeder heeft ARAG", "via mijn ouders verzekerd" (round 19)
        r"\b(mijn|m'?n) (ouders|vader|moeder|pa|ma) (heeft|hebben) (\w+ ){0,2}(arag|polis|verzekering|rechtsbijstand\w*)\b|"
        r"\b(via|bij|onder) (mijn|m'?n) (ouders|vader|moeder|pa|ma) (\w+ )?(mee)?verzekerd\b",
        t,
    )
    if parents and re.search(r"\b(op kamers|studeer|student\w*|studie|kot)\b", t):
        return "child_studying"  # art. 1: "kinderen die ergens anders wonen voor een dagstudie"
    if (parents and re.search(r"\b(thuis|bij mijn ouders)\b", t)) or re.search(AT_MY_PARENTS, t):
        return "child_home"
    if MINOR_CHILD.search(t):
        return "child_home"  # "mijn zoon van 17 heeft ...": a minor lives at home (art. 1)
    if SURVIVORS.search(t):
        return "surviving_relative"  # art. 1: "Overlijdt een verzekerde door een ongeval? ... nabestaanden"
    if re.search(r"^(mijn|m'?n) (man|vrouw|partner|echtgeno\w*|vriend|vriendin)\b", t):
        return "partner"  # "mijn man heeft ruzie met ...": the co-insured partner has the conflict
    if re.search(PARTNER_AT_HOME, t) and re.search(r"\b(is|valt|heeft|krijgt) (zij|hij|ze)\b", t):
        return "partner"  # "mijn vriendin woont bij mij in. Is zij ook verzekerd als ze ...": art. 1
    # Opponents and other parties ("met mijn buurman", "van mijn man", "door een taxi") are not
    # the person with the conflict.
    subject = re.sub(
        r"\b(met|tegen|van|door|aan|bij|over|voor) (de |het |een |mijn |m'?n |onze |haar |zijn |hun )?[\w-]+", " ", t
    )
    if re.match(r"(\W*(goede(n)?(morgen|middag|avond|dag)|hallo|hoi|dag)\W+)?(ik|wij|we)\b", t) and not re.search(
        r"\b(mijn|m'?n|onze|ons) " + CHILD, t
    ):
        # "Ik word door mijn werkgever beschuldigd ... en ze hebben aangifte gedaan": the customer
        # speaks of themself; "ze" is the other party.
        subject = re.sub(r"\b(hij|zij|ze)\b", " ", subject)
    if PERSON.search(subject):
        key, _ = parse_involved(subject)
        return key if key in ("au_pair", "child_home", "child_studying", "child_care_home") else None
    if re.search(r"\b(ik|mij|me|mijn|mn|m'n|ikzelf)\b", t):
        return "policyholder"
    return None


# The question's frame ("kan ARAG helpen?", "dekt mijn rechtsbijstandverzekering ...") is not the
# conflict, unless the conflict is with ARAG or an insurer itself.
WITH_INSURER = re.compile(
    r"\b(met|tegen) (de |mijn |jullie )?(arag|verzekeraar|verzekering|rechtsbijstand\w*)\b|"
    r"\b(arag|verzekeraar) (weigert|wil niet|betaalt niet|keurt)|\bmijn premie\b|"
    # the customer's own insurer refuses a claim: a consumer contract (C&W 2b; Verkeer 3e for a vehicle)
    r"\b(verzekering|verzekeraar)\b.{0,20}\b(keert|betaalt|vergoedt|wil|weigert)\b.{0,20}\b(niet|niks|niets|uit)\b"
)
FRAME = re.compile(r"\b(arag|flexpolis|polis|rechtsbijstand\w*|(?<!-)verzekering|jullie)\b")
# Verb forms the conflict patterns do not know yet (reported for flexbot/flexpolis/conflicts.py).
VERB_FORMS = (
    (re.compile(r"\bscheiden\b"), "scheiding"),
    (re.compile(r"\bontslaan\b"), "ontslag"),
    (re.compile(r"\bgeleend\b(?= aan)"), "uitgeleend"),
)


# "Het gaat niet over een scheiding": a denied subject is not the conflict.
DENIED = re.compile(
    r"\b(gaat|ging|is|heeft)( het)? (helemaal )?(niet|geen) (over|om|te maken met) (een |de |het |mijn )?[\w-]+"
)


def conflict_text(text: str) -> str:
    t = DENIED.sub(" ", fold(text))
    t = MODULE_NAME.sub(" ", MODULES_ON_POLICY.sub(" ", t))  # "ik heb Verkeer": the policy, not the story
    if not WITH_INSURER.search(t):
        t = FRAME.sub(" ", t)
    for pattern, replacement in VERB_FORMS:
        t = pattern.sub(replacement, t)
    return t


OUTCOMES: tuple[tuple[str, str], ...] = (
    ("ontslag_van_rechtsvervolging", r"\bontslag van (alle )?rechtsvervolging\b"),
    ("vrijspraak", r"\b(vrijspraak|vrijgesproken|vrij gesproken|onschuldig)\b"),
    (
        "niet_verder_vervolgd",
        r"\b(sepot|geseponeerd|seponeert|seponering|niet (verder )?vervolgd|"
        r"zaak (is )?(gestopt|geseponeerd)|niet vervolgen)\b",
    ),
    (
        "veroordeeld",
        r"\b(veroordeeld|schuldig|taakstraf|celstraf|gevangenisstraf|boete gekregen|"
        r"strafbeschikking)\b",
    ),
)


def parse_outcome(text: str) -> str | None:
    t = fold(text)
    for key, pattern in OUTCOMES:
        if re.search(pattern, t):
            return key
    return None


# Words before "uit <land>" that make it someone's origin, not where the conflict is.
ORIGIN_BEFORE = frozenset(
    "pair aupair au-pair kom komt komen kwam kwamen afkomstig buurman buurvrouw buren vriend vriendin man vrouw "
    "partner collega schoonmoeder schoonvader familie meisje jongen student studente nicht neef".split()
)


FOREIGN_LAW = re.compile(
    r"\b(onder|naar|volgens) (het )?(?P<adj>\w+) recht\b|\b(werk|werkte|werken|in dienst) (\w+ ){0,2}(voor|bij) een "
    r"(?P<adj2>\w+) (bedrijf|werkgever|firma|maatschappij)\b"
)


def country_in_description(text: str) -> str | None:
    """A country only when it is plainly where things happen ('in Frankrijk', 'op Kreta'), so
    that 'mijn Turkse buurman' does not move a conflict abroad."""
    # "Ik woon in Nederland maar werk in Zwitserland": the residence is not where the conflict is,
    # unless no other country is named ("ik woon in Spanje en mijn verhuurder daar ...").
    residence = re.compile(r"\b(woon|wonen|woont)( zelf| nu| sinds kort)? (in|op)\b", re.IGNORECASE)
    if residence.search(text or ""):
        elsewhere = country_in_description(residence.sub(" bij ", text or ""))
        if elsewhere:
            return elsewhere
    # "een contract onder Noors recht", "ik werk voor een Noors bedrijf": where the contract is (art. 8)
    law = FOREIGN_LAW.search(fold(text or ""))
    code = countries.country_code(law.group("adj") or law.group("adj2")) if law else None
    if code not in (None, "NL"):
        return code
    words = re.findall(r"[\w'-]+", text or "")
    for i, word in enumerate(words):
        # "een rondreis door Canada", "een appartement aan de Costa Blanca"
        if word.lower() not in ("in", "op", "naar", "uit", "door", "aan"):
            continue
        if word.lower() == "uit" and i and words[i - 1].lower() in ORIGIN_BEFORE:
            continue  # "onze au pair uit de Filipijnen", "ik kom uit Polen": where someone is from
        rest = words[i + 1 : i + 5]
        if rest and rest[0].lower() in ("het", "de"):
            rest = rest[1:]
        if not rest:
            continue
        one = countries.country_code(rest[0]) if len(rest[0]) > 2 else None
        for size in (3, 2):  # 'Costa del Sol'; 'Verenigde Staten', 'Gran Canaria'
            name = countries.country_code(" ".join(rest[:size])) if len(rest) >= size else None
            if name and one in (None, name) and countries.country_code(" ".join(rest[1:size])) != name:
                return name
        if one:
            return one
    return None


def amount_in_text(text: str) -> Decimal | None:
    """An amount only when it is marked as euros: '300 euro', '€ 1.500', 'EUR 1.500,-'."""
    if not EURO_MARK.search((text or "").lower()):
        return None
    parsed = money.parse_money(text)
    if not parsed.ok and EXTRA_COSTS.search(fold(text)):
        # Art. 11g: interest and collection costs do not count. "Een rekening van 150 euro; met
        # incassokosten en rente willen ze nu 290 euro": the sentences naming them are left out.
        kept = [s for s in re.split(r"(?<=[.!?;])\s+", text) if not EXTRA_COSTS.search(fold(s))]
        rest = " ".join(kept)
        parsed = money.parse_money(rest) if EURO_MARK.search(rest.lower()) else parsed
    if policy_amount_asked().search(fold(text)):
        # "reparatie 85 euro. Geldt die 175 euro grens?", "jullie betalen buiten Europa maar 10.000 euro":
        # the policy's own amounts asked about are no amount of the conflict (art. 6, 11g)
        rest = policy_amount_asked().sub(" ", fold(text))
        parsed = money.parse_money(rest) if EURO_MARK.search(rest) else money.parse_money("")
    if not parsed.ok:  # "nog 3 maanden 27,50": the count and the price read as two amounts
        pieces = [m for m in PER_PIECE.finditer(fold(text)) if m.group("n").isdigit() or m.group("n") in _COUNTS]
        if len(pieces) == 1:
            parsed = money.parse_money(f"{pieces[0].group('price')} euro")
    return recurring(text, per_piece(text, parsed.amount)) if parsed.ok else None


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
        rf"[^.?!]{{0,10}}\?)|\b(minstens|minimaal|minimum( van)?|meer dan|boven( de)?) (€ ?)?{low}\b( ?(euro|eur)\b)?|"
        rf"\b(maar|maximaal|maximum( van)?|tot( een maximum van)?|hooguit|slechts) (€ ?)?({highs})\b(,-)?( ?(euro|eur)\b)?|"
        rf"(€ ?)?\b({highs})\b( ?(euro|eur)\b)?(?=[^.?!]{{0,30}}\b(maximum|maximaal|vergoed\w*|betalen|betaalt|dekken)\b)"
    )


# "2 kaarten van 145 euro": the conflict is about the pieces together (art. 11g counts the amount
# of the conflict), so a price per piece is multiplied by the number told before it.
_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10}
PER_PIECE = re.compile(
    r"\b(?P<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) ?(?:(?:x|keer) "
    r"|(?:kaarten|kaartjes|tickets|toegangsbewijzen|stoelen|stuks|personen|exemplaren|nachten|passen) "
    r"(?:van|a|à|ad|voor|x) "
    # "ze schrijven nog 3 maanden 27,50 af": the months still to pay (art. 11g counts the amount of the conflict)
    r"|(?:maanden|termijnen|weken) (?:(?:van|a|à|ad|x) )?)(?:€|eur|euro)? ?(?P<price>\d+(?:[.,]\d{1,2})?)\b"
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


EXTRA_COSTS = re.compile(r"\b(rente|incassokosten|invorderingskosten|aanmaningskosten|wettelijke rente|kosten erbij)\b")


# "100 euro per maand": a recurring amount is counted for a year (decision in docs/policy.md),
# so a rent increase of EUR 100 a month is not held to the EUR 175 minimum as if it were EUR 100.
RECURRING = (
    (re.compile(r"\b(per|elke|iedere|in de) maand\b|\bmaandelijks\b|\bp/?m\b"), 12),
    (re.compile(r"\b(per|elke|iedere) week\b|\bwekelijks\b"), 52),
)


MONTHS_TOLD = re.compile(
    r"\b(nu|al|sinds|inmiddels|ondertussen) (?P<n>\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien) maanden\b"
)


def recurring(text: str, amount: Decimal | None) -> Decimal | None:
    if amount is None:
        return None
    t = fold(text)
    told = MONTHS_TOLD.search(t)
    if told and RECURRING[0][0].search(t):  # "25 euro per maand ... nu 4 maanden": the months so far
        n = told.group("n")
        return amount * (int(n) if n.isdigit() else _COUNTS[n])
    for pattern, factor in RECURRING:
        if pattern.search(t):
            return amount * factor
    return amount


MODULE = r"(consument (en|&) wonen|verkeer|inkomen|module \w+)"
DIED = re.compile(r"\b(overleden|overleed|gestorven|stierf|overlijden)\b")
# "sinds februari 2024": a month before the year is allowed (art. 9 from years)
_MONTH = r"((\d{1,2} )?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?"
POLICY_SINCE = re.compile(
    r"\b(verzekering|polis|rechtsbijstand\w*|flexpolis|verzekerd)\b.{0,35}\b(sinds|vanaf|per|in|van) "
    + _MONTH
    + r"(?P<year>(19|20)\d\d)\b|"
    r"\b(sinds|vanaf) " + _MONTH + r"(?P<year2>(19|20)\d\d)\b.{0,25}\b(verzekerd|verzekering|polis|" + MODULE + r")\b|"
    r"\b" + MODULE + r"\b (al )?(sinds|vanaf) " + _MONTH + r"(?P<year3>(19|20)\d\d)\b|"  # "ik heb Verkeer sinds 2021"
    # "Inkomen heb ik pas in 2023 erbij genomen", "in 2023 heb ik Verkeer afgesloten" (round 17)
    r"\b" + MODULE + r"\b[^.?!,]{0,20}\b(pas )?(in|per) " + _MONTH + r"(?P<year4>(19|20)\d\d)\b[^.?!,]{0,15}"
    r"\b(erbij|bij)? ?(genomen|afgesloten|gekomen|toegevoegd)\b|"
    r"\b(in|per) " + _MONTH + r"(?P<year5>(19|20)\d\d)\b[^.?!,]{0,25}\b" + MODULE + r"\b[^.?!,]{0,15}"
    r"\b(erbij|bij)? ?(genomen|afgesloten|gekomen|toegevoegd)\b|"
    # "wel pas in 2022 erbij genomen": a module added then
    r"\b(in|per|sinds) "
    + _MONTH
    + r"(?P<year6>(19|20)\d\d)\b[^.?!,]{0,15}\b(erbij|bij) ?(genomen|afgesloten|gekomen)\b"
)


def since_year(since: re.Match[str]) -> int:
    """The year a POLICY_SINCE match names."""
    return int(next(since.group(g) for g in ("year", "year2", "year3", "year4", "year5", "year6") if since.group(g)))


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "in 2023 overleden", "overleed in 2023": the year of a death told
DEATH_YEAR = re.compile(
    rf"\b(?P<y>(19|20)\d\d)\b[^.?!,]{{0,25}}{DIED.pattern}|{DIED.pattern}[^.?!,]{{0,25}}\b(?P<y2>(19|20)\d\d)\b"
)


def _years_before_start(t: str) -> bool | None:
    """Art. 9 from years in the story: 'de aannemer deed het werk in 2019, verzekerd sinds 2021'."""
    since = POLICY_SINCE.search(t)
    if not since:
        return None
    start = since_year(since)
    rest = t[: since.start()] + " " + t[since.end() :]
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
    r"\b(polis|verzekering|flexpolis|rechtsbijstand\w*|verzekerd|consument (en|&) wonen|modules?)\b"
)


def _days_ago(clause: str) -> int | None:
    match = _AGO.search(clause)
    if not match:
        return None
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
    for clause in _CLAUSE_SPLIT.split(t):
        if not clause:
            continue
        days = _days_ago(clause)
        if days is not None:
            (policy if _POLICY_WORD.search(clause) else events).append(days)
        elif not _POLICY_WORD.search(clause):
            events.extend(_month_days_ago(clause, t))  # "vorige week afgesloten ... in januari verbouwd"
    return bool(policy) and any(days > max(policy) for days in events)


def _month_days_ago(clause: str, t: str) -> list[int]:
    """Days since a past month named without a year ("de aannemer heeft in januari verbouwd"), counted from
    today; this month, months to come and states ("werk sinds maart") count nothing."""
    if _YEARISH.search(t) or _TO_COME.search(clause) or _STATE_SINCE.search(clause):
        return []
    today = date.today()
    found = []
    for match in _MONTH_IN.finditer(clause):
        month = MONTHS.index(match.group("month")) + 1
        if month != today.month:
            found.append(((today.month - month) % 12) * 30 + today.day - 28)  # the month's end at the latest
    return found


RECENT = r"(gisteren|vandaag|net|pas|zojuist|kort|vorige (week|maand)|deze (week|maand)|\d+ (dagen|weken) geleden)"
RECENT_POLICY = re.compile(
    r"\b(polis|verzekering|rechtsbijstand\w*)\b.{0,30}\b" + RECENT + r"\b.{0,15}\bafgesloten\b|"
    r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b.{0,20}\b(pas|nog maar|net)\b.{0,6}\b(\d+|een|twee|drie|vier|"
    r"enkele|paar) (dagen|weken|maanden)\b|"
    # "ik heb vorige week deze verzekering afgesloten": the time before the policy
    r"\b" + RECENT + r"\b.{0,12}\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b.{0,10}\bafgesloten\b"
)
RECENT_POLICY_SINCE = re.compile(
    r"\b(sinds|vanaf) " + RECENT + r"\b.{0,25}\b(polis|flexpolis|verzekering|rechtsbijstand\w*|verzekerd)\b|"
    r"\b(polis|flexpolis|verzekering|rechtsbijstand\w*|verzekerd)\b.{0,15}\b(sinds|vanaf) " + RECENT + r"\b"
)


# A module still to be added ("als ik nu de module Inkomen erbij neem"): not on the policy; art. 9 applies to it.
FUTURE_MODULE = r"(module \w+( (en|&) wonen)?|consument (en|&) wonen|verkeer|inkomen|extra (module|onderdeel))"
MODULE_TO_ADD = re.compile(
    r"\b(als|wanneer|indien) (ik|we|wij) (nu |nog |straks |alsnog )*(de |een |die )?" + FUTURE_MODULE + r"\b.{0,20}"
    r"\b(afsluit|afsluiten|neem|nemen|bijneem|bijnemen|toevoeg|toevoegen)\b"
)


# Art. 9 from month names without a year: "sinds januari ruzie ..., in april de verzekering afgesloten".
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
_MONTH_IN = re.compile(r"\b(sinds|vanaf|in|per|eind|begin|half|medio|(\d{1,2})) (?P<month>" + "|".join(MONTHS) + r")\b")
_YEARISH = re.compile(r"\b((19|20)\d\d|vorig jaar|dit jaar|jaar geleden|vorige jaar)\b")
# "de huur gaat per 1 juli omhoog": a month still to come is no first event
_TO_COME = re.compile(r"\b(gaat|gaan|zal|zullen|wordt|worden|komende?|volgende?|straks|per|vanaf)\b")
_POLICY_END = re.compile(r"\b(opgezegd|opzeggen|gestopt|beeindigd|afgelopen|stopgezet|loopt af|liep af|stopt|stopte)\b")
# "ik werk sinds januari bij ...", "het contract loopt sinds maart": a state begun, not an event leading to a conflict
_STATE_SINCE = re.compile(
    r"\b(werk|werkt|werken|woon|woont|wonen|huur|huurt|huren|loopt|lopen|in dienst|lid|klant|getrouwd|samen|abonnement)\b"
)


def _months_before_start(t: str) -> bool:
    """An event month earlier in the year than the policy's month, both told without a year (read as the
    same year, docs/policy.md round 10): the first event came before the policy (art. 9)."""
    if _YEARISH.search(t):
        return False
    policy: list[int] = []
    events: list[int] = []
    told_before: list[int] = []  # event months told before the policy's month
    for clause in _CLAUSE_SPLIT.split(t):
        if not clause:
            continue
        found = [MONTHS.index(m.group("month")) for m in _MONTH_IN.finditer(clause)]
        if found and _POLICY_WORD.search(clause):
            if not _POLICY_END.search(clause):  # "per 1 oktober opgezegd" is the end, not the start
                policy.extend(found)
        elif found and not _TO_COME.search(clause) and not _STATE_SINCE.search(clause):
            events.extend(found)
            told_before.extend(found if not policy else [])
    if not policy or len(set(policy)) != 1:
        return False
    # Told in order: "sinds november gedoe met de huurbaas ... in januari heb ik de verzekering afgesloten":
    # a later month told first is last year's (round 19).
    return any(month < policy[0] for month in events) or any(month > policy[0] for month in told_before)


# Art. 11c from months without a year: "polis per 1 oktober opgezegd ... nu is het half november".
_MONTH = r"(" + "|".join(MONTHS) + r")"
_DAY_WORD = r"(\d{1,2}|begin|half|medio|eind|halverwege)"
_ENDED_AT = re.compile(
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet|liep af|stopte)\b[^.?!]{0,25}\b(per|op|in|sinds|vanaf) "
    r"((?P<eday>" + _DAY_WORD[1:-1] + r") )?(?P<emonth>" + _MONTH[1:-1] + r")\b|"
    r"\b(per|op|in|sinds) ((?P<fday>" + _DAY_WORD[1:-1] + r") )?(?P<fmonth>" + _MONTH[1:-1] + r")\b[^.?!]{0,25}"
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b|"
    # "mijn polis heb ik eind mei opgezegd" (round 21)
    r"\b(?P<gday>" + _DAY_WORD[1:-1] + r") (?P<gmonth>" + _MONTH[1:-1] + r")\b[^.?!]{0,10}"
    r"\b(opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b"
)
_NOW_AT = re.compile(
    r"\bnu\b,? (is het |in |zijn we in |hebben we )?((?P<nday>"
    + _DAY_WORD[1:-1]
    + r") )?(?P<nmonth>"
    + _MONTH[1:-1]
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
    r"(?P<m>" + _N + r") maanden) geleden (\w+ )?(?P<how>opgezegd|gestopt|beeindigd|afgelopen|stopgezet)\b"
)


def _ended_long_ago(t: str) -> bool:
    match = ENDED_AGO.search(t)
    if not match:
        return False
    months = match.group("m")
    if months is None:
        return True  # years ago
    least = 3 if match.group("how") == "opgezegd" else 2
    return not months.isdigit() or int(months) >= least if months not in ("een paar", "enkele") else True


def reported_after_end(text: str) -> bool:
    """The policy ended in one month and 'nu' is more than a month later (art. 11c: later than a month after the
    end, no help at all); months without a year are the same year, or the next when 'nu' comes earlier. Or the
    policy ended months or years ago ("3 maanden geleden opgezegd")."""
    t = fold(text)
    if _ended_long_ago(t):
        return True
    ended, now = _ENDED_AT.search(t), _NOW_AT.search(t)
    if _YEARISH.search(t) or not ended or not now:
        return False
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
    policy_this_year = any(
        _POLICY_WORD.search(c) and _MONTH_IN.search(c) and not re.search(r"\b(vorig|vorige) jaar\b|\b(19|20)\d\d\b", c)
        for c in clauses
    )
    return policy_this_year and any(
        not _POLICY_WORD.search(c) and re.search(r"\b(vorig|vorige) jaar\b", c) for c in clauses
    )


def first_event_in_text(text: str) -> bool | None:
    t = fold(text)
    if _years_before_start(t) is False or _last_year_before_this_years_policy(t):
        return False
    if _event_older_than_policy(t) or _months_before_start(t):
        return False
    # Art. 9: "polis gisteren afgesloten, maar het conflict speelt al sinds maart"; "ik heb sinds
    # vorige maand deze verzekering, maar het gedoe speelt al sinds vorig jaar".
    if (RECENT_POLICY.search(t) or RECENT_POLICY_SINCE.search(t)) and re.search(
        r"\b(al sinds|speelt al|loopt al|al (een tijd|maanden|weken|jaren|lang|vorig jaar|een jaar|een half ?jaar|"
        r"anderhalf jaar)|al (\d+|twee|drie|vier|vijf|een paar|paar) (jaar|jaren|maanden|weken)|"
        r"sinds vorig jaar|al voor(dat)?|al eerder)\b",
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
        r"\bal voor (het afsluiten|de verzekering)\b",
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


FLIGHT = re.compile(r"\b(\w*vlucht\w*|vliegticket\w*|luchtvaartmaatschappij|airline|vliegmaatschappij)\b")
DESTINATION = re.compile(r"\b(naar|richting)\s+(het |de )?[\w'-]+(\s+[\w'-]+)?", re.IGNORECASE)
UNPAID = re.compile(
    r"\b(onbetaald\w*|vrijwillig\w*|vrijwilliger\w*|onbezoldigd\w*|zonder (vergoeding|betaling)|voor niks|gratis)\b"
)
PAID = re.compile(
    r"(?<!on)\b(betaald|bezoldigd\w*|betaalde (functie|bestuurder)|tegen (betaling|vergoeding)|met (een )?vergoeding)\b"
)
# A trip booked with a Dutch organiser: the contract is Dutch, whatever the destination.
DUTCH_ORGANISER = re.compile(
    r"\b(nederlandse|nederlands|hollandse) (reisorganisatie|touroperator|reisbureau|reisaanbieder)\b|"
    r"\b(reisorganisatie|touroperator|reisbureau|reisaanbieder)\b[^.?!]{0,10}\(?(een )?(nederlands|nederlandse|hollands) "
    r"(bedrijf|bureau)\b|"
    r"\b(geboekt|gekocht) (in|bij een bedrijf in) nederland\b|"
    # Tour operators that sell from the Netherlands (their Dutch companies).
    r"\b(geboekt |via |bij )(tui|corendon|sunweb|d-reizen|prijsvrij|vakantiediscounter|anwb|sawadee|djoser)\b"
)


# Policy options named in the story: "eigen woning staat op de polis", "burenrecht niet uitgesloten".
OPTION_WORDS = {
    "eigen_woning": r"(optie )?eigen ?woning",
    # "buren zijn niet uitgesloten": the word alone, with "uitgesloten" near (below)
    "uitsluiting_burenrecht": r"(burenrecht|burenruzies?|burenconflict\w*|(conflicten met )?(de )?buren)",
    "uitsluiting_motorrijtuigen": r"motorrijtuigen",
    "uitsluiting_arbeidsrecht": r"arbeidsrecht",
}
# "volgens mij stond er iets over buren uitgesloten": unsure what the policy says, so no option told.
VAGUE = re.compile(r"\b(volgens mij|denk ik|ik denk|geloof ik|ik geloof)\b.{0,40}\biets (over|met)\b")
OPTION_CONTEXT = r"(polis|optie|meeverzekerd|verzekerd|uitgesloten|uitsluiten|uitsluiting|gekozen|afgesloten|eruit)"


ALONE_NOT = re.compile(
    r"\b(geen|niet) '?alleenstaand'? (op|in) (de|mijn|onze|m'?n) polis\b|\balleenstaand'? (staat|stond) (er )?niet\b|"
    r"\b(staat|stond) (er )?(geen|niet) '?alleenstaand'?"
)
ALONE_YES = re.compile(r"\b(staat|stond) (er )?'?alleenstaand'? (op|in) (de|mijn|onze|m'?n) polis\b")


def alleenstaand_in_text(text: str) -> bool | None:
    """Art. 1: 'alleenstaand' on the policy, when the story says so in words; None: not said."""
    t = fold(text)
    if ALONE_NOT.search(t):
        return False
    return True if ALONE_YES.search(t) else None


def options_in_text(text: str) -> dict[str, bool]:
    """Options the customer states, never guessed: 'ik weet niet of ik eigen woning heb' is nothing."""
    t = fold(text)
    found: dict[str, bool] = {}
    for option, word in OPTION_WORDS.items():
        near = re.search(rf"[^.?!]{{0,50}}\b{word}\b[^.?!]{{0,40}}", t)
        if not near or not re.search(rf"\b{OPTION_CONTEXT}\b|\b(heb|hebben|heeft)\b", near.group(0)):
            continue
        clause = near.group(0)
        if re.search(
            r"\b(weet (ik )?niet|geen idee|niet zeker|misschien|of ik|of we|of wij)\b", clause
        ) or VAGUE.search(clause):
            continue
        negated = bool(re.search(r"\b(geen|niet|nooit)\b", clause))
        if option == "eigen_woning":
            found[f"{option}"] = not negated
        elif re.search(r"\b(uitgesloten|uitsluiten|uitsluiting)\b", clause):
            found[option] = not negated
        elif re.search(r"\beruit (te )?(laten|gelaten|gehaald|halen)\b|\bweggelaten\b", clause):
            found[option] = True  # "gekozen om burenruzies eruit te laten" (C&W 3, Burenrecht)
    return found


# ---------------------------------------------------------------------- what a message tells
def _who_has_it(text: str) -> dict[str, Any]:
    """Who has the conflict ('involved'), or the relative outside art. 1 the story is about."""
    involved = story_facts.vehicle_user(text) or involved_in_description(text)
    if involved is not None:
        return {"involved": involved}
    relative = relative_in_description(text)
    if relative and _relative_died(text, relative):
        return {}  # "mijn moeder is overleden ...": the deceased, not the one in conflict
    if relative and re.search(USES_MY_POLICY, fold(text)):
        return {"involved": "other", "relative": relative}  # art. 1: "kan zij gebruikmaken van mijn verzekering?"
    return {"relative": relative}


# Dictated punctuation ("... komma mijn moeder ... punt kan zij ... vraagteken") as the marks themselves.
DICTATED = {"komma": ",", "punt": ".", "vraagteken": "?", "uitroepteken": "!", "dubbele punt": ":"}
DICTATED_WORD = re.compile(r"\s*\b(" + "|".join(sorted(DICTATED, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def undictated(text: str) -> str:
    """The text with dictated punctuation words as marks, when two or more of them are dictated."""
    if len({m.group(1).lower() for m in DICTATED_WORD.finditer(text)}) < 2:
        return text
    return DICTATED_WORD.sub(lambda m: DICTATED[m.group(1).lower()], text)


def facts_in_description(text: str) -> dict[str, Any]:
    """Everything a free description of the conflict tells, for prefilling the form."""
    found: dict[str, Any] = {}
    text = undictated(text)
    guess = conflicts.normalise_conflict(conflict_text(text))
    if guess.kind:
        found["conflict"] = guess.kind
    if guess.opponent:
        found["opponent"] = guess.opponent
    found.update(_who_has_it(text))
    against = household_opponent(text)
    if against and guess.kind:
        found["opponent"], found["involved"] = against, "policyholder"
    found["country"] = country_in_description(text)
    if found["country"] and FLIGHT.search(fold(text)):
        # A flight's destination is not where the contract is ("mijn vlucht naar Bali is geannuleerd").
        found["country"] = country_in_description(DESTINATION.sub(" ", text))
    if DUTCH_ORGANISER.search(fold(text)):
        found["country"] = "NL"  # art. 8: Dutch law and a Dutch court apply (docs/policy.md)
    if (
        guess.traffic
        and conflict_cues.NO_OWN_MOTOR.search(fold(text))
        and not re.search(r"\b(mijn|onze|m'?n) (auto|motor|scooter|brommer|camper)\b", fold(text))
    ):
        found["facts.met_eigen_motorrijtuig"] = False
    # Verkeer 4d: a used motor vehicle bought from a private seller has no dealer's guarantee.
    # Bought "zonder garantie" (from a dealer too): no BOVAG or written dealer's guarantee either.
    # A motor vehicle bought "zonder garantie" from a private person or relative is second-hand too.
    # A vehicle contract ("een golfje uit 2011", "een polo") read from the story counts as the vehicle bought.
    if (
        guess.kind == "contract_motorrijtuig"
        or re.search(
            r"\b(tweedehands|occasion|gebruikte (auto|motor|scooter))\b|\b(auto|motor|scooter|brommer|camper)\w* "
            r"(\w+ ){0,2}gekocht\b|\b(gekocht|kocht|kochten)\b.{0,30}\b(auto|motor|scooter|brommer|camper)\b|"
            + conflict_cues.CAR_BY_NAME,
            fold(text),
        )
    ) and re.search(
        r"\b(van een particulier|particuliere verkoper|via marktplaats|op marktplaats)\b|"
        r"\b(zonder|geen) (\w+ )?(bovag-?)?garantie\b|\bgarantie (had|kreeg|heb|was) (ik |er )?(\w+ )?(niet|geen)\b",
        fold(text),
    ):
        found["facts.tweedehands_zonder_garantie"] = True
    found.update(options_in_text(text))
    alone = alleenstaand_in_text(text)
    if alone is not None:
        found["alleenstaand"] = alone  # "er staat geen 'alleenstaand' op de polis" (art. 1)
    found.update(story_facts.circumstances_in_story(text))  # art. 9, 10, 11a said by the way
    if reported_after_end(text):
        found["facts.gemeld_na_einde"] = True  # art. 11c: "per 1 oktober opgezegd ... nu is het half november"
    if guess.kind == "bestuurder_vereniging":  # C&W 2h: only an unpaid board member
        if UNPAID.search(fold(text)):
            found["facts.onbetaalde_bestuursfunctie"] = True
        elif PAID.search(fold(text)):
            found["facts.onbetaalde_bestuursfunctie"] = False
    found["amount"] = amount_in_text(text)
    role = (
        parse_role(text)
        if re.search(
            r"\b(prive|zakelijk|(mijn|een) (eigen )?bedrijf|eigen (onderneming|praktijk)|zzp|als zelfstandige|"
            r"(mijn|m'?n|ons|onze) (eigen )?(bv|b\.v|onderneming|bedrijfje)|"
            r"eenmanszaak|vof|bedrijfspand|winkelpand|kantoorpand|freelance|ondernemer|mijn klant(en)?|"
            r"directeur[- ]?grootaandeelhouder|dga)\b|"
            # "ik heb een melkveebedrijf": a business of one's own named by its kind
            r"\b(ik heb|wij hebben|we hebben|ik run) (een|mijn eigen|een eigen) \w*(bedrijf|boerderij|winkel|praktijk|salon|"
            r"webshop|onderneming)\b",
            fold(text),
        )
        else None
    )
    kind = knowledge().conflict_kinds.get(guess.kind or "", {})
    found["role"] = None if kind.get("implies_private") else role
    found["first_event_after_start"] = first_event_in_text(text)
    if guess.kind == "erfenis":
        found.update(inheritance_timing(text, found["first_event_after_start"]))
    # "ik weet niet of ik de module Inkomen heb" names a module without saying it is on the policy.
    if (
        (re.search(r"\bmodules?\b", fold(text)) or MODULES_ON_POLICY.search(fold(text)))
        and not MODULE_TO_ADD.search(fold(text))
        and not re.search(
            r"\b(niet of|weet (ik )?niet|geen idee|onzeker|misschien|of ik)\b.{0,40}\bmodules?\b|\bgeen module\b",
            fold(text),
        )
    ):
        found["modules"] = parse_modules(text)
    return {k: v for k, v in found.items() if v is not None}


def facts_in_answer(text: str) -> dict[str, Any]:
    """What any answer may tell besides the question asked: an amount in euros, a country."""
    found = {"amount": amount_in_text(text), "country": country_in_description(text)}
    return {k: v for k, v in found.items() if v is not None}


# "wel Inkomen op de polis", "ik heb alleen Verkeer en Consument & Wonen": modules named without the word
MODULE_TIME = r"(sinds|vanaf) [\w-]+( (jaar|jaren|maanden|weken))?|al (jaren|lang|een paar jaar|[\w-]+ jaar)"
MODULES_ON_POLICY = re.compile(
    r"\b(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b.{0,30}\b(op (mijn|de|onze) polis|verzekerd|afgesloten)\b|"
    r"\b(heb|hebben|had|hadden) (ik |wij |we )?(alleen |enkel |wel |ook )?(de )?(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b"
    r"(?! ?(ongeluk|ongeval|boete|regels|conflict|nodig|uit |gehad|verloren|meer))|"
    # "ik heb sinds 2019 de Flexpolis met Consument & Wonen"
    r"\b(flexpolis|\w*polis|rechtsbijstand\w*|verzekering) (bij (arag|jullie) )?met (de module |module )?"
    r"(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b|"
    # "ik heb sinds 2020 Consument & Wonen", "ik heb nog steeds consument en wonen", "Ik heb Verkeer sinds 2021"
    r"\b(heb|hebben) (ik |wij |we )?(" + MODULE_TIME + r"|nog steeds|nog|gewoon|zelf|namelijk) (de )?"
    r"(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b(?! ?(ongeluk|ongeval|boete|regels|conflict|nodig|uit |gehad|verloren|meer))|"
    # "ben ik dan verzekerd met Consument & Wonen?": read as for "verzekerd met de module Verkeer"
    r"\b(ben|zijn) (ik|we|wij) (dan |daar |daarvoor |hiervoor |ook |wel )*verzekerd met (de )?(module )?"
    r"(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b|"
    # "Consument en Wonen hebben we al lang"; English mixed in: "I have Consument & Wonen since 2022"
    r"\b(consument (en|&) wonen|c ?& ?w|verkeer|inkomen) (heb|hebben) (ik|we|wij)\b|"
    # "op mijn polis bij Inkomen staat 'arbeidsrecht uitgesloten'"
    r"\b(op|in) (mijn|de|onze) polis (bij|onder|voor) (de )?(module )?(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)\b|"
    r"\b(i|we) (have|had|got|have got) (the )?(module )?(consument (en|&) wonen|verkeer|inkomen)\b"
)
# A module named as such is what the policy holds, never the conflict ("consument" is no purchase).
MODULE_NAME = re.compile(r"\b(de )?(module )?consument ?(en|&) ?wonen\b|\bmodules? (verkeer|inkomen)\b")
NOT_MONEY = re.compile(r"\b(geen (geld)?bedrag|(gaat )?niet om (een )?geld(bedrag)?|geen geld|geen bedrag)\b")


@dataclass(frozen=True)
class Answer:
    changes: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None  # Dutch: why the answer cannot be used (re-ask)
    unknown: bool = False  # the customer does not know


def _answer_conflict(text: str, t: str) -> Answer:
    guess = conflicts.normalise_conflict(conflict_text(text))
    if not guess.kind:
        return Answer(reason="Ik begrijp nog niet goed wat voor conflict het is.")
    return Answer({"conflict": guess.kind, "opponent": guess.opponent})


def _answer_modules(text: str, t: str) -> Answer:
    modules = parse_modules(text)
    if not modules:
        return Answer(reason="Ik herken daarin geen module.")
    return Answer({"modules": modules})


# Art. 5 (round 22): "mijn broer heeft ook een eigen Flexpolis bij ARAG" tells that someone else is insured with
# ARAG (a possible belangenconflict), not who has the conflict: that sentence is no answer to the question.
OWN_POLICY_AT_ARAG = re.compile(
    r"[^.?!]*\b(heeft|hebben|is|zijn)\b[^.?!]{0,30}\b(flexpolis|polis|verzekering|rechtsbijstand\w*|verzekerd)\b"
    r"[^.?!]{0,20}\bbij (arag|jullie)\b[^.?!]*[.?!]?"
)


def _answer_involved(text: str, t: str) -> Answer:
    if OWN_POLICY_AT_ARAG.search(t) and not re.search(r"^\W*(ik|ikzelf|mijzelf|zelf)\b", t):
        text = OWN_POLICY_AT_ARAG.sub(" ", t)
    key, reason = parse_involved(text)
    if key is None:
        return Answer(reason=reason or "Ik begreep niet wie het conflict heeft.")
    return Answer({"involved": key})


def _answer_role(text: str, t: str) -> Answer:
    role = parse_role(text)
    if role is None:
        return Answer(reason="Ik begreep niet of het privé of zakelijk is.")
    return Answer({"role": role})


def _answer_country(text: str, t: str) -> Answer:
    code = countries.country_code(text)
    if code is None:
        return Answer(reason="Dat land ken ik niet.")
    return Answer({"country": code})


def _answer_amount(text: str, t: str) -> Answer:
    if NOT_MONEY.search(t):
        return Answer({"facts.gaat_om_geld": False})
    parsed = money.parse_money(text)
    if not parsed.ok:
        return Answer(
            reason=(parsed.reason or "").replace(money.REASK, "").strip() or "Dat bedrag kan ik niet gebruiken."
        )
    return Answer({"amount": recurring(text, parsed.amount)})


def _answer_criminal_outcome(text: str, t: str) -> Answer:
    outcome = parse_outcome(text)
    if outcome is None:
        return Answer(reason="Ik begreep niet hoe de strafzaak is afgelopen.")
    return Answer({"criminal_outcome": outcome})


def _answer_first_event(text: str, t: str) -> Answer:
    value = first_event_in_text(text)
    if value is None:
        value = yes_no(text)
        if value is None and re.search(r"\b(daarna|erna|later|pas na)\b", t):
            value = True
        if value is None and re.search(r"\b(daarvoor|ervoor|al eerder|al voor)\b", t):
            value = False
    if value is None:
        return Answer(reason="Ik begreep uw antwoord niet; antwoord met ja of nee.")
    return Answer({"first_event_after_start": value})


# Inputs with their own parser (reply text, folded text); the others are yes/no questions.
_ANSWER_PARSERS: dict[str, Callable[[str, str], Answer]] = {
    "conflict": _answer_conflict,
    "modules": _answer_modules,
    "involved": _answer_involved,
    "role": _answer_role,
    "country": _answer_country,
    "amount": _answer_amount,
    "criminal_outcome": _answer_criminal_outcome,
    "first_event_after_start": _answer_first_event,
}


def parse_answer(name: str, text: str) -> Answer:
    """The reply to the question for input `name` (a name from Verdict.missing)."""
    t = fold(text)
    if UNKNOWN.search(t) and not (name == "criminal_outcome" and parse_outcome(text)):
        return Answer(unknown=True)
    parser = _ANSWER_PARSERS.get(name)
    if parser is not None:
        return parser(text, t)
    # alleenstaand, options and facts.<key>: yes/no questions
    value = yes_no(text)
    if value is None:
        return Answer(reason="Ik begreep uw antwoord niet; antwoord met ja of nee.")
    return Answer({name: value})


# ---------------------------------------------------------------------- the questions
def question(name: str) -> str:
    """The Dutch question for an input name."""
    k = knowledge()
    modules = (
        ", ".join(k.module_name(m) for m in checker.MODULE_KEYS[:-1])
        + " en/of "
        + k.module_name(checker.MODULE_KEYS[-1])
    )
    texts = {
        "conflict": "Wat voor conflict is het, en met wie? Beschrijf het in een paar woorden, bijvoorbeeld 'ruzie met mijn buurman over de schutting'.",
        "modules": f"Welke modules staan op uw polis: {modules}? Weet u het niet, zeg dan 'weet ik niet'.",
        "involved": "Wie heeft het conflict: uzelf, uw partner, een kind (thuiswonend, op kamers voor een dagstudie, of in een verpleeg- of verzorgingshuis), een au pair, of iemand anders?",
        "alleenstaand": "Staat er 'alleenstaand' op uw polis? (ja/nee)",
        "role": "Is dit een privéconflict, of heeft het te maken met uw eigen bedrijf of uw werk als zelfstandige? (privé/zakelijk)",
        "first_event_after_start": "Gebeurde het eerste dat tot dit conflict leidde ná het begin van uw verzekering (en van de module)? (ja/nee)",
        "country": "In welk land speelt het conflict?",
        "amount": "Om welk bedrag gaat het conflict ongeveer? Rente en incassokosten tellen niet mee. Bijvoorbeeld: 'ongeveer 300 euro'.",
        "eigen_woning": "Staat op uw polis dat conflicten over uw eigen woning verzekerd zijn (optie Eigen woning)? (ja/nee)",
        "uitsluiting_burenrecht": "Heeft u op uw polis conflicten met buren uitgesloten (optie Burenrecht)? (ja/nee)",
        "uitsluiting_motorrijtuigen": "Heeft u op uw polis conflicten over motorrijtuigen uitgesloten (optie Motorrijtuigen)? (ja/nee)",
        "uitsluiting_arbeidsrecht": "Heeft u op uw polis conflicten over arbeidsrecht uitgesloten (optie Arbeidsrecht)? (ja/nee)",
        "criminal_outcome": "Hoe is de strafzaak afgelopen: vrijspraak, ontslag van rechtsvervolging, niet verder vervolgd (sepot), of veroordeeld? Loopt de zaak nog, zeg dan 'loopt nog'.",
    }
    if name.startswith("facts."):
        entry = k.circumstances[name[len("facts.") :]]
        return k.render(entry["question"]) + " (ja/nee)"
    return texts.get(name) or (
        checker.QUESTIONS.get(name, name)[0].upper() + checker.QUESTIONS.get(name, name)[1:] + "?"
    )
