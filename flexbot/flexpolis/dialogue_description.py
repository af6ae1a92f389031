"""Everything a free description (or any answer) tells, for prefilling the coverage form.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import conflict_cues, conflicts, story_facts
from flexbot.flexpolis.dialogue_amounts import amount_in_text
from flexbot.flexpolis.dialogue_conflict import conflict_text
from flexbot.flexpolis.dialogue_country import DESTINATION, DUTCH_ORGANISER, FLIGHT, country_in_description
from flexbot.flexpolis.dialogue_dates import MODULE_TO_ADD, first_event_in_text, inheritance_timing, reported_after_end
from flexbot.flexpolis.dialogue_people import (
    AU_PAIR_AGAINST_HOSTS,
    CONFLICT_WITH_HOUSEHOLD,
    HOUSEHOLD_CLAIMS,
    _who_has_it,
    household_opponent,
)
from flexbot.flexpolis.dialogue_policy import MODULES_ON_POLICY, alleenstaand_in_text, options_in_text, parse_modules
from flexbot.flexpolis.dialogue_replies import OWN_BUSINESS, SELLING_FOR_INCOME, parse_role
from flexbot.flexpolis.knowledge import knowledge

UNPAID = re.compile(
    # round 90: an unpaid bill is no unpaid function ("aansprakelijk voor een onbetaalde rekening")
    r"\b(onbetaald\w*(?! (rekening|rekeningen|factuur|facturen|nota|huur|loon|bedrag|schuld\w*))|vrijwillig\w*|vrijwilliger\w*|onbezoldigd\w*|zonder (vergoeding|betaling)|voor niks|gratis)\b"
)
UNPAID = re.compile(
    # round 90: an unpaid bill is no unpaid function ("aansprakelijk voor een onbetaalde rekening")
    r"\b(onbetaald\w*(?! (rekening|rekeningen|factuur|facturen|nota|huur|loon|bedrag|schuld\w*))|vrijwillig\w*|vrijwilliger\w*|onbezoldigd\w*|zonder (vergoeding|betaling)|voor niks|gratis)\b"
)
# The board member blamed for how they acted ("stelt dat ik als bestuurder onzorgvuldig heb gehandeld", "stelt mij
# persoonlijk aansprakelijk"), Inkomen 3b's words
REPROACHED = re.compile(
    r"\b(onzorgvuldig|onjuist|nalatig|onbehoorlijk|wanbeleid|verwijt\w*|verweten|bestuurdersaansprakelijkheid|"
    r"(persoonlijk|hoofdelijk) aansprakelijk|van mij persoonlijk|schadevergoeding)\b"
)
PAID = re.compile(
    r"(?<!on)\b(betaald|bezoldigd\w*|betaalde (functie|bestuurder)|tegen (betaling|vergoeding)|met (een )?vergoeding)\b|"
    # round 46: "het bestuur wil me een vaste vergoeding per maand geven"
    # round 82: "een vergoeding van 50 euro per maand krijg"
    r"\b(een )?(vaste |maandelijkse )?vergoeding (per (maand|jaar|vergadering) )?([\w€.,]+ ){0,6}(geven|krijgen|krijg|betalen|"
    r"ontvangen)\b|\b(krijg|krijgen|ontvang|ontvangen) (ik|we|wij) (\w+ )?(een )?(vaste |maandelijkse )?vergoeding\b|"
    # round 60: "Vanaf volgend jaar krijg ik 500 euro per maand als voorzitter"
    r"\b(krijg|krijgen|ontvang|ontvangen|verdien|verdienen) (ik|we|wij) (\w+ )?(€ ?)?\d+([.,]\d+)? ?(euro|eur)? per "
    r"(maand|jaar|vergadering|week)\b|"
    # round 86: "Onze penningmeester krijgt wel een vergoeding van 500 euro per jaar"
    r"\b(krijgt|ontvangt) (wel |ook |toch |gewoon )*(een )?(vaste |maandelijkse |jaarlijkse )?vergoeding\b"
    # round 90: "krijg daar 400 euro per maand bestuursvergoeding voor"
    r"|(?<!geen )\bbestuursvergoeding\b"
)


# Dictated punctuation ("... komma mijn moeder ... punt kan zij ... vraagteken") as the marks themselves.
DICTATED = {"komma": ",", "punt": ".", "vraagteken": "?", "uitroepteken": "!", "dubbele punt": ":"}
DICTATED_WORD = re.compile(r"\s*\b(" + "|".join(sorted(DICTATED, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# Round 68: the customer sold the vehicle ("In april heb ik mijn oude Polo via Marktplaats verkocht").
CUSTOMER_SOLD = re.compile(
    r"\b(heb|hebben) (ik|we|wij) ([\w()']+ ){0,14}verkocht\b|\b(ik|we|wij) (heb|hebben) ([\w()']+ ){0,14}verkocht\b|"
    r"\b(ik|we|wij) (verkocht|verkochten)\b|\bverkocht (ik|we|wij)\b"
)


# The customer moving abroad ("ik verhuis in september naar Dublin", "we emigreren naar Canada").
MOVING_ABROAD = re.compile(
    r"\b(ik|we|wij) (\w+ ){0,2}(verhuis|verhuizen|emigreer|emigreren)\b|\b(ik|we|wij) (ga|gaan) (\w+ ){0,3}wonen\b|"
    r"\b(verhuis|verhuizen|emigreer|emigreren) (ik|we|wij)\b|\b(en|dan) (verhuis|verhuizen|emigreer|emigreren)\b"
)


def undictated(text: str) -> str:
    """The text with dictated punctuation words as marks, when two or more of them are dictated."""
    if len({m.group(1).lower() for m in DICTATED_WORD.finditer(text)}) < 2:
        return text
    return DICTATED_WORD.sub(lambda m: DICTATED[m.group(1).lower()], text)


def _where(text: str, opponent: str | None) -> dict[str, Any]:
    """The country of the conflict, and a move abroad told with it (art. 15)."""
    where: dict[str, Any] = {"country": country_in_description(text)}
    if where["country"] and FLIGHT.search(fold(text)):
        # A flight's destination is not where the contract is ("mijn vlucht naar Bali is geannuleerd").
        where["country"] = country_in_description(DESTINATION.sub(" ", text))
    if where["country"] not in (None, "NL") and MOVING_ABROAD.search(fold(text)):
        where["facts.verhuist_naar_buitenland"] = True  # round 65: art. 15, the policy ends on leaving the Netherlands
    if DUTCH_ORGANISER.search(fold(text)) or opponent in ("svb", "uwv", "tax_authority", "municipality"):
        # art. 8: Dutch law and a Dutch court apply (docs/policy.md); a Dutch body's decision is Dutch, wherever the
        # customer once worked ("vier jaar in Canada gewerkt, nu kort de SVB mijn AOW", round 49)
        where["country"] = "NL"
    return where


# Round 110: a fact set straight within the message. A belief told and let go ("Eerst dacht ik dat het om een strafzaak
# ging, maar het blijkt het CBR te zijn") is dropped; after a correction ("Correctie: de jas zelf kostte 130 euro", "Nee
# sorry, ik haal dingen door elkaar: het was een winkel in Duitsland") the facts told there replace the earlier ones.
SUPERSEDED = re.compile(
    r"\b(eerst |aanvankelijk )?((dacht|dachten) (ik|we|wij)|(ik|we|wij) (dacht|dachten)) (eerst |aanvankelijk )?(nog )?dat\b"
    r"[^.!?]*?[,.]?\s*\b(maar|echter)\b",
    flags=re.IGNORECASE,
)
CORRECTED_AFTER = re.compile(
    r"\b(correctie|nee sorry|oh? nee sorry|ik haal (\w+ ){0,3}door elkaar|ik zeg het verkeerd|ik vergis me|ik vergiste me|"
    r"ik heb me vergist)\b\s*[:,.;!-]?",
    flags=re.IGNORECASE,
)
CORRECTED_KEYS = ("amount", "country", "modules", "role", "eigen_woning", "alleenstaand")


def facts_in_description(text: str) -> dict[str, Any]:
    """Everything a free description of the conflict tells, for prefilling the form; a fact set straight within the
    message counts as set straight."""
    text = SUPERSEDED.sub(" ", text)
    corrected = CORRECTED_AFTER.search(text)
    found = _facts_in_description(text)
    if not corrected:
        return found
    after = _facts_in_description(text[corrected.end() :])
    kept = {k: v for k, v in after.items() if k in CORRECTED_KEYS or k.startswith("facts.")}
    return {**found, **kept}


def _facts_in_description(text: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    text = undictated(text)
    guess = conflicts.normalise_conflict(conflict_text(text))
    only_a_party = all(m.startswith("opponent:") for m in guess.matched)
    if guess.kind and not (only_a_party and conflicts.OWN_POLICY_ENDED.search(fold(text))):
        # round 143: "Ik ga naar een verpleeghuis en wil mijn verzekering opzeggen": the policy ended, no conflict
        found["conflict"] = guess.kind
    if guess.opponent:
        found["opponent"] = guess.opponent
    found.update(_who_has_it(text))
    against = household_opponent(text)
    sold = re.search(r"\b(verkocht|gekocht)\b", fold(text))
    quarrel = re.search(f"{CONFLICT_WITH_HOUSEHOLD}|{HOUSEHOLD_CLAIMS}", fold(text))
    # round 72: "mijn MacBook aan mijn dochter ... verkocht"; "ruzie met mijn vriendin met wie ik samenwoon"
    if against and (guess.kind or sold or quarrel or against == "au_pair"):
        found["opponent"], found["involved"] = against, "policyholder"
        found.setdefault("conflict", "medeverzekerde")  # round 106: "Onze au pair ... dreigt met een advocaat"
        if all(m.startswith("opponent:") for m in guess.matched) and sold:
            found["conflict"] = "consumentenkoop"  # round 65: a thing sold to a brother at home, not his inheritance
    if AU_PAIR_AGAINST_HOSTS.search(fold(text)):
        found["opponent"], found["involved"] = "host_family", "au_pair"
        found.setdefault("conflict", "medeverzekerde")
    found.update(_where(text, guess.opponent))
    if (
        guess.traffic
        and conflict_cues.NO_OWN_MOTOR.search(fold(text))
        and not re.search(  # round 66: also the own car by its make or model ("nu is mijn Polo aangereden")
            r"\b(mijn|onze|m'?n) (\w+ )?((auto|motor|scooter|brommer|camper|polo|golf)\b|"
            + conflict_cues.CAR_BY_NAME
            + ")",
            fold(text),
        )
    ):
        found["facts.met_eigen_motorrijtuig"] = False
    # Verkeer 4d: a used motor vehicle bought from a private seller has no dealer's guarantee.
    # Bought "zonder garantie" (from a dealer too): no BOVAG or written dealer's guarantee either.
    # A motor vehicle bought "zonder garantie" from a private person or relative is second-hand too.
    # A vehicle contract ("een golfje uit 2011", "een polo") read from the story counts as the vehicle bought.
    if (
        (
            guess.kind == "contract_motorrijtuig"
            or re.search(
                r"\b(tweedehands|occasion|gebruikte (auto|motor|scooter))\b|\b(auto|motor|scooter|brommer|camper)\w* "
                r"(\w+ ){0,2}gekocht\b|\b(gekocht|kocht|kochten)\b.{0,30}\b(auto|motor|scooter|brommer|camper)\b|"
                + conflict_cues.CAR_BY_NAME,
                fold(text),
            )
        )
        and re.search(
            r"\b(van een particulier|particuliere verkoper|via marktplaats|op marktplaats)\b|"
            # round 60: "geen garantie meer" was lost later (maintenance elsewhere), the car was bought with one
            r"\b(zonder|geen) (\w+ )?(bovag-?)?garantie\b(?! meer)|\bgarantie (had|kreeg|heb|was) (ik |er )?(\w+ )?(niet|geen)\b|"
            # round 86: "Garantie? Nee, ik kreeg alleen een kwitantie."
            r"\bgarantie\W{1,3}nee\b|\b(alleen|enkel|maar) een (kwitantie|bonnetje|aankoopbon|koopbon)\b",
            fold(text),
        )
        and not CUSTOMER_SOLD.search(fold(text))
    ):  # round 68: the customer sold it ("via Marktplaats verkocht"): Verkeer 3e
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
        or OWN_BUSINESS.search(fold(text))
        or re.search(SELLING_FOR_INCOME, fold(text))
        else None
    )
    kind = knowledge().conflict_kinds.get(guess.kind or "", {})
    found["role"] = None if kind.get("implies_private") else role
    found["first_event_after_start"] = first_event_in_text(text)
    if guess.kind == "erfenis":
        found.update(inheritance_timing(text, found["first_event_after_start"]))
    # "ik weet niet of ik de module Inkomen heb" names a module without saying it is on the policy; a module to add ("Kan
    # ik de module Inkomen nu nog afsluiten?") is not on it, the modules told beside it are (round 166: "Ik heb bij jullie
    # alleen Consument & Wonen.")
    to_add = MODULE_TO_ADD.search(fold(text))
    told = f"{fold(text)[: to_add.start()]} {fold(text)[to_add.end() :]}" if to_add else fold(text)
    if (
        (re.search(r"\bmodules?\b", told) or MODULES_ON_POLICY.search(told))
        and not (to_add and not MODULES_ON_POLICY.search(told))
        and not re.search(
            r"\b(niet of|weet (ik )?niet|geen idee|onzeker|misschien|of ik)\b.{0,40}\bmodules?\b|\bgeen module\b", told
        )
    ):
        found["modules"] = parse_modules(told)
    return {k: v for k, v in found.items() if v is not None}


def facts_in_answer(text: str) -> dict[str, Any]:
    """What any answer may tell besides the question asked: an amount in euros, a country."""
    found = {"amount": amount_in_text(text), "country": country_in_description(text)}
    return {k: v for k, v in found.items() if v is not None}
