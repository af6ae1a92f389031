"""A question about one kind of cost ("vergoeden jullie de boete?"): that cost's line first (art. 6, 10, 13, 17).

The general costs answer lists everything ARAG pays and does not pay; a customer who names one cost
gets the line for it from the knowledge file's `costs` (via `checker.check_cost`), then the general
answer as details.
"""

from __future__ import annotations

import re

from flexbot.dutch import fold
from flexbot.flexpolis import checker, replies, story_facts
from flexbot.flexpolis.knowledge import knowledge

# Art. 6b: the other side does not do what the court said ("en als de rechter zegt dat hij moet betalen en hij doet
# het nog steeds niet?"): the costs of having the judgement carried out (round 26).
JUDGEMENT_NOT_FOLLOWED = (
    r"\b(rechter|uitspraak|vonnis)\b[^?]{0,60}\b(hij|zij|ze|die|de \w+)\b"
    r"[^?]{0,25}\b(doet|betaalt|doen|betalen)\b[^?]{0,25}\b(niet|niks|niets)\b|"
    # round 121: "heeft de rechtszaak verloren en weigert NOG STEEDS te betalen wat de rechter heeft bepaald"
    r"\b(weigert|weigeren)\b[^?]{0,30}\bte betalen\b[^?]{0,20}\b(wat )?(de rechter|het vonnis|de uitspraak)\b|"
    r"\b(rechtszaak|procedure|zaak) verloren\b[^?]{0,60}\b(weigert|weigeren|betaalt (\w+ )?niet|betalen (\w+ )?niet)\b"
)

# Art. 6b: travel to a court abroad ("als ik naar de rechtbank in Amerika moet, betalen jullie dan de reis?", round 30).
TRAVEL_TO_COURT = (
    r"\b(rechtbank|rechter|zitting)\b[^?]{0,50}\b(de |mijn |onze )?(reis|vlucht|vliegticket\w*|hotel|overnachting\w*)\b|"
    r"\b(reis|vlucht|hotel)\b[^?]{0,30}\b(naar de|bij de|voor de) (rechtbank|rechter|zitting)\b"
)

# Art. 9 (round 45): whether the customer must first have an expert look or prove the cause ("moet ik eerst zelf een
# expert laten kijken?", "hoe bewijs ik dat het aan hun reparatie ligt?"): ARAG may ask for one expert report first and
# pays its reasonable costs when it helps further.
# round 131: also compounds ("een keukenexpert", "een bouwdeskundige")
EXPERTS = (
    r"(\w*expert|\w*deskundige|bouwkundige|taxateur|keurmeester|schade-expert|expertisebureau|onafhankelijke monteur)"
)
EXPERT_REPORT = (
    r"\b" + EXPERTS + r"\b[^.?!]{0,30}\b(laten |laat )?(kijken|komen|bekijken|onderzoeken|uitzoeken|keuren|inschakelen|"
    r"inhuren|vaststellen)\b|\bhoe (kan |moet |kunnen |moeten )?(ik|we|wij|je) (\w+ ){0,4}(bewijzen|aantonen)\b|"
    r"\b(rapport|onderzoek)\b[^.?!]{0,30}\b(door|van) (een )?"
    + EXPERTS
    + r"\b|\bhoe (bewijs|bewijzen|toon|tonen) (ik|we|wij|je)\b|\b(moet|moeten) (ik|we|wij) (\w+ ){0,3}(bewijzen|aantonen) "
    r"(dat|wie|waar|wat)\b|"
    # round 57: "Ze zeggen dat ik moet bewijzen dat het een bouwkundig probleem is. Wie betaalt zo'n onderzoek?"
    r"\b(ik|we|wij) (moet|moeten) (\w+ ){0,3}(bewijzen|aantonen)\b|\bwie betaalt (\w+ ){0,2}(onderzoek|rapport|expertise|"
    r"keuring|deskundige)\b|"
    # round 63: "Moeten we eerst zelf iets laten onderzoeken voordat jullie iets doen?"
    r"\b(moet|moeten) (ik|we|wij) (eerst )?(zelf )?(eerst )?(iets |het |dat |dit |een rapport |een onderzoek )?(laten )?"
    r"(onderzoeken|uitzoeken|vaststellen|keuren)\b|"
    # round 55: "moeten we zelf een expert betalen?", "betalen jullie een bouwkundige?"
    r"\b" + EXPERTS + r"\b (\w+ )?(betalen|betaalt|betaald|vergoeden|vergoed|regelen)\b|"
    r"\b(betalen|betaalt|vergoeden|vergoedt) (\w+ ){0,3}(een |de )?" + EXPERTS + r"\b"
)

# Customer words -> key of `costs` in data/policy/flexpolis.yml. First match wins.
COST_WORDS: tuple[tuple[str, str], ...] = (
    ("boete", r"\b(boete\w*|dwangsom\w*)\b"),
    (
        "succesbeloning",
        r"\b(succes ?fee|no cure,? no pay|(win|succes|resultaat|winst|slag)bonus|extra beloning|succesbeloning|resultaatbeloning)\b|"
        # a bonus for the lawyer, not the employee's own bonus at stake ("Ze hebben mijn bonus geschrapt", round 124)
        r"\b(advoca\w*|jurist|specialist|kantoor)\b[^.?!]{0,60}\bbonus\b|\bbonus\b[^.?!]{0,40}\b(advoca\w*|jurist|specialist)\b|"
        r"\b\d+ ?(%|procent) extra\b|"
        # round 170: "lager uurtarief maar 15% van wat hij binnenhaalt als we winnen"
        r"\b\d+ ?(%|procent)\W[^.?!]{0,50}\b(als|wanneer|zodra) (we|wij|ik|hij|zij) (winnen|win|wint|gewonnen)\b|"  # "dat hij 15% extra krijgt als we winnen. Betaalt ARAG die bonus ook?"
        r"\b(\d+ ?(%|procent)|percentage|deel) van (de|mijn|het) (schadevergoeding|opbrengst|uitkering|bedrag|resultaat|winst)\b",
    ),
    ("btw_verrekenbaar", r"\b(btw|omzetbelasting)\b"),
    ("scheidsrechter", r"\bscheidsrechter\w*\b"),
    ("mediation", r"\b(mediation|mediator|bemiddelaar)\b"),
    ("griffierecht", r"\bgriffie\w*\b"),
    ("getuigen", r"\bgetuige\w*\b"),
    (
        "buitengerechtelijke_kosten_tegenpartij",
        r"\bbuitengerechtelijke kosten\b|\bincassokosten\b|"  # round 49: the other side's collection costs (art. 10)
        # round 35: the other side's lawyer billing the customer for letters ("een rekening ... voor de brieven die hij
        # mij heeft geschreven")
        r"\b(rekening|factuur|nota|kosten)\b[^.?!]{0,40}\bvoor (de |zijn |haar |hun |die )?(brieven|brief|aanmaning\w*|"
        r"sommatie\w*|herinnering\w*)\b",
    ),
    (
        "proceskosten_tegenpartij",
        r"\b(proceskosten|(advocaat)?kosten van de (tegenpartij|wederpartij))\b|"
        r"\b(advocaat|advocaatkosten|kosten) van de (ander|andere partij|tegenpartij)\b|"
        # "als ik verlies, moet ik dan zijn advocaat betalen?": the other side's lawyer
        r"\b(zijn|haar|hun) (advocaat|advocaatkosten|advocaten)\b.{0,20}\bbetal\w*|"
        # "en als ik verlies?": what the loser pays is the other side's costs the court imposes (art. 6b)
        r"^\W*(en |maar )?(als|wanneer|stel dat) (ik|we|wij) (de zaak |het |de procedure |de rechtszaak )?(verlies|verliezen)\b",
    ),
    ("reiskosten_buitenland", r"\b(reiskosten|hotelkosten|verblijfkosten|overnachting\w*)\b|" + TRAVEL_TO_COURT),
    (
        "deskundigenrapport",
        # "en wie betaalt dat rapport?" after the expert report (round 46)
        r"\b(deskundigenrapport|expertiserapport|rapport)\b|" + EXPERT_REPORT,
    ),
    ("gezamenlijk_belang", story_facts.SHARED.pattern),  # "kunnen we samen één jurist nemen?" (art. 10, round 45)
    (
        "executie",
        r"\b(deurwaarderskosten|uitspraak (laten )?uitvoeren|vonnis (laten )?uitvoeren|executie\w*)\b|"
        # round 170: "Mag er een deurwaarder bij op jullie kosten?" after a judgement won
        r"\bdeurwaarder\b[^.?!]{0,40}\b(kosten|betalen|vergoeden|rekening)\b|" + JUDGEMENT_NOT_FOLLOWED,
    ),
)


MAX_NAMED = 3  # more named costs than this: the general answer lists them all


def cost_keys(text: str) -> list[str]:
    """The costs the question names, in the order it names them ("de btw ... en een dwangsom?")."""
    t = fold(text)
    if ADDED_TO_THE_SUM.search(t):
        return []  # "als ik de rente en incassokosten erbij tel, kom ik er boven?" asks the minimum (art. 11g)
    found = [(match.start(), key) for key, pattern in COST_WORDS if (match := re.search(pattern, t))]
    return [key for _, key in sorted(found)]


ADDED_TO_THE_SUM = re.compile(
    r"\b(rente|incassokosten)\b[^.?!]{0,40}\b(erbij )?(optel\w*|tel\b|tellen\b|meetel\w*|meereken\w*|bij elkaar|samen|"
    r"(heb|hebben) (\w+ )?(gerekend|berekend|opgeteld))\b[^.?!]{0,40}\b(boven|over|genoeg|grens|minimum|175|"
    r"(komt|kom|komen) (het|ik|we|dat) (\w+ )?(op|uit op))\b"
    # round 169: the sum said again after the verdict left the collection costs out ("wacht maar het is toch 205 in totaal??")
    r"|\b(het|dat) is (toch |wel |dan |samen )*(€ ?)?\d{3}\b[^.?!]{0,15}\b(in totaal|totaal|samen|bij elkaar|opgeteld)\b"
)


def cost_key(text: str) -> str | None:
    """The one cost the question names; None for none or several."""
    keys = cost_keys(text)
    return keys[0] if len(keys) == 1 else None


def cost_answer(text: str) -> str | None:
    """'<the named costs' lines> <the general costs answer> (articles)'; None when no cost is named. Two or
    three named costs of which one is not (fully) paid ("btw en een dwangsom?", art. 10) each get their line,
    in the order asked; several that are all paid get the general answer, which says so first."""
    keys = cost_keys(text)
    if not keys or len(keys) > MAX_NAMED:
        return None
    k = knowledge()
    if len(keys) > 1 and all(k.costs[key]["reimbursed"] is True for key in keys):
        return None  # the general answer's first sentences say these are paid (round 7)
    verdicts = [checker.check_cost(key) for key in keys]
    general = replies.faq_text("costs")
    body = re.sub(r"\s\((?:art\.)[^()]*\)\s*$", "", general)
    articles = [a for verdict in verdicts for a in verdict.articles] + list(k.faq["costs"]["articles"])
    lines = _lines(verdicts)
    if all(k.costs[key]["reimbursed"] is False for key in keys):
        lines = f"{lines} Die kosten betaalt u zelf."  # "betaalt ARAG die bonus ook?" (art. 10; round 20)
    return f"{lines} {body} {k.cite(list(dict.fromkeys(articles)))}"


def _lines(verdicts: list[checker.Verdict]) -> str:
    """One sentence for the named costs: 'ARAG vergoedt niet: btw die u kunt verrekenen, en boetes ...'."""
    if len(verdicts) == 1:
        return verdicts[0].explanation
    heads = [re.match(r"^(.*?:)\s", v.explanation) for v in verdicts]
    if all(heads) and len({h.group(1) for h in heads if h}) == 1:
        head = heads[0].group(1) if heads[0] else ""
        items = [v.explanation[len(head) :].strip().rstrip(".") for v in verdicts]
        return f"{head} {'; '.join(items)}."
    return " ".join(v.explanation for v in verdicts)
