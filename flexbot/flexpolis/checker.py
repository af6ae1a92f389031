"""Coverage checker for the Flexpolis: what a customer told -> gedekt / niet gedekt / hangt af van.

Pure Python, no I/O after the knowledge file is loaded. Every amount, period and country group is
read from the knowledge file. Rules, in the order they decide:

1. invalid or contradictory answers -> "hangt af van" with a re-ask reason (never a verdict);
2. any rule that certainly excludes cover -> "niet gedekt" with the deciding articles;
3. anything still unknown that could change the outcome -> "hangt af van", naming it;
4. otherwise "gedekt", with the deciding articles and the applicable maximum.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from flexbot.flexpolis import countries
from flexbot.flexpolis.knowledge import Knowledge, format_euro, knowledge
from flexbot.flexpolis.money import MAX_PLAUSIBLE

GEDEKT = "gedekt"
NIET_GEDEKT = "niet gedekt"
HANGT_AF_VAN = "hangt af van"

MODULE_KEYS = ("consument_wonen", "verkeer", "inkomen")
OPTION_MODULE = {
    "eigen_woning": "consument_wonen",
    "uitsluiting_burenrecht": "consument_wonen",
    "uitsluiting_motorrijtuigen": "verkeer",
    "uitsluiting_arbeidsrecht": "inkomen",
}
ROLES = ("particulier", "zakelijk")
CRIMINAL_OUTCOMES = ("vrijspraak", "ontslag_van_rechtsvervolging", "niet_verder_vervolgd", "veroordeeld")
ACQUITTALS = CRIMINAL_OUTCOMES[:3]
# Opponents who are themselves insured on a non-'alleenstaand' policy (art. 1, 'Let op').
INSURED_OPPONENTS = ("partner", "child_home", "child_studying", "child_care_home", "au_pair")
HOST_FAMILY = "host_family"  # the policyholder's household, told by their au pair (art. 1)

# What to ask for each missing input, in the order a conversation should ask it.
QUESTIONS: dict[str, str] = {
    "conflict": "wat voor conflict het is en met wie",
    "modules": "welke modules op uw polis staan (Consument & Wonen, Verkeer, Inkomen)",
    "involved": "wie het conflict heeft (uzelf, uw partner, een kind, een au pair, ...)",
    "alleenstaand": "of er 'alleenstaand' op uw polis staat",
    "role": "of het conflict privé is, of te maken heeft met uw eigen bedrijf of werk als zelfstandige",
    "first_event_after_start": "of de eerste gebeurtenis die tot het conflict leidde na het begin van uw verzekering plaatsvond",
    "facts.bekend_bij_afsluiten": "of u al wist (of kon weten) dat dit conflict zou komen toen u de verzekering afsloot",
    "country": "in welk land het conflict speelt",
    "amount": "om welk bedrag het conflict gaat (rente en incassokosten niet meegeteld)",
    "eigen_woning": "of op uw polis staat dat conflicten over uw eigen woning verzekerd zijn (optie Eigen woning)",
    "uitsluiting_burenrecht": "of u op uw polis conflicten met buren heeft uitgesloten (Burenrecht)",
    "uitsluiting_motorrijtuigen": "of u op uw polis conflicten met motorrijtuigen heeft uitgesloten",
    "uitsluiting_arbeidsrecht": "of u op uw polis conflicten rondom arbeidsrecht heeft uitgesloten",
    "criminal_outcome": "de afloop van de strafzaak: vrijspraak, ontslag van rechtsvervolging of een besluit om u niet verder te vervolgen",
}


@dataclass(frozen=True)
class CoverageQuestion:
    """What the customer told. None everywhere means: not (yet) known."""

    modules: frozenset[str] | None = None
    eigen_woning: bool | None = None
    uitsluiting_burenrecht: bool | None = None
    uitsluiting_motorrijtuigen: bool | None = None
    uitsluiting_arbeidsrecht: bool | None = None
    alleenstaand: bool | None = None
    conflict: str | None = None  # key of conflict_kinds
    opponent: str | None = None  # key from flexbot.flexpolis.conflict_patterns.OPPONENTS
    amount: Decimal | int | None = None  # euro, without interest and collection costs
    country: str | None = None  # ISO 3166-1 alpha-2
    first_event_after_start: bool | None = None
    role: str | None = None  # "particulier" | "zakelijk"
    involved: str | None = None  # key of insured_persons
    outside_lawyer: bool | None = None  # wants a specialist from outside ARAG
    criminal_outcome: str | None = None  # one of CRIMINAL_OUTCOMES
    facts: Mapping[str, bool] = field(default_factory=dict)  # circumstances keys -> yes/no


@dataclass(frozen=True)
class Verdict:
    status: str  # gedekt | niet gedekt | hangt af van
    articles: tuple[str, ...]  # deciding article ids, most decisive first
    maximum: int | None  # applicable maximum in euro; None: see maximum_text
    maximum_text: str  # "€ 15.000 per gebeurtenis", "geen maximum", ...
    explanation: str  # Dutch
    depends_on: tuple[str, ...] = ()  # Dutch: what the answer still depends on
    missing: tuple[str, ...] = ()  # input names to ask for, in asking order
    reask: tuple[str, ...] = ()  # Dutch: why an answer must be given again
    eigen_risico: str = ""  # Dutch note on art. 14

    @property
    def citation(self) -> str:
        return knowledge().cite(self.articles)

    @property
    def text(self) -> str:
        """The full Dutch answer: explanation, citation and the closing reminder."""
        parts = [self.explanation]
        if self.articles:
            parts.append(self.citation)
        return " ".join(parts) + "\n" + knowledge().reminder


@dataclass
class _Trace:
    negatives: list[tuple[str, str]] = field(default_factory=list)  # (article, Dutch reason)
    unknowns: list[tuple[str, str, str | None]] = field(default_factory=list)  # (input, text, article)
    articles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def no(self, article: str, reason: str) -> None:
        self.negatives.append((article, reason))

    def unknown(self, name: str, text: str | None = None, article: str | None = None) -> None:
        if all(name != u[0] for u in self.unknowns):
            self.unknowns.append((name, text or QUESTIONS[name], article))

    def use(self, *ids: str) -> None:
        for article in ids:
            if article not in self.articles:
                self.articles.append(article)


# ---------------------------------------------------------------------- validation
def _module_reasons(q: CoverageQuestion, k: Knowledge) -> list[str]:
    """Re-ask reasons about the modules and the options that belong to them."""
    reasons: list[str] = []
    if q.modules is not None:
        unknown = sorted(set(q.modules) - set(MODULE_KEYS))
        if unknown:
            reasons.append(
                f"Ik ken de module(s) {', '.join(unknown)} niet. Welke modules staan op uw polis: Consument & Wonen, Verkeer en/of Inkomen?"
            )
        elif not q.modules:
            reasons.append("Er staat minstens één module op uw polis. Welke: Consument & Wonen, Verkeer en/of Inkomen?")
        else:
            for option, module in OPTION_MODULE.items():
                if getattr(q, option) and module not in q.modules:
                    reasons.append(
                        f"U noemde een keuze bij de module {k.module_name(module)}, maar die module staat "
                        "volgens uw eerdere antwoord niet op uw polis. Welke modules staan er precies op uw polis?"
                    )
    return reasons


def validate(q: CoverageQuestion, k: Knowledge | None = None) -> list[str]:
    """Dutch re-ask reasons for answers that cannot be used or contradict each other."""
    k = k or knowledge()
    reasons = _module_reasons(q, k)
    if q.conflict is not None and q.conflict not in k.conflict_kinds:
        reasons.append("Ik begrijp niet goed wat voor conflict het is. Kunt u het in een paar woorden beschrijven?")
    if q.country is not None and not (countries.is_known(q.country) or q.country in k.regions["europe"]):
        reasons.append("Dat land ken ik niet. In welk land speelt het conflict?")
    if q.amount is not None and (Decimal(q.amount) < 0 or Decimal(q.amount) > MAX_PLAUSIBLE):
        reasons.append("Dat bedrag kan ik niet gebruiken. Om welk bedrag gaat het conflict ongeveer, in euro's?")
    if q.involved is not None and q.involved not in k.insured_persons:
        reasons.append("Wie heeft het conflict: uzelf, uw partner, een kind, een au pair of iemand anders?")
    if q.role is not None and q.role not in ROLES:
        reasons.append("Is het conflict privé, of heeft het te maken met uw eigen bedrijf of werk als zelfstandige?")
    if q.criminal_outcome is not None and q.criminal_outcome not in CRIMINAL_OUTCOMES:
        reasons.append(
            "Hoe is de strafzaak afgelopen: vrijspraak, ontslag van rechtsvervolging, niet verder vervolgd of veroordeeld?"
        )
    kind = k.conflict_kinds.get(q.conflict or "", {})
    if q.role == "zakelijk" and kind.get("implies_private"):
        reasons.append(
            "U noemde een conflict als werknemer, ambtenaar, uitkeringsgerechtigde of gepensioneerde, maar ook "
            "dat het zakelijk is. Gaat het om uw werk in loondienst, of om uw eigen bedrijf?"
        )
    if kind.get("borgsom") and q.country == "NL":
        reasons.append(
            "Een borgsom aan een buitenlandse overheid speelt in het buitenland, maar u noemde Nederland. In welk land moet u de borgsom betalen?"
        )
    if q.involved == "policyholder" and q.opponent == "policyholder":
        reasons.append("U noemde uzelf als degene met het conflict én als tegenpartij. Met wie heeft u het conflict?")
    unknown_facts = sorted(set(q.facts) - set(k.circumstances))
    if unknown_facts:
        raise ValueError(f"unknown circumstance keys: {unknown_facts}")
    return reasons


def update(q: CoverageQuestion, **changes: Any) -> tuple[CoverageQuestion, list[str]]:
    """Add answers; an answer that contradicts an earlier one is not taken but returned as a re-ask."""
    names = {f.name for f in fields(CoverageQuestion)}
    accepted: dict[str, Any] = {}
    reasons: list[str] = []
    for name, value in changes.items():
        if name not in names:
            raise ValueError(f"unknown field {name!r}")
        old = getattr(q, name)
        if name == "facts":
            merged = dict(q.facts)
            for key, flag in value.items():
                if key in merged and merged[key] != flag:
                    reasons.append(
                        f"U gaf eerder een ander antwoord op de vraag: {knowledge().render(knowledge().circumstances[key]['question'])} Wat klopt?"
                    )
                else:
                    merged[key] = flag
            accepted[name] = merged
        elif old is not None and value is not None and old != value:
            reasons.append(f"Eerder zei u iets anders over {QUESTIONS.get(name, name)}. Wat klopt?")
        else:
            accepted[name] = value if value is not None else old
    return replace(q, **accepted), reasons


# ---------------------------------------------------------------------- the checker
def check(q: CoverageQuestion) -> Verdict:
    """Decide coverage for one question. Never guesses: missing facts -> 'hangt af van'."""
    k = knowledge()
    reasons = validate(q, k)
    if reasons:
        return Verdict(
            HANGT_AF_VAN,
            (),
            None,
            "nog niet bekend",
            " ".join(reasons),
            depends_on=tuple(reasons),
            reask=tuple(reasons),
        )
    t = _Trace()
    kind_key = q.conflict
    kind: Mapping[str, Any] = k.conflict_kinds.get(kind_key or "", {})
    module = _module_for(q, kind, t, k)

    _who(q, kind, module, t, k)
    _role(q, kind, module, t)
    _timing(q, t, k.module_name(module) if module else None)
    _circumstances(q, kind, module, t, k)
    if kind_key is None:
        t.unknown("conflict")
    elif kind.get("criminal"):
        _criminal(q, t, k)
    elif kind.get("borgsom"):
        t.use("Algemene regels 13")
        t.unknown(
            "conflict", "of het conflict waarvoor u de borgsom moet betalen bij ARAG verzekerd is", "Algemene regels 13"
        )
    elif kind.get("excluded_by"):
        abroad = _territory_too(q, kind, k)
        reason = f"Dit is uitgesloten: {kind['label']}{abroad[1] if abroad else ''}."
        t.no(kind["excluded_by"], reason)
        for article in abroad[0] if abroad else []:
            t.no(article, reason)  # the same sentence: its article is cited, the reason said once
        for article in kind.get("see_also", []):
            t.use(article)
    else:
        _options(q, kind, t, k)
        _required_facts(q, kind, t, k)
    _country(q, kind, module, t, k)
    _minimum(q, kind, module, t, k)
    maximum, maximum_text = _maximum(q, kind, module, t, k)
    eigen_risico = _eigen_risico(q, kind, module, k)
    return _verdict(q, kind, module, t, k, maximum, maximum_text, eigen_risico)


def _module_for(q: CoverageQuestion, kind: Mapping[str, Any], t: _Trace, k: Knowledge) -> str | None:
    """The module that would cover this kind on this policy (first match), else None."""
    covered_by: Mapping[str, str] = kind.get("covered_by", {})
    if not covered_by:
        return None
    if q.modules is None:
        t.unknown("modules")
        return next(iter(covered_by))  # only used for module-specific rules while unknown
    for module, article in covered_by.items():
        if module in q.modules:
            t.use(article)
            return module
    wanted = ", ".join(k.module_name(m) for m in covered_by)
    for module, article in kind.get("not_covered_in", {}).items():
        if module in q.modules:
            t.no(article, f"Dit soort conflict valt niet onder {k.module_name(module)}.")
    t.no(next(iter(covered_by.values())), f"Dit conflict valt onder de module {wanted}, en die staat niet op uw polis.")
    return None


def _who(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace, k: Knowledge) -> None:
    if q.involved is None:
        t.unknown("involved")
    else:
        person = k.insured_persons[q.involved]
        rule = person["rule"]
        if rule in ("household", "surviving"):
            t.use("Algemene regels 1")
            if q.alleenstaand:
                t.no(
                    "Algemene regels 1",
                    "Op uw polis staat 'alleenstaand': de verzekering geldt alleen voor de verzekeringnemer zelf.",
                )
            elif q.alleenstaand is None:
                t.unknown("alleenstaand", article="Algemene regels 1")
            else:
                t.notes.append(f"Voor {person['label']} geldt de verzekering met toestemming van de verzekeringnemer.")
            if rule == "surviving" and kind and not kind.get("damage_claim"):
                t.no(
                    "Algemene regels 1",
                    "Nabestaanden kunnen de verzekering alleen gebruiken om schadevergoeding te eisen voor een verzekerd ongeval waardoor een verzekerde overleed.",
                )
        elif rule == "module":
            allowed: Mapping[str, str] = person["modules"]
            if module is not None and module in allowed:
                t.use(allowed[module])
                fact = person.get("requires_fact")
                if fact:
                    value = q.facts.get(fact)
                    if value is None:
                        t.unknown(
                            f"facts.{fact}",
                            "of het conflict van uw reisgenoot over de geboekte vakantiereis gaat",
                            allowed[module],
                        )
                    elif not value:
                        t.no(
                            allowed[module],
                            "Een reisgenoot is alleen meeverzekerd voor de reis van en naar de vakantiebestemming die u heeft geboekt.",
                        )
            elif kind.get("covered_by") or kind.get("excluded_by"):
                t.no(
                    next(iter(allowed.values())),
                    f"Voor {person['label']} geldt de verzekering alleen binnen de module(s) "
                    + ", ".join(k.module_name(m) for m in allowed)
                    + ", en dit conflict valt daar niet onder.",
                )
        elif rule == "none":
            note = f"; {person['note'].rstrip('.')}" if person.get("note") else ""  # in the first sentence
            t.no("Algemene regels 1", f"De verzekering geldt niet voor {person['label']}{note}.")
    _against_an_insured(q, t)


def _against_an_insured(q: CoverageQuestion, t: _Trace) -> None:
    """Art. 1, 'Let op': a conflict with someone else this policy insures; neither may use it."""
    if q.opponent == HOST_FAMILY:  # the au pair is insured through the host family's policy, or not at all
        t.no(
            "Algemene regels 1",
            "Bij een conflict met iemand voor wie deze verzekering ook geldt, kan geen van beiden de verzekering "
            "gebruiken: een au pair is alleen verzekerd via de polis van het gastgezin bij wie hij of zij in huis woont.",
        )
    if q.opponent in INSURED_OPPONENTS and q.alleenstaand is not True:
        if q.alleenstaand is None:
            t.unknown("alleenstaand", article="Algemene regels 1")
        else:
            t.no(
                "Algemene regels 1",
                "Heeft u een conflict met iemand voor wie deze verzekering ook geldt, dan kan geen van beiden de verzekering gebruiken.",
            )


def _role(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace) -> None:
    if kind.get("implies_private") or kind.get("excluded_by"):
        return
    if q.role is None:
        t.unknown("role", article="Inleiding")
    elif q.role == "zakelijk":
        article = {"consument_wonen": "Consument & Wonen 1", "inkomen": "Inkomen 3a", "verkeer": "Verkeer 4c"}.get(
            module or "", "Inleiding"
        )
        t.no(
            article,
            "De verzekering geldt alleen in uw rol als particulier, niet bij uw beroep of bedrijf of andere inkomsten buiten loondienst.",
        )


def _timing(q: CoverageQuestion, t: _Trace, module_name: str | None) -> None:
    if q.first_event_after_start is None:
        t.unknown("first_event_after_start", article="Algemene regels 9")
    elif not q.first_event_after_start:
        module = f"de module {module_name}" if module_name else "de module"  # round 98: "als ik nu Inkomen erbij neem"
        t.no(
            "Algemene regels 9",
            f"De eerste gebeurtenis die tot het conflict leidde, vond plaats vóór het begin van de verzekering (of van {module}).",
        )
    else:
        t.use("Algemene regels 9")
    # Art. 9 (first requirement) and 11p: the customer did not know of the conflict beforehand.
    if "bekend_bij_afsluiten" not in q.facts and "voorzienbaar" not in q.facts:
        t.unknown("facts.bekend_bij_afsluiten", article="Algemene regels 9")


# Art. 12: in a criminal case ARAG gives no help but pays back the costs of the help the customer arranged after an
# acquittal, so a lawyer hired without ARAG's permission (art. 11a) excludes nothing there (round 57).
OWN_HELP_ALLOWED = frozenset({"advocaat_zonder_toestemming"})


def _circumstances(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace, k: Knowledge) -> None:
    for key, value in q.facts.items():
        entry = k.circumstances[key]
        if entry.get("effect") != "exclude" or not value:
            continue
        if kind.get("criminal") and key in OWN_HELP_ALLOWED:
            continue
        limited = entry.get("modules")
        if limited and module not in limited:
            continue
        reason = k.render(entry["reason"]) if entry.get("reason") else k.article(entry["article"]).summary
        covered = kind.get("covered_by", {}).get(module or "")
        if covered:  # round 113: the module article too ("valt onder art. 2a Inkomen, maar ... zonder toestemming")
            reason = f"Dit conflict valt onder {k.cite(covered).strip('()')}, maar {reason[0].lower()}{reason[1:]}"
        t.no(entry["article"], reason)


def _criminal(q: CoverageQuestion, t: _Trace, k: Knowledge) -> None:
    t.use("Algemene regels 12")
    if q.criminal_outcome is None:
        t.unknown("criminal_outcome", article="Algemene regels 12")
        t.unknown(
            "facts.uitkomst_binnen_termijn_gemeld",
            "of u die beslissing binnen " + str(k.period("report_criminal_decision")) + " aan ARAG meldt",
            "Algemene regels 12",
        )
    elif q.criminal_outcome not in ACQUITTALS:
        t.no(
            "Algemene regels 12",
            "Bij een strafzaak krijgt u geen juridische hulp, en na een veroordeling vergoedt ARAG uw kosten niet.",
        )
    else:
        reported = q.facts.get("uitkomst_binnen_termijn_gemeld")
        if reported is None:
            t.unknown(
                "facts.uitkomst_binnen_termijn_gemeld",
                "of u de beslissing binnen " + str(k.period("report_criminal_decision")) + " aan ARAG meldt",
                "Algemene regels 12",
            )
        elif not reported:
            t.no(
                "Algemene regels 12",
                "De beslissing is niet binnen "
                + str(k.period("report_criminal_decision"))
                + " gemeld; dan vergoedt ARAG de kosten niet.",
            )


def _options(q: CoverageQuestion, kind: Mapping[str, Any], t: _Trace, k: Knowledge) -> None:
    for option, article in kind.get("requires_option", {}).items():
        value = getattr(q, option)
        if value is None:
            t.unknown(option, article=article)
        elif not value:
            t.no(
                article,
                "Dit is alleen verzekerd als op uw polis staat dat conflicten over uw eigen woning verzekerd zijn; "
                "zonder die optie helpt Consument & Wonen niet bij een conflict over een andere woning dan de woning die u "
                f"huurt {k.cite(['Consument & Wonen 3a'])}, en alleen vóór u de koop- of aanneemovereenkomst van een "
                f"woning om zelf te bewonen tekent {k.cite(['Consument & Wonen 2d'])}; laat na het tekenen direct uw "
                "woonsituatie op de polis veranderen.",
            )
        else:
            t.use(article)
    for option, article in kind.get("excluded_by_option", {}).items():
        if option == "uitsluiting_motorrijtuigen" and q.facts.get("met_eigen_motorrijtuig") is False:
            continue  # the option excludes conflicts about your own motor vehicles only
        value = getattr(q, option)
        if value is None:
            t.unknown(option, article=article)
        elif value:
            t.no(article, k.article(article).summary)


def _required_facts(q: CoverageQuestion, kind: Mapping[str, Any], t: _Trace, k: Knowledge) -> None:
    for key, expected in kind.get("requires_facts", {}).items():
        entry = k.circumstances[key]
        value = q.facts.get(key)
        if value is None:
            question = k.render(entry["question"]).rstrip("?")
            t.unknown(f"facts.{key}", question[0].lower() + question[1:], entry["article"])
        elif value != expected:
            # The condition that failed ("... al overleden was toen de module begon"), not the article's cover.
            t.no(
                entry["article"],
                k.render(entry["condition"]) if entry.get("condition") else k.article(entry["article"]).summary,
            )
            if entry.get("also"):
                t.no(entry["also"], k.article(entry["also"]).summary)


PART_MODULE = {"Consument & Wonen": "consument_wonen", "Verkeer": "verkeer", "Inkomen": "inkomen"}


def _territory_too(q: CoverageQuestion, kind: Mapping[str, Any], k: Knowledge) -> tuple[list[str], str] | None:
    """An excluded kind abroad, outside the countries of the modules it belongs to: (articles,
    '; bovendien ...'), said in the same sentence as the exclusion ("een vakantiewoning gekocht in
    Spanje": C&W 3a and C&W 4; "een scooter gehuurd op Bali": C&W 3c and the EU of C&W 4 / Verkeer 5)."""
    code = q.country
    if not code or code == "NL" or countries.ambiguity(code) or not countries.is_known(code):
        return None
    ids = [str(kind["excluded_by"]), *kind.get("see_also", [])]
    modules = list(dict.fromkeys(PART_MODULE[p] for p in (i.rsplit(" ", 1)[0] for i in ids) if p in PART_MODULE))
    if not modules:
        return None
    name = countries.country_name(code)
    first = k.modules[modules[0]]
    if kind.get("scope") == "housing" and first.get("housing_country"):
        return [first["countries_article"]], (
            f"; bovendien moet een woning voor de module {k.module_name(modules[0])} in Nederland staan, en deze "
            f"staat in {name}"
        )
    outside = []
    for module in modules:
        spec = k.modules[module]
        scope_contract = kind.get("scope") == "contract" and spec.get("contract_countries")
        allowed = spec["contract_countries"] if scope_contract else spec["countries"]
        if allowed == "world" or code in k.regions.get(allowed, ()):
            return None  # one of the modules would apply there
        outside.append(spec["countries_article"])
    return (
        outside,
        f"; bovendien is dit alleen verzekerd in de landen van de Europese Unie, en {name} hoort daar niet bij",
    )


def _country(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace, k: Knowledge) -> None:
    if kind.get("excluded_by"):
        return
    if q.country is None:
        t.unknown("country", article="Algemene regels 8")
        return
    code = q.country
    unclear = countries.ambiguity(code)
    if module is None or kind.get("criminal") or kind.get("borgsom"):
        if unclear:
            t.unknown("country", unclear, "Algemene regels 8")
        return
    spec = k.modules[module]
    article = spec["countries_article"]
    scope = kind.get("scope")
    if code == "NL":
        t.use(article)
        return
    if scope == "housing" and spec.get("housing_country"):
        outside_eu = (
            ""
            if code in k.regions[spec["countries"]]
            else (
                f", en de module {k.module_name(module)} geldt alleen in de landen van de Europese Unie, waar "
                f"{countries.country_name(code)} niet bij hoort"  # round 166: "een jaar werken in Canada ... verhuurder"
            )
        )
        t.no(article, f"Gaat het conflict over een woning, dan moet die woning in Nederland staan{outside_eu}.")
        return
    allowed = (
        spec["contract_countries"] if scope == "contract" and spec.get("contract_countries") else spec["countries"]
    )
    if allowed == "world":
        t.use(article)
        if unclear:
            t.unknown("country", unclear, "Algemene regels 8")
        return
    if unclear:
        t.unknown("country", unclear, article)
    elif code in k.regions[allowed]:
        t.use(article, "Algemene regels 8")
        t.notes.append(
            "In het buitenland moet het recht van een van de verzekerde landen gelden en moet de rechter daar uw conflict mogen behandelen."
        )
    else:
        where = "de Europese Unie" if allowed == "eu" else allowed
        what = "Een conflict over een contract is" if scope == "contract" and module == "verkeer" else "Deze module is"
        covered = kind.get("covered_by", {}).get(module)
        # round 102: the article the conflict falls under is said too ("een erfenis in Turkije": C&W 2i, but C&W 4)
        if covered:
            what = f"Dit conflict valt onder {k.cite(covered).strip('()')}, maar {what[0].lower()}{what[1:]}"
        t.no(article, f"{what} alleen verzekerd in {where}, en {countries.country_name(code)} hoort daar niet bij.")


def _minimum(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace, k: Knowledge) -> None:
    if kind.get("excluded_by") or kind.get("criminal") or kind.get("borgsom"):
        return
    if module is not None and not k.modules[module]["minimum_applies"]:
        return
    minimum = k.required_amount("minimum")
    if q.amount is None:
        if kind.get("monetary") and q.facts.get("gaat_om_geld") is not False:
            t.unknown("amount", article="Algemene regels 11g")
        return
    if Decimal(q.amount) <= minimum:
        # round 157: the module the conflict belongs to is named ("Het conflict (module Inkomen) gaat om € 150")
        covering = [module] if module else [m for m in kind.get("covered_by", {}) if k.modules[m]["minimum_applies"]]
        which = f" (module {' of '.join(k.module_name(m) for m in covering)})" if covering else ""
        t.no(
            "Algemene regels 11g",
            f"Het conflict{which} gaat om {format_euro(q.amount)}; dat is {format_euro(minimum)} of minder (rente en "
            "incassokosten tellen niet mee).",
        )


def _maximum(
    q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, t: _Trace, k: Knowledge
) -> tuple[int | None, str]:
    if kind.get("borgsom"):
        value = k.required_amount("borgsom_max")
        return value, f"een renteloze lening van maximaal {format_euro(value)}"
    if q.outside_lawyer:
        required = q.facts.get("advocaat_wettelijk_verplicht")
        if required is None:
            return (
                None,
                "hangt af van of een advocaat wettelijk verplicht is; zo niet, dan geldt het maximumbedrag op uw polis",
            )
        if not required:
            return (
                None,
                "het maximumbedrag op uw polis (u kiest zelf een deskundige van buiten ARAG), na een eigen bijdrage",
            )
    if q.country is None:
        return None, "hangt af van het land"
    if module == "verkeer" and q.country == k.modules["verkeer"].get("no_maximum_country"):
        return None, "geen maximum"
    region = countries.region(q.country)
    if region == "ambiguous":
        return None, (
            f"{format_euro(k.required_amount('max_europe'))} of {format_euro(k.required_amount('max_elsewhere'))} "
            f"per gebeurtenis; dat hangt af van {countries.ambiguity(q.country)}"
        )
    key = "max_elsewhere" if region == "elsewhere" else "max_europe"
    return k.required_amount(key), f"{format_euro(k.required_amount(key))} per gebeurtenis"


def _eigen_risico(q: CoverageQuestion, kind: Mapping[str, Any], module: str | None, k: Knowledge) -> str:
    if kind.get("criminal") or kind.get("no_eigen_risico"):
        return "Voor strafzaken betaalt u geen eigen risico."
    if module == "verkeer":
        liable = q.facts.get("ander_aansprakelijk")
        if liable:
            return "U betaalt geen eigen risico, omdat de ander volgens de wet uw schade moet vergoeden."
        if liable is None:
            return (
                "Staat er een eigen risico op uw polis, dan hoeft u dat niet te betalen als de ander "
                "volgens de wet uw schade moet vergoeden."
            )
    return "Staat er een eigen risico op uw polis, dan betaalt u dat bedrag zelf bij dit conflict."


def _verdict(
    q: CoverageQuestion,
    kind: Mapping[str, Any],
    module: str | None,
    t: _Trace,
    k: Knowledge,
    maximum: int | None,
    maximum_text: str,
    eigen_risico: str,
) -> Verdict:
    maximum_article = ["Algemene regels 6b"] if maximum is not None or maximum_text == "geen maximum" else []
    if t.negatives:
        articles = _unique([a for a, _ in t.negatives])
        reasons = _unique([r for _, r in t.negatives])
        articles += [a for a in kind.get("see_also", []) if a not in articles]
        lead = "Dit conflict is niet verzekerd."
        if q.involved == "child_studying" and "Algemene regels 1" not in articles:
            # round 69: the child away for a study is insured (art. 1); something else decides
            label = k.insured_persons["child_studying"][
                "label"
            ]  # "een kind dat ergens anders woont voor een dagstudie"
            lead = f"Dit conflict is niet verzekerd, al is {label} wel meeverzekerd."
            articles.append("Algemene regels 1")
        text = f"{lead} " + " ".join(reasons)
        if kind.get("note"):
            text += " " + k.render(kind["note"])
        return Verdict(NIET_GEDEKT, tuple(articles), None, "niet van toepassing", text, eigen_risico="")
    if t.unknowns:
        order = list(QUESTIONS)
        unknowns = sorted(t.unknowns, key=lambda u: order.index(u[0]) if u[0] in order else len(order))
        depends = tuple(text for _, text, _ in unknowns)
        articles = _unique([a for _, _, a in unknowns if a] + t.articles)
        text = "Of dit conflict verzekerd is, hangt af van: " + "; ".join(depends) + "."
        if kind.get("borgsom"):
            text += " " + k.article("Algemene regels 13").summary
        if kind.get("criminal"):
            text += " " + k.article("Algemene regels 12").summary
        return Verdict(
            HANGT_AF_VAN,
            tuple(articles),
            maximum,
            maximum_text,
            text,
            depends_on=depends,
            missing=tuple(name for name, _, _ in unknowns),
            eigen_risico=eigen_risico,
        )
    applies = {"consument_wonen": "Consument & Wonen 1", "verkeer": "Verkeer 1", "inkomen": "Inkomen 1"}
    extra = [applies[module]] if module else []
    if q.outside_lawyer:
        extra.append("Algemene regels 5")
    articles = _unique(t.articles + extra + maximum_article)
    if kind.get("criminal"):
        text = (
            "Uw kosten voor juridische hulp worden terugbetaald, omdat de strafzaak is geëindigd in "
            "vrijspraak, ontslag van rechtsvervolging of een besluit om u niet verder te vervolgen."
        )
        return Verdict(GEDEKT, tuple(articles), maximum, maximum_text, text, eigen_risico=eigen_risico)
    text = f"Dit conflict is verzekerd: {kind['label']}"
    if module:
        text += f", onder de module {k.module_name(module)}"
    helped = k.render(kind["help_text"]) + " Andere" if kind.get("help_text") else "U krijgt juridische hulp; andere"
    if maximum_text != "geen maximum":
        text += f". {helped} kosten vergoedt ARAG tot {maximum_text}."
    else:
        text += f". {helped} kosten vergoedt ARAG zonder maximum: voor een verkeersgebeurtenis in Nederland geldt geen maximumbedrag."
    if q.amount is not None and maximum is not None and Decimal(q.amount) < maximum:
        text += " ARAG vergoedt nooit meer dan het bedrag waar uw conflict om gaat."
    text += " " + " ".join(t.notes + [eigen_risico])
    return Verdict(GEDEKT, tuple(articles), maximum, maximum_text, text.strip(), eigen_risico=eigen_risico)


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


# ---------------------------------------------------------------------- costs (art. 6, 10, 13)
def check_cost(cost: str) -> Verdict:
    """Is this kind of cost reimbursed (for an insured conflict)? Keys: knowledge `costs`."""
    k = knowledge()
    entry = k.costs.get(cost)
    if entry is None:
        reason = "Welke kosten bedoelt u precies?"
        return Verdict(HANGT_AF_VAN, (), None, "nog niet bekend", reason, depends_on=(reason,), reask=(reason,))
    label = k.render(entry["label"])
    article = entry["article"]
    if cost == "borgsom":
        value = k.required_amount("borgsom_max")
        return Verdict(
            HANGT_AF_VAN,
            (article,),
            value,
            f"een renteloze lening van maximaal {format_euro(value)}",
            k.article(article).summary,
            depends_on=("of het conflict zelf verzekerd is",),
            missing=("conflict",),
        )
    if entry["reimbursed"] is True and entry.get("outside_maximum"):
        # Art. 17: "Deze kosten tellen niet mee bij het maximale bedrag dat we vergoeden."
        return Verdict(
            GEDEKT,
            (article,),
            None,
            "volledig, buiten het maximumbedrag",
            f"ARAG betaalt {label}. Deze kosten tellen niet mee voor het maximumbedrag.",
        )
    if entry["reimbursed"] is True:
        maximum = k.required_amount("max_europe")
        return Verdict(
            GEDEKT,
            (article,),
            None if article == "Algemene regels 6a" else maximum,
            "volledig"
            if article == "Algemene regels 6a"
            else f"samen met andere kosten tot {format_euro(maximum)} per gebeurtenis (elders {format_euro(k.required_amount('max_elsewhere'))})",
            f"ARAG vergoedt {label}, als uw conflict verzekerd is."
            + (
                ""
                if article == "Algemene regels 6a"
                # round 100: "betalen jullie dan ook de kosten van de tegenpartij?" is answered with the maximum (art. 6)
                else f" Samen met de andere kosten tot {format_euro(maximum)} per gebeurtenis (buiten Europa en de landen rond "
                f"de Middellandse Zee {format_euro(k.required_amount('max_elsewhere'))})."
            ),
        )
    if entry["reimbursed"] == "partial":
        summary = k.article(article).summary
        # the article's sentence about this cost ("... dan vergoedt ARAG de redelijke kosten van één rapport"),
        # not its other conditions (art. 9's knowing in advance)
        about = [p for p in re.split(r"(?<=[.!?])\s+", summary) if cost[:8] in p.lower()]
        return Verdict(
            HANGT_AF_VAN,
            (article,),
            None,
            "gedeeltelijk",
            entry.get("explanation")
            or (" ".join(about) if about else f"ARAG vergoedt {label} alleen onder voorwaarden: {summary}"),
            depends_on=(summary,),
        )
    return Verdict(NIET_GEDEKT, (article,), None, "niet van toepassing", f"ARAG vergoedt niet: {label}.")
