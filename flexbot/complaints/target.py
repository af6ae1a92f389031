"""Whom is the anger about, when a message also asks about cover?

A customer who asks whether ARAG covers a conflict usually tells it with the feelings it stirs:
"Mijn broer heeft de hele erfenis ingepikt, ik ben woedend. Ben ik verzekerd?". The message itself
is then the coverage form's conflict description: dissatisfaction that names nobody is about the
opponent (`features.ABOUT_OPPONENT`), while "jullie", ARAG, "mijn jurist" still count.

`opponent_in_coverage_question(normalised)` is true when
- some clause asks about cover or ARAG's help ("ben ik verzekerd", "valt dit onder mijn polis",
  "kunnen jullie helpen", "am I covered"), and
- the rest of the message (that asking clause blanked) names a third party (the rules' parties,
  plus family members, the CBR, a wedding photographer ... which are too ambiguous to be a party
  everywhere: "mijn zoon wacht al weken op jullie"), and
- the rest names nobody on ARAG's side (its staff, letters, premium, "jullie", "you").

An earlier attempt (any message that names an opponent is about the opponent) lost ARAG
complaints; this one needs the coverage question too, and the detector only lowers a decision
with it (at most `ask` unless a cue aimed at ARAG fires).
"""

from __future__ import annotations

import re

from flexbot.complaints.rules import ARAG_MARKERS, THIRD_PARTY_MARKERS

# A clause that asks about cover or about ARAG's help with a conflict (normalised, lower case).
# Every alternative starts at a word start; the guard `(?<!\w)` fails at once inside a word (speed).
COVERAGE_ASK = re.compile(
    r"(?<!\w)(?:\b(?:ben|zijn|is|was|word|wordt) (?:ik|wij|we|dit|dat|het|zoiets|deze zaak|mijn zaak)\b[^.?!]{0,40}"
    r"\b(?:verzekerd|gedekt|meeverzekerd)\b"
    r"|\b(?:valt|vallen|viel)\b[^.?!]{0,60}\bonder\b[^.?!]{0,30}"
    r"\b(?:\w*polis|dekking|\w*verzekering|rechtsbijstand\w*|module|pakket)\b"
    r"|\b(?:dekt|dekken|vergoedt|vergoeden|betaalt|biedt|bieden)\b[^.?!]{0,30}"
    r"\b(?:\w*polis|\w*verzekering|rechtsbijstand\w*|arag|jullie)\b"
    r"|\b(?:kunnen|kan|kunt|willen|wil) (?:jullie|arag|u)\b[^.?!]{0,40}"
    r"\b(?:helpen|bijstaan|ondersteunen|iets mee|niks mee|niets mee|iets doen|niks doen|niets doen|iets betekenen|voeren|regelen"
    r"|oppakken|oplossen|rechtzetten"
    r"|afhandelen|aanpakken)\b"
    r"|\b(?:helpen|helpt|ondersteunen) (?:jullie|arag)\b"
    # asking ARAG to act in the conflict: "kunnen jullie bezwaar maken?", "... een brief sturen?"
    r"|\b(?:kunnen|kan|kunt|willen|wil) (?:jullie|arag|u)\b[^.?!]{0,40}"
    r"\b(?:bezwaar|beroep|brief|sturen|schrijven|aanschrijven|bemiddelen|onderhandelen|optreden|uitzoeken|adviseren|advies)\b"
    # a letter's request: "Ik verzoek u mij bij te staan bij het terugvorderen", "vraag ik u ons te helpen"
    r"|\b(?:verzoek|vraag) (?:ik )?(?:u|jullie) (?:\w+ ){0,2}(?:mij|ons) (?:\w+ ){0,3}"
    r"(?:bij te staan|te helpen|te ondersteunen|te vertegenwoordigen)\b"
    # round 118: "Telt een woonboot bij jullie ook als huis?"
    r"|\b(?:telt|tellen|geldt|gelden)\b[^.?!]{0,30}\b(?:bij|voor) (?:jullie|arag|de verzekering|mijn polis)\b[^.?!]{0,15}\bals\b"
    r"|\b(?:met|via) (?:jullie|uw|arag) (?:hulp|jurist|juristen|advocaat|rechtsbijstand)\b"
    # asking what to do about what the story tells: "wat kan ik doen?", "wat zijn mijn rechten?"
    r"|\bwat (?:kan|moet|kunnen|moeten) (?:ik|wij|we) (?:nu |hier |daar |hiertegen |daartegen )?(?:aan )?doen\b"
    r"|\bwat zijn (?:mijn|onze) (?:rechten|mogelijkheden|opties)\b|\bhoe pak (?:ik|we) (?:dit|dat) aan\b"
    r"|\b(?:geldt|gelden|werkt)\b[^.?!]{0,30}\b(?:\w*polis|dekking|\w*verzekering|rechtsbijstand\w*)\b"
    r"|\bwat (?:kan|kunnen) (?:arag|jullie)\b[^.?!]{0,20}\b(?:betekenen|doen)\b"
    r"|\b(?:kan|kun|mag) ik\b[^.?!]{0,40}\b(?:bij|via) (?:jullie|arag)\b"
    r"|\b(?:kan|kun|mag) ik\b[^.?!]{0,40}\b(?:jullie|arag|een jurist|een advocaat|rechtsbijstand)\b[^.?!]{0,20}"
    r"\binschakelen\b"
    r"|\b(?:recht|aanspraak) op (?:rechtsbijstand|dekking|juridische hulp)\b"
    r"|\brechtsbijstand\w* (?:krijgen|aanvragen)\b|\biets voor (?:de )?rechtsbijstand\b"
    r"|\bhebben (?:jullie|arag) (?:ook )?(?:juristen|advocaten|specialisten|een jurist)\b"
    r"|\b(?:een )?zaak (?:starten|start|beginnen|begin|aanmelden|aanmeld)\b"
    # "heb ik (dan) wel iets aan mijn polis?", "heb ik er recht op?"
    r"|\bheb (?:ik|wij|we)\b[^.?!]{0,15}\b(?:iets|wat|recht|hulp)\b[^.?!]{0,10}\b(?:aan|op|van|bij)\b"
    r"[^.?!]{0,10}\b(?:mijn|de|jullie|uw|onze|deze)? ?(?:\w*polis|\w*verzekering|rechtsbijstand\w*|dekking|jullie)\b"
    # doing something through the policy: "kan ik dat via mijn rechtsbijstand laten innen?"
    r"|\b(?:via|met|onder|op) (?:mijn|de|jullie|uw|onze|deze) (?:rechtsbijstand\w*|\w*verzekering|polis)\b"
    # naming one's modules tells a conflict for the coverage check: "ik heb Consument & Wonen"
    r"|\b(?:ik heb|we hebben|wij hebben|i have|we have)\b[^.?!]{0,30}"
    r"\b(?:consument (?:&|en|and) wonen|de module|module (?:verkeer|inkomen)|rechtsbijstand\w*)\b"
    # rounds 122-125: "Ik heb Verkeer bij jullie", "Kunnen jullie de schade voor mij verhalen?", "Kan ARAG de bank
    # aansprakelijk stellen?", "Kan ik die bij jullie declareren?", "Is dit iets voor jullie?", "Is het de moeite waard om
    # dit bij jullie te melden?", "Kan ik die gebruiken voor mijn ontslag?"
    r"|\b(?:ik heb|we hebben|wij hebben)\b[^.?!]{0,30}\b(?:verkeer|inkomen)\b(?! ?(?:uit|van)\b)"
    # round 122: a belief about the cover told to be checked ("Strafzaken doen jullie toch nooit", "daar kunnen jullie
    # toch niks mee?")
    r"|\b(?:doen|dekken|betalen|vergoeden|doet|dekt|betaalt|vergoedt) (?:jullie|arag) (?:\w+ )?toch (?:nooit|niet|niks|niets)\b"
    r"|\b(?:jullie|arag) (?:helpen|helpt|doen|doet|dekken|dekt|betalen|betaalt|vergoeden|vergoedt) (?:\w+ )?toch (?:nooit|niet"
    r"|niks|niets)\b"
    r"|\b(?:een|mijn|onze) (?:arag[- ]?)?(?:rechtsbijstand\w*|flexpolis)\b[^.?!]{0,40}\b(?:afgesloten|genomen)\b"
    r"|\b(?:kunnen|kan|kunt|willen|wil) (?:jullie|arag|u)\b[^.?!]{0,40}\b(?:verhalen|aansprakelijk stellen|terughalen"
    r"|terugkrijgen|innen|vorderen)\b"
    r"|\b(?:declareren|indienen)\b[^.?!]{0,10}\b(?:bij )?(?:jullie|arag)\b|\b(?:bij )?(?:jullie|arag)\b[^.?!]{0,20}"
    r"\b(?:declareren|indienen)\b"
    r"|\bis (?:dit|dat|het) (?:iets|wat) voor (?:jullie|arag|de verzekering|mijn polis|de rechtsbijstand)\b"
    r"|\b(?:de moeite|zin)\b[^.?!]{0,30}\b(?:melden|aanmelden)\b"
    r"|\b(?:kan|kun|mag) (?:ik|we|wij) (?:die|deze|hem|mijn \w*polis|mijn \w*verzekering|de polis|de verzekering) "
    r"(?:\w+ )?gebruiken\b"
    # round 131: how soon ARAG decides on the help asked ("En hoe lang duurt het voordat ik van jullie hoor of jullie me
    # helpen?", "wanneer weet ik of jullie het oppakken?")
    r"|\bhoe (?:lang|snel)\b[^.?!]{0,40}\b(?:hoor|horen|weet|weten|krijg|krijgen)\b[^.?!]{0,25}\b(?:of|van) (?:jullie|arag|u)\b"
    r"|\bwanneer (?:hoor|weet|horen|weten) (?:ik|we|wij)\b[^.?!]{0,25}\b(?:of|van) (?:jullie|arag|u)\b"
    # round 133: "zit ik goed bij jullie?", "zitten we daarvoor goed met onze polis?"
    r"|\b(?:zit|zitten) (?:ik|we|wij)\b[^.?!]{0,15}\bgoed (?:bij|met|via) (?:jullie|arag|u|mijn|onze|de)\b"
    # round 135: a question how ARAG's help works, beside the story ("Mag ik een eigen advocaat kiezen?", "Wat gaat
    # het mij kosten als jullie dit oppakken?", "kan ik dan van jurist wisselen?")
    r"|\b(?:mag|kan|kun|moet|mogen|kunnen|moeten) (?:ik|we|wij)\b[^.?!]{0,25}\b(?:eigen|zelf een|zelf) "
    r"(?:advocaat|jurist|specialist|advocaten)\b"
    r"|\bals (?:jullie|arag|u) (?:dit|dat|het|deze zaak|mijn zaak|hem|m) (?:\w+ )?(?:oppakken|oppakt|behandelen|behandelt"
    r"|overnemen|overneemt|aanpakken|aanpakt|doen|doet)\b"
    r"|\b(?:kan|kun|mag) (?:ik|we|wij) (?:dan |daarna |later )?(?:ook )?(?:van (?:jurist|behandelaar|advocaat) )?wisselen\b"
    # round 147: "Doet ARAG mee?", "Doen jullie dat?" after a plan to sue
    r"|\b(?:doet|doen) (?:arag|jullie) (?:\w+ )?(?:mee|dat|het)\b\W*$"
    # round 143: ARAG's help named after the act ("Kan ik daartegen in bezwaar met hulp van jullie?", "Is het te laat om
    # jullie in te schakelen?", "kan ik het alsnog bij jullie melden?")
    r"|\bmet (?:de )?hulp van (?:jullie|arag|u)\b|\b(?:jullie|arag|u) (?:nog |alsnog |nu )?in te schakelen\b"
    r"|\b(?:kan|kun|mag) (?:ik|we|wij) (?:het|dit|dat|deze zaak|mijn zaak) (?:\w+ )?bij (?:jullie|arag|u) (?:\w+ )?(?:melden|aanmelden)\b"
    # round 139: ARAG asked for its help verb first ("Regelen jullie een advocaat voor mij?")
    r"|\b(?:regelen|regelt|zoeken|zoekt|leveren|levert|geven|geeft|sturen|stuurt) (?:jullie|arag|u) (?:dan |ook |wel |mij |me )*"
    r"(?:een |de )?(?:advocaat|jurist|specialist|rechtsbijstand|juridische hulp)\b"
    # English
    r"|\b(?:am i|are we|is (?:this|that|it))\b[^.?!]{0,25}\bcovered\b"
    r"|\bdoes (?:my|the|your|this) (?:legal )?(?:insurance|policy|cover)\b"
    r"|\bwhat does (?:the|my|your) (?:legal )?(?:insurance|policy|cover)\b[^.?!]{0,20}\bcover\b"
    r"|\bcan (?:arag|you)\b[^.?!]{0,30}\bhelp\b"
    # round 117: "Is this something ARAG covers?", "Kan de rechtsbijstand hier iets doen?"
    r"|\b(?:arag|you|the policy|my policy|the insurance|my insurance) (?:covers?|cover this)\b"
    r"|\b(?:kan|kunnen) (?:de|mijn|jullie|uw|onze) (?:rechtsbijstand\w*|\w*verzekering|polis)\b[^.?!]{0,30}"
    r"\b(?:iets|helpen|doen|betekenen)\b"
    r"|\byour (?:lawyers|legal team|jurists)\b[^.?!]{0,20}\b(?:handle|take)\b)"
)
# Parties that count here only: in a message that asks about cover they are the opponent.
COVERAGE_OPPONENTS = re.compile(
    r"(?<!\w)(?:broer|broers|zus|zussen|zuster|vader|moeder|ouders|schoon\w+|familie\w*|oom|tante|neef"
    r"|nicht|zoon|dochter|zwager\w*|kleinzoon|kleindochter|kleinkind\w*|erfgenam\w+|executeur|testament|cbr|rdw|politie|\w*fotograaf|trouwlocatie"
    r"|cateraar|tandarts|dierenarts|opticien|kapper|rijinstructeur|reisorganisatie|touroperator|vriend|vriendin"
    r"|kennis|bestuurder|chauffeur"
    # rounds 122-125: the other road user or an adviser told in the story (rules.THIRD_PARTY_MARKERS has the cyclist,
    # the driver, the bank, the notary and the estate agent)
    r"|\w*rijder|voetganger|(?!klant)\w*adviseur|tussenpersoon|vermogensbeheerder"
    r"|(?<!jullie )(?<!uw )bedrijf|patient\w*"
    r"|vliegtuigmaatschappij|luchtvaartmaatschappij|gemeente|uwv|vent|kerel|oplichter\w*"
    # round 135: the customer's dismissal names its other side ("ik ben op staande voet ontslagen": the employer)
    r"|(?:ik ben|ben ik|ik werd|werd ik|we zijn|wij zijn) (?:\w+ ){0,4}ontslagen|mijn ontslag"
    r"|brother|sister|father|mother|parents|family|photographer|dealer|airline|garage|vet|driver|company)\b"
)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:en|maar|dus|want|and|but|so)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _blank_asks(text: str) -> tuple[str, bool]:
    """The text with every clause that asks about cover blanked out, and whether there was one."""
    chars = list(text)
    found = False
    for m in COVERAGE_ASK.finditer(text):
        found = True
        sentence_start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        clause_start = max(
            (c.end() for c in _CLAUSE_START.finditer(text, sentence_start, m.start())), default=sentence_start
        )
        end_match = _SENTENCE_END.search(text, m.end())
        end = end_match.end() if end_match else len(text)
        for i in range(clause_start, end):
            chars[i] = " "
    return "".join(chars), found


def opponent_in_coverage_question(normalised: str) -> bool:
    """The message asks about cover and tells of a third party, and names nobody on ARAG's side
    outside that question (module docstring)."""
    if not COVERAGE_ASK.search(normalised):
        return False
    rest, _ = _blank_asks(normalised)
    if ARAG_MARKERS.search(rest):
        return False
    return bool(THIRD_PARTY_MARKERS.search(rest) or COVERAGE_OPPONENTS.search(rest))


# Someone of ARAG's side by name: in a conflict description, anger aimed at them is still a complaint.
ARAG_STAFF = re.compile(
    r"(?<!\w)(?:jullie|arag\w*|(?:mijn|de|uw|jullie|die|deze) (?:jurist|behandelaar|dossierbehandelaar|contactpersoon)"
    r"|(?:deze|de|jullie) (?:chatbot|bot)|klantenservice|klachtenbureau)\b"
)


def aimed_at_arag_staff(normalised: str) -> bool:
    """The text names someone of ARAG's side outside a question about cover ("kunnen jullie
    helpen?" does not count) and names no third party: "Mijn jurist heeft weer een fout gemaakt"."""
    rest, _ = _blank_asks(normalised)
    return bool(ARAG_STAFF.search(rest)) and not (
        THIRD_PARTY_MARKERS.search(normalised) or COVERAGE_OPPONENTS.search(normalised)
    )
