"""Single cues the conflict reader (flexbot/flexpolis/conflicts.py) weighs beside the pattern tables.

Each is one compiled pattern on folded text: a story detail that rules a kind in or out ("ik had gedronken",
"de garage zegt", "terwijl de buren ook ...").
"""

from __future__ import annotations

import re

# The customer drove after drinking or drugs (Verkeer 4a); "de ander had gedronken" is not it.
SELF_INFLUENCE = re.compile(
    r"\b(ik|we|wij)\b (had|heb|hadden|hebben|was|waren)\b.{0,30}\b(gedronken|dronken|drank op|bier(tje)?s? op|"
    r"wijn(tje)?s? op|borrel(s|tje|tjes)? op|te ?veel op|onder invloed|geblowd|drugs (gebruikt|genomen)|aangeschoten|"
    r"beschonken|tipsy)\b"
    r"|\bna (een paar|twee|drie|wat|enkele|\d+) (biertjes|bier|wijntjes|glazen|borrels)\b"
    # round 49: "zware slaapmedicatie genomen waarmee hij volgens de wet niet mocht rijden"
    r"|\b(medicatie|medicijn\w*|slaapmiddel\w*|slaappil\w*|slaapmedicatie|kalmeringsmiddel\w*)\b[^.?!]{0,60}"
    r"\b(niet (mocht|mag|mogen) (\w+ )?(rijden|besturen)|rijverbod)\b"
    # round 63: an insured driver of the household ("mijn man ... hij had zelf ook gedronken")
    r"|\b(hij|zij|ze)\b (had|was) zelf\b.{0,30}\b(gedronken|dronken|onder invloed|drank op|geblowd)\b"
    r"|\b(mijn|m'?n) (man|vrouw|partner|zoon|dochter)\b (had|was)\b.{0,30}\b(gedronken|dronken|onder invloed)\b"
    # round 126: confessed after the story ("Klein detail: hij had gedronken en blies te veel"), "ik blies te veel"
    r"|\bik (blies|blaas) (\w+ )?(te veel|te hoog|erboven)\b"
    # round 129: driving while the licence was taken ("Mijn rijbewijs was ingevorderd, maar ik moest dringend ...")
    r"|\bmijn rijbewijs (was|is) (\w+ )?(ingevorderd|ingenomen|ingetrokken|afgepakt)\b[^.?!]{0,30}\bmaar (ik )?(moest|ben|reed|ging)\b"
    r"|\bhad (eerlijk gezegd |wel |toen |al )?(\d+|een paar|twee|drie|vier|vijf|zes) (biertjes|bier|wijntjes|glazen|borrels) op\b"
    r"|\b(klein detail|eerlijk is eerlijk|eerlijk gezegd|wel moet ik zeggen)\b\W{0,3}(hij|zij|ze|ik) (had|heb) (\w+ )?"
    r"(gedronken|gebruikt|geblowd)\b"
    # round 138: the household's driver told first, the drink after ("Mijn zoon (19) heeft ... een lantaarnpaal geraakt.
    # Hij had gedronken ... hij zat boven de grens"), no other road user named
    r"|^(?!.*\b(de ander|de andere|tegenpartij|veroorzaker|tegenligger|die (man|vrouw|automobilist|bestuurder)|aangereden|"
    r"geschept|door een (auto|automobilist|bestuurder|bus|vrachtwagen|scooter))\b)"
    r"(?:(?=.*\b(mijn|m'?n) (man|partner|vriend|zoon)\b).*\bhij|(?=.*\b(mijn|m'?n) (vrouw|partner|vriendin|dochter)\b).*\b(zij|ze))"
    r" (had|heeft|was) (\w+ ){0,2}(gedronken|dronken|onder invloed)\b"
)
# Hit by another road user without accident words: "mijn auto geraakt en doorgereden" (Verkeer 3a).
HIT = (
    r"doorgereden|doorreed|doorrijder|geschampt|schampte|achterop|(mij|me|ons|(mijn|m'?n|mn|onze) \w+) (\w+ )?geraakt|"
    r"raakte (mij|me|ons|mijn|m'?n|mn|onze)|(werden|werd) (\w+ ){0,2}geraakt|"
    # round 143: "werd op de parkeerplaats van de IKEA geraakt door iemand die achteruit reed"
    r"geraakt door (een|iemand|de|die|een andere) (\w+ )?(auto|automobilist|bestuurder|vrachtwagen|bus|busje|bestelbus|"
    r"scooter|motor|die|\w*rijder)|achteruit (reed|reden|rijdend\w*|inparkeerde)|achteruitrijdende|"
    # round 46: a vehicle torn open in passing, a driver forced into the verge ("met die maaier mijn geparkeerde auto
    # opengehaald", "kwam zo breed over de dijk dat ik de berm in moest")
    r"(mij|me|ons) (\w+ ){0,4}(raakte|raakten|ramde|ramden|schepte|schepten)|open ?gehaald|open ?gereten|frontaal|"
    r"(vol |hard |plotseling )?(in|op) de (remmen|rem) (ging|gingen|trapte|trapten)|"
    r"(op|tegen) (onze|mijn|m'?n|ons) (\w+ )?\w*(auto|fiets|scooter|motor|wagen|busje) (ge)?(klapt|knalde|knalt|botste|reed)|(de|in de) berm in (moest|moesten|gedrukt|gereden)|(moest|moesten|belandde|belandden) "
    r"(ik |we |wij )?(\w+ ){0,2}in de berm|van de weg (gedrukt|geduwd)|(drukte|duwde|drukten|duwden) (mij|me|ons) (\w+ ){0,4}(van de weg|de berm in|in de (berm|sloot))"
)
ACCIDENT = re.compile(
    r"\b(aanrijding|aangereden|aanreed|aanreden|botsing|gebotst|ongeluk|ongeval|verkeersfout|voorrang|reed|gereden|rijden|"
    r"fietste|fietsen|overstak|kruispunt|rotonde|gewond|letsel|" + HIT + r")\b"
)
# The other side in a claim, by person or (round 82) by vehicle: "de verzekeraar van de vrachtwagen" is theirs.
OTHER_PARTY = (
    r"(tegenpartij|ander\w*|dader|veroorzaker|bestuurder|automobilist|fietser|buurman|buren|vrachtwagen\w*|vrachtauto|"
    r"truck|bus|busje|bestelbus|bestelauto|taxi|tractor|chauffeur|motorrijder|scooterrijder|bezorger|tegenligger)"
)
OWN_INSURER_REFUSES = re.compile(
    r"(\b(mijn|onze|de|m'?n) |^|(?<=[.!?] ))(\w+)?verzeker(ing|aar)\b(?! van (de|die|het) "
    + OTHER_PARTY
    + r")(?! van (hem|haar|hen))(?!.{0,12}\btegenpartij\b).{0,50}\b(keert|betaalt|vergoedt|wil|weigert)\b(?:[^.?!]|\.\d){0,60}"
    r"\b(niet|niks|niets|uit|af)\b"  # round 31: "wil de schade van 3.400 euro niet vergoeden"
    # round 95: "De inboedelverzekering wil maar een fractie uitkeren"
    r"|(\b(mijn|onze|de|m'?n) |^|(?<=[.!?] ))(\w+)?verzeker(ing|aar)\b (wil|wilde|biedt|bood) (maar|slechts|alleen|nog geen) "
    r"(een )?(fractie|deel|klein deel|schijntje|paar honderd|\d+ ?(procent|%))\b"
    # round 95: "De inboedelverzekeraar weigert de gestolen sieraden van mijn oma (...) te vergoeden"
    r"|(\b(mijn|onze|de|m'?n) |^|(?<=[.!?] ))(\w+)?verzeker(ing|aar)\b (weigert|weigerde)\b(?:[^.?!]|\.\d){0,90}\bte "
    r"(vergoeden|betalen|uitkeren)\b"
    # round 69: the verb first ("Nu weigert mijn reisverzekering uit te keren")
    r"|\b(weigert|weigeren|wil) (mijn|onze|m'?n|de) (\w+)?verzeker(ing|aar)\b(?! van (de|die|het) (tegenpartij|ander\w*))"
    r"[^.?!]{0,40}\b(uit te keren|te betalen|te vergoeden|uitkeren|betalen|vergoeden)\b"
    r"|\b(mijn|onze|m'?n) (\w+)?verzeker(ing|aar) (weigert|weigerde)\b[^.?!]{0,50}\b(uit te keren|te betalen|te vergoeden)\b"
)
# "mijn zoon is in de winkel aangehouden, ze zeggen dat hij oordopjes heeft gestolen": a suspect (art. 12)
ACCUSED_OF_THEFT = re.compile(
    # round 108: also without "dat" ("Politie zegt ik heb gestolen in de supermarkt")
    r"\b(zeggen|beweren|denken|zegt|beweert|denkt|zei|beweerde|dacht) (ze |zij |hij |de \w+ (van (de|het) \w+ )?)?(dat )?"
    r"(hij|zij|ze|ik|mijn \w+) (\w+ ){0,4}"
    r"(heeft|hebben|zou hebben|had|heb) (ge)?stolen\b|\b(aangehouden|opgepakt)\b.{0,80}\b(gestolen|diefstal|winkeldiefstal)\b"
)
PERMIT = re.compile(r"\bvergunning\w*|\bbestemmingsplan\w*")
CLAIM_ON_ME = re.compile(
    # round 72: "ik moet de review binnen zeven dagen verwijderen én 5.000 euro schadevergoeding betalen"
    r"\b(ik|wij|we) (moet|moeten) ([\w.,]+ ){0,8}(€ ?)?\d[\d.,]* (euro )?(schadevergoeding|vergoeding|smartengeld|boete)\b"
    r"[^.?!]{0,20}\bbetalen\b|"
    r"\b(ik|wij|we) (\w+ ){0,2}(€ ?)?\d[\d.,]* (euro )?(schadevergoeding|vergoeding|smartengeld) (\w+ )?(moet|moeten) (\w+ )?betalen\b|"
    r"\b(eist|vordert|claimt)\b (hij |zij |ze |die )?(nu )?(€ ?)?[\d.,]+ (euro )?((aan|voor) [\w-]+ )?van (mij|me|ons)\b|(?<!voor )\b(mij|me) aansprakelijk\b|"
    r"\b(eist|vordert|claimt)\b[^.?!]{0,30}\b(schadevergoeding|smartengeld|vergoeding)\b (van|bij) (mij|me|ons)\b|"  # round 35
    r"\baansprakelijk gesteld\b|\beist (een )?schadevergoeding van (mij|me)\b|"
    # round 34: "nu zegt hij (dat) ik 3.000 euro moet betalen voor zijn tand"
    r"\b(zegt|zei|vindt|wil|eist) ((hij|zij|ze|die) )?((nu|ook|dan) )*(dat )?(ik|wij|we) (\w+ ){0,2}(€ ?)?[\d.,]+ (euro )?"
    r"(moet|moeten|moest) (\w+ ){0,2}(betalen|vergoeden)\b|"
    r"\b(zegt|zei|vindt|eist) ((hij|zij|ze|die) )?((nu|ook|dan) )*(dat )?(ik|wij|we) (moet|moeten|moest) "
    r"(\w+ ){0,2}(€ ?)?[\d.,]+ (euro )?(\w+ ){0,2}(betalen|vergoeden)\b|"
    # round 69: damage the customer did, then an amount wanted ("met de auto van de weg geraakt en tegen het hek van een
    # boer gereden. De boer wil 2.500 euro"); not an amount offered ("... wil maar 500 euro betalen")
    r"\b(ik|wij|we) (ben|zijn|heb|hebben|reed|reden|was|waren)\b[^.?!]{0,80}\b(gereden|gebotst|geknald|geramd|"
    r"aangereden|geraakt|beschadigd|omvergereden|kapotgemaakt|kapot gemaakt)\b(?! door)[^?!]{0,120}\b(wil|wilt|willen|"
    r"vraagt|vragen|eist|eisen|vordert|claimt) (\w+ ){0,2}(€ ?)?\d[\d.,]*( euro)?\b"
    r"(?![^.?!]{0,20}\b(betalen|uitkeren|vergoeden|geven|bieden|terug)\b)"
)
HARM = re.compile(r"\b(ongeluk|ongeval|gevallen|gestruikeld|letsel|gewond|schade|beschadigd|aansprakelijk)\w*")
# Round 92: a public body's own works or action that damaged the customer's things ("De gemeente heeft de riolering
# vernieuwd. Sindsdien zit er een scheur in mijn tuinmuur", "een arrestatieteam heeft de voordeur ingeramd", "iemand
# van de gemeente met een bosmaaier ... steentjes tegen mijn portier"): damage by someone else, no decision.
PUBLIC_WORKS = re.compile(
    r"\b(gemeente|waterschap|provincie|rijkswaterstaat|prorail|politie|arrestatieteam|brandweer|agenten|defensie)\b"
    r"[^.?!]{0,120}\b(riolering|riool\w*|werkzaamheden|wegwerkzaamheden|bestrating|graafwerk\w*|heiwerk\w*|heipalen|"
    r"trillingen|bosmaaier|maaier|maaien|gemaaid|snoeien|gesnoeid|gekapt|ingeramd|ingetrapt|opengebroken|inval)\b"
    r"|\b(riolering|riool\w*|wegwerkzaamheden|graafwerk\w*|heiwerk\w*|bosmaaier)\b"
    r"[^.?!]{0,120}\b(gemeente|waterschap|provincie|rijkswaterstaat|prorail)\b"
)
PUBLIC_DAMAGE = re.compile(
    r"\b(scheur\w*|verzakt|verzakking|kapot|beschadigd|vernield|ingeramd|ingetrapt|opengebroken|lakschade\w*|deuk\w*|"
    r"krassen|schade)\b"
)
DECISION = re.compile(r"\b(besluit|beschikking|vergunning|bezwaar|aanvraag|afgewezen|uitkering|boete|heffing)\w*")
SCHOOL_DECISION = re.compile(
    r"\b(schorsing|geschorst|schorsen|verwijder\w*|van school (gestuurd|sturen)|toelating|toe te laten|toegelaten|"
    r"niet toelaten|diploma|examen|in te schrijven|inschrijv\w*|aan te nemen|niet aannemen|niet aangenomen|plaatsing|niet geplaatst)\b"
)
ROAD_FAULT = re.compile(
    r"\b(gat|gaten|kuil|kuilen|scheur) in (de|het|een) (\w+ )?(weg|wegdek|fietspad|asfalt|straat)\b|\bslecht wegdek\b|"
    r"\bwegbeheerder\b"
    # round 78: "onderuitgegaan op een fietspad dat niet gestrooid was"
    r"|\b(weg|wegdek|fietspad|stoep|brug)\b[^.?!]{0,25}\bniet (gestrooid|geveegd|sneeuwvrij gemaakt)\b"
)
RENTED_HOME = re.compile(r"huur(huis|woning|appartement|flat|kamer)\w*")
# Someone drove into the customer or their things, told without accident words.
RAN_INTO = re.compile(r"\b(kapot|omver|ondersteboven|in de prak|total loss) ?gereden\b|\bomvergereden\b")
# Round 161: a car crashed into something ("hij is tegen een boom gereden")
CRASH = (
    r"\b(reed|reden|gereden|knalde|geknald|botste|gebotst|klapte|geklapt) (\w+ ){0,3}(tegen|op) (een|de) (boom|paal|"
    r"lantaarnpaal|muur|vangrail|hek|gevel|betonblok)\b|"
    r"\b(tegen|op) (een|de) (boom|paal|lantaarnpaal|muur|vangrail|gevel|betonblok) (\w+ )?(gereden|geknald|gebotst|geklapt)\b"
)
COLLISION = re.compile(
    r"\b(aanrijding|aangereden|aanreed|aanreden|botsing|kop-?staartbotsing|gebotst|ongeluk|ongeval|ramde|geramd|geschept|schepte|schepten|"
    + HIT
    + "|"
    # round 92: "reed een lokale chauffeur met zijn busje vol op onze huurauto"
    r"(reed|knalde|botste|knalt|rijdt|botst|klapt|klapte) (\w+ ){0,8}(op|tegen) (mij|me|mijn|ons|onze)|"
    # round 179: "iemand heeft mn zijspiegel eraf gereden ... en is doorgereden"
    r"(zijspiegel|spiegel|bumper|achterlicht|koplamp|portier)\w* (\w+ ){0,3}(eraf|kapot|stuk|in) ?gereden|doorgereden|"
    r"er (\w+ ){0,3}op (geklapt|geknald|ingereden|gebotst)|"  # round 93: "een vrachtwagen is er vol op geklapt"
    # round 108: "een auto is rechts afgeslagen zonder kijken. Mijn arm is gebroken"
    r"(afgeslagen|afsloeg|sloeg (\w+ )?af|draaide|inhaalde|ingehaald)\b[^.?!]{0,40}\b(zonder (te )?(kijken|opletten)|niet gezien|"
    r"over het hoofd)|"
    r"(reed|reden) (mij|me|ons|hem|haar) (\w+ ){0,4}(aan|omver|ondersteboven|klem)|"  # "reed me op het zebrapad aan"
    r"(reed|reden) (een|de|die) (\w+ ){0,2}(mij|me|ons) klem|"  # round 75: "reed een bestelwagen me klem"
    r"(klemgereden|klem gereden|afgesneden|van de weg gereden|gesneden)|"  # round 110: "een vrachtwagen heeft ons klemgereden"
    # round 112: "scootertje snijdt me af", "een bestelbus ons van de weg drukte"
    r"(snijdt|sneed|sneden|drukte|drukten|duwde|duwden) (me|mij|ons) (\w+ ){0,3}(af|van de weg)|"
    # round 172: "een Fransman ons bij het inhalen van de weg drukte"
    r"(me|mij|ons) (\w+ ){0,4}van de weg (drukte|drukten|duwde|duwden|gedrukt|geduwd|reed|gereden)|"
    # round 113: "iemand is door rood op mijn huurauto geknald"
    r"(op|tegen) (mijn|onze|m'?n|ons|de) (\w+ )?(\w*auto|wagen|fiets|scooter|motor|camper)\w* (geknald|gebotst|geklapt|ingereden|"
    r"gereden)|"
    r"(op|tegen) (mij|me|mijn|ons|onze) (\w+ )?(inreed|inreden|ingereden|inrijdt)|"  # round 75: "vol op mijn auto inreed"
    r"(reed|reden) (er )?(iemand|een ander) (mij|me|ons|hem|haar) (\w+ ){0,4}(aan|omver|ondersteboven)|"  # round 56
    r"(reed|reden) (een|de|die|het) (\w+ ){1,2}(mij|me|ons|hem|haar) (\w+ ){0,4}(aan|omver|ondersteboven)|"  # "reed een bus ons aan"
    r"(sloeg|kwam|ging|reed) (\w+ ){0,3}(rechtsaf|linksaf) (\w+ ){0,3}zonder te kijken|"
    # "met mijn scooter onderuit gegaan omdat een auto zonder te kijken uit een uitrit kwam" (round 29)
    r"onderuit (gegaan|ging|gingen)|zonder te kijken|(kwam|reed|draaide) (\w+ ){0,3}(uit|van) (een|de) (uitrit|inrit|zijstraat|"
    r"parkeerplaats|parkeervak)|(sneed|afgesneden)|"  # "kwam zo rechtsaf zonder te kijken, boem"
    # a door flung open in front of a cyclist ("dooring"): "gooide zijn portier open", "flung his door open" (round 20)
    r"portier\w* (\w+ ){0,3}(open ?gegooid|opengegooid|open ?gedaan|geopend|open ?ging|opende|open)\b|"
    r"(gooide|deed|zwaaide) (\w+ ){0,2}portier\w* open\b|"
    r"(gooit|gooide|doet|deed|zwaait|zwaaide|trekt|trok|smijt|smeet) (\w+ ){0,6}(auto|bus)?(portier|deur)\w* open\b|"  # round 34
    # round 75: "een vriend ... tegen een boom reed", "we knalden tegen een lantaarnpaal"
    r"(reed|reden|knalde|knalden|botste|botsten|klapte|klapten) (\w+ ){0,3}tegen (een|de) (boom|paal|lantaarnpaal|muur|"
    r"vangrail|hek|verkeersbord|geparkeerde auto)|tegen (een|de) (boom|paal|lantaarnpaal|muur|vangrail) (gereden|gebotst|"
    r"geknald|geklapt|reed|reden|knalde|knalden|botste)|"
    r"(tegen|op|in) (mij|me|mijn|ons|onze) (\w+ ){0,2}(aan|in|op)?gereden|"  # "is een taxi tegen onze huurauto gereden"
    # round 69: "tegen onze geparkeerde huurauto gereden", "iemand is achterop ons geknald"
    r"achterop (ons|mij|me|mijn \w+|onze \w+|m'?n \w+) (\w+ )?(geknald|gereden|gebotst|geklapt|ingereden)|"
    # round 44: "een of andere gast knalt achterop"
    r"(knalt|knalde|reed|rijdt|botste|klapte|klapt) (\w+ )?achterop|"
    # round 40: "reed een Italiaan op een rotonde tegen onze huurauto aan"
    r"(reed|reden|knalde|botste)\b[^.?!]{0,40}\b(tegen|op) (mij|me|mijn|m'?n|ons|onze) (\w+ )?aan|"
    # round 33: "iemand reed door rood en schepte me op de fiets", "een auto schepte mij"
    r"schept\w*|schepte\w*|(reed|reden|rijdt|gereden) (\w+ )?door (het )?rood|"
    # round 174: "van onze huurscooter gereden door een pick-up die door rood reed"
    r"door (het )?rood (reed|reden|rijdt|ging|gingen|gereden|scheurde)|"
    r"van (onze|mijn|m'?n|de|zijn|haar) (\w+ )?(\w*scooter|fiets|e-?bike|motor|brommer|step)\w* (af )?(gereden|geduwd|gemaaid|getikt))\b"
)
OWN_VEHICLE_DAMAGED = re.compile(
    r"\b(mijn|onze|m'?n) (\w+ )?(auto|motor|scooter|brommer|camper)(ruit|lak|deur|spiegel|motorkap)?\b.{0,60}"
    r"\b(beschadigd|kapot|bekrast|vernield|deuk|ingegooid|ingeslagen|gegooid)\b"
)
OWN_HOME_WORK = re.compile(
    r"\b(mijn|ons|onze|m'?n) (eigen )?(huis|woning|dakkapel|verbouwing|appartement|aanbouw|uitbouw|bouwvergunning)\b|"
    r"\b(ik|wij|we) (wil|willen|ga|gaan) (\w+ ){0,3}(bouwen|verbouwen)\b"
)
OTHERS_INSURER = re.compile(
    r"\bverzeker(aar|ing)\w* van (de|die|het) " + OTHER_PARTY + r"\b|\b(zijn|haar|hun) (wa-?|\w*)verzeker(aar|ing)\b"
)
RENTED_THING = re.compile(
    r"\b(boot\w*|sloep|kano\w*|kajak\w*|sup|fiets\w*|e-bike|bakfiets|tent|caravan|aanhanger\w*|aanhangwagen|"
    r"gereedschap\w*|materiaal|machine\w*|kostuum\w*|jurk|trouwjurk|ski\w*|snowboard\w*|partytent|springkussen|"
    r"geluidsinstallatie|\w*zaal(tje)?|clubhuis|kantine|feestlocatie|partycentrum|"
    r"rolstoel\w*|scootmobiel\w*|rollator\w*|hoog-?laagbed|tillift|hulpmiddel\w*)\b"  # round 64: care aids rented
)
# The deceased's debt the heir is asked to pay ("ik ben erfgenaam ... zij zou hem nog 3.000 euro schuldig zijn", round 86)
DECEASEDS_DEBT = re.compile(
    r"\b(erfenis|nalatenschap|geerfd|erfgena\w*)\b.*\b(zij|hij|ze|mijn \w+) ((?!(ik|wij|we)\b)(?:[^\s.?!]|\.\d)+ ){0,6}schuldig\b"
)
# round 86: also "seniorenflat", "bovenwoning", "huurappartement"
HOME = re.compile(
    r"\b(huis|kamer|studio|huurhuis|studentenkamer|woonruimte)\b|\b\w*(woning|appartement|flat)\b|"
    r"\b(woningcorporatie|woningbouw\w*|corporatie)\b"  # round 94: "Ik huur al 12 jaar bij de woningcorporatie"
)
# "hebben zelf een traplift laten plaatsen ... De leverancier reageert niet": a thing the tenants bought for the home;
# the conflict is with whoever supplied it (C&W 2b), not the landlord (round 86)
INSTALLED_IN_THE_HOME = re.compile(
    r"\b(hebben|heb) (wij |we |ik )?(zelf )?(een|de) (\w+ ){0,2}(laten (plaatsen|installeren|aanleggen|monteren|inbouwen|"
    r"leveren)|gekocht|besteld)\b|\b(een|de) (\w+ ){0,2}laten (plaatsen|installeren|aanleggen|monteren|inbouwen)\b"
)
SUPPLIER = re.compile(r"\b(leverancier|installateur|monteur|fabrikant|het bedrijf|dat bedrijf|de firma|de winkel)\b")
# Service charges of the rented home ("640 euro servicekosten bijbetalen, voor een tuinman en een huismeester"): the
# rent (C&W 2c), though the services are named (round 86)
SERVICE_CHARGES = re.compile(r"\bservicekosten\b|\bstookkosten\b|\bhuismeester\b")
NEIGHBOURS = re.compile(r"\bbu(u)?rm(a|e)n\b|\bburen\b|\bbuurvrouw\b|\bbovenbu\w*|\bonderbu\w*")
PEDESTRIAN = re.compile(r"\b(lopend|te voet|voetganger|wandel\w*|overstek\w*)\b")
# A passenger drives nothing either ("Ik zat achterin bij een vriend die te veel had gedronken"): Verkeer 4a is the driver's
PASSENGER = re.compile(
    r"\b(ik|we|wij) (zat|zaten) (\w+ )?(achterin|voorin|achter in|voor in|ernaast|naast (hem|haar|de bestuurder)|bij (hem|haar|"
    r"een \w+|mijn \w+|de \w+) in de (auto|wagen|bus))\b|\b(ik|we|wij) (was|waren) (de )?(passagier|bijrijder)s?\b|"
    r"\bals (passagier|bijrijder)\b|\b(ik|we|wij) reed (niet|zelf niet)\b|\bik reed niet\b"
)
OTHER_INFLUENCE = re.compile(
    r"\b(de ander|die ander|hij|zij|ze|de bestuurder|de automobilist|de chauffeur|de tegenpartij|die man|die vrouw)\b"
    r" (had|was|bleek)\b.{0,30}\b(gedronken|dronken|onder invloed|drugs)\b"
    # round 75: "een dronken bestuurder reed vol op mijn auto in"
    r"|\b(een|de|die) (dronken|beschonken|aangeschoten|stomdronken) (\w*gast|bestuurder|automobilist|chauffeur|fietser|"
    r"man|vrouw|jongen|motorrijder|scooterrijder|buurman|buurjongen|collega|vriend)\b"
    # "bij een vriend die te veel had gedronken"
    r"|\b(vriend|vriendin|bestuurder|chauffeur|man|vrouw|collega|buurman|kennis|maat|broer|zus|vader|moeder)\b,? die (\w+ ){0,3}"
    r"(had|was|bleek) (\w+ ){0,2}(gedronken|dronken|onder invloed)\b"
    r"|\b(de ander\w*|die ander\w*|de (andere )?(bestuurder|automobilist|chauffeur)|de tegenpartij)\b (\w+ ){0,2}(moest|werd|is) "
    r"(\w+ )?(blazen|getest|gecontroleerd)\b"
)
# Calling a seller that never delivered "oplichters" does not undo the purchase contract (C&W 2b).
INSULT_FRAUD = re.compile(
    r"\boplicht\w*\b|\bopgelicht\b|\bbestolen\b|\bdieven\w*\b|\bafzett\w*\b|\bafgezet\b"
)  # round 85: "BESTOLEN"

# A car named by its make or by parts only a motor vehicle has ("een Golf uit 2014, de versnellingsbak is kapot").
CAR_BY_NAME = (
    r"\b(volkswagen|vw|opel|toyota|peugeot|renault|citroen|skoda|hyundai|kia|nissan|mazda|bmw|audi|mercedes|volvo|"
    r"fiat|seat|dacia|suzuki|tesla|honda|porsche|ford fiesta|ford focus|golf (gti|tdi|tsi)|"
    r"golfje|polootje|fiatje|opeltje|"  # "een golfje uit 2011"
    r"clio|corsa|yaris|aygo|astra|picanto|twingo|micra|octavia|fabia|passat|"  # models no other word shares (round 66)
    r"versnellingsbak|koppeling|koppelingsplaat|distributieriem|tellerstand|kilometerstand|motorblok|cilinderkop|kenteken\w*|"
    r"koppakking|cilinderkoppakking|turbo|apk-keuring)\b"
)
VEHICLE_BOUGHT = re.compile(
    r"\b(gekochte|nieuw gekochte|tweedehands) (\w+ )?(auto|motor|scooter|brommer|camper|occasion)\b|"
    r"\b(auto|motor|scooter|brommer|camper|occasion) (\w+ ){0,2}gekocht\b|"
    # round 49: "mijn camper aan een particulier verkocht; nu wil hij de koop ontbinden"
    r"\b(auto|motor|scooter|brommer|camper|occasion) (\w+ ){0,4}verkocht\b"
)
# Round 69: parts and services only a motor vehicle has ("een Belgische garage heeft de waterpomp vervangen")
VEHICLE_PARTS = (
    r"\b(waterpomp|distributieriem|versnellingsbak|koppelingsplaat|cilinderkop|carburateur|katalysator|roetfilter|"
    r"apk|sleepkosten|sleepdienst|takelwagen)\b"
)
MOTOR = re.compile(
    r"\b(\w*wagen|auto\w*|\w+auto('?s)?|motor\w*|\w*scooter\w*|brommer\w*|speed ?-?pedelec\w*|vrachtwagen\w*|camion|(stads|lijn|school|reis|nacht)?bus|taxi\w*|camper|bestelbus\w*|"
    r"automobilist\w*|busje|tuktuk|touringcar|motortaxi|minibus|pick-?up|tractor|trekker|truck|bijrijder|shovel|heftruck|giertank|quad|landbouwvoertuig\w*|autoportier\w*|portier\w*(?=[^.?!]{0,30}\bopen))\b|"  # a car door flung open (round 26)
    r"\b(snelweg|autosnelweg|autobahn|autoroute|autostrada|autopista|autoweg|vluchtstrook|pechhaven|tolweg)\b|"  # round 69
    r"\bop de a\d{1,3}\b|\b(afrit|oprit|aansluiting|knooppunt) (van )?de a\d{1,3}\b|"  # round 77: "een ongeluk op de a12"
    + VEHICLE_PARTS
    + "|"
    + CAR_BY_NAME  # round 143: "knalt er een Tesla achterop"
)
# The customer took part without a motor vehicle of their own.
NO_OWN_MOTOR = re.compile(
    r"\b(fiets\w*|lopend|te voet|voetganger|wandel\w*|overstek\w*|zebrapad)\b|"
    # a passenger in someone else's car (Verkeer 1: "met of zonder vervoermiddel")
    r"\b(passagier|bijrijder|meegereden|meereed|achterop bij)\b|\b(zelf )?geen (eigen )?(auto|vervoermiddel)\b|"
    # "ik zat achterin"; not "met een klant achterin" (round 47: the taxi driver's passenger)
    r"\b(ik|we|wij) (zat|zaten) (\w+ )?achterin\b"
)
# Round 107: the customer's own means were no motor vehicle, not a cyclist they hit ("ik zat zelf ook op de fiets he, geen
# auto"): a prosecution for injury by fault is then C&W 2j as well as Verkeer 3c (C&W 3c only excludes motor vehicles).
CUSTOMER_WITHOUT_MOTOR = re.compile(
    r"\b(ik|we|wij) (fietste|fietsten|liep|liepen|wandelde|wandelden|rende|renden|steppte)\b|"
    r"\b(ik|we|wij) (zat|zaten|was|waren|reed|reden) (\w+ ){0,3}op (de|mijn|m'?n|mn|een|onze) (\w+)?fiets\b|"
    r"\b(ik|we|wij) (was|waren) (\w+ ){0,2}(te voet|lopend)\b|\b(zelf )?geen (eigen )?(auto|motor|scooter|vervoermiddel)\b"
)

TRAFFIC = re.compile(
    CRASH + r"|"
    # round 161: "Ik heb in de mist een wandelaar geraakt": someone hit on the road
    r"\b(wandelaar|voetganger|fietser|fietsster|scooterrijder|motorrijder|overstekende \w+) (\w+ ){0,3}(geraakt|geschept|"
    r"aangereden|raakte|schepte)\b|"
    r"\b(\w*auto|\w*wagen|fiets\w*|scooter|brommer|motor(fiets)?|verkeer(?!d)\w*|kruispunt|rotonde|snelweg|door rood|"
    r"op de a\d{1,3}|"
    r"fietspad|zebrapad|aanrijding|aangereden|(stads|lijn|school|reis|nacht)?bus|tram|trein|vrachtwagen|taxi|camper|bestelbus\w*|busje|bijrijder|"
    r"tractor|trekker|shovel|giertank|landbouwvoertuig\w*|achteruit ?rijden|achteruit ?reed|inparkeren|uitparkeren|"
    r"doodgereden)\b|"  # round 64: "bij het achteruitrijden op de parkeerplaats heb ik een vrouw geraakt"
    # round 115: traffic on the water (Verkeer 1: "op het water"), a boat that rammed another
    r"\b(speedboot|motorboot|zeilboot|sloep|jetski|waterscooter|rondvaartboot|plezierboot)\w*\b[^.?!]{0,60}\b(ramde|geramd|"
    r"aanvaring|botste|voer (\w+ ){0,3}(op|tegen))\b"
)


OTHER_BANKRUPT = (
    r"\b(bedrijf|platform|winkel|webshop|aannemer|reisorganisatie|bouwer|leverancier|maatschappij|werkgever|baas|"
    r"exchange|verkoper|touroperator|organisator|fabrikant|bank|installateur|keukenboer|dealer|bv|nv|onderneming|"
    # round 82: the providers of a wedding or party ("Onze trouwlocatie is failliet verklaard", "weddingplanner is failliet")
    r"\w*locatie|\w*planner|\w*centrum|cateraar|fotograaf|feestzaal|zaal|bruidszaak|zaak|studio|school|sportschool|club|"
    r"\w*fonds)\b"
    r"[^.?!]{0,40}\b(failliet|faillissement)\b"
    r"|\bfailliete (bv|nv|onderneming|bedrijf|winkel|webshop|aannemer|werkgever|reisorganisatie)\b"  # "de failliete BV"
    # round 69: "na het faillissement van mijn baas"
    r"|\bfaillissement van (mijn|m'?n|onze|de|het|die|dat|een) (\w+ )?(baas|werkgever|bedrijf|aannemer|winkel|webshop|"
    r"verhuurder|leverancier|reisorganisatie|dealer|zaak)\b"
    # round 54: "De brouwerij is nu failliet" (another's bankruptcy, whatever its kind)
    r"|\b(de|het|die|dat|hun|zijn|haar) (?!(mijn|onze)\b)\w+ (is|was|ging|gaat) (\w+ ){0,2}failliet\b"
)
OWN_BANKRUPTCY = (
    r"\bmijn faillissement\b|\b(ik|wij|we) (ben|zijn|ga|gaan|word|worden) failliet\b|\bfaillissement van mij\b"
    r"|\b(mijn|m'?n|onze|ons) (bv|nv|bedrijf|zaak|eenmanszaak|onderneming) (is|gaat|ging|was) failliet\b"
    r"|\b(ik|wij|we) (kan|kunnen) (de|mijn|onze) schulden niet (\w+ )?betalen\b"
)
LIVE_TOGETHER = re.compile(
    r"\b(mijn|m'?n) (partner|man|vrouw|echtgeno\w*)\b|\bsamen ?won\w*|\b(wonen|woon|woont) (\w+ ){0,3}samen\b|\bsamenwonend\w*"
    r"|\b(woont|wonen) (al |nu |sinds \w+ )?bij (mij|me)\b|\b(woon|wonen) (samen )?met (mijn|m'?n) (vriend|vriendin)\b"
)
OWN_CRAFT = (
    r"\b(mijn|m'?n|onze|ons) (eigen )?(zeil|motor|speed|plezier|rubber|vis)?(boot|bootje|jacht|sloep|catamaran|jetski|"
    r"waterscooter|zeiljacht|motorjacht)\b"
)
RENTED_CRAFT = (
    r"\b(boot|bootje|sloep|jacht|zeilboot|motorboot|kano|kajak|sup|jetski|waterscooter|catamaran|drone)\w*\b"
    r".{0,40}\b(gehuurd|huren|huurde|gehuurde)\b|\b(gehuurd|huren|huurde|gehuurde)\b.{0,20}\b(boot|bootje|sloep|jacht|"
    r"zeilboot|motorboot|kano|jetski|waterscooter)\b|\bbootverhuur\w*"
)


# Round 50: hit on the slopes ("op de piste van achteren geschept door een snowboarder"): a tort (C&W 2a), also on a
# holiday booked (the text is folded, so "skiër" reads "skier").
# Round 90: something told about the customer in a group or about town ("zet in de app-groep van de club dat ik vals
# speel en geld uit de pot heb gejat"): harm to the name (C&W 2a), not the theft or the game it accuses them of.
GOSSIP = (
    r"\b(zet|zette|zetten|plaatst|plaatste|schrijft|schreef|post|postte|roept|riep|vertelt|vertelde|beweert|"
    r"beweerde)\b[^.?!]{0,50}\b(app-?groep|groepsapp|groepschat|\w*app|forum|nieuwsbrief|clubblad|overal|"
    r"tegen iedereen|in het dorp|in de buurt)\b[^.?!]{0,40}\bdat (ik|wij|we|mijn \w+) "
)
SKI_COLLISION = (
    # round 90, in dialect: "een Duitse skiër vol op mijn vrouw ingeknald"
    r"\b(skier|snowboarder|skiester)s?\b[^.?!]{0,40}\b(geschept|aangereden|botste|knalde|reed|klapte|ingeknald|"
    r"ingereden|ingebotst|ingeskied|opgeknald|gebotst|geknald)\b|"
    r"\b(geschept|aangereden|omver ?gereden) (\w+ ){0,3}door een (\w+ )?(skier|snowboarder|skiester)\b|"
    r"\b(reed|knalde|botste|klapte|skiede) (een |de )?(\w+ )?(skier|snowboarder|skiester)\b|"
    # round 60: "een gast kwam vol op me in geknald op de piste"
    r"\b(op (me|mij|ons) in|tegen (me|mij|ons) aan|in (me|mij|ons)) (ge)?(knald|geknald|gereden|gebotst|geskied|geklapt)\b"
    r"[^.?!]{0,40}\b(piste|skipiste|helling|wintersport|snowboard)\b|"
    r"\b(piste|skipiste|wintersport)\b[^.?!]{0,60}\b(op (me|mij) in|tegen (me|mij) aan|omver) (ge)?(knald|geknald|"
    r"gereden|gebotst|geskied|geklapt)\b"
)
# Round 47: a traffic fine decided by the CJIB or the officer ("Beschikking ontvangen: 239 euro voor 28 km/u te hard"):
# a fine (art. 12), not a decision about the customer (C&W 2f).
FINE_DECISION = r"\bbeschikking\b[^.?!]{0,60}\b(te hard|snelheid|door rood|parkeer\w*|rood licht)\b"
# A penalty agreed in a contract ("de boete van 10% uit de koopakte") is no fine of the government (art. 12).
CONTRACT_PENALTY = re.compile(
    r"\bboete\w*\b.{0,40}\b(uit|in|volgens) (het|de|ons|onze|mijn) (koop)?(contract|overeenkomst|akte|koopakte)\b|"
    r"\b(contractuele|boeteclausule|boetebeding)\b|"
    # round 46: a supplier threatening a fine over a contract ("willen ons leveringscontract openbreken en dreigen met een
    # boete")
    r"\b\w*(contract|overeenkomst)\b[^.?!]{0,60}\b(dreig\w*|eis\w*|rekenen|vragen) (met )?(een )?boete\b|"
    # round 118: "Het bedrijf weigert te ontbinden en wil € 375 boete" (a door-to-door energy contract)
    r"\b(ontbind\w*|opzeg\w*|annuler\w*|beeindig\w*)\b[^.?!]{0,40}\b(wil|wilt|willen|eist|eisen|rekent|rekenen|vraagt|vragen)"
    r" ([\w€.,]+ ){0,3}boete\b|\b\d+ ?(%|procent) boete\b|\bboete van \d+ ?(%|procent)|"
    # round 162: "en opzeggen kost 300 euro boete" (a provider's early-termination fee)
    r"\b(opzeg\w*|annuler\w*|ontbind\w*) (\w+ )?(kost|kosten|kostte) ([\w€.,]+ ){0,3}boete\b|\b(opzeg|annulerings)boete\b|"
    # round 88: a transport company's surcharge ("een 'boete' van 50 euro van de conducteur ... NS zegt jammer"): the
    # ticket's contract (C&W 2b), no fine of the government (art. 12)
    r"^(?!.*\b(cjib|politie|boa|handhaver|gemeente|officier|justitie)\b).*\b(ns|conducteur|vervoerder|ov-?bedrijf|arriva|"
    r"connexxion|gvb|ret|htm|qbuzz|keolis|ebs|hermes|breng|flixbus)\b"
)
# The customer's policy told, ARAG as the insurer (also read by bot/components/third_party.py): "Ik ben 71 en heb een
# rechtsbijstandverzekering bij jullie" (round 71), "ik heb deze verzekering al sinds 2017" (round 76).
POLICY_TOLD = (
    r"\b(heb|hebben) (een|de|mijn|onze) (\w+ )?(rechtsbijstand\w*|\w*verzekering|\w*polis|flexpolis) bij (jullie|julie|arag)\b|"
    r"\b(ik heb|heb ik|we hebben|hebben we) (deze|de|die|mijn|onze) (verzekering|polis|rechtsbijstand\w*) (al )?sinds\b|"
    # round 90: "(toen waren we al bij jullie verzekerd)", "hebben we in februari deze rechtsbijstand afgesloten"
    r"\b(waren|zijn|was|ben) (we|wij|ik) (\w+ ){0,2}(bij|via) (jullie|julie|arag|u) (\w+ )?verzekerd\b|"
    r"\b(heb|hebben) (ik|we|wij) (\w+ ){0,3}(deze|de|die|een|mijn|onze|jullie) (\w+ )?(rechtsbijstand\w*|\w*verzekering|"
    r"\w*polis|flexpolis) (\w+ ){0,2}afgesloten\b"
)
ARAG_AS_INSURER = re.compile(
    r"\barag (met|sinds|al)\b|\b(verzekerd|klant|lid) (\w+ ){0,2}(bij|van) arag\b|\bbij arag (verzekerd|klant)\b|"
    r"\b(heb|hebben) (al )?(jaren |lang )?arag\b(?! (gebeld|gemaild|gevraagd|geschreven|gesproken))|"
    # round 33: "an expat ... with an ARAG Flexpolis", "ik heb een ARAG-polis", "my ARAG policy"
    r"\b(with|have|has|got|my|our) (an? )?arag\b|\b(een|mijn|onze|de) arag[- ]?(flexpolis|polis|verzekering|"
    r"rechtsbijstand\w*)\b|"
    r"\b(mijn|onze) arag\b[^.?!]{0,20}\b(opgezegd|beeindigd|stopgezet|gestopt)\b|"  # round 70: the policy ended
    + POLICY_TOLD
)
BUSINESS_PREMISES = re.compile(r"\b(winkel|bedrijfs|kantoor)?pand(je)?\b|\b(bedrijfs|winkel|kantoor)ruimte\b")


# A garage where the car stood or that priced the damage is no party ("mijn auto stond bij de garage",
# "garage zegt 2400 euro"): the fine or the collision decides (art. 12, Verkeer 3a).
# A police officer by rank, the police being the employer (Inkomen 2b, rounds 40 and 99)
POLICE_OFFICER = r"(agent|agente|politieagent\w*|rechercheur|brigadier|hoofdagent|inspecteur|wijkagent)"
# Round 92: a divorce denied ("En als het geen scheiding was, maar ...", "het gaat niet om de scheiding") names no divorce
NOT_THE_DIVORCE = re.compile(r"\b(geen |niet (om|over) (de |een |onze |mijn )?)(echt)?scheiding\b")
# Round 92: the other side's own business ("Het bezorgbedrijf zegt dat de chauffeur zzp'er is"), not the customer's
# (C&W 1, Inkomen 3a): blanked before the kind and the role are read.
OTHERS_SELF_EMPLOYED = re.compile(
    r"\b(de|die|deze|hun|zijn|haar|dat) (\w+ )?(chauffeur|bezorger|pakketbezorger|koerier|monteur|schilder|klusjesman|"
    r"timmerman|stukadoor|loodgieter|hovenier|elektricien|man|vrouw|jongen|dader|bestuurder|fietskoerier)\b[^.?!]{0,30}"
    r"\b((is|was|werkt als|als) (een |ook |maar )?(zzp'?er|zelfstandige|freelancer)|(een |ook |maar )?(zzp'?er|"
    r"zelfstandige|freelancer) (is|was))\b"
    r"|\b(hij|zij|ze) (is|was|werkt als) (een |ook |maar )?(zzp'?er|zelfstandige|freelancer)\b"
)
GARAGE_NOT_PARTY = re.compile(
    r"\b(stond|staat|stonden|was|lag) (\w+ ){0,4}(bij|in) de garage\b|\b(de )?garage (zegt|schat|schatte|begroot|"
    r"taxeert|rekent op)\b|\bvolgens de garage\b|\b(offerte|schatting|begroting) (van|bij) de garage\b|"
    r"\b(auto|wagen|motor|scooter) (\w+ ){0,3}(in|naar) de garage\b|"  # "auto 3 weken in de garage" (round 44)
    # round 38: a dentist or expert who only priced the damage ("de tandarts schat 2.100 euro")
    r"\b(de )?(tandarts|orthodontist|arts|dokter|huisarts|fysiotherapeut|expert|taxateur|schade-?expert) (schat|schatte|"
    r"begroot|raamt|rekent op|zegt dat het)\b|\b(offerte|schatting|begroting|rekening) (van|bij) de (tandarts|orthodontist)\b"
)
# "als ik overstap naar een andere verzekeraar": a change of policy, not a conflict with an insurer.
SWITCHING_INSURER = re.compile(
    r"\b(overstap\w*|over te stappen|overgestapt|stap(pen|t)? (\w+ )?over) (naar|bij) (een )?(andere|nieuwe) (\w+ )?"
    r"(verzekeraar|maatschappij)\b|"
    # round 82: this policy taken out now ("Ik wil vandaag de verzekering afsluiten, want de feestzaal ...")
    r"\b(ik|we|wij) (wil|willen|ga|gaan) (\w+ ){0,3}(de|een|deze|jullie|die) (rechtsbijstand)?(polis|verzekering|flexpolis) "
    r"(\w+ ){0,3}afsluiten\b",
    re.IGNORECASE,
)


# A neighbour named to compare ("terwijl de buurvrouw in precies zo'n huis minder betaalt", "net als de buren"):
# no party when someone else is named (the woningcorporatie raising the rent: C&W 2c, not 2e).
NEIGHBOUR_COMPARED = re.compile(
    r"\b(terwijl|net als|net zoals|zoals|evenals|dan|ook) (de|mijn|m'?n|onze|ons|alle|andere|die) (\w+ )?"
    r"(buurvrouw|buurman|buren|bovenburen|onderburen|overburen|buurtgeno\w*|buurtbewoners)\b[^.?!,;]*|"
    r"\b(de|mijn|m'?n|onze) (buurvrouw|buurman|buren|bovenburen|onderburen|overburen)\b[^.?!,;]{0,40}\b(minder|meer|"
    r"hetzelfde|evenveel|goedkoper|duurder|ook al|net zo)\b[^.?!,;]*"
)
# Round 179: a mix-up corrected ("Sorry, dat was de auto van mijn buurman. Mijn eigen Skoda ..."): the neighbour owned
# the thing first told, and is no party.
NEIGHBOURS_THING_MIXED_UP = re.compile(
    r"\b(dat|die|het) (was|waren|is) (de|het) \w+ van (de|mijn|m'?n|onze) (buurvrouw|buurman|buren)\b"
)


# Round 78: the neighbours as the place a parcel went or did not go ("volgens track & trace bezorgd, ook niet bij de buren",
# "bij de verkeerde buren afgeleverd"): with a parcel told and another party named, the seller's delivery is the conflict.
# Round 78: a neighbour who only says what they saw ("De buurman zegt dat het al jaren lekte"), with the seller named.
NEIGHBOUR_WITNESS = re.compile(
    r"\b(de|mijn|m'?n|onze) (buurman|buurvrouw|buren|bovenburen|onderburen|overburen) (zegt|zeggen|zei|zeiden|vertelt|"
    r"vertellen|vertelde|vertelden|weet|weten|wist|wisten|zag|zagen|heeft gezien|hebben gezien) (ook )?(dat|het)\b[^.?!;]*|"
    # round 82: neighbours who found or raised the alarm ("Buren vonden de katten na 4 dagen uitgedroogd")
    r"\b((de|mijn|m'?n|onze) )?(buurman|buurvrouw|buren|bovenburen|onderburen|overburen) (vonden|vond|ontdekten|ontdekte|"
    r"hoorden|hoorde|belden|belde|waarschuwden|waarschuwde|sloegen alarm|sloeg alarm)\b[^.?!;]*|"
    # round 84: the neighbours' place where the harm ended up ("het water loopt de kelder van de buren in")
    r"\b(de|het|hun) (\w+ )?(kelder|tuin|huis|woning|schuur|garage|erf|dak|muur|gevel) van de (buren|buurman|buurvrouw|"
    r"bovenburen|onderburen)\b|"
    # round 86: the neighbour who came along ("ook voor mijn buurvrouw die ik heb meegeboekt", "met de buurman mee op reis")
    r"\b(voor|met) (de|mijn|m'?n|onze) (buurman|buurvrouw|buren|overburen)\b[^.?!;]{0,30}\b(meegeboekt|mee ?geboekt|"
    r"(mee )?(op reis|op vakantie)|meegegaan|meeging|meegingen|meereisde\w*)\b|"
    r"\b(mijn|m'?n|onze) (buurman|buurvrouw) (die|met wie) (ik|we|wij) (\w+ ){0,3}(meegeboekt|geboekt|op reis|op vakantie)\b"
)
PARCEL = re.compile(r"\b(pakket\w*|bestelling|bezorg\w*|afgeleverd|track ?(&|en) ?trace|zending|postbode|koerier)\b")
NEIGHBOURS_AS_PLACE = re.compile(
    r"\b(ook )?(niet )?(bij|naar) de (verkeerde |andere )?(buren|buurvrouw|buurman|overburen|bovenburen|onderburen)\b"
)


# The customer paying money back (a loan such as the borgsom, art. 13) is no refund owed by a seller.
OWN_REPAYMENT = re.compile(
    r"\b(moet|moeten|moest|moesten) (ik|we|wij) (\w+ ){0,4}(terugbetalen|terug betalen)\b|"
    r"\b(moet|moeten) (ik|we|wij|hij|zij) (\w+ ){0,3}rente\b|\brente (over|op) (betalen|de borg\w*|dat bedrag)\b"
)
# Round 129: the other side arrested ("De politie heeft hem opgepakt" after an assault): the customer is no suspect.
OTHER_ARRESTED = re.compile(
    r"\b(politie|agenten|agent) (heeft|hebben) (hem|haar|hen|de dader|die man|die vrouw|die jongen|ze|de daders) (\w+ )?"
    r"(opgepakt|aangehouden|gearresteerd|meegenomen)\b|\b(de dader|die man|hij|zij) (is|werd) (\w+ )?(opgepakt|aangehouden|"
    r"gearresteerd)\b"
)
# Charges the customer says there are none of, also in a list ("geen strafzaak of boete of iets in die richting").
# Round 123: "Er is geen sprake van een overtreding of strafzaak, ik heb nooit een bekeuring gehad" (the CBR's decision).
_CHARGE = (
    r"(een )?(strafzaak|boete\w*|bekeuring\w*|proces[- ]verbaal|aangifte|vervolging|zitting|overtreding|strafbaar feit)"
)
DENIED_CHARGES = re.compile(rf"\b(geen|zonder|geen sprake van|niet om|nooit) {_CHARGE}(,? (of|en|noch) {_CHARGE})*\b")

# The company a vehicle was rented from, named as the other side ("het verhuurbedrijf rekent schade", "Sixt").
RENTAL_COMPANY = re.compile(
    r"\b(verhuurder\w*|verhuurbedrijf\w*|\w*verhuur\w*|hertz|sixt|europcar|avis|budget|enterprise)\b"
)

# A place rented for a holiday (round 28): "voor de wintersport een appartement gehuurd", "een chalet geboekt".
_HOLIDAY = (
    r"(wintersport|skivakantie|skireis|vakantie|zomervakantie|herfstvakantie|meivakantie|kerstvakantie|weekendje( weg)?|"
    r"zomer|winter|zomermaanden|wintermaanden)"
)
HOLIDAY_LET = re.compile(
    r"\b(voor|tijdens|op) (de |onze |mijn |ons |een )?" + _HOLIDAY + r"\b[^.?!]{0,60}\b(gehuurd|geboekt)\b|"
    r"\b(gehuurd|geboekt|huur|huurt|huren)\b[^.?!]{0,40}\b(voor|tijdens) (de |onze |mijn |een )?" + _HOLIDAY + r"\b|"
    r"\b(vakantiehuis\w*|vakantiewoning\w*|vakantieappartement\w*|chalet|bungalow\w*|stacaravan|airbnb|villa)\b"
    r"[^.?!]{0,40}\b(gehuurd|geboekt|huren|huurden)\b|"
    # round 46: "een huisje in België gehuurd voor een week": rented for a stay, not to live in
    # round 90: "een huisje in de Ardennen geboekt voor een trainingsweekend"
    r"\b(gehuurd|geboekt|huren|huurden)\b[^.?!]{0,30}\bvoor (een|\d+|twee|drie|vier) (week|weken|\w*weekend(je)?|dagen|"
    r"nachten|nacht)\b|"
    # round 106: booked is a stay ("een huisje in Italië geboekt, de verhuurder geeft de borg niet terug")
    r"\b(huisje|huis|appartement\w*|studio|woning)\b[^.?!]{0,30}\bgeboekt\b"
)

# An electric bicycle is no motor vehicle (round 30): its motor does not make a purchase Verkeer 3e.
E_BIKE = re.compile(r"\b(e-?bike\w*|elektrische fiets\w*|ebike\w*|fatbike\w*|bakfiets\w*)\b")
# A destination on the way, no party: "12 km te hard op weg naar de camping" (round 30).
ON_THE_WAY = re.compile(r"\b(op weg|onderweg|op de (heen|terug)weg) (naar|van) (de|het|een|mijn|ons|onze) \w+")

# A car bought, named by brand or kind (round 32): "via Marktplaats een Golf gekocht".
CAR_BOUGHT = re.compile(
    r"(" + CAR_BY_NAME + r"|\b(golf|polo|auto|occasion|motor|scooter|brommer|camper)\b)[^.?!]{0,30}\b(gekocht|kocht)\b|"
    r"\b(gekocht|kocht)\b[^.?!]{0,30}(" + CAR_BY_NAME + r"|\b(golf|polo|auto|occasion|motor|scooter|brommer|camper)\b)"
)
# Paid a shop or service for the work or the thing (round 32): "340 euro betaald voor een nieuw moederbord".
PAID_FOR = re.compile(
    r"\b(betaald|laten (repareren|maken|installeren)|gekocht|besteld|afgerekend)\b|\b(euro|eur)\b[^.?!]{0,10}\b(gekregen|ontvangen)\b"
)
# The customer's word for being cheated (round 32): "hij heeft me gewoon opgelicht", "bedrogen".
FRAUD_WORD = re.compile(r"\b(opgelicht|oplicht\w*|bedrogen|belazerd|afgezet)\b")

# Round 33: the purchase or building contract for the home signed ("de aanneemovereenkomst getekend", "we hebben de
# koopakte ondertekend"), not "nog niets getekend" or "zou getekend worden".
HOME_CONTRACT_SIGNED = re.compile(
    r"\b(hebben|heb|had|hadden) (we |wij |ik )?(\w+ ){0,3}(de |het |onze |ons )?(aanneemovereenkomst|aannemingsovereenkomst|"
    r"koopovereenkomst|koopcontract|koopakte|bouwcontract|contract)\b[^.?!]{0,30}\b(getekend|ondertekend)\b"
    r"|\b(de |het |onze |ons )?(aanneemovereenkomst|aannemingsovereenkomst|koopovereenkomst|koopcontract|koopakte|bouwcontract)"
    r" (is|was|werd) (al |vorige \w+ |in \w+ |\w+ (dagen|weken|maanden) geleden )?(getekend|ondertekend)\b"
)

# Round 35: a claim the customer disputes ("ik heb dat abonnement al opgezegd", "die factuur klopt niet").
DISPUTED_CLAIM = re.compile(
    r"\b(abonnement\w*|opgezegd|opzegging|factuur|contract|onterecht\w*|klopt (helemaal )?niet|niet (geldig|terecht)|"
    r"al betaald|nooit besteld|nooit ontvangen|nooit (heb |hebben |is |zijn )?(geleverd|bezorgd|gekregen)|betwist\w*|ten onrechte|"
    # round 96: the customer withdrew from the sale or wants the money back ("laten weten dat hij van de koop afziet ...
    # weigert het bedrag terug te storten en dreigt met een deurwaarder")
    r"van de koop af\w*|koop (ontbonden|ontbinden|herroepen)|bedenktijd|terug te (storten|betalen|geven)|"
    # round 125: "Hij eist 1.800 euro voor 'schade' die er al zat toen ik erin trok. Ik dacht: dat is onzin"
    r"onzin|(er )?al zat (toen|voordat)|niet (waar|van mij))\b"  # round 63: "een rekening ... die hij betwist"
)

# Round 38: movers and the like handle the customer's things under their contract ("de verhuizer heeft mijn piano laten
# vallen"): damage done in the service is the contract (C&W 2b).
HIRED_TO_MOVE = re.compile(
    r"\b(verhuizer\w*|verhuisbedrijf|verhuizing|verhuisd|koerier\w*|schoonmaker\w*|schoonmaakbedrijf)\b"
)
