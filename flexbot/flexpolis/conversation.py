"""How the coverage check talks: answer first, ask only what changes the verdict, keep it short.

Pure functions over `CheckState` (flexbot/flexpolis/dialogue.py) and the checker; no Rasa.
- `headline(state)`: what already follows from what the customer said ("Met de module Verkeer bent
  u hiervoor verzekerd (art. 3a Verkeer); zonder die module niet.");
- `ask(name)`: the next question with the reason it matters;
- `final_text(state)`: the verdict, short, with for every input the customer did not know the
  answer for each possibility;
- `short_and_details(text)`: one or two sentences first, the rest on request ("Meer weten?");
- small talk, stop/restart, corrections and a second FAQ question in one message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import (
    checker,
    conflicts,
    cost_questions,
    countries,
    dialogue,
    dialogue_amounts,
    dialogue_dates,
    dialogue_people,
    english,
    faq_reader,
    kind_reader,
    replies,
    story_facts,
)
from flexbot.flexpolis.checker import GEDEKT, HANGT_AF_VAN, NIET_GEDEKT, CoverageQuestion
from flexbot.flexpolis.dialogue import CheckState, question
from flexbot.flexpolis.knowledge import format_euro, knowledge

MORE = "Meer weten? Typ 'meer uitleg'."

# Why a question matters: said with the question, so the customer knows what it changes.
WHY: dict[str, str] = {
    "modules": "Dit hangt af van de modules op uw polis.",
    "involved": "De verzekering geldt alleen voor bepaalde personen (art. 1).",
    "alleenstaand": "Staat 'alleenstaand' op uw polis, dan bent alleen u zelf verzekerd (art. 1).",
    "role": "De verzekering geldt alleen privé, niet voor uw bedrijf of werk als zelfstandige.",
    "first_event_after_start": "Het conflict moet zijn begonnen na het begin van de verzekering (art. 9).",
    "facts.bekend_bij_afsluiten": "Wist u het al, dan is het niet verzekerd (art. 9).",
    "country": "Niet elke module geldt in elk land.",
    "amount": "Een conflict van {minimum} of minder is niet verzekerd (art. 11g).",
    "eigen_woning": "Dat is nodig voor conflicten over uw eigen woning.",
    "uitsluiting_burenrecht": "Dan zijn conflicten met buren niet verzekerd.",
    "uitsluiting_motorrijtuigen": "Dan zijn conflicten over uw motorrijtuigen niet verzekerd.",
    "uitsluiting_arbeidsrecht": "Dan zijn conflicten met uw werkgever niet verzekerd.",
}

# Art. 5: the other side is insured with ARAG too ("mijn zus heeft zelf ook een rechtsbijstandverzekering bij ARAG").
OTHER_SIDE_AT_ARAG = story_facts.OTHER_SIDE_AT_ARAG

SMALL_TALK = re.compile(
    r"^(top|super|mooi|fijn|prima|helder|duidelijk|geweldig|perfect|ok[eé]?|oke|dank\w*|bedankt\w*|"
    r"thanks?|thnx|merci|hartelijk dank|dat is duidelijk|je bent top|goed zo|netjes|cool|hoe gaat het|"
    r"goedemorgen|hallo|hoi)\b[^?]*$"
)
STOP = re.compile(
    r"^(stop\w*|laat maar\b.*|opnieuw|begin opnieuw|ik wil opnieuw beginnen|annuleer\w*|cancel|"
    r"vergeet het\b.*|hou (maar )?op)[.! ]*$"
)
CORRECTION = re.compile(
    r"\b(het )?(gaat|ging|is|heeft)( het)? (helemaal )?(niet|geen) (over|om|te maken met)\b(?P<rest>.*)"
)
# Art. 11c: reporting after the policy ended ("opgezegd ... kan ik nog iets melden?"), not a cancellation.
REPORT_AFTER_END = (
    r"\b(gestopt|opgezegd|beeindigd|afgelopen|overgestapt|opzeggen|stoppen)\b.{0,160}\b(kan|mag) ik (dat |het |dit )?(dan |nu )?"
    r"(nog )?(\w+ ){0,5}melden\b|"
    r"\b(gestopt|opgezegd|beeindigd|afgelopen)\b.{0,80}\bmelden\b.{0,40}\b(kan|mag) (dat|het) (nog|alsnog)\b|"
    # round 143: asked first ("Kan ik dat nog melden als ik al heb opgezegd?")
    r"\b(kan|mag) ik (dat |het |dit )?(dan |nu )?(nog |alsnog )(\w+ ){0,3}melden\b.{0,40}\b(als|nu|terwijl) (ik|we|wij) (\w+ )?(al )?"
    r"(heb |hebben )?(gestopt|opgezegd|beeindigd|overgestapt)\b|"
    # round 180: reporting in time supposed after art. 11c ("Als ik het in januari nog had gemeld, was het dan gedekt?")
    r"\b(als|stel dat) (ik|we|wij) (het|dat|dit) (\w+ ){0,3}(had|hadden) (\w+ )?(gemeld|aangemeld|doorgegeven)\b|"
    # switching insurer: "wat gebeurt er met mijn zaak als ik overstap naar een andere verzekeraar?"
    r"\b(mijn|de|een|het) (\w+ )?(zaak|conflict)\b.{0,40}\b(overstap\w*|stap(pen)? (\w+ )?over)\b|"
    r"\b(overstap\w*|stap(pen)? (\w+ )?over)\b.{0,60}\b(mijn|de|een) (\w+ )?(zaak|conflict)\b|"
    # round 167: "En als ik pas na het opzeggen een brief van de huurcommissie krijg?"
    r"\b(pas )?na (het |mijn )?(opzeggen|opzegging|stoppen|einde van (de |mijn )?(verzekering|polis))\b.{0,60}\b(krijg|komt|"
    r"gebeurt|speelt|ontvang|begint)\b"
)
# A conflict told after "mijn verzekering is gestopt / 3 maanden geleden opgezegd": art. 11c too.
POLICY_ENDED = re.compile(
    r"\b(mijn |de |deze |onze )?(rechtsbijstand\w*|verzekering|polis|flexpolis)\b(?! \w*verzekering)"
    r"[^.?!]{0,40}\b(gestopt|opgezegd|beeindigd|afgelopen|stopgezet|opgehouden|liep af|is afgelopen)\b|"
    # round 70: "Vorig jaar juni hebben we onze ARAG opgezegd toen we verhuisden"
    r"\b(mijn|onze|de) arag\b[^.?!]{0,20}\b(opgezegd|beeindigd|stopgezet|gestopt)\b|"
    r"\b(bij|met) (jullie|arag) (\w+ )?(gestopt|opgezegd)\b"
)
# Art. 11d-11f: the customer's own conduct ("wat als ik verkeerde informatie gaf / de tegenpartij bedreigde?").
CONDUCT = (
    r"\b(ik|wij|we) (\w+ ){0,4}(jullie|arag|u) (\w+ ){0,3}(verkeerde|onjuiste|foute|valse|onware) "
    r"(informatie|gegevens|info|antwoorden)\b|"
    r"\b(verkeerde|onjuiste|foute|valse) (informatie|gegevens|info)\b[^.?!]{0,30}\b(heb|had|hebben) (\w+ )?"
    r"(gegeven|gestuurd|doorgegeven|verstrekt|opgegeven)\b|\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ ){0,3}gelogen\b|"
    r"\b(ik|wij|we) (\w+ ){0,2}niet (mee ?werk|meewerk)\w*|\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ ){0,6}"
    r"(bedreigd|uitgescholden|beledigd)\b|\b(ik|wij|we) (\w+ ){0,8}(heb|hebben|had|hadden) (bedreigd|uitgescholden|"
    r"beledigd)\b|\bals ik (\w+ ){0,4}(bedreig|uitscheld|beledig)\b|"
    # round 60: someone of the customer's side ("Mijn neef ... heeft die man bedreigd in WhatsApp")
    r"\b(mijn|onze|m'?n) (neef|nicht|zoon|dochter|man|vrouw|partner|broer|zus|vader|moeder|vriend|vriendin)\b[^.?!]{0,60}"
    r"\b(heeft|hebben|had|hadden) (?!(\w+ ){0,3}(mij|me|ons)\b)(\w+ ){0,6}(bedreigd|uitgescholden|beledigd)\b|"
    # round 61: asked as a hypothetical about him ("En als hij ook jullie jurist aan de telefoon heeft uitgescholden?")
    r"\b(en )?als (hij|zij|ze) (ook |nou |nu )?(?!(\w+ ){0,3}(mij|me|ons)\b)(\w+ ){0,6}(heeft|had|hebben) "
    r"(uitgescholden|bedreigd|beledigd)\b|"
    # art. 11f: "een appje gestuurd dat ik zn auto ga slopen als hij niet betaalt" (round 20)
    r"\b(gestuurd|gezegd|geschreven|geappt|gemaild|gedreigd) dat ik (\w+ ){0,5}(slopen|kapot ?maken|in elkaar slaan|"
    r"wat aandoen|vermoorden|in de fik steken|iets aandoen)\b|"
    # "tegen hem geroepen dat ik zn banden lek steek als hij niks doet": a threat with its condition
    r"\b(\w*geroepen|\w*geschreeuwd|gezegd|geschreven|geappt|gestuurd|gemaild|gedreigd) (\w+ ){0,3}dat (ik|we|wij) (\w+ ){1,6}"
    r"als (hij|ze|zij|die|de \w+) (\w+ ){0,3}(niet|niks|niets|nog steeds niet|geen)\b|"
    r"\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ ){0,4}gedreigd\b|"
    # art. 11f: "ik heb haar een behoorlijk dreigend appje gestuurd" (round 23)
    r"\b(heb|hebben|had|hadden) (\w+ ){0,7}(dreigend\w*|bedreigend\w*) (app\w*|bericht\w*|mail\w*|sms\w*|brief\w*|"
    r"voicemail\w*|dm)\b|"
    # art. 11d (round 23): "en als ik een paar dingen een beetje mooier voorstel dan ze waren?"
    r"\b(mooier|rooskleuriger|gunstiger|beter|erger|ernstiger) (voor ?stel\w*|voor ?doe\w*|presenteer\w*|opschrijf\w*|"
    r"opschrijven|vertel\w*|maak|maken)\b[^.?!]{0,30}\b(dan|als) (ze|het|die|dat|ik|de dingen)\b|"
    r"\b(ik|wij|we)\b[^.?!]{0,30}\b(aandik\w*|aangedikt|overdrijf|overdrijven)\b"
    # round 67: a threat the customer told ("heb geroepen dat ik de eigenaar 'wel zou weten te vinden'"), art. 11f
    + "|"
    + story_facts.THREAT_TOLD.pattern
)
# Art. 5: waiting for ARAG's answer after reporting ("hoe lang moet ik wachten voordat ik iets hoor?").
WAIT_FOR_ANSWER = (
    # round 121: "Hoe snel laten jullie weten of ik daarvoor verzekerd ben?"
    r"\bhoe (snel|lang|gauw)\b[^?]{0,30}\b(laten (jullie|u|arag) (\w+ )?weten|hoor ik|horen we|beslissen (jullie|u))\b|"
    # round 177: "hoe snel neemt ARAG contact met me op nadat ik het gemeld heb?" (not the Klachtenbureau's 5 werkdagen)
    r"\bhoe (snel|lang|gauw)\b[^?]{0,30}\b(neemt|nemen) (jullie|u|arag) (\w+ ){0,2}contact\b(?![^?]*\bklacht)|"
    r"\bhoe lang (moet|moeten) (ik|we|wij) wachten\b.{0,40}\b(hoor|horen|bericht|reactie|antwoord|terug)\b|"
    r"\b(gemeld|aangemeld|ingediend)\b.{0,80}\b(hoe lang|wanneer)\b"
)
# Art. 6: what ARAG's help costs the customer.
COST_TO_ME = (
    r"\bwat kost (dat|het|dit|zoiets) (mij|me|ons)\b|\bkost (dat|het|dit|zoiets) (mij|me|ons) (iets|geld|wat)\b|"
    # "wat kost me dat?", "wat gaat mij dat kosten?" (round 17)
    r"\bwat kost (mij|me|ons) (dat|het|dit)\b|\bwat (gaat|zal) ((dat|het|dit) )?(mij|me|ons) ((dat|het|dit) )?kosten\b|"
    # "moet ik die jurist zelf voorschieten?" (round 27)
    r"\bmoet(en)? (ik|we|wij) (\w+ ){0,3}(zelf )?voorschieten\b|"
    # "moet ik dan zelf nog iets betalen?"
    r"\bmoet(en)? (ik|we|wij) (dan |er |daar |daarvoor )*(zelf )?(nog )?(iets|wat) (bij |aan |voor |mee )?(betalen|bijbetalen|meebetalen)\b"
)
# Art. 1: the policy is in someone else's name ("mijn partner heeft de polis, mag ik zelf melden?").
POLICY_OF_OTHER = (
    r"\b(mijn|m'?n) (partner|man|vrouw|vriend|vriendin|vader|moeder|ouders) (\w+ ){0,5}(heeft|hebben) (de |het |die |deze |een )?"
    r"(polis|verzekering|rechtsbijstand\w*|arag|flexpolis)\b|\b(polis|verzekering) (staat )?op (de )?naam van (mijn|m'?n) "
    r"(partner|man|vrouw|vriend|vriendin|vader|moeder|ouders)\b|\b(hij|zij|ze) (heeft|hebben) (de|het|die) "
    r"(polis|verzekering)( afgesloten)?\b|\b(polis|verzekering) (staat )?op (zijn|haar) naam\b|"
    # Verkeer 2 / C&W 1 (round 22): "mijn collega heeft een Flexpolis met Verkeer. Kan ik via hem?"
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (dan |ook |niet )*(via|onder|met) (hem|haar|hen|zijn|haar|hun|de|die) "
    r"?(\w*polis|\w*verzekering|rechtsbijstand\w*)?\W*$|"
    r"\b(mijn|m'?n) (collega|broer|zus|vriend|vriendin|buurman|buurvrouw|neef|nicht|oom|tante|zwager|schoonzus|vader|"
    r"moeder|ouders|partner|opa|oma) (heeft|had|hebben|hadden) (\w+ ){0,3}(flexpolis|polis|rechtsbijstand\w*)\b.{0,80}\b(kan|mag) "
    r"(ik|we|wij)\b|"
    # round 141: a grown child on the parents' policy ("kan ik nog op de polis van mijn ouders?", "Mijn ouders zijn bij jullie
    # verzekerd. Kan ik hun verzekering gebruiken?")
    r"\b(polis|verzekering|rechtsbijstand\w*) van (mijn|m'?n|mn) (ouders|vader|moeder|pa|ma)\b|"
    r"\b(polis|verzekering) (waar|waarop) (ik|we|wij) (\w+ ){0,2}(op )?(zat|stond|zaten|stonden|meeverzekerd was)\b|"
    r"\b(mijn|m'?n|mn) (ouders|vader|moeder|pa|ma) (zijn|is|hebben|heeft)\b[^.?!]{0,40}\b(verzekerd|polis|rechtsbijstand\w*)\b"
    r".{0,120}\b(kan|mag|kunnen|mogen) (ik|we|wij)\b|"
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (dan |nog |ook )*(hun|zijn|haar) (\w*polis|\w*verzekering|rechtsbijstand\w*) "
    r"(\w+ ){0,3}gebruiken\b"
)
# Art. 1: the policy read out after the answer ("Ik heb net gekeken, op mijn polis staat 'alleenstaand'.", round 141; "Ik
# zie op de polis 'alleenstaand' staan", round 166)
ALLEENSTAAND_READ = (
    r"\b(op|in) (mijn|de|onze|ons) (\w*polis|polisblad) (staat|stond) (\w+ ){0,2}\W?alleenstaand\b|"
    r"\b(op|in) (mijn|de|onze|ons) (\w*polis|polisblad) (\w+ ){0,2}\W?alleenstaand\W? (staan|staat|stond)\b"
)
# Art. 1 (round 168): someone of the household asked to use the policy ("Mijn vriendin woont bij mij in maar staat niet
# op de polis. Mag zij dit ook melden?")
HOUSEHOLD_MEMBER_ASKED = (
    r"\b(woont|wonen) (\w+ ){0,2}bij (mij|ons) in\b[^?]{0,80}\b(mag|kan) (zij|hij|ze) (dit|dat|het|ook|zelf)\b|"
    r"\b(staat|staan) (\w+ )?niet op (de|mijn|onze) polis\b[^?]{0,60}\b(mag|kan) (zij|hij|ze)\b"
)
# Art. 1: asked whether someone in the household is insured ("valt zij ook onder onze verzekering?").
PERSON_INSURED = (
    dialogue.USES_MY_POLICY + r"|"
    # round 135: someone who came along, asked about ("Helpen jullie haar ook?", "Kan hij mee in de claim?")
    r"\b(helpen|helpt) (jullie|arag|u) (hem|haar|hen|ze) (dan )?ook\b|\b(kan|mag|kunnen|mogen) (hij|zij|ze) (dan |ook )*mee "
    r"(in|met) (de|die|deze|onze|mijn) (claim|zaak|procedure)\b|\b(is|zijn|valt|vallen) (hij|zij|ze|(mijn|m'?n|onze) (partner|vriend\w*|man|vrouw|"
    r"echtgeno\w*|(pleeg|stief)?(zoon|dochter|kind\w*)|au ?pair|moeder|vader|ouders)) (ook |dan |nu )*((mee ?)?verzekerd|gedekt)\b|"
    # round 168: "Zijn de vrienden die meegingen ook verzekerd?" about a holiday booked
    r"\b(is|zijn) (de|die|mijn|m'?n|onze) (vrienden|vriendinnen|reisgenoten|vriend|vriendin|reisgenoot|familie|"
    r"familieleden|kinderen|kleinkinderen) (die (\w+ ){0,2}(meegingen|meeging|meereisden|meereisde|mee waren|mee op reis "
    r"waren) )?(ook |dan |nu )*((mee ?)?verzekerd|gedekt)\b|"
    # round 141: "Geldt mijn ARAG-rechtsbijstand nu ook voor haar, of moet zij zelf iets afsluiten?"
    r"\b(geldt|gelden|telt|werkt) (mijn|onze|de|deze) (\w+[- ])?(\w*rechtsbijstand\w*|\w*verzekering|\w*polis) (\w+ ){0,2}voor "
    r"(hem|haar|hen|mijn (vriend|vriendin|partner|man|vrouw))\b|"
    # round 142: the policyholder's part for an insured member of the household ("Moet ik als polishouder daar zelf nog iets
    # voor doen?" about the au pair): art. 1, their consent
    r"\bals (polishouder|verzekeringnemer|hoofdverzekerde)\b[^?]{0,40}\b((iets|wat) (\w+ )?(voor )?doen|toestemming|regelen)\b|"
    + ALLEENSTAAND_READ
)
# Art. 6: "betalen jullie dan alle kosten?" asks the maximum.
ALL_COSTS = (
    r"\b(betalen|vergoeden|dekken) (jullie|arag|u|ze) (dan |ook |wel |echt )*(alle|al de) kosten\b|"
    # round 82: "Hij eist 25.000 euro. Betalen jullie de hele procedure?", "vergoedt ARAG dan alles?"
    r"\b(betalen|vergoeden|dekken|betaalt|vergoedt|dekt) (jullie|arag|u|ze) (dan |ook |wel |echt )*(alles|de (hele|volledige|"
    r"complete) (procedure|rechtszaak|zaak|kosten|rekening)|het (hele|volledige) bedrag|volledig)\b|"
    # round 71: "hoeveel kosten vergoeden jullie dan maximaal?"
    r"\bhoeveel (kosten |geld )?(vergoeden|betalen|dekken) (jullie|arag|u|ze) (\w+ )?maximaal\b|\bmaximaal (\w+ )?(vergoed|betaald)\b|"
    r"\balle kosten (\w+ )?(vergoed|betaald|gedekt)\b|"
    # "tot welk bedrag betalen jullie dan?", "wat is eigenlijk de max die jullie betalen" (round 19)
    r"\btot welk bedrag (betalen|vergoeden|dekken|helpen|gaan)\b|"
    r"\b(wat|hoeveel) is (eigenlijk |dan |nou )?(de|het) (max|maximum|maximale bedrag)\b|"
    # round 62: "Zit er een plafond aan wat jullie aan kosten betalen?"
    r"\b(plafond|limiet|grens|maximum)\b[^.?!]{0,30}\b(kosten|betalen|vergoeden|vergoeding|dekking)\b"
)
# Art. 5: "Zijn de kosten van onze hulp te hoog ... dan kunnen we ... uw schade vergoeden."
# Art. 5: ARAG pays the damage instead of handling the case ("niet verder oppakt maar me gewoon 640 euro uitkeert", "Jullie
# keren me 400 euro uit", "me 450 euro geven en klaar"); also complaints.DECISION_RULES
DAMAGE_PAID_INSTEAD = (
    r"\b(uitkeert|uitkeren|uitbetaalt|uitbetalen|afkopen|afkoopt|te duur)\b|\b(keren|keert)\b[^.?!]{0,30}\buit\b|"
    r"\b(me|mij) \d+ euro (geven|betalen)\b|\bschade (\w+ )?(vergoedt|vergoeden|betaalt)\b"
)
COSTS_ABOVE_STAKE = (
    r"\bkosten\b.{0,40}\b(hoger|meer|groter)\b.{0,30}\b(dan|als)\b.{0,40}\b(zaak|conflict|belang|waard|gaat)\b|"
    # round 67: "gaan jullie voor 400 euro echt naar de rechter? Dat kost jullie toch meer dan het oplevert?"
    r"\bkost (het |dat |dit )?(jullie|arag|u) (\w+ )?meer dan (het|dat|dit) (op ?levert|waard is)\b|"
    # round 113: "Wat als de kosten van jullie hulp hoger worden dan wat het oplevert?"
    r"\bkosten\b.{0,40}\b(hoger|meer|groter)\b.{0,20}\bdan (wat )?(het|de zaak|dit|dat) (op ?levert|waard is|oplevert)\b|"
    # round 139: "Stel dat jullie kosten hoger worden dan wat de pup kostte?"
    r"\b(jullie|uw|arag'?s?|de) kosten\b.{0,30}\b(hoger|meer|groter)\b.{0,20}\bdan (wat )?(\w+ ){1,3}(kostte|kost|waard (is|was)|"
    r"betaald (heb|hebben|had)|opbrengt)\b|"
    # round 168: "Als jullie kosten hoger worden dan die 3.000 euro, gaan jullie dan wel door?"
    r"\b(jullie|uw|arag'?s?) kosten\b.{0,30}\b(hoger|meer|groter)\b.{0,20}\bdan (die |het |de )?(€ ?)?\d[\d.,]*( euro)?\b"
)
# Art. 14: "Wat kost het mij als ik dit meld?": reporting itself costs only the deductible on the
# policy, not the premium nor the costs ARAG pays (issue 11, round 11).
REPORT_COST = (
    r"\b(wat|hoeveel) (kost|kosten) (het|dat|dit) (mij|me|ons )?\s?(\w+ )?(als|om|wanneer|bij het)\b.{0,30}\b"
    r"(meld|melden|meldt|aanmeld\w*|indien\w*)\b|"
    r"\b(moet|moeten) (ik|we|wij) (iets |zelf iets |wat )?(bij)?betalen (als|om|wanneer) (ik|we|wij)\b.{0,30}\b(meld|melden)\b|"
    # round 152: "Moet ik zelf ook nog iets betalen als jullie het oppakken?"
    r"\b(moet|moeten) (ik|we|wij) (zelf |ook |nog )*(iets|wat|een deel) (zelf |ook |nog )*(bij)?betalen (als|wanneer) "
    r"(jullie|arag|u)\b"
)
# Art. 9: a module taken out now for a conflict that is already there ("kan ik die module er nu nog bij nemen
# voor dit probleem?", "nu nog bijsluiten en alsnog hulp krijgen?").
REPORT_DEADLINE = (
    r"\b(binnen hoeveel tijd|hoe lang (heb ik|hebben we|na)|hoe snel|voor wanneer)\b[^.?!]{0,40}\b(gemeld|melden|aanmelden|"
    r"aangemeld|doorgeven|doorgegeven|inschakelen)\b|"
    # round 135: "Wat moet ik allemaal aanleveren als ik het meld?"
    r"\bwat (moet|moeten|kan|kunnen) (ik|we|wij) (\w+ ){0,2}(aanleveren|meesturen|opsturen|insturen|bijvoegen|overleggen)\b|\b(meld|melden) (ik|we|wij) (het |dit |dat )?(nu )?pas\b|\bnu pas (\w+ ){0,2}(meld|"
    r"melden|gemeld)\b|\b(ik|we|wij) (meld|melden) (het |dit |dat )?(nu )?pas\b|"
    # round 68: "Is het erg als we pas volgende week bij jullie melden?"
    r"\bpas (volgende week|volgende maand|later|morgen|over (een|twee|drie|\d+) (dagen|weken)) (\w+ ){0,2}(melden|meld|aanmelden)\b|"
    # round 119: "Is het erg als ik het pas over een paar weken bij jullie meld?"
    r"\bpas (over |na )?(een paar|een aantal|enkele|een|twee|drie|\d+) (dagen|weken|maanden)\b[^.?!]{0,30}\b(melden|meld|"
    r"aanmelden|aanmeld|doorgeef|doorgeven)\b"
)
# Round 87: a conflict there is already, asked about with a policy to take out ("Ik heb nu al ruzie met het
# uitzendbureau over mijn loon. Kan dat mee?"): art. 9.
# Round 139: "Betalen we dat per zaak of per jaar?" after the deductible: art. 14, per conflict (not the premium).
DEDUCTIBLE_PER_CASE = (
    r"\bper (zaak|conflict|melding|geval|claim) of per jaar\b|\bper jaar of per (zaak|conflict|melding|geval|claim)\b"
)
CONFLICT_ALREADY = (
    r"\b(nu )?al (\w+ ){0,2}(ruzie|conflict|problemen|gedoe|onenigheid|een zaak)\b[^?]{0,80}\b(kan|mag|telt) "
    r"(dat|die|het|dit) (\w+ )?(mee|erbij|gedekt|verzekerd|meetellen)\b|"
    # round 139: no policy yet, one to take out for the trouble there is ("Ik heb nog geen rechtsbijstand, maar overweeg nu een
    # Flexpolis af te sluiten. Heb ik daar voor dit probleem nog iets aan?")
    r"\b(nog )?geen (rechtsbijstand\w*|\w*verzekering|polis|flexpolis)\b[^?]{0,80}\b(af te sluiten|afsluiten|nemen|te nemen)\b"
    r"[^?]{0,80}\b(dit|dat|deze|die|het) (probleem|conflict|gedoe|geschil|zaak|ruzie|kwestie)\b"
)
MODULE_ADDED_LATER = (
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (dat|die|de polis|mijn polis|onze polis|het|de verzekering) (nu |nog |alsnog )*"
    r"uitbreiden\b|"
    # round 60: "Oke, dan neem ik een nieuwe polis. Kan ik die zaak ... daarin melden?"
    r"\b(neem|nemen|sluit|sluiten) (ik|we|wij) (dan |gewoon |nu |toch |maar |snel |alsnog |vandaag )*(een |de )?(nieuwe |andere |"
    r"eigen )?(polis|"
    r"verzekering)\b"
    r".{0,80}\b(melden|meld|hulp|gebruiken|helpen)\b|"
    r"\b(module|onderdeel|optie|verzekering|inkomen|verkeer(?!d)|consument (en|&) wonen|c ?& ?w|eigen woning|burenrecht|"
    r"\w*dekking)\b.{0,25}"
    r"\b((er\b.{0,12}\bbij|erbij) "
    r"(nemen|neem|doen|doe|afsluiten|sluiten|sluit|af|zetten|zet)|bij ?nemen|bij ?sluiten|bij ?sluit|bij ?neem|bij ?verzeker\w*|"
    r"toevoegen|bij ?zet(ten)?|bij ?boek(en)?|bij ?koop|bij ?kopen|alsnog afsluiten|bijgesloten|bij ?genomen|"
    r"(nu |nog |alsnog )*uitbreiden|"  # round 152: "Kan ik dat nu nog uitbreiden zodat deze zaak ook gedekt is?"
    r"er\b.{0,12}\bbij (genomen|gedaan|afgesloten|gezet)|erbij (genomen|gedaan|afgesloten|gezet))\b|"
    # round 135: the policy's start told beside the story ("Ik ben per 1 maart bij jullie verzekerd, de inbraak was 20 maart")
    r"\b(ik ben|we zijn|wij zijn) (pas )?(sinds|per|vanaf) (\d+ \w+|\w+)( \d{4})? (bij (jullie|arag) )?verzekerd\b|"
    # round 116: an exclusion taken off now ("Kan ik die uitsluiting er nu nog afhalen zodat dit wel gedekt is?")
    r"\buitsluiting\w* (\w+ ){0,3}(af ?halen|eraf (halen|laten halen)|schrappen|verwijderen|laten vervallen|ongedaan maken)\b|"
    # round 140: "Kan ik dat nu nog aanpassen zodat burenruzies wel gedekt zijn, en dit dan melden?"
    r"\b(aanpassen|wijzigen|veranderen|omzetten)\b[^?]{0,30}\bzodat\b[^?]{0,40}\b(wel|ook|alsnog) (gedekt|verzekerd|"
    r"meeverzekerd)\b|"
    # round 60: a policy taken out now for the conflict there is ("Als ze nu zelf een polis met Inkomen bij jullie afsluit,
    # kan ze dan voor dit pensioenprobleem geholpen worden?"): art. 9
    r"\b(als|wanneer|zodra) (ik|ze|zij|hij|we|wij|mijn \w+) (nu|alsnog|vandaag|nog) (zelf |ook )?(een |de )?(\w+ )?"
    r"(polis|verzekering|module)\b[^.?!]{0,40}\b(afsluit|afsluiten|neemt|nemen|aanvraagt|aanvragen)\b|"
    # "kan ik dat nu alsnog meeverzekeren en dit melden?" (burenrecht excluded; round 23)
    r"\b(nu |nog |alsnog |achteraf )+(mee|bij)?verzeker(en|d)\b.{0,30}\b(melden|hulp|gebruiken)\b|"
    # round 109: "Daarom wil ik nu snel een rechtsbijstandverzekering met Consument & Wonen afsluiten. Helpen jullie me dan?"
    r"\b(wil|ga|gaan|willen) (ik|we|wij) (nu |snel |alsnog |dan |toch |maar )*(een |de |die )?(\w+ )?(polis|verzekering|"
    r"rechtsbijstand\w*|module)\b[^?]{0,60}\b(afsluiten|nemen)\b[^?]{0,100}\b(helpen|hulp|gebruiken|melden|gedekt|verzekerd)\b|"
    # round 57: "Kan ik dat vandaag nog laten aanpassen op mijn polis, zodat jullie me wel helpen?"
    r"\b(laten )?(aanpassen|veranderen|wijzigen|schrappen|eraf halen|eruit halen)\b[^.?!]{0,20}\b(op|in|van) (mijn|de|onze) polis\b|"
    r"\bpolis (\w+ ){0,3}laten (aanpassen|veranderen|wijzigen)\b|"
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (de|mijn|onze) polis (\w+ ){0,3}(aanpassen|veranderen|wijzigen)\b|"
    # round 76: "Als ik dat nu laat aanpassen, helpen jullie dan wel?" (the exclusion just named)
    r"\b(als|wanneer|zodra) (ik|we|wij) (dat|het|dit|die|de polis) (nu |alsnog |snel )?(laat|laten) (aanpassen|veranderen|"
    r"wijzigen|schrappen|eraf halen)\b|"
    # round 86: "Kan ik die uitsluiting nu laten schrappen zodat jullie alsnog helpen?"
    r"\b(de|die|deze|dat|mijn|onze) (uitsluiting|keuze|optie)\b[^.?!]{0,30}\b(schrappen|eraf|eruit|weghalen|wegha\w*|"
    r"aanpassen|veranderen|ongedaan|terugdraaien|intrekken)\b|"
    # round 167: an exclusion switched back on ("ik geloof dat ik burenrecht heb uitgesloten. Kan ik dat nu alsnog aanzetten?")
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (dat|die|het|dit|burenrecht|arbeidsrecht|de uitsluiting) (\w+ )?(nu |nog |alsnog |even )*"
    r"(aanzetten|aan zetten|activeren|terugzetten|ongedaan maken|laten vervallen)\b|"
    # round 70: the option or module just named, as "dat" ("kan ik dat er nu snel bij nemen en dan alsnog geholpen worden?")
    r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (dat|die|het|deze|dit) (\w+ )?(er )?(nu |nog |snel |even |alsnog |gewoon )*"
    r"(bij ?nemen|bij ?sluiten|erbij nemen|erbij sluiten|toevoegen|bij (laten )?zetten)\b"
)
OPPONENT_OUT_OF_COURT = (
    r"\bbuitengerechtelijk\w*|\bbuiten (de|een) (rechtszaak|procedure|rechter) om\b|"
    r"\b(kosten|rekening|nota|factuur)\b[^?!]{0,80}\b(voordat|voor|eer) (het|de zaak|het conflict|we|wij|ik)\b"
    r"[^.?!]{0,20}\b(bij|voor) de (rechter|rechtbank|kantonrechter)\b|"
    # round 116: "de kosten van zijn advocaat ... nog voordat er een rechtszaak is"
    r"\b(kosten|rekening|nota|factuur)\b[^?!]{0,80}\b(voordat|voor|zonder dat) (er )?(een |de )?(rechtszaak|procedure|zitting)"
    r" (is|was|komt|kwam|begint|begon|loopt)\b|"
    # round 143: "Hij heeft ook een advocaat ingeschakeld en zegt dat wij diens kosten ook moeten betalen" (no court named)
    r"^(?!.*\b(rechter|rechtbank|rechtszaak|procedure|vonnis|uitspraak)\b).*\b(hij|zij|ze|de (\w+ )?(koper|verkoper|tegenpartij|"
    r"ander|verhuurder|buurman|buurvrouw))\b (\w+ ){0,2}(een )?advocaat\b[^?]{0,80}\b(diens|zijn|haar|hun|die) (\w+ )?kosten\b|"
    # round 168: "Zijn advocaat wil ook nog 450 euro van mij voor de brief die hij stuurde."
    r"^(?!.*\b(rechter|rechtbank|rechtszaak|procedure|vonnis|uitspraak)\b).*\b(zijn|haar|hun) advocaat\b[^.?!]{0,30}\b(wil|eist|vraagt|"
    r"rekent|stuurt)\b[^.?!]{0,40}(\d|euro|€)[^.?!]{0,30}\b(van (mij|ons)|voor (de|zijn|haar) (brief|brieven|sommatie))\b"
)
# Art. 5 (round 23): back to ARAG's own jurist after an outside specialist ("kan ik daarna weer een jurist van ARAG
# zelf krijgen?"): not any more, also not after a conflict with the outside specialist.
BACK_TO_ARAG = (
    r"\bterug (naar|bij) (een |de |jullie |uw |jullie eigen )?(arag|jurist|specialist|medewerker|eigen jurist|behandelaar)|"
    r"\b(weer|opnieuw|alsnog) (een |de |jullie )?(jurist|specialist|medewerker|behandelaar)\w* (van|bij) (arag|jullie)\b|"
    r"\b(jurist|specialist|medewerker|behandelaar) van (arag|jullie) (zelf )?(\w+ )?(terug|weer|opnieuw)\b"
)
# Art. 6 (round 23): costs the court awards against the other side ("als ik win, krijg ik dan de proceskosten
# terug?", "wie krijgt de proceskostenvergoeding?"): ARAG receives that money from the other side, not the customer.
COSTS_AWARDED = (
    r"^(?=.*\b(win|winnen|wint|gewonnen|winnend|gelijk (krijg|krijgen|krijgt|geeft|geven|gegeven|gekregen|gaf)|in het gelijk|"
    r"veroordeeld|veroordeelt)\b|"
    r".*\bwie (krijgt|ontvangt)\b)(?=.*\b(proceskosten\w*|kostenvergoeding|kosten van de (rechtszaak|procedure)|"
    r"kosten (terug|vergoed))\b)(?=.*\b(krijg|krijgen|krijgt|ontvang\w*|terug|uitbetaald|naar mij|aan mij|voor mij|op mijn rekening|voor ons|naar ons|aan ons|op onze rekening|"
    r"van de (\w+ )?(gemeente|tegenpartij|werkgever|wederpartij|ander))\b)|"
    # round 135: "Stel dat we winnen, moet hij dan onze kosten betalen?"
    r"^(?=.*\b(win|winnen|wint|gewonnen|in het gelijk)\b).*?\b(moet|moeten|gaat|zal) (hij|zij|ze|die|de \w+) (dan |ook |wel )*"
    r"(onze|mijn|al onze|al mijn|alle|de) (\w+ )?kosten (\w+ )?(betalen|vergoeden|terugbetalen)\b"
)
REGISTER_CONTENTS = (
    r"\b(nakijken|inzien|inzage|bekijken|controleren|opvragen|zien|checken)\b[^.?!]{0,50}\b(over mij|van mij|mijn "
    r"gegevens)\b[^.?!]{0,30}\b(geregistreerd|vastgelegd|opgeslagen|bekend|staat|staan|gemeld|bewaard)\b|"
    r"\bstichting ?cis\b|\bcentraal informatie ?systeem\b"
)
PREMIUM_WARNING = (
    r"\bacceptgiro\b[^?]{0,80}\b(betal\w*|vergeten|vergat|te laat|liggen)\b|"
    r"\b(vergeten|vergat)\b[^.?!]{0,30}\b(te )?(betalen|betaald|overmaken)\b[^?]{0,100}\b(waarschuwing|aanmaning|"
    r"herinnering|verzekerd|dekking)\b|"
    r"\b(waarschuwing|aanmaning|betalingsherinnering)\w*\b[^?]{0,80}\b(premie|betal\w*|verzekerd|dekking)\b|"
    # round 168: "Ik heb een betalingsachterstand bij jullie, de waarschuwingsbrief was gedateerd 1 maart"
    r"\b(betalings)?achterstand (bij|aan) (jullie|arag|u)\b|"
    # round 48: "Er kwam een herinnering voor de premie maar ik zat op vakantie"
    r"\b(herinnering|aanmaning|waarschuwing) (voor|van|over) (de|mijn|onze) premie\b"
)
# Art. 6 and 10 (round 62): a named cost asked about beside a story ("vergoeden jullie dan ook de btw op zijn rekeningen?").
NAMED_COST_ASKED = (
    r"\b(vergoeden|betalen|dekken|vergoedt|betaalt|dekt) (jullie|arag|u) (dan |ook |wel |nog )*(de |die |het )?(btw|"
    r"omzetbelasting|griffierecht|reiskosten)\b|"
    # round 122: a success fee the outside lawyer proposes, "Dat zit toch gewoon in de vergoeding van ARAG?" (art. 10)
    r"^(?=.*\b(\d+ ?(%|procent)|percentage|deel) van (de|het) (resultaat|winst|opbrengst|schadevergoeding)\b)"
    r".*\b((zit|valt) (dat|dit|het)|(dat|dit|het) (zit|valt)) (\w+ ){0,2}(in|onder) (de )?(vergoeding|dekking|verzekering|polis)\b"
)
# Art. 7 (round 61): how papers reach ARAG ("Moet ik het originele huurcontract per post naar jullie sturen?"): a case is
# reported by phone or online.
SEND_PAPERS = (
    r"^(?=.*\b(\w*contract|papieren|documenten|stukken|bewijs\w*|facturen|kopie\w*|originele?n?|brieven|foto'?s|"
    r"bonnetjes|bijlagen?)\b).*?"
    r"(\b(per post|opsturen|sturen|toesturen|versturen|mailen|uploaden)\b[^.?!]{0,30}\b(naar|aan) (jullie|arag|u)\b|"
    # round 98: "Dien ik de originele stukken per post aan u te zenden, en zo ja, naar welk adres?"
    r"\b(naar|aan) (jullie|arag|u) (\w+ ){0,3}(te )?(sturen|opsturen|toesturen|versturen|mailen|uploaden|zenden|toezenden|"
    r"opzenden)\b|\bnaar welk (post)?adres\b)"
)
# Art. 15 (round 60): whether the policy goes on when the customer lives abroad ("Loopt de verzekering gewoon door als
# wij in Amerika wonen?"): it ends when the policyholder no longer lives in the Netherlands.
POLICY_WHEN_ABROAD = (
    r"\b(loopt|lopen|blijft|blijven|geldt|gelden)\b[^.?!]{0,12}\b(mijn|de|onze|deze|die) (arag-?)?(verzekering|"
    r"rechtsbijstand\w*|polis|flexpolis)\b[^.?!]{0,25}\b(door|doorlopen|gelden|geldig)\b[^.?!]{0,20}\b(als|wanneer|zodra|"
    r"nu) (ik|we|wij) (straks |dan )?(in|naar) [\w ]{2,25}\b(wonen|woon|verhuizen|verhuis|emigreren|emigreer)\b"
)
MOVING_ABROAD_TOLD = (
    # not a trip's departure ("Drie dagen voor vertrek ... verplaatsen naar volgend jaar", round 123)
    r"^(?=.*\b(verhuizen|verhuis|verhuist|emigreren|emigreer|vertrekken|(?<!voor )(?<!bij )(?<!na )vertrek|gaan wonen)\b)"
    r"(?=.*\b(volgend jaar|binnenkort|"
    r"straks|deze zomer|dit jaar|over \w+ (maanden|weken))\b).*\b(naar|in) (het buitenland|"
    + countries.abroad_alternation()
    + r")\b"
)
# Round 23 follow-ups (docs/conversations.md). Art. 3: another language with the jurist ("kan ik met de jurist in
# het Pools praten?", "spreekt mijn behandelaar ook Engels?", "mag ik een tolk meenemen?").
LANGUAGES = rf"({'|'.join(name for name in countries.LANGUAGE_NAMES if name != 'nederlands')})"
OTHER_LANGUAGE = (
    rf"\b(in het|in|het) {LANGUAGES}\b[^.?!]{{0,40}}\b(praten|spreken|spreekt|communiceren|bellen|schrijven|mailen|"
    r"contact|gesprek|helpen|geholpen|uitleggen|behandelen|ontvangen|krijgen|voeren|houden)\b|"
    rf"\b(praten|spreken|spreekt|communiceren|bellen|schrijven|mailen|uitleggen|contact|gesprek|gesprekken|correspondentie|"
    rf"communicatie)\b[^.?!]{{0,40}}\b(in het|in|het) "
    rf"{LANGUAGES}\b|\b(spreekt|spreken|kent|kennen) (de |die |mijn |uw |jullie |een )?(jurist|juriste|behandelaar|"
    rf"advocaat|medewerker|specialist|iemand|jullie|arag)\b[^.?!]{{0,40}}\b{LANGUAGES}\b|"
    r"\b(andere|eigen) taal\b|\btolk\b|"
    # conversations35 (a regression in e105): "jurist kan Pools praten met mij?"
    rf"\b(kan|kunnen|mag|mogen)\b[^.?!]{{0,20}}\b{LANGUAGES} (praten|spreken|schrijven|mailen|bellen)\b|"
    # round 60: asked in English ("Is it possible to get the legal help from ARAG in English?")
    r"\b(help|legal help|advice|assistance|support|service|speak|talk|communicate|contact)\b[^.?!]{0,40}\bin english\b"
)
# Inleiding: advice without a conflict ("gewoon advies, geen ruzie", "een samenlevingscontract laten opstellen").
ADVICE_WITHOUT_CONFLICT = (
    r"\badvies\b[^?]{0,60}\b(geen|zonder) (ruzie|conflict|probleem|onenigheid|gedoe)\b|"
    r"\b(geen|zonder) (ruzie|conflict|onenigheid)\b[^?]{0,60}\badvies\b|"
    r"\b(samenlevingscontract|samenlevingsovereenkomst|testament|huwelijkse voorwaarden|partnerschapsvoorwaarden)\b"
    r"[^.?!]{0,40}\b(laten )?(opstellen|maken|opmaken|nakijken|regelen|schrijven|afsluiten)\b(?=.*\b(wil|willen|"
    r"gaan|laten|helpen|kunnen jullie|kan arag)\b)|"
    r"\b(opstellen|maken|opmaken|nakijken|regelen) (van )?(een|ons|mijn|het) (samenlevingscontract|"
    r"samenlevingsovereenkomst|testament)\b"
)
# Art. 15: when the policy starts ("Vanaf wanneer ben ik dan precies verzekerd als ik nu afsluit?"): the date on the policy.
POLICY_STARTS = (
    r"\b(vanaf|per) wanneer (ben|zijn|is) (ik|we|wij|hij|zij|ze) (dan |nu )?(precies |eigenlijk |echt |pas )?(verzekerd|"
    r"gedekt)\b|\bwanneer (gaat|begint|start|ingaat) (mijn|de|onze|die|deze) (polis|verzekering|flexpolis|dekking)( in)?\b|"
    r"\bingangsdatum (van )?(mijn|de|onze|die|deze) (polis|verzekering|flexpolis|dekking)\b"  # not a job's (round 181)
)
# Art. 7 / 11e: documents ARAG asks for that the customer would rather keep ("ARAG vraagt mijn bankafschriften,
# maar dat vind ik privé. Moet dat echt?").
INFO_ASKED = (
    r"^(?=.*\b(arag|jullie|de jurist|mijn jurist|de behandelaar|mijn behandelaar|jullie jurist|mijn advocaat)\b[^.?!]{0,40}"
    r"\b(vraagt|vragen|vroeg|vroegen|wil|willen|eist|eisen|verlangt|verlangen)\b[^.?!]{0,60}\b(bankafschrift\w*|"
    r"afschriften|mail\w*|documenten|stukken|gegevens|informatie|bewijs\w*|bonnen|facturen|medische \w+|"
    r"loonstro\w*|salarisstro\w*|whatsapp\w*|appjes|berichten|dossier|correspondentie|administratie|"
    r"belastingaangifte\w*|jaaropgave\w*))(?=.*\b(prive|privacy|moet (dat|dit|ik dat|ik dit|het)|verplicht|"
    r"(echt|wel) (nodig|geven|sturen|delen)|liever niet|wil (ik )?(dat |die |ze )?niet|hoeft? (dat|dit)|weiger\w*)\b)"
)
# Inleiding: a discount on ARAG's jurists ("korting op het uurtarief van onze ARAG-juristen ... ARAG Legal Services").
ADVICE_AFTER_ALL = (
    r"\b(kan|kunnen|mag|mogen) (ik|we|wij) (dan |nu )?(wel |toch |nog )+(\w+ )?(advies|hulp|raad) (\w+ ){0,3}(krijgen|vragen)\b|"
    # round 112: "Balen. Waar kan ik dan nog terecht tegen die idioten?"
    r"\bwaar (kan|moet) (ik|we|wij) (dan |nu )?(nog |wel |dan )*(terecht|heen|naartoe)\b|"
)
NOTHING_LEFT = (
    # round 171: "Dus ik kan helemaal niks bij jullie?", "Dus ik sta er alleen voor?", "Kunnen jullie me dan helemaal niks
    # adviseren?", "kan ik dan wel gratis advies krijgen van een jurist?"
    r"\b((kan|kunnen) (ik|we|wij)|(ik|we|wij) (kan|kunnen)) (dan |dus |nu )*(helemaal |echt |dus |nu )*(niks|niets) (\w+ )?"
    r"(bij|van|met) (jullie|arag|u)\b|"
    r"\b(kunnen|kan|doen|doet) (jullie|arag|u) (me |mij |ons )?(dan |dus |nu )*(helemaal |echt |dus |verder )*(niks|niets)\b"
    r"[^.?!]{0,25}\?|"
    r"\b((sta|staan) (ik|we|wij)|(ik|we|wij) (sta|staan)) (er |ervoor |hier )?(dan |dus |nu )*(helemaal |echt |dus )*alleen"
    r"( voor)?\b|"
    r"\b(gratis|kosteloos|kosteloze|gratis eerste) (\w+ ){0,2}(advies|adviesgesprek|consult|raad)\b[^.?!]{0,40}\?"
)
ADVICE_AFTER_ALL += NOTHING_LEFT
DISCOUNT = (
    r"\bkorting\b[^.?!]{0,40}\b(jurist\w*|advocaat|hulp|uurtarief|specialist\w*|advies)\b|"
    r"\b(jurist\w*|advocaat|hulp|uurtarief|specialist\w*|advies)\b[^.?!]{0,40}\bkorting\b|\blegal services\b|"
    # round 116: "kan ik dan wel voor een lager tarief een jurist van jullie krijgen?"
    r"\b(lager|lagere|gereduceerd|gereduceerde|voordelig\w*|goedkoper\w*|speciaal) (\w+ )?(tarief|prijs|uurtarief)\b|"
    # round 147: "Kunnen jullie me dan tegen betaling helpen?"
    r"\b(tegen betaling|betaalde hulp)\b|"
    # round 152: "kan ik dan op een andere manier juridische hulp van jullie krijgen?", "ergens voordelig een jurist"
    r"\bop een andere manier (\w+ )?(juridische )?(hulp|advies)\b|\bvoordelig\w* (een |aan een )?(jurist|advocaat|hulp)\b|"
    # round 60: "Jammer. Wat kan ik dan nog wel bij jullie?" after a 'not covered'
    r"\bwat kan ik (dan |nu )?(nog )?(wel )?(bij|van) (jullie|u|arag)( (krijgen|verwachten|halen))?\W*$|"
    # round 63: "Kunnen jullie me dan helemaal niet helpen, ook niet met een advies?" after a 'not covered'
    r"\b(ook|zelfs) niet (met )?(een |wat |even )?(advies|adviesje|raad|tip)\b|\bniet eens (een |wat )?(advies|raad)\b|"
    r"\b(krijg|kan|mag) ik (dan |ook |zelfs )*(geen|niet eens) (\w+ )?(advies|raad)\b|"
    # round 65: "Dus ik sta er alleen voor? Niks mogelijk?" after a 'not covered'
    # (not "ik sta nu alleen voor de hypotheek", round 102)
    r"\b((sta|staan) (ik|we|wij)|(ik|we|wij) (sta|staan)) (er |dan |dus |nu )*(helemaal )?alleen voor\b(?! (de|het|een|mijn|onze) )|"
    r"\b(niks|niets) (meer )?mogelijk\b|"
    # round 68: "Wat kunnen jullie dan nog wel voor me doen?"
    r"\bwat (kunnen|kan) (jullie|u|arag) (dan |nu )?(nog )?(wel )?voor (mij|me|ons) (doen|betekenen)\b"
)
# C&W 2d: a house about to be bought, and the policy ("moeten we dan iets doen met de polis?").
NEW_HOME = (
    r"^(?=.*\b(straks|later|binnenkort|ooit|volgend jaar|als (we|wij|ik|het)|wanneer (we|wij|ik)|stel dat|andere? (huis|woning)|"
    r"nieuwe? (huis|woning)|eerste (huis|woning|koophuis|koopwoning|appartement)|(koopakte|koopovereenkomst|koopcontract) "
    r"(\w+ ){0,3}getekend|"  # round 65: "Koopcontract eerste huis getekend! Moet ik mijn polis aanpassen?"
    # round 166: "Wij gaan van een huurwoning naar een koopwoning", "Volgende maand tekenen we de koopovereenkomst"
    r"koop(woning|huis)|(volgende|komende|over een) (week|maand))\b)"
    r"(?=.*(\b(huis|woning|appartement)\b[^.?!]{0,40}\b(kopen|koop|bouwen)\b|\b(kopen|bouwen)\b[^.?!]{0,30}"
    r"\b(huis|woning|appartement)\b|\bnaar (een |ons |onze )?koop(woning|huis)\b|"
    r"\b(tekenen|tekent|ondertekenen) (\w+ ){0,2}(de |het |onze |ons )?(koopakte|koopovereenkomst|"
    r"koopcontract|aanneemovereenkomst)\b|\b(koopakte|koopovereenkomst|koopcontract|aanneemovereenkomst) (\w+ ){0,5}(tekenen|"
    r"tekent|ondertekenen|getekend)\b|\b(iets )?(kopen|koop) en (tekenen|ondertekenen)\b|"
    # round 143: "Stel dat het toch doorgaat en we tekenen, moeten we dan nog iets regelen bij jullie?"
    r"\b(doorgaat|door gaat)\b[^.?!]{0,20}\b(we|wij|ik) (tekenen|ondertekenen)\b))"
    r"(?=.*(\b(polis|verzekering|flexpolis|rechtsbijstand\w*)\b[^.?!]{0,40}\b(doen|aanpassen|wijzigen|veranderen|"
    r"doorgeven|regelen|melden|uitbreiden)\b|\b(doen|aanpassen|wijzigen|veranderen|doorgeven|regelen|melden|"
    r"uitbreiden)\b[^.?!]{0,40}\b(\w*polis|\w*verzekering|rechtsbijstand\w*)\b|"
    # "moeten we dan iets aan jullie doorgeven?", "moeten we dan iets regelen?" (round 35)
    r"\b(aan|bij) (jullie|arag|u)\b[^.?!]{0,15}\b(doorgeven|melden|laten weten)\b|"
    r"\b(moeten|moet) (we|wij|ik) (dan |daarvoor |nog )*(iets|wat) (\w+ ){0,3}(regelen|doorgeven|aanpassen|melden|laten "
    r"(veranderen|aanpassen|wijzigen))\b|\b(moeten|moet) (we|wij|ik) (dan |daarvoor |nog )*(iets|wat) doen (bij|voor) (jullie|"
    r"arag|u|de polis)\b))"
)
# Round 24 follow-ups (conversations19), keyword routes mid-check or after a verdict:
# art. 11g: "het gaat nog maar om 150 euro, heeft het zin om het te melden?"
# Art. 15 (round 143): "Moeten we hem dan zelf opzeggen?" after moving abroad (not "Kunnen jullie ook iets anders doen dan
# opzeggen?")
SELF_CANCEL = (
    r"\b(moet|moeten) (ik|we|wij) (\w+ ){0,3}(zelf )?(op ?zeggen|opzeggen)\b|\bzelf (\w+ )?(op ?zeggen|opzeggen)\b"
)
# Art. 11g (round 143): "Valt dit bedrag wel binnen wat jullie oppakken?", "Is het bedrag hoog genoeg voor jullie?"
AMOUNT_IN_REACH = (
    r"\b(valt|is) (dit|dat|het|mijn|ons) bedrag\b[^.?!]{0,40}\b(binnen|genoeg|hoog|oppakken|behandelen)\b|"
    r"\bbedrag (\w+ ){0,2}(hoog|groot) genoeg\b|"
    # round 170: the minimum asked in other words ("jullie helpen pas vanaf een bepaald bedrag, zit ik daar net boven of net
    # onder??", "Is dat niet te weinig geld om jullie voor in te schakelen?", "Net onder de 175... telt dat nog?")
    r"\b(pas )?(vanaf|boven|onder) (een )?(bepaald|minimum|minimaal|zeker|minimaal) ?bedrag\b|"
    r"\bnet (boven|onder)\b[^?]{0,60}\?|\b(te weinig|te klein|te laag) (\w+ )?(geld|bedrag)\b[^?]{0,60}\?|"
    r"\b(onder|boven) de (€ ?)?175\b"
)
SMALL_CLAIM_WORTH = (
    r"^(?=.*\b(zin|de moeite|waard|nut)\b)(?=.*(\b\d[\d.,]* ?(euro|eur)\b|€ ?\d))"
    r"(?=.*\b(meld\w*|aankloppen|aanmelden|bellen|jullie|arag|u)\b)"
)
# art. 11b: "ik loop er al acht maanden mee rond, is dat erg?" (waited long before reporting; not waiting for ARAG)
LONG_WAIT = (
    r"^(?!.*\bop (een |uw |jullie |het )?(antwoord|reactie|bericht|terugbel\w*|jullie)\b)"
    r"(?=.*\b(lang|lange tijd|maanden|maand|jaar|jaren|weken)\b)"
    r"(?=.*\b(gewacht|wachten met melden|laten liggen|rondgelopen|mee rond|rondlopen)\b)"
)
# art. 5 / 11a: "een kennis van mij is advocaat en heeft al bezwaar ingediend; betalen jullie zijn rekening?"
ACQUAINTANCE_LAWYER = (
    # round 66: "Mag ik dan gewoon de advocaat hier uit het dorp nemen?"
    r"\b(mag|kan|kun|mogen|kunnen) (ik|we|wij) ([\w']+ ){0,4}(de|een|mijn|onze|die|deze) (\w+ ){0,5}"
    r"(advocaat|advocate|jurist) (\w+ ){0,5}(nemen|kiezen|inschakelen|vragen|gebruiken|inhuren)\b|"
    r"\b(neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|buurman|buurvrouw|vader|moeder|collega)\b "
    r"van (mij|me|ons|mijn \w+|m'?n \w+) is (\w+ )?advocaa?te?\b|"
    # round 129: "Ben ik vrij in de keuze van mijn advocaat?"
    r"\bvrij in (de|mijn) keuze van (een|mijn|de) (\w+ )?(advocaat|jurist|specialist)\b|\bvrije advocaatkeuze\b|"
    # round 123: "Mijn neef Bas is arbeidsrechtadvocaat ... Mag ik zelf kiezen dat Bas mijn zaak doet?"
    r"\bmijn (neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|schoonzus|buurman|buurvrouw|vader|moeder|collega|zoon|"
    r"dochter)( \w+)? is (\w+ ){0,2}\w*advoca(at|te)\b(?=.*\b(mag|mogen|kan|kunnen) (ik|we|wij|hij|zij)\b)|"
    # round 159: a lawyer by title and name ("Mogen wij mr. Hazelhoff voor deze zaak inschakelen op kosten van de verzekering?"),
    # "een kennis van me is arbeidsrechtadvocaat, mag ik hem zelf inschakelen"
    r"\b(mag|kan|kun|mogen|kunnen) (ik|we|wij) (mr|meester)\.? (\w+\.? ){0,7}(nemen|kiezen|inschakelen|vragen|inhuren)\b|"
    r"\b\w*advoca(at|te)\b.{0,40}\b(mag|kan|mogen|kunnen) (ik|we|wij) (hem|haar|die) (\w+ ){0,2}(nemen|kiezen|inschakelen|"
    r"inhuren)\b|"
    # "Ik heb een advocaat die ik al jaren vertrouw. Mag ik die op uw kosten inschakelen?" (round 35)
    r"\b(heb|ken) (\w+ )?(een|mijn eigen|mijn vaste|een vaste) advocaat\b.{0,60}\b(mag|kan) ik (die|hem|haar)\b|"
    # round 98: the other side insured at ARAG too ("Nu blijkt dat hij óók bij u verzekerd is ... Hoe gaat u daarmee om?"),
    # an outside lawyer where none is required ("Daar is een advocaat niet verplicht ... toch een van buiten ARAG")
    r"\b(hij|zij|ze|de tegenpartij|mijn \w+) (is )?(ook|eveneens) bij (u|jullie|arag) verzekerd\b[^?]*\?|"
    r"\b(ons|hen|u) (toch )?(moeilijk |niet )?(allebei|beiden|alle twee) (bij)?staan\b|"
    r"\badvocaat\b[^.?!]{0,40}\bniet verplicht\b[^?]{0,120}\b(van buiten arag|eigen advocaat|toch een)\b|"
    # round 98: "Ik heb al jaren een vaste advocaat ... Ik zou graag willen dat hij mijn onenigheid met de buren behandelt, in
    # plaats van iemand van ARAG. Kan dat zonder meer?"
    r"\b(heb|ken) (\w+ ){0,3}(een|mijn eigen|mijn vaste|een vaste|eigen) (\w+ )?advocaa?te?\b.{0,160}\b(in plaats van|i\.?p\.?v\.?) "
    r"(iemand van |een jurist van |de jurist van )?(arag|jullie)\b|"
    # "Mijn neef is advocaat in Den Haag. Mag ik hem inschakelen?" (round 33)
    r"\b(mijn|m'?n|onze) (neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|schoon\w+|buurman|buurvrouw|vader|moeder|"
    r"zoon|dochter|collega) is (\w+ )?advocaa?te?\b|"
    # "ik wil dat mijn neef, die advocaat is, mijn conflict behandelt" (round 26)
    r"\b(mijn|m'?n|onze) (neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|schoon\w+|vader|moeder|collega|"
    r"zoon|dochter)\b,? (die|is) (zelf )?(\w+ )?advoca\w*|"
    # round 88: "kan ik gewoon mijn oom (advocaat) inschakelen ... en jullie de rekening sturen?"
    r"\b(mijn|m'?n|onze) (neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|schoon\w+|vader|moeder|collega|"
    r"zoon|dochter) \((\w+ )?advoca\w*\)|\b(jullie|arag) de (rekening|factuur|nota) (\w+ )?(sturen|doorsturen|opsturen)\b"
)
# art. 1: "zij is geen familie van ons; geldt jullie hulp dan wel voor haar?" (an au pair); a child on kamers
NOT_FAMILY_INSURED = (
    r"^(?=.*\b(geen (familie|familielid)|niet (bij|tot) de familie|hoort niet bij (de familie|ons gezin))\b)"
    r"(?=.*\b(gedekt|verzekerd|geldt|gelden|hulp|verzekering|polis)\b)|"
    r"\bop (kamers|een (studenten)?kamer)\b|\bstudentenkamer\b|\bstudentenhuis\b"
)
# art. 6: "de schade is 22.000 euro; betalen jullie alles?"
PAY_IT_ALL = (
    r"\b(betalen|vergoeden|dekken) (jullie|arag|ze|u) (dan |dat |dit |het |die schade |die kosten |ook |wel )*"
    r"(alles|allemaal|helemaal|volledig|het hele bedrag)\b|"
    # "worden de kosten van die advocaat dan volledig vergoed?" (round 26)
    r"\b(worden|wordt) (de |die |alle )?kosten\b[^?]{0,40}\b(volledig|helemaal|allemaal|geheel) (vergoed|betaald)\b|"
    # round 53: "Graag verneem ik of ARAG deze kosten volledig zal vergoeden."
    r"\b(arag|jullie|u)\b (\w+ ){0,2}(de|deze|die|alle|mijn) kosten (\w+ )?(volledig|helemaal|geheel|allemaal) (zal |zult |zullen )?"
    r"(vergoeden|betalen|dekken)\b"
)
# Art. 7: what to do first ("wat moet ik nu als eerste doen?", round 26): report the conflict.
# Art. 7 (round 45): "moet ik het al melden voordat hij echt een claim indient?", "kan het wachten tot na de feestdagen?",
# "eerst zelf onderhandelen of meteen bij jullie melden?": report as soon as possible, also when unsure.
# Art. 7: ARAG reached by phone now, at night or at the weekend ("Kan ik jullie nu bellen of moet dat maandag?")
CALL_NOW = (
    r"\bis er (nu |nog |vanavond |vannacht )?iemand (bereikbaar|te bereiken|aanwezig)\b|"  # round 98, late on a Friday
    # round 98: "Kan ik bij jullie NU nog iemand aan de lijn krijgen?" late at night
    r"\b(nu|vannacht|vanavond|nog) (\w+ ){0,2}(iemand )?aan de lijn\b|\b(kan|kun) ik (jullie |u |arag )?(nu|vannacht) (nog )?"
    r"(iemand )?(bellen|bereiken|spreken)\b|"
    r"\b(kan|kun|mag|moet) (ik|we|wij) (jullie|u|arag) (\w+ ){0,2}(nu|vanavond|vannacht|vandaag|direct|meteen|"
    r"in het weekend|op zondag|zondag|zaterdag)\b[^.?!]{0,20}\b(bellen|opbellen)\b|"
    r"\b(bellen|opbellen)\b[^.?!]{0,30}\bof moet (dat|het|ik|dit|we) (\w+ )?(tot |op )?(maandag|morgen|na het weekend)\b|"
    r"\b(zijn|is) (jullie|arag|u) (\w+ )?(nu|'s nachts|snachts|in het weekend|op zondag|buiten kantoortijd|24 uur)\b"
    r"[^.?!]{0,15}\bbereikbaar\b|\bbereikbaar (in het weekend|'s nachts|snachts|op zondag|buiten kantoortijd)\b"
)
REPORT_NOW = (
    # round 98: "Moet ik da nou al bij jullie melden of wacht ik effe af tot er echt iets is?"; reported late: "Ik had jullie
    # er nog nooit over gebeld. Maakt dat uit?" (art. 11b)
    r"\b(moet|moeten|kan|kunnen|mag) (ik|we|wij) (da|dat|dit|het) (nou |nu |dan )?(nog )?(wel )?(al |meteen |direct |gelijk |eerst )?"
    r"(bij (jullie|arag|u) )?(melden|doorgeven|"  # round 181: "Moeten we het dan nog wel melden?" (their insurer would pay)
    r"aanmelden)\b|\bof wacht (ik|we|wij) (even |effe |eerst |nog )*af\b|"
    # round 139: "Heeft het zin om nu al iets bij jullie te melden of kan ik beter wachten tot de brief er is?"
    r"\b(zin|verstandig|handig|slim|nodig|nuttig)\b[^?]{0,15}\b(nu al|meteen|direct|nu|nu alvast|alvast)\b[^?]{0,25}"
    r"\b(te )?(melden|doorgeven|aanmelden)\b|\b(kan|moet) (ik|we|wij) (\w+ )?(beter|best|liever) (even |nog |eerst )*wachten\b|"
    # round 100/105: tried to solve it first ("ik wilde het eerst zelf oplossen. Is dat erg?", "Ik dacht dat ik het zelf wel kon
    # oplossen, daarom heb ik het nooit gemeld"): art. 7 and 11b
    r"\b(eerst |het |dit |dat )?zelf (wel )?(\w+ )?(op te lossen|oplossen|regelen|te regelen)\b[^?]{0,60}(\b(erg|uit|probleem|"
    r"te laat|gemeld|melden)\b|\?)|"
    r"\b((had|heb|hadden|hebben) (ik|we|wij)|(ik|we|wij) (had|heb|hadden|hebben)) (jullie|arag|u) (er )?(\w+ ){0,3}(nog )?(nooit|niet) (\w+ )?(gebeld|gemeld)\b|"
    # round 74: "Moet ik wachten tot het echt fout loopt voordat ik het bij jullie meld?", "Kan ik het beter pas melden als
    # ik alles op een rijtje heb?"
    r"\b(moet|kan|mag|zal) (ik|we|wij) (\w+ ){0,2}wachten (tot|totdat|met)\b[^?]{0,80}\b(meld|melden|aanmelden)\b|"
    # round 88: "de termijn voor bezwaar loopt over 2 weken af, moet ik snel zijn?"
    r"\b(moet|moeten) (ik|we|wij) (dan |nu |wel )?(snel|vlug|op tijd) (zijn|handelen|melden|reageren)\b|"
    r"\b(moet|moeten) (ik|we|wij) (me |ons )?(haasten|opschieten|haast maken)\b|"
    r"\b(beter |pas |eerst )+(\w+ )?(melden|aanmelden) (als|wanneer|zodra|nadat)\b|"
    r"\b(moet|moeten|kan|kunnen|mag|zal) (ik|we|wij) (het|dit|dat|de zaak|mijn zaak) (\w+ )?(nu )?(al|nu al|meteen|direct|"
    r"gelijk|nu) (\w+ )?(melden|doorgeven|aanmelden)\b|\bkan (het|dat|dit|de melding) (\w+ )?wachten\b|"
    r"\b(eerst zelf|zelf eerst)\b[^.?!]{0,60}\b(of|voordat)\b[^.?!]{0,40}\bmeld\w*|"
    r"\b(nu al|al) (\w+ )?melden\b[^.?!]{0,40}\b(voordat|of (kan|moet|mag))\b|"
    # "is het te laat? het was al in oktober" (round 45)
    r"^\W*(is|ben) (het|ik|dat) (nu |dan )?(al |niet )?te laat\b|"
    # round 56: "De beslissing kwam vorige week, moet ik haast maken met melden?"
    r"\b(haast|spoed) (maken |hebben )?(met|bij) (het )?melden\b|\b(snel|vlug|gauw) (\w+ )?melden\b|"
    r"^\W*(moet|moeten) (ik|we|wij) (\w+ )?(snel|vlug|haast maken|opschieten) (zijn|handelen|reageren)?\W*\?|"
    r"\b(opschieten|haast maken|snel zijn) (met )?(het )?melden\b|"  # round 58: "Moet ik opschieten met melden?"
    # round 49: "Ze wil eerst even afwachten wat de verhuurder doet. Is dat verstandig?"
    r"\b(eerst )?(even )?(afwachten|de kat uit de boom kijken)\b[^?]{0,80}\b(verstandig|slim|goed|kan dat|mag dat|is dat)\b|"
    # round 53: "moet ik het snel melden of kan ik eerst even afwachten wat hij doet?"
    r"\bmeld\w*\b[^.?!]{0,40}\bof\b[^.?!]{0,40}\b(afwachten|wachten|aankijken)\b|\b(afwachten|wachten|aankijken)\b[^.?!]{0,40}"
    r"\bof\b[^.?!]{0,40}\bmeld\w*"
)
FIRST_STEP = (
    r"\bwat (moet|kan|moeten|kunnen) (ik|we|wij) (nu |dan )?(als eerste|eerst|allereerst) doen\b|"
    # round 137: after the check ("net gekeken, staat niks uitgesloten. hoe gaan we verder"): reporting the case
    r"\bhoe (gaan|ga|moeten|moet) (we|wij|ik) (nu |dan |hier )*verder\b"
)
# art. 9: "dan sluit ik nu Verkeer erbij af; kan ik het daarna alsnog melden?"
MODULE_TAKEN_NOW = (
    r"^(?=.*\b(module|onderdeel|inkomen|verkeer(?!d)|consument (en|&) wonen)\b)"
    r"(?=.*(\b(sluit|sluiten|neem|nemen)\b[^.?!]{0,40}\b(erbij|er (\w+ ){0,2}bij)\b|\b(erbij|er (\w+ ){0,2}bij) "
    r"(af ?sluiten|afsluit|nemen|neem)\b|"
    # round 174: "Als ik nu Verkeer bij mijn polis neem, ben ik dan meteen verzekerd ...?"
    r"\b(bij|aan) (mijn|de|onze|m'?n) (polis|verzekering|flexpolis) (\w+ )?(neem|nemen|(toe)?voeg|(toe)?voegen|afsluit|"
    r"afsluiten|zet|zetten)\b|"
    r"\b(neem|nemen|voeg|voegen|sluit|sluiten)\b[^.?!]{0,30}\b(bij|aan) (mijn|de|onze|m'?n) (polis|verzekering|flexpolis)\b))"
)
# art. 12: "de uitspraak was zes weken geleden, is dat een probleem?" (report the decision within 1 maand)
DECISION_WEEKS_AGO = (
    r"^(?=.*\b(uitspraak|vonnis|vrijspraak|vrijgesproken|sepot|geseponeerd|sprak (\w+ ){1,4}vrij)\b)"
    r"(?=.*\b(geleden|vorige (week|maand)|weken|maanden)\b)(?=.*\b(te laat|probleem|erg|uit|nog (op tijd|melden))\b)"
)
# Keyword routes for a second question in the same message (the classifier sees one intent).
MEDIATION = r"\bmediat(ion|or|ors)\b|\b(bemiddelaar|bemiddeling)\b|\bzonder (de )?rechter (\w+ ){0,2}oplossen\b"
# "is zij ook verzekerd?", "valt hij er ook onder?": whether a person just named is insured (art. 1, C&W 1).
ASKS_IF_INSURED = r"\b(is|valt|zijn|vallen) (hij|zij|ze|die) (er |dan |ook |nu |nog )*((mee)?verzekerd|gedekt|onder)\b"
# Art. 17 (round 53): "Worden de kosten van die scheidsrechter afgetrokken van het maximaal te vergoeden bedrag?"
ARBITER_COST = (
    r"\b(kosten|rekening)\b[^.?!]{0,30}\b(scheidsrechter|arbiter)\w*|\b(scheidsrechter|arbiter)\w*\b[^.?!]{0,40}"
    r"\b(kosten|betaal\w*|maximum|maximaal)\b|\b(wie )?(betaalt|betalen|vergoedt|vergoeden)\b[^.?!]{0,20}"
    r"\b(scheidsrechter|arbiter)\w*"  # round 83: "Wie betaalt die scheidsrechter dan?"
)
# Art. 12: acquitted or the case dropped (round 53: "Stel dat de rechter me vrijspreekt?")
ACQUITTAL = (
    r"\bvrijgesproken\b|\bvrijspraak\b|\bgeseponeerd\b|\bsepot\b|\bseponeer\w*|\bontslag van rechtsvervolging\b|"
    # round 68: "En als de officier van justitie de zaak laat vallen, wat gebeurt er dan met de kosten?"
    r"\b(zaak|vervolging|aanklacht)\b (\w+ )?(laat|laten|liet) vallen\b|\b(niet verder )?vervolgd wordt\b|"
    r"\b(spreekt|spreken) (\w+ ){0,3}vrij\b|\bvrijspre(e)?k(t|en)\b|\bvrij (wordt|word) gesproken\b|"
    # round 108: "En als rechter zegt ik ben onschuldig, wat dan?"
    r"\b(rechter|rechtbank)\b[^.?!]{0,20}\b(zegt|beslist|vindt|oordeelt) (dat )?(ik|hij|zij|ze|we|wij) (ben |is |zijn )?"
    r"(onschuldig|niet schuldig)\b"
)
# Art. 15: the policy in the name of a partner who died ("De polis stond op zijn naam. Ben ik nu nog wel verzekerd?")
# Art. 15 (round 143): whether the policy goes on ("Geldt die nog wel?", "Loopt die nu gewoon door voor mij?"); also read
# by the complaint rules (bot/components/complaint_rules_cleared.py), where it is no dissatisfaction.
POLICY_GOES_ON = (
    r"\b(geldt|loopt|blijft|werkt) (die|deze|hij|zij|ze|het|de (polis|verzekering))\b (\w+ ){0,3}(nog|door|doorlopen)\b"
)
POLICY_OF_THE_DECEASED = (
    # round 176: also "zie dat de rechtsbijstandverzekering op zijn naam staat. Loopt die nu gewoon door?"
    r"\b(polis|\w*verzekering|flexpolis|rechtsbijstand\w*)\b[^.?!]{0,60}\b((stond|was|staat) op (zijn|haar) naam|op (zijn|haar) naam "
    r"(stond|staat))\b.{0,120}(\bnog\b (\w+ ){0,2}"
    r"(verzekerd|gedekt|geldig)\b|" + POLICY_GOES_ON + ")"
)
# Art. 15 (round 147): "Als ik nu weer iets meld, gooien jullie me er dan uit?"
THROWN_OUT = r"\b(gooien|zetten|schoppen|trappen) (jullie|arag|ze) (me|mij|ons) (er )?(dan |niet )?uit\b"
# art. 15b (round 173): "Jullie hebben mijn polis opgezegd omdat ik 'te veel zaken' zou melden. ... Mag dat zomaar?"
ARAG_ENDED_IT = (
    r"\b(jullie|arag) (hebben|heeft) (mijn|onze|de|mij mijn) (\w+ )?(polis|verzekering|rechtsbijstand\w*) (\w+ )?"
    r"(opgezegd|stopgezet|beeindigd|gestopt)\b"
)
# Art. 6 (round 170): events that have to do with each other share one maximum ("Twee conflicten dus. Krijg ik dan 2x
# 15.000?")
RELATED_EVENTS = (
    r"\b(2|twee) ?(x|keer|maal) (de |het )?(€ ?)?(15\.?000|maximum|maximumbedrag)\b|"
    # round 171: "Krijg ik dan voor allebei 15.000 euro?"
    r"\b(voor|bij) (allebei|beide|beiden|elk|ieder|elke zaak|ieder conflict|elk conflict)\b[^.?!]{0,20}\b(€ ?)?(15\.?000|"
    r"het maximum|maximaal)\b|"
    r"\b(twee|2|meerdere|verschillende|aparte) (conflicten|gebeurtenissen|zaken)\b[^?]{0,80}\b(maximum|15\.?000|twee keer|2 ?x|"
    r"apart)\b"
)
FAQ_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("conduct", CONDUCT),
    ("maximum", RELATED_EVENTS),
    ("who_is_insured", HOUSEHOLD_MEMBER_ASKED),
    # art. 6 (round 170): a bailiff for a judgement won, asked at ARAG's cost (5 years)
    ("costs", r"\bdeurwaarder\b[^.?!]{0,40}\b(op (jullie|uw|arag'?s?) kosten|(betalen|vergoeden) (jullie|arag|u))\b"),
    # art. 11g (round 169): "geldt er een minimumbedrag of eigen risico?"
    ("minimum", r"\b(minimumbedrag|minimum ?bedrag|ondergrens|drempelbedrag)\b[^.!]{0,40}\?"),
    # art. 6 (round 170): "Wat als we over de 15.000 heen gaan?"
    (
        "maximum",
        r"\bover (de |het |dat )?(€ ?)?(15\.?000|maximum|maximumbedrag)\b[^?]{0,20}\b(heen|gaan|komen|zitten)\b",
    ),
    ("answer_time", WAIT_FOR_ANSWER),  # round 121: before 'Zaak melden' named in "gisteren via 'Zaak melden' gemeld"
    # art. 5 (round 121): "samen een plan maken ... ligt dat plan dan vast of kan het nog anders?"
    (
        "after_report",
        r"\bmachtiging\b|\bplan\b[^?]{0,60}\b(vast|veranderen|aanpassen|anders|wijzigen|bijstellen)\b|\b(kans op succes|slagingskans)\b[^?]{0,40}"
        r"\b(wat houdt|wat betekent|hoe werkt|wat is)\b|\b(wat houdt|wat betekent)\b[^?]{0,20}\b(kans op succes|plan)\b|"
        # round 135: "Wat zijn de stappen als ik dit bij jullie meld?", "Moet ik eerst zelf een brief sturen of doen jullie
        # dat?"
        r"\bwat (zijn|is) de (volgende )?stap(pen)? (als|nadat|na)\b|\bwat gebeurt er (allemaal )?(als|nadat) (ik|we|wij) "
        r"(het |dit |dat )?(bij jullie |bij arag )?(gemeld|meld|melden)\b|\b(moet|moeten) (ik|we|wij) (eerst )?zelf\b[^?]{0,40}"
        r"\bof (doen|gaan|regelen) (jullie|julie|arag|u) (dat|dit|het)\b",
    ),
    # round 23: art. 3 (Dutch only), Inleiding (advice without a conflict), art. 7/11e (information asked), C&W 2d
    ("start_change_end", POLICY_WHEN_ABROAD),  # round 60: art. 15
    # art. 15 (round 147): "Als ik nu weer iets meld, gooien jullie me er dan uit?": ARAG may end it after reported cases
    (
        "start_change_end",
        THROWN_OUT + r"|\b(zeggen|zegt) (jullie|arag) "
        r"(mijn|de|onze) (polis|verzekering) (\w+ )?op (als|omdat|na)\b",
    ),
    ("insurer_cancelled", ARAG_ENDED_IT),
    ("start_change_end", POLICY_STARTS),  # round 181: "Vanaf wanneer ben ik dan precies verzekerd als ik nu afsluit?"
    # round 143: "En blijft die polis nu doorlopen?", "Geldt mijn polis nog wel?" (art. 15, after a death or a move)
    (
        "start_change_end",
        r"\b(blijft|loopt|geldt|gaat) (die|de|deze|mijn|onze|zijn|haar) (polis|verzekering|flexpolis|rechtsbijstand\w*) "
        r"(\w+ ){0,2}(door|doorlopen|nog|gewoon door)\b",
    ),
    # round 67: art. 7 asked as a deadline ("Binnen hoeveel tijd moet ik zoiets bij jullie gemeld hebben?"), reporting
    # late told ("ik meld het nu pas, in november"); art. 6 asked as a ceiling ("zit er dan een plafond aan?")
    ("report", REPORT_DEADLINE),
    # round 67: art. 10, the customer's share in a joint case ("een collectieve actie met één advocaat. Betalen jullie dan
    # mijn deel?")
    (
        "costs",
        r"\b(collectieve|gezamenlijke|massa)[- ]?(actie|claim|procedure|rechtszaak|zaak)\b.*\b(betalen|vergoeden|betaalt|"
        r"vergoedt) (jullie|arag|u)\b",
    ),
    (
        "maximum",
        r"\bzit er (dan |ook |wel |nog )?(een )?(plafond|maximum|limiet|grens) aan\b|"
        # round 68: "Houdt jullie vergoeding ergens op?"
        r"\b(houdt|stopt) (de |jullie |uw |die )?(vergoeding|dekking|betaling) (\w+ )?(ergens|een keer|op een gegeven moment) ?(op)?\b",
    ),
    ("report", SEND_PAPERS),  # round 61: art. 7
    ("costs", NAMED_COST_ASKED),  # round 62: art. 6, 10
    ("language", OTHER_LANGUAGE),
    ("cooperation", INFO_ASKED),
    ("advice", ADVICE_WITHOUT_CONFLICT),
    ("new_home", NEW_HOME),
    # round 45: art. 9 (an expert report first), art. 7 (report at once)
    ("costs", cost_questions.EXPERT_REPORT),
    ("costs", ARBITER_COST),
    # an option added now to report the conflict there is (art. 9) before reporting now ("Kan ik eigen woning er vandaag
    # nog bijzetten en dan deze zaak melden?", round 116)
    ("waiting_period", MODULE_ADDED_LATER),
    ("report", REPORT_NOW),
    ("report", CALL_NOW),  # round 69: "Kan ik jullie nu bellen of moet dat maandag?" (art. 7, day and night)
    # round 24: art. 12 (a decision weeks ago), 11g, 11b, 5/11a, 1, 6 and 9 asked mid-check or after a verdict
    ("criminal", DECISION_WEEKS_AGO),
    ("minimum", SMALL_CLAIM_WORTH),
    ("minimum", AMOUNT_IN_REACH),
    # art. 7 (round 147): "Ik heb alleen screenshots ... Moet ik die opsturen?"; "het besluit is al van 4 weken geleden, ben
    # ik te laat?"
    (
        "report",
        r"\b(moet|kan|mag) ik (die|deze|dat|ze|het|alles) ([\w']+ ){0,4}(opsturen|op sturen|meesturen|uploaden|doorsturen)\b",
    ),
    ("report", r"\b(ben|zijn) (ik|we|wij) (nu |al |dan )?te laat\b"),
    # round 150: "moet ik wachten tot het echt misgaat?" (art. 7: report as soon as possible)
    ("report", r"\b(moet|moeten) (ik|we|wij) (\w+ ){0,2}wachten (tot|totdat)\b"),
    # round 150: a failed collection ("mijn incasso is mislukt ... ben ik nu meteen onverzekerd?"): art. 14
    (
        "premium",
        r"\b(incasso|afschrijving|premie)\b[^?]{0,30}\b(mislukt|gestorneerd|niet gelukt)\b|\bte weinig op (mijn|de) rekening\b",
    ),
    # round 150: who reports for a co-insured ("moet zij dan zelf bellen of doe ik dat?"): art. 1, with the holder's leave
    (
        "who_is_insured",
        r"\b(moet|mag|kan) (hij|zij|ze) (het |dat |dit )?(dan |nu |ook )*zelf (bellen|melden|aanmelden|doen|regelen)\b|"
        r"\bof doe ik dat\b|\b(hij|zij|ze) wil (het |dat )?zelf (bellen|melden)\b",
    ),
    # art. 5 (round 143): "Kunnen we ook smartengeld eisen? Wie regelt dat?": ARAG's specialist acts for the customer
    (
        "after_report",
        r"\bwie (regelt|doet|behandelt|gaat) (dat|dit|het|die zaak|mijn zaak)\b( (dan|regelen|doen))?\W*$",
    ),
    ("not_covered", DISCOUNT),
    ("not_covered", NOTHING_LEFT),  # round 171: "Kunnen jullie me dan helemaal niks adviseren?" after a 'not covered'
    # round 143: "Wat kan ik dan nog wel?" after a 'not covered'
    ("not_covered", r"^\W*(en |maar |oke?\W+ )?wat (kan|kunnen) (ik|we|wij) (dan|nu) (nog )?wel\b[^.?!]{0,20}\?*\W*$"),
    # round 143: "Kan ik dan wel iemand bellen om te vragen wat ik nu het beste kan doen?"
    (
        "contact",
        r"\b(kan|mag|kun) (ik|we) (dan |nu )?(wel |ook )?(iemand|een jurist|een medewerker|jullie) (\w+ )?(bellen|spreken)\b",
    ),
    ("report", LONG_WAIT),
    ("own_lawyer", ACQUAINTANCE_LAWYER),
    # art. 5/11a (round 121): "ben ik in paniek zelf naar een advocaat gestapt ... Kunnen jullie die betalen?"
    (
        "own_lawyer",
        r"^(?=.*(" + story_facts.LAWYER_HIRED.pattern + r"))(?=.*\b(betalen|vergoeden|betaalt|vergoedt|rekening)\b)",
    ),
    ("who_is_insured", NOT_FAMILY_INSURED),
    ("maximum", PAY_IT_ALL),
    ("report", FIRST_STEP),
    ("waiting_period", MODULE_TAKEN_NOW),
    # Art. 10 (round 22): the other side's costs made outside court ("zijn advocaat stuurt mij een rekening voor de
    # kosten die hij maakte voordat het bij de rechter kwam"): never paid, also when the customer must pay them.
    ("costs", OPPONENT_OUT_OF_COURT),
    # round 23: art. 6, costs the court awards go to ARAG; art. 5, no way back to ARAG's own jurist
    ("costs", COSTS_AWARDED),
    ("costs", cost_questions.JUDGEMENT_NOT_FOLLOWED),
    ("costs", cost_questions.TRAVEL_TO_COURT),  # round 30
    ("own_lawyer", BACK_TO_ARAG),
    # Art. 19 (round 22): "waar kan ik nakijken wat daar over mij geregistreerd staat?": the CIS and its website.
    ("privacy", REGISTER_CONTENTS),
    # Art. 19 (round 116): "Mogen jullie mijn gegevens daarvoor gebruiken?", "Verkopen jullie mijn gegevens?"
    (
        "privacy",
        r"\b(mogen|mag|gebruiken|gebruikt|delen|deelt|verkopen|verkoopt|bewaren|bewaart) (jullie|arag|u)\b[^.?!]{0,40}"
        r"\b(mijn|onze|m'?n) (persoons)?gegevens\b|\b(mijn|onze|m'?n) (persoons)?gegevens\b[^.?!]{0,30}\b(gebruiken|gebruikt|"
        r"delen|gedeeld|doorgeven|doorgegeven|verkopen|verkocht|voor (marketing|reclame))\b",
    ),
    # Art. 14 (round 22): "vergeten de acceptgiro te betalen, kreeg een waarschuwing: ben ik nu niet meer verzekerd?"
    ("premium", PREMIUM_WARNING),
    (
        "premium",
        story_facts.FIRST_PREMIUM_OPEN,
    ),  # round 166: "Polis is per 1 juni ingegaan maar ik heb nog niks betaald"
    # Art. 14: "Ik heb inmiddels toch betaald? Geldt dat niet met terugwerkende kracht?": cover starts again the day after
    (
        "premium",
        r"\b(betaald|betaal|betaalt|premie|alsnog)\b.{0,80}\bterugwerkende kracht\b|\bterugwerkende kracht\b.{0,80}"
        r"\b(betaald|betaal|betaalt|premie|alsnog)\b",
    ),
    # Art. 14 (round 116): "en als ik later een keer te laat betaal met de automatische incasso?"
    (
        "premium",
        r"\b(te laat|niet op tijd|niet) (\w+ ){0,2}(betaal|betaalt|betalen|betaald)\b[^?]{0,40}\b(incasso|premie|acceptgiro)\b|"
        r"\b(incasso|premie|acceptgiro)\b[^?]{0,40}\b(te laat|niet op tijd) (\w+ )?(betaal|betaalt|betalen|betaald|afgeschreven)\b",
    ),
    # Art. 9 (round 116): "de dagvaarding is pas nu gekomen, dus het conflict is toch pas nu begonnen?"
    (
        "waiting_period",
        r"\b(conflict|ruzie|probleem|geschil|zaak)\b (\w+ ){0,2}pas (nu|net|sinds kort|later|daarna|na \w+) (\w+ )?"
        r"(begonnen|ontstaan|gestart|begint|ontstaat)\b|"
        r"\b(conflict|ruzie|probleem|geschil|gedoe)\b (\w+ ){0,4}(begon|ontstond|startte|begint) (\w+ )?pas\b",
    ),
    ("eigen_risico", REPORT_COST),
    ("costs", MEDIATION),
    ("who_is_insured", POLICY_OF_OTHER + "|" + PERSON_INSURED),
    ("maximum", ALL_COSTS),
    # art. 6: the maximum per event ("die 15.000 geldt toch per probleem? het zijn 3 verschillende dingen", round 70)
    (
        "maximum",
        r"\b15\.?000\b[^.?!]{0,40}\bper (probleem|conflict|zaak|gebeurtenis|ding|klus)\b|\bper (probleem|conflict|zaak)\b"
        r"[^.?!]{0,30}\b15\.?000\b|"
        # round 102/104: "Dat zijn dus drie zaken, dus ik kan 3 keer 15.000 gebruiken?", "als drie aparte zaken, met elk 15.000?"
        r"\b(\d+|twee|drie|vier) (keer|maal|x) (de |het )?(€ ?)?15\.?000\b|\b(aparte|losse|verschillende) (zaken|conflicten|"
        r"gebeurtenissen)\b[^?]{0,40}\b(elk|ieder|allemaal|apart)\b[^?]{0,20}\b15\.?000\b|"
        # round 122: the maximum taken for a yearly budget ("15.000 euro per jaar te besteden", "mijn budget is op")
        r"\b15\.?000\b[^.?!]{0,40}\bper (jaar|kalenderjaar|polisjaar)\b|\bper jaar\b[^.?!]{0,30}\b15\.?000\b|"
        r"\b(mijn|ons|het) (jaar)?budget\b[^.?!]{0,30}\b(op|opgebruikt|verbruikt|bereikt)\b|"
        # "ik ben bang dat jullie bij 15.000 euro stoppen en ik de rest zelf moet betalen"
        r"\b(bij|na) (de )?(€ ?)?15\.?000( euro)? (stoppen|stopt|ophouden|houdt)\b|"
        # round 123: "Ik lees overal '15.000 euro maximaal'. Is dat genoeg? Of lopen wij straks tegen een plafond aan?"
        r"\b15\.?000\b[^?]{0,60}\b(genoeg|toereikend|voldoende)\b[^.!]{0,10}\?|"
        r"\btegen (een|het) plafond\b|\bplafond (van|voor|aan) (de )?(kosten|vergoeding|dekking|verzekering)\b|"
        # round 126: "Geldt die grens van 15.000 euro dan ook voor mij?"
        r"\b(grens|limiet|plafond|maximum) van (€ ?)?1[05]\.?000\b|"
        # round 130: "Hoeveel geld trekken jullie er maximaal voor uit?", "en als de kosten boven de 15.000 uitkomen?"
        r"\bhoeveel (geld )?(\w+ ){0,2}(jullie|arag|u|ze) (er )?(maximaal|maximum|hooguit|max)\b|"
        r"\bkosten\b[^.?!]{0,30}\b(boven|over) (de|het) (€ ?)?(1[05]\.?000|maximum)\b",
    ),
    ("after_report", COSTS_ABOVE_STAKE),
    (
        "report",
        r"\b(hoe|waar) (meld|kan ik .*melden|moet ik .*melden)|\bzaak melden\b|" + REPORT_AFTER_END + "|"
        # round 113: "Graag hoor ik hoe ik deze zaak aanmeld", "kan ik jullie ook s avonds bellen??"
        r"\bhoe (ik|we|wij) (\w+ ){0,3}(aanmeld|aanmelden|meld|melden|kan melden|moet melden)\b|"
        # round 119: "Kan ARAG vannacht nog iets doen of moet ik tot morgen wachten??"
        r"\b(kan|kunnen|kunt) (arag|jullie|u|iemand)\b[^.?!]{0,20}\b(vannacht|vanavond|nu nog|dit weekend)\b[^.?!]{0,20}"
        r"\b(iets|helpen|doen|bellen)\b|"
        r"\b(bellen|opbellen|bereikbaar)\b[^.?!]{0,30}\b('?s avonds|'?s nachts|snachts|in het weekend|buiten kantoortijd|"
        r"zondag|zaterdag)\b|\b('?s avonds|'?s nachts|in het weekend|buiten kantoortijd)\b[^.?!]{0,30}\b(bellen|opbellen|"
        r"bereikbaar)\b|"
        # art. 7: "moet ik eerst zelf een brief sturen voordat ik het meld?": report at once
        r"\b(voordat|voor|eer) (ik|we|wij) (het |dit |dat |de zaak |mijn zaak |het conflict )?(bij (jullie|u|arag) )?"
        r"(aan)?meld(en)?\b|"
        # art. 7: "Stuur ons alleen kopieën van documenten. Houd de originele documenten zelf."
        r"\b(originele?|originelen|origineel)\b.{0,60}\b(op ?sturen|opsturen|insturen|meesturen|kopie\w*|naar (jullie|u|arag))\b|"
        # round 113: "kan het ook online?", "De termijn voor bezwaar loopt over drie weken af. Is dat een probleem?"
        r"\b(kan|mag) (het|dat|dit|ik dat|ik het|ik dit) (ook )?online\b|\bonline (melden|aanmelden|doorgeven|invullen)\b|"
        r"\b(termijn|bezwaartermijn|deadline)\b[^?]{0,60}\b(loopt|verloopt|af)\b[^?]{0,40}\?|"
        r"\bkopie\w*\b.{0,40}\b(genoeg|voldoende|goed genoeg|volstaan|ok)\b",
    ),
    (
        "waiting_period",
        # not a wait for something else ("de wachttijd voor een nieuwe keuring is maanden", round 47)
        r"\bwachttijd\w*(?! (voor|bij|van) (een|de|het) (nieuwe |medische )?(keuring|operatie|behandeling|afspraak|"
        r"woning|huurwoning|uitkering|beslissing|rijexamen|examen))|\bwachttermijn\b|"
        # art. 9 asked about a policy just taken out: "ik heb de verzekering pas twee weken, telt dat?"
        r"\b(verzekering|polis|rechtsbijstand\w*) (\w+ ){0,2}(pas|net|sinds kort)\b|\bpas (sinds )?(\w+ ){0,2}"
        r"(dagen|weken|maanden|maand|week) (verzekerd|de verzekering|de polis)\b|\bnet (afgesloten|verzekerd)\b|"
        # round 87: a conflict there is already, asked about with a policy to take out; "kan ik die module er nu nog bij
        # nemen voor dit probleem?": a module added later (art. 9)
        + CONFLICT_ALREADY
        + "|"
        + MODULE_ADDED_LATER,
    ),
    # Art. 12: an acquittal or dismissal ("vrijgesproken, krijg ik de kosten terug?"), before own_lawyer.
    ("criminal", ACQUITTAL),
    # rounds 124-125: the other side reports the customer to the police, asked about ("En als hij ook nog aangifte doet?",
    # "Ze heeft nu ook aangifte gedaan bij de politie. Helpen jullie daar ook bij?"): art. 12
    (
        "criminal",
        r"\b(hij|zij|ze|de tegenpartij)\b (\w+ ){0,3}aangifte (\w+ ){0,3}(doet|doen|gedaan|deed)\b(?! (van|voor) (inbraak|diefstal))"
        r"(?=[^?]*\?)",
    ),
    # Art. 17/18: ARAG or the outside lawyer ARAG engaged will not go on ("wil niet in hoger beroep").
    (
        "disagreement",
        # round 140: not the outcome of a complaint ("als ik het met de uitkomst van jullie klachtenbureau ook niet eens ben?":
        # the Kifid, art. 20)
        r"^(?!.*\b(klachtenbureau|klachtenafdeling|klachtafhandeling|klachtbehandeling|kifid)\b).*?(?:"
        r"\b(advocaat|jurist|specialist|behandelaar|arag|jullie)\b.{0,60}\b(wil|wilt|willen|gaat|gaan) (niet|geen)\b.{0,30}"
        r"\b(hoger beroep|in beroep|doorprocederen|verder procederen|rechtszaak|procederen)\b|"
        # art. 17 (round 54): "En als ik het straks niet eens ben met hoe jullie mijn zaak aanpakken?"
        r"\b(niet eens|oneens)\b[^.?!]{0,20}\b(met )?(hoe |wat |de manier waarop )?(jullie|arag|u)\b[^.?!]{0,30}"
        r"\b(zaak|dossier|aanpak\w*|aanpakken|behandel\w*|doen|regelen)\b|"
        # round 113: "En als ik het dan op eigen kosten doe en toch win, krijg ik dan iets terug?"
        r"\b(op eigen kosten|zelf)\b[^?]{0,40}\b(win|winnen|gelijk krijg|gelijk krijgen)\b|"
        # round 133: "jurist en ik zien het anders: hij wil schikken, ik wil naar de rechter"
        r"\b(jurist|behandelaar|advocaat|arag)\b[^.?!]{0,15}\ben (ik|wij|we)\b[^.?!]{0,10}\b(zien|denken|vinden) (het|dat|dit) "
        r"anders\b|\b(ik|wij|we) (zie|zien|denk|denken) (het|dat|dit) anders dan (mijn|de|onze) (jurist|behandelaar|advocaat)\b|"
        # round 121: "wat als zij die kans laag inschat en ik juist niet?", "Wat gebeurt er als ik niet wil tekenen en we het
        # niet eens worden?"
        r"\b(kans|kansen)\b[^?]{0,30}\b(laag|klein|gering|nihil)\b[^?]{0,30}\b(inschat|inschatten|vindt|vinden)\b[^?]{0,20}"
        r"\b(ik|wij|we)\b[^?]{0,10}\b(niet|juist niet|anders)\b|"
        r"\b(niet|nooit) (met elkaar |het )?(eens|eens worden|eens worden)\b[^?]{0,10}\?|\b(wil|willen) (\w+ )?niet "
        r"(tekenen|akkoord gaan|accepteren|schikken)\b|"
        # round 117: "En als ik met die andere advocaat wél win?"
        r"\b(met|via) (die|een|de|mijn) (andere|eigen|nieuwe) (advocaat|specialist|jurist)\b[^?]{0,30}\b(win|winnen|gelijk "
        r"krijg|gelijk krijgen)\b|"
        # round 138: going on alone after the arbitrator sided with ARAG ("Als hij ARAG gelijk geeft, kan ik dan nog op eigen
        # houtje verder?"): art. 17's refund when the customer still wins
        r"\b(arag|jullie) gelijk (geeft|krijgt|krijgen|heeft|hebben)\b[^?]{0,60}\b(zelf|op eigen houtje|op eigen kosten|"
        r"alleen|eigen advocaat)\b[^?]{0,20}\b(verder|door|doorgaan|procederen)\b|"
        # round 152: "gesloten want 'geen redelijke kans van slagen'. Ik ben het daar absoluut niet mee eens."
        r"\bgeen (redelijke )?kans (van|op) (slagen|succes)\b[^?]{0,120}\b(niet (\w+ ){0,2}eens|oneens|wat kan ik)\b)",
    ),
    # Art. 5: "u mag altijd om een andere behandelaar vragen".
    (
        "after_report",
        r"\b(een )?andere (behandelaar|jurist|behandelend jurist)\b|\bniet overweg met (de|mijn|die|m'?n) "
        r"(jurist|behandelaar|advocaat)\b|\biemand anders (krijgen|toegewezen|op mijn zaak)\b",
    ),
    # The policy's cancellation, not a landlord or care home that "wil de kamer opzeggen".
    (
        "cancel",
        r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis|arag|jullie)\b.{0,40}\bopzeg\w*|"
        r"\bopzeg\w*.{0,40}\b(polis|verzekering|rechtsbijstand\w*|flexpolis|arag)\b|"
        r"^\W*(hoe|kan ik|wil ik|ik wil|mag ik)\b(\s+\w+){0,3}\s+opzeggen\W*$|\bzeg ik .* op\b|"
        # round 86: "(ik) wil mijn rechtsbijstandverzekering stoppen"
        r"\b(ik|we|wij|en) (wil|willen|ga|gaan) (\w+ ){0,3}(polis|rechtsbijstand\w*|flexpolis|arag-?verzekering) (\w+ ){0,2}"
        r"(stoppen|stopzetten|beeindigen|opheffen)\b|"
        # "ik zeg die hele polis wel op"
        r"\bzeg\w* (\w+ ){0,3}(polis|verzekering|rechtsbijstand\w*|flexpolis)\b( \w+){0,3} op\b|"
        # round 152: "Wat een slechte service ... Ik overweeg gewoon op te zeggen. Kan dat per direct?"
        r"\b(ik )?(overweeg|denk erover)( \w+){0,2} (op te zeggen|opzeggen)\b",
    ),
    # Art. 5 (round 152): "... niet wil behandelen omdat het 'te duur' zou zijn ... en me alleen de schade wil uitbetalen"
    (
        "after_report",
        r"\b(alleen|gewoon) (de |mijn |uw )?schade (\w+ )?(uit ?betalen|uitkeren|vergoeden)\b|\b(de |mijn )?schade (\w+ )?"
        r"(uit ?betalen|uitkeren|vergoeden) in plaats van\b|"
        # round 155: "we maken die 600 euro gewoon aan u over en dan sluiten we het dossier"
        r"\b(maken|maakt|storten|betalen) (\w+ ){0,4}(aan|naar) (u|mij|me) (over|uit)\b[^.?!]{0,40}\b(sluiten|afsluiten|stoppen)\b",
    ),
    (
        "start_change_end",
        # round 67: not "het verhuisbedrijf heeft bij het naar beneden takelen ..."
        # round 98: the policyholder died ("De rechtsbijstand stond op zijn naam. Wat gebeurt daar nu mee?"): art. 15
        r"\b(overleden|overleed|gestorven)\b.{0,100}\b(polis|verzekering|rechtsbijstand\w*) (stond|staat) op (zijn|haar) naam\b|"
        # round 98: "In augustus vertrekken we voorgoed naar Portugal. Loopt de rechtsbijstand dan gewoon door?"
        r"\b(vertrekken|vertrek|gaan|ga|gaat|trekken) (\w+ ){0,2}(voorgoed|definitief|permanent|voor altijd) naar\b|"
        r"\b(verhuis|verhuizen|verhuist|verhuisde|verhuisden|verhuizing) (\w+ ){0,5}naar (het )?(buitenland|"
        # round 91: not the commute after the move ("omdat ik na de verhuizing 65 km naar mijn werk moet")
        r"(?!(beneden|boven|binnen|buiten|mijn|m'?n|mn|zijn|haar|ons|onze|de|het|werk|kantoor|school|huis)\b)\w+)\b.*"
        r"\b(verzeker\w*|polis|rechtsbijstand\w*|gelden)\b|\bemigr\w*|"
        r"\bniet meer in nederland\b|\bblijft (mijn |de |onze |ons |m'n )?(verzekering|rechtsbijstand\w*|polis) (gelden|geldig|doorlopen)\b|"
        # "we gaan naar Portugal verhuizen. blijft mijn rechtsbijstand dan gewoon doorlopen?" (round 18)
        # the customer moving, not the ex who wants to move with the child (C&W 3g; round 21)
        r"\b(ik|we|wij)\b[^.?!]{0,30}\bnaar \w+ (verhuizen|verhuis|verhuist|emigreren|vertrekken)\b.*\b(verzeker\w*|polis|"
        r"rechtsbijstand\w*)\b|"
        r"\bblijft (mijn |de |onze |ons |m'n )?(verzekering|rechtsbijstand\w*|polis) (\w+ ){1,3}(gelden|geldig|doorlopen|lopen|"
        r"bestaan)\b|"
        # art. 3 (who may take it out) and art. 15 (the policyholder died: the partner may go on)
        r"\bals (belg|duitser|buitenlander|niet-nederlander)\b|\b(moet|moeten) (ik|we|wij|je) (wel )?in nederland wonen\b|\b(woon|wonen|woont) in (\w+ ){0,2}\w+\b"
        r".{0,60}\b(afsluiten|nemen)\b|"
        # not the deceased's conflict carried on ("Kan ik dat conflict via mijn eigen polis voortzetten?": art. 11n, round 140)
        r"\b(overleden|overlijden|overleed)\b(?!.*\b(dat|het|haar|zijn|dit|die) (conflict|zaak|procedure|claim|geschil|rechtszaak)\b)"
        r".{0,100}\b(\w*verzekering|polis|flexpolis)\b.{0,60}"
        r"\b(houden|voortzetten|overnemen|verdergaan|verder gaan|doorlopen|over op mij)\b|"
        # art. 15: "de verzekering stond op naam van mijn man; hij is overleden. Ben ik nog verzekerd?"
        r"\b(overleden|overlijden|overleed|gestorven|stierf)\b.{0,120}\b(ben ik|blijf ik|zijn wij|zijn we|blijven wij|"
        r"blijven we)\b (\w+ ){0,3}(verzekerd|gedekt)\b|" + POLICY_OF_THE_DECEASED + "|"
        # round 102: "mijn vader is overleden ... hij had de polis. Loopt de verzekering gewoon door voor mijn moeder?"
        r"\b(overleden|overlijden|overleed|gestorven|stierf)\b.{0,200}\b(loopt|lopen|gaat) (de |die |zijn |haar |onze )?(polis|"
        r"verzekering|rechtsbijstand\w*|flexpolis) (\w+ ){0,3}door\b|"
        # round 52, after a death told before: "De polis stond op zijn naam. Ben ik nu nog wel verzekerd?"
        # round 52: "Wij gaan na ons pensioen definitief in Portugal wonen. Blijft onze verzekering doorlopen?"
        r"\b(definitief|permanent|voorgoed) (in|naar) (het )?\w+ (gaan )?(wonen|verhuizen)\b|"
        # round 114: a move abroad told without a question ("We gaan volgend jaar verhuizen naar Spanje"): art. 15
         + MOVING_ABROAD_TOLD,
    ),
    (
        "answer_time",
        r"\bhoe (lang|snel) (duurt|krijg|hoor|weet)\b|\bwanneer (hoor|weet|krijg) ik\b|\bbinnen hoeveel (dagen|tijd)\b|"
        + WAIT_FOR_ANSWER,
    ),
    (
        "eigen_risico",
        r"(?<!\bop )(?<!\bop geheel )(?<!\bvoor )\beigen risico\b|" + DEDUCTIBLE_PER_CASE,
    ),  # not "bezoek op eigen risico" (round 101)
    ("report", r"\bte laat (ge)?meld\w*|\blaat (ge)?meld\w*"),  # art. 11b
    # complaints before contact: "het telefoonnummer van het klachtenbureau" is the complaints answer
    # "klacht indienen" asked how or where, or about ARAG; not "ik wil een klacht indienen" about the energy company
    # told in a third party's story (round 40)
    (
        "complaints",
        r"\b(waar|hoe|bij wie|kan ik|mag ik|kun ik)\b[^.?!]{0,30}\bklacht (\w+ )?indienen\b|"
        r"\bklacht (\w+ )?indienen (over|tegen|bij) (jullie|arag|u|uw)\b|\bklachtenbureau\b|\bkifid\b|\bwaar kan ik .*klagen\b|"
        r"\btuchtraad\b|"  # the Tuchtraad Financiële Dienstverlening, through the Kifid (seeds 000/001; round 121)
        # round 139: ARAG's decision put to someone else ("Kan ik dit ergens anders voorleggen dan bij jullie?")
        r"\b(ergens anders|bij een andere instantie|bij een onafhankelijke (instantie|partij))\b[^.?!]{0,20}\b(voorleggen|"
        r"neerleggen|aankaarten|terecht)\b[^.?!]{0,20}\b(dan|buiten) (bij )?(jullie|arag)\b|"
        # round 127: "En welk nummer of adres is er voor klachten?"
        r"\b(nummer|adres|telefoonnummer|mailadres|e-?mailadres)\b[^.?!]{0,30}\b(voor|van) (de |een )?klacht\w*\b",
    ),
    (
        "contact",
        r"\btelefoonnummer\b|\bhoe (kan ik|bereik ik) (jullie|arag)\b|\bwelk (tel\w* ?)?nummer\b|"
        # "kan ze ook gewoon bellen?" (round 19): art. 7, by phone
        r"\b(kan|kun|mag|kunnen|mogen) (ik|ze|zij|hij|we|wij|mijn \w+) (jullie |u |arag )?(dan |ook |wel |gewoon )*"
        r"(bellen|opbellen|telefonisch)\b|"
        # round 136: the policy mislaid ("ik kan mijn polis nergens vinden"): the service centre tells what is on it
        r"\b(polis|polisblad|polisgegevens)\b[^.?!]{0,30}\b(nergens|niet|niet meer) (\w+ )?(vinden|terugvinden|te vinden)\b|"
        r"\b(mijn|de|onze) (polis|polisblad)\b[^.?!]{0,15}\bkwijt\b",
    ),
    (
        "maximum",
        r"\bmaximum\w*|\bhoeveel (vergoeden|betalen) jullie\b|\btot welk bedrag\b|\bhoeveel (wordt|word) (er )?vergoed\b|"
        # art. 6: "hoeveel kunnen jullie voor ons betalen?", "tot hoeveel vergoedt ARAG?"
        r"\bhoeveel (kunnen|kan|willen|zullen|gaan|mogen) (jullie|arag|u|ze) (\w+ ){0,3}(betalen|vergoeden|dekken)\b|"
        r"\btot hoeveel\b|\bhoeveel (krijg|krijgen) (ik|we|wij) (\w+ ){0,2}(vergoed|uitbetaald)\b|"
        # round 139: "Wat als de advocaat meer kost dan 15 mille?", "Zit er een max aan?"
        r"\b(meer|duurder|hoger)\b[^.?!]{0,15}\b(dan|als) (de |het )?(15\.?000|15 ?(mille|duizend|k)\b|15 ?000)|"
        r"\b(zit|staat|is) (er )?(een )?(max|limiet|plafond|bovengrens)\b[^.?!]{0,20}\?",
    ),
    (
        "minimum",
        # round 139: interest and collection costs counted towards the stake ("En als ze er straks incassokosten en rente
        # bovenop gooien, telt dat dan mee?"): art. 11g, they do not count
        r"\b(incassokosten|rente|aanmaningskosten|buitengerechtelijke kosten)\b[^?]{0,60}\b(telt|tellen) (dat|die|dit|het|ze)? ?"
        r"(dan |ook |wel |nog )*mee\b|"
        r"\bminimum\w*|\bvanaf welk bedrag\b|\b(te weinig|te klein|te laag|genoeg)\b(?:.{0,20}|\s+om [^.!?]{0,30})\?|\beuro\b.{0,20}\b(te weinig|te klein|te laag)\b(?! (gekregen|ontvangen|betaald|uitbetaald|overgemaakt|uitgekeerd|gestort|terug))|"
        # round 53: "Wat als het om minder ging, zeg 150 euro?"
        r"\b(wat|en) als\b[^.?!]{0,30}\b(om )?(minder|een kleiner bedrag|een lager bedrag)\b[^.?!]{0,30}\?|"
        # art. 11g (round 54): "Als ik de wettelijke rente en incassokosten erbij optel kom ik boven die grens. Dan wel?"
        r"\b(rente|incassokosten)\b[^.?!]{0,40}\b(optel\w*|erbij|bij elkaar|meetel\w*|meereken\w*)\b|"
        # round 71: "Met de rente en de incassokosten die ze nu rekenen kom ik boven de 175. Dan wel?"
        r"\b(rente|incassokosten)\b[^.?!]{0,60}\b(kom|komen|zit|zitten) (ik|we|wij|het|ze)? ?(\w+ )?boven\b|"
        # round 100: "met incassokosten en rente willen ze nu €212 van me. Dat is boven de 175 dus dan helpen jullie toch?"
        r"^(?=.*\b(rente|incassokosten)\b).*\b(boven|over|meer dan) (de|die) (€ ?|eur )?175\b",
    ),
    (
        "countries",
        r"\bwelke landen\b|\bin het buitenland\b.*\?|"
        # round 107: "geldt t daar ook??" about the country of the story
        r"\b(geldt|telt|werkt) (het|t|dat|die|deze|dit|de verzekering|mijn verzekering|de polis) (daar|ginds|over de grens) "
        r"(ook|wel|nog)\b",
    ),
    # round 69: the people along on a trip the customer books, asked about ("In juni gaan we samen naar het Gardameer en
    # ik boek alles. Als er dan iets misgaat, is zij dan wel gedekt?"): C&W 1's travel companions
    (
        "who_is_insured",
        r"^(?=.*\b(boek|boeken|geboekt|reis|vakantie|trip)\b).*\b(is|zijn|tellen|telt|valt|vallen) (zij|ze|hij|die) "
        r"(\w+ ){0,3}(mee|gedekt|verzekerd|meeverzekerd)\b",
    ),
    (
        "who_is_insured",
        # not an option or module told as taken ("we hebben eigen woning bij jullie meeverzekerd", round 69)
        r"^(?!.*\b(eigen woning|optie|module|verkeer|inkomen|consument (&|en) wonen)\b[^.?!]{0,30}\bmeeverzekerd\b)"
        r".*\bmeeverzekerd\b|\bwie (zijn|is) (er )?(allemaal )?verzekerd\b|"
        # round 87: "Mijn twee broers betalen mee. Helpt ARAG ons alle drie?"
        r"\b(helpt|helpen|dekt|geldt|verzekert) (arag|jullie|de verzekering|de polis|het|dat) (ons|hen|ze) (dan )?(alle|allebei|"
        r"allemaal|beiden|alle twee|alle drie|alle vier)\b|"
        # "kunnen mijn vriendinnen dan ook hun deel terugkrijgen?": travel companions (C&W 1, round 19)
        r"\b(kunnen|mogen) (mijn|m'?n|onze) (\w+ )?(vrienden|vriendinnen|reisgenot\w*|zussen|broers|ouders|"
        r"schoonouders|collega'?s)\b.{0,40}\b(ook|mee)\b|"
        # round 114: "onze zoon wordt in maart 18 maar blijft gewoon thuis wonen. valt hij dan uit de verzekering?"
        r"\b(valt|vallen) (hij|zij|ze) (dan |nog |er |straks )*uit (de|onze|mijn|het) (verzekering|polis|dekking)\b|"
        # round 53: "Zijn die kinderen ook verzekerd?", "Kan hij dit via mijn polis regelen?"
        r"\b(zijn|is) (die|de|deze|mijn|m'?n|onze) (\w+ )?(kinderen|passagiers|inzittenden|meerijders|collega'?s|vrienden|"
        r"vriendinnen|spelers|leden) (\w+ )?(ook |dan |nu )*(mee)?verzekerd\b|"
        r"\b(kan|mag) (hij|zij|ze) (dit|dat|het) (\w+ )?(via|onder|met) (mijn|m'?n|onze) (\w*polis|\w*verzekering)\b|"
        r"\b(kan|mag) (hij|zij|ze) (ook )?(mee ?doen|aansluiten|meeprocederen)\b|"  # round 113: "Kan zij ook meedoen met de claim?"
        + ASKS_IF_INSURED,
        # "valt hij er ook onder?", "is zij dan ook verzekerd?" about someone just named (round 33)
    ),
    (
        "not_covered",
        # round 94: "Consument & Wonen zonder (enige) uitsluiting(en)" tells the options, it asks nothing
        r"\bwat (is|valt) (er )?(allemaal )?niet (verzekerd|gedekt|onder)\b|(?<!zonder )(?<!zonder enige )(?<!geen )"
        r"\buitsluiting\w*|"
        # round 89: "Is er dan helemaal niks wat jullie voor me kunnen doen?" after a not covered
        r"\bis er (dan )?(helemaal |echt )?(niks|niets) (wat|dat) (jullie|arag|u) (\w+ )?(voor (me|mij|ons) )?(kunnen|kan|kunt) "
        r"doen\b|"
        r"\bwat (dekt|verzekert)\b[^?]{0,40}\bniet\b|\bwaar(voor|bij) (ben ik|zijn we|zijn wij) niet (verzekerd|gedekt)\b|"
        # round 56: "Wat kan ik dan nog wel van ARAG verwachten?" when cover is in doubt (Inleiding: advice, discount)
        r"\bwat (kan|mag|kunnen|mogen) (ik|we|wij) (dan )?(nog )?wel (\w+ )?(van (arag|jullie) )?(verwachten|krijgen|doen)\b|"
        # round 58: "Kunnen jullie me dan helemaal niks bieden?"
        r"\b(kunnen|kan) (jullie|arag|u) (me |mij |ons )?(dan )?(helemaal |echt |totaal )?(niks|niets) (\w+ ){0,2}(bieden|doen|"
        r"betekenen|aanbieden)\b|"
        r"\bwaar (kan|moet) (ik|we|wij) (dan |nu )?(nog |wel |dan )*(terecht|heen|naartoe)\b[^.?!]{0,40}\?|"  # round 112
        # round 100: "Jammer. Kan ik dan wel ergens advies krijgen van jullie?"
        r"\b(kan|kunnen|mag|mogen) (ik|we|wij) (?=(dan |nu )?(wel|toch|ergens)\b)(dan |nu )?(wel |nog |toch )*(ergens )?(\w+ )?"
        r"(advies|hulp) (\w+ ){0,2}(krijgen|vragen|halen)\b|"
        # round 108: "Kan ik toch nog een beetje hulp krijgen, misschien zelf betalen?"
        r"\b(toch|nog) (nog )?(een beetje |wat |enige |een klein beetje )?(hulp|advies) (\w+ ){0,2}(krijgen|kopen)\b|"
        r"\b(hulp|advies|advocaat|jurist)\b[^.?!]{0,40}\b(zelf|tegen) (betalen|betaling|betaal)\b|"
        # round 71: "Jammer. Kunnen jullie me dan helemaal niet verder helpen?"
        r"\b(kunnen|kan) (jullie|arag|u) (me |mij |ons )?(dan )?(helemaal |echt |totaal |ook )?niet (meer |verder )+helpen\b|"
        # round 96-97: "Kunnen jullie me dan op een andere manier nog ergens mee helpen?"
        r"\b(kunnen|kan) (jullie|arag|u) (me |mij |ons )?(dan )?(op een andere manier )?(nog )?(wel )?ergens (anders )?mee "
        r"helpen\b",
    ),
    ("terrorism", r"\bclausuleblad\w*|\bterrorismedekking\b|\bnht\b"),  # round 69: "Wat houdt dat clausuleblad dan in?"
    (
        "own_lawyer",
        r"\beigen advocaat\b|\bzelf (al )?een advocaat\b|\brecht op een (eigen )?advocaat\b|"
        # round 109: "Moeten we zelf een letselschadeadvocaat zoeken?"
        r"\bzelf (al )?een \w*advocaat (zoeken|regelen|inschakelen|nemen|vinden|uitzoeken)\b|"
        # round 69: a lawyer of the conflict's country by its own name ("Kan ik een Duitse Anwalt nemen?")
        r"\b(wil|mag|kan) (ik|we|wij) (\w+ )?(een|mijn eigen|zelf een) (\w+ )?(\w*anwalt|abogado|avocat|avvocato|advogado|"
        r"lawyer|solicitor)\b|"
        # "ik wil graag een letselschadeadvocaat uit mijn eigen dorp, kan dat?" (round 17)
        r"\b(wil|mag|kan) (ik )?(graag )?(een|mijn eigen|zelf een) \w*advocaat\b(?!.{0,60}\btegen (arag|jullie)\b)|"
        r"\b(krijg|mag|kan) ik (een|mijn eigen|zelf een) advocaat\b|\badvocaat (kiezen|uitkiezen|uitzoeken)\b|"
        r"\badvocaat (ingehuurd|ingeschakeld|genomen|in de arm genomen|gezocht|betaald)\b|"
        # art. 5/11a: "mijn neef is advocaat, mag hij mijn zaak doen en de rekening naar jullie sturen?"
        r"\b(\w+ )?(neef|nicht|broer|zus|vriend\w*|kennis|oom|tante|zwager|schoon\w+|buurman|vader|moeder|collega) is "
        r"(\w+ )?advocaa?te?\b|\b(hem|haar) (\w+ )?als (mijn |onze )?advocaa?te? (nemen|inschakelen|vragen|kiezen)\b|"
        r"\b(rekening|factuur|nota) (\w+ ){0,2}naar (jullie|arag|u) (sturen|doorsturen|opsturen)\b|"
        r"\b(stuur|sturen|stuurt) (ik|we|wij|hij|zij)? ?(\w+ )?(de|zijn|haar) (rekening|factuur|nota) (\w+ )?naar (jullie|arag)\b|"
        # round 107: "en als ik m gwn zelf inschakel en jullie de rekening stuur?"
        r"\b(jullie|arag) (de|zijn|haar|die) (rekening|factuur|nota) (\w+ )?(stuur|sturen|stuurt|geef|geven)\b|"
        r"\bzelf (\w+ )?(in ?schakel\w*|inhuur|inhuren|regel|regelen)\b[^?]{0,40}\b(rekening|factuur|nota|betalen|vergoeden)\b|"
        # art. 5 (round 55): where the lawyer chosen has his office ("hij heeft zijn kantoor in Antwerpen")
        r"\b(hij|zij|die|de advocaat|mijn advocaat) (heeft|houdt) (zijn|haar) (kantoor|praktijk) (in|uit) \w+|"
        r"\b(zijn|haar) (advocaten)?kantoor (is |zit |staat )?(in|uit) (?!nederland\b)\w+|" + OTHER_SIDE_AT_ARAG + "|"
        # art. 5: the other party is insured with ARAG too (belangenconflict)
        r"\book\b.{0,50}\b(verzekerd|rechtsbijstand\w*|polis|flexpolis|verzekering|klant|klanten)\b.{0,20}\bbij (arag|jullie)\b|"
        # round 121: "blijkt ook bij ARAG verzekerd te zijn", "eveneens bij ARAG verzekerd"
        r"\b(ook|eveneens) bij (arag|jullie|u) (\w+ )?(verzekerd|klant|aangesloten)\b|"
        r"\bbelangenconflict\w*",
    ),
    (
        "premium",
        # round 86: "de acceptgiro van jullie niet betaald"
        r"\bpremie\w*|\b(verzekering|polis|acceptgiro)\b.{0,40}\bniet (op tijd )?betaald\b|\bniet (op tijd )?betaald\b.{0,40}"
        r"\b(verzekerd|verzekering|polis)\b",
    ),
    # What the customer pays for ARAG's help (art. 6): "kost dat mij nog iets?", "moet ik zelf iets betalen?"
    (
        "costs",
        # art. 6: "als ik verlies, moet ik dan de advocaat van de ander betalen?"
        r"\b(advocaat|advocaatkosten|kosten) van de (ander|andere partij|tegenpartij|wederpartij)\b|"
        r"\bkost (dat|het|dit|zoiets) (mij|me|ons)\b|"
        # round 139: "Wat kost een procedure ons?"
        r"\bwat (kost|kosten|gaat) (een|de|zo'?n|die|deze) (procedure|rechtszaak|zaak|advocaat) (ons|mij|me)\b|\bmoet(en)? (ik|we|wij) (daar |dan |er |nog |die |dat |dit |het )*(zelf )?(nog )?"
        r"(iets )?(voor )?(bij)?betalen\b|\bwat (zijn|worden) (de|mijn) kosten\b|\b(zelf )?(op ?hoesten|dokken|aftikken)\b|"
        r"\bwie (betaalt|vergoedt|draait op voor) (dat|dit|die|het|de kosten|dat rapport|die kosten)\b|"
        r"\b(betaalt|vergoedt|betalen|vergoeden) (arag|jullie) (die|dat|deze|dit|ze) (kosten|rekening|nota)?\b|"
        # round 107: "als ik verlies moeten jullie die kosten dan betalen?"
        r"\b(moeten|gaan|zullen|moet|gaat) (jullie|arag) (die|de|deze|dat|mijn|zijn|hun) (\w+ )?(kosten|rekening|nota) (\w+ ){0,2}"
        r"(betalen|vergoeden)\b",
    ),
    # Who handles a covered conflict (art. 5): "krijg ik dan een advocaat?"
    (
        "after_report",
        r"\bkrijg(en)? (ik|we|wij) (dan |ook |wel |er )*(een |mijn |onze )?(advocaat|jurist|specialist)\b|"
        # round 113: "Graag verneem ik wie mijn zaak gaat behandelen"
        r"\bwie (\w+ ){0,2}(mijn|de|onze|deze) zaak (\w+ )?(behandelt|behandelen|gaat behandelen|oppakt|doet)\b|"
        r"\bwie (behandelt|doet) (\w+ ){0,2}(mijn|de|onze) zaak\b|"
        # round 113: "Krijg ik dan iemand die verstand heeft van ambtenarenrecht?", "Neemt jullie jurist contact op met de
        # buurvrouw of moet ik dat zelf doen?"
        r"\b(iemand|een specialist|een jurist|een advocaat) die (verstand heeft van|gespecialiseerd is in|thuis is in)\b|"
        r"\b(neemt|nemen|belt|schrijft|benadert) (jullie|de|uw|een|mijn) (jurist|specialist|advocaat|behandelaar)\b",
    ),
    (
        "modules",
        r"\bwat (is|zijn|betekent) (de |een )?modules?\b|\bwelke modules (zijn er|bestaan)\b|"
        r"\bop naam van (mijn|de|onze|m'?n) (bv|zaak|bedrijf)\b|"  # Verkeer 1: a car of your BV used privately
        # round 63: "klopt het dat zakelijke conflicten nooit onder deze verzekering vallen?": the private role (Inleiding)
        r"\b(zakelijke |bedrijfs)(conflicten|zaken|geschillen|kwesties)\b[^.?!]{0,60}\b(onder|verzekerd|gedekt|vallen|valt)\b",
    ),
    # "Marokko ligt toch aan de Middellandse Zee?": that only counts for the maximum (art. 6; round 20)
    ("maximum", r"\bmiddellandse zee\b"),
    # last: "Ik heb Inkomen ja. Wat gaat mij dit kosten?" mid-check (round 26), after the costs named more precisely
    ("costs", COST_TO_ME),
    # round 27: "de schade is wel 40.000, betalen jullie dat?" (art. 6's maximum); "en de boete als ik veroordeeld word,
    # betalen jullie die?" (art. 10)
    ("maximum", r"\b\d[\d.]*\b[^?]{0,40}\b(betalen|vergoeden|dekken) (jullie|arag|u) (dat|die|het|dit)\b"),
    # round 28: "krijg ik dan twee keer 15.000 euro?" (per event, art. 6); "ARAG betaalt mijn schade in plaats van de
    # zaak te behandelen, mag dat?" (art. 5)
    (
        "maximum",
        r"\b(twee|2|drie|beide) (keer|maal)\b[^?]{0,25}\b(15\.?000|maximum)\b|"
        r"\b(maximum|maximaal|15\.?000)\b[^?]{0,30}\bper (conflict|zaak|gebeurtenis)\b|"
        r"\bper (conflict|zaak|gebeurtenis)\b[^?]{0,30}\b(maximum|maximaal|15\.?000)\b",
    ),
    (
        "after_report",
        r"\b(betaalt|vergoedt|betalen|vergoeden|uitkeren|uitkeert|keert|uitbetaalt|uitbetalen)\b[^?]{0,60}\bin plaats van\b[^?]{0,30}"
        r"\b(behandelen|de zaak|het conflict|procederen)\b|"
        # round 113: "Klopt het dat jullie soms een zaak niet oppakken maar gewoon de schade betalen?"
        r"\b(zaak|conflict)\b[^?]{0,30}\bniet (oppakken|behandelen|oppakt|behandelt)\b[^?]{0,30}\b(schade|geld) (\w+ )?(betalen|"
        r"vergoeden|uitkeren|uitbetalen)\b",
    ),
    ("costs", r"\b(boete\w*|dwangsom\w*)\b[^?]{0,60}\b(betalen|vergoeden|betaalt|vergoedt) (jullie|arag|u)\b"),
    # round 122: "Die dwangsom valt toch ook onder mijn rechtsbijstand?" (art. 10)
    (
        "costs",
        r"\bdwangsom\w*\b[^?.!]{0,30}\b(valt|vallen|gedekt|verzekerd|vergoed)\b[^?.!]{0,30}(\?|\b(rechtsbijstand|verzekering|"
        r"polis|dekking)\b)",
    ),
    # round 29: "wie betaalt de advocaat van mijn werkgever als het misgaat?" (art. 6b, the costs the court imposes)
    ("costs", r"\bwie betaalt (de|het) (advocaat|advocaten|advocaatkosten|kosten) van (de|het|die|mijn|onze) \w+"),
)
QUESTION = re.compile(
    # round 138: after a short acknowledgement ("ok hoe meld ik t", "top, en wat kost dat?")
    r"\?\s*$|^((ok(e|ay|i)?|oke|okee|top|prima|helder|duidelijk|thanks|dank je|dankjewel|dank u)\W+(en |maar )?)?"
    r"(wat|hoe|waar|wanneer|wie|welke?|waarom|is|zijn|kan|kun|kunt|mag|moet|geldt|krijg)\b|"
    # round 113: an indirect question in a letter ("Graag verneem ik wie mijn zaak gaat behandelen")
    r"\bgraag (verneem|hoor|weet) ik\b|\b(ik )?(zou graag (willen )?weten|wil graag weten)\b|"
    # dictated without a question mark, the question after a condition: "als ik verlies moet ik dan ..."
    r"^(als|stel|en als|wat als)\b.*\b(moet|moeten|kan|kunnen|mag|mogen|krijg|krijgen|ben|zijn|word|worden|betaal|betalen|"
    r"vergoeden) (ik|we|wij|jullie|u) "
    r"(dan|daar|nog|ook)\b"
)


def faq_topic_in(text: str) -> str | None:
    """A general question typed where the form expected an answer ("is er een wachttijd?"); a
    question mark anywhere counts (a letter: "Geachte heer, ... ? Met vriendelijke groet")."""
    t = fold(text)
    if not QUESTION.search(t) and "?" not in t:
        return None
    return next((topic for topic, pattern in FAQ_KEYWORDS if re.search(pattern, t)), None)


# Art. 17: going on alone after the arbitrator sided with ARAG, asked as an own-lawyer question.
ARAG_PROVED_RIGHT = (
    r"\bdoor ?procederen\b|\b(met )?(jullie|arag) (het )?(eens|gelijk)\b|\b(jullie|arag) gelijk (geeft|krijgt|krijgen|"
    r"heeft|hebben)\b"
)
CUSTOMER_PROVED_RIGHT = (
    r"\b(mij|me|ons) (\w+ )?(in het )?gelijk (geeft|geven|gaf|stelt|stellen)\b|\b(ik|wij|we) (\w+ )?(gelijk|in het gelijk) "
    r"(krijg|krijgen|heb|hebben)\b|\b(krijg|krijgen|heb|hebben) (ik|wij|we) (\w+ )?gelijk\b|\bhet (\w+ )?met (mij|ons) eens\b"
)
# Art. 18: the customer disagrees with the outside lawyer ARAG engaged ("wil schikken ... ik wil naar de
# rechter ... hij weigert"; the lawyer named as ARAG's in actions/coverage.py ARAGS_CASE).
OUTSIDE_LAWYER = (
    r"\b(advocaat|specialist|advocatenkantoor|kantoor)\b (die|dat) (arag|jullie) (\w+ ){0,3}(heeft|hebben|heb) "
    r"(ingeschakeld|geregeld|gestuurd)\b|\bvan buiten arag\b|\bexterne (advocaat|specialist)\b"
)
OUTSIDE_SPECIALIST_DISAGREES = (
    r"\b(wil|wilt) (\w+ ){0,4}(schikken|stoppen|niet (verder|door))\b|\b(hij|zij|ze) weigert\b|\bweigert (hij|zij|ze)\b|"
    # round 121: "zegt dat hoger beroep kansloos is. Ik ben daar niet van overtuigd"
    r"\b(niet (van )?overtuigd|ben het (er |daar )?niet mee eens|zie ik anders|geloof ik niet)\b|"
    r"\b(niet eens|oneens) met (hem|haar|mijn advocaat|de advocaat)\b"
    # round 57: "wil dat ik vandaag akkoord ga met een schikking van 3.000 euro ... Dat wil ik niet."
    r"|\bschikking\b.{0,120}\b(wil ik niet|ik wil (dat |die )?niet|niet mee eens|ik weiger|ga ik niet mee akkoord)\b"
)
# Art. 16 (round 57): "En als ik binnen die termijn niets laat weten?": no reply within the month is agreement.
NOTHING_SAID = (
    r"\b(niets|niks|geen reactie|niet) (\w+ ){0,2}(laat weten|laten weten|reageer|reageren|doe|doen|zeg|zeggen|stuur)\b"
)
# Art. 17 (round 58): ARAG's own jurist finds the case hopeless, the customer wants to go on ("Stel dat jullie jurist
# zegt dat het geen zin heeft om door te gaan, maar ik wil wél door").
HOPELESS_BUT_GO_ON = (
    r"\b(geen zin|geen kans|kansloos|niet haalbaar|weinig kans|geen (redelijke )?kans van slagen|stoppen|zinloos)\b.{0,80}"
    r"\b(ik wil (wel |toch |wel degelijk )?(door|verder|doorgaan|doorprocederen|in (hoger )?beroep)|wil ik (wel |toch )?(door|verder)|"
    # round 124: "Ik denk daar heel anders over. Moet ik het hierbij laten?"
    r"(ik )?denk (ik )?(daar|er) (\w+ )?anders over|moet ik het (hierbij|daarbij) laten)\b"
)
# Art. 18 (round 22): "betalen jullie die andere advocaat dan?" after disagreeing with the outside lawyer ARAG engaged.
OTHER_SPECIALIST_PAID = (
    r"^(?=.*\b(andere|nieuwe|tweede|eigen) (advocaat|specialist|jurist|deskundige)\b)"
    r"(?=.*\b(betaal\w*|betalen|vergoed\w*|kosten|rekening|zelf)\b)"
)
# Keyword routes that name the topic better than the classifier's (topic: the intents it overrides; None: any).
# Round 159: the case's papers sent by post ("Kan ik die papieren gewoon met de post opsturen? en naar welk adres dan?",
# "Waar stuurt hij de stukken naartoe?"): art. 7's address for reporting, not the phone and mail of the contact answer.
PAPERS_BY_POST = (
    r"\b(papieren|stukken|documenten|bonnen|bonnetjes|kassabon\w*|bewijsstukken|kopie\w*|brief|brieven|facturen|"
    r"contract)\b[^.?!]{0,60}\b(post|op ?sturen|"
    r"opsturen|versturen|sturen|stuurt|adres)\b|\b(per|met de) post\b[^.?!]{0,60}\b(papieren|stukken|documenten)\b|"
    r"\bwaar(heen| naartoe)?\b[^.?!]{0,20}\b(stuur|stuurt|sturen)\b[^.?!]{0,30}\b(papieren|stukken|documenten)\b|"
    # round 167: reporting by post ("mijn zaak online moet melden, maar kan het ook per telefoon of per post?")
    r"\b(meld\w*|melding)\b[^?]{0,60}\b(per|via de|met de) post\b|\b(per|via de) post\b[^.?!]{0,40}\bmeld\w*"
)
# Round 166: one module or the option Eigen woning asked about ("wat valt allemaal onder consument & wonen?", "Wat houdt
# die optie 'eigen woning' nou eigenlijk in?"): its situations (knowledge file keyword_answers.module_*).
_WHAT_IS_IN = (
    r"\b(wat (houdt|is|betekent|dekt|doet)|wat (valt|zit|hoort|valt er|zit er) (\w+ ){0,2}(onder|in|bij)|waarvoor (is|geldt|dient)|"
    r"wat (heb|krijg) (ik|je|we) (\w+ )?(aan|met|bij))\b[^?]{0,25}\b"
)
MODULE_ASKED = {
    "option_eigen_woning": _WHAT_IS_IN + r"(de )?(optie|keuze|uitbreiding)? ?'?eigen woning'?",
    "module_consument_wonen": _WHAT_IS_IN + r"(de )?(module )?'?(consument (en|&) wonen|c ?& ?w|c ?en ?w)'?",
    "module_verkeer": _WHAT_IS_IN + r"(de )?module '?verkeer'?",
    "module_inkomen": _WHAT_IS_IN + r"(de )?module '?inkomen'?",
}
# Art. 5 and 6 (round 170): the own contribution for a lawyer of one's own choice, asked ("zo'n eigen bijdrage")
OWN_CONTRIBUTION = r"\b(eigen |die |deze |zo'?n |een )?bijdrage\b(?! (aan|van) (de |het )?(premie|mediation))"
# Art. 16 (round 166): how a change of premium is set ("Hoe wordt zo'n aanpassing bepaald?"): the CBS index.
PREMIUM_INDEX = (
    r"\b(hoe|waarop|waarmee|op basis waarvan)\b[^.?!]{0,40}\b(aanpassing|verhoging|aangepast|verhoogd|premie\w*|stijging)\b"
    r"[^.?!]{0,30}\b(bepaald|berekend|vastgesteld|gebaseerd)\b|\b(prijsindex|cbs|inflatie)\b"
)
# Art. 10: a share of the winnings for the lawyer ("hij krijgt 15% extra als we winnen", round 20; "lager uurtarief maar 15%
# van wat hij binnenhaalt als we winnen", round 170: before the discount's route, which "lager uurtarief" names)
SUCCESS_FEE = (
    r"(\b\d+ ?%|\b(procent|bonus|extra beloning|succes ?fee)\b).{0,60}\b(winnen|gewonnen|wint)\b|"
    r"\b(winnen|gewonnen|wint)\b.{0,40}\b(bonus|extra beloning|succes ?fee)\b"
)
OVERRIDES: tuple[tuple[str, str, frozenset[str] | None], ...] = (
    ("costs", SUCCESS_FEE, frozenset({"not_covered"})),
    ("who_is_insured", HOUSEHOLD_MEMBER_ASKED, frozenset({"report", "contact", "own_lawyer", "after_report"})),
    ("premium", PREMIUM_INDEX, frozenset({"start_change_end", "cancel"})),
    *(
        (topic, pattern + r"\b[^?]{0,20}\?", frozenset({"modules", "not_covered"}))
        for topic, pattern in MODULE_ASKED.items()
    ),
    ("conduct", CONDUCT, None),
    ("insurer_cancelled", ARAG_ENDED_IT, frozenset({"start_change_end", "cancel", "complaints", "premium"})),
    ("report", PAPERS_BY_POST, frozenset({"contact"})),
    ("eigen_risico", DEDUCTIBLE_PER_CASE, frozenset({"premium", "costs"})),
    # round 140: the Klachtenbureau's outcome is the Kifid's (art. 20), not the arbitrator's (art. 17)
    ("complaints", r"\b(klachtenbureau|klachtenafdeling|klachtafhandeling|kifid)\b", frozenset({"disagreement"})),
    # round 23: keyword routes that name the question better than any intent
    ("language", OTHER_LANGUAGE, None),
    ("cooperation", INFO_ASKED, None),
    ("advice", ADVICE_WITHOUT_CONFLICT, None),
    ("new_home", NEW_HOME, None),
    (
        "costs",
        cost_questions.EXPERT_REPORT,
        frozenset({"own_lawyer", "after_report", "report", "waiting_period", "eigen_risico"}),
    ),
    # not a lawyer of their own asked ("Mogen we dan met z'n allen een advocaat van buiten ARAG kiezen?", round 68)
    (
        "costs",
        r"^(?!.*\b(van buiten|zelf (een |de )?(advocaat|jurist) (kiezen|uitzoeken)|eigen advocaat|advocaat (\w+ ){0,4}kiezen)\b)"
        r".*(" + story_facts.SHARED.pattern + ")",
        # round 69: "Mijn zus wil meedoen met de zaak, betalen jullie alle kosten?" (costs kept, not the maximum)
        frozenset({"own_lawyer", "maximum", "costs"}),
    ),  # "we willen met vier buren samen één advocaat"
    ("report", REPORT_NOW, frozenset({"waiting_period", "after_report", "answer_time", "start_change_end", "costs"})),
    ("minimum", AMOUNT_IN_REACH, frozenset({"answer_time", "after_report", "report", "costs", "maximum"})),
    # art. 6 names the countries around the Mediterranean for the maximum (round 69: "ik las iets over landen aan de
    # Middellandse Zee. Turkije ligt daar toch aan?")
    ("maximum", r"\bmiddellandse zee\b", frozenset({"countries"})),
    # round 143: "Ik las iets over maximaal 10.000 euro buiten Europa. Geldt dat ook voor Turkije?": the amounts of art. 6
    ("maximum", r"\b(10\.?000|15\.?000|maximaal|maximum|maximumbedrag)\b", frozenset({"countries"})),
    # Inleiding: "is er dan wel korting op een jurist van jullie?" after a 'not covered'
    ("not_covered", DISCOUNT, None),  # round 53: whatever the classifier heard ("korting krijgen op een jurist?")
    # round 111: "Kan ik dan wel advies van jullie krijgen over wat ik nu moet doen?" after a 'not covered'
    ("not_covered", ADVICE_AFTER_ALL, frozenset({"disagreement", "own_lawyer", "after_report", "advice", "contact"})),
    # art. 5 (round 23): "kan ik daarna terug naar een jurist van ARAG zelf?" after an outside specialist
    ("own_lawyer", BACK_TO_ARAG, frozenset({"disagreement", "after_report", "costs", "report"})),
    ("eigen_risico", REPORT_COST, frozenset({"premium", "costs", "report", "after_report", "own_lawyer"})),
    ("report", REPORT_AFTER_END, frozenset({"cancel", "start_change_end", "premium", "after_report"})),
    # Art. 5: "zaak gemeld, hoe lang moet ik wachten tot ik iets hoor?" is the answer time, not art. 9.
    ("answer_time", WAIT_FOR_ANSWER, frozenset({"waiting_period"})),
    ("start_change_end", POLICY_STARTS, frozenset({"waiting_period"})),  # round 181: "Vanaf wanneer ben ik verzekerd?"
    # Art. 6: "wat kost het mij als ARAG mijn zaak behandelt?" asks the cost, not the steps (art. 5).
    # round 171: not with a lawyer of one's own named ("Wat kost het mij als ik zelf een advocaat neem?": art. 5 and 6)
    (
        "costs",
        r"^(?!.*\b(zelf (een |de |mijn )?(eigen )?(advocaat|jurist)|eigen advocaat|advocaat van (mijn )?(eigen )?keuze)\b).*(?:"
        + COST_TO_ME
        + ")",
        frozenset({"after_report", "report", "own_lawyer"}),
    ),
    ("costs", OPPONENT_OUT_OF_COURT, frozenset({"own_lawyer"})),  # round 143: the other side's lawyer's costs (art. 10)
    ("costs", cost_questions.JUDGEMENT_NOT_FOLLOWED, frozenset({"own_lawyer", "after_report", "disagreement"})),
    # Art. 6: "als ik verlies, moet ik dan zijn advocaat betalen?" asks about the other side's costs.
    ("costs", r"\b(zijn|haar|hun) (advocaat|advocaatkosten|advocaten)\b.{0,20}\bbetal\w*", frozenset({"own_lawyer"})),
    # "moeten we dan de advocaat van de corporatie betalen?" (round 17)
    (
        "costs",
        r"\b(de )?(advocaat|advocaten|advocaatkosten) van (de|het|die|mijn|onze) \w+\b.{0,20}\bbetal\w*"
        r"|\bbetal\w*\b.{0,20}\b(de )?(advocaat|advocaten|advocaatkosten) van (de|het|die|mijn|onze) \w+",
        frozenset({"own_lawyer"}),
    ),
    ("who_is_insured", POLICY_OF_OTHER, frozenset({"report", "contact", "after_report", "own_lawyer"})),
    ("criminal", ACQUITTAL, frozenset({"own_lawyer", "costs", "after_report", "disagreement", "report"})),
    # round 83: also asked right after a complaint about the jurist's view of the chances ("Wie betaalt die scheidsrechter?")
    ("costs", ARBITER_COST, frozenset({"disagreement", "maximum", "own_lawyer", "complaints"})),
    # art. 15 (round 52): "De polis stond op zijn naam. Ben ik nu nog wel verzekerd?" after a death told before
    ("start_change_end", POLICY_OF_THE_DECEASED, frozenset({"who_is_insured", "modules"})),
    ("waiting_period", MODULE_ADDED_LATER, frozenset({"modules", "start_change_end", "premium", "cancel", "report"})),
    ("start_change_end", POLICY_WHEN_ABROAD, None),  # round 60: "Loopt de verzekering door als wij in Amerika wonen?"
    # Art. 5: "mijn schoonzus is advocaat; mag zij die zaak dan behandelen in plaats van iemand van ARAG?" (round 20)
    (
        "own_lawyer",
        r"\b(is|ben) (een )?advocaat\b.{0,120}\b(mag|kan|mogen) (zij|hij|die|ik)\b.{0,30}\b(behandelen|doen|oppakken)\b|"
        r"\bin plaats van (iemand van |een jurist van )?(arag|jullie)\b",
        frozenset({"after_report", "report", "answer_time"}),
    ),
    # Art. 10: "hij krijgt 15% extra als we winnen; betaalt ARAG die bonus ook?" (round 20)
    ("costs", SUCCESS_FEE, frozenset({"disagreement", "after_report", "own_lawyer", "maximum"})),
    # Art. 6: "als het een rechtszaak in Duitsland wordt, tot welk bedrag betalen jullie dan?" (round 19)
    ("maximum", ALL_COSTS, frozenset({"own_lawyer", "costs", "after_report", "report"})),
    ("after_report", COSTS_ABOVE_STAKE, frozenset({"costs", "maximum", "report"})),
    # art. 5 (round 170): "Jullie jurist belde dat ARAG mij het bedrag wil uitbetalen in plaats van de zaak te voeren."
    ("after_report", DAMAGE_PAID_INSTEAD, frozenset({"disagreement", "costs", "maximum", "not_covered"})),
    # Art. 6: "hoe zit het met mediation bij een burenruzie?" asks what mediation costs are paid.
    ("costs", MEDIATION, None),
    # art. 10 (round 170): "De buurman eist nu 1.400 euro aan verbeurde dwangsommen. Dekken jullie dat?"
    ("costs", r"\bdwangsom\w*\b", frozenset({"maximum", "not_covered", "own_lawyer", "after_report"})),
    # "en als ik verlies?" after the own-lawyer answer: the other side's costs (art. 6b), whatever was classified
    (
        "costs",
        r"^\W*(en |maar )?(als|wanneer|stel dat) (ik|we|wij) (de zaak |het |de procedure )?(verlies|verliezen)\W*$",
        None,
    ),
    ("disagreement", ARAG_PROVED_RIGHT + r"|\b(scheidsrechter|arbiter)\b", frozenset({"own_lawyer"})),
    # round 168: also heard as the arbiter's cost ("En als die scheidsrechter jullie gelijk geeft, kan ik het dan nog op eigen
    # houtje proberen?")
    ("disagreement", ARAG_PROVED_RIGHT, frozenset({"costs"})),
    # art. 5 and 6 (round 170): "Betaal ik dan ook zo'n eigen bijdrage?", "Moet ik die bijdrage dan eerst betalen?" (not the
    # eigen risico of art. 14)
    ("own_lawyer", OWN_CONTRIBUTION, frozenset({"eigen_risico", "costs", "maximum"})),
)


def overriding_topic(topic: str, text: str) -> str:
    """The FAQ topic to answer for a faq_<topic> intent: a keyword route that names the question
    better wins ("opgezegd; kan ik nog iets melden?" is art. 11c, not the cancellation)."""
    t = fold(text)
    for better, pattern, replaces in OVERRIDES:
        if (replaces is None or topic in replaces) and re.search(pattern, t):
            return better
    return topic


FOREIGN_PLACES = countries.abroad_alternation()


# Bail asked in an emergency ("Help!! ... anders mag ik niet naar huis"): ARAG's phone number first (art. 7).
BAIL_URGENT = (
    r"\b(help|dringend|spoed|nood\w*|wat moet ik (nu )?doen|niet naar huis|vastgezet|vastgehouden|opgepakt|gearresteerd|"
    r"in de cel|politiebureau)\b"
)
# Questions whose answer is a later sentence of the topic's answer: that sentence goes first.
LEAD_SENTENCE: dict[str, tuple[tuple[str, str], ...]] = {
    # Art. 5: "kan ik een advocaat in Spanje krijgen?": registered in the country of the conflict.
    "own_lawyer": (
        # Art. 11a: "ik heb zelf al een advocaat ingeschakeld voordat ik jullie belde; betalen jullie hem?"
        (story_facts.LAWYER_HIRED.pattern, "zonder toestemming van ARAG"),
        (
            # round 84: a place abroad by name ("advocaat in Antwerpen"), not a Dutch town ("mijn neef is advocaat in Zwolle")
            r"\bbuitenland\w*\b|\b(advocaat|jurist|specialist)\w* (in|uit) (" + FOREIGN_PLACES + r")\b|"
            r"\bnederlandse (advocaat|jurist|specialist)\b|\b(advocaat|jurist|specialist) uit nederland\b|"
            r"\b(duitse|belgische|vlaamse|franse|spaanse|italiaanse|engelse|britse|portugese|oostenrijkse|zwitserse|poolse|"
            r"turkse|marokkaanse|griekse|amerikaanse|luxemburgse|deense|zweedse|noorse|ierse|kroatische|tsjechische) "
            r"(advocaat|advocate|jurist|specialist)\b|"
            # "de advocaat die ik op het oog heb zit in Antwerpen" (round 22): registered where the conflict is
            r"\b(advocaat|advocate|jurist|specialist|advocatenkantoor|kantoor)\b[^.?!]{0,40}\b(zit|zitten|gevestigd|werkt|"
            r"praktijk|kantoor) (\w+ )?(in|uit) (" + FOREIGN_PLACES + r")\b|"
            # round 168: "Mag ik zelf een advocaat kiezen? Ik ken een hele goede in Antwerpen."
            r"\b(ken|weet|heb) (ik |we |wij )?(\w+ ){0,3}(in|uit) (" + FOREIGN_PLACES + r")\b",
            "conflict in het buitenland",
        ),
        # art. 5 (round 22): "kan ik dan later terug naar een ARAG-jurist?": not after an outside specialist
        (BACK_TO_ARAG, "niet meer terug"),  # round 23: more wordings
        # round 170: the own contribution asked; round 171: none when a lawyer is required (the usual maximum)
        (OWN_CONTRIBUTION + r"|\b(wat|hoeveel) (kost|kosten)\b", "wettelijk verplicht, | wettelijk niet verplicht"),
        # round 157: "Mijn ontslagzaak komt voor de kantonrechter ... mag ik hem zelf inschakelen?": ARAG's leave first, then
        # the own contribution when a lawyer is not required by law
        (
            # round 172: also for an objection ("Mag ik voor het bezwaar zelf een advocaat kiezen?")
            r"\bkanton\w*|\b(niet|geen) (wettelijk )?verplicht\b|\bzonder advocaat\b|\bbezwaar\w*",
            "moet eerst toestemming geven | wettelijk niet verplicht",
        ),
    ),
    # Art. 14: "kan de premie van deze maand niet betalen, ben ik dan meteen niet meer verzekerd?", "en als ik het
    # later alsnog betaal?": a later premium, the warning and the day after payment (round 20)
    "premium": (
        (PREMIUM_INDEX, "consumentenprijsindex"),
        # art. 16 (round 168): "Hoe lang heb ik om op te zeggen als ik dat niet wil?" after a rise: 1 month, then agreed
        (
            r"\b(hoe lang|hoeveel tijd|tot wanneer|binnen welke termijn)\b[^?]{0,30}\b(op ?(te )?zeggen|opzeggen|bezwaar)\b|"
            r"\b(op ?zeggen|opzeggen)\b[^?]{0,40}\b(niet (mee )?eens|niet wil|niet akkoord|verhoging|omhoog)\b",
            "consumentenprijsindex | automatisch akkoord",
        ),
        # art. 16 (round 57): "En als ik binnen die termijn niets laat weten?" after a change of premium or conditions
        (NOTHING_SAID + r"|\bniet (op ?zeg|opzeg)\w*", "automatisch akkoord"),
        (
            r"\b(niet (kan |kunnen )?betalen|niet betaal\w*|niet betaald|achterstand|te laat|alsnog (\w+ )?betaal\w*|"
            r"later (\w+ )?betaal\w*|meteen niet meer verzekerd|weer (verzekerd|gedekt)|terugwerkende kracht)\b|"
            # round 169: "als ik nu betaal, helpen jullie dan wel?" after the warning: the day after payment
            r"\b(als|wanneer|zodra) (ik|we|wij) (nu |vandaag |alsnog |meteen )*(betaal|betalen|overmaak|overmaken)\b|"
            # round 166: "en als er in die tijd iets gebeurt, ben ik dan wel gedekt?" after paying late
            r"\b(in die tijd|in de tussentijd|ondertussen|intussen)\b[^.?!]{0,40}\b(gedekt|verzekerd)\b|"
            + PREMIUM_WARNING,
            "waarschuwing",
        ),
    ),
    # Art. 19: "hoe kan ik zien wat daar over mij staat?" about the register: the CIS and its website (round 20)
    "privacy": (
        (
            r"\b(zien|inzien|inzage|opvragen|nakijken|bekijken|register\w*|geregistreerd|over mij staat|over mij bekend)\b|"
            + REGISTER_CONTENTS,
            "(CIS)",
        ),
    ),
    # Art. 10 (round 22): the other side's costs outside court are not paid
    "costs": (
        (OPPONENT_OUT_OF_COURT, "buitengerechtelijke"),
        # art. 6 (round 23): "als ik win, krijg ik dan de proceskosten van de gemeente?": ARAG gets them, not you
        (COSTS_AWARDED, "krijgt ARAG dat geld"),
        # art. 10/14 (round 45): "moet ik zelf iets betalen?": an eigen risico on the policy is the customer's
        (COST_TO_ME, "eigen risico"),
        # art. 10 (round 69): "Mijn zus wil meedoen met de zaak, betalen jullie dan alle kosten?": only your share
        (story_facts.SHARED.pattern, "uw aandeel"),
    ),
    # art. 15: "ik verhuis in juni naar Antwerpen, moet ik dan nog wel opzeggen?" (round 55)
    "cancel": (
        (
            # moving abroad; not "Ik verhuis volgende maand naar een verpleeghuis" (round 86)
            r"\bverhui[sz]\w* (\w+ ){0,4}naar (het )?(buitenland|"
            + FOREIGN_PLACES
            + r")\b|\bnaar (het )?(buitenland|"
            + FOREIGN_PLACES
            + r") (\w+ ){0,3}verhui[sz]\w*|\bemigr\w*|\bin het buitenland (gaan )?wonen\b|\bniet meer in nederland\b|"
            # round 173: "Ik ga volgend jaar definitief in Spanje wonen."
            r"\b(ga|gaan|gaat)\b (\w+ ){0,3}(in|naar) (het buitenland|" + FOREIGN_PLACES + r") (\w+ )?wonen\b",
            "stopt de verzekering automatisch",
        ),
        # art. 15b (round 116): "Kunnen jullie mijn verzekering opzeggen omdat ik zoveel meld?"
        (
            r"\b(kunnen|kan|mogen|mag|gaan|gaat|zullen) (jullie|arag|u) (\w+ ){0,3}(opzeggen|stoppen|beeindigen|eruit gooien)\b|"
            r"\b(jullie|arag) (\w+ ){0,2}(mij|me|mijn verzekering|mijn polis) (\w+ ){0,2}(opzeggen|stoppen|eruit gooien)\b",
            "ARAG kan de verzekering ook zelf stoppen",
        ),
    ),
    # C&W 1: "kunnen mijn vriendinnen ook hun deel terugkrijgen?" about a holiday booked together (round 19)
    "who_is_insured": (
        (
            r"\b(vrienden|vriendinnen|reisgenot\w*|vakantie\w*|reis|boek|boeken|geboekt|meegeboekt|meeging|meegingen|"
            r"meereisde\w*)\b",  # round 86: "En mijn buurman die meeging, is hij ook verzekerd?"
            "reisgenoten",
        ),
    ),
    # Art. 3: "ik woon in Antwerpen, kan ik die polis afsluiten?"
    "start_change_end": (
        (POLICY_STARTS, "begint op de ingangsdatum"),
        (r"\b(woon|wonen|woont)\b.{0,80}\bafsluiten\b", "alleen afsluiten als u in Nederland"),
        # art. 15: "ik verhuis naar Portugal; blijft mijn rechtsbijstand doorlopen?"
        (
            r"\bverhui[sz]\w*|\bemigr\w*|\bin het buitenland (gaan )?wonen\b|\b(definitief|permanent|voorgoed) (in|naar) "
            r"(het )?\w+ (gaan )?wonen\b",
            "niet meer in Nederland woont",
        ),
        # round 143: "Moeten we hem dan zelf opzeggen?" after moving abroad: it stops by itself
        (SELF_CANCEL, "stopt automatisch"),
        # round 147: "gooien jullie me er dan uit?" after cases reported: ARAG's notice after reported cases
        (
            THROWN_OUT + r"|\b(zaken|conflicten|claims) (\w+ ){0,3}gemeld\b|" + ARAG_ENDED_IT,
            "ARAG kan opzeggen",
        ),
    ),
    # Art. 14: "eigen risico bij aanrijding? was echt zijn schuld": none for a traffic conflict the other must pay.
    "eigen_risico": (
        (
            r"\b(aanrijding|aangereden|verkeer(?!d)\w*|zijn schuld|haar schuld|strafzaak)\b",
            "U betaalt geen eigen risico",
        ),
        # round 121: "Ik kan het pas over zes weken betalen. Is dat een probleem?" (art. 14: before ARAG's date)
        (
            r"\b(pas|later|te laat|niet op tijd|over \w+ (dagen|weken|maanden))\b[^.?!]{0,30}\bbetal\w*\b",
            "vóór de datum",
        ),
    ),
    "after_report": (
        # round 163: "... niet verder oppakt maar me gewoon 640 euro uitkeert omdat procederen te duur zou zijn"
        (COSTS_ABOVE_STAKE + "|" + DAMAGE_PAID_INSTEAD, "kosten te hoog"),
        # round 113: "Wie behandelt mijn zaak eigenlijk? Een advocaat, of iemand van een callcenter?"
        (
            r"\bwie (\w+ ){0,3}(behandelt|behandelen|doet|oppakt|oppakken)\b|\b(callcenter|advocaat of)\b",
            "450 juristen",
        ),
        # "als het niet klikt met de jurist, kan ik dan een ander krijgen?" (art. 5, round 17)
        (
            r"\b(niet klikt|klikt niet|niet overweg|niet tevreden over (de|mijn) (jurist|behandelaar)|een ander(e)? "
            r"(krijgen|jurist|behandelaar)|wissel\w* van (jurist|behandelaar)|iemand anders (krijgen|op mijn zaak))\b",
            "andere behandelaar",
        ),
    ),
    # Art. 17: "en als de scheidsrechter jullie gelijk geeft, mag ik dan zelf doorprocederen?"
    # Art. 18: "de advocaat die ARAG voor me inschakelde wil schikken, ik wil naar de rechter" (round 20)
    "disagreement": (
        (ARAG_PROVED_RIGHT, "Krijgt ARAG gelijk"),
        # round 179: "En als die scheidsrechter mij gelijk geeft?"
        (CUSTOMER_PROVED_RIGHT, "Krijgt u gelijk"),
        (rf"^(?=.*({OUTSIDE_LAWYER}))(?=.*({OUTSIDE_SPECIALIST_DISAGREES}))", "van buiten ARAG"),
        (OTHER_SPECIALIST_PAID, "van buiten ARAG"),
    ),
    # Art. 6: "en bij een verkeersongeluk in Nederland, met Verkeer?": no maximum for Verkeer in NL.
    # art. 13 with art. 7: bail asked in an emergency ("Help!! ... anders mag ik niet naar huis. wat moet ik doen"): the
    # phone number first
    "borgsom": ((BAIL_URGENT, "bel ARAG dan meteen"),),
    "maximum": (
        (RELATED_EVENTS, "met elkaar te maken | Andere kosten"),
        # not when a place abroad is asked ("Bij Verkeer in Nederland is er geen maximum, geldt dat in Duitsland ook?", round 170)
        (
            r"^(?!.*\b(buitenland\w*|buiten europa|" + FOREIGN_PLACES + r")\b)"
            r"(.*\bverkeer(?!d)\w*\b.*\bnederland\b|.*\bnederland\b.*\bverkeer(?!d)\w*\b)",
            "geldt geen maximum",
        ),
        # round 143: the module Verkeer named with no place abroad ("op de A2 ... Wij hebben Verkeer. Is er een maximum?");
        # not beside another module ("We hebben Inkomen en Verkeer. ... tot welk bedrag?" about a dismissal, round 177):
        # during a check the conflict's own module adds its sentence (faq_turn.with_module_sentence)
        (
            r"^(?!.*\b(buitenland\w*|buiten europa|inkomen|consument|" + FOREIGN_PLACES + r")\b).*\bverkeer(?!d)\b",
            "geldt geen maximum",
        ),
    ),
    "report": (
        (REPORT_AFTER_END, "(art. 11c)"),
        (LONG_WAIT, "Meldt u te laat"),  # art. 11b (round 24)
        (
            r"\b(post)?adres\b|\b(op ?sturen|opsturen|op te sturen|per post|kopie\w*|papieren)\b|" + PAPERS_BY_POST,
            "Postbus",
        ),
    ),
}


# Art. 1 (round 143): a relative art. 1 does not list, asked about ("Mijn vader woont bij ons in, is hij dan ook
# meeverzekerd?", "Mijn broer woont bij mij in. Is hij ook verzekerd?").
NOT_LISTED = re.compile(
    r"\b(mijn|m'?n|onze) (?P<who>vader|moeder|schoonvader|schoonmoeder|broer|zus|opa|oma|oom|tante|neef|nicht|zwager|"
    r"schoonzus|kleinzoon|kleindochter)\b(?=.*\b((mee)?verzekerd|gedekt|meeverzekerd|(onder|op) (mijn|onze|de) polis)\b)"
)


def _not_listed_note(text: str) -> str:
    found = NOT_LISTED.search(fold(text))
    if not found:
        return ""
    return (
        f"Uw {found.group('who')} is niet meeverzekerd, ook niet als hij of zij bij u woont: naast de verzekeringnemer "
        f"zijn alleen de partner, de kinderen en een au pair verzekerd {knowledge().cite(['Algemene regels 1'])}. "
    )


def answer_text(topic: str, text: str) -> str:
    """The topic's answer for this question: the sentence that answers it first when the keyword
    route says which ("opgezegd; kan ik nog iets melden?" -> art. 11c's sentence)."""
    note = _not_listed_note(text) if topic == "who_is_insured" else ""
    if note:
        return note + replies.faq_text(topic)
    answer = replies.faq_text(topic)
    route = next((r for r in LEAD_SENTENCE.get(topic, ()) if re.search(r[0], fold(text))), None)
    if route is None:
        return answer
    body, cite = answer, ""
    match = re.search(r"\s(\((?:art\.|inleiding)[^()]*\))\s*$", answer)
    if match:
        body, cite = answer[: match.start()], match.group(1)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip())
    markers = route[1].split(" | ")  # more than one sentence to lead with: "a | b"
    lead = [p for p in parts if any(marker in p for marker in markers)]
    return " ".join([*lead, *[p for p in parts if p not in lead], cite]).strip()


def is_small_talk(text: str) -> bool:
    """Thanks, praise or a greeting without a question: never starts a coverage check."""
    t = fold(text)
    # round 152: "Oké. Maar die telecomrekening klopt echt niet: 600 euro voor ...": a matter told after the "oké"
    told_after = re.search(r"\bmaar\b(\s+\S+){6,}|\d{2,}", t)
    return bool(SMALL_TALK.search(t)) and not told_after and conflicts.normalise_conflict(t).kind is None


def is_stop(text: str) -> bool:
    return bool(STOP.search(fold(text)))


def corrected_kind(text: str, current: str | None) -> bool:
    """'Het gaat niet over een scheiding': True when the text denies the current kind of conflict."""
    match = CORRECTION.search(fold(text))
    if not match or current is None:
        return False
    denied = conflicts.normalise_conflict(match.group("rest")).kind
    return denied == current or not match.group("rest").strip()


# A new question inside one sentence: "Wat is het maximum, en hoe snel hoor ik ...?"
CLAUSE = re.compile(
    r"(?<=[?.!])\s+|,?\s+(?:en|of|maar|ook)\s+(?=(?:of (?:ik|we|wij|u)|hoe|wat|wanneer|waar|wie|welke|is|zijn|kan|kun|mag|moet|"
    r"moeten|mogen|kunnen|"
    r"geldt|krijg|hoeveel|vanaf welk|tot welk|sinds wanneer|"
    # a verb first is a question too: "... opzeggen en gaat de premie volgend jaar omhoog?"
    r"gaat|gaan|wordt|worden|blijft|blijven|stijgt|verandert|veranderen|betaal|betaalt|heb|heeft)\b)"
)
# Answers that say the same thing: never both in one reply.
SAME_ANSWER = ({"answer_time", "after_report"}, {"report", "contact"})


def other_faq_topic(text: str, primary: str) -> str | None:
    """A second general question in the message whose first one was answered as `primary`
    ("Wat is het maximum dat jullie betalen, en hoe snel hoor ik of ik gedekt ben?")."""
    if primary == "countries" and _outside_europe(text) and not re.match(r"(en|maar|ook)\b", fold(text).strip()):
        return "maximum"  # "geldt het ook in Amerika?": EUR 10.000 there (art. 6); "En in Amerika?" reads its context
    clauses = [c for c in CLAUSE.split(text.strip()) if c and c.strip()]
    if len(clauses) < 2:
        return learned_topic(
            text, {primary}
        )  # "... maximaal buiten Europa, en betalen jullie ook reis- en hotelkosten?"
    for i, clause in enumerate(clauses):
        t = re.sub(r"^.{0,30}\bvra(a)?g(en)?\s*:\s*", "", fold(clause))  # round 110: "Twee vragen: hoe meld ik dit"
        topics = [_of_the_amount_before(topic, clauses, i) for topic, pattern in FAQ_KEYWORDS if re.search(pattern, t)]
        if not topics or primary in topics:
            continue  # no topic, or the clause the first answer is for ("telefoonnummer van het klachtenbureau")
        topic = topics[0]
        if any({topic, primary} <= same for same in SAME_ANSWER):
            continue
        if (
            QUESTION.search(t)
            or "?" in clause
            # round 131: a verb first asks too ("... doorgeven? en betaal ik dan eigen risico")
            or re.match(
                r"(en|maar|ook) (wat|hoe\w*|waar|wanneer|wie|welke?|kan|mag|moet|moeten|mogen|kunnen|betaal|betalen|krijg|"
                r"krijgen|vergoeden|geldt|heb|hebben)\b",
                t,
            )
            or re.match(r"of (ik|we|wij|u)\b", t)  # "... en of ik daarbij zelf een advocaat mag kiezen"
        ):
            return topic  # "... betalen? en hoeveel betalen jullie in totaal maximaal"
    return learned_topic(text, {primary})


def _outside_europe(text: str) -> bool:
    """A country named outside Europe and the non-European Mediterranean (art. 6: another maximum)."""
    code = dialogue.country_in_description(text)
    return code is not None and not countries.is_europe(code) and not countries.is_mediterranean_non_european(code)


def small_amount(text: str) -> bool:
    """The message names an amount in euros of the art. 11g minimum or less."""
    amount = dialogue.amount_in_text(text)
    return amount is not None and amount <= knowledge().required_amount("minimum")


# "Ik ben het niet eens met de wet / de gemeente / mijn werkgever": a conflict, not art. 17.
DISAGREE_WITH = re.compile(r"\b(niet eens|oneens) met (de |het |mijn |m'?n |deze |die |dat |een )?(?P<with>[\w-]+)")
WITH_ARAG = re.compile(
    r"^(arag|jullie|u|jou|jouw|uw|jurist\w*|advocaat|behandelaar|specialist|aanpak|beslissing\w*|besluit|advies|"
    r"uitkomst|oordeel|beoordeling|standpunt|afwijzing|hoe|wat|dat|dit|zaak|dossier|verzekeraar|rechtsbijstand\w*)$"
)


def disagrees_with_someone_else(text: str) -> bool:
    """The customer disagrees with someone other than ARAG (a law, a neighbour, the council)."""
    match = DISAGREE_WITH.search(fold(text))
    return match is not None and not WITH_ARAG.match(match.group("with"))


# Art. 11q: going to law against ARAG itself with this policy ("kan ik met mijn rechtsbijstand tegen ARAG procederen?").
AGAINST_ARAG = re.compile(
    r"\b(tegen|met) (arag|jullie)( zelf)?\b.{0,40}\b(procede\w*|rechtszaak|rechter|advocaat|aanklagen|gebruiken)\b|"
    # round 82: "tegen" required; "als het op een rechtszaak uitdraait, betalen jullie dan ...?" is no case against ARAG
    r"\b(procede\w*|rechtszaak( \w+)?|aanklagen|naar de rechter)\b.{0,30}\btegen (arag|jullie)( zelf)?\b|"
    r"\b(arag|jullie)( zelf)? (aan te klagen|aanklagen|dagvaarden|voor de rechter (te )?(dagen|slepen|brengen))\b|"
    # round 125: "Ik wil een advocaat inschakelen om ARAG aan te pakken. Vergoeden jullie die advocaat?"
    r"\b(advocaat|jurist)\b[^.?!]{0,40}\b(om )?(arag|jullie)( zelf)? (aan te pakken|aanpakken)\b|"
    r"\b(rechtsbijstand\w*|polis|verzekering)\b.{0,20}\bgebruiken\b.{0,20}\btegen (arag|jullie)\b|"
    # "kan ik via de verzekering een advocaat nemen tegen ARAG?"
    r"\b(advocaat|jurist|advocatenkantoor)\b.{0,30}\b(nemen|inschakelen|inhuren|in de arm nemen|krijgen|betaald)\b"
    r".{0,10}\btegen (arag|jullie)( zelf)?\b|\b(via|met|op kosten van) (de|mijn|deze|onze) (rechtsbijstand\w*|polis|"
    r"verzekering)\b.{0,60}\btegen (arag|jullie)( zelf)?\b|"
    # round 181: "Ik ben het niet eens met de premieverhoging. Kan ik mijn rechtsbijstand gebruiken om daar juridisch tegen op
    # te treden?"
    r"^(?=.*\b(premie ?verhoging|premie\w* (\w+ )?(verhoogd|omhoog|gestegen)|nieuwe voorwaarden)\b).*\b(rechtsbijstand\w*|"
    r"polis|verzekering)\b.{0,20}\b(gebruiken|inzetten)\b.{0,40}\b(tegen|procederen|rechter|juridisch)\b"
)


# Art. 11d: "en als ik dat gewoon niet zeg?", "en als ik het als privé opgeef?": telling ARAG wrong facts.
WRONG_INFO = re.compile(
    r"\b(als|stel dat|wat als) (ik|we|wij) (dat|het|dit)? ?(gewoon |dan |even )*(niet (zeg|zeggen|vertel|vertellen|meld|melden|"
    r"noem|noemen)|verzwijg|verzwijgen|(als|op) prive (opgeef|opgeven|meld|melden|invul|invullen)|anders (opgeef|opgeven|invul)|lieg|liegen)\b"
)


def wrong_info_note(text: str) -> str | None:
    """Art. 11d for a customer who asks what happens when ARAG is told wrong or nothing."""
    if not WRONG_INFO.search(fold(text)):
        return None
    k = knowledge()
    return f"{k.article('Algemene regels 11d').summary} {k.cite(['Algemene regels 11d'])}"


def against_arag_note(text: str) -> str | None:
    """Art. 11q for a customer who wants to use this policy against ARAG; art. 17 and 20 remain."""
    if not AGAINST_ARAG.search(fold(text)):
        return None
    k = knowledge()
    return f"{k.article('Algemene regels 11q').summary} {k.cite(['Algemene regels 11q'])}"


# Art. 9 for a policy taken out just now ("ontslagen; ik heb de verzekering sinds 3 weken").
RECENT_POLICY_TOLD = re.compile(
    r"\b(polis|flexpolis|verzekering|rechtsbijstand\w*|verzekerd)\b.{0,25}\b(sinds|pas|nog maar)\b.{0,6}\b(\d+|een|twee|drie|"
    r"vier|vijf|zes|enkele|paar) (dag|dagen|week|weken|maand|maanden)\b|\b(sinds|pas) (\d+|een|twee|drie|vier|vijf|"
    r"zes|enkele|paar) (dag|dagen|week|weken|maand|maanden)\b.{0,40}\b(verzekerd|polis|flexpolis|verzekering)\b"
)


def recent_policy_note(state: CheckState, text: str) -> str:
    """Art. 9 when the story says the policy is only weeks old and not when the trouble began."""
    told = RECENT_POLICY_TOLD.search(fold(text)) or dialogue_dates.NEWLY_INSURED.search(fold(text))
    if state.question.first_event_after_start is not None or not told:
        return ""
    rule = " ".join(_art9_sentences()[:2])  # not the expert report
    return f" Uw verzekering is pas kort; daarom geldt: {rule[0].lower()}{rule[1:]} {knowledge().cite(['Algemene regels 9'])}"


def _art9_sentences() -> list[str]:
    """Art. 9's summary by sentence: the first two on knowing and timing, the rest on the expert report."""
    return re.split(r"(?<=\.)\s+", knowledge().article("Algemene regels 9").summary)


# "Wat doen jullie eigenlijk precies als rechtsbijstandverzekeraar?" asked before the story (round 57)
WHAT_ARAG_DOES = re.compile(
    r"\bwat (doen|doet) (jullie|arag|u|een rechtsbijstandverzekera\w*|zo'?n verzekering)\b(?! (als|wanneer|bij|met|aan|"
    r"voor|nu|dan)\b)[^.?!]{0,60}\?|\bwaar(voor|bij) (is|dient) (die|de|mijn|een) (rechtsbijstand\w*|polis|verzekering)\b"
)


def what_arag_does_note(text: str) -> str:
    """The Inleiding's first sentence when the first message asks what ARAG does at all, before its story."""
    if not WHAT_ARAG_DOES.search(fold(text)):
        return ""
    k = knowledge()
    first = re.split(r"(?<=\.)\s+", k.article("Inleiding").summary)[0]
    return f"{first[:-1]} {k.cite(['Inleiding'])}. "


def after_end_note(text: str) -> str:
    """Art. 11c for a conflict reported after the policy ended ("polis gestopt, kan ik het nog melden?")."""
    told = fold(text)
    if not re.search(REPORT_AFTER_END, told) and not POLICY_ENDED.search(told):
        return ""
    k = knowledge()
    note = f"{k.article('Algemene regels 11c').summary} {k.cite(['Algemene regels 11c'])} "
    if re.search(REPORT_AFTER_END, told):
        return note
    # a conflict told after the end: it must also have begun before the end (art. 9's second sentence)
    during = re.split(r"(?<=\.)\s+", k.article("Algemene regels 9").summary)[1]
    return f"{during[:-1]} {k.cite(['Algemene regels 9'])}. {note}"


# "Mijn sportschoolabonnement opzeggen": another contract than this policy (a conflict, C&W 2b).
THIS_POLICY = re.compile(r"\b(polis|rechtsbijstand\w*|flexpolis|arag|jullie|deze verzekering|de verzekering)\b")


def cancels_another_contract(text: str) -> bool:
    """A cancellation question about another contract (gym, phone, energy), not about this policy."""
    t = fold(text)
    return bool(re.search(r"\bopzeg\w*|\bzeg\w* .{0,30}\bop\b", t)) and not THIS_POLICY.search(t)


# "Dekt jullie polis ook mijn scheiding?": the cover of a conflict asked, whatever policy words are near it.
COVER_OF_A_CONFLICT_ASKED = re.compile(
    r"\b(dekt|dekken|dekking (voor|bij)|valt|vallen|verzekerd voor|gedekt|vergoedt|vergoeden)\b[^.?!]{0,40}\?"
)


def asks_cover_of_a_conflict(text: str) -> bool:
    return bool(COVER_OF_A_CONFLICT_ASKED.search(fold(text))) and not POLICY_ITSELF_ASKED.search(fold(text))


# The policy itself, not a conflict: its premium, its end, moving abroad
POLICY_ITSELF_ASKED = re.compile(r"\b(premie\w*|opzeg\w*|emigr\w*|verhuis\w*|buitenland)\b")


def coverage_first(
    text: str, pointer: bool = True, kind: str | None = None, told: Mapping[str, Any] | None = None
) -> str | None:
    """What already follows from a whole message about a conflict: the verdict when it is certain,
    else the headline with a pointer to the check (`pointer`); None when no conflict is recognised. `kind`: the kind
    read otherwise (the learned reader's) when the rules read none; `told`: facts told elsewhere (the modules)."""
    found = {**dialogue.facts_in_description(text), **(told or {})}
    if kind and not found.get("conflict"):
        found = {**found, "conflict": kind}
    if not found.get("conflict") or found["conflict"] == "deze_verzekering":
        return None
    state, reasons = dialogue.apply(CheckState(), found)
    if reasons:
        return None
    verdict = state.verdict()
    ended = after_end_note(text)
    if verdict.status == NIET_GEDEKT:
        if "Algemene regels 11c" in verdict.articles:
            ended = ""  # the verdict itself is art. 11c ("per 1 oktober opgezegd, nu half november")
        return ended + short_and_details(f"{verdict.explanation} {verdict.citation}")[0]
    head = headline(state, told=text)
    if head and pointer:
        return f"{head} Wilt u weten of u verzekerd bent, vraag dan 'ben ik hiervoor verzekerd?'."
    return head


def second_faq_topic(text: str) -> str | None:
    """A general question asked in the same message as a coverage question (a later sentence or
    clause: "Is dat verzekerd, en hoe meld ik het?")."""
    sentences = [s for s in CLAUSE.split(text.strip()) if s and s.strip()]  # also ", en hoe meld ik ..."
    if len(sentences) < 2:
        return None
    # round 113: also a first sentence that asks ("hoi snelle vraag, kan ik jullie ook s avonds bellen?? huisbaas ...")
    for i, sentence in enumerate(sentences):
        if i == 0 and "?" not in sentence:
            continue
        t = fold(sentence)
        # round 160: "... met een mediator uitkomen. Betalen jullie dat?"; round 178: "... stelt de kantonrechter
        # mediation voor ... kost 1200 euro per partij. betalen jullie mijn deel?" (two sentences back)
        back = (1, 2) if i and ASKED_BACK.search(t) else (0,)
        for n in back:
            told = " ".join([*(fold(s) for s in sentences[max(0, i - n) : i]), t])
            topic = next((topic for topic, pattern in FAQ_KEYWORDS if re.search(pattern, told)), None)
            if topic:
                return _of_the_amount_before(topic, sentences, i)
    return None


# A short question about what the sentence before it named ("Betalen jullie dat?", "Vergoeden jullie die?")
ASKED_BACK = re.compile(
    r"^\W*(en |maar )?(betalen|vergoeden|betaalt|vergoedt|dekken|dekt) (jullie|u|arag|de verzekering) (dat|die|dit|het|hem|"
    r"haar|zoiets|(mijn|ons|onze) (deel|aandeel|helft))( ook| dan| wel)*\W*$"
)


def learned_topic(text: str, leave_out: set[str]) -> str | None:
    """Round 131: a general question no keyword route knows, in a sentence that asks ("En hoe lang duurt het voordat ik
    van jullie hoor?"), read by the learned reader (faq_reader.py); not one answered already or saying the same."""
    for topic in faq_reader.asked_topics(text):
        if topic not in leave_out and not any({topic, *leave_out} <= same for same in SAME_ANSWER if leave_out):
            return topic
    return None


# Round 123: "Ik lees overal '15.000 euro maximaal'. Is dat genoeg?": the amount asked about is the maximum (art. 6), not
# the stake of the minimum (art. 11g; "het is 1.100 euro. is dat genoeg voor jullie?").
MAXIMUM_NAMED = re.compile(r"\b(15\.?000|10\.?000|maximum\w*|maximaal|plafond)\b")


def _of_the_amount_before(topic: str, clauses: list[str], i: int) -> str:
    return "maximum" if topic == "minimum" and i and MAXIMUM_NAMED.search(fold(clauses[i - 1])) else topic


# ---------------------------------------------------------------------- answer first
def headline(state: CheckState, told: str = "", before: str = "") -> str | None:
    """What already follows from the question, before anything is asked; None: nothing yet. With
    the customer's first message (`told`), art. 11c goes first when the policy already ended, also when the message
    `before` it said so ("Hij is per 1 januari gestopt." then "... Kan ik dat nog bij jullie melden?", round 109)."""
    head = _headline(state, told)
    if not head or not told:
        return head
    ended_before = before and POLICY_ENDED.search(fold(before))
    return (
        holder_died_note(before, told)
        + what_arag_does_note(told)
        + (after_end_note(told) or (after_end_note(f"{before} {told}") if ended_before else ""))
        + head
        + notes_beside_a_charge(state.question, told)
        + without_vehicle_note(state, told)
        + recent_policy_note(state, told)
        + bail_in_traffic_note(state, told)
        + expert_report_note(told)
        + stake_note(state, told)
        + language_note(told)
    )


_ON_THEIR_NAME = (
    r"\bop (zijn|haar) naam\b|\bop naam van (mijn|m'?n|onze) (man|vrouw|partner|vriend|vriendin|echtgeno\w+)\b"
)
HOLDER_DIED = re.compile(
    r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b[^.?!]{0,30}("
    + _ON_THEIR_NAME
    + r")[^?!]{0,80}\b(overleden|overleed|"
    r"gestorven|stierf)\b|\b(overleden|overleed|gestorven|stierf)\b[^?!]{0,80}\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b"
    r"[^.?!]{0,30}(" + _ON_THEIR_NAME + ")"
)
STILL_INSURED = re.compile(
    r"\b(ben|blijf|zijn|blijven) (ik|we|wij) (nu |dan |nog |wel |eigenlijk )*(verzekerd|gedekt)\b"
)


def holder_died_note(before: str, told: str) -> str:
    """Round 109: "Ben ik nu nog verzekerd?" after the policyholder's death told the message before: art. 15, the partner
    may go on with the policy."""
    if not before or not HOLDER_DIED.search(fold(before)) or not STILL_INSURED.search(fold(told)):
        return ""
    return f"{replies.faq_text('holder_died')} "


def language_note(told: str) -> str:
    """Round 108: another language asked for beside the story ("Can you help me in English please? ... Ik heb probleem met
    werkgever."): art. 3, ARAG communicates in Dutch."""
    t = fold(told)
    if not re.search(OTHER_LANGUAGE, t) and not re.search(r"\bin english\b|\bspeak english\b", t):
        return ""
    return " " + short_and_details(replies.faq_text("language"))[0]


STAKE_CORRECTED = re.compile(r"\b(sorry|typfout|tikfout|verkeerd|vergist|ik bedoel\w*|wacht|oeps|correctie)\b")


def stake_note(state: CheckState, told: str) -> str:
    """Round 107: the stake told again or added to after an answer on the minimum ("maar moest ook nog 140 betalen"): the
    new total against art. 11g's minimum."""
    q = state.question
    t = fold(told)
    changed = dialogue_amounts.AMOUNT_ADDED.search(t) or STAKE_CORRECTED.search(t)
    short = len(t.split()) <= 25
    if q.amount is None or not changed or not short or len(dialogue_amounts.BARE_AMOUNT.findall(t)) != 1:
        return ""
    k = knowledge()
    minimum = k.required_amount("minimum")
    if Decimal(q.amount) <= minimum:
        return ""
    return (
        f" Het conflict gaat dan om {format_euro(q.amount)}; dat is meer dan {format_euro(minimum)}, het minimum "
        f"{k.cite(['Algemene regels 11g'])}."
    )


# Round 104: the cause of the damage unsure ("Ik denk dat het komt door de dakgoot van de buren ... Eerlijk gezegd weet ik het
# zelf ook niet zeker"): art. 9's expert report may be asked first.
UNSURE_CAUSE = re.compile(
    r"\b(weet|weten) (ik|we|wij) (het )?(zelf )?(ook )?niet (helemaal )?zeker\b|\b(ik|we|wij) (weet|weten) (het )?(zelf )?(ook )?"
    r"niet (helemaal )?zeker\b|\bniet zeker (waar|wie|wat|of) (het|dit|de schade|het lek|de oorzaak)\b|\bwie (er )?(nu )?schuld heeft "
    r"weet (ik|niemand)\b"
)


def expert_report_note(told: str) -> str:
    if not UNSURE_CAUSE.search(fold(told)):
        return ""
    rule = _art9_sentences()[2:]
    return f" {' '.join(rule)} {knowledge().cite('Algemene regels 9')}" if rule else ""


BAIL_ABROAD = re.compile(
    # round 172: an amount with a point in between ("een borgsom van 15.000 euro voordat hij vrij mag")
    r"\bborg(som)?\b(?:[^.?!]|\.\d){0,60}\b(vrij|weg|vrijlating|vast|cel|gevangenis|land uit|terug)\b|"
    r"\b(vast|cel|gevangenis|opgepakt|vastgehouden)\b(?:[^.?!]|\.\d){0,60}\bborg(som)?\b|"
    # round 147: "Ze laten me pas gaan als ik een borgsom van 8.000 euro betaal"
    r"\b(laten|mag)( ze| zij| hij| ik)?( me| mij| ons)? (pas |niet |alleen )?(gaan|weg|vrij|naar huis)\b[^.?!]{0,60}\bborg(som)?\b|"
    # round 170: "mag ik het land niet uit voordat ik 20.000 euro borg betaal"
    r"\b(het )?land (\w+ )?(niet )?(uit|verlaten)\b(?:[^.?!]|\.\d){0,60}\bborg(som)?\b"
)


def bail_in_traffic_note(state: CheckState, told: str) -> str:
    """Art. 13 lends the bail for an insured conflict: after a traffic accident abroad that is a conflict of the
    module Verkeer (Verkeer 1), which the answer names (round 55: bail after a crash in Croatia)."""
    kind = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    # round 133: the bail named in a story read as the accident ("ze willen 20.000 borg voor hij weg mag")
    named = BAIL_ABROAD.search(fold(told)) and state.question.country not in (None, "NL")
    if not (kind.get("borgsom") or named) or not conflicts.normalise_conflict(told).traffic:
        return ""
    urgent = re.search(BAIL_URGENT, fold(told))
    loan = short_and_details(answer_text("borgsom", told if urgent else ""))[0]
    if state.question.modules is not None and "verkeer" in state.question.modules:
        return "" if kind.get("borgsom") else f" {loan}"  # the verdict on the bail names art. 13 itself
    # round 170: the loan and its maximum (art. 13) also when the modules are not told yet ("HELP ik sta in Spanje ...
    # 65.000 euro borg")
    return (
        " Een conflict na een verkeersongeval valt onder de module Verkeer; zonder die module is het conflict, en "
        f"dus ook de borgsom, niet verzekerd {knowledge().cite(['Verkeer 1'])}. {loan}"
    )


# Verkeer 1: "U neemt deel aan het verkeer, met of zonder vervoermiddel": a passenger in someone else's car
# or a customer who says they have no car of their own is asking whether Verkeer applies to them.
WITHOUT_OWN_VEHICLE = re.compile(
    r"\b(ik|wij|we) (heb|hebben) (zelf )?geen (eigen )?(auto|vervoermiddel|rijbewijs)\b|\bzelf geen (auto|rijbewijs)\b|"
    r"\b(als )?(passagier|bijrijder)\b|\b(zat|zaten) (\w+ ){0,4}(achterin|voorin|naast (hem|haar|de bestuurder))\b|"
    r"\b(bij|met) (een|mijn|m'?n) (\w+ )?(vriend\w*|collega|kennis|buurman|buurvrouw|broer|zus) (\w+ ){0,2}(in de auto|mee)\b"
)


def without_vehicle_note(state: CheckState, told: str) -> str:
    """Verkeer 1 for a traffic story of a customer without a vehicle of their own (a passenger)."""
    kind = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    if "verkeer" not in kind.get("covered_by", {}) or not WITHOUT_OWN_VEHICLE.search(fold(told)):
        return ""
    k = knowledge()
    return (
        " De module Verkeer geldt ook als u zonder eigen vervoermiddel aan het verkeer deelneemt, bijvoorbeeld als "
        f"passagier, fietser of voetganger {k.cite(['Verkeer 1'])}."
    )


# A dismissal told beside a criminal charge ("op staande voet ontslagen, ... voor de politierechter"): another conflict.
DISMISSED = re.compile(r"\b(op staande voet )?ontslagen\b|\bontslag (gekregen|aangezegd)\b")


# A charge over how the customer did their job ("Ik ben IC-verpleegkundige, vast in dienst ... dood door schuld").
AT_WORK = re.compile(
    r"\b(in (vaste )?dienst|in loondienst|tijdens (mijn|m'?n) (werk|dienst)|op (mijn|m'?n) werk|ik werk als|als (\w+ )?"
    r"(verpleegkundige|arts|leraar|docent|chauffeur|monteur|medewerker|agent|begeleider|verzorgende))\b|\bik ben \w*"
    r"(verpleegkundige|arts|leraar|docent|verzorgende|begeleider)\b"
)


def notes_beside_a_charge(q: CoverageQuestion, told: str) -> str:
    """Round 143: the dismissal beside a charge is a conflict of its own with the employer (Inkomen 2a); round 147: a
    charge over how the customer did their job is also Inkomen 2c (its defence "zelfs als die klacht volgens het
    strafrecht wordt behandeld")."""
    k = knowledge()
    if q.conflict == "strafzaak" and DISMISSED.search(fold(told)):
        kind = k.conflict_kinds["arbeidsovereenkomst"]
        return (
            f" Het ontslag zelf is een ander conflict: met de module Inkomen bent u verzekerd voor {kind['label']} "
            f"{k.cite([kind['covered_by']['inkomen']])}."
        )
    if q.conflict in ("strafzaak", "dood_letsel_door_schuld") and AT_WORK.search(fold(told)):
        return (
            " Gaat het om de manier waarop u uw werk als werknemer deed, dan helpt ook de module Inkomen u zich te "
            f"verdedigen {k.cite(['Inkomen 2c'])}."
        )
    return ""


def _headline(state: CheckState, told: str = "") -> str | None:
    q = state.question
    k = knowledge()
    kind = k.conflict_kinds.get(q.conflict or "")
    if not kind:
        return None
    verdict = checker.check(q)
    if verdict.status != HANGT_AF_VAN:
        return None  # the verdict itself follows at once
    if kind.get("criminal") or kind.get("borgsom"):
        # Art. 12 / art. 13 in two sentences with the article (the general answer), not the list of
        # everything still unknown.
        # round 143: bail asked in an emergency leads with the phone number (LEAD_SENTENCE)
        return short_and_details(answer_text("criminal" if kind.get("criminal") else "borgsom", told))[0]
    covered_by: dict[str, str] = dict(kind.get("covered_by", {}))
    if not covered_by:
        return None
    best = checker.check(_favourable(q))
    if q.modules is None:
        names = " of ".join(k.module_name(m) for m in covered_by)
        cite = k.cite(list(covered_by.values()))
        which = "die module" if len(covered_by) == 1 else "een van die modules"
        extra = _headline_extras(q, covered_by, state.relative)
        needs = _required_options(q, kind)
        about = _cover_phrase(kind, cite)
        if best.status == GEDEKT and needs:
            return f"Met de module {names} en {needs} op uw polis bent u {about}; zonder die optie niet.{extra}"
        if best.status == GEDEKT:
            return f"Met de module {names} bent u {about}; zonder {which} niet.{extra}"
        return f"Dit valt onder de module {names} {cite} ({kind['label']}), maar er zijn uitzonderingen.{extra}"
    module = next((m for m in covered_by if m in q.modules), None)
    if module is None:
        return None
    needs = _required_options(q, kind)
    if best.status == GEDEKT and needs:  # round 107: the option not told yet ("Met de optie Eigen woning ...")
        return (
            f"Met {needs} op uw polis bent u hiervoor verzekerd met de module {k.module_name(module)} "
            f"{k.cite(covered_by[module])}: {kind['label']}; zonder die optie niet."
            f"{_headline_extras(q, {module: covered_by[module]}, state.relative)} Ik check nog wat de uitkomst kan veranderen."
        )
    if best.status == GEDEKT:
        return (
            f"U bent hiervoor verzekerd met de module {k.module_name(module)} {k.cite(covered_by[module])}, die "
            f"op uw polis staat: {kind['label']}.{_headline_extras(q, {module: covered_by[module]}, state.relative)} "
            "Ik check nog wat de uitkomst kan veranderen."
        )
    if q.opponent in checker.INSURED_OPPONENTS and q.alleenstaand is None and HOUSEHOLD_AGAINST.search(fold(told)):
        # round 157: the other side lives in ("Mijn vriend, met wie ik samenwoon, wil dat ik ... terugbetaal. Ik heb C&W.")
        return (
            f"Dit valt onder de module {k.module_name(module)} {k.cite(covered_by[module])} ({kind['label']}). "
            f"{_household_opponent_headline(q.opponent)}"
        )
    return None


# Labels that are a clause ("iemand stelt u aansprakelijk ..."), not a noun phrase ("een conflict met de buren").
CLAUSE_LABEL = re.compile(r"^(u|iemand|de overheid)\b")


def _cover_phrase(kind: Mapping[str, Any], cite: str) -> str:
    """'verzekerd voor een conflict met de buren (art. 2e Consument & Wonen)': the deciding fact, the
    article's own cover in the knowledge file's label, said with the verdict (not just 'hiervoor')."""
    label = str(kind.get("label") or "").strip()
    if not label:
        return f"hiervoor verzekerd {cite}"
    if CLAUSE_LABEL.match(label):
        return f"hiervoor verzekerd {cite}: {label}"
    return f"verzekerd voor {label} {cite}"


# Policy options (modules.*.options): what choosing them excludes, in the customer's words.
OPTION_EXCLUDES: dict[str, str] = {
    "uitsluiting_burenrecht": "conflicten met buren",
    "uitsluiting_motorrijtuigen": "conflicten over uw motorrijtuigen",
    "uitsluiting_arbeidsrecht": "conflicten over arbeidsrecht",
}
# Art. 1 household members, as the headline names them to the policyholder.
HOUSEHOLD_NAMES: dict[str, str] = {
    "partner": "Uw partner met wie u samenwoont",
    "child_home": "Uw kind dat bij u thuis woont",
    "child_studying": "Uw kind dat voor een dagstudie ergens anders woont",
    "child_care_home": "Uw kind dat in een verpleeghuis of verzorgingshuis woont",
    "au_pair": "Een au pair die bij u in huis woont",
}


# The household member told as the other side in so many words (a claim on the customer, a quarrel with them)
HOUSEHOLD_AGAINST = re.compile(
    f"{dialogue_people.HOUSEHOLD_CLAIMS}|{dialogue_people.CONFLICT_WITH_HOUSEHOLD}|{dialogue_people.USED_AGAINST_EACH_OTHER}"
)


def _household_opponent_headline(opponent: str) -> str:
    """'Mijn vriend, met wie ik samenwoon, wil dat ik ... terugbetaal': the other side is insured too, unless the policy
    says 'alleenstaand' (art. 1)."""
    who = HOUSEHOLD_NAMES.get(opponent, "Die persoon")
    return (
        f"{who} is ook verzekerd, tenzij er 'alleenstaand' op uw polis staat. Staat dat er niet, dan is dit conflict niet "
        "verzekerd: bij een conflict met iemand voor wie de verzekering ook geldt, kan geen van beiden de verzekering "
        f"gebruiken {knowledge().cite(['Algemene regels 1'])}."
    )


def _required_options(q: CoverageQuestion, kind: Mapping[str, Any]) -> str:
    """'de optie Eigen woning' when the kind needs an option the customer did not name."""
    k = knowledge()
    needed = [(o, a) for o, a in kind.get("requires_option", {}).items() if getattr(q, o) is None]
    titles = [k.article(a).title for _, a in needed]  # "Optie Eigen woning"
    return " en ".join(f"de {title[0].lower()}{title[1:]}" for title in titles)


def _excluding_options(q: CoverageQuestion, kind: Mapping[str, Any]) -> list[str]:
    """'Dat geldt niet als u op uw polis conflicten met buren heeft uitgesloten (art. 3 ..., Burenrecht).'"""
    k = knowledge()
    lines = []
    for option, article in kind.get("excluded_by_option", {}).items():
        if getattr(q, option) is not None:
            continue
        if option == "uitsluiting_motorrijtuigen" and q.facts.get("met_eigen_motorrijtuig") is False:
            continue  # the option is about your own motor vehicles only
        name = k.article(article).title.removeprefix("Optie ").removeprefix("uitsluiting ")
        lines.append(
            f"Dat geldt niet als u op uw polis {OPTION_EXCLUDES.get(option, name)} heeft uitgesloten {k.cite([article])}."
        )
    return lines


def _above_the_maximum(q: CoverageQuestion, covered_by: dict[str, str]) -> list[str]:
    """Round 82: a conflict in the Netherlands about more than the maximum ("een collectie van 18.500 euro"): the maximum
    of art. 6 is for the costs ARAG pays, not the amount at stake (abroad `_country_rule` says it per country). The
    sentences are the maximum answer's own (the knowledge file), with Verkeer's when that module covers the conflict."""
    if (
        q.amount is None
        or Decimal(q.amount) <= knowledge().required_amount("max_europe")
        or q.country not in (None, "NL")
    ):
        return []
    answer = replies.faq_text("maximum")
    cite = CITATION_AT_END.search(answer)
    body = answer[: cite.start()] if cite else answer
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip())
    kept = [
        p
        for p in sentences[:2] + [p for p in sentences[2:] if "Verkeer" in p]
        if "Verkeer" not in p or "verkeer" in covered_by
    ]
    return [
        f"Het bedrag waar uw conflict om gaat is geen grens voor de hulp. {' '.join(kept)}{cite.group(0) if cite else ''}"
    ]


CITATION_AT_END = re.compile(r"\s\((?:art\.|inleiding)[^()]*\)\s*$", flags=re.IGNORECASE)


def _headline_extras(q: CoverageQuestion, covered_by: dict[str, str], relative: str | None = None) -> str:
    """What the question itself raises beside the module: an option that would exclude it, a small
    amount where Verkeer has no minimum (art. 11g), the country rules and the maximum abroad
    (art. 6, 8), a person insured only under art. 1's conditions or within some modules."""
    k = knowledge()
    kind = k.conflict_kinds.get(q.conflict or "", {})
    extras: list[str] = list(_excluding_options(q, kind))
    minimum = k.required_amount("minimum")
    if q.amount is not None and Decimal(q.amount) <= minimum:
        free = [m for m in covered_by if not k.modules[m]["minimum_applies"]]
        if free:
            extras.append(
                f"Voor de module {k.module_name(free[0])} geldt geen minimumbedrag, dus ook een conflict "
                f"om {format_euro(q.amount)} telt mee (bij de andere modules moet het om meer dan "
                f"{format_euro(minimum)} gaan) {k.cite(['Algemene regels 11g'])}."
            )
    if q.country and q.country != "NL":
        extras.extend(_country_rule(q, covered_by))
    elif q.country and q.country == k.modules["verkeer"].get("no_maximum_country") and "verkeer" in covered_by:
        # round 179: "en hier in nederland?" after the maximum abroad (art. 6)
        extras.append(
            f"Voor de module {k.module_name('verkeer')} geldt geen maximum als de gebeurtenis in "
            f"{countries.country_name(q.country)} plaatsvindt {k.cite(['Algemene regels 6'])}."
        )
    extras.extend(_above_the_maximum(q, covered_by))
    for fact in (
        "gezamenlijk_belang",
        "advocaat_ingeschakeld",
        "zitting_dichtbij",
        "lang_gewacht",
        "termijn_loopt",
        "reisgenoten_mee",
        "dreiging_geuit",
        "premie_niet_betaald",
        "voertuig_van_bv",
        "tegenpartij_bij_arag",
        "verhuist_naar_buitenland",
        "module_pas_erbij",
    ):  # art. 5, 7, 9, 10, 11a, 11b, 11f, 14, 15, C&W 1, Verkeer 1: said, never asked
        entry = k.circumstances[fact]
        if q.facts.get(fact) and not q.facts.get("advocaat_zonder_toestemming"):
            extras.append(f"{k.render(entry['note']).rstrip('.')} {k.cite([entry['article']])}.")
    if kind.get("help_text"):
        extras.append(k.render(kind["help_text"]))  # C&W 2k: "... totdat een juridische procedure begint"
    for fact in kind.get("requires_facts", {}):  # C&W 2h unpaid, 2i died after the start: said at once
        condition = k.circumstances[fact].get("condition")
        if condition and fact not in q.facts:
            extras.append(f"{k.render(condition).rstrip('.')} {k.cite([k.circumstances[fact]['article']])}.")
    if q.opponent in checker.INSURED_OPPONENTS and q.alleenstaand is None:
        who = HOUSEHOLD_NAMES.get(q.opponent, "Die persoon")
        extras.append(
            f"Let op: {who[0].lower()}{who[1:]} is ook verzekerd, tenzij er 'alleenstaand' op uw polis staat; "
            f"heeft u een conflict met iemand voor wie de verzekering ook geldt, dan kan geen van beiden de "
            f"verzekering gebruiken {k.cite(['Algemene regels 1'])}."
        )
    if q.involved is None and q.alleenstaand is True:
        # round 111: "Op mijn polis staat 'alleenstaand'. Mijn vriendin ... Kan zij mijn verzekering gebruiken?"
        extras.append(
            "Op uw polis staat 'alleenstaand': dan bent alleen u zelf verzekerd, niet een partner of kinderen "
            f"{k.cite(['Algemene regels 1'])}."
        )
    if q.involved is None and relative:
        extras.append(
            f"Gaat het om het conflict van uw {relative}: die is niet meeverzekerd; de verzekering geldt voor u, uw "
            f"partner, uw kinderen en een au pair bij u in huis {k.cite(['Algemene regels 1'])}."
        )
    extras.extend(_person_notes(q))
    return "".join(" " + e for e in extras)


def _person_notes(q: CoverageQuestion) -> list[str]:
    """Art. 1 for the person with the conflict: a surviving partner, a household member (with the policyholder's
    permission), or someone insured within some modules only."""
    k = knowledge()
    notes: list[str] = []
    person = k.insured_persons.get(q.involved or "", {})
    if person.get("rule") == "surviving":
        notes.append(f"{k.render(person['note']).rstrip('.')} {k.cite([person['article']])}.")
    if person.get("rule") == "household" and q.alleenstaand is None and q.involved in HOUSEHOLD_NAMES:
        notes.append(
            f"{HOUSEHOLD_NAMES[q.involved]} is meeverzekerd, met uw toestemming, tenzij er 'alleenstaand' op "
            f"uw polis staat {k.cite([person['article']])}."
        )
    elif person.get("rule") == "household" and q.alleenstaand is False and q.involved in HOUSEHOLD_NAMES:
        # "er staat geen alleenstaand op" told beside the modules (round 55): still said whose permission it takes
        notes.append(
            f"{HOUSEHOLD_NAMES[q.involved]} is meeverzekerd, met uw toestemming {k.cite([person['article']])}."
        )
    if person.get("rule") == "module":
        allowed: dict[str, str] = dict(person["modules"])
        names = " en ".join(k.module_name(m) for m in allowed)
        text = f"{person['label'][0].upper()}{person['label'][1:]} is alleen meeverzekerd binnen {names}"
        if person.get("requires_fact") == "reis_van_en_naar_bestemming":
            text += ", en alleen voor de reis van en naar de vakantiebestemming"
        notes.append(f"{text} {k.cite(list(allowed.values()))}.")
    return notes


def _country_rule(q: CoverageQuestion, covered_by: dict[str, str]) -> list[str]:
    """Where the module applies, for a conflict abroad (art. 8; C&W 4, Verkeer 5, Inkomen 4)."""
    if not q.country:
        return []
    country = countries.country_name(q.country)
    k = knowledge()
    kind = k.conflict_kinds.get(q.conflict or "", {})
    lines: list[str] = []
    for module in covered_by:
        spec = k.modules[module]
        scope = kind.get("scope")
        allowed = spec.get("contract_countries") if scope == "contract" and spec.get("contract_countries") else None
        allowed = allowed or spec["countries"]
        cite = k.cite([spec["countries_article"]])
        name = k.module_name(module)
        where = "de landen van de Europese Unie" if allowed == "eu" else allowed
        if scope == "housing" and spec.get("housing_country"):
            lines.append(f"Gaat het conflict over een woning, dan moet die woning in Nederland staan {cite}.")
        elif allowed == "world":
            lines.append(f"De module {name} geldt in alle landen van de wereld {cite}.")
        elif q.country in k.regions.get(allowed, ()):
            lines.append(f"De module {name} geldt in {where}, dus ook in {country} {cite}.")
        else:
            lines.append(f"De module {name} geldt alleen in {where}; {country} hoort daar niet bij {cite}.")
    elsewhere = q.country not in (*k.regions["europe"], *k.regions["mediterranean_non_european"])
    if lines and elsewhere and not countries.ambiguity(q.country):
        lines.append(
            f"Buiten Europa en de niet-Europese landen rond de Middellandse Zee vergoedt ARAG de kosten tot "
            f"maximaal {format_euro(k.required_amount('max_elsewhere'))} {k.cite(['Algemene regels 6'])}."
        )
    elif lines and not countries.ambiguity(q.country):
        lines.append(
            f"In {country} vergoedt ARAG de kosten tot maximaal {format_euro(k.required_amount('max_europe'))} "
            f"per gebeurtenis {k.cite(['Algemene regels 6'])}."
        )
    return lines


def country_told_after(q: CoverageQuestion, country: str | None) -> str | None:
    """Round 86: the country of the other side told after the verdict ("Het bedrijf zit in Antwerpen, in België. Is dat
    een probleem?"): where the modules that cover the conflict apply (C&W 4, Verkeer 5, Inkomen 4), and the maximum
    there (art. 6). None: no country abroad, no conflict known, or it was already part of the check."""
    kind = knowledge().conflict_kinds.get(q.conflict or "", {})
    covered_by = {m: a for m, a in (kind.get("covered_by") or {}).items() if not q.modules or m in q.modules}
    if not country or country == "NL" or country == q.country or not covered_by:
        return None
    return " ".join(_country_rule(replace(q, country=country), covered_by)) or None


def where_modules_apply(modules: frozenset[str], country: str | None) -> str | None:
    """Round 69: the modules told right after the countries answer ("Geldt mijn rechtsbijstand ook in het buitenland?
    We gaan met een camper door de Verenigde Staten." -> "We hebben Consument & Wonen en Verkeer."): where each of them
    applies (C&W 4, Verkeer 5, Inkomen 4), and for the country named, the maximum there (art. 6). None: no module."""
    k = knowledge()
    named = [m for m in k.modules if m in modules]
    if not named:
        return None
    if country and country != "NL":
        q = replace(CheckState().question, country=country, modules=frozenset(named))
        return " ".join(_country_rule(q, dict.fromkeys(named, "")))
    lines = []
    for module in named:
        spec = k.modules[module]
        where = "alle landen van de wereld" if spec["countries"] == "world" else "de landen van de Europese Unie"
        contract = (
            " (voor een conflict over een contract alleen in de Europese Unie)"
            if spec.get("contract_countries")
            else ""
        )
        lines.append(
            f"De module {k.module_name(module)} geldt in {where}{contract} {k.cite([spec['countries_article']])}."
        )
    return " ".join(lines)


def _favourable(q: CoverageQuestion) -> CoverageQuestion:
    """Every unknown filled with the answer that keeps the conflict covered."""
    k = knowledge()
    kind = k.conflict_kinds.get(q.conflict or "", {})
    facts = dict(q.facts)
    for key, expected in kind.get("requires_facts", {}).items():
        facts.setdefault(key, expected)
    facts.setdefault("bekend_bij_afsluiten", False)
    facts.setdefault("reis_van_en_naar_bestemming", True)
    changes: dict[str, Any] = dict(
        modules=q.modules if q.modules is not None else frozenset(checker.MODULE_KEYS),
        involved=q.involved or "policyholder",
        alleenstaand=False if q.alleenstaand is None else q.alleenstaand,
        role=q.role or "particulier",
        first_event_after_start=True if q.first_event_after_start is None else q.first_event_after_start,
        country=q.country or "NL",
        amount=q.amount if q.amount is not None else Decimal(10**4),
        facts=facts,
    )
    for option, module in checker.OPTION_MODULE.items():
        if getattr(q, option) is None and module in changes["modules"]:
            changes[option] = option == "eigen_woning"
        elif module not in changes["modules"]:
            changes[option] = None
    if kind.get("criminal") and q.criminal_outcome is None:
        changes["criminal_outcome"] = "vrijspraak"
    return replace(q, **changes)


# Round 47: the same question once more, after the customer asked something else instead of answering ("Kunnen we
# samen één advocaat nemen?" while the modules were asked): a short reminder, never the whole prompt twice (issue 11).
ASK_AGAIN: dict[str, str] = {
    "modules": "Wilt u ook weten of u verzekerd bent? Noem dan de modules op uw polis (Consument & Wonen, Verkeer, "
    "Inkomen), of zeg 'weet ik niet'.",
    "involved": "Wilt u ook weten of u verzekerd bent? Zeg dan nog wie het conflict heeft: uzelf, uw partner, een kind "
    "of iemand anders.",
    "role": "Wilt u ook weten of u verzekerd bent? Zeg dan nog of het privé is of zakelijk.",
    "amount": "Wilt u ook weten of u verzekerd bent? Zeg dan nog om hoeveel euro het ongeveer gaat, of 'geen bedrag'.",
    "country": "Wilt u ook weten of u verzekerd bent? Zeg dan nog in welk land het speelt.",
}


def ask_again(name: str) -> str:
    """The question for one input once more, right after it was asked: a short reminder where there is one."""
    return ASK_AGAIN.get(name) or ask(name)


def ask(name: str) -> str:
    """The question for one input, with why it matters."""
    why = WHY.get(name, "")
    if why:
        why = why.format(minimum=format_euro(knowledge().required_amount("minimum"))) + " "
    text = question(name)
    if name == "amount":
        text += " Gaat het niet om geld, zeg dan 'geen bedrag'."
    return why + text


# ---------------------------------------------------------------------- the end of the check
def _status_phrase(verdict: checker.Verdict) -> str:
    k = knowledge()
    if verdict.status == GEDEKT:
        return f"verzekerd {k.cite(verdict.articles[:1])}".strip()
    if verdict.status == NIET_GEDEKT:
        return f"niet verzekerd {k.cite(verdict.articles[:1])}".strip()
    return "hangt het nog af van " + "; ".join(verdict.depends_on[:2])


def _alternatives(q: CoverageQuestion, name: str) -> list[tuple[str, CoverageQuestion]]:
    k = knowledge()
    kind = k.conflict_kinds.get(q.conflict or "", {})
    minimum = k.required_amount("minimum")
    if name == "modules":
        covered_by = list(kind.get("covered_by", {}))
        if not covered_by:
            return []
        names = " of ".join(k.module_name(m) for m in covered_by)
        option = _required_options(q, kind)  # round 107: "Met de module Consument & Wonen en de optie Eigen woning"
        with_option: dict[str, Any] = {o: True for o in kind.get("requires_option", {}) if getattr(q, o) is None}
        return [
            (
                f"Met de module {names}" + (f" en {option}" if option else ""),
                replace(q, modules=frozenset(covered_by), **with_option),
            ),
            (
                "Zonder die module" + (" of optie" if option else ""),
                replace(q, modules=frozenset(set(checker.MODULE_KEYS) - set(covered_by))),
            ),
        ]
    if name == "amount":
        return [
            (f"Gaat het om meer dan {format_euro(minimum)}", replace(q, amount=Decimal(minimum) + 1)),
            (f"Gaat het om {format_euro(minimum)} of minder", replace(q, amount=Decimal(minimum))),
        ]
    if name == "facts.bekend_bij_afsluiten":
        return [
            (
                "Wist u het nog niet toen u de verzekering afsloot",
                replace(q, facts={**q.facts, "bekend_bij_afsluiten": False}),
            ),
            ("Wist u het al", replace(q, facts={**q.facts, "bekend_bij_afsluiten": True})),
        ]
    if name == "first_event_after_start":
        return [
            ("Begon het na het begin van uw verzekering", replace(q, first_event_after_start=True)),
            ("Begon het daarvoor", replace(q, first_event_after_start=False)),
        ]
    if name.startswith("facts."):
        key = name[len("facts.") :]
        return [
            ("Zo ja", replace(q, facts={**q.facts, key: True})),
            ("Zo nee", replace(q, facts={**q.facts, key: False})),
        ]
    if name in ("alleenstaand", *checker.OPTION_MODULE):
        yes: dict[str, Any] = {name: True}
        no: dict[str, Any] = {name: False}
        return [(label, replace(q, **values)) for label, values in zip(_option_labels(name), (yes, no), strict=True)]
    return []


def _option_labels(name: str) -> tuple[str, str]:
    """Round 107: the two possibilities of an option named ("Met de optie Eigen woning op uw polis"), not "Zo ja"."""
    if name == "eigen_woning":
        return "Met de optie Eigen woning op uw polis", "Zonder die optie"
    if name.startswith("uitsluiting_"):
        what = name.removeprefix("uitsluiting_")
        return f"Staat de uitsluiting van {what} op uw polis", "Staat die er niet op"
    return "Zo ja", "Zo nee"


def for_each_possibility(state: CheckState, name: str) -> str | None:
    """One input the customer does not know, answered for each value ("Met de module Verkeer:
    verzekerd (art. 3e Verkeer); zonder die module: niet verzekerd."); None when it has no options."""
    options = _alternatives(state.question, name)
    parts: list[str] = []
    for label, alternative in options:
        # Other unknowns get their favourable value, so each line shows what this input changes.
        outcome = checker.check(
            _favourable(alternative)
            if name != "modules"
            else replace(_favourable(alternative), modules=alternative.modules)
        )
        parts.append(f"{label if not parts else label[0].lower() + label[1:]}: {_status_phrase(outcome)}")
    return "; ".join(parts) + "." if parts else None


def with_still_helped(message: str, state: CheckState) -> str:
    """Round 109: a 'not covered' verdict says what ARAG still offers (Inleiding: the first advice by phone or e-mail is
    free, then a discount via ARAG Legal Services), before the policy reminder."""
    if state.question.conflict is None or state.verdict().status != NIET_GEDEKT:
        return message
    offer = replies.faq_text("still_helped")
    first, sep, rest = message.partition("\n")
    answer, more, _ = first.partition(f" {MORE}")
    return f"{answer} {offer}{more}{sep}{rest}"


def final_text(state: CheckState) -> str:
    """The verdict; for each input the customer did not know, the answer for each possibility."""
    verdict = state.verdict()
    if verdict.status != HANGT_AF_VAN or verdict.reask:
        return f"{verdict.explanation} {verdict.citation}".strip()
    lines = [line for line in (for_each_possibility(state, name) for name in verdict.missing) if line]
    if not lines:
        return f"{verdict.explanation} {verdict.citation}".strip()
    head = "Of u verzekerd bent, hangt af van wat u nog niet weet."
    return " ".join([head, *lines[:4]]).strip()


# ---------------------------------------------------------------------- short answers
STOPWORDS = frozenset(
    "de het een en of van in op te voor met aan bij uw u ik mijn m'n je jullie is zijn wordt worden kan kunt "
    "mag moet wat hoe wanneer waar wie welke als dan dat die dit er niet geen ook nog al om tot na over door "
    "naar zo heb heeft hebben ben was ze zij hij hem haar ons onze wel dus maar want verzekering verzekerd "
    "verzekeringen polis lang mogen kunnen moeten zullen gaan doen krijg krijgen hoeveel iets waarom zomaar ".split()
)
# Customers' words for a change, as the answers say it ("premie hoger" -> "verhogen", "wijzigen" -> "veranderen").
SAME_MEANING: dict[str, str] = {
    **{w: "verhogen" for w in "hoger duurder verhoogd verhoging gestegen stijgt stijging omhoog opgeslagen".split()},
    **{w: "veranderen" for w in "wijzigen wijzigt gewijzigd wijziging wijzigingen aanpassen aangepast".split()},
}


def _words(text: str) -> set[str]:
    """Content words; 'jullie' is ARAG, as the answers say."""
    words = {"arag" if w == "jullie" else SAME_MEANING.get(w, w) for w in re.findall(r"\w+", fold(text))} - STOPWORDS
    return {w for w in words if len(w) > 2 or w.isdigit()}


def _overlap(question: set[str], sentence: str) -> int:
    """Shared content words; words that start with the same 4 letters match (meld, melden, meldt)."""
    found = _words(sentence)
    return sum(any(len(a) >= 4 and a[:4] == b[:4] or a == b for b in found) for a in question)


def short_and_details(text: str, sentences: int = 2, question: str | None = None) -> tuple[str, str]:
    """('first sentences (art. ...)', 'the rest'): the citation stays with the short part. With the
    customer's question, a later sentence that answers it clearly better than the first ones is
    added to them ("Wanneer mogen jullie opzeggen?" -> ARAG's notice periods, art. 15)."""
    body, cite = text, ""
    match = re.search(r"\s(\((?:art\.|inleiding)[^()]*\))\s*$", text)
    if match:
        body, cite = text[: match.start()], match.group(1)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip())
    if question and len(parts) > sentences:
        wanted = _words(question)
        scores = [_overlap(wanted, p) for p in parts]
        # ties: the sentence that starts with what was asked ("ARAG kan opzeggen ...")
        best = max(
            range(sentences, len(parts)), key=lambda i: (scores[i], _overlap(wanted, " ".join(parts[i].split()[:3])))
        )
        if scores[best] >= 2 and scores[best] > max(scores[:sentences]):
            parts = [*parts[:sentences], parts[best], *[p for i, p in enumerate(parts) if i >= sentences and i != best]]
            sentences += 1  # the short answer keeps its own two sentences and adds the one asked for
    short = " ".join(parts[:sentences])
    details = " ".join(parts[sentences:])
    return (f"{short} {cite}".strip(), details)


def chat_answer(text: str, with_reminder: bool, question: str | None = None) -> str:
    """What the chat sends for a full answer: short part, 'Meer weten?' when there is more, and
    the policy reminder under the first answer of a conversation."""
    short, details = short_and_details(text, question=question)
    message = f"{short} {MORE}" if details else short
    return f"{message}\n{knowledge().reminder}" if with_reminder else message


# General questions whose story is their own context ("Ik heb zelf een advocaat genomen. Vergoeden jullie dat?"): no
# learned reading of a conflict beside them.
STORY_IS_CONTEXT = frozenset({"own_lawyer", "disagreement", "premium"})


def coverage_aside(text: str, topic: str | None = None) -> str | None:
    """A conflict told next to a general question (`topic`) ("Hoe meld ik een zaak? Mijn buurman kapte mijn
    boom."): what already follows for it, so the second part of the message is not dropped."""
    sentences = _sentences(text)
    if len(sentences) < 2:
        # One sentence with a conflict in a named country ("maximaal als ik in Thailand een conflict
        # met een hotel krijg?"): the module's countries (C&W 4, Verkeer 5, Inkomen 4) decide first.
        # A certain exclusion is said whatever was asked ("Is scheiden ook verzekerd?": C&W 3g).
        answer = coverage_first(text)
        return answer if dialogue.country_in_description(text) or _certain_exclusion(text) else None
    answer = next((answer for answer in map(coverage_first, sentences) if answer), None)
    if answer:
        return answer
    # round 135: a story of some sentences whose kind no rule reads ("Iemand heeft foto's van mijn Instagram op zijn
    # website gezet. ..."): the told sentences together, with the kind the learned reader is sure of
    return learned_story_answer(text) if topic not in STORY_IS_CONTEXT else None


def learned_story_answer(text: str) -> str | None:
    """What already follows for the story of a message whose kind no rule reads, with the kind the learned reader is
    sure of in its told sentences; None: no such kind."""
    kind = learned_story_kind(text)
    return coverage_first(told_sentences(text), kind=kind) if kind else None


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[?.!])\s+", text.strip()) if s]


def told_sentences(text: str) -> str:
    """The sentences of a message that tell, not ask: the story beside its questions."""
    return " ".join(s for s in _sentences(text) if "?" not in s)


def learned_story_kind(text: str) -> str | None:
    """The kind of conflict the learned reader is sure of in the told sentences of a message (kind_reader.py)."""
    story = told_sentences(text)
    return kind_reader.learned_kind(story) if story else None


def _certain_exclusion(text: str) -> bool:
    state, reasons = dialogue.apply(CheckState(), dialogue.facts_in_description(text))
    return not reasons and state.question.conflict is not None and state.verdict().status == NIET_GEDEKT


# Questions about amounts and terms, where a conflict in the message is an example ("geldt het maximum
# ook als ik een verkeersongeval krijg?"): the general answer comes first.
AMOUNT_TOPICS = frozenset({"maximum", "minimum", "eigen_risico", "waiting_period"})


def fallback_answer(text: str) -> str | None:
    """What a message the classifier could not place (nlu_fallback, two intents too close) already
    answers: the first answer for a conflict in it, else the FAQ answer for a general question in it
    (the caller shapes it short); None when neither is recognised (then ask to rephrase). For the
    fallback action."""
    topic = faq_topic_in(text if "?" in text else f"{text}?")  # typed without a question mark
    # round 166: Dutch and English mixed ("How do I report a new case? Liefst online ..."); a message in English gets the
    # language answer (art. 3) from the fallback action instead
    if topic is None and english.has_english(text) and not english.looks_english(text):
        dutch = english.gist(text)
        topic = faq_topic_in(dutch if "?" in dutch else f"{dutch}?")
    # "Mijn zus heeft zelf ook een rechtsbijstandverzekering bij ARAG ... Hoe gaat dat dan?": the other side insured
    # with ARAG too is art. 5's conflict of interests, not a new story (round 56)
    both_insured = topic == "own_lawyer" and re.search(OTHER_SIDE_AT_ARAG, fold(text))
    answer = (
        None if topic in AMOUNT_TOPICS or both_insured else coverage_first(text) or coverage_first(english.gist(text))
    )
    if answer:
        return answer
    if topic is None and dialogue.involved_in_description(text) not in (None, "policyholder"):
        topic = "who_is_insured"  # "mijn dochter van 19, ze studeert in Utrecht en woont daar op kamers" (art. 1)
    if topic is None and WHAT_ARAG_DOES.search(fold(text)):
        # "wat doet ARAG eigenlijk? Helpen jullie alleen met advies of ook als het tot een rechtszaak komt?" (round 57)
        k = knowledge()
        return f"{k.article('Inleiding').summary} {k.cite(['Inleiding'])}"
    # round 166: a question no keyword route knows, read by the learned reader ("wat zit er eigenlijk allemaal in die
    # flexpolis? ... geen idee meer wat ik nou heb")
    topic = topic or learned_topic(text, set())
    if topic is None:
        return None
    if topic == "costs":
        cost = cost_questions.cost_answer(text)  # "moet ik de advocaat van de ander betalen?": that line first
        if cost:
            return cost
    return asked_sentence_second(answer_text(topic, text), text)


def asked_sentence_second(text: str, question: str) -> str:
    """The full answer with the sentence that answers the question moved up to second place, so a
    caller that shapes it without the question (two sentences) still says it ("Kan ik iemand anders
    krijgen?" -> "u mag altijd om een andere behandelaar vragen", art. 5)."""
    short, details = short_and_details(text, question=question)
    body, cite = short, ""
    match = re.search(r"\s(\((?:art\.|inleiding)[^()]*\))\s*$", short)
    if match:
        body, cite = short[: match.start()], match.group(1)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip())
    if len(parts) > 2:  # [first, second, asked]: the asked one goes second
        parts = [parts[0], parts[2], parts[1], *parts[3:]]
    return " ".join([*parts, details, cite]).replace("  ", " ").strip()
