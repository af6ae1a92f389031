"""What the customer says about the policy: the modules on it (C&W, Verkeer, Inkomen), the options (eigen
woning, exclusions) and 'alleenstaand' (art. 1).

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re

from flexbot.dutch import fold
from flexbot.flexpolis import checker

MODULE_WORDS = (
    # "wonen" alone is the module ("verkeer en wonen"), not the verb ("we wonen niet samen", round 65)
    (
        "consument_wonen",
        r"\b(consument|c ?& ?w|c en w|cw|consument en wonen)\b|(?<!\bwe )(?<!\bwij )(?<!\bze )(?<!\bzij )(?<!\bjullie )"
        r"\bwonen\b(?! (niet|samen|in|bij|op|thuis|apart|al|nog|daar|hier|er)\b)",
    ),
    ("verkeer", r"\bverkeer(?!d)\w*\b"),  # not "verkeerd berekend"
    ("inkomen", r"\binkomen\w*\b"),
)


# A question about which modules there are, not an answer naming the customer's modules.
MODULES_ASKED = re.compile(r"^\W*(welke|wat voor|wat zijn|hoeveel) (\w+ ){0,2}modules?\b.*\?\s*$")


ALL_MODULES = re.compile(r"\b(alle ?(drie|3|modules)|de hele flexpolis)\b")
# "alles" or "allemaal" as a reply, or said of the policy; not "bij de oplevering was alles prima" in a story (round 123)
EVERYTHING = re.compile(r"\b(allemaal|alles|volledige)\b")
SHORT_REPLY = 8  # words
EVERYTHING_ON_THE_POLICY = re.compile(
    r"\b(polis|modules?|flexpolis)\b[^.?!]{0,25}\b(allemaal|alles|volledige?)\b|\b(allemaal|alles|volledige)\b[^.?!]{0,25}"
    r"\b(polis|modules?|flexpolis)\b|\b((heb|hebben) (ik|we|wij)|(ik|we|wij) (heb|hebben)) (ze |het )?(alles|allemaal)\b"
)


def parse_modules(text: str) -> frozenset[str] | None:
    t = fold(text)
    if MODULES_ASKED.search(t):
        return None  # "Welke modules zijn er dan allemaal?" asks which exist; it tells none
    if (
        ALL_MODULES.search(t)
        or EVERYTHING.search(t)
        and (len(t.split()) <= SHORT_REPLY or EVERYTHING_ON_THE_POLICY.search(t))
    ):
        return frozenset(checker.MODULE_KEYS)
    # "ik heb juist Consument & Wonen, geen Verkeer": a module denied is not on the policy
    said = NOT_A_MODULE.sub(" ", t)
    found = frozenset(key for key, pattern in MODULE_WORDS if re.search(pattern, said))
    if OWN_HOME_HELD.search(said):  # round 139: "Eigen woning zit erin": the option of C&W, so C&W is on the policy
        found |= {checker.OPTION_MODULE["eigen_woning"]}
    return found or None


OWN_HOME_HELD = re.compile(
    r"(?<!\bgeen )(?<!\bniet )\b(optie )?eigen ?woning (zit|staat) (er )?(ook |wel )?(in|erin|op|erop|bij|erbij)\b|"
    r"\b(ik heb|we hebben|wij hebben|hebben we|heb ik) (ook |wel |de optie )*eigen ?woning\b(?! (niet|nog niet)\b)"
)


NOT_A_MODULE = re.compile(
    r"\b(geen|niet|zonder) (de )?(module )?(consument (en|&) wonen|c ?& ?w|verkeer(?!d)|inkomen)\b|"
    # round 95: the module first ("Consument & Wonen heb ik volgens mij niet", "Inkomen hebben we niet")
    r"\b(de module )?(consument (en|&) wonen|c ?& ?w|verkeer(?!d)|inkomen) (heb|hebben|heeft) (ik|we|wij|hij|zij)"
    r"( \w+){0,3} (niet|nooit)\b|"
    # round 135: the verb first ("Ik heb Verkeer niet, alleen C&W")
    r"\b(ik heb|we hebben|wij hebben|heb ik|hebben we) (de module )?(consument (en|&) wonen|c ?& ?w|verkeer(?!d)|inkomen) "
    r"(niet|nooit)\b"
)


# Policy options named in the story: "eigen woning staat op de polis", "burenrecht niet uitgesloten".
OPTION_WORDS = {
    "eigen_woning": r"(optie )?eigen ?woning",
    # "buren zijn niet uitgesloten": the word alone, with "uitgesloten" near (below)
    "uitsluiting_burenrecht": r"(burenrecht|burenruzies?|burenconflict\w*|(conflicten met )?(de )?buren)",
    # round 66: "bij het afsluiten heb ik de auto eruit laten halen" (only with "uitgesloten" or "eruit", below)
    "uitsluiting_motorrijtuigen": r"(motorrijtuigen|motorrijtuig|(de|mijn|onze) (auto|motor)|auto'?s)",
    # round 68: "het vinkje gezet om ruzies met mijn werkgever niet mee te verzekeren"
    "uitsluiting_arbeidsrecht": r"(arbeidsrecht|(ruzies?|conflicten) met (mijn |de |een )?werkgever)",
}
# "volgens mij stond er iets over buren uitgesloten": unsure what the policy says, so no option told.
VAGUE = re.compile(r"\b(volgens mij|denk ik|ik denk|geloof ik|ik geloof)\b.{0,40}\biets (over|met)\b")
OPTION_CONTEXT = (
    r"(polis|optie|meeverzekerd|verzekerd|verzekeren|vinkje|uitgesloten|uitsluiten|uitsluiting|uit te sluiten|gekozen|afgesloten|eruit|"
    r"sta(at|an) (er )?(niet |wel |ook )?op|weggevinkt|uitgevinkt)"  # round 93: "Net gekeken: eigen woning staat er niet op."
)


ALONE_NOT = re.compile(
    r"\bgezins(polis|verzekering|dekking)\b|"  # round 105: "Wij hebben een gezinspolis met Inkomen"
    r"\b(geen|niet) '?alleenstaand'? (op|in) (de|mijn|onze|m'?n) polis\b|\balleenstaand'? (staat|stond) (er )?niet\b|"
    r"\b(staat|stond) (er )?(geen|niet) '?alleenstaand'?|"
    r"(^|[,.;(] ?)(en |maar )?(geen|niet) '?alleenstaand'?\s*([,.;!)]|$)|"  # "we hebben Verkeer, geen alleenstaand" (round 55)
    r"\b(geen|niet een|niet) '?alleenstaand(en)?-?polis\b"
)
ALONE_YES = re.compile(
    r"\b(staat|stond) (er )?'?alleenstaand'? (op|in) (de|mijn|onze|m'?n) polis\b|"
    # round 94: the policy first ("Op mijn polis staat 'alleenstaand'", "ik heb een alleenstaand-polis")
    r"\b(op|in) (de|mijn|onze|m'?n) polis (staat|stond) (er )?(\w+ )?'?alleenstaand\b|\balleenstaand(en)?-?polis\b"
)


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
        told = rf"\b{OPTION_CONTEXT}\b|\b(heb|hebben|heeft)\b" + (r"|\bzonder\b" if option == "eigen_woning" else "")
        if not near or not re.search(told, near.group(0)):
            continue
        clause = near.group(0)
        if re.search(
            r"\b(weet (ik )?niet|geen idee|niet zeker|misschien|of ik|of we|of wij)\b", clause
        ) or VAGUE.search(clause):
            continue
        negated = bool(re.search(r"\b(geen|niet|nooit|zonder)\b", clause))
        if option == "eigen_woning" and re.search(
            rf"\b(inclusief|incl|met|plus|ook)( de| het| optie)? {word}\b", clause
        ):
            # "inclusief eigen woning, zonder uitsluiting van burenrecht" (round 123): only a denial before the option counts
            negated = bool(re.search(rf"\b(geen|niet|zonder)\b[^.?!,]{{0,20}}{word}", clause))
        if option == "eigen_woning":
            found[f"{option}"] = not negated
        elif re.search(r"\b(uitgesloten|uitsluiten|uitsluiting|uit te sluiten)\b", clause):
            found[option] = not negated
        elif re.search(
            r"\b(eruit|er (\w+ ){0,4}uit) (te )?(laten|gelaten|gehaald|halen)\b|\bweggelaten\b|\bniet (mee )?te verzekeren\b|"
            r"\b(weggevinkt|uitgevinkt|weggehaald|zonder (het |de )?(arbeidsrecht|burenrecht|motorrijtuigen))\b",  # round 97
            clause,
        ):
            found[option] = True  # "gekozen om burenruzies eruit te laten" (C&W 3, Burenrecht)
    return found


# "wel Inkomen op de polis", "ik heb alleen Verkeer en Consument & Wonen": modules named without the word
MONTH_OR_YEAR = r"(jan\w*|feb\w*|maart|april|mei|juni|juli|aug\w*|sep\w*|okt\w*|nov\w*|dec\w*|\d{4})"
# round 107: "ik heb sinds 1 maart c&w bij jullie"
MODULE_TIME = rf"(al )?(sinds|vanaf|per) [\w-]+( {MONTH_OR_YEAR}){{0,2}}( (jaar|jaren|maanden|weken))?|al (jaren|lang|een paar jaar|[\w-]+ jaar)"
MODULES_ON_POLICY = re.compile(
    r"\b(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b.{0,30}\b(op (mijn|de|onze) polis|verzekerd|afgesloten)\b|"
    r"\b(heb|hebben|had|hadden|heeft) (ik |wij |we |hij |zij |ze )?(bij (jullie|arag|u) )?(nu |momenteel |op dit moment )?"
    r"(alleen |enkel |wel |ook |toch |toch wel |toch ook )?(de )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|"
    r"verkeer|inkomen)\b"  # round 63: "hij heeft c&w" (a parent's policy asked for)
    r"(?! ?(ongeluk|ongeval|boete|regels|conflict|nodig|uit |gehad|verloren|meer))|"
    # "ik heb sinds 2019 de Flexpolis met Consument & Wonen"
    # round 109: "Ik ben bij u verzekerd voor Consument & Wonen", "Ik ben 73 en verzekerd voor Consument & Wonen"
    r"\b(ik ben|wij zijn|we zijn)\b( [\w&]+){0,4} (verzekerd|gedekt) (\w+ ){0,2}(voor|met) (de )?(module )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    r"\b(flexpolis|\w*polis|rechtsbijstand\w*|verzekering|arag),? (bij (arag|jullie) )?met (de module |module )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    # "ik heb sinds 2020 Consument & Wonen", "ik heb nog steeds consument en wonen", "Ik heb Verkeer sinds 2021"
    r"\b(heb|hebben|heeft) (ik |wij |we |hij |zij |ze )?("
    + MODULE_TIME
    + r"|nog steeds|nog|gewoon|zelf|namelijk|trouwens|wel|dus|ook) (de )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b(?! ?(ongeluk|ongeval|boete|regels|conflict|nodig|uit |gehad|verloren|meer))|"
    # "ben ik dan verzekerd met Consument & Wonen?": read as for "verzekerd met de module Verkeer"
    r"\b(ben|zijn) (ik|we|wij) (dan |daar |daarvoor |hiervoor |ook |wel )*verzekerd met (de )?(module )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    # round 150: "Sinds kort verzekerd mét Verkeer.", "net verzekerd met C&W"
    r"^\W*(sinds kort|pas|net|nog maar kort|sinds \w+) (\w+ )?verzekerd met (de )?(module )?"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    # "Consument en Wonen hebben we al lang"; English mixed in: "I have Consument & Wonen since 2022"
    r"\b(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen) (heb|hebben) (ik|we|wij)\b|"
    # round 167: the policy of someone who died, in the past tense ("Het was C&W en Verkeer.")
    r"(^|[.!?]\s+)(het|dat|die|de polis) (was|waren) (\w+ )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)"
    r"(( ?[,+&]| en) (cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)){0,2}\s*[.!]?\s*$|"
    # round 176: "De polis bij jullie staat op mijn naam, met Verkeer en Consument & Wonen."; round 175: "(consument en wonen)"
    r"\b(polis|flexpolis|verzekering|rechtsbijstand\w*)\b[^.?!]{0,40}, met (de )?(modules? )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    r"\((de )?(modules? )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)(( ?[,+&]| en) (cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|"
    r"inkomen)){0,2}\)|"
    # round 172: "Geldt mijn Verkeer-dekking in Amerika ook?", "gebruikmaken van mijn ARAG Verkeer" (not "mijn inkomen")
    r"\b(mijn|onze|m'?n) (arag[- ]?(module )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)|"
    r"(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)[- ]?(dekking|module))\b|"
    # round 137: "Verkeer zit erin.", "C&W en Inkomen zitten er allebei in"
    r"\b(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen) (zit|zitten) (er )?(\w+ )?(in|erin|bij|erbij)\b|"
    # "op mijn polis bij Inkomen staat 'arbeidsrecht uitgesloten'"
    r"\b(op|in) (mijn|de|onze) polis (bij|onder|voor) (de )?(module )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    r"\b(i|we) (have|had|got|have got) (the )?(module )?(consument (en|&) wonen|verkeer|inkomen)\b|"
    # round 60: German mixed in ("Ich habe Consument & Wonen"); a module in the customer's package ("zit in mijn pakket")
    r"\b(ich|wir) (habe|haben|hab) (das |die )?(modul )?(consument (en|&) wonen|verkeer|inkomen)\b|"
    r"\b(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen) (zit|zitten|staat|staan) (in|op) (mijn|ons|onze|het) "
    r"(pakket|polis)\b|"
    # round 56: "Wij hebben een eigen huis en Consument & Wonen met eigen woning"
    r"\b(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w)( module)? (met|plus|inclusief|incl\.?) (de )?(optie )?eigen woning\b|"
    # round 143: the policy's contents listed after a colon ("Onze polis: C&W, eigen woning aangevinkt")
    r"\b(onze|mijn|de) (\w*polis|verzekering|modules?)\s*:\s*(de )?(module )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    # round 124: "Bij het afsluiten heb ik gekozen voor Inkomen met uitsluiting van arbeidsrecht"
    r"\b(gekozen|koos|kozen) (ik |we |wij )?voor (de module )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)\b|"
    # a sentence of module names only after the story ("... Mijn vriend en ik wonen samen. Consument en wonen.")
    r"(^|[.!?]\s+)(alleen |enkel )?(de )?(modules? )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)"
    r"(( ?[,+&]| en) (cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)){0,2}\s*[.!]?\s*$|"
    # round 122: the modules said first, in short ("Alleen Consument & Wonen hier.", "Enkel Verkeer bij ons.")
    r"^\W*(alleen|enkel|slechts) (de )?(module )?(cons(ument|\.)? ?(en|&) ?wonen|c ?& ?w|verkeer|inkomen)( en (consument (en|&) wonen|"
    r"c ?& ?w|verkeer|inkomen))? (hier|bij ons|bij mij|op mijn polis|op onze polis)\b"
)
# A module named as such is what the policy holds, never the conflict ("consument" is no purchase).
MODULE_NAME = re.compile(r"\b(de )?(module )?consument ?(en|&) ?wonen\b|\bmodules? (verkeer|inkomen)\b")
