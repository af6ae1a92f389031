"""Is a message a third party's story told to ask about cover (no complaint about ARAG), or does it
name someone or something of ARAG's? Shared by the complaint detector component (the whole story goes to
the classifier) and ComplaintIntent (the story is cleared as no complaint); rounds 7, 13 and 14 of issue 11.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flexbot.complaints.rules import THIRD_PARTY_MARKERS
from flexbot.complaints.target import COVERAGE_ASK, COVERAGE_OPPONENTS
from flexbot.dutch import fold
from flexbot.flexpolis.conflict_cues import POLICY_TOLD
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.english import looks_english

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")

# Someone or something of ARAG's: a complaint about ARAG names it (or "jullie", "u").
# Round 47: not the "u" of a speed ("28 km/u te hard").
ARAG_SIDE = re.compile(
    r"\b(jullie|julie|jij|je|jou|(?<!/)u|uw|arag\w*|jurist\w*|jurrist\w*|behandelaar\w*|specialist\w*|"
    r"medewerk\w*|telefonist\w*|servicedesk|klantenservice|klantendienst|service|chat\w*|bot|app(?!-\w)|"
    r"website|de site|polis\w*|premie\w*|dossier\w*|maatschappij|verzeker\w*|rechtsbijstand\w*|advoca\w*|"
    r"mediator|afwijzing\w*|afgewezen|dekking|brief|mail\w*|e-mail\w*|terugbel\w*|teruggebeld|(?<!allergische )reactie|communicatie|"
    # round 168: not a house sale's "lijst van (roerende) zaken"
    r"klacht\w*|beklag|zaak|(?<!lijst van )(?<!roerende )zaken|in de wacht|doorverbonden|wachtmuziek)\b"
)
# Words of blame or distress that make even a short reply a possible complaint.
BLAME = re.compile(
    r"(waardelo|slecht|belachelijk|schand|traag|drama|bagger|klote|kut|ontevreden|teleurgesteld|"
    r"teleurstel|boos|woedend|onbeschoft|kortaf|onacceptabel|onbegrijpelijk|eindeloos|nooit|"
    r"zat ben|ben het zat|klaar mee|respectloos|waardeloos|onzin|oplichter|lachertje|schaam|"
    r"niks gedaan|niets gedaan|te lang|sneller|onvriendelijk|frustr|afgescheept|klantonvriendelijk)"
)
# Government bodies and public services the customer can be in conflict with (round 19).
GOVERNMENT = (
    r"ind|immigratiedienst|gemeente|uwv|belastingdienst|duo|svb|cjib|cak|cbr|rdw|waterschap|provincie|"
    r"rijksoverheid|overheid|sociale verzekeringsbank|toeslagen|dienst toeslagen|"
    r"rvo|rijksdienst voor ondernemend nederland|"  # round 89: "RVO heeft mijn aanvraag voor de ISDE-subsidie afgewezen"
    r"ciz|centrum indicatiestelling zorg"  # round 109: "Het CIZ heeft de Wlz-indicatie voor mijn vrouw afgewezen"
)
# Round 22: the state and its lawmakers, opponents of a customer who objects to a law ("de regering verhoogt de
# AOW-leeftijd", "een procedure tegen de Staat").
STATE = r"regering|kabinet|staat|politiek|wetgever|tweede kamer|minister\w*|ministerie\w*|overheid|rijksoverheid"
# Round 22: ARAG named only as the one the message is written to on someone's advice ("mijn zoon zei dat ik jullie
# moest mailen", "de buurvrouw raadde me aan u te schrijven"): no one of ARAG's service.
TOLD_TO_WRITE = re.compile(
    r"\b(zei|zegt|zeiden|zeggen|raadde|raadt|raden|adviseerde|adviseert|tipte|vond|vindt|stuurde)\b[^.?!]{0,40}"
    r"\b(jullie|julie|u|arag)\b[^.?!]{0,20}\b(schrijven|schrijf|mailen|mail|e-?mailen|bellen|bel|contacteren|benaderen|"
    r"aanschrijven|aankloppen|inschakelen|berichten|een bericht sturen|proberen|melden|vragen)\b"
    r"|\b(daarom|vandaar dat|dus) (schrijf|mail|e-?mail|bel|benader) ik (jullie|julie|u|arag)\b"
)
# Round 22: a complaint against the customer about their professional conduct (Inkomen 2c, the customer's
# work): "een patiënt heeft een tuchtklacht tegen mij ingediend", "de familie van een bewoner heeft een klacht
# tegen me ingediend", "een cliënt diende een klacht in over mijn behandeling", "ik heb een klacht aan mijn broek".
# Not the Tuchtraad Financiële Dienstverlening, where a customer can take a complaint about ARAG (seeds 000/001).
AGAINST_CUSTOMER = re.compile(
    r"\btucht(?!raad)\w*"
    r"|\b(tucht)?klacht(en)?( (?!(jullie|julie|arag\w*|u|uw|jurist\w*|behandelaar\w*|medewerker\w*)\b)\w+){0,3} (over|tegen) (mij|me|ons|mijzelf|mijn (bedrijf|praktijk|handelen|optreden|"
    r"gedrag|functioneren|beroepsuitoefening))\b"
    r"|\b(een|de)? ?klacht aan (mijn|m'?n|mn|onze) broek\b"
    r"|\b(een|de|die|deze|het|mijn|haar|zijn) (\w+ )?(patient\w*|client\w*|bewoner\w*|leerling\w*|cursist\w*|"
    r"zorgvrager\w*|(ouders?|familie|dochter|zoon|partner|nabestaanden) van (een|de|die|mijn) \w+)\b[^.?!]{0,30}"
    r"\b(heeft|hebben|had|hadden|dient|dienen|diende|deed|deden)\b[^.?!]{0,15}\bklacht\w*\b[^.?!]{0,20}"
    r"\b(ingediend|in|gedaan|neergelegd|ingestuurd)\b"
)
# Words of ARAG_SIDE that name someone else's complaint or refusal here: a complaint against the
# customer ("een patient dient een klacht over mij in"), complaints of the body ("meer klachten dan
# ervoor"), a government's refusal ("de afwijzing van mijn vergunning"), the other party's insurer
# ("zijn verzekeraar weigert te betalen"). Round 7 of issue 11.
NOT_ARAG = re.compile(
    # round 163: ARAG ruled out in so many words ("Mijn inboedelverzekeraar (NIET jullie hoor) weigert ...")
    r"\(?\b(niet|dus niet|geen) ((bij|via|over|tegen|aan) )?(jullie|arag)( hoor| he| dus| natuurlijk)?\b\)?|"
    # the other side's insurer leaving the mails unanswered ("Zijn verzekering reageert niet op onze mails", round 42);
    # first, so that it is taken before the insurer alone below
    r"\b(zijn|haar|hun|z'n|diens) (\w+)?verzeker\w* (reageert|reageren|antwoordt|antwoorden)\b( \w+){0,3} op (mijn |onze )?"
    r"(e-?mails?|mailtjes|mails?|berichten|brieven|appjes)\b|"
    # round 143: complaints of the body ("nog steeds klachten aan mijn schouder", "lichamelijke klachten")
    r"\bklachten (aan|in|van|met|op) (mijn|zijn|haar|m'?n|de|het|z'n) \w+|\b(lichamelijke|psychische|medische|fysieke|"
    r"blijvende|chronische) klachten\b|"
    # round 143: a provider's own services on its bill ("een rekening voor 'wasverzorging en extra service'")
    r"\b(extra|aanvullende|bijkomende|betaalde) (service|diensten|dienstverlening)\b|"
    # round 143: the time the customer was insured with ARAG, told as a fact ("toen ik nog bij jullie zat")
    r"\btoen (ik|we|wij) (nog )?(bij (jullie|arag|u) (zat|zaten|verzekerd (was|waren))|(verzekerd )?(was|waren) bij (jullie|arag|u))\b|"
    r"\bklacht(en)? (over|tegen) (mij|ons|mijn bedrijf|mijn praktijk)\b"
    # round 119: the other side's lawyer ("hij eist 2.500 euro en dreigt met een advocaat")
    r"|\b(dreigt|dreigen|dreigde|dreigden) (\w+ )?met (een|zijn|haar|hun) advoca\w*"
    # round 33: the customer's own not reporting ("heb het nooit bij jullie gemeld")
    r"|\b(nooit|niet|nog niet|pas nu|nu pas|nu) (\w+ )?(bij|aan) (jullie|julie|arag|u) (gemeld|doorgegeven|gevraagd|voorgelegd)\b"
    # round 97: others without a policy ("mijn vriendinnen hebben niks bij jullie, tellen die ook mee?")
    r"|\b(hebben|heeft) (zelf )?(niks|niets|geen (polis|verzekering|rechtsbijstand\w*)) (\w+ )?bij (jullie|julie|arag)\b"
    # round 95: a webshop gone ("mails komen terug en de site staat nu 'in onderhoud'")
    r"|\b(mails?|e-?mails?|mailtjes) (komen|kwamen|komt|kwam) (\w+ )?(terug|niet aan)\b"
    r"|\b(site|website|webshop|webwinkel) (staat|is|was|ligt) (nu |al |ineens |opeens )?(offline|uit de lucht|in onderhoud|"
    r"weg|onbereikbaar)\b"
    # round 92: the employer's personnel file ("nooit een slecht beoordelingsgesprek gehad, staat ook niks in mn dossier")
    r"|\b(beoordeling|functionering|personeels|werkgever|leidinggevende)\w*\b[^.?!]{0,80}\b(mijn|mn|m'n) dossier\b"
    r"|\bpersoneelsdossier\b"
    # round 72: the impersonal "je" of a rule ("dat je alleen daar naar de rechter kan"), chatting with the other side
    # ("na een paar maanden chatten"), a provider's chatbot ("klantenservice is een chatbot die nergens op reageert")
    r"|\b(dat|waar|als|zodat) je (\w+ ){0,5}(kan|kunt|moet|mag|hoeft|zou|kon)\b"
    r"|\b(volgens|in) (hun|de|die|zijn|haar) (\w+ )?(voorwaarden|regels|contract|algemene voorwaarden)\b[^.?!]{0,30}\b(moet|kan|kun|"
    r"mag|hoef) je\b"
    r"|\b(maanden|weken|dagen|tijd|lang) (met (hem|haar) )?chatten\b|\bchatten met (hem|haar|een|die|de)\b"
    r"|\bklantenservice (is|was) (\w+ )?(chatbot|bot|robot|onbereikbaar)\b"
    # round 76: another's website ("via de website van het hotel geboekt"), the policy told ("ik heb deze verzekering al
    # sinds 2017")
    r"|\b(de |hun |zijn |haar )?(web)?site van (het|de|een|die) \w+\b|\b(zijn|haar|hun) (eigen )?(web)?site\b|"
    + POLICY_TOLD
    # round 74: the other party's website or policy ("zijn website is offline", "ze zeggen dat hun polis dit niet dekt")
    + r"|\b(zijn|haar|hun|de) (web)?site (is|was) (\w+ )?(offline|uit de lucht|weg|onbereikbaar)\b|\b(hun|zijn|haar) polis\b"
    # round 70: a lawyer the customer hired (art. 11a), not ARAG's ("ik heb zelf al een advocaat ingeschakeld tegen ...")
    r"|\b(zelf|al|ook) (al )?(een |mijn eigen )?(\w+ )?(advocaat|advocate|jurist)\b[^.?!]{0,20}\b(ingeschakeld|genomen|ingehuurd|"
    r"in de arm genomen|gebeld)\b|\b(mijn|onze) eigen (advocaat|advocate|jurist)\b"
    # round 90: that lawyer's bill ("Die advocaat stuurt nu een rekening"), ARAG not yet called ("Ik had jullie nog niet
    # gebeld")
    r"|\b(die|deze|mijn|onze) (advocaat|advocate|jurist) (stuurt|vraagt|rekent|wil)\b[^.?!]{0,25}\b(rekening|factuur|nota|"
    r"declaratie|voorschot)\b|\b((had|heb|hadden|hebben) (ik|we|wij)|(ik|we|wij) (had|heb|hadden|hebben)) (jullie|julie|arag|u) (er )?(\w+ ){0,3}(nog )?(niet|nooit) (over )?(gebeld|"
    r"gemeld|ingelicht|gevraagd|gemaild)\b"  # round 98: "Ik had jullie er eerlijk gezegd nog nooit over gebeld"
    # round 70: the customer's own not knowing the rule ("ik wist niet dat ik jullie eerst moest bellen")
    r"|\b((ik|we|wij) )?(wist|wisten) (\w+ )?niet dat (ik|we|wij) (jullie|julie|arag|u) (eerst |vooraf |van tevoren )?"
    r"(moest|moesten|had moeten|hadden moeten) (bellen|melden|inlichten|vragen|inschakelen|informeren)\b"
    # round 33: the customer's own letter or mail to the other side ("ik heb hem toen al een brief gestuurd")
    r"|\b(ik|we|wij) (heb|hebben|had|hadden) (hem|haar|hen|ze|die \w+|de \w+|mijn \w+) (\w+ ){0,3}(een |meerdere |"
    r"twee |drie )?(aangetekende )?(brief|brieven|mail|mails|e-?mail|e-?mails|sommatie)\b[^.?!]{0,15}\b(gestuurd|geschreven|"
    r"gemaild|verstuurd)\b"
    r"|\b(meer|minder|medische|lichamelijke|psychische|fysieke|nek|rug)\s?klachten\b"
    # round 54: the impersonal "je" ("dit is toch waar je allrisk voor hebt", "je zou denken")
    r"|\bwaar (je|jij) (\w+ ){0,2}voor (hebt|betaalt|afsluit|hebben)\b|\b(je|jij) zou (toch )?(denken|verwachten)\b"
    # round 53: a business called "de zaak" ("door een portier tegen de grond gewerkt ... Kan ik de zaak aansprakelijk
    # stellen?"), not the customer's case at ARAG
    r"|\b(de|die|deze|dat|hun) zaak (\w+ )?(aansprakelijk|aanklagen|dagvaarden|voor de rechter)\b|\b(eigenaar|uitbater|"
    r"portier|uitsmijter|personeel) van (de|die|deze|dat) zaak\b"
    r"|\bafwijzing van (mijn|de|onze) (bouw|omgevings|verblijfs)?(vergunning|uitkering|toeslag|subsidie|"
    r"ww|wia|bijstand|visum)\b"
    # a parcel sent insured ("met verzekerde verzending", round 31) is no insurance of ARAG's
    r"|\bverzekerde? (verzending|zending|pakket\w*|post|aangetekende)\b"
    # the other party's insurer: "zijn verzekeraar weigert te betalen"
    r"|\b(zijn|haar|hun|z'n|diens) (auto|wa-|aansprakelijkheids)?verzeker(aar|aars|ing)\b(?! (bij|van|via) (jullie|julie|arag|u)\b)"
    # a third party that leaves the customer's mails unanswered (round 17): "hij reageert niet meer op mails",
    # "op mijn mails reageren ze niet meer"
    r"|\b(hij|zij|ze|die|deze) (reageert|reageren|antwoordt|antwoorden)\b( \w+){0,3} op (mijn |onze )?"
    r"(e-?mails?|mailtjes|mails?|berichten|brieven|appjes)\b"
    r"|\bop (mijn|onze) (e-?mails?|mailtjes|mails?|berichten|brieven|appjes) (reageert|reageren|antwoordt|antwoorden) "
    r"(hij|zij|ze)\b"
    # the customer's other insurers (round 17): "mijn allrisk-verzekeraar weigert uit te keren"
    r"|\b(mijn|onze|m'n) (allrisk|all-risk|auto|zorg|reis|inboedel|opstal|woon|brand|aansprakelijkheids|wa|casco|"
    r"motor|uitvaart|levens|schade|fiets|telefoon|hypotheek)[- ]?verzeker(a|ing)\w*"  # round 60: "Mijn WA-verzekering"
    # a government body's refusal (round 19): "de IND heeft mijn aanvraag afgewezen", "afwijzing van de gemeente"
    r"|\b(de )?(" + GOVERNMENT + r")\b[^.?!]{0,60}\b(afgewezen|afwijzing)\b"
    r"|\b(afgewezen|afwijzing)\b[^.?!]{0,25}\b(door|van) (de |het )?(" + GOVERNMENT + r")\b"
    # Round 22: a complaint against the customer about their work (Inkomen 2c)
    r"|" + AGAINST_CUSTOMER.pattern
)

# Round 13 ------------------------------------------------------------------------------------------
# A story about a third party told to ask about cover is no complaint about ARAG, also when "jullie"
# or ARAG is named only in the asking or in the modules the customer has: "Zijn verzekeraar stelt
# zich moeilijk op. Ik heb Verkeer bij jullie.", "Ik neem aan dat ik dan niks aan jullie heb?", "Kan
# ARAG die man aanpakken?". Besides the detector's coverage questions (target.COVERAGE_ASK):
_COVER_ASK = re.compile(
    # "heb ik (dan) niks aan jullie?", "dat ik dan niets aan mijn polis heb?"
    r"\b(niks|niets|iets|wat|weinig|geen moer)\b[^.?!]{0,6}\b(aan|van) (jullie|arag|u|uw|mijn|de|deze|onze) ?"
    r"(polis|verzekering|rechtsbijstand\w*)?\b[^.?!]{0,15}\?"
    # round 90: "Kunnen jullie d'r wat mee?", "Kunnen we dit bij jullie melden?"
    r"|\b(kan|kunnen|kunt) (arag|jullie|u) (\w+ |d'r ){0,3}(iets|wat) mee\b"
    # round 112: "Zijn jullie daarvoor?"
    r"|\b(zijn|is) (jullie|arag|u) (daar|hier) ?(voor|van)\b"
    r"|\b(kan|kunnen|mag|mogen) (we|wij)\b[^.?!]{0,40}\b(bij|via) (jullie|arag)\b"
    # round 99: ARAG asked to act ("Kan een jurist van jullie bezwaar maken?", "Wil een jurist van jullie het bezwaar
    # schrijven?", "Kunnen jullie namens mij een zaak tegen de Staat beginnen?"); the policy told ("Inkomen heb ik al sinds
    # 2016 bij jullie lopen", "heb rechtsbijstand flexpolis met alle modules")
    r"|\b(kan|kunnen|wil|willen|gaat|zal) (een|de|jullie|uw) (jurist|advocaat|specialist)( van (jullie|arag|u))? (\w+ ){0,4}"
    r"(maken|schrijven|doen|indienen|voeren|opstellen|regelen|oppakken|beginnen)\b"
    r"|\b(kan|kunnen|kunt|wil|willen) (jullie|arag|u) (namens (mij|ons) )?(een )?(zaak|procedure|rechtszaak|bezwaar)\b[^.?!]{0,60}"
    r"\b(beginnen|starten|voeren|aanspannen|maken|indienen)\b"
    r"|\b(verkeer|inkomen|consument (&|en) wonen|alle (drie )?(de )?modules)\b (heb|hebben) (ik|we|wij) (\w+ ){0,4}bij (jullie|arag)\b"
    r"|\b(heb|hebben) (\w+ )?(rechtsbijstand|flexpolis)\b[^.?!]{0,30}\b(modules?|verkeer|inkomen|consument)\b"
    # round 98: questions to ARAG about how it works ("U kunt ons toch moeilijk allebei bijstaan? Hoe gaat u daarmee om?",
    # "stel dat jullie jurist straks vindt dat mijn zaak kansloos is")
    r"|\b(allebei|beiden|ons allebei|ons beiden) (bij)?staan\b|\bhoe gaan? (u|jullie|arag) (daar|hier)mee om\b"
    r"|\bstel (nou |nu )?dat (jullie|uw|de|mijn) (jurist|behandelaar|specialist|arag)\b"
    # round 104: ARAG asked to fight another's decision ("Kan ARAG namens ons tegen deze afwijzing ingaan?"); a past policy told
    # ("Ik had tot 1 maart een Flexpolis bij jullie maar heb die opgezegd")
    r"|\b(kan|kunnen|wil|willen) (arag|jullie|u) (\w+ ){0,3}tegen (deze|die|de|hun|zijn|haar) \w+ (in ?gaan|ingaan|aanvechten|"
    r"opkomen|procederen)\b"
    r"|\b(ik|we|wij) (had|hadden) (tot [\w ]{1,12} )?(een |de )?(flexpolis|polis|rechtsbijstand\w*|verzekering) bij (jullie|arag)\b"
    # round 101: advice asked ("Wat raden jullie aan?")
    r"|\bwat (raden|raadt|adviseren|adviseert) (jullie|u|arag) (ons |mij |me )?(dan |nu )?aan\b|\bwat (is|zou) (jullie|uw) advies\b"
    # round 97: "bezwaar via jullie?"
    r"|\b(bezwaar|beroep|procedure|zaak|hulp|advocaat|jurist) (\w+ )?via (jullie|arag|u)\b"
    # round 96: "Kan hij hulp krijgen?" for a friend or relative
    r"|\b(kan|kunnen|krijgt|mag) (hij|zij|ze) (\w+ )?(hulp|juridische hulp|rechtsbijstand|bijstand)\b"
    # round 96: the policy of the one written for ("hij heeft bij jullie een Flexpolis")
    r"|\b(hij|zij|ze) (heeft|hebben) (\w+ )?(bij (jullie|arag) )?(een |de )?(flexpolis|polis|rechtsbijstand\w*)\b"
    # round 95: "Hebben jullie daar iets voor?"
    r"|\b(hebben|heeft|doen|kunnen) (jullie|arag|u) (daar|hier|hiervoor|daarvoor|er) (\w+ )?(iets|wat) (voor|mee|aan)\b"
    # round 92: "Kunnen jullie kijken of dat klopt?", "Gaat ARAG het bezwaar voor ons doen?"
    r"|\b(kan|kunnen|kunt|wil|willen) (arag|jullie|u) (\w+ ){0,2}(kijken|nakijken|uitzoeken|checken|controleren|nagaan|"
    r"beoordelen)\b"
    r"|\b(gaat|gaan|kan|kunnen|kunt|wil|willen) (arag|jullie|u) (\w+ ){0,4}(bezwaar|beroep|procedure|zaak)\b[^.?!]{0,25}"
    r"\b(doen|maken|voeren|indienen|oppakken|behandelen|regelen)\b"
    # round 92: the modules told after "en" ("Wij wonen in ons eigen huis en hebben bij u Consument & Wonen")
    r"|\ben (heb|hebben) (bij (jullie|u|arag) )?(de module |de modules )?(verkeer|inkomen|consument (&|en) wonen)\b"
    # "kan ARAG hem / die man / het bedrijf aanpakken?"
    r"|\b(kan|kunnen|kunt|wil|willen|gaat|gaan|zal|zullen) (arag|jullie|u)\b[^.?!]{0,40}"
    r"\b(aanpakken|aanspreken|aansprakelijk stellen|aanklagen|dagvaarden|vervolgen|terughalen|terugkrijgen|"
    r"innen|incasseren|opeisen|achter \w+ aan|verhalen|vorderen|terugvorderen|claimen|dwingen|afdwingen|verplichten|"
    r"terug te (halen|krijgen|vorderen))\b"  # "kunnen jullie de schade verhalen?" (round 28); round 72: "ze dwingen"
    # the modules by name: "ik heb Verkeer (bij jullie)", "we hebben Inkomen en Consument & Wonen"
    # (round 63: someone else's, "zij heeft consument & wonen bij jullie")
    r"|\b(ik heb|ik heb ook|wij hebben|we hebben|ik ben|(zij|hij|ze) (heeft|hebben|is)|(mijn|mn|m'n) \w+ (heeft|is))\b"
    r"[^.?!]{0,20}\b(verkeer|inkomen|consument (&|en) wonen|eigen woning)\b"  # round 69: the option "eigen woning" too
    r"[^.?!]{0,25}\b(bij jullie|bij arag|op mijn polis|verzekerd|module)?"
    # Round 14: "kan ARAG daar iets tegen doen?", "betaalt ARAG die als het slecht afloopt?"
    r"|\b(kan|kunnen|kunt|wil|willen) (arag|jullie|u)\b[^.?!]{0,15}\b(iets|wat)\b[^.?!]{0,10}\b(tegen|aan|mee) doen\b"
    # Round 77: "geen idee of jullie zoiets doen"
    r"|\b(of|wat) (jullie|arag|u) (zoiets|zo iets|dit|dat|hier iets|daar iets|hier wat|daar wat) (\w+ )?(doen|doet|dekken|dekt|"
    r"vergoeden|vergoedt)\b"
    # Round 74: "Staan jullie voor mij klaar?", "... voordat ik het bij jullie meld?" (art. 7)
    r"|\b(staan|staat) (jullie|u|arag) (\w+ ){0,2}klaar\b"
    # round 82: "Staan jullie achter mij?"
    r"|\b(staan|staat) (jullie|u|arag) (\w+ ){0,2}(achter|naast) (mij|me|ons)\b"
    # round 85: "Kunnen jullie helpen?", "Kan ARAG hierbij helpen?"
    r"|\b(kan|kunnen|kunt) (jullie|arag|u) (hier|daar|daarbij|hierbij|hiermee|daarmee|me|mij|ons|)\s?(\w+ )?helpen\s*\?"
    # round 85: "Ik ben net aangereden. Hoe meld ik dit bij jullie?"
    r"|\bhoe (meld|doe|regel|geef) (ik|we|wij) (dit|dat|het|de melding|een melding|mijn zaak|de schade) (\w+ )?(bij|aan|via) "
    r"(jullie|arag|u)\b"
    # round 82: "Ik wil samen met jullie een procedure tegen de Staat beginnen": ARAG's help asked for
    r"|\b((ik|we|wij) (wil|willen)|(wil|willen) (ik|we|wij)) (\w+ )?(samen )?met (jullie|arag|u) (\w+ ){0,3}(procedure|"
    r"rechtszaak|zaak|bezwaar|beroep)\b"
    r"|\b(voordat|voor|wanneer|als|tot) (ik|we|wij) (het |dit |dat )?(bij|aan) (jullie|arag|u) (meld|melden|aanmeld\w*)\b"
    # Round 71: "doen jullie dat voor me?", "kan dat via jullie?"
    r"|\b(doen|doet|regelen|regelt|pakken|pakt) (jullie|arag|u) (dat|dit|het)( \w+)?( voor (mij|me|ons))?[^.?!]{0,10}\?"
    r"|\b(kan|kunnen|mag|gaat) (dat|dit|het) (\w+ )?(via|met|door) (jullie|arag|u|mijn polis|de polis|mijn verzekering)\b"
    # Round 70: "gaan jullie me daarbij helpen", "zullen jullie ons hierbij bijstaan?"
    r"|\b(gaan|gaat|zullen|zult) (jullie|arag|u) (me |mij |ons )?(daarbij |hierbij |daarmee |hiermee |daar |hier |daarin )?"
    r"(\w+ )?(helpen|bijstaan|ondersteunen)\b"
    # Round 60: "Kan de rechtsbijstand mij helpen?"
    r"|\b(kan|kunnen|kunt|wil|gaat) (de|mijn|onze|jullie|uw) (\w+ )?(rechtsbijstand\w*|verzekering|polis)\b[^.?!]{0,20}"
    r"\b(helpen|bijstaan|ondersteunen)\b"
    # Round 66: "Dat is vast te weinig voor jullie?", "Ik dacht dat ik met jullie Inkomen-module goed zat?", "Kunnen we
    # die jongen via jullie aansprakelijk stellen?"
    r"|\b((is|zal|zou) (dat|dit|het)|(dat|dit|het) (is|zal|zou)) (\w+ ){0,2}(zijn )?(te weinig|te klein|te laag|niet genoeg) "
    r"(\w+ )?voor (jullie|arag|u)\b"
    r"|\b(ik|we|wij) (dacht|dachten|ging|gingen) (\w+ )?(dat|ervan uit dat) (ik|we|wij) (met|via|bij|onder) (jullie|arag|uw|de|"
    r"mijn|onze) (\w+[- ])?(module|polis|verzekering|rechtsbijstand)\w*\b[^.?!]{0,20}\b(goed zat|goed zaten|verzekerd|gedekt)"
    r"|\b(kan|kunnen|mag|mogen) (ik|we|wij) (\w+ ){0,3}(via|met|door) (jullie|arag|u)\b[^.?!]{0,30}\b(aansprakelijk "
    r"stellen|aanspreken|aanklagen|dagvaarden|verhalen|terughalen|terugkrijgen|claimen)\b"
    # Round 60: "Staan jullie mij bij?", "kan ARAG mij daarin bijstaan?"
    r"|\b(staan|staat) (jullie|u|arag) (mij|me|ons) (\w+ )?bij\b|\b(jullie|u|arag) (mij|me|ons) (\w+ ){0,4}bijstaan\b"
    # Round 64: someone to speak for the customer ("kan mijn dochter de gesprekken met jullie voeren?")
    r"|\b(kan|mag|kunnen|mogen) (mijn|m'?n|onze) \w+ (\w+ ){0,3}(met jullie|met u|met arag|namens mij|voor mij) "
    r"(\w+ )?(voeren|doen|regelen|bellen|praten|spreken|mailen)\b"
    r"|\b(betaalt|betalen|vergoedt|vergoeden) (arag|jullie|u|de verzekering|mijn polis)\b[^.?!]{0,60}\?"
    # Round 17: "kan ik een beroep doen op mijn module Inkomen?"
    r"|\b(beroep doen|aanspraak maken|gebruik maken|gebruikmaken) (op|van) (mijn|de|onze|deze) "
    r"(module|polis|verzekering|rechtsbijstand\w*|flexpolis)\b"
    # Round 26: "bestaat hiervoor dekking onder de module Inkomen?", "is daar dekking voor?", "heb ik hiervoor dekking?"
    r"|\b(bestaat|is|heb|hebben|geldt|biedt|krijg)\b[^.?!]{0,20}\bdekking\b[^.?!]{0,40}\?"
    # Round 30: "kan ik schadevergoeding eisen via jullie", "kan ik dat met jullie hulp terughalen"
    r"|\b(kan|kun|mag) (ik|we|wij)\b[^.?!]{0,40}\b(via|met|door) (jullie|arag|u|de verzekering)\b"
    # Round 17: "val ik (daar) onder de dekking?", "valt dit onder mijn polis?"
    r"|\b(val|valt|vallen) (ik|dit|dat|het|we|wij|zoiets)\b[^.?!]{0,20}\bonder (de|mijn|uw|jullie|onze) "
    r"(dekking|polis|verzekering|rechtsbijstand\w*)\b"
    # English: "I have ARAG with the traffic module", "can you help me claim", "is there a limit"
    r"|\b(i|we)\b[^.?!]{0,30}\b(have|got|am insured|are insured)\b[^.?!]{0,30}\b(arag|traffic|verkeer|income|inkomen|"
    r"consumer|consument|module|legal (expenses|aid) insurance)\b"
    r"|\b(can|could|will|would) (you|arag)\b[^.?!]{0,30}\b(help|assist|pay|cover|claim)\b"
    r"|\bis there (a|any) (limit|maximum|cap)\b|\b(do|does) (you|arag|my policy)\b[^.?!]{0,20}\bcover\b"
    # Round 19: "does my ARAG policy help with this?", "will my legal insurance pay for an objection?", "am I covered?"
    r"|\b(do|does|will|would|can|could)\b (you|arag|my|our|the|this)\b[^.?!]{0,30}\b(polic\w*|insurance|cover|arag)\b"
    r"[^.?!]{0,20}\b(help\w*|cover\w*|pay\w*|assist\w*|apply|work)\b"
    r"|\b(am i|are we|is (this|that|it|my \w+))\b[^.?!]{0,25}\b(covered|insured)\b"
    # Round 20: ARAG asked to take the matter on, with or without a question mark ("kan arag dit oplossen",
    # "kunnen jullie dit voor mij regelen", "kunnen jullie een brief sturen?"), the customer's own action with
    # ARAG ("kan ik ze aanpakken met jullie?", "kan ik daar iets tegen doen via mijn polis"), and in English
    # ARAG asked to pursue the other side ("can ARAG go after them?", "could you sue the seller?")
    r"|\b(kan|kunnen|kunt|wil|willen|gaat|gaan|zal|zullen) (arag|jullie|u)\b[^.?!]{0,30}"
    r"\b(oplossen|regelen|rechtzetten|afhandelen|uitzoeken|oppakken|overnemen|fixen|"
    r"(een )?brief (sturen|schrijven)|(mij|me|ons) (helpen|bijstaan))\b"
    r"|\b(kan|kun|mag|kunnen|mogen) (ik|we|wij)\b[^.?!]{0,40}\b(aanpakken|aanspreken|aansprakelijk stellen|aanklagen|"
    r"dagvaarden|tegen doen|tegen ondernemen|aan doen|mee doen|iets mee)\b[^.?!]{0,15}\b(met|via) (jullie|arag|u|"
    r"mijn (polis|verzekering|rechtsbijstand\w*|module)|de (polis|verzekering|rechtsbijstand\w*))\b"
    r"|\b(can|could|will|would) (you|arag)\b[^.?!]{0,20}\b(go after|pursue|sue|chase|take (them|him|her|it) (on|to court)|"
    r"act against|deal with|sort (it|this) out)\b"
    # Round 22: "kan ik met hulp van ARAG een procedure tegen de Staat beginnen?", "krijg ik rechtsbijstand?", "sta ik
    # er alleen voor?"
    r"|\b(kan|kun|mag|kunnen|mogen) (ik|we|wij)\b[^.?!]{0,15}\b(met (de )?(hulp|steun) van|dankzij|met behulp van) "
    r"(arag|jullie|u|mijn (polis|verzekering|rechtsbijstand\w*|module))\b"
    r"|\bkrijg (ik|we|wij)\b[^.?!]{0,15}\b(rechtsbijstand|juridische hulp|hulp|bijstand|ondersteuning|dekking)\b"
    r"[^.?!]{0,25}\?"
    r"|\b(sta|staan) (ik|we|wij) (er|hier|daar) (dan |nu )?alleen (voor|in)\b"
    # Round 42: "kan ARAG daar ook iets?", "kunnen jullie hier wat mee?"
    r"|\b(kan|kunnen|kunt) (arag|jullie|u) (daar |hier |daarmee |hiermee )?(ook |nog |wel )*(iets|wat)( mee| doen| mee doen)?\s*\?"
    # Round 38: "Kunnen jullie helpen?", "kan ARAG daarbij helpen?"
    r"|\b(kan|kunnen|kunt) (jullie|arag|u) (daar |hierbij |hiermee |daarbij |daarmee |hier |mee |ook )*helpen\b"
    # Round 43: "Kan ik hierover juridische hulp krijgen?"
    r"|\b(kan|kun|mag) (ik|we|wij)\b[^.?!]{0,20}\b(juridische )?(hulp|bijstand|rechtsbijstand|ondersteuning)\b[^.?!]{0,10}"
    r"\bkrijgen\b"
    # Round 35: "kan ik de rechtsbijstand van mijn ouders hiervoor gebruiken?"
    r"|\b(kan|mag|kun) (ik|we|wij) (\w+ ){0,2}(de |mijn |onze |hun )?(rechtsbijstand\w*|polis|\w*verzekering)\b[^.?!]{0,30}"
    r"\b(gebruiken|inzetten)\b"
    # Round 33: reporting late asked about ("Kan dat nu nog of is het te laat?", "kan ik het alsnog melden?")
    r"|\b(kan|mag) (dat|het|ik dat|ik het|ik dit|dit) (\w+ )?(nu )?(nog|alsnog)\b( (melden|aanmelden|doorgeven))?[^.?!]{0,30}\?"
    r"|\bis (het|dat|dit) (nu |al )?te laat\b"
    # Round 45: ARAG asked to fight a rule or decision of someone else ("kan ARAG die regel voor mij aanvechten?",
    # "kunnen jullie daartegen in gaan?", "kan ARAG daar bezwaar tegen maken"), and "die lui / die gasten aanpakken":
    # help asked against the party named, with or without ARAG ("kan iemand die gasten aanpakken?")
    r"|\b(kan|kunnen|kunt|wil|willen|gaat|gaan|zal|zullen) (arag|jullie|u)\b[^.?!]{0,40}\b(aanvechten|bestrijden|"
    r"tegenhouden|terugdraaien|ongedaan maken|(daar|hier|er)?tegen ?in ?gaan|in (bezwaar|beroep) gaan|bezwaar (\w+ ){0,2}"
    r"maken|(\w+ ){0,2}procederen)\b"
    r"|\b(die|deze|de) (lui|gasten|types|figuren|jongens|cowboys|boeven|oplichters|zakkenvullers)\b[^.?!]{0,20}"
    r"\b(aanpakken|aanpakt|aangepakt|aanspreken|aanklagen)\b[^.?!]{0,20}\?"
    # Round 47: the module named without "ik" ("Heb Inkomen bij jullie."), "kan ik daar iets mee?" after a story,
    # ARAG asked for someone who knows the field ("hebben jullie mensen die verstand hebben van pensioenen?", "heeft
    # ARAG iemand die thuis is in huurrecht?") and to do the objection ("kunnen jullie het bezwaar voor me doen?")
    r"|^(heb|hebben|heb ook|hebben ook|had)\b[^.?!]{0,15}\b(verkeer|inkomen|consument (&|en) wonen)\b"
    r"|\b(kan|kun|kunnen|mag) (ik|we|wij) (daar|hier|daarmee|hiermee|er|dan|nu)( \w+){0,2} (iets|wat) (mee|aan)\b[^.?!]{0,20}\?"
    r"|\b(hebben|heeft|heb) (jullie|arag|u)\b[^.?!]{0,15}\b(mensen|iemand|een jurist|juristen|specialisten|een specialist|"
    r"experts?|deskundigen?)\b[^.?!]{0,40}\b(verstand|kennis|ervaring|thuis|gespecialiseerd|specialist\w*)\b[^.?!]{0,40}\?"
    r"|\b(kan|kunnen|kunt|wil|willen|zou|zouden) (jullie|arag|u)\b[^.?!]{0,20}\b(het|dat|een|de|mijn|dit) "
    r"(bezwaar\w*|beroep\w*|verweer)\b[^.?!]{0,25}\b(doen|indienen|schrijven|maken|opstellen|regelen|voeren|verzorgen)\b"
    # Round 33: "Ik wil dat iemand die lui aanpakt", "wil ik dat jullie het overnemen"
    r"|\b((ik|we|wij) (wil|willen)|(wil|willen) (ik|we|wij)) (graag |eigenlijk |gewoon )?dat (iemand|jullie|u|arag)\b"
    r"[^.?!]{0,30}"
    r"\b(aanpakt|aanpakken|overneemt|overnemen|oppakt|oppakken|regelt|regelen|uitzoekt|uitzoeken|afhandelt|afhandelen|"
    r"helpt|helpen|aanspreekt|aanspreken|aansprakelijk (stelt|stellen)|aanklaagt|aanklagen|dagvaardt|dagvaarden)\b"
)
# Round 14: ARAG named only as the insurer of a case that runs ("ik loop bij jullie een zaak tegen mijn
# verhuurder"), no word of blame: the customer tells the case, not dissatisfaction with ARAG.
_RUNNING_CASE = re.compile(
    r"\b(ik loop|ik heb|we hebben|wij hebben|er loopt|loopt)\b[^.?!]{0,15}\b(bij|via) (jullie|arag)\b[^.?!]{0,10}"
    r"\b(een|mijn|onze) (\w+ )?zaak\b"
    r"|\b(een|mijn|onze) (lopende )?zaak\b[^.?!]{0,10}\b(loopt )?(bij|via) (jullie|arag)\b"
)
NEUTRAL_BLAME = re.compile(
    BLAME.pattern + r"|\b(duurt|duren|lang|wacht\w*|gehoord|reageer\w*|reageert|terugbel\w*|gebeld|belt|niemand|"
    r"foutmelding\w*|doorverbonden|loopt (\w+ )?vast|werkt niet)\b"
)
# English: someone of ARAG's side named outside the asking.
ARAG_EN = re.compile(
    r"\b(you|your|arag|handler|case handler|lawyer|staff|employee|premium|customer service|helpdesk|claim handler)\b"
)
# The other side's insurer, a stranger and other opponents the rules' markers leave out.
OTHER_SIDE = re.compile(
    r"\b(zijn|haar|hun|z'n|diens) (auto|wa-?|aansprakelijkheids)?verzekera\w*|\bverzekeraar van (de|die|het|mijn) \w+"
    r"|\bde verzekeraar van de tegenpartij\b|\b\w*(webshop|webwinkel)\b|\b(dat|het|die|dit) (bedrijf|firma|winkel)\b"
    # round 82: providers of parties, weddings, pets and care named by their trade ("de juwelier reageert niet")
    r"|\b(de|het|die|dat|een|onze|mijn) (juwelier\w*|goudsmid|feestzaal|partycentrum|trouwlocatie|trampolinepark|pretpark|"
    r"cateraar|dj|fotograaf|bruidszaak|oppas|uitlaatservice|dierenarts|apotheek|apotheker|bandenservice|bandencentrale|"
    r"bandenspecialist|autobedrijf|schadehersteller)\b"
    # round 87: "met een Poolse maatschappij, ze weigeren de 400 euro compensatie"
    r"|\b(een|de|die|het) (\w+ )?(\w*maatschappij|airline)\b"
    # round 88: "tickets via een doorverkoopsite ... Site zegt: niet ons probleem"
    r"|\b(een|de|die|dat|het|deze) (\w+ )?\w*(site|platform)\b"
    # Round 20: a company, publisher or private seller named with "een" ("op posters van een bedrijf", "van een
    # particulier gekocht"), the seller who stopped answering
    r"|\b(een|de|die|dat|het) (\w+ )?((?!verzeker)\w+(bedrijf|firma|winkel)|bedrijf|firma|winkel|uitgever|uitgeverij|particulier|verkoper|verkoopster|"
    r"handelaar|garage|dealer)\b|\b(die|de|een|deze) (man|vrouw|gast|vent|kerel|jongen|dader|oplichter"
    r"|bestuurder|automobilist|fietser|chauffeur|eigenaar|coureur|deelnemer|tegenstander|motorrijder)\b"
    r"|\b(een|de|die) andere (coureur|deelnemer|rijder|motorrijder|bestuurder|automobilist|fietser|auto)\b"  # round 85
    r"|\b(iemand|dader|tegenpartij|wederpartij)\b"
    # the other side's lawyer or collectors (round 14): "zijn advocaat eist 500 euro"
    r"|\b(zijn|haar|hun|z'n|diens) (advocaat|advocaten|jurist|incassobureau|deurwaarder)\b"
    # round 100: their mail ("volgens hun mail had ik een nieuwe iPhone gewonnen")
    r"|\b(volgens|in|uit) (zijn|haar|hun|z'n) (e-?mail|mail|mailtje|brief|bericht|sms)\b"
    # English (round 14)
    r"|\bthe (other )?(driver|party|seller|landlord|employer|shop|company|neighbou?r)\b|\bhit by\b|\bsomeone\b"
    r"|\b(to|by) a (guy|man|woman|neighbou?r|tenant)\b|\b(my|the) (tenant|renter|builder|contractor)\b"  # round 105
    # a company's shareholders or board (round 17): "de aandeelhouders willen van mij af"
    r"|\b(de|onze|mijn) (aandeelhouders?|raad van (bestuur|commissarissen)|rvc|directie)\b"
    r"|\b(a|the) (motorbike|motorcycle|scooter|car|truck|cyclist)\b"
    # Round 19: an adviser or coach the customer hired, a care home, a government body ("de IND", "the IND")
    # (not ARAG's own: "klantadviseur", "juridisch adviseur")
    r"|(?<!juridisch )(?<!juridische )\b(?!klant)\w*(coach|adviseur|advisor|adviser|planner|makelaar|bemiddelaar|"
    r"tussenpersoon|beleggingsfonds)\b"
    r"|\b\w*(verzorgingshuis|verpleeghuis|zorginstelling|zorgcentrum|tehuis|thuiszorg|ziekenhuis|kliniek|huisarts)\b"
    r"|\b(care|nursing|retirement) home\b|\b(de|het|the) (" + GOVERNMENT + r")\b"
    r"|\bthe (municipality|council|tax (office|authorit\w+)|immigration (service|office|department)|government|"
    r"authorities|police)\b"
    # Round 22: the state and its lawmakers ("de regering verhoogt de AOW-leeftijd", "een procedure tegen de Staat"),
    # a market trader ("de marktkoopman", "het zeil van een groentekraam", "de standhouder") and the people a
    # professional works for ("een patiënt", "de familie van een bewoner", "een cliënt")
    r"|\b(de|het|the|een|mijn|ons) (" + STATE + r")\b|\bstaat der nederlanden\b"
    r"|\b\w*(koopman|koopvrouw|kooplieden|kooplui|standhouder|standhoudster|marktkramer|kraamhouder|marktlieden)\b"
    r"|\b\w+kraam\b|\b(een|de|die|het) (markt)?kraam\b|\bmarktkraam\w*"
    r"|\b(een|de|die|deze|het|mijn|haar|zijn) (\w+ )?(patient\w*|client\w*|bewoner\w*|leerling\w*|zorgvrager\w*)\b"
    # Round 42: someone who ran into the customer ("een Duitser is achterop ons ingereden")
    r"|\b(achterop|tegen|op) (ons|mij|me|mijn|onze) (\w+ )?(ingereden|gereden|geknald|gebotst|aangereden|aan)\b|\b(ben|zijn|werd|werden) "
    r"(\w+ )?aangereden\b"
    # Round 40: a temp agency ("ik werk via uitzendbureau in magazijn")
    r"|\b\w*(uitzendbureau|uitzendorganisatie|detacheerder|detacheringsbureau|payrollbedrijf)\b"
    # Round 45: a gambling or lottery party ("een online casino keert mijn winst niet uit", "de goksite heeft mijn account
    # geblokkeerd", "de organisator van de loterij"), also the organiser of a prize draw or contest
    r"|\b\w*(casino|gokwebsite|goksite|gokbedrijf|gokaanbieder|gokhal|speelhal|bookmaker|wedkantoor|pokersite|loterij|"
    r"lottery|betting site)\w*\b|\b(de|die|een|het) (\w+ )?(organisator|organisatoren|organiserende partij)\b"
    # Round 47: an app or platform the customer works or buys through ("ik rijd voor een maaltijdbezorgapp", "het
    # klusplatform heeft mijn profiel verwijderd", "Uber"), not ARAG's own app ("jullie app", "de app van ARAG")
    r"|\b(?!(arag|jullie|whats)\w*app\b)\w+(app|platform)\b|\been (\w+ )?app\b"
    r"|\b(een|de|die|dat|het|dit|deze|hun) (\w+ )?platform\b(?! van (jullie|julie|arag|u)\b)"
    r"|\b(uber|bolt|deliveroo|thuisbezorgd|takeaway|just eat|flink|gorillas|getir|marktplaats|vinted|airbnb|booking\.com|"
    r"bol\.com|amazon|temu|werkspot|helpling|tiktok|instagram|facebook|youtube)\b"
    # Round 47: a fine of the authorities disputed ("beschikking ontvangen: 239 euro voor te hard rijden", "een boete
    # van het CJIB", "geflitst"): the CJIB or the public prosecutor is the other party (seed 004 art. 12)
    r"|(?<!ter )(?<!tot uw )(?<!tot je )(?<!tot jouw )(?<!tot mijn )(?<!tot onze )\b(beschikking|strafbeschikking|\w*boete|bekeuring|proces-verbaal|flitspaal|trajectcontrole|geflitst|"
    r"snelheidsovertreding|\w*overtreding|officier van justitie|openbaar ministerie)\b"
    # Round 43: a club or association ("de oudejaarsloterij van onze voetbalclub")
    r"|\b(onze|de|een|die|het|mijn|m'?n) (\w+)?(club|vereniging)\b"
    # Round 38: a pension fund ("mijn pensioenfonds heeft zes dienstjaren niet meegeteld")
    r"|\b\w*pensioen(fonds|uitvoerder|verzekeraar)\w*\b|\b(het|dat|die) fonds\b"
    # Round 35: the neighbour next door ("die idioot van hiernaast")
    r"|\bhiernaast\b"
    # Round 35: tradespeople and movers named as a group ("die verhuizers hebben mijn kast gesloopt")
    r"|\b(die|de|deze|twee|drie) (\w+ )?(verhuizers?|verhuisbedrijf|bezorgers?|schilders?|stukadoors?|monteurs?|"
    r"klusjesm\w+|loodgieters?|hoveniers?|glazenwassers?|installateurs?|timmerm\w+|dakdekkers?|elektriciens?)\b"
    # Round 23: a provider, supplier or other seller of a service ("mijn telefoonprovider", "de energieleverancier",
    # "de internetaanbieder"), and English road users: "the other driver now claims", "the driver behind me"
    r"|\b\w*(provider|leverancier|aanbieder)\b"
    r"|\b(the|that|this) (other )?(driver|motorist|cyclist|lorry|van|taxi|bus)\b"
    # Round 30: a flight names its airline ("onze vlucht van Malaga werd geannuleerd")
    r"|\b(onze|mijn|de|een|die) (\w+ )?(vlucht|retourvlucht|terugvlucht|heenvlucht)\b"
    # Round 30: an animal and its owner ("gebeten door een loslopende hond ... eigenaar reageert niet meer")
    r"|\b(eigenaar|eigenares|eigenaresse|baasje|baas van de hond)\b|\b(een|de|die|zijn|haar) (\w+ )?(hond|herder|pitbull|"
    r"rottweiler|kat|paard)\b"
    # Round 24: a friend or in-law the customer lent to or dealt with ("m'n maat", "mijn zwager", "een maat van me")
    r"|\b(mijn|m'?n|mn|een|die|de|deze|zijn|haar|z'n|onze) (beste )?(maat|maatje|makker|gabber|mattie|kameraad|zwager|"
    r"schoonzoon|schoondochter|huisgenoot|huisgenote)\b"
)
# Round 23: a third party's own customer service ("de telefoonprovider rekent te veel en de klantenservice doet
# niks", "hun helpdesk", "de klantenservice van Ziggo"): someone else's, not ARAG's, when a third party is named
# before it and no "jullie", "uw" or ARAG is attached to it.
# Round 26: the rest of the clause is theirs too ("de klantenservice reageert al 3 weken niet meer op mijn mails"), up to
# a word of ARAG's side ("... en jullie ook niet").
_THEIR_CLAUSE = r"(?:(?!\b(jullie|julie|arag\w*|u|uw)\b)[^.?!;])*"
_SERVICE_DESK = (
    r"(klantenservice|klantendienst|helpdesk|servicedesk|servicedienst|klantcontact|klachtenafdeling|"
    r"(vlieg|lucht)?maatschappij|app|website|site)"  # round 30: "onze vlucht ... de maatschappij reageert niet op onze claim"
)
_THEIR_SERVICE = re.compile(
    r"(\b(hun|zijn|haar|z'n|diens) (eigen )?" + _SERVICE_DESK + r"\b"
    r"|\b(de )?"
    + _SERVICE_DESK
    + r" van (?!(jullie|julie|arag\w*|u|uw)\b)(de |het |die |dat |mijn |dit |deze )?\w+)"
    + _THEIR_CLAUSE
)
_PLAIN_SERVICE = re.compile(
    # round 33: also without an article ("... dat energiebedrijf!! Klantenservice hangt gewoon op")
    r"(\b(de|die|een) |(?<!jullie )(?<!julie )(?<!uw )(?<!arag )\b)"
    + _SERVICE_DESK
    + r"\b(?! van (jullie|julie|arag\w*|u|uw)\b)"
    + _THEIR_CLAUSE
)


# Round 25: the staff of a place named before ("in de wasstraat ... medewerker zegt 'eigen risico'") and mails left
# unanswered in the passive ("nooit geleverd ... mails worden niet beantwoord") after a seller or shop: the third
# party's, when no "jullie", "uw" or ARAG is attached to them.
def names_another(text: str) -> bool:
    return bool(OTHER_SIDE.search(text) or THIRD_PARTY_MARKERS.search(text) or COVERAGE_OPPONENTS.search(text))


# Round 33: a complaint the customer wants to make about someone else ("Ik wil een klacht indienen over mijn
# teamleider", "een klacht tegen de school"): a conflict with them, not dissatisfaction with ARAG (seed 000).
_COMPLAINT_ABOUT = re.compile(
    r"\bklacht\w* ((indienen|neerleggen|doen|in ?dienen|ingediend|neergelegd|gedaan|in),? )?(over|tegen|bij) (?P<who>(\w+ ){0,3}\w+)"
)
# Round 45: a complaint filed with a consumer or dispute body ("een klacht indienen bij de Consumentenbond") about a
# party named before: that party's conflict. Kifid and the Tuchtraad are left out: they hear complaints about ARAG too.
_OTHER_BODY = re.compile(
    r"((de|het|een) )?(consumentenbond|geschillencommissie\w*|acm|autoriteit consument\w*|huurcommissie|\w*ombudsman|"
    r"klachtencommissie|reclame code commissie|politie)\b"
)
_ARAG_PERSON = re.compile(r"\b(jullie|julie|arag\w*|u|uw|jurist\w*|behandelaar\w*|medewerk\w*|specialist\w*|zaak)\b")


def complaint_about_another_blanked(plain: str, named: Callable[[str], bool] | None = None) -> str:
    """A folded text without a complaint about a third party it names (`named`: the test for one)."""
    named = named or names_another

    def blank(match: re.Match[str]) -> str:
        who = match.group("who")
        if _ARAG_PERSON.search(who):
            return match.group(0)
        # "Ik wil een klacht tegen ze indienen": a pronoun for the party just named (round 40)
        them = bool(re.match(r"(ze|zij|hen|hun|hem|haar|die)\b", who) or _OTHER_BODY.match(who)) and named(
            plain[: match.start()]
        )
        return " " if named(who) or them else match.group(0)

    return _COMPLAINT_ABOUT.sub(blank, plain)


_PLAIN_STAFF = re.compile(
    r"\b((de|die|een|hun|zijn|haar|z'n) )?(medewerker|medewerkster|medewerkers)\b(?! van (jullie|julie|arag\w*|u|uw)\b)"
    # round 163: the other insurer's handlers ("Ik krijg er steeds een andere behandelaar aan de lijn"), not "mijn behandelaar"
    r"|(?<!mijn )(?<!m'n )(?<!mn )\b((een|de|hun|zijn|haar) )?(andere |nieuwe )?behandelaars?\b"
    r"(?! (van|bij) (jullie|julie|arag\w*|u)\b)"
    r"|\b((mijn|m'?n|onze|de|alle) )?(e-?mails?|mailtjes|mails?|berichten) (worden|werden) (\w+ )?(niet|nooit) (meer )?"
    r"(beantwoord|gelezen)\b"
    # round 163: "niemand neemt daar op en mijn mails worden genegeerd" after the gym named
    r"|\b((mijn|m'?n|onze|de|alle) )?(e-?mails?|mailtjes|mails?|berichten) (worden|werden) (\w+ )?genegeerd\b"
    r"|\bniemand neemt (daar |er )?(\w+ )?op\b"
    # Round 47: "op mijn brieven komt geen antwoord", "op onze mails kwam nooit een reactie" after a pension fund or
    # another party named before: their silence
    r"|\bop (mijn|m'?n|mn|onze|al mijn|al onze|de) (\w+ )?(brieven|brief|e-?mails?|mailtjes|mails?|berichten|bezwaar\w*)\b "
    r"(komt|kwam|komen|kwamen|volgt|volgde|krijg ik|kreeg ik|krijgen we|kregen we)\b( \w+){0,2} (geen|nooit) (een )?"
    r"(\w+ )?(reactie|antwoord)\b"
    # Round 64: "de kliniek reageert niet meer op mijn mails": a party named by its noun, silent
    r"|\b(de|het|die|dat|deze) (?!(jurist\w*|behandelaar\w*|medewerk\w*|specialist\w*|advocaat|arag\w*|klantenservice|"
    r"verzekeraar|verzekering|rechtsbijstand\w*)\b)\w+ (reageert|reageerde|reageren|reageerden|antwoordt|antwoordde) "
    r"(\w+ )?(niet|nooit) (meer )?(op (mijn |onze |m'?n |mn |de |al mijn )?(\w+ )?(e-?mails?|mails?|berichten|brieven|"
    r"telefoontjes|vragen|klachten|telefoon)( (of|en) (\w+ )?(telefoon|mail|mails|e-?mails?|whatsapp|appjes|brieven|"
    r"berichten))?)?"  # round 168: "Het bedrijf reageert niet meer op mail of telefoon."
)


def their_service_blanked(plain: str, named: Callable[[str], bool] | None = None) -> str:
    """A folded text without the customer service (round 23) or staff and unanswered mails (round 25) of a third
    party named before it (`named`: the test for one, by default the opponents of this module and the rules)."""
    named = named or names_another
    text = _THEIR_SERVICE.sub(" ", plain)
    for pattern in (_PLAIN_SERVICE, _PLAIN_STAFF):
        found = pattern.search(text)
        while found:
            before = text[: found.start()]
            if not (named(before) or named(found.group(0))):  # round 64: "de kliniek reageert niet": named in it
                break
            text = f"{before} {text[found.end() :]}"
            found = pattern.search(text, len(before))
    return text


# Round 24: what the other party said to the customer, quoted ("nu zegt ie ik betaal niks terug want jij zei zelf dat
# het een goeie investering was", "hij zei: jullie krijgen niks", "zijn antwoord was: 'u heeft zelf opgezegd'"): its
# "jij", "jullie" or "u" address the customer, not ARAG. Direct speech only: after a colon or a quote mark, or a
# pronoun right after the verb of saying; indirect speech ("hij zei dat jullie ...") is the customer's report and
# stays. The speaker is a third person or a third party, never someone of ARAG's side (their words stay as named).
_SAYS = (
    r"(zegt|zei|zeggen|zeiden|zeggie|zegtie|riep|roept|riepen|beweert|beweerde|schreef|schrijft|appte|appt|mailde|"
    r"mailt|antwoordde|antwoordt|reageerde|reageert|snauwde|snauwt|brulde|lachte|sms'?te)"
)
_SPEAKER = (
    r"(ie|hij|ze|zij|die|men|(mijn|m'?n|mn|de|het|die|deze|dat|zijn|haar|hun|z'n|onze|een) (?!(jurist\w*|behandelaar\w*|"
    r"medewerk\w*|specialist\w*|advocaat|arag\w*|klantenservice|servicedesk|telefonist\w*)\b)[\w'-]+)"
)
_SAY_FILL = r"(( (letterlijk|gewoon|doodleuk|ineens|nu|toen|dan|ook|zelfs|alleen|nog|zomaar|droogjes|boos|kwaad|"
_SAY_FILL += r"tegen (mij|me|ons)|mij|me|ons))*)"  # round 60: "een vriend appt me: '...'"
_OPEN = r"(\s*:\s*[\"'\u2018\u201c\u201e]?|\s+[\"'\u2018\u201c\u201e]|\s+(?=(ik|jij|je|jullie|u|wij|we|jouw|uw)\b))"
_DIRECT_SPEECH = re.compile(
    r"\b"
    + _SAYS
    + r" "
    + _SPEAKER
    + _SAY_FILL
    + _OPEN  # "nu zegt ie ik betaal niks", "zei hij tegen me: ..."
    + r"|\b"
    + _SPEAKER
    + r" (\w+ ){0,2}?"
    + _SAYS
    + _SAY_FILL
    + _OPEN  # "hij zei: jullie ...", "mn maat zegt ik ..."
    # the speaker of the clause before: "mijn huisbaas houdt de borg in en zei letterlijk 'jij ...'" (marks only)
    + r"|\b(en|maar|toen|want|dus|daarna) "
    + _SAYS
    + _SAY_FILL
    + r"(\s*:\s*[\"'\u2018\u201c\u201e]?|\s+[\"'\u2018\u201c\u201e])"
    + r"|\b(zijn|haar|hun|z'n|diens) (antwoord|reactie|woorden|bericht|appje|mail|smoes|excuus|reply)\b[^.?!:]{0,15}"
    r"\b(was|is|luidde|luidt|kwam neer op)\b\s*:?\s*[\"'\u2018\u201c\u201e]?"
    + r"|\b(he|she|they|the (other )?\w+) (said|says|told me|replied|wrote)\s*(:\s*[\"'\u2018\u201c]?|[\"'\u2018\u201c])"
)
_QUOTE_END = re.compile(r"[\"'\u2019\u201d]|[.!?](\s|$)")


def quoted_speech_blanked(plain: str) -> str:
    """A folded text without what a third party said in direct speech (round 24): from the verb of saying to the
    closing quote mark or the end of the sentence."""
    out, start = [], 0
    for found in _DIRECT_SPEECH.finditer(plain):
        if found.start() < start:
            continue
        end = _QUOTE_END.search(plain, found.end())
        stop = end.start() if end else len(plain)
        out.append(plain[start : found.end()])
        out.append(" ")
        start = stop
    out.append(plain[start:])
    return "".join(out)


# Round 19: the policy named as whose it is ("de polis staat op haar naam", "verzekerd via mijn vader"): who is
# insured, not ARAG's service.
POLICY_HOLDER = re.compile(
    r"\b(de |mijn |haar |zijn |onze |hun |die |deze )?(polis|verzekering|rechtsbijstand\w*|flexpolis)\b[^.?!,]{0,25}"
    r"\bop (haar|zijn|mijn|hun|onze|de) naam\b|\b(de |mijn |haar |zijn |onze |hun )?(polis|verzekering|rechtsbijstand\w*|"
    r"flexpolis) (staat |is )?op naam van\b|\bverzekerd (via|bij|op de polis van) (mijn|haar|zijn|onze) \w+\b"
    # someone else holds it: "hij heeft de polis", "mijn vader heeft een rechtsbijstandverzekering bij ARAG" (ARAG stays)
    r"|\b(hij|zij|ze|mijn \w+|haar \w+|zijn \w+) (heeft|had) (de|een|die|deze|ook) (\w+ )?(polis|\w*verzekering|"
    r"rechtsbijstand\w*|flexpolis)\b"
    # Round 20: "mn moeder heeft rechtsbijstand bij jullie (en ik woon bij haar)": someone else holds it, ARAG
    # named only as the insurer
    r"|\b(hij|zij|ze|(mijn|mn|m'n|haar|zijn|onze) \w+) (heeft|had) (ook )?(de |een |die |deze )?(\w+ )?(polis|"
    r"\w*verzekering|rechtsbijstand\w*|flexpolis)\b( (bij|via) (jullie|arag|u))?"
    # Round 33: the customer's own policy told as theirs, no word of blame ("Ik heb jullie polis al 6 jaar", "ik heb
    # sinds drie weken een Flexpolis", "ik ben al jaren bij jullie verzekerd")
    r"|\b(ik|we|wij) (heb|hebben) (\w+ ){0,3}(jullie|uw|de|een|deze|mijn|onze|die) (\w+ )?(polis|\w*verzekering|"
    r"rechtsbijstand\w*|flexpolis)\b( (bij|via) (jullie|arag|u))?"
    # round 161: "Ik had toen Verkeer bij jullie", "we hebben alle modules bij ARAG"
    r"|\b(ik|we|wij) (heb|hebben|had|hadden) (\w+ ){0,3}(consument (en|&) wonen|c ?& ?w|verkeer|inkomen|alle (drie )?modules|"
    r"(de|een) flexpolis|rechtsbijstand\w*) (\w+ )?(bij|via) (jullie|arag|u)\b"
    # round 163: "Jullie verzekering heb ik 4 maanden geleden afgesloten"
    r"|\b(jullie|uw|de|deze|die) (\w+ )?(polis|\w*verzekering|rechtsbijstand\w*|flexpolis) (heb|hebben) (ik|we|wij)\b"
    r"|\b(ik ben|we zijn|wij zijn) (\w+ ){0,3}(bij|via) (jullie|arag|u) (\w+ )?verzekerd\b"
    # round 109: "Ik ben 73 en verzekerd voor Consument & Wonen", "Ik ben verzekerd voor Inkomen"
    r"|\b(ik ben|we zijn|wij zijn)( [\w&]+){0,4} (verzekerd|gedekt) (\w+ ){0,2}(voor|met) (de )?(module )?(consument (en|&) wonen|"
    r"c ?& ?w|verkeer|inkomen)( en (consument (en|&) wonen|c ?& ?w|verkeer|inkomen))?\b"
    # Round 68: "in januari heb ik bij jullie de Flexpolis met Inkomen afgesloten"
    r"|\b(heb|hebben) (ik|we|wij) (\w+ ){0,3}(bij|via) (jullie|arag|u) (de|een|mijn|onze) (\w+ )?(polis|\w*verzekering|"
    r"rechtsbijstand\w*|flexpolis)\b"
    r"|\b(ik|we|wij) (heb|hebben) (\w+ ){0,2}arag[- ]?(polis|verzekering|flexpolis|rechtsbijstand\w*)\b"  # "Ik heb ARAG polis"
    # round 82: the policy the customer wants to take out ("Ik wil vandaag de verzekering afsluiten")
    r"|\b(ik|we|wij) (wil|willen|ga|gaan) (\w+ ){0,3}(de|een|deze|jullie|die) (\w+ )?(polis|\w*verzekering|rechtsbijstand\w*|"
    r"flexpolis) (\w+ ){0,3}afsluiten\b"
    + "|"
    + POLICY_TOLD  # round 71: "Ik ben 71 en heb een rechtsbijstandverzekering bij jullie"
)


def asking_blanked(text: str) -> tuple[str, bool]:
    """The sentences of a folded text without those that ask about cover or name the modules."""
    sentences = [x for x in _SENTENCE_END.split(text) if x.strip()]
    asking = [bool(COVERAGE_ASK.search(x) or _COVER_ASK.search(x)) for x in sentences]
    return " ".join(x for x, a in zip(sentences, asking, strict=True) if not a), any(asking)


OPEN_QUESTION = re.compile(
    r"\b(wat nu|wat moet ik (nu |hiermee |daarmee )?doen|wat kan ik (nu |hier |daar )?(aan |mee )?doen|"
    r"wat kan ik (\w+ ){1,2}doen|"  # "wat kan ik juridisch doen" (round 35)
    # round 43: "kan ik daar iets tegen doen??", "waar moet ik zijn?"
    r"(kan|kunnen) (ik|we|wij) (daar |hier |er )?(iets|wat) (tegen|aan) doen|waar moet ik (zijn|heen|naartoe)|"
    r"hoe nu verder|wat zijn mijn (opties|mogelijkheden|rechten)|"
    # round 143: whether the other side may do what the story tells ("Mag dat zomaar?", "Mag hij dat wel?")
    r"mag (dat|dit|hij|zij|ze|die|het) (dat |dit |zo )?(zomaar|zo maar|wel|eigenlijk|zonder (meer|overleg))|"
    r"is (dat|dit) (wel |eigenlijk )?(toegestaan|legaal|rechtmatig|wettelijk toegestaan))\b"
)


OTHER_INSURER_KIND = re.compile(
    # round 143: the insurer the customer moved to ("overgestapt naar een andere rechtsbijstandverzekeraar")
    r"\b(een )?andere (\w+)?verzekeraar\b|\bwa-?verzeker\w*|\b(auto|reis|inboedel|opstal|zorg|brand|woonhuis|casco|allrisk|aansprakelijkheids|levens|uitvaart|fiets|"
    r"telefoon|annulerings|beleggings)\w*verzeker\w*|\bwoekerpolis\w*"
)


# Round 108: an insurer that is to pay for a thing stolen or damaged ("Mijn scooter is gestolen ... De verzekeraar wil niet
# betalen"): a damage insurer, never ARAG (legal aid pays no damage).
DAMAGE_INSURER = re.compile(
    r"\b(gestolen|diefstal|inbraak|ingebroken|brand|waterschade|lekkage|stormschade|total loss)\b[^?]{0,120}\b(de|mijn|onze|"
    r"m'?n) verzeker(aar|ing)\b[^.?!]{0,40}\b(betalen|uitkeren|vergoeden|betaalt|keert|vergoedt)\b"
)


def another_insurer(plain: str) -> bool:
    """An insurer other than ARAG: by its kind ("de opstalverzekeraar"), or named beside ARAG addressed as such
    ("Onze verzekeraar weigert ... Kunnen jullie een procedure tegen de verzekeraar voeren?", round 104), or one that is
    to pay for a theft or damage."""
    beside_arag = re.search(r"\b(jullie|julie|arag)\b", plain) and re.search(
        r"\b(onze|mijn|de|die|hun|zijn|haar) (eigen )?verzekeraar\b", plain
    )
    return bool(OTHER_INSURER_KIND.search(plain) or beside_arag or DAMAGE_INSURER.search(plain))


def conflict_with_another(text: str) -> bool:
    """Round 53: the coverage check's reading (flexbot/flexpolis/conflicts.py) finds a conflict with someone other
    than ARAG in the story ("iemand knalde op mij bij een rotonde", "door een portier tegen de grond gewerkt"), also
    when it is told without a question."""
    if looks_english(text):
        return False  # the Dutch patterns misread English words
    guess = normalise_conflict(text)
    # a story told in its own words: not a party's name alone, nor a word read as a typo ("really" as "rally")
    plain = fold(text).lower()
    told = [m for m in guess.matched if not m.startswith("opponent:") and m in plain]
    if guess.opponent == "insurer" and not another_insurer(plain):
        return False  # "verzekeraar" alone may be ARAG; "mijn eigen autoverzekeraar" is not (round 54)
    # round 102: another kind of insurer named is the other side by itself ("de uitvaartverzekeraar wil maar de helft uitkeren")
    named = bool(told) or guess.opponent == "insurer"
    return named and guess.kind not in (None, "deze_verzekering") and guess.opponent != "arag"


# Round 90: clubs, schools and their people, opponents the rules' markers leave out ("de club doet er niks aan", "een
# clubgenoot zet in de app-groep ...", "de zeilschool")
CLUB_SIDE = re.compile(
    r"\b(\w*club|\w*vereniging|clubgeno\w+|teamgeno\w+|medespeler\w*|stichting|trainer|coach|regisseur|dirigent|"
    r"organisator\w*|\w{3,}school)\b"
)
# Round 117-118: care practices and lenders ("fysio rekent 140 euro no-show tarief", "een lening bij het Warmtefonds").
OTHER_PROVIDERS = re.compile(
    # round 119: people met in the street and another insurer ("een jogger ... Mijn aansprakelijkheidsverzekeraar")
    r"\b(jogger|hardloper|fietser|wandelaar|voetganger|automobilist|scooterrijder|motorrijder|\w+verzekeraar|"
    r"\w+fonds|kredietverstrek\w*|geldverstrek\w*|schuldeiser\w*|fysio\w*|\w*therapeut\w*|huisarts\w*|\w*praktijk|\w*kliniek\w*|ziekenhuis\w*|verloskundige|logopedist\w*|"
    r"podotherapeut\w*|orthodontist\w*|mondhygienist\w*|psycholoog|diëtist\w*|dietist\w*|osteopaat|"
    # round 147: hearing and sight care ("Het hoorcentrum heeft me een hoortoestel verkocht")
    r"hoorcentrum|\w*audicien\w*|opticien\w*|brillenzaak|hoortoestel\w*)\b"
)
STORY_WORDS = 15  # a told story, not a one-line review ("De monteur liet zijn rommel achter.")


def _names_the_other_side(text: str) -> bool:
    """The rules' parties, the coverage question's opponents (flexbot/complaints: left as they are, they shape the
    detector's model) and the clubs above."""
    return bool(
        THIRD_PARTY_MARKERS.search(text)
        or COVERAGE_OPPONENTS.search(text)
        or CLUB_SIDE.search(text)
        or OTHER_PROVIDERS.search(text)
    )


# Round 97: the other side named as the one who leaves the mails unanswered ("verhuurder reageert niet op mails"): in a
# coverage story that names nobody of ARAG, not ARAG's service.
OTHERS_UNANSWERED = re.compile(
    r"\b(verhuurder|verkoper|webshop|webwinkel|winkel|aannemer|eigenaar|organisator|garage|bedrijf|leverancier|huisbaas|"
    r"makelaar|werkgever|school|park|camping|hotel|airline|maatschappij|bestuur|fotograaf|hij|zij) (reageert|reageren|antwoordt|"
    r"antwoorden) (\w+ ){0,3}op (mijn |onze )?(e-?mails?|mailtjes|mails?|berichten|brieven|appjes)\b"
    # round 101: "Inmiddels reageert hij niet meer op mail en WhatsApp"
    r"|\b(reageert|antwoordt) (hij|zij) (\w+ ){0,3}op (mijn |onze )?(e-?mails?|mailtjes|mails?|berichten|brieven|appjes)\b"
    # round 112: "En zijn verzekeraar 'doet nog onderzoek'. Al VIER maanden! Niemand reageert op mijn mails."
    r"|\bniemand (\w+ ){0,2}(reageert|antwoordt|reageren) (\w+ ){0,3}op (mijn|onze) (e-?mails?|mailtjes|mails?|berichten|brieven)\b"
    # round 108: the mail unanswered told bare in the other side's story ("Nooit gekomen, mail geen antwoord.")
    r"|\b(e-?mails?|mailtjes|mail|berichten|appjes) (\w+ )?(geen|nooit|niet) (antwoord|reactie|beantwoord)\b"
)


def coverage_story(text: str) -> bool:
    """The message asks about cover, tells of a third party, and names nobody of ARAG outside the
    asking (module docstring of flexbot/complaints/target.py, extended for round 13)."""
    plain = fold(text).lower()
    rest, asks = asking_blanked(plain)
    # round 101: the story without its asking ("... weg uit de garderobe ... Kan ARAG helpen?" names ARAG only to ask)
    conflict = conflict_with_another(text) or asks and bool(rest.strip()) and conflict_with_another(rest)
    # round 90: a story of some length that names the other side tells the conflict without asking ("We wonen naast het
    # voetbalveld ... de club doet er niks aan")
    told_story = len(plain.split()) >= STORY_WORDS and _names_the_other_side(plain)
    if not asks and not OPEN_QUESTION.search(plain) and not conflict and not told_story:
        return False  # round 31: a bare "Wat nu?" after a story asks as well; ARAG's side in it keeps the complaint
    # round 53: a message that is all question names the other side in it ("en als DUO een fout heeft gemaakt, kan ik
    # dan met jullie bezwaar maken?")
    all_asked = not rest.strip()
    other = (
        (OTHER_SIDE.search(rest) and not all_asked) or _names_the_other_side(plain if all_asked else rest) or conflict
    )
    if not other:
        return False
    running = _RUNNING_CASE.sub(" ", rest)
    if running != rest and NEUTRAL_BLAME.search(running):
        return False  # "ik loop bij jullie een zaak ... en het duurt veel te lang": about ARAG
    # round 23: "de klantenservice" of the provider named before it; round 163: the staff of another insurer ("Mijn
    # inboedelverzekeraar ... Ik krijg er steeds een andere behandelaar aan de lijn")
    running = their_service_blanked(running, lambda part: names_another(part) or bool(OTHER_INSURER_KIND.search(part)))
    running = quoted_speech_blanked(running)  # round 24: "nu zegt ie: jij zei zelf ..." addresses the customer
    running = complaint_about_another_blanked(running)  # round 43: "ik heb al 3 klachten bij ze ingediend"
    running = OTHERS_UNANSWERED.sub(" ", running)  # round 97: "verhuurder reageert niet op mails"
    left = OTHER_SIDE.sub(" ", NOT_ARAG.sub(" ", POLICY_HOLDER.sub(" ", TOLD_TO_WRITE.sub(" ", running))))
    left = ARAG_GREETED.sub(" ", left)  # round 117: "Beste ARAG, mijn zoon had rijles ..." addresses, blames nobody
    if ARAG_EN.search(left):
        return False  # English, naming ARAG's side outside the asking
    if another_insurer(plain) and not re.search(r"\b(arag\w*|jullie|julie)\b", left):
        left = INSURANCE_WORDS.sub(" ", left)  # round 102: that insurer's policy, premium and payment, not ARAG's
    told = " ".join(s for s in re.split(r"(?<=[.!?])\s+", plain) if not s.rstrip().endswith("?"))
    if conflict and not REPORTED.search(left) and not ARAG_NAMED_HERE.search(told):
        left = OTHERS_WORDS.sub(" ", left)  # round 150: "de zaak zegt dat de fabrikant failliet is", "geen reactie"
        left = QUOTED_EVIDENCE.sub(" ", left)  # "met appjes als bewijs ('krijg je volgende maand terug')"
    return not ARAG_SIDE.search(left)


# Round 150: in a story of a conflict with someone else that names no one of ARAG and no report to ARAG, the shop ("de
# zaak"), its app, mail, letters and silence ("Al zes weken geen reactie") are the other side's. "Mijn zaak" stays
# ARAG's file.
OTHERS_WORDS = re.compile(
    r"\b((?<!mijn )(?<!onze )(?<!m'n )(?<!mn )zaak|openheid van zaken|app|mail\w*|e-mail\w*|brief|reactie|communicatie|"
    r"website|de site|service|klantenservice|klantendienst|servicedesk|chat\w*|klacht\w*)\b"
)
QUOTED_EVIDENCE = re.compile(r"\(\s*[\"'\u2018\u201c][^)]*\)")
REPORTED = re.compile(
    r"\b(gemeld|aangemeld|melding|doorgegeven|ingediend|ingestuurd)\b|"
    r"\b(gebeld|gemaild|contact (op)?genomen|geappt)\b (\w+ )?(over|voor|ivm|vanwege)\b"  # "gebeld over mijn huisbaas"
)
ARAG_NAMED_HERE = re.compile(r"\b(arag\w*|jullie|julie)\b")  # outside the asking: "een klacht over ARAG zelf"


# A letter's salutation to ARAG ("Beste ARAG,", "Geachte heer/mevrouw van ARAG,").
ARAG_GREETED = re.compile(
    r"^\W*(beste|geachte|hallo|hoi|dag|hi|hey|goedemorgen|goedemiddag|goedenavond)( heer/mevrouw| medewerker| team)?"
    r"( van)? (arag|jullie)\b( team| klantenservice)?\W"
)


INSURANCE_WORDS = re.compile(
    r"\b(\w*verzeker\w*|rechtsbijstand\w*|premie\w*|polis\w*|uitker\w*|uitgekeerd|afwijzing\w*|afgewezen|dekking)\b"
)
