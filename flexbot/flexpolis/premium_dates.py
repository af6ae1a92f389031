"""Art. 14 with the customer's own dates: a premium paid late, and a conflict in the days without cover.

"Na de datum op deze brief of in deze e-mail bent u nog 15 dagen verzekerd. Na 15 dagen bent u niet meer
verzekerd. De verzekering begint weer op de dag nadat wij de premie alsnog van u hebben gekregen."

A customer who tells the date of ARAG's warning ("aanmaning van 1 mei") and the date of what happened ("op 20
mei ontslagen", "nu is het 20 mei en ik heb net ruzie") gets the verdict for that date: in the 15 days still
insured, after them not, until the day after the premium came in ("pas op 28 mei betaald"). Dates without a
year are taken in one year; the periods come from the knowledge file.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from flexbot.dutch import fold
from flexbot.flexpolis.knowledge import knowledge

MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
_DATE = r"(?P<{name}_day>\d{{1,2}}) (?P<{name}_month>" + "|".join(MONTHS) + r")\b"
WARNING = re.compile(
    r"\b(aanmaning|waarschuwing\w*|herinnering|betalingsherinnering|brief|e-?mail|mail)\b[^.?!]{0,40}?\b"
    r"(van|gedateerd|op|dd|d\.d\.|met datum)\s+"
    + _DATE.format(name="w")
    # round 139: the date first ("Ik kreeg op 1 maart een brief van jullie dat ik mijn premie nog moest betalen")
    + r"|\bop\s+"
    + _DATE.format(name="v")
    + r"\s+(\w+ ){0,3}(aanmaning|waarschuwing\w*|herinnering|betalingsherinnering|brief|e-?mail|mail)\b"
)
PAID = re.compile(
    r"\b(betaald|overgemaakt|voldaan)\b[^.?!]{0,15}?\bop\s+"
    + _DATE.format(name="p")
    + r"|\bop\s+"
    + _DATE.format(name="q")
    # "dat heb ik pas op 20 april gedaan" after the premium to pay (round 139)
    + r"\s+(\w+ ){0,3}(betaald|overgemaakt|voldaan|gedaan)\b"
)
ANY_DATE = re.compile(_DATE.format(name="d"))

# A premium not paid in time: whether one is still insured is art. 14's question (actions/coverage.py), and
# the dates below count only in a story about it (a landlord's "brief van 1 mei" is no premium warning).
UNPAID_PREMIUM = re.compile(
    # round 68: "te laat" only as paid late ("scheelde premie. Nu ben ik ontslagen omdat ik twee keer te laat kwam")
    r"\bpremie\w*\b.{0,80}\b(mislukt|niet (op tijd )?(betaald|afgeschreven)|vergeten|te laat (\w+ )?(betaald|overgemaakt|"
    r"afgeschreven)|achterstand|teruggeboekt|gestorneerd|storno)\b|\b(mislukt|niet (op tijd )?betaald|vergeten|te laat "
    r"(betaald|overgemaakt)|teruggeboekt|gestorneerd)\b.{0,80}"
    r"\bpremie\w*\b|\b(aanmaning|herinnering|betalingsherinnering|waarschuwing\w*)\b.{0,60}\bpremie\w*\b|\bpremie\w*\b.{0,60}"
    r"\b(aanmaning|herinnering|betalingsherinnering|waarschuwing\w*)\b|"
    # the premium named by whom it is owed to: "een betalingsachterstand bij jullie" (round 19)
    r"\b(betalings)?achterstand bij (jullie|arag|u)\b|\b(aanmaning|betalingsherinnering) (van|door) (jullie|arag)\b|"
    # round 139: "een brief van jullie dat ik mijn premie nog moest betalen"
    r"\bpremie\w* (nog )?(moest|moet|moesten|moeten) (\w+ )?(betalen|voldoen|overmaken)\b"
)


def _date(match: re.Match[str], name: str, year: int) -> date:
    return date(year, MONTHS.index(match.group(f"{name}_month")) + 1, int(match.group(f"{name}_day")))


def _long(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def gap_answer(text: str, earlier: str = "", today: date | None = None) -> str | None:
    """The art. 14 verdict when the warning's date (in `text` or the customer's `earlier` words) and the date of
    what happened (in `text`) put the event in the days without cover; None otherwise (no dates, or covered)."""
    year = (today or date.today()).year
    said, now = fold(f"{earlier} {text}"), fold(text)
    warned = WARNING.search(said)
    if not warned or not UNPAID_PREMIUM.search(said):
        return None
    warning = _date(warned, "w" if warned.group("w_day") else "v", year)
    paid_match = PAID.search(said)
    paid = None
    if paid_match:
        paid = _date(paid_match, "p" if paid_match.group("p_day") else "q", year)
    told = {warning, paid}
    events = [d for d in (_date(m, "d", year) for m in ANY_DATE.finditer(now)) if d not in told]
    if not events:
        return None
    grace = knowledge().period("grace_after_warning")  # art. 14: 15 dagen
    event, last_covered = events[0], warning + timedelta(days=grace.value)
    if event <= last_covered or (paid is not None and event > paid):
        return None
    k = knowledge()
    again = (
        f" Kwam uw betaling van {_long(paid)} die dag binnen, dan bent u vanaf {_long(paid + timedelta(days=1))} weer "
        "verzekerd."
        if paid
        else ""
    )
    return (
        f"Dit conflict is niet verzekerd. Na de waarschuwing van {_long(warning)} was u nog "
        f"{grace} verzekerd, tot en met {_long(last_covered)}; daarna niet meer, tot de "
        f"dag nadat ARAG de premie alsnog heeft ontvangen.{again} Wat op {_long(event)} gebeurde, valt daar "
        f"buiten {k.cite(['Algemene regels 14'])}."
    )
