"""Small parsers of one reply: yes/no (and 'weet ik niet'), private or business (role), how a criminal
case ended.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re

from flexbot.dutch import ACK_THEN_QUESTION, fold
from flexbot.flexpolis import story_facts
from flexbot.flexpolis.conflict_cues import OTHERS_SELF_EMPLOYED

# "voor zover ik weet niet uitgesloten" (round 91) is a no, not a "weet ik niet"
UNKNOWN = re.compile(
    r"\b((?<!zover ik )(?<!zover we )(?<!zover wij )weet (ik )?(het )?((echt|eigenlijk|ook|zelf|dus|gewoon) )?niet|geen idee|geen flauw idee|onbekend|weet ik veel|geen benul|"
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


# Round 99: a question asked back ("Het scheelt 45 euro per maand. Is dat niet te weinig ...?") answers no yes/no
# question; its "niet" is left out unless the message opens with the answer.
QUESTION_SENTENCE = re.compile(r"[^.!?\n]*\?")
# "O ja, ik ben trouwens niet in loondienst": an aside told, no answer to the yes/no question asked.
ASIDE = re.compile(r"^(o|oh|oja) ja\b|\btrouwens\b")


def yes_no(text: str) -> bool | None:
    t = fold(text)
    if ACK_THEN_QUESTION.search(t):  # "ok hoe meld ik t": an acknowledgement before a question, no yes (round 138)
        return None
    if not YES.search(t) and not NO.search(t):
        if ASIDE.search(t):
            return None
        told = QUESTION_SENTENCE.sub(" ", t)
        t = (
            told if told.strip(" .,;:!") else t
        )  # a message that is one question keeps its words (round 7: "Ook niet als ...?")
    if UNKNOWN.search(t):
        return None
    if NO.search(t) or re.search(r"\b(niet|geen)\b", t) and not YES.search(t):
        return False
    if YES.search(t):
        return True
    return None


# Round 46: a business of one's own by its kind ("ik heb een eetcafé", "als uitbater van het café aan de Brink").
OWN_BUSINESS = re.compile(
    r"\b(ik heb|wij hebben|we hebben|ik run) (een|mijn eigen|een eigen) (\w+ )?(eet)?(cafe|restaurant|snackbar|bakkerij|"
    r"kroeg|hotel|camping|kapsalon|garage|bloemenzaak)\b(?! (\w+ ){0,3}(geboekt|gereserveerd|besproken))|"  # round 108
    # the customer as the owner, not "de nieuwe eigenaar van de camping" (the other party, round 69)
    r"\b(ik ben|ik was|wij zijn|we zijn|als) (de |mede-?)?(uitbater|exploitant|eigenaar|eigenaresse) van (het|de|een|mijn|"
    r"ons|onze) (\w+ )?(eet)?(cafe|restaurant|snackbar|bakkerij|kroeg|hotel|camping|winkel|zaak|salon|kapsalon|praktijk|bedrijf)\b"
)
# Round 67: selling one's own work online for an income ("Ik verkoop zelfgemaakte sieraden via Etsy, dat levert zo'n 600
# euro per maand op"): income outside employment (C&W 1).
SELLING_FOR_INCOME = (
    r"\b(ik |en )?(verkoop|verkoopt|verkopen) (\w+ ){0,3}(via|op) (etsy|vinted|bol(\.com)?|amazon|shopify|instagram|markten|"
    r"(mijn|haar|zijn|eigen) (eigen )?(site|website|webshop))\b|"
    # round 96: "verkoopt via Etsy zelfgemaakte oorbellen om wat bij te verdienen"
    r"\bom (wat |iets |een beetje )?bij te verdienen\b|"
    # round 141: "Ik koop en verkoop sneakers als side hustle, zo'n 20 sales per maand via Vinted"
    r"\bside ?hustle\b|\b(koop en verkoop|inkoop en verkoop|opkopen en doorverkopen)\b|\b\d+ (sales|verkopen|verkoopjes|orders) per "
    r"(maand|week)\b|"
    # round 111: paid content on a channel of one's own ("een sponsordeal van 900 euro voor mijn YouTube-kanaal")
    r"\b(sponsordeal\w*|sponsorcontract\w*|gesponsorde (video|post|filmpje)\w*|betaalde samenwerking\w*)\b|"
    r"\b(ik ben|ik werk als|als) (\w+ )?influencer\b|"
    r"\b(mijn|m'?n) (youtube|tiktok|instagram|twitch)[- ]?(kanaal|account)\b[^.?!]{0,80}\b(sponsor\w*|betaald|geld|euro|"
    r"verdien\w*|inkomsten)\b|"
    # round 82: at a market or through a shop of one's own ("Ik verkoop mijn honing (400 potjes per jaar) op de weekmarkt")
    r"\b(ik |en |we |wij )?(verkoop|verkopen) [^.?!]{0,50}\b(op|via) (de |een )?(week|boeren|streek|kerst)?markt(en)?\b|"
    r"\b(ik |en |we |wij )?(verkoop|verkopen) [^.?!]{0,50}\bvia (een|mijn|onze) eigen (webshop|site|website)\w*\b|"
    # round 71: earnings told ("Ik verdien er zo'n 200 euro per maand mee bij", "vorig jaar zo'n 3.000 euro omzet")
    r"\b(verdien|verdienen) (er )?([\w']+ ){0,5}(mee )?bij\b|\bbijverdienste\b|\b(euro|eur) (aan )?omzet\b|"
    r"\blevert (me |mij |ons )?(zo'?n |ongeveer |rond |wel )?\d[\d.,]* ?(euro )?(per|in de|elke) (maand|week|jaar) op\b"
)
ROLE_ZAKELIJK = re.compile(
    SELLING_FOR_INCOME + r"|"
    r"\b(zakelijk\w*|(mijn|m'?n|ons|onze|eigen) (eigen )?(bedrijf|zaak|praktijk|onderneming|eenmanszaak|bv|b\.v|salon)|zzp\w*|"
    r"eenmanszaak|vof|bedrijfspand|winkelpand|kantoorpand|praktijkruimte|directeur[- ]?grootaandeelhouder|dga|"
    # round 84: a farm as the business ("Wij zijn melkveehouders ... De panelen zijn voor het bedrijf")
    r"(melk)?veehouder\w*|akkerbouwer\w*|agrarier\w*|fruitteler\w*|(voor|van) (het|ons|onze) bedrijf|"
    # not "De ondernemer zegt dat het gebruikelijk is" (the funeral director, round 102)
    r"freelance\w*|zelfstandige?|(?<!de )(?<!die )(?<!deze )(?<!een )(?<!hun )(?<!zijn )(?<!haar )ondernemer|opdrachtgever|"
    r"mijn klant|beroep|ingeschreven bij de kvk|kvk-?nummer|kvk-?inschrijving)\b|"
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


# Round 62: the role asked, not told ("Telt dit dan als zakelijk?", "Is dit dan zakelijk omdat ik daar werk, of gewoon
# privé?"): the check says what follows, the question is no answer.
ROLE_ASKED = re.compile(
    r"\b(telt|is|valt|geldt|zie|ziet|zien) (dit|dat|het|jullie|u) (dan |nu |ook )?(\w+ )?(als |onder )?(zakelijk|prive)\b[^?]{0,60}\?"
)


# This matter told as private, beside a business named ("... maar dit gaat over iets privé").
PRIVATE_MATTER = re.compile(
    r"\b(dit|het|dat|deze zaak) (gaat|ging|is) (over |om )?(iets |helemaal |puur |gewoon )?prive\b"
)


# Round 99: employment denied ("ik ben niet in loondienst", "geen werknemer, ik werk als zzp'er"): no private role.
NOT_EMPLOYED = re.compile(r"\b(niet|geen) (in loondienst|werknemer)\b|\bbuiten loondienst\b")


BUSINESSLIKE = re.compile(
    r"\bzakelijk (aan ?pakken|aanpak|benaderen|afhandelen|oplossen|regelen|houden|bekijken|opstellen|insteken)\b"
)


POLICY_TAKEN_PRIVATELY = re.compile(
    r"\bprive (de |een |mijn |onze )?(\w*polis|\w*verzekering|rechtsbijstand\w*)\b|"
    r"\b(\w*polis|\w*verzekering|rechtsbijstand\w*) (heb ik |hebben we |hebben wij )?prive\b|"
    r"\b(\w*polis|\w*verzekering|rechtsbijstand\w*) (die|dat) (ik|we|wij) (\w+ )?prive (heb|hebben)\b"  # round 177
)


def parse_role(text: str) -> str | None:
    t = fold(text)
    if ROLE_ASKED.search(t):
        return None
    if PRIVATE_MATTER.search(t):
        return "particulier"  # round 72: "Ik heb een webshopje als bijverdienste maar dit gaat over iets privé"
    t = story_facts.VEHICLE_OF_BUSINESS.sub(" ", t)  # a car on the BV's name is not yet business use (Verkeer 1)
    t = OTHERS_SELF_EMPLOYED.sub(" ", t)  # "de chauffeur is zzp'er": the other side's business (round 92)
    t = re.sub(r"\b(woont|wonen|woon) (nog )?thuis\b", " ", t)  # round 96: where someone lives, no private role
    t = BUSINESSLIKE.sub(" ", t)  # round 151: "Ik wil het nu zakelijk aanpakken" is a manner, no business
    t = POLICY_TAKEN_PRIVATELY.sub(
        " ", t
    )  # round 122: "Ik heb privé de Flexpolis met Verkeer": the policy, not the role
    not_employed = NOT_EMPLOYED.search(t)
    t = NOT_EMPLOYED.sub(" ", t)
    business = ROLE_ZAKELIJK.search(t) or OWN_BUSINESS.search(t) or not_employed
    if ROLE_PRIVE.search(t) and business and FROM_OWN_BUSINESS.search(t):
        return "zakelijk"
    if ROLE_PRIVE.search(t):
        return "particulier"
    if business:
        return "zakelijk"
    return None


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
