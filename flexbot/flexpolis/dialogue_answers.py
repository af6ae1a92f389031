"""The reply to the question the form asked for one input (`parse_answer`), and that question in Dutch
(`question`).

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import checker, conflicts, countries, kind_reader, money
from flexbot.flexpolis.dialogue_amounts import NOT_MONEY, STAKE_TOLD, recurring
from flexbot.flexpolis.dialogue_conflict import conflict_text
from flexbot.flexpolis.dialogue_dates import first_event_in_text
from flexbot.flexpolis.dialogue_people import parse_involved
from flexbot.flexpolis.dialogue_policy import parse_modules
from flexbot.flexpolis.dialogue_replies import UNKNOWN, parse_outcome, parse_role, yes_no
from flexbot.flexpolis.knowledge import knowledge


@dataclass(frozen=True)
class Answer:
    changes: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None  # Dutch: why the answer cannot be used (re-ask)
    unknown: bool = False  # the customer does not know


def _answer_conflict(text: str, t: str) -> Answer:
    guess = conflicts.normalise_conflict(conflict_text(text))
    kind = guess.kind or kind_reader.learned_kind(text)  # a story the rules have no words for (kind_reader.py)
    if not kind:
        return Answer(reason="Ik begrijp nog niet goed wat voor conflict het is.")
    return Answer({"conflict": kind, "opponent": guess.opponent})


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
    stake = STAKE_TOLD.search(t)  # "ze bieden 300 van de 450 euro, dus het gaat nog maar om 150" (round 70)
    parsed = money.parse_money(f"{stake.group('n') or stake.group('d')} euro" if stake else text)
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


OPTION_UNKNOWN = re.compile(
    r"\b(weet (ik )?(\w+ )?niet (zeker )?|geen idee |niet zeker )of (die|de|het|onze|mijn) (optie |dekking )?((voor|van) (de|het) )?"
    r"(eigen woning|burenrecht|motorrijtuigen|arbeidsrecht|alleenstaand)\b"  # round 93: "Geen idee of die optie voor de eigen woning"
)


def parse_answer(name: str, text: str) -> Answer:
    """The reply to the question for input `name` (a name from Verdict.missing)."""
    t = fold(text)
    # round 61: "We hebben Consument & Wonen, maar ik weet niet of die eigen woning erbij zit": the modules are known,
    # the option is not (asked next)
    modules_told = name == "modules" and bool(OPTION_UNKNOWN.search(t)) and bool(parse_modules(text))
    if UNKNOWN.search(t) and not (name == "criminal_outcome" and parse_outcome(text)) and not modules_told:
        return Answer(unknown=True)
    parser = _ANSWER_PARSERS.get(name)
    if parser is not None:
        return parser(text, t)
    # alleenstaand, options and facts.<key>: yes/no questions
    value = yes_no(text)
    if value is None:
        return Answer(reason="Ik begreep uw antwoord niet; antwoord met ja of nee.")
    return Answer({name: value})


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
