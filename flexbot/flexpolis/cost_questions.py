"""A question about one kind of cost ("vergoeden jullie de boete?"): that cost's line first (art. 6, 10, 13, 17).

The general costs answer lists everything ARAG pays and does not pay; a customer who names one cost
gets the line for it from the knowledge file's `costs` (via `checker.check_cost`), then the general
answer as details.
"""

from __future__ import annotations

import re

from flexbot.dutch import fold
from flexbot.flexpolis import checker, replies
from flexbot.flexpolis.knowledge import knowledge

# Customer words -> key of `costs` in data/policy/flexpolis.yml. First match wins.
COST_WORDS: tuple[tuple[str, str], ...] = (
    ("boete", r"\b(boete\w*|dwangsom\w*)\b"),
    ("succesbeloning", r"\b(succes ?fee|no cure,? no pay|bonus|extra beloning|succesbeloning)\b"),
    ("btw_verrekenbaar", r"\b(btw|omzetbelasting)\b"),
    ("scheidsrechter", r"\bscheidsrechter\w*\b"),
    ("mediation", r"\b(mediation|mediator|bemiddelaar)\b"),
    ("griffierecht", r"\bgriffie\w*\b"),
    ("getuigen", r"\bgetuige\w*\b"),
    ("buitengerechtelijke_kosten_tegenpartij", r"\bbuitengerechtelijke kosten\b"),
    (
        "proceskosten_tegenpartij",
        r"\b(proceskosten|(advocaat)?kosten van de (tegenpartij|wederpartij))\b|"
        r"\b(advocaat|advocaatkosten|kosten) van de (ander|andere partij|tegenpartij)\b|"
        # "als ik verlies, moet ik dan zijn advocaat betalen?": the other side's lawyer
        r"\b(zijn|haar|hun) (advocaat|advocaatkosten|advocaten)\b.{0,20}\bbetal\w*",
    ),
    ("reiskosten_buitenland", r"\b(reiskosten|hotelkosten|verblijfkosten|overnachting\w*)\b"),
    ("deskundigenrapport", r"\b(deskundigenrapport|expertiserapport|rapport van een (deskundige|expert))\b"),
    ("executie", r"\b(deurwaarderskosten|uitspraak (laten )?uitvoeren|vonnis (laten )?uitvoeren|executie\w*)\b"),
)


def cost_key(text: str) -> str | None:
    """The one cost the question names; None for none or several (the general answer lists them all)."""
    t = fold(text)
    keys = [key for key, pattern in COST_WORDS if re.search(pattern, t)]
    return keys[0] if len(keys) == 1 else None


def cost_answer(text: str) -> str | None:
    """'<the named cost's line> <the general costs answer> (articles)'; None when no cost is named."""
    key = cost_key(text)
    if key is None:
        return None
    verdict = checker.check_cost(key)
    k = knowledge()
    general = replies.faq_text("costs")
    body = re.sub(r"\s\((?:art\.)[^()]*\)\s*$", "", general)
    articles = [*verdict.articles, *k.faq["costs"]["articles"]]
    return f"{verdict.explanation} {body} {k.cite(list(dict.fromkeys(articles)))}"
