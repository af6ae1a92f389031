"""The Flexpolis knowledge file (data/policy/flexpolis.yml): loaded and validated once, read-only.

Texts in the file may contain ``${dotted.path}`` placeholders; they are rendered from the facts
in the same file (amounts as "€ 15.000", periods as "2 werkdagen"), so each fact is typed once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from flexbot import settings

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "data" / "policy" / "flexpolis.yml"
ENV_PATH = "FLEXPOLIS_KNOWLEDGE"
PLACEHOLDER = re.compile(r"\$\{([a-z0-9_.]+)\}")
PARTS = ("Inleiding", "Algemene regels", "Consument & Wonen", "Verkeer", "Inkomen", "Clausuleblad Terrorismedekking")


class KnowledgeError(ValueError):
    """The knowledge file is missing something the bot relies on."""


@dataclass(frozen=True)
class Article:
    id: str
    part: str
    title: str
    summary: str  # rendered plain Dutch
    cite: str  # e.g. "art. 11g Algemene regels"


@dataclass(frozen=True)
class Period:
    value: int
    unit: str

    def __str__(self) -> str:
        return f"{self.value} {self.unit}"


def format_euro(amount: int | Decimal | float) -> str:
    """Dutch money notation: 15000 -> '€ 15.000', Decimal('1500.5') -> '€ 1.500,50'."""
    value = Decimal(str(amount))
    if value == value.to_integral_value():
        return "€ " + f"{int(value):,}".replace(",", ".")
    whole, cents = f"{value:,.2f}".split(".")
    return "€ " + whole.replace(",", ".") + "," + cents


class Knowledge:
    """Typed, validated view of the knowledge file."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        self._validate_shape()
        self.articles: dict[str, Article] = {
            key: Article(
                id=key,
                part=str(value["part"]),
                title=str(value["title"]),
                summary=self.render(" ".join(str(value["summary"]).split())),
                cite=str(value["cite"]),
            )
            for key, value in raw["articles"].items()
        }
        self._validate_references()

    # ------------------------------------------------------------------ facts
    def _section(self, key: str) -> Mapping[str, Any]:
        section: Mapping[str, Any] = self.raw[key]
        return section

    def _table(self, key: str) -> Mapping[str, Mapping[str, Any]]:
        table: Mapping[str, Mapping[str, Any]] = self.raw[key]
        return table

    @property
    def contact(self) -> Mapping[str, Any]:
        return self._section("contact")

    def amount(self, key: str) -> int | None:
        """An amount that may be null in the file (null = no maximum)."""
        value: int | None = self.raw["amounts"][key]
        return value

    def required_amount(self, key: str) -> int:
        """An amount the rules need; KnowledgeError when the file misses it or has null."""
        value = self.raw["amounts"].get(key)
        if value is None:
            raise KnowledgeError(f"amounts.{key} is missing")
        amount: int = value
        return amount

    def period(self, key: str) -> Period:
        value = self.raw["periods"][key]
        return Period(int(value["value"]), str(value["unit"]))

    @property
    def regions(self) -> Mapping[str, Any]:
        return self._section("regions")

    @property
    def modules(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("modules")

    @property
    def insured_persons(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("insured_persons")

    @property
    def conflict_kinds(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("conflict_kinds")

    @property
    def circumstances(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("circumstances")

    @property
    def costs(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("costs")

    @property
    def faq(self) -> Mapping[str, Mapping[str, Any]]:
        return self._table("faq")

    @property
    def keyword_answers(self) -> Mapping[str, Mapping[str, Any]]:
        """Answers reached by a keyword route only (no intent of their own); shaped like `faq`."""
        table: Mapping[str, Mapping[str, Any]] = self.raw.get("keyword_answers") or {}
        return table

    def complaint_policy(self, key: str, cited: bool = True) -> str:
        """A sentence of ARAG's complaint policy (seeds 000/001), rendered, with its citation unless `cited` is off."""
        section = self._section("complaint_policy")
        text = self.render(section[key])
        return f"{text} {section['cite']}" if cited else text

    @property
    def reminder(self) -> str:
        return self.render(self.raw["reminder"])

    def module_name(self, module: str) -> str:
        return str(self.modules[module]["name"])

    # ------------------------------------------------------------------ text
    def lookup(self, dotted: str) -> Any:
        node: Any = self.raw
        for part in dotted.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise KnowledgeError(f"unknown placeholder ${{{dotted}}}")
            node = node[part]
        return node

    def fact_text(self, dotted: str) -> str:
        """A fact as Dutch text: amounts as euros, periods as '2 werkdagen'."""
        value = self.lookup(dotted)
        if dotted.startswith("amounts."):
            return "geen maximum" if value is None else format_euro(value)
        if isinstance(value, Mapping) and {"value", "unit"} <= set(value):
            return str(Period(int(value["value"]), str(value["unit"])))
        if isinstance(value, (str, int)):
            return str(value)
        raise KnowledgeError(f"placeholder ${{{dotted}}} is not a single fact")

    def render(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self.fact_text(m.group(1)), " ".join(text.split()))

    def article(self, article_id: str) -> Article:
        try:
            return self.articles[article_id]
        except KeyError:
            raise KnowledgeError(f"unknown article id {article_id!r}") from None

    def cite(self, ids: str | Iterable[str]) -> str:
        """'(art. 11g Algemene regels)'; several ids are joined with '; ' in the given order."""
        if isinstance(ids, str):
            ids = [ids]
        seen: list[str] = []
        for article_id in ids:
            text = self.article(article_id).cite
            if text not in seen:
                seen.append(text)
        return "(" + "; ".join(seen) + ")" if seen else ""

    # ------------------------------------------------------------------ validation
    def _validate_shape(self) -> None:
        raw = self.raw
        required = [
            "contact",
            "amounts",
            "periods",
            "regions",
            "modules",
            "insured_persons",
            "conflict_kinds",
            "circumstances",
            "costs",
            "articles",
            "faq",
            "reminder",
        ]
        missing = [key for key in required if key not in raw]
        if missing:
            raise KnowledgeError(f"knowledge file misses top-level keys: {missing}")
        self._validate_contact(raw["contact"])
        self._validate_articles(raw["articles"])
        for key, value in raw["amounts"].items():
            if value is not None and (not isinstance(value, int) or value < 0):
                raise KnowledgeError(f"amounts.{key} must be a non-negative integer or null")
        for key in raw["periods"]:
            self.period(key)
        for name, codes in raw["regions"].items():
            if name == "ambiguous":
                codes = list(codes)
            bad = [code for code in codes if not re.fullmatch(r"[A-Z]{2}", str(code))]
            if bad:
                raise KnowledgeError(f"regions.{name} has invalid codes {bad}")

    @staticmethod
    def _validate_contact(contact: Mapping[str, Any]) -> None:
        for key in ("website", "report_case", "hours"):
            if not contact.get(key):
                raise KnowledgeError(f"contact.{key} is missing")
        for key in ("phone", "email"):
            if not contact.get("servicecenter", {}).get(key):
                raise KnowledgeError(f"contact.servicecenter.{key} is missing")

    @staticmethod
    def _validate_articles(articles: Mapping[str, Mapping[str, Any]]) -> None:
        for key, value in articles.items():
            for field in ("part", "title", "summary", "cite"):
                if not value.get(field):
                    raise KnowledgeError(f"article {key!r} misses {field!r}")
            if value["part"] not in PARTS or not key.startswith(value["part"]):
                raise KnowledgeError(f"article {key!r} has unexpected part {value['part']!r}")

    def _validate_references(self) -> None:
        ids: set[str] = set()

        def collect(value: Any) -> None:
            if isinstance(value, str):
                ids.add(value)
            elif isinstance(value, Mapping):
                for item in value.values():
                    collect(item)

        for module in self.modules.values():
            collect(module.get("countries_article"))
            collect(module.get("options", {}))
        for person in self.insured_persons.values():
            collect(person.get("article"))
            collect(person.get("modules", {}))
        for kind in self.conflict_kinds.values():
            for key in ("covered_by", "excluded_by", "excluded_by_option", "requires_option", "not_covered_in"):
                collect(kind.get(key))
            self._validate_kind_names(kind)
        for table in (self.circumstances, self.costs):
            for entry in table.values():
                collect(entry["article"])
        for entry in (*self.faq.values(), *self.keyword_answers.values()):
            ids.update(entry["articles"])
            self.render(entry["answer"])
        for entry in self.circumstances.values():
            self.render(entry["question"])
        for entry in self.costs.values():
            self.render(entry["label"])
        self.reminder  # noqa: B018 - renders, raising on a bad placeholder
        self._validate_complaint_policy()
        unknown = sorted(i for i in ids if i and i not in self.articles)
        if unknown:
            raise KnowledgeError(f"unknown article ids referenced: {unknown}")

    def _validate_complaint_policy(self) -> None:
        """Every sentence of the complaint policy renders (no unknown placeholder)."""
        for key in self._section("complaint_policy"):
            self.complaint_policy(key)

    def _validate_kind_names(self, kind: Mapping[str, Any]) -> None:
        """A conflict kind names only known circumstances and modules."""
        for fact in kind.get("requires_facts", {}):
            if fact not in self.circumstances:
                raise KnowledgeError(f"requires_facts names unknown circumstance {fact!r}")
        for module in kind.get("covered_by", {}):
            if module not in self.modules:
                raise KnowledgeError(f"covered_by names unknown module {module!r}")


def load_knowledge(path: str | Path | None = None) -> Knowledge:
    """Parse and validate a knowledge file (no caching; use `knowledge()` in the bot)."""
    path = Path(path or settings.get().knowledge_file)
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    if not isinstance(raw, Mapping):
        raise KnowledgeError(f"{path} does not hold a mapping")
    return Knowledge(raw)


@lru_cache(maxsize=1)
def knowledge() -> Knowledge:
    """The bot's knowledge, loaded once per process."""
    return load_knowledge()


def cite(ids: str | Iterable[str]) -> str:
    """Citation text such as '(art. 11g Algemene regels)'."""
    return knowledge().cite(ids)
