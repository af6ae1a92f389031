"""Circumstances a customer's story states by the way, for the first answer (pure functions).

- others share the interest ("samen met twintig andere huurders"): art. 10, only your share is paid;
- a lawyer already hired ("ik heb zelf al een advocaat ingeschakeld"): art. 11a, without ARAG's
  permission no help ("zonder jullie toestemming": excluded at once);
- the customer already knew when taking out the policy ("toen ik de polis afsloot wist ik al ..."):
  art. 9, not covered;
- the vehicle is used for the customer's profession ("ik bezorg pakketjes met mijn bestelbus"): Verkeer 4c;
- someone else drove the customer's vehicle with permission ("mijn zwager reed met mijn toestemming
  in mijn auto"): Verkeer 2.
"""

from __future__ import annotations

import re
from typing import Any

from flexbot.dutch import fold

PEOPLE = (
    r"(buurtbewoners|buren|bewoners|huurders|medehuurders|collega'?s|ouders|eigenaren|leden|gedupeerden|anderen|"
    r"gezinnen|huishoudens|families)"  # round 94: "Alle 12 gezinnen in de straat doen mee"
)
SHARED = re.compile(
    r"\bsamen met\b[^.?!]{0,40}\b" + PEOPLE + r"\b|"
    # round 109: "Mijn broer is ook erfgenaam ... Betalen jullie alle kosten als we samen optrekken?"
    r"\b(als|wanneer|nu|omdat) (we|wij) (samen|gezamenlijk|met z'?n (tweeen|drieen|allen)) (optrekken|procederen|"
    r"een (advocaat|jurist) nemen|naar de rechter( gaan| stappen)?)\b|"
    # round 94: "de buren en wij hebben samen één aannemer ingehuurd"
    r"\b(de )?"
    + PEOPLE
    + r" en (wij|we|ik) (hebben|hadden) samen\b|\b(wij|we|ik) en (de )?"
    + PEOPLE
    + r" (hebben|hadden) samen\b|"
    # "met een stuk of 20 buren samen één advocaat" (round 42)
    r"\bmet (een stuk of |zo'?n |ongeveer )?(\d+|zes|acht|tien|twintig|dertig) " + PEOPLE + r"\b|"
    r"\bmet (alle|\d+|veel|tientallen|honderden|twintig|dertig|veertig|vijftig|tien|andere|nog) [^.?!]{0,25}\b"
    + PEOPLE
    + r"\b|\bmet de hele (straat|buurt|flat|wijk|buurtvereniging|vereniging|vve|wijkvereniging)\b|\b(de )?andere "
    + PEOPLE
    + r" (ook|doen mee|willen ook)\b|"
    # round 142: "De buren in ons complex hebben precies hetzelfde probleem. Kunnen we het samen doen?"
    r"\b(kunnen|mogen|kan|mag) (we|wij) (dit|dat|het) (dan )?(ook )?samen (doen|aanpakken|oppakken|regelen|aanvechten)\b|"
    r"\b" + PEOPLE + r"\b[^.?!]{0,40}\b(hetzelfde|precies hetzelfde|dezelfde) (probleem|klacht|gedoe|schade|last)\b|"
    # "Kunnen we samen één jurist nemen?", "mijn zus wil ook meedoen", "er doen nog vier buren mee" (art. 10)
    r"\bsamen (\w+ )?(één |een |1 )?(advocaat|advocate|jurist|specialist|rechtszaak|procedure)\b|"
    # round 52: "Als we met z'n allen één advocaat nemen, betalen jullie dan de hele rekening?"
    r"\bmet (z'?n|zijn|ons|onze) (allen|\w+en)\b[^.?!]{0,30}\b(één|een|1) (advocaat|advocate|jurist|specialist)\b|"
    r"\b(wil|willen|wilt|doet|doen|gaat|gaan) (\w+ ){0,3}(ook )?mee ?doen\b|\b(doet|doen) (nog |ook )?(\w+ ){0,2}"
    + PEOPLE
    + r" (\w+ )?mee\b|\b(kosten|rekening|advocaat|jurist) (\w+ ){0,2}delen\b|\b"
    + PEOPLE
    + r" (doen|willen|gaan) (ook |nog )?mee\b|"
    # round 67: "er komt een collectieve actie met één advocaat. Betalen jullie dan mijn deel?"
    r"\b(collectieve|gezamenlijke|massa)[- ]?(actie|claim|procedure|rechtszaak|zaak)\b|\bmassaclaim\b|"
    # round 45: "als de hele straat bezwaar maakt ..., betalen jullie dan voor iedereen?"
    r"\bde hele (straat|buurt|wijk|flat|galerij)\b[^.?!]{0,30}\b(bezwaar|procedure|rechtszaak|advocaat|jurist)\b|"
    r"\b(betalen|betaalt|vergoeden|vergoedt) (jullie|arag|u) (dan |ook )*voor (iedereen|allemaal|ons allemaal|alle buren)\b"
)
LAWYER_HIRED = re.compile(
    r"\b(zelf|al|ook) (al |meteen |direct |gelijk |snel |toen |vast )*(een )?(\w+ )?(\w*advocaat|advocate|jurist|advocatenkantoor|"
    r"abogado|avocat|avvocato|advogado|\w*anwalt|lawyer|solicitor|"  # round 69: "zelf een Spaanse abogado ingeschakeld"
    r"letselschade\w*|rechtshulp\w*)\b"  # round 86: "al een letselschadebureau gebeld dat op no cure no pay werkt"
    r"[^.?!]{0,30}\b(ingeschakeld|in de arm "
    r"genomen|genomen|ingehuurd|gebeld|gevraagd|betaald)\b|"
    # round 110: "Ik ben vorige week al zelf naar een advocaat gegaan die een brief heeft gestuurd"
    r"\b(al |zelf |ook )+naar (een|mijn|de) (\w+ )?(\w*advocaat|advocate|jurist|advocatenkantoor)\b[^.?!]{0,10}\b(gegaan|gestapt|"
    r"geweest)\b|\bop eigen (houtje|initiatief|kosten)\b[^.?!]{0,30}"
    r"\b(advocaat|advocate|jurist|advocatenkantoor)\b|\b(ingeschakeld|ingehuurd|in de arm genomen)\b[^.?!]{0,20}"
    r"\b(een )?(advocaat|jurist)\b|\bmijn (eigen )?advocaat (heeft|stuurde|zegt|wil)\b|"
    # round 169: a lawyer someone knows who already wrote ("mn oom kent een advocaat en die heeft al een brief gestuurd")
    r"\b(advocaat|jurist|advocatenkantoor)\b[^.?!]{0,20}\b(die|hij|en die|en hij) (heeft )?(al|toen|meteen) (een )?(brief|"
    r"sommatie|aanmaning|mail)\w* (\w+ ){0,4}(gestuurd|geschreven|verstuurd)\b|"
    # a lawyer by title: "heb ik op 3 mei jl. mr. De Vries te Utrecht ingeschakeld"
    r"\bmr\.? (\w+ ){1,3}(te \w+ )?(ingeschakeld|ingehuurd|in de arm genomen)\b|"
    # round 56: "Ik heb al een advocaat uit Zwolle het bezwaarschrift laten schrijven"
    r"\b(heb|hebben|had|hadden) (al |zelf |ook )*(een|mijn|onze) (\w+ )?(advocaat|advocate|jurist|advocatenkantoor)\b[^.?!]{0,40}"
    r"\blaten (schrijven|opstellen|maken|sturen|versturen|indienen|regelen|doen)\b|"
    # the lawyer named before, then hired: "mijn neef, die advocaat is, ... Ik heb hem al ingeschakeld" (round 26)
    r"\badvoca\w*\b.{0,150}\b(hem|haar) (\w+ ){0,3}(ingeschakeld|ingehuurd|in de arm genomen)\b|"
    # round 86: the lawyer asked about before, already at work ("heb ik hem vorige week al gebeld en hij heeft al een brief
    # aan mijn broer gestuurd"; "die zijn al begonnen")
    # round 123: "Ik was in paniek en heb meteen de advocaat gebeld die mijn zwager kende"; "een rekening van mijn advocaat"
    r"\b((heb|hebben|had)( ik| we| wij)?|(ik|we|wij) (heb|hebben|had)) (meteen|direct|gelijk|zelf|toen|snel)( \w+){0,2} "
    r"(een|de|die|mijn) (\w+ )?(advocaat|advocate|jurist|advocatenkantoor)\b[^.?!]{0,40}\b(gebeld|ingeschakeld|ingehuurd|"
    r"benaderd)\b|\b(rekening|factuur|nota|declaratie) van ((mijn|onze) (eigen )?(advocaat|advocate)\b(?! van)|mr\.? \w+)|"
    r"\b((heb|hebben|had) (ik|we|wij)|(ik|we|wij) (heb|hebben|had)) (hem|haar) (\w+ ){0,3}al (gebeld|ingeschakeld|ingehuurd|"
    r"gevraagd|opdracht gegeven)\b"
    r"[^.?!]{0,40}\b(hij|zij|ze) (heeft|hebben|is|zijn) (\w+ ){0,2}al\b"
)
WITHOUT_PERMISSION = re.compile(
    r"\bzonder (jullie |uw |arag |de )?(toestemming|overleg|te (bellen|vragen|overleggen))\b|\bzonder (jullie|arag) "
    r"(eerst )?te (bellen|vragen|melden|overleggen)\b|\bniet (eerst )?(met )?(jullie|arag) (gebeld|overlegd|gevraagd)\b"
)
# "Kan ik zijn rekening bij jullie indienen?": the bill of a lawyer the customer hired is asked to be paid. ARAG
# engages an outside specialist itself (art. 5: "Dat mag u niet zelf doen"), so a lawyer hired before reporting
# had no permission: art. 11a at once, unless the story says ARAG agreed.
BILL_ASKED = re.compile(
    r"\b(rekening|factuur|nota|declaratie|kosten|uurtarief)\b.{0,50}\b(indienen|declareren|vergoed\w*|betalen|"
    r"terugkrijgen|terug krijgen|terugbetaald|opsturen|doorsturen|sturen)\b|\b(krijg|krijgen) (ik|we|wij) (\w+ ){0,3}"
    r"(kosten|rekening|factuur|nota) (\w+ )?(terug|vergoed)\b|\b(vergoeden|betalen|betaalt|vergoedt) "
    r"(jullie|arag|u) (\w+ ){0,2}(zijn|haar|die|de|deze) (rekening|factuur|nota|kosten)\b|"
    # "hij heeft 900 euro gefactureerd. Betalen jullie dat?" (round 26)
    r"\b(gefactureerd|in rekening gebracht|gedeclareerd)\b.{0,60}\b(betalen|vergoeden|betaalt|vergoedt) (jullie|arag|u)\b"
)
WITH_ARAGS_CONSENT = re.compile(
    r"\b(met|na) (jullie|uw|arag'?s?|de) (toestemming|goedkeuring|akkoord)\b|\b(met|na) (toestemming|goedkeuring|"
    r"akkoord) van (jullie|arag|u)\b|\b(overlegd|afgestemd|gebeld) met "
    r"(jullie|arag|u)\b|\b(jullie|arag) (heeft|hebben|had|hadden) (\w+ )?(toestemming|akkoord|goedkeuring)\b"
)
POLICY = r"(verzekering|polis|flexpolis|rechtsbijstand\w*|module)"
KNEW_AT_START = re.compile(
    r"\btoen (ik|we|wij) (\w+ ){0,3}(de |deze |die |mijn |onze |een )?"
    + POLICY
    + r" (afsloot|afsloten|nam|namen|aanvroeg)\b"
    r"[^.?!]{0,100}\b(al|toen al|reeds)\b|\b(wist|wisten|wisten we|wist ik) (toen )?(al|toen al)\b[^.?!]{0,100}\btoen (ik|we|"
    r"wij) (de |deze |die |mijn |onze |een )?"
    + POLICY
    + r" (afsloot|afsloten|nam|namen)\b|\b(al|toen al)\b[^.?!]{0,80}"
    r"\b(voordat|voor) (ik|we|wij) (de |deze |die |mijn |onze |een )?" + POLICY + r" (afsloot|afsloten|nam|namen)\b|"
    # round 88: the policy taken out because of the conflict ("Heb vandaag ARAG afgesloten want mijn huisbaas doet al 2
    # maanden moeilijk")
    r"\b(vandaag|net|zojuist|gisteren|pas|deze week)\b[^.?!]{0,20}\b(arag|"
    + POLICY
    + r")\b[^.?!]{0,15}\b(afgesloten|genomen)"
    r"\b[^.?!]{0,5}\b(want|omdat|vanwege)\b"
    # round 137: "die polis hebben we pas in mei afgesloten, toen zagen we al dat er iets mis was"
    r"|\b(verzekering|polis|flexpolis|rechtsbijstand\w*|module) (\w+ ){0,5}(afgesloten|genomen)\b[,;]? (en )?toen "
    r"(zagen|wisten|merkten|hadden|zag|wist|merkte|had) (we|wij|ik) (\w+ ){0,2}al\b"
    # round 147: the policy taken out just now, the trouble told earlier ("Ik heb vorige week jullie verzekering afgesloten.
    # Mijn werkgever zei in februari al dat ...")
    r"|\b(vorige|afgelopen|deze) (week|maand)\b[^.?!]{0,30}\b(jullie |de |een |deze )?(verzekering|polis|flexpolis|"
    r"rechtsbijstand\w*)\b[^.?!]{0,20}\b(afgesloten|genomen)\b.{0,200}\b(in (januari|februari|maart|april|mei|juni|juli|augustus|"
    r"september|oktober|november|december)|vorig jaar|vorige maand|maanden geleden|toen) (al|ook al)\b"
    # round 143: "Ik had hem er vorig jaar al over aangesproken, voordat we bij jullie verzekerd waren"
    r"|\b(aangesproken|geklaagd|gezegd|ruzie|gedoe|gemaild|geschreven|een brief|conflict|onenigheid)\b[^.?!]{0,40}\b(voordat|"
    r"voor|toen) (ik|we|wij) (nog niet )?(bij (jullie|arag|u) )?(verzekerd|klant) (was|waren|werd|werden)\b"
)
# "Ik heb de verzekering afgesloten omdat mijn werkgever me wil ontslaan": taken out because of the conflict.
TAKEN_OUT_BECAUSE = re.compile(
    r"\b" + POLICY + r"\b[^.?!]{0,30}\b(afgesloten|genomen|aangevraagd|gekocht)\b[^.?!]{0,10}\b(omdat|want|vanwege|"
    r"in verband met|met het oog op)\b"
    # round 166: a policy to take out now for the trouble told with it ("Ik wil nu een rechtsbijstandverzekering bij jullie
    # afsluiten, want mijn werkgever wil me ontslaan")
    r"|\b(ik|we|wij) (wil|willen|ga|gaan|overweeg|overwegen|denk erover|denken erover) (nu |snel |alsnog |vandaag |even )*"
    r"(een |de )?(\w+ )?"
    + POLICY
    + r"\b[^.?!]{0,30}\b(afsluiten|nemen|af te sluiten|te nemen)\b,? (want|omdat|aangezien|"
    r"vanwege|nu)\b"
    # a module to add asked, and why in the next sentence ("Kan ik de module Inkomen nog toevoegen? Er komt namelijk een
    # reorganisatie aan")
    r"|\b(toevoegen|bijnemen|erbij nemen|afsluiten|bijsluiten)\b[^.?!]{0,30}[?.!]+\s*[^.?!]{0,40}\bnamelijk\b"
    # ... or for the conflict named ("Kan ik de module Inkomen nu nog afsluiten en dan alsnog hulp krijgen voor dit conflict?")
    r"|\b(toevoegen|bijnemen|erbij nemen|afsluiten|bijsluiten)\b[^.?!]{0,60}\b(voor|bij) (dit|dat|deze|mijn) (conflict|zaak|"
    r"probleem|gedoe|ontslag|ruzie)\b"
    # round 91: "Ik heb de verzekering in juni afgesloten, toen duidelijk werd dat hij niet ging betalen"
    r"|\b"
    + POLICY
    + r"\b[^.?!]{0,30}\b(afgesloten|genomen|aangevraagd)\b,? (juist )?toen (\w+ )?(duidelijk werd|bleek|ik merkte|"
    r"we merkten|ik zag|we zagen|het misging|het mis ging)\b"
    # round 93: "Ik heb de polis vorige maand afgesloten, nadat ze voor de tweede keer nee hadden gezegd"
    r"|\b" + POLICY + r"\b[^.?!]{0,30}\b(afgesloten|genomen|aangevraagd)\b,? nadat (ze|hij|zij|de \w+|het|mijn \w+)\b"
    r"|\b(die|deze|verkeer|inkomen|consument (&|en) wonen|de module \w+) (heb|hebben) (ik|we|wij) (\w+ ){0,2}(afgesloten|"
    r"genomen|erbij genomen)\b,? (nadat|toen|omdat) (ze|hij|zij|de \w+|het|mijn \w+)\b"
    # round 139: no policy yet, one to take out now the trouble is there ("Ik heb nog geen rechtsbijstand, maar overweeg nu een
    # Flexpolis bij jullie af te sluiten")
    r"|\b(ik heb|we hebben|wij hebben) (nog )?geen (rechtsbijstand\w*|rechtsbijstandverzekering|flexpolis|polis)\b[^?]{0,60}"
    r"\b(af te sluiten|afsluiten|te nemen|nemen)\b"
    # round 141: a policy to take out now, the trouble told beside it ("oke dan sluit ik zelf een polis af met Inkomen. mijn
    # werkgever dreigt al sinds vorige maand met ontslag")
    r"|\b(dan |nu )?(sluit|sluiten) (ik|we|wij) (dan |nu |zelf |maar |gewoon )*(een |de )?(eigen )?(polis|verzekering|"
    r"rechtsbijstand\w*|flexpolis)\b[^.?!]{0,30}\baf\b"
)
# Art. 11p: the customer says they knew their own act or omission would bring the conflict ("ik heb expres
# mijn huur niet betaald; ik wist wel dat hij daar moeilijk over zou doen").
KNEW_IT_WOULD_CONFLICT = re.compile(
    r"\b(ik|we|wij) (wist|wisten)( wel| heus| best| natuurlijk| echt)?( al)? dat (\w+ ){0,8}(moeilijk( \w+)? (zou|zouden) "
    r"(gaan )?doen|ruzie (zou|zouden) (komen|krijgen)|problemen (zou|zouden) (komen|krijgen|geven)|een (conflict|rechtszaak) "
    r"(zou|zouden) (komen|krijgen|volgen|beginnen))\b"
    # "ik wist eigenlijk wel dat het niet mocht" (a shed built without a permit)
    r"|\b((ik|we|wij) (wist|wisten)|(wist|wisten) (ik|we|wij)) ((eigenlijk|wel|heus|best|natuurlijk|echt|al) ){0,3}dat "
    r"(het|dat|dit) niet (mocht|toegestaan was|kon)\b"  # round 70: "eerlijk gezegd wist ik wel dat het niet mocht"
    # round 62: a permit skipped knowingly ("zonder vergunning ... Eerlijk gezegd wist ik dat die nodig was", "Ik wist
    # dat het moest, maar ik dacht: het is maar klein")
    r"|\bzonder (\w+ )?vergunning\b.{0,120}\b(wist|wisten) (ik|we|wij) (\w+ ){0,2}dat (die|het|een vergunning|dat) "
    r"(\w+ )?(nodig|verplicht|moest|moet)\b"
    r"|\bzonder (\w+ )?vergunning\b.{0,120}\b(ik|we|wij) (wist|wisten) (\w+ ){0,2}dat (die|het|een vergunning|dat) "
    r"(\w+ )?(nodig|verplicht|moest|moet)\b"
    # round 95: damage done on purpose ("Na een ruzie heb ik uit woede de ruit van de snackbar ingetrapt")
    r"|\b(ik|wij|we)\b (\w+ ){0,2}(uit woede|expres|met opzet|opzettelijk|bewust|uit frustratie)\b[^.?!]{0,60}\b(ingetrapt|"
    r"ingegooid|vernield|kapot ?(gemaakt|getrapt|gegooid|geslagen)|beschadigd|bekrast|ingeslagen|eraf ?(getrapt|gebroken|"
    r"getrokken|geslagen))\b"
    r"|\b(uit woede|uit frustratie|expres|met opzet|opzettelijk) (heb|had) (ik|we|wij)\b[^.?!]{0,60}\b(ingetrapt|ingegooid|"
    r"vernield|kapot ?(gemaakt|getrapt|gegooid|geslagen)|beschadigd|bekrast|ingeslagen|eraf ?(getrapt|gebroken|getrokken|"
    r"geslagen))\b"
    # round 94: told beforehand and done anyway ("De landmeter had me vooraf gezegd dat de grens ... lag, maar ik heb hem
    # toch op de oude lijn gezet")
    r"|\b(had|hadden|heeft|hebben) (me|mij|ons) (\w+ )?(vooraf|van tevoren|al|nog) (\w+ )?(gezegd|gewaarschuwd|verteld)\b"
    r"[^?!]{0,120}\bmaar (ik|we|wij) (heb|hebben|had|hadden) (\w+ ){0,3}toch\b"
    # round 92: "We wisten wel dat daar een vergunning voor nodig was, maar de buren hebben er ook een zonder"
    r"|\b((ik|we|wij) (wist|wisten)|(wist|wisten) (ik|we|wij)) ((wel|best|heus|natuurlijk|eigenlijk|al|echt) ){0,3}dat "
    r"(daar|daarvoor|er|hiervoor|dat|het|die) (\w+ ){0,3}vergunning (\w+ ){0,2}(nodig|verplicht)\b"
    # "terwijl de gemeente vooraf al had gezegd dat het niet mocht"
    r"|\b(terwijl|hoewel|ondanks dat) (de gemeente|hij|zij|ze|de \w+) (\w+ ){0,3}(had|hadden|heeft|hebben) (gezegd|gewaarschuwd|"
    r"laten weten|geschreven) dat (het|dat|dit) niet (mocht|mag|toegestaan (was|is))\b"
)
# Art. 11b: a court hearing close at hand ("morgen is de zitting bij de kantonrechter", "gedagvaard, de zitting is
# volgende week"): reported so late that it may cost more or be harder; said beside the answer, not a verdict.
HEARING_SOON = re.compile(
    r"\b(zitting|rechtszaak|behandeling bij de (kanton)?rechter)\b[^.?!]{0,30}\b(morgen|overmorgen|volgende week|deze week|"
    r"over (\d+|een paar|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|veertien) (dagen|weken))\b|\b(morgen|overmorgen|volgende week|deze week) (is|heb ik|hebben we|moet ik)"
    r"( al)? (de |een )?(zitting|rechtszaak)\b|"
    # "over twee weken moeten we bij de rechter verschijnen" (round 29)
    r"\b(over|binnen) (\d+|een|twee|drie|een paar) (dagen|weken|week)\b[^.?!]{0,40}\b(bij|voor) de (kanton)?rechter\b|"
    r"\b(bij|voor) de (kanton)?rechter\b[^.?!]{0,30}\b(over|binnen) (\d+|een|twee|drie|een paar) (dagen|weken|week)\b|"
    # round 125: a judgement already given after a summons left alone ("daar reageer ik niet op. Inmiddels is er een
    # vonnis (ik was niet op de zitting)")
    r"\b(inmiddels|nu|al) (is|ligt) er (al )?een vonnis\b|\bverstek\w*\b|\bniet (op|naar) de zitting (geweest|gegaan)?\b|"
    r"\b(ik was|we waren|wij waren) niet (op|bij) de zitting\b"
)
# Art. 11b (round 33): a conflict left alone for long and reported only now ("al anderhalf jaar gedoe ... nooit bij
# jullie gemeld", "vorig jaar ontslagen, ik heb er toen niks mee gedaan", "ik heb het laten liggen").
REPORTED_LATE = re.compile(
    # not a reproach told ("omdat ik die nevenwerkzaamheid niet gemeld zou hebben", round 105)
    r"\b(nooit|nog (nooit|niet)|niet) (\w+ ){0,2}(gemeld|aangemeld|doorgegeven)\b(?! (zou|zouden)\b)|\bis (het|dat|dit) (nu )?te laat\b|"
    r"\b(er|het|daar) (toen|destijds|eerst)? ?(niks|niets|niet veel) mee gedaan\b|"
    r"\b(er|het|daar) (nooit|nog nooit) (iets|wat) mee gedaan\b|"  # round 109: "ik heb er nooit iets mee gedaan"
    r"\b(het|dat|die brief|de brief) "
    r"(\w+ ){0,5}laten (liggen|lopen|rusten|sloffen)\b|\bpas nu (\w+ ){0,3}(melden|meld|gemeld|aan (mijn|de|jullie) \w+ gedacht|dacht ik)\b|"
    r"\bnu pas (\w+ ){0,2}(melden|meld|gemeld|aanmelden)\b|"  # round 60: "Nu pas melden wij het bij ARAG."
    # round 60: "Ik weet het, we hadden het eerder moeten melden."
    r"\b(had|hadden) (het|dat|dit)? ?(veel )?(eerder|eerst|sneller|direct|meteen) (moeten|kunnen) (melden|doorgeven|aanmelden)\b"
)
# Art. 7 (round 33): a deadline running ("in de brief staat een bezwaartermijn van zes weken", "ik moet binnen een week
# tekenen"): report at once.
DEADLINE = re.compile(
    r"\b(bezwaar|beroeps?|reactie|bedenk)termijn\b|\b(moet|moeten|mag|kan) (ik|we|wij) (\w+ ){0,3}binnen (\d+|een|twee|drie|"
    r"vier|vijf|zes|acht|tien|veertien) (dagen|weken|week|werkdagen)\b|\bbinnen (\d+|een|twee|drie|vier|vijf|zes|acht|tien|"
    r"veertien) (dagen|weken|week|werkdagen) (bezwaar|beroep|reageren|tekenen|betalen|ondertekenen)\b"
)
LONG_AGO = re.compile(
    r"\b(vorig jaar|vorige jaar|jaren|anderhalf jaar|(een|twee|drie|vier|\d+) (jaar|jaren)|al (maanden|een jaar|lang)|"
    r"(\d+|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) maanden|in (19|20)\d\d|(een )?half ?jaar)\b"
)
# Art. 11f (round 57): the customer threatened or insulted the other side, told in the story.
THREAT_TOLD = re.compile(
    r"\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ ){0,6}(bedreigd|uitgescholden|gedreigd)\b|"
    r"\b(\w*geroepen|\w*geschreeuwd|gezegd|geschreven|geappt|gestuurd|gemaild|gedreigd) (\w+ ){0,3}dat (ik|we|wij) ([\w'\"]+ ){1,8}"
    r"(slopen|sloop|kapot ?maken|in elkaar slaan|sla|wat aandoen|vermoorden|in de fik (steken|steek)|iets aandoen|lek ?(steken|steek)|"
    r"(wel )?(zou |zal )?weten te vinden|te grazen (nemen|zou nemen)|zou krijgen|wel krijg)\b|"
    # round 122: a veiled threat ("ga ik met een paar vrienden bij hem langs om het zelf te regelen")
    r"\bmet (een paar |wat |mijn |een stel )?(vrienden|maten|jongens|neven)\b[^.?!]{0,30}\b(bij (hem|haar|ze|hen) langs|"
    r"langs ?(gaan|komen))\b"
)
# Art. 14 (round 60): the customer's own premium not paid, told in a story ("ik zie nu dat ik de eerste premie nooit heb
# betaald", "de incasso van mijn premie is mislukt").
# Art. 14 (round 166): the first premium not yet paid ("Polis is per 1 juni ingegaan maar ik heb nog niks betaald, ik heb
# geen rekening gezien").
FIRST_PREMIUM_OPEN = (
    r"\b(polis|verzekering|flexpolis)\b[^.?!]{0,40}\b(ingegaan|begonnen|gestart|afgesloten)\b[^?]{0,60}\b(niks|niets|nog niet|"
    r"niet|nooit) (\w+ )?betaald\b|\bgeen (rekening|factuur|acceptgiro|nota|incasso) (\w+ )?(gezien|gehad|ontvangen|"
    r"gekregen)\b[^?]{0,60}\b(premie|polis|verzekering|betaald|betalen)\b"
)
PREMIUM_UNPAID = re.compile(
    FIRST_PREMIUM_OPEN + "|"
    r"\b(mijn|de|onze) (eerste |laatste )?premie\b[^.?!]{0,40}\b(niet|nooit|nog niet) (\w+ )?betaald\b|"
    r"\b(ik|wij|we) (heb|hebben|had|hadden) (de |mijn |onze )?(eerste )?premie (\w+ ){0,2}(niet|nooit) (\w+ )?betaald\b|"
    r"\bincasso van (mijn|de|onze) premie\b[^.?!]{0,20}\bmislukt\b|\bpremie niet betaald\b|"
    # round 86: "de acceptgiro van jullie niet betaald"
    r"\bacceptgiro (van|aan) (jullie|arag)\b|\b(premie|acceptgiro)\b[^.?!]{0,40}\bniet (op tijd )?betaald\b|"
    # round 143: "de premie van mijn rechtsbijstand een paar maanden laten liggen", "een achterstand in de premie"
    r"\bpremie\w*\b[^.?!]{0,60}\b(laten liggen|liggen gelaten|laten schieten|achterstand|niet (meer )?(kunnen )?betalen)\b|"
    r"\b(achterstand|betalingsachterstand) (in|met|van) (de|mijn|onze) premie\b|"
    # round 147: "jullie incasso is een paar keer mislukt"
    r"\b(jullie|de|uw|arag'?s?) (automatische )?(incasso|afschrijving)\b[^.?!]{0,30}\b(mislukt|niet gelukt|teruggeboekt|gestorneerd)\b"
)
# Verkeer 4c: the vehicle used to practise one's profession ("als taxichauffeur in mijn taxi", "ik bezorg
# pakketjes met mijn eigen bestelbus", "tijdens mijn rijles als instructeur").
PROFESSIONAL_DRIVING = re.compile(
    r"\bik (rij|reed|werk) (\w+ ){0,3}(als )?(taxi|uber|koerier)\b|"  # round 65: "ik rij in het weekend taxi via een app"
    r"\b(een |de |mijn )?(klant|passagier)\w* (\w+ )?(ophaalde|op haalde|ophalen|oppikte|afzette|vervoerde)\b|"  # round 57: "Ik rij fulltime taxi met mijn eigen auto"
    r"\b(ik ben|als|werk als|werkzaam als|ik werk als) (\w+ )?(taxi ?chauffeur|taxichauffeur|rij-?instructeur|koerier|"
    r"pakketbezorger|maaltijdbezorger|bezorger|vrachtwagenchauffeur|buschauffeur)\b|"
    r"\b(in|met) (mijn|m'?n|onze) (eigen )?(taxi|lesauto|bestelbus|bestelauto|vrachtwagen)\b|"
    r"\b(bezorg|bezorgen|bezorgde|vervoer|vervoeren|rijd|rijden|reed) (\w+ ){0,3}(pakket\w*|maaltijden|post|klanten|"
    r"passagiers|leerlingen)\b|\btijdens (mijn|m'?n) (bezorg\w*|werk|dienst|rit|route|ronde)\b"
    # a driving lesson is the learner's (round 82; conflicts.LEARNER_DRIVER), unless the customer is its instructor
    r"|\btijdens (een|de) (bezorging|bezorgrit|bezorgronde|taxirit|koeriersrit)\b"
    r"|\b(rij-?)?instructeur\b[^.?!]{0,60}\brijles\w*\b|\brijles\w*\b[^.?!]{0,60}\bals (rij-?)?instructeur\b"
    # round 75: "tijdens een betaalde rit" for a ride app, "zelfstandig taxichauffeur ... tijdens een rit met een klant"
    r"|\btijdens (een|de) (betaalde |taxi)?rit (met|voor) (een |de )?(klant|passagier)\w*\b|\btijdens een betaalde rit\b|"
    # the customer drives for the app, not a ride taken in one ("een Bolt-taxi sneed me af", "bolt chauffeur reed een
    # omweg": round 128)
    r"\b(ritten-?app|taxi-?app|uber|bolt)\b[^.?!]{0,60}\b(ik|we) (rit|rijd|rij|reed)\b|"
    r"\b(ik|we) (rijd|rij|reed|werk|werkte) (\w+ ){0,4}(voor|via|bij|met) (uber|bolt|een ritten-?app|een taxi-?app)\b|"
    r"\b(rijd|rij|reed|werk|werkte) (ik|we) (\w+ ){0,4}(voor|via|bij|met) (uber|bolt)\b|\bals (uber|bolt)[- ]?(chauffeur|driver)\b|"
    r"\b(zelfstandig|zzp'?er als) taxi ?chauffeur\b"
    # round 47: "Taxichauffeur hier, eigen taxi. ... tijdens een rit met klant achterin"
    r"|^\W*(taxi ?chauffeur|koerier|pakketbezorger|maaltijdbezorger|vrachtwagenchauffeur|buschauffeur)\b"
    r"|\b(tijdens|op) (een|de|mijn) (rit|ritje) (met|voor) (een )?(klant|passagier|klanten|passagiers)\b"
    # round 126: "ik reed op dat moment voor mijn taxibedrijfje, met een klant achterin"
    r"|\b(reed|rij|rijd|reden) (\w+ ){0,4}voor (mijn|m'?n|ons|onze) (eigen )?(taxi|koeriers|bezorg|transport)\w*\b"
    r"|\bmet een (klant|passagier) achterin\b"
    # round 56: "Ik bezorg 's avonds bijverdienend voor de pizzeria met mijn eigen auto"
    r"|\b(bezorg|bezorgen|bezorgt|bezorgde)\b[^.?!]{0,60}\b(voor|bij) (de|een|het) (\w+ )?(pizzeria|restaurant|snackbar|"
    r"supermarkt|apotheek|bakker\w*|slager\w*|winkel|bloemist|chinees|pizzabezorg\w*)\b"
    r"|\b(bezorg|bezorgen|bezorgt|bezorgde)\b[^.?!]{0,60}\bmet (mijn|m'?n|onze) (eigen )?(auto|scooter|brommer|bus|busje)\b"
)
# ... unless the story says the ride was private ("ik ben buschauffeur, maar dit gaat over mijn vrije dag", round 40)
PRIVATE_RIDE = re.compile(
    r"\b(vrije dag|vrije tijd|vrij (had|was)|privé|prive|niet (tijdens|voor) (mijn |m'?n )?(werk|dienst)|buiten (mijn |m'?n )?"
    r"(werk|diensttijd)|met (mijn|m'?n|ons|onze) (gezin|kinderen|kids|familie))\b"
)


def professional_driving(folded: str) -> bool:
    return bool(PROFESSIONAL_DRIVING.search(folded)) and not PRIVATE_RIDE.search(folded)


VEHICLE = r"(auto|wagen|motor|scooter|brommer|camper|bus|busje|fiets|e-bike|boot)"
WITH_PERMISSION = re.compile(
    r"\b(met|na) (mijn|onze) toestemming\b[^.?!]{0,60}\b(mijn|onze|m'?n) " + VEHICLE + r"\b|"
    r"\b(mijn|onze|m'?n) " + VEHICLE + r"\b[^.?!]{0,40}\b(met|na) (mijn|onze) toestemming\b|"
    r"\b(leende|leenden|heeft|had|hebben) (\w+ ){0,2}(mijn|onze|m'?n) " + VEHICLE + r" (geleend|gebruikt)\b|"
    r"\b(leende|leenden) (\w+ )?(mijn|onze|m'?n|mn) "
    + VEHICLE
    + r"\b|\bmocht (mijn|onze|m'?n) "
    + VEHICLE
    + r" (lenen|gebruiken)\b"
)
PASSENGER = re.compile(
    r"\b(zat|zaten|reed|reden) (\w+ ){0,2}(mee |bij (mij|ons) )?(in|achterin|voorin) (mijn|onze|m'?n|de) (\w*auto|wagen|bus|busje|camper)\b(?! van)|"
    r"\b(ik|we|wij) (reed|reden) (\w+ ){0,2}met (mijn|m'?n) (\w+ )?(vriend|vriendin|collega|buurman|buurvrouw|broer|zus|moeder|"
    r"vader|neef|nicht|oma|opa|kennis)\b[^.?!]{0,20}\b(naast (mij|me)|achterin|voorin|erbij|mee)\b|"  # round 65
    r"\bpassagier\w* (van|in) (mijn|onze|m'?n)\b|"
    # round 141: on the back of a two-wheeler ("mijn vriendin zat achterop")
    r"\b(zat|zaten|reed|reden) (\w+ ){0,2}achterop\b|\bachterop (de|mijn|m'?n|onze) (scooter|motor|brommer|fiets)\b|"
    r"\b(reed|reden|zat|zaten) (\w+ )?met (mij|ons) mee\b[^.?!]{0,40}\b(in )?(mijn|onze|m'?n) (\w*auto|wagen|bus|busje|camper)\b|"
    # round 143: "een autovakantie geboekt voor mezelf en twee vriendinnen. Ik reed, ... ramde ons"
    r"^(?=.*\b(ik reed|reed ik)\b)(?=.*\b(auto\w*|wagen|camper)\b).*\b(voor|met) (mezelf|mijzelf|mij) en (\w+ )?(vriend\w*|"
    r"vriendinnen|collega\w*|kennissen|neef|nicht|zus|broer)\b|"
    # round 110: "We gingen ... in mijn auto ... Mijn vriend op de achterbank heeft een gebroken sleutelbeen"
    r"^(?=.*\b(in|met) (mijn|onze|m'?n) (\w*auto|wagen|bus|busje|camper)\b).*\b(op de achterbank|voorin|naast mij|naast me)\b"
)
HOUSEHOLD = re.compile(
    r"\b(mijn|m'?n|onze) (partner|man|vrouw|echtgeno\w*|zoon|dochter|kind|kinderen|au[- ]?pair|stiefzoon|stiefdochter)\b"
)
# Round 96: the writer drove someone else's vehicle with leave and asks about that person's policy (Verkeer 2).
BORROWED_BY_ME = re.compile(
    r"\b(ik|wij|we) (had|heb|hadden|hebben) (\w+ ){0,4}(de|het) (auto|wagen|busje|bus|motor|scooter|camper) van (mijn|een|m'?n) "
    r"(\w+ )?(vriend|vriendin|buurman|buurvrouw|broer|zus|collega|vader|moeder|oom|tante|kennis|maat)\b (\w+ ){0,3}geleend\b|"
    r"\b(ik|wij|we) (leende|leenden) (de|het) (auto|wagen|busje|motor|scooter) van (mijn|een|m'?n) (\w+ )?\w+\b"
)
VIA_THEIR_POLICY = re.compile(
    r"\b(via|onder|met|op) (zijn|haar|hun) (\w+[- ])?(verzekering|polis|module|rechtsbijstand\w*)\b|"
    r"\b(hij|zij|ze) (heeft|hebben) (een |de )?(arag|flexpolis|\w*polis)\b"
)
ASKS_ABOUT_THEM = re.compile(
    r"\b(is|valt|zijn|vallen) (hij|zij|ze|die)\b|\b(hij|zij|ze) (ook )?(verzekerd|gedekt)\b|"
    # round 46: "Is mijn vriendin ook verzekerd? Ze reed met mijn toestemming in mijn auto"
    r"\b(is|valt) (mijn|m'?n|onze) (\w+ )?(vriend|vriendin|broer|zus|vader|moeder|neef|nicht|buurman|buurvrouw|collega|"
    r"schoon\w+|zwager|vriend\w*) (dan |nu )?(ook |wel )?((mee)?verzekerd|gedekt|onder)\b|"
    # round 65: "Kan zij via mijn Verkeer-module iets?"
    r"\b(kan|mag|kunnen|mogen) (hij|zij|ze) (ook |dan |nu )*(iets )?(via|onder|met|op) (mijn|m'?n|onze|ons) (\w+[- ])?"
    r"(\w*module|\w*polis|\w*verzekering|rechtsbijstand\w*)\b|"
    # round 143: "Zij vraagt of zij via mijn verzekering hulp kan krijgen."
    r"\b(vraagt|vragen|wil weten|willen weten) of (hij|zij|ze) (\w+ ){0,2}(via|onder|met|op) (mijn|m'?n|onze|ons) (\w+[- ])?"
    r"(\w*module|\w*polis|\w*verzekering|rechtsbijstand\w*)\b"
)


# Round 48: a holiday the customer booked for a party ("ik heb de reis geboekt en mijn schoonouders gingen mee", "4.200
# euro betaald voor vijf personen"): the companions are insured for that trip (C&W 1).
BOOKED_FOR = re.compile(
    # round 175: "ik had de tickets voor ons allebei geboekt"; round 176: "Ik (70) had een huisje ... geboekt"
    r"\b(ik|wij|we)( \(\d+\))? (heb|hebben|had|hadden) ([\w']+ ){0,7}(reis|vakantie|hotel|huisje|vakantiehuis\w*|appartement|"
    r"villa|bungalow|chalet|stacaravan|\w*hut|vlucht\w*|cruise|pakketreis|all-?inclusive\w*|tickets?|kaartjes|"
    r"vliegtickets?)\b[^.?!]{0,50}\b(geboekt|betaald|afgerekend)\b|\b(ik|wij|we) (boekte|boekten)\b|"
    # round 69: "ik had alles geboekt en betaald", "ik boek alles"
    r"\b(ik|wij|we) (heb|hebben|had|hadden) (\w+ )?alles (\w+ )?geboekt\b|\b(ik|wij|we) (boek|boeken) (alles|de reis|het hotel)\b"
)
TRAVELLED_WITH = re.compile(
    r"\b(ging|gingen|kwam|kwamen|reisde|reisden) (\w+ )?(ook )?mee\b|\bvoor (\d+|twee|drie|vier|vijf|zes|zeven|acht) "
    r"personen\b|\bmet z'?n (tweeen|drieen|vieren|vijven|zessen|allen)\b|"
    # round 181: a trip cancelled ("Mijn schoonouders zouden meegaan; ik heb de reis voor ons vieren geboekt")
    r"\b(zou|zouden) (\w+ )?(ook )?(meegaan|meereizen|mee gaan|mee reizen)\b|\bvoor ons (tweeen|drieen|vieren|vijven|zessen)\b|"
    r"\bvoor (mijn|m'?n|onze|ons) (\w+ ){1,2}en (mij|mezelf|mijzelf|ons)\b|"  # round 63: "voor mijn vriendin en mij ... geboekt"
    # round 67: "voor mij en twee vriendinnen een huisje ... geboekt"
    r"\bvoor (mij|mezelf|mijzelf|ons) en (\w+ ){0,3}(vriend\w*|familie|ouders|zus\w*|broer\w*|collega\w*|kinderen|gezin|"
    r"schoon\w+|neef|nicht|neven|nichten|kleinkind\w*|kleinzoon|kleindochter|kleinzoons|kleindochters)\b|"
    r"\bvoor ons (allebei|beiden|tweeen|drieen|samen)\b|"
    # round 69: "Mijn zus en zwager waren er ook bij", "met mijn kleinzoon naar Portugal geweest", "gaan we samen naar"
    r"\b(waren|was) (\w+ )?er (ook )?bij\b|\bmet (mijn|m'?n|onze) \w+ (\w+ ){0,2}naar [\w-]+ (geweest|gereisd|gegaan|op vakantie)\b|"
    r"\b(gaan|gingen|ga) (we|wij) samen (\w+ ){0,3}naar\b"
)


# Verkeer 1: a vehicle on the name of the customer's BV or business ("mijn auto staat op naam van mijn eigen BV"); it is
# insured when the customer uses it mostly privately, said with the answer (round 63).
VEHICLE_OF_BUSINESS = re.compile(
    r"\b(auto|wagen|bus|busje|bestelbus|bestelauto|motor|scooter|leaseauto|camper)\b[^.?!]{0,40}\bop (de )?naam van "
    r"(mijn|m'?n|onze|ons|de|het) (eigen )?(bv|b\.v\.?|zaak|bedrijf|eenmanszaak|onderneming|vof)\b|"
    r"\b(auto|wagen|bus|busje|bestelbus|bestelauto|leaseauto) van (mijn|m'?n|onze|ons) (eigen )?(bv|b\.v\.?|zaak|bedrijf)\b"
)


# Art. 5: the other party is insured with ARAG too ("hij heeft ook rechtsbijstand bij jullie", round 63: "de buurman ...
# zegt dat hij óók bij ARAG verzekerd is"): a possible belangenconflict, in which the customer may choose a lawyer.
OTHER_SIDE_AT_ARAG = (
    # round 171: "Mijn broer heeft trouwens ook een eigen ARAG-polis."
    r"\b(hij|zij|ze|die|mijn \w+|de (andere partij|tegenpartij|ander))\b (heeft|had) (\w+ ){0,2}(ook|eveneens) (\w+ ){0,2}"
    r"(arag[- ]?(polis|verzekering|rechtsbijstand\w*|flexpolis)|(rechtsbijstand\w*|verzekering|polis|flexpolis) (\w+ )?"
    r"(bij|van) (arag|jullie))\b|"
    r"\b(hij|zij|ze|die|mijn \w+|de (andere partij|tegenpartij|ander))\b (heeft|is) (zelf )?ook (\w+ ){0,2}"
    r"(rechtsbijstand\w*|verzekering|polis|flexpolis|verzekerd) (\w+ )?bij (arag|jullie)\b|"
    r"\b(hij|zij|ze|die|de (andere partij|tegenpartij|ander)|(die|de|mijn|onze) (buren|buurman|buurvrouw|\w+))\b (\w+ )?"
    r"(is|zit|zijn|zitten) (\w+ ){0,2}(ook|eveneens) (\w+ )?bij (arag|jullie) (\w+ )?(verzekerd|aangesloten)\b|"  # round 70: "die buren ... ook"
    # round 113: "Naar ik begrijp is de buurman eveneens bij ARAG verzekerd"
    r"\b(is|zijn) (de|die|mijn|onze) (\w+) (ook|eveneens) (\w+ )?bij (arag|jullie) (\w+ )?(verzekerd|aangesloten|klant)\b|"
    r"\b(de|die|mijn|onze) (\w+) (ook|eveneens) (\w+ )?bij (arag|jullie) (\w+ )?(verzekerd|aangesloten|klant) (is|zijn)\b|"
    # round 82: "De bovenburen zijn ook klant bij ARAG", "de verhuurder is ook lid bij jullie"
    r"\b(hij|zij|ze|die|de (andere partij|tegenpartij|ander)|(die|de|mijn|onze) (\w+))\b (\w+ )?(is|zit|zijn|zitten) "
    r"(\w+ ){0,2}ook (\w+ )?(klant|klanten|lid|leden|verzekerd) (\w+ )?bij (arag|jullie)\b|"
    r"\b(hij|zij|ze|die|de (andere partij|tegenpartij|ander))\b (zelf )?ook (\w+ )?bij (arag|jullie) (\w+ )?(verzekerd|"
    r"aangesloten) (is|zit|zijn)\b|"
    # round 87: "Mijn andere broer ... heeft ook een ARAG-rechtsbijstand. Hij staat aan de kant van mijn broer en wil in dit
    # conflict ook hulp van jullie."
    r"\b(heeft|hebben) ook (een |de )?(arag|arag-?\w+)\b[^?]{0,120}\b(kant van|staat achter|partij voor|tegen mij|"
    r"tegenover mij)\b|\b(kant van|staat achter|tegen mij|tegenover mij)\b[^?]{0,120}\b(heeft|hebben) ook (een |de )?"
    r"(arag|arag-?\w+)\b"
)


# Round 108: a module added only recently ("Inkomen pas sinds februari dit jaar erbij", "Verkeer heb ik net bijgenomen").
MODULE_ADDED_RECENTLY = re.compile(
    r"\b(inkomen|verkeer|consument (en|&) wonen|c ?& ?w|eigen woning|module|optie)\b[^.?!;]{0,30}\b(pas|nog maar|net|sinds kort)\b"
    r"[^.?!;]{0,30}\b(erbij|bij ?genomen|bijgenomen|toegevoegd|erbij genomen|afgesloten)\b|"
    # round 143: told with when ("ik heb vorige week de module verkeer bij jullie afgesloten")
    r"\b(vorige|afgelopen|deze) (week|maand)\b[^.?!;]{0,30}\b(module|inkomen|verkeer|consument (en|&) wonen|c ?& ?w|eigen woning|"
    r"optie)\b[^.?!;]{0,30}\b(erbij|bij ?genomen|bijgenomen|toegevoegd|erbij genomen|afgesloten)\b"
)


# Circumstances one pattern states on its own.
SIMPLE_CIRCUMSTANCES = (
    ("dreiging_geuit", THREAT_TOLD),
    ("premie_niet_betaald", PREMIUM_UNPAID),
    ("voorzienbaar", KNEW_IT_WOULD_CONFLICT),
    ("module_pas_erbij", MODULE_ADDED_RECENTLY),
)


def circumstances_in_story(text: str) -> dict[str, Any]:
    """'facts.<key>': True for what the story states (keys of `circumstances` in the knowledge file)."""
    t = fold(text)
    found: dict[str, Any] = {}
    if SHARED.search(t):
        found["facts.gezamenlijk_belang"] = True
    if LAWYER_HIRED.search(t):
        found["facts.advocaat_ingeschakeld"] = True
        if WITHOUT_PERMISSION.search(t) or BILL_ASKED.search(t) and not WITH_ARAGS_CONSENT.search(t):
            found["facts.advocaat_zonder_toestemming"] = True
    for key, pattern in SIMPLE_CIRCUMSTANCES:
        if pattern.search(t):
            found[f"facts.{key}"] = True
    if re.search(OTHER_SIDE_AT_ARAG, t):
        found["facts.tegenpartij_bij_arag"] = True
    if VEHICLE_OF_BUSINESS.search(t):
        found["facts.voertuig_van_bv"] = True
    if professional_driving(t):
        found["facts.beroepsmatig_vervoer"] = True
    if KNEW_AT_START.search(t) or TAKEN_OUT_BECAUSE.search(t):
        found["facts.bekend_bij_afsluiten"] = True
    if HEARING_SOON.search(t):
        found["facts.zitting_dichtbij"] = True
    elif REPORTED_LATE.search(t) and LONG_AGO.search(t):
        found["facts.lang_gewacht"] = True
    elif DEADLINE.search(t):
        found["facts.termijn_loopt"] = True
    if BOOKED_FOR.search(t) and TRAVELLED_WITH.search(t):
        found["facts.reisgenoten_mee"] = True  # C&W 1: "ik heb de reis geboekt en mijn schoonouders gingen mee"
    return found


def vehicle_user(text: str) -> str | None:
    """'driver_with_permission' / 'passenger' when the story is about someone else in the customer's
    vehicle and asks about them (Verkeer 2); None otherwise."""
    t = fold(text)
    if BORROWED_BY_ME.search(t) and VIA_THEIR_POLICY.search(t):
        return "driver_with_permission"  # round 96: "Ik had met zijn goedvinden de auto van mijn beste vriend geleend"
    if HOUSEHOLD.search(t):
        return None  # a partner or child is insured by art. 1 anyway; asked about as such
    if not ASKS_ABOUT_THEM.search(t) and not re.search(
        # round 63: "buurjongen leende mn auto en werd aangereden ..., hij heeft nekletsel"
        r"\b((hij|zij|ze) (werd|is|was)|en (werd|is)) (\w+ ){0,7}(aangereden|geraakt|gewond)\b|\b(hij|zij|ze) (heeft|had) (\w+ )?"
        r"(\w*letsel|whiplash|verwondingen|\w*klachten|\w*pijn)\b",
        t,
    ):
        return None
    if WITH_PERMISSION.search(t):
        return "driver_with_permission"
    if PASSENGER.search(t):
        return "passenger"
    return None
