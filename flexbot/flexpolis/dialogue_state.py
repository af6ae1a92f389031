"""The coverage form's memory (`CheckState`, kept in the slot `cc_state`) and adding answers to it.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from decimal import Decimal
from typing import Any

from flexbot.flexpolis import checker
from flexbot.flexpolis.checker import CoverageQuestion

# Facts a customer states explicitly; a different value later is a contradiction to re-ask.
EXPLICIT = ("conflict", "opponent", "amount", "country")


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
