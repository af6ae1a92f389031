"""Who has the conflict (art. 1): the policyholder, partner, a child at home or studying, an au pair, a
travel companion, survivors; a relative outside art. 1 the story is about; a household member as the
other party.

Moved from `dialogue.py`, which re-exports the names other modules use.
"""

from __future__ import annotations

import re
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import countries, story_facts
from flexbot.flexpolis.conflict_patterns import CAR_MAKES

CHILD = r"(zoon|dochter|kind|kinderen|stiefzoon|stiefdochter|pleegkind|pleegzoon|pleegdochter)"
# The customer is the child at home on the parents' policy: "ben 17 en woon nog bij ze thuis" (round 19).
AT_MY_PARENTS = (
    r"\b(ik )?(woon|wonen) (nog )?(gewoon )?(thuis )?bij (mijn |m'?n )?(ouders|ze|hen|pa en ma)\b|"
    r"^(ik )?ben (1[0-7]|[0-9])\b.{0,30}\b(woon|wonen) (nog )?(gewoon )?(thuis|bij)\b"
)
INVOLVED_PATTERNS: tuple[tuple[str, str], ...] = (
    ("au_pair", r"\bau[- ]?pair\b"),
    # round 113: the customer is the policyholder's partner ("Ik ben de vriendin van de polishouder, we wonen samen")
    (
        "partner",
        r"\bik ben (de )?(vriendin|vriend|partner|vrouw|man|echtgeno\w+) van de (polishouder|verzekeringnemer)\b",
    ),
    ("surviving_relative", r"\b(nabestaande\w*|overleden|omgekomen|verongelukt)\b"),
    ("passenger", r"\b(passagier\w*|meerijder|bijrijder|meegereden)\b"),
    ("driver_with_permission", r"\b(geleend|leende|mocht (mijn|onze) (auto|motor|scooter))\b"),
    (
        "travel_companion",
        r"\b(mijn|m'?n) (vriend|vriendin|partner|zus|broer|moeder|vader|schoon\w+|zwager\w*) (ging|gingen|reisde|was) "
        r"(ook )?mee\b.{0,40}\b(ook )?(schade|gewond|letsel|last|geld)\b|"
        r"\breisgeno(ot|te)\w*\b|\b(ging|gaat|gingen|reisde|reist) (met (mij|ons) )?mee op (de |onze |mijn |die )?"
        r"(vakantie|reis)\b|\bmee op (de )?vakantie\b",
    ),
    ("child_care_home", CHILD + r".*\b(verpleeg|verzorgings|zorginstelling|instelling)"),
    ("child_studying", CHILD + r".*\b(studeert|studie|student|op kamers|kamer)"),
    ("child_home", CHILD + r".*\b(thuis|bij ons|bij mij|inwonend)"),
    ("child_home", AT_MY_PARENTS),
    ("partner", r"\b(partner|vrouw|man|echtgeno\w*|vriendin|vriend|verloofde|samenwonend\w*)\b"),
    (
        "other",
        r"\b(broer|zus|moeder|vader|opa|oma|neef|nicht|oom|tante|collega|kennis|schoon\w+|"
        r"ouders?|buurman|buurvrouw|iemand anders)\b",
    ),
    (
        "policyholder",
        r"^(ik|ikzelf|ik zelf|mijzelf|mezelf|zelf|uzelf|mij|ik ben het|ikke|de verzekeringnemer|"
        r"verzekeringnemer)\b|\b(ikzelf|mijzelf|mezelf|ik zelf|mij zelf|me zelf)\b|"
        # round 132: "Het gaat om mij.", "Het conflict is van mij"
        r"^(het|dit|dat) (gaat|is|conflict is) (om|van) (mij|mijzelf|mezelf)\b",
    ),
)


SPEAKER_IS_PARTNER = re.compile(
    r"\bik ben (de )?(vriendin|vriend|partner|vrouw|man|echtgeno\w+) van de (polishouder|verzekeringnemer|verzekerde)\b"
)
# Someone told as involved beside the customer, not instead of them ("Mijn broer is ook erfgenaam").
ALSO_INVOLVED = re.compile(
    r"^(mijn|m'?n|onze) \w+ (is|zijn|was) ook (erfgenaam|erfgenamen|betrokken|gedupeerd|slachtoffer|eigenaar|huurder)\b"
)


LIVES_APART = re.compile(
    r"\b(woont|wonen) (\w+ ){0,2}(op (zich)?zelf|op zijn eigen|op haar eigen|zelfstandig|niet meer thuis|samen met (zijn|haar) "
    r"(vriendin|vriend|partner))\b"
)


def _companion_or_partner(t: str) -> str | None:
    """The customer as the policyholder's partner ("Ik ben de vriendin van de polishouder", round 113), or travel
    companions (C&W 1, Verkeer 2: "neemt u reisgenoten mee op vakantie")."""
    if SPEAKER_IS_PARTNER.search(t):
        return "partner"
    if re.search(dict(INVOLVED_PATTERNS)["travel_companion"], t) or TRAVEL_COMPANIONS.search(t):
        return "travel_companion"
    return None


LIVES_WITH_A_PARTNER = re.compile(r"\b(woont|wonen) (\w+ ){0,2}samen met (zijn|haar) (vriendin|vriend|partner)\b")
STUDYING_NOW = re.compile(r"\b(studeert|studie|dagstudie|op kamers|student|kot\b)")


def child_living_apart(text: str) -> bool:
    """Round 111: a grown-up child told to live on their own, not for a dagstudie ("Hij is 24, woont op zichzelf en werkt
    fulltime" after "Mijn zoon ..."): not insured (art. 1)."""
    t = fold(text)
    child = re.search(r"\b(mijn|m'?n|onze) " + CHILD + r"\b", t)
    return bool(child and LIVES_APART.search(t) and not STUDYING_NOW.search(t))


# Round 123: a company's subsidiary is no daughter ("Zorgwinkel Oost B.V., een dochter van een grotere groep").
SUBSIDIARY = re.compile(
    r"\b(een |de )?dochter(bedrijf|onderneming|maatschappij)?s? van (een|het|de) (\w+ ){0,2}(groep|concern|holding|bedrijf|"
    r"multinational|moeder\w*)\b"
)


def parse_involved(text: str) -> tuple[str | None, str | None]:
    """(insured_persons key, None) or (None, Dutch re-ask)."""
    t = SUBSIDIARY.sub(" ", fold(text))
    if story_facts.BOOKED_FOR.search(t) and story_facts.TRAVELLED_WITH.search(t):
        return "travel_companion", None  # round 69: "Mijn zus en zwager waren er ook bij; ik had alles geboekt"
    if story_facts.PASSENGER.search(t) and not story_facts.HOUSEHOLD.search(t):
        return "passenger", None  # "mijn broer zat ook in de auto, hij woont niet bij ons" (Verkeer 2)
    if ALSO_INVOLVED.search(t) or re.search(story_facts.OTHER_SIDE_AT_ARAG, t):
        # round 109: "Mijn broer is ook erfgenaam en staat aan mijn kant": beside the customer; round 113: "de buurman is
        # eveneens bij ARAG verzekerd": the other side (art. 5), no answer to who has the conflict
        return None, None
    if LIVES_WITH_A_PARTNER.search(t) and not STUDYING_NOW.search(t):
        return "other", None  # round 179: "Sanne ... werkt nu en woont samen met haar vriend": not insured (art. 1)
    for key, pattern in INVOLVED_PATTERNS:
        if re.search(pattern, t):
            return key, None
    if re.search(r"\b" + CHILD + r"\b", t):
        return None, (
            "Waar woont uw kind: thuis, ergens anders voor een dagstudie, of in een verpleeghuis of verzorgingshuis?"
        )
    return None, None


PERSON = re.compile(
    r"\b(au[- ]?pair|" + CHILD + r"|partner|vrouw|man|echtgeno\w*|vriendin|vriend|moeder|vader|"
    r"ouders?|broer|zus|opa|oma|neef|nicht|oom|tante|collega|schoon\w+|hij|zij|ze)\b"
)


PARTNER_AT_HOME = (
    r"\b(mijn|m'?n) (partner|vriendin|vriend|man|vrouw|echtgeno\w*)\b.{0,30}\b(woont|wonen) (\w+ ){0,3}"
    r"(bij (mij|ons)|met mij|samen|in)\b|\b(samenwonende|inwonende) (partner|vriendin|vriend)\b|"
    # round 96: the verb first ("Sinds maart woont mijn partner bij mij")
    r"\b(woont|wonen) (\w+ ){0,2}(mijn|m'?n) (partner|vriendin|vriend|man|vrouw|echtgeno\w*) (\w+ ){0,2}(bij (mij|ons)|in)\b"
)


# "Ik had de reis geboekt voor mij en twee vriendinnen. Zijn mijn vriendinnen ook verzekerd?"
# "Kan zij ook gebruikmaken van mijn verzekering?", "valt hij onder onze polis?": asked about someone else.
USES_MY_POLICY = (
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze|die) (ook |dan |nu )*(gebruik ?maken van|aanspraak maken op|een beroep "
    r"doen op) (mijn|m'?n|onze|ons|de|deze) (\w*verzekering|\w*polis|rechtsbijstand\w*)\b|"
    r"\b(valt|vallen) (hij|zij|ze|die) (ook |dan |nu |nog )*onder (mijn|m'?n|onze|ons|de|deze) (\w*verzekering|\w*polis|"
    r"rechtsbijstand\w*)\b|\b(kan|mag) (hij|zij|ze|die) (ook |dan |nu )*(mijn|m'?n|onze|ons|de|deze) (\w*verzekering|\w*polis|"
    r"rechtsbijstand\w*) gebruiken\b|"
    # round 50: "Kan hij daar gebruik van maken?" after the policy was named
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze|die) (daar|er) (ook |dan |nu )*gebruik van maken\b|"
    # "Kan zij ook via mijn verzekering?"
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze|die) (ook |dan |nu )*(via|onder|met) (mijn|m'?n|onze|ons|de|deze) "
    r"(\w*verzekering|\w*polis|rechtsbijstand\w*)\b"
)
# The customer asking to use their own policy for a relative's conflict: "Kan ik mijn eigen polis daarvoor
# inzetten?", "kan ik dit via mijn rechtsbijstand doen?" (art. 1: a parent is not insured with them).
MY_POLICY_FOR_THEM = re.compile(
    r"\b(kan|mag|kunnen|mogen) (ik|wij|we) (\w+ ){0,2}(via |met |onder )?(mijn|m'?n|onze|ons) (eigen )?"
    r"(\w*verzekering|\w*polis|rechtsbijstand\w*)\b.{0,25}\b(gebruiken|inzetten|doen|regelen|melden|claimen|aanspreken)\b|"
    # round 47: "Kan ik voor hem een zaak aanmelden?"
    r"\b(kan|mag|kunnen|mogen) (ik|wij|we) (\w+ )?voor (hem|haar) (een zaak|het|dit|een conflict) (\w+ )?(aan)?melden\b|"
    r"\b(kan|mag|kunnen|mogen) (ik|wij|we) (dat|dit|het) (\w+ )?(bij (jullie|arag) )?(aan)?melden\b"
)
# ... while acting for that relative: "ik regel alles voor hem", "ik ben haar bewindvoerder".
ACTING_FOR = re.compile(
    r"\b(ik regel|regel ik|ik doe|doe ik|ik betaal|betaal ik)\b.{0,30}\b(alles|zijn|haar|zaken|administratie|rekeningen)\b|"
    r"\bnamens (hem|haar|mijn)\b|\bbetaal (zijn|haar|hun) rekeningen\b|"
    r"\b(bewindvoerder|mentor|curator|zaakwaarnemer|gemachtigde|wettelijk vertegenwoordiger|mantelzorg\w*)\b|"
    r"\bvoor (hem|haar|mijn \w+|m'?n \w+) (te )?(regelen|doen|oplossen|aanpakken|aan te vechten|aanvechten)\b"
)
COMPANION = (
    r"(vriend\w*|vrienden|bevriend\w*|stel|gezin|familie|collega\w*|zus\w*|broer\w*|ouders|moeder|vader|schoon\w+|"
    r"zwager\w*|neef|nicht|kennis\w*)"
)
TRAVEL_COMPANIONS = re.compile(
    r"\b((geboekt|boekte|gereserveerd) voor (mij|mezelf|ons) en (\w+ ){0,2}" + COMPANION + r"|"
    # round 106: "voor ons gezin en het vriendje van onze dochter een vakantiehuis ... geboekt"
    r"voor (ons|mijn|het) gezin (en|plus) (het |de |een )?(\w+ ){0,4}"
    + COMPANION
    + r"\b.{0,80}\b(geboekt|gehuurd|gereserveerd)|"
    # "met mijn zwager en zijn vrouw een villa in Spanje gehuurd ... tellen zij ook mee?"
    r"met (mijn|m'?n|onze) (\w+ ){0,4}" + COMPANION + r"\b.{0,40}\b(villa|vakantiehuis\w*|huisje|chalet|appartement|"
    r"hotel|reis|vakantie|camper)\w* (\w+ ){0,4}(gehuurd|geboekt|geregeld))\b"
    r".*(\b(zijn|is|valt|vallen) (mijn |die |de )?\w+ (ook )?(mee)?verzekerd\b|\b(tellen|telt) (\w+ ){0,5}(ook )?mee\b|"
    + USES_MY_POLICY
    + ")"
)
# A family asking for the damages of a relative who died in an accident (art. 1, nabestaanden).
# The partner who died in an accident: the customer is the one left behind (art. 1's nabestaanden).
# round 156: also a parent or a child, after a greeting ("Mijn vader is vorige maand overleden nadat hij op de fiets werd
# aangereden", "Goedemiddag. Mijn man is vorige maand bij een verkeersongeluk omgekomen")
_KILLED_ONE = r"^(\W*(goede\w*|hallo|hoi|dag|beste \w+)\W+)?(mijn|m'?n|onze) (man|vrouw|partner|echtgeno\w*|vader|moeder|zoon|dochter)\b"
PARTNER_KILLED = re.compile(
    _KILLED_ONE + r"[^.?!]{0,40}\b(is|werd|raakte)\b[^.?!]{0,40}\b(verongelukt|doodgereden|"
    r"omgekomen|om het leven gekomen|overleden)\b[^.?!]{0,80}\b(ongeval|ongeluk|aanrijding|aangereden|geschept|geraakt|"
    r"automobilist|vrachtwagen|auto|bus|fiets|scooter|motor)\b|" + _KILLED_ONE + r"[^.?!]{0,60}"
    r"\b(verongelukt|doodgereden|omgekomen|om het leven gekomen)\b"
)
SURVIVORS = re.compile(
    # round 176: "Mijn man is ... op de fiets aangereden ... Hij heeft het niet overleefd. ... Kan ik als weduwe ...?"
    r"^(?=.*\b(aangereden|aanrijding|ongeluk|ongeval|geschept|doodgereden|verongelukt)\b)"
    r"(?=.*\b(niet overleefd|overleefde (het )?niet|overleden|overleed|omgekomen)\b).*\b(weduwe|weduwnaar|nabestaande\w*)\b|"
    r"\b(overleden|omgekomen|verongelukt|om het leven gekomen)\b.{0,160}\b(ongeval|ongeluk|verkeersongeluk|"
    r"aanrijding|aangereden|aanreed|doodgereden)\b.*\b(wij|we|ik|familie|nabestaande\w*|nabestaanden)\b.{0,60}"
    r"\b(schadevergoeding|smartengeld|schade)\b|\bnabestaande\w*\b.{0,60}\b(schadevergoeding|smartengeld|verzekering)\b|"
    # "mijn man is verongelukt door een dronken automobilist; kan ik als weduwe schadevergoeding eisen?"
    r"\b(verongelukt|doodgereden|omgekomen)\b.{0,160}\b(weduwe|weduwnaar|wij|we|ik)\b.{0,60}\b(schadevergoeding|smartengeld)\b|"
    # round 96: asked for the widow by a relative ("Mijn broer is ... doodgereden ... kan zij via zijn verzekering een
    # schadevergoeding eisen?")
    r"\b(verongelukt|doodgereden|omgekomen|overleden)\b.{0,200}\b(zijn|haar) (vrouw|man|weduwe|weduwnaar|kinderen|partner)\b"
    r".{0,120}\b(schadevergoeding|smartengeld)\b|"
    # round 102: the deceased's own policy used ("doodgereden ... Kunnen wij zijn verzekering daarvoor gebruiken nu hij er niet
    # meer is?"), or a co-insured who died after a fall ("uitgegleden ... overleden. Ze was meeverzekerd op mijn polis")
    r"\b(doodgereden|verongelukt|omgekomen|overleden)\b.{0,300}\b(zijn|haar) (verzekering|polis|flexpolis)\b.{0,80}\b(gebruiken|"
    r"inzetten|aanspreken)\b|"
    # round 159: "geschept door een vrachtwagen ... Opa had de polis bij jullie op zijn naam. Kan oma daar gebruik van maken?"
    r"\b(geschept|aangereden|ongeluk|ongeval|aanrijding|doodgereden|verongelukt|omgekomen)\b.{0,300}\b(polis|verzekering|"
    r"flexpolis)\b[^.?!]{0,30}\bop (zijn|haar) naam\b.{0,80}\b(gebruik (van )?maken|gebruiken|inzetten|aanspreken)\b|"
    # "aangereden ... overleden ... Kan dat via opa's verzekering, nu hij er niet meer is?"
    r"\b(geschept|aangereden|ongeluk|ongeval|aanrijding|doodgereden|verongelukt|omgekomen)\b.{0,300}\b(via|met) (zijn|haar|"
    r"\w+'?s) (verzekering|polis|flexpolis|rechtsbijstand\w*)\b|"
    # round 143: "verongelukt ... Kan ik als weduwe nog iets met zijn verzekering?"
    r"\b(doodgereden|verongelukt|omgekomen|overleden)\b.{0,300}\bals (weduwe|weduwnaar|nabestaande)\b.{0,60}\b(zijn|haar) "
    r"(verzekering|polis|flexpolis|rechtsbijstand\w*)\b|"
    r"\b(gevallen|uitgegleden|aangereden|ongeluk|ongeval)\b.{0,200}\boverleden\b.{0,100}\b(meeverzekerd|medeverzekerd|"
    r"verzekerd op mijn polis)\b|"
    # "mijn man is overleden na een aanrijding ... kan ik nu nog iets doen tegen die automobilist?" (round 22)
    r"\b(overleden|omgekomen|verongelukt|om het leven gekomen)\b.{0,160}\b(ongeval|ongeluk|verkeersongeluk|aanrijding|"
    r"aangereden|geschept|schepte|doodgereden)\b.*\b(kan|kunnen|mag|mogen) (ik|wij|we) (daar |er |hier )?(nu |nog |dan )*"
    r"(iets |wat )?(mee|doen|ondernemen|beginnen|eisen|aansprakelijk)\b|"
    # "Mijn man is vorige week omgekomen bij een ongeluk ... Kunnen jullie iets voor mij doen?" (round 35)
    r"\b(mijn|onze) (man|vrouw|partner|echtgeno\w*|zoon|dochter|kind|vader|moeder)\b[^.?!]{0,30}\b(omgekomen|overleden|"
    r"verongelukt|doodgereden|om het leven gekomen)\b.{0,160}\b(ongeval|ongeluk|verkeersongeluk|aanrijding|aangereden|"
    r"geschept|schepte|doodgereden|reed|raakte)\b.*\b(kunnen|kan) (jullie|u|arag)\b[^.?!]{0,30}\b(voor (mij|ons)|helpen)\b"
)
# Round 100: the partner acting against the customer ("Mijn vriend heeft een contract op mijn naam afgesloten ... hij weigert
# mij dat terug te betalen"): the partner is the other side, not the one with the conflict.
PARTNER_AGAINST_ME = re.compile(
    r"\b(op mijn naam (\w+ )?(afgesloten|genomen|gezet|gekocht|besteld|aangevraagd)|tegen mij|weigert (mij|me)|(mij|me) (\w+ ){0,3}"
    r"(terug te (betalen|geven)|niet terug))\b"
)
# Round 176: the customer is the au pair, the other side the host family whose policy it is ("Ik ben au pair bij een
# gastgezin ... ze betalen mijn zakgeld niet. Kan ik hun verzekering gebruiken?"): both are insured on it (art. 1).
AU_PAIR_AGAINST_HOSTS = re.compile(
    r"^(?=.*\b(ik ben|ik werk als|als) (een |de |hun )?au[- ]?pair\b)(?=.*\b(gastgezin|gastfamilie|gastouders?|gastmoeder|"
    r"gastvader)\w*\b)"
    # the policy asked to be used against them, not a conflict of the au pair with someone else
    r"(?=.*\b(hun (arag-?)?(verzekering|polis|rechtsbijstand\w*)|tegen (hen|ze|mijn gast\w+)|van hen)\b)"
)
# A household member as the other party: "mijn zoon (woont thuis) heeft mijn auto beschadigd; kan ik hem aanspreken?"
HOUSEHOLD_OPPONENT = (
    (
        "child_home",
        re.compile(
            r"\b(mijn|m'?n|onze) (volwassen |oudste |jongste |meerderjarige )?"
            + CHILD
            + r"\b[^.?!]{0,40}\b(woont|wonen) (\w+ ){0,4}"
            r"(thuis|bij (mij|ons))\b|"
            r"\b(mijn|m'?n|onze) " + CHILD + r" die (nog )?(thuis|bij (mij|ons)) (woont|wonen)\b|"
            # round 102: "onze zoon van 26, die nog bij mij thuis woont"
            r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,40}\b(thuis|bij (mij|ons)( thuis)?) (woont|wonen)\b|"
            r"\b(mijn|m'?n|onze) (thuiswonende|inwonende) " + CHILD + r"\b"
        ),
    ),
    ("child_studying", re.compile(r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,40}\b(op kamers|studeert)\b")),
    # round 161: told in a later sentence ("Mijn dochter mocht mijn auto lenen ... Ze is 20 en studeert voltijd in Groningen")
    (
        "child_studying",
        re.compile(
            r"^(?=.*\b(mijn|m'?n|onze) "
            + CHILD
            + r"\b)(?=.*\b(ze|zij|hij) (is \d+ en )?(\w+ ){0,3}(studeert|woont (\w+ ){0,3}op "
            r"kamers)\b)"
        ),
    ),
    ("au_pair", re.compile(r"\b(onze|mijn|m'?n) au[- ]?pair\b")),  # round 106: an au pair lives in (art. 1)
    # round 100: the partner one lives with ("Mijn vriend heeft een contract op mijn naam afgesloten ... We wonen samen")
    (
        "partner",
        re.compile(
            r"^(?=.*\b(mijn|m'?n) (samenwonende )?(vriend|vriendin|partner|man|vrouw)\b)(?=.*\b(we|wij|ik) (wonen|woonden|woon) (\w+ ){0,2}samen\b|"
            # "mijn vriend, met wie ik samenwoon"; "mijn samenwonende vriendin"
            r".*\bmet wie ik (samenwoon|samen woon|woon)\b|.*\b(mijn|m'?n) samenwonende (vriend|vriendin|partner)\b)"
        ),
    ),
    # round 116: a brother or sister told to be on the same policy ("ik en mijn broer ... we vallen allebei onder de polis
    # van onze ouders"): both insured (art. 1)
    (
        "child_studying",
        re.compile(
            r"\b(broer|zus|broertje|zusje)\b.{0,120}\b(we|wij|en ik) (vallen|staan|zitten) (\w+ )?(allebei|alle ?twee|beiden|"
            r"samen) (onder|op) (de|dezelfde|een|één) (\w+ )?polis\b"
        ),
    ),
    # round 65: a brother or sister at home, the customer a child at home too ("ik woon nog thuis ... aan mijn broer
    # verkocht, hij woont ook hier")
    (
        "child_home",
        re.compile(
            r"^(?=.*\b(ik|wij|we) (woon|wonen) (\w+ )?(nog )?thuis\b)(?=.*\b(mijn|m'?n) (broer|zus|broertje|zusje)\b[^.?!]{0,80}"
            r"(\b(hij|zij|ze) (woont|wonen) (ook|nog|eveneens) (hier|thuis|bij ons)\b|\bdie (ook|nog) thuis woont\b))"
        ),
    ),
)
CONFLICT_WITH_HOUSEHOLD = (
    r"\b(ruzie|een conflict|conflict|onenigheid|een geschil|gedoe|gezeik) (\w+ )?met (mijn|m'?n) "
    r"(samenwonende |inwonende |thuiswonende )?(vriend|vriendin|partner|man|vrouw|" + CHILD[1:-1] + r")\b"
)
# The household member claiming from the customer ("Mijn vriend, met wie ik samenwoon, wil dat ik de helft terugbetaal")
HOUSEHOLD_CLAIMS = (
    r"(\b(hij|zij|ze)|\b(mijn|m'?n) (samenwonende )?(vriend|vriendin|partner|man|vrouw|"
    + CHILD[1:-1]
    + r")\b[^.?!]{0,40}) "
    r"(wil|eist|vindt) (\w+ )?dat ik (\w+ ){0,10}(terug ?)?(betaal|vergoed)\b"
)
# Round 166: the policy asked to be used between the two ("Kan zij ARAG inschakelen tegen mij? Of ik tegen haar?")
USED_AGAINST_EACH_OTHER = (
    r"\b(kan|mag|kunnen|mogen) (zij|hij|ze|mijn \w+|m'?n \w+) (\w+ ){0,2}(arag|jullie|de verzekering|de polis|mijn polis|"
    r"onze polis|\w*rechtsbijstand\w*) (\w+ ){0,2}(inschakelen|gebruiken|inzetten|aanspreken) tegen (mij|ons)\b|"
    r"\b(kunnen|mogen) (wij|we) (\w+ ){0,3}tegen elkaar\b|\btegen elkaar (\w+ ){0,3}(gebruiken|inschakelen|inzetten)\b"
)
AGAINST_THEM = re.compile(
    USED_AGAINST_EACH_OTHER + "|"
    r"\b(hem|haar|hen) (met|aansprakelijk|aan ?spreken|aanspreken|aanklagen|dagvaarden)\b|"
    # "hem via ARAG aanspreken", not "haar via WhatsApp ontslagen" (round 105)
    r"\b(hem|haar|hen) via (arag|jullie|u|(de|mijn|onze) (verzekering|polis|rechtsbijstand\w*))\b|"
    r"\btegen (hem|haar|hen) (\w+ ){0,4}(hulp|bijstand)\b|"  # round 102: "Kan ik tegen hem via mijn verzekering hulp krijgen?"
    # round 103: the household member against the customer ("nu wil hij zijn geld terug, hij dreigt met juridische stappen")
    r"\b(hij|zij|ze|en) (dreigt|dreigen) (\w+ ){0,2}met (juridische stappen|een advocaat|de rechter|een rechtszaak|een procedure)\b|"
    r"\b(aansprakelijk stellen|aanspreken|aanklagen|laten betalen)\b|\b(weigert|weigeren) ([\w.,€]+ ){0,7}(terug ?)?(te )?"
    r"(terug ?)?(betalen|vergoeden)\b|\b(iets|stappen) tegen (hem|haar|hen) (doen|ondernemen|zetten)\b|"
    r"\bwil(len)? (het |de schade |de (reparatie|rekening|kosten) )?niet (betalen|vergoeden)\b|\b(hij|zij|ze) betaalt (\w+ )?niet\b|"
    # round 167: "wil niks vergoeden. Kan ik via ARAG mijn geld bij hem terughalen?"
    r"\b(hij|zij|ze) wil(len)? (\w+ )?(niks|niets) (meer )?(betalen|vergoeden|terugbetalen)\b|"
    r"\bbij (hem|haar|hen) (\w+ )?(terug ?halen|terug te halen|verhalen|te verhalen|terugkrijgen|terug te krijgen)\b|"
    # round 72: "na de eerste 100 euro is ze gestopt. Ze zegt dat ze niks meer hoeft"; "ik vind dat zij moet betalen"
    r"\b(is|zijn) (hij|zij|ze) (\w+ )?gestopt\b|\b(hoeft|hoeven) (\w+ )?(niks|niets) meer\b|"
    r"\b(vind|vinden) (ik |wij |we )?dat (hij|zij|ze) (\w+ )?(moet|moeten) (\w+ )?betalen\b|"
    # the customer wants it ("Ik wil dat zij de schade van 3.200 euro betaalt"), not the police ("wil dat hij een borgsom ...")
    r"\b((ik|wij|we) (wil|willen)|(wil|willen) (ik|wij|we)) dat (hij|zij|ze) ([\w.,€]+ ){0,6}(betaalt|vergoedt|terugbetaalt|"
    r"betalen|vergoeden)\b|" + HOUSEHOLD_CLAIMS + "|" + CONFLICT_WITH_HOUSEHOLD
    # the household member claiming from the customer, or the quarrel told as such
)


# "Mijn vader (82) woont in een verzorgingshuis en het tehuis rekent te veel": a relative outside
# art. 1 (parents, siblings, grandparents, in-laws) who is the subject of the story.
RELATIVE_SUBJECT = re.compile(
    r"^(\W*(goede(n)?(morgen|middag|avond)|hallo|hoi|dag|beste \w+)\W+)?((ja|nou|eh|euh)\W+)?"
    r"(ik (wil|heb) (even |een )?(iets (vragen|weten)|een vraag|vraagje)\W+|(even |een )?vraag(je)?\W+)?"  # round 96: "hoi, vraagje."
    # round 58: "Ik regel alle zaken voor mijn vader (88), hij woont in een verzorgingshuis"
    r"(ik (regel|doe|beheer) (\w+ ){0,3}(voor|van) |ik (schrijf|mail|app|typ|vraag dit|vraag het) (namens|voor) )?"
    r"((mijn|m'?n|onze|ons) |(?=(opa|oma) ))"  # round 119: "Ik schrijf voor mijn zus."
    r"(?P<who>vader|moeder|opa|oma|broer(tje)?|zus(je)?|schoon(vader|moeder|zoon|dochter|broer|zus)|tante|oom|ouders|"
    r"grootvader|grootmoeder|kleinzoon|kleindochter|kleinkind|neef|nicht)\b"
    r"(?!.{0,40}\b(heeft|hebben) (mij|me|ons|mijn|onze)\b)"
    r"(?! (is|werkt als) (\w+ )?(advocaat|advocate|jurist|mediator|notaris)\b)"  # "mijn neef is advocaat": a helper
)


# Round 63: someone the customer cares for or represents ("Ik ben al jaren mantelzorger voor mijn buurvrouw van 91"),
# whatever their relation: outside art. 1 too.
CARED_FOR = re.compile(
    r"\b(ik ben (\w+ ){0,3}|als )(de |haar |zijn )?(mantelzorger|bewindvoerder|mentor|curator|zaakwaarnemer) "
    r"(voor|van) (mijn|m'?n|onze|ons|de|die) (oude |bejaarde |hoogbejaarde )?(?P<who>buurvrouw|buurman|vriend|vriendin|"
    r"kennis|vader|moeder|opa|oma|broer|zus|tante|oom|schoonvader|schoonmoeder)\b"
)


# Round 96: a grandparent writing for a grandchild ("ik ben de oma van Fenna (6). Ze was bij ons aan het logeren").
GRANDPARENT_OF = re.compile(r"\bik ben (de |haar |zijn )?(oma|opa|grootmoeder|grootvader) van\b")


def relative_in_description(text: str) -> str | None:
    match = RELATIVE_SUBJECT.search(fold(text)) or CARED_FOR.search(fold(text))
    if match is None and GRANDPARENT_OF.search(fold(text)):
        return "kleinkind"
    return match.group("who") if match else None


def _relative_died(text: str, who: str) -> bool:
    """'Mijn moeder is in maart overleden': the relative named is the one who died (C&W 2i story)."""
    return bool(
        re.search(
            rf"\b{re.escape(who)}\b[^.?!]{{0,40}}\b(is |was )?(overleden|overleed|gestorven|stierf)\b", fold(text)
        )
    )


def household_opponent(text: str) -> str | None:
    """An insured household member the customer wants to act against (art. 1, 'Let op')."""
    t = fold(text)
    if not any(not _someone_else_named(t, m.start()) for m in AGAINST_THEM.finditer(t)):
        return None
    return next((key for key, pattern in HOUSEHOLD_OPPONENT if pattern.search(t)), None)


# Round 105: the act aimed at another party just named ("Kunnen we de bestuurder aansprakelijk stellen via jullie?"), not
# at the household member of the story.
OTHER_PARTY_BEFORE = re.compile(
    r"\b(de|die|een|deze|dat|het) (\w+ )?(bestuurder|automobilist|chauffeur|fietser|tegenpartij|dader|veroorzaker|eigenaar|"
    r"verkoper|aannemer|werkgever|bedrijf|winkel|webshop|verzekeraar|gemeente|school|club)\s*$"
)


def _someone_else_named(t: str, start: int) -> bool:
    return bool(OTHER_PARTY_BEFORE.search(t[max(0, start - 40) : start]))


# "mijn zoon van 17 heeft ...", "onze dochter (15) is ...": a minor child of the customer, living at home.
MINOR_CHILD = re.compile(
    r"(?<!met )(?<!tegen )(?<!van )\b(mijn|m'?n|onze) " + CHILD + r" (van (\d|1[0-7])( jaar)?|\((\d|1[0-7])\))(?=\W)"
)


# "mijn dochter woont bij ons en haar werkgever ...", "onze zoon (studeert in Delft, op kamers)": where a child
# of the customer lives, told with the child (art. 1).
CHILD_LIVES = (
    (
        "child_care_home",
        re.compile(
            r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,30}\b(woont|wonen|verblijft) (nu |sinds \w+ )?in (een |het )?"
            r"(verpleeg|verzorgings|zorg)\w*"
        ),
    ),
    (
        "child_studying",
        re.compile(
            r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,30}\b(woont|wonen|zit) (\w+ )?op kamers\b|"
            # round 69: "Onze dochter (21) zit een half jaar in Valencia voor haar studie, via Erasmus"
            r"\b(mijn|m'?n|onze) "
            + CHILD
            + r"\b[^.?!]{0,20}\b(woont|zit|verblijft|studeert) (\w+ ){0,6}(voor (zijn|haar) "
            r"studie|voor een (dag)?studie|via erasmus|erasmus|uitwisseling\w*|exchange)\b"
        ),
    ),
    (
        "child_home",
        re.compile(
            r"\b(mijn|m'?n|onze) " + CHILD + r"\b[^.?!]{0,20}\b(woont|wonen) (nog )?(gewoon )?(thuis|bij (ons|mij))\b"
        ),
    ),
)


# whether the people along are insured, asked ("Tellen zij ook mee?", "is zij dan wel gedekt?")
COMPANIONS_ASKED = re.compile(
    r"\b(tellen|telt|vallen|valt|zijn|is) (zij|ze|hij|die) (\w+ ){0,3}(mee|gedekt|verzekerd|meeverzekerd|onder)\b|"
    # round 175: "kan hij ook geholpen worden?"
    r"\b(kan|kunnen|mag|mogen) (zij|ze|hij|die) (\w+ ){0,2}(geholpen worden|hulp krijgen|meedoen|mee doen|aanspraak maken)\b"
)


def _working_away(folded: str) -> bool:
    """Round 69: "Mijn zoon van 24 is afgestudeerd en werkt nu een jaar in München. Hij heeft ruzie met zijn Duitse
    verhuurder": a child who works and has a home of their own, not away for a day study (art. 1)."""
    works = re.search(r"\b(werkt|werken)\b", folded)
    own_home = re.search(
        r"\bafgestudeerd\b|\b(zijn|haar|hun) (\w+ )?(verhuurder|huisbaas|huurhuis|appartement)\b", folded
    )
    return bool(works and own_home) and not re.search(r"\b(op kamers|studeert|student\w*|studie|kot|stage)\b", folded)


# Round 172: someone else named as using the customer's vehicle or riding in it ("Mijn broer (woont in Tilburg, niet bij
# mij) leende mijn auto", "Mijn collega reed met mij mee ... (ik reed, mijn eigen auto)"): Verkeer 2 insures them.
_THIRD = (
    r"(collega|vriend|vriendin|buurman|buurvrouw|broer|zus|neef|nicht|kennis|zwager|schoonzus|schoonbroer|oom|tante|"
    r"moeder|vader|schoonvader|schoonmoeder)"
)
_MY_VEHICLE = (
    r"(mijn|onze|m'?n) (eigen )?(\w+ )?(auto|wagen|motor|scooter|brommer|bus|busje|camper|bestelbus|"
    + CAR_MAKES
    + r")\b"
)
LENT_MY_VEHICLE = re.compile(
    r"\b(mijn|m'?n|onze) "
    + _THIRD
    + r"\b[^.?!]{0,60}\b(leende|leenden|had (\w+ )?geleend|mocht)\b (\w+ ){0,2}"
    + _MY_VEHICLE
    # round 180: "Mijn buurman heeft vorige week mijn Toyota geleend (met mijn toestemming natuurlijk)"
    + r"|\b(mijn|m'?n|onze) "
    + _THIRD
    + r"\b (heeft|had|hebben) (\w+ ){0,3}"
    + _MY_VEHICLE
    + r" (\w+ )?geleend\b"
)
CLAIM_ON_THE_BORROWER = re.compile(
    r"\b(op (hem|haar) (\w+ )?verhalen|(hem|haar) (\w+ )?aansprakelijk|(hij|zij|ze) weigert (\w+ ){0,3}(te )?(betalen|vergoeden)|"
    r"(hem|haar) (laten )?(betalen|aanspreken))\b"
)
PASSENGER_OF_MINE = re.compile(
    r"\b(mijn|m'?n|onze) "
    + _THIRD
    + r" (zat|zaten|reed|reden) (\w+ )?(met (mij|ons) mee|bij (mij|ons) (in de auto|achterin|"
    r"voorin|mee)|naast (mij|me)|achter (mij|me))\b"
)


def _with_my_vehicle(t: str) -> str | None:
    """Verkeer 2 (round 172): whoever uses the customer's vehicle with permission, or rides in it as a passenger; not the
    borrower the customer claims from ("Mijn vriend heeft mijn auto geleend en de versnellingsbak opgeblazen ... Kan ik de
    schade op hem verhalen?")."""
    if LENT_MY_VEHICLE.search(t) and not CLAIM_ON_THE_BORROWER.search(t):
        return "driver_with_permission"
    return "passenger" if PASSENGER_OF_MINE.search(t) else None


ASKED_ABOUT_SOMEONE = re.compile(
    r"\b(is|valt|zijn) (zij|hij|ze)\b.{0,25}\b(mee)?verzekerd\b|\b(kan|mag) (hij|zij|ze) (onze|mijn|de|m'?n) "
    r"(arag-?)?(\w*polis|verzekering|rechtsbijstand\w*)\b|\b(valt (hij|zij|ze)|(hij|zij|ze) valt) (nog |ook |toch |dan |wel )*"
    r"onder (onze|mijn|de|m'?n) \w*polis\b|"
    # round 50: "Kan hij daar gebruik van maken?" after "onze polis is een gezinspolis"
    r"\b(kan|mag) (hij|zij|ze) (daar|er) (ook |dan )*gebruik van maken\b|"
    # round 87: "Kan mijn verzekering ARAG haar helpen?"
    r"\b(kan|mag) (mijn|onze|m'?n|de) (\w+ ){0,2}(\w*verzekering|\w*polis|rechtsbijstand\w*)( \w+)? (haar|hem|hen) "
    r"(helpen|bijstaan|dekken)\b|"
    # round 181: "Kan ik haar zaak via mijn eigen rechtsbijstandverzekering laten behandelen?"
    r"\b(kan|mag) ik (haar|zijn|hun) (zaak|conflict|probleem|kwestie|geschil) (\w+ ){0,2}(via|met|onder|op) (mijn|onze|m'?n) "
    r"(eigen )?(arag-?)?(\w*polis|verzekering|rechtsbijstand\w*)\b|"
    # round 174: "Kan mijn broer (34) mijn rechtsbijstand gebruiken?"
    r"\b(kan|mag) (mijn|m'?n|onze) \w+( \(\d+\))? (ook |dan )*(onze|mijn|m'?n) (arag-?)?(\w*polis|verzekering|rechtsbijstand\w*) "
    r"(\w+ )?(gebruiken|inzetten|aanspreken)\b"
)


def _asked_about_someone_apart(t: str) -> bool:
    """Art. 1: someone asked about who lives elsewhere, abroad, on their own, not together, or away for work."""
    if not ASKED_ABOUT_SOMEONE.search(t):
        return False
    abroad = countries.abroad_alternation()
    apart = re.search(
        # round 87: "Mijn moeder woont in Polen", "is naar Australië verhuisd"
        r"\b(woont|wonen) (\w+ ){0,2}in (het buitenland|"
        + abroad
        + r")\b|\b(verhuisd|geemigreerd) naar (het buitenland|"
        + abroad
        + r")\b|\bnaar (het buitenland|"
        + abroad
        + r") (verhuisd|geemigreerd|vertrokken)\b|"
        r"\b(woont|wonen) (niet|nergens) (bij (mij|ons)|in hetzelfde huis)\b|\bwoont zelfstandig\b|"
        r"\bwoont (\w+ ){0,2}(op (zich)?zelf|op zijn eigen|op haar eigen|niet meer thuis)\b|"
        # "we wonen niet samen (LAT)" (round 19)
        r"\b(wonen|woont|woon) (\w+ )?niet samen\b|\blat[- ]?(relatie)?\b|\bniet samenwonend\b|"
        # round 171: "Mijn zoon van 29 woont samen met zijn vriendin in Utrecht ... Kan hij mijn ARAG-polis gebruiken?"
         + LIVES_APART.pattern,
        t,
    )
    return bool(apart) or _working_away(t) or _never_insured_asked_about(t)


# Round 181: a relative art. 1 never insures, wherever they live ("Mijn moeder van 86 woont sinds kort in een
# verzorgingshuis ... Kan ik haar zaak via mijn eigen rechtsbijstandverzekering laten behandelen?"), with no child named.
NEVER_INSURED = re.compile(
    r"\b(mijn|m'?n|onze) (moeder|vader|ouders|schoonmoeder|schoonvader|schoonouders|opa|oma|grootvader|grootmoeder|broer|"
    r"zus|zwager|schoonzus|oom|tante)\b"
)


def _never_insured_asked_about(t: str) -> bool:
    return bool(NEVER_INSURED.search(t)) and not re.search(r"\b(mijn|m'?n|onze) " + CHILD + r"\b", t)


MIX_UP = re.compile(r"\b(vergis|vergist|vergiste|door elkaar|ik bedoel|ik bedoelde|klopt niet|oh wacht|wacht even)\b")


def corrected_to_living_apart(t: str) -> bool:
    """Round 179: a child corrected to live with a partner and not study ("ik haal dingen door elkaar, Sanne is
    afgestudeerd en woont samen met haar vriend"): not insured (art. 1)."""
    return bool(MIX_UP.search(t) and LIVES_WITH_A_PARTNER.search(t) and not STUDYING_NOW.search(t))


def involved_in_description(text: str) -> str | None:
    """Who has the conflict, only when a description makes it plain: 'mijn zoon die op kamers
    woont ...', or a first-person story in which nobody else could be the one with the conflict.
    Anything less clear is asked ('mijn moeder heeft ruzie ...', 'kan zij ...')."""
    t = SUBSIDIARY.sub(" ", fold(text))
    # Verkeer 2 first; then art. 1: only the household (and children away for a dagstudie) are insured
    told = _with_my_vehicle(t) or ("other" if _asked_about_someone_apart(t) or corrected_to_living_apart(t) else None)
    if told:
        return told
    companion = _companion_or_partner(t)
    if companion:
        return companion
    # round 69: "Mijn zus en zwager waren er ook bij; ik had alles geboekt en betaald. Tellen zij ook mee?"
    if story_facts.BOOKED_FOR.search(t) and story_facts.TRAVELLED_WITH.search(t) and COMPANIONS_ASKED.search(t):
        return "travel_companion"
    parents = re.search(
        r"\b(polis|verzekering|rechtsbijstand\w*) (is |staat )?(van|op naam van|op de naam van) (mijn|m'?n) "
        r"(ouders|vader|moeder|pa|ma)\b|"
        # "ik heb zelf geen verzekering maar mijn moeder heeft ARAG", "via mijn ouders verzekerd" (round 19)
        r"\b(mijn|m'?n) (ouders|vader|moeder|pa|ma) (heeft|hebben) (\w+ ){0,2}(arag|\w*polis|verzekering|rechtsbijstand\w*)\b|"
        r"\b(via|bij|onder) (mijn|m'?n) (ouders|vader|moeder|pa|ma) (\w+ )?(mee)?verzekerd\b",
        t,
    )
    # round 65: "mijn ouders hebben rechtsbijstand bij jullie. ik ben 24, woon sinds vorig jaar op mezelf en werk
    # fulltime": a child living elsewhere, not for a day study, is not insured (art. 1)
    if (
        parents
        and re.search(
            r"\b(woon|wonen) (\w+ ){0,4}(op (mezelf|mijzelf|mijn eigen|ons eigen)|zelfstandig|niet meer thuis)\b", t
        )
        and not re.search(r"\b(op kamers|studeer|student\w*|studie|kot)\b", t)
    ):
        return "other"
    if parents and re.search(r"\b(op kamers|studeer|student\w*|studie|kot)\b", t):
        return "child_studying"  # art. 1: "kinderen die ergens anders wonen voor een dagstudie"
    # round 82: also a minor writing ("ik ben 16 en mijn ouders hebben arag"): at home (art. 1)
    if (parents and re.search(r"\b(thuis|bij mijn ouders)\b|\bik ben (1[0-7]|[6-9])( jaar)?\b", t)) or re.search(
        AT_MY_PARENTS, t
    ):
        return "child_home"
    lives = next((key for key, pattern in CHILD_LIVES if pattern.search(t)), None)
    if lives:
        return lives
    if MINOR_CHILD.search(t):
        return "child_home"  # "mijn zoon van 17 heeft ...": a minor lives at home (art. 1)
    if SURVIVORS.search(t) or PARTNER_KILLED.search(t):
        # art. 1: "Overlijdt een verzekerde door een ongeval? ... nabestaanden"; round 143: "Mijn man is overleden nadat een
        # automobilist hem ... heeft geschept"
        return "surviving_relative"
    if re.search(
        r"^(mijn|m'?n) (man|vrouw|partner|echtgeno\w*|vriend|vriendin)\b", t
    ) and not PARTNER_AGAINST_ME.search(t):
        return "partner"  # "mijn man heeft ruzie met ...": the co-insured partner has the conflict
    # round 63: "ik vraag dit voor mn vriend, hij woont sinds april bij mij in. zn oude verhuurder ..."
    if re.search(PARTNER_AT_HOME, t) and re.search(
        r"\b(is|valt|heeft|krijgt) (zij|hij|ze)\b|\b(ik vraag|vraag ik) (dit|het) (\w+ )?(voor|namens) (mijn|m'?n) "
        r"(partner|vriendin|vriend|man|vrouw|verloofde)\b|"
        # round 96: "Sinds maart woont mijn partner bij mij. Haar vorige verhuurder ... Kan ik dit namens haar aanmelden?"
        r"\bnamens (haar|hem)\b|\b(haar|zijn) (vorige |oude |nieuwe )?(verhuurder|werkgever|huisbaas|baas)\b|"
        # round 67: "Eigenlijk tekende mijn vriend, niet ik. We wonen samen"
        r"\b(tekende|kocht|bestelde|boekte|huurde|sloot|ondertekende) (eigenlijk |dus )?(mijn|m'?n) (vriend|vriendin|partner|"
        r"man|vrouw)\b",
        t,
    ):
        return "partner"  # "mijn vriendin woont bij mij in. Is zij ook verzekerd als ze ...": art. 1
    # Opponents and other parties ("met mijn buurman", "van mijn man", "door een taxi") are not
    # the person with the conflict.
    subject = re.sub(
        r"\b(met|tegen|van|door|aan|bij|over|voor) (de |het |een |mijn |m'?n |onze |haar |zijn |hun )?[\w-]+", " ", t
    )
    if re.match(r"(\W*(goede(n)?(morgen|middag|avond|dag)|hallo|hoi|dag)\W+)?(ik|wij|we)\b", t) and not re.search(
        r"\b(mijn|m'?n|onze|ons) " + CHILD, t
    ):
        # "Ik word door mijn werkgever beschuldigd ... en ze hebben aangifte gedaan": the customer
        # speaks of themself; "ze" is the other party.
        subject = re.sub(r"\b(hij|zij|ze)\b", " ", subject)
    if PERSON.search(subject):
        key, _ = parse_involved(subject)
        return key if key in ("au_pair", "child_home", "child_studying", "child_care_home") else None
    if re.search(r"\b(ik|mij|me|mijn|mn|m'n|ikzelf)\b", t):
        return "policyholder"
    return None


# Round 49: a relative outside art. 1 asked about by name ("Is mijn kleinzoon via mij meeverzekerd?").
RELATIVE_VIA_ME = re.compile(
    r"\b(is|valt|zijn|vallen) (mijn|m'?n|onze) (\w+ )?(vader|moeder|opa|oma|broer|zus|schoon\w+|tante|oom|ouders|"
    r"kleinzoon|kleindochter|kleinkind\w*|neef|nicht) (\w+ ){0,2}(via (mij|ons)|onder (mijn|onze|m'?n) (polis|verzekering))?"
    r" ?(ook |dan |wel )?(mee ?verzekerd|meeverzekerd|gedekt)\b"
)


# Round 119: the customer writes for the relative whose story it is ("Ik schrijf voor mijn zus.").
WRITING_FOR = re.compile(r"\bik (schrijf|mail|app|typ|vraag dit|vraag het) (namens|voor) (mijn|m'?n|onze)\b")


def _who_has_it(text: str) -> dict[str, Any]:
    """Who has the conflict ('involved'), or the relative outside art. 1 the story is about."""
    relative = relative_in_description(text)
    if relative and RELATIVE_VIA_ME.search(fold(text)):  # "Is mijn kleinzoon via mij meeverzekerd?" (round 49)
        return {"involved": "other", "relative": relative}
    if relative and WRITING_FOR.search(fold(text)):
        # "Ik schrijf voor mijn zus. Ze is gebeten" (round 119): her story, whatever "ik" does in it; who is insured is
        # asked or noted (art. 1), as the relative may have a policy of their own ("hij heeft zelf een Flexpolis")
        return {"relative": relative}
    t = fold(text)
    uses_mine = re.search(USES_MY_POLICY, t) or (MY_POLICY_FOR_THEM.search(t) and ACTING_FOR.search(t))
    if relative and uses_mine and not _relative_died(text, relative):
        # art. 1: "kan zij gebruikmaken van mijn verzekering?"; "Ik regel alle zaken voor mijn vader ... Mag ik mijn eigen
        # rechtsbijstandverzekering hiervoor gebruiken?" (round 58): the relative, whatever "ik" does in the story
        return {"involved": "other", "relative": relative}
    involved = story_facts.vehicle_user(text) or involved_in_description(text)
    if involved is not None:
        return {"involved": involved}
    if relative and _relative_died(text, relative):
        return {}  # "mijn moeder is overleden ...": the deceased, not the one in conflict
    return {"relative": relative}
