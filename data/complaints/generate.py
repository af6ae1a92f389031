"""Write the complaint-detector data set: train.jsonl and heldout.jsonl.

Run: .venv/bin/python data/complaints/generate.py

Three strategies, each with its own material per split so the held-out split is no copy of train:
1. contrast templates: one sentence of dissatisfaction with the target as a slot; aimed at ARAG
   ("jullie", "de jurist van ARAG", the chatbot) it is a complaint, aimed at a third party
   (employer, landlord, ..., the opposing party's lawyer) it describes the legal conflict;
2. hand-written free-form lines for both labels;
3. style transforms on a share of 1 and 2: informal/misspelled writing and social-media style
   (@ARAG_NL, emoji, hashtags), applied to both labels alike so style never gives the label away.
Each line: {"text", "label", "category", "group"}; `group` names the template or hand-written line
a row comes from, so flexbot/complaints/train.py can carve its validation split without near-copies.
The output is deterministic (fixed seed), so re-running reproduces the committed files.
fresh_check.jsonl is not generated: 60 lines written by hand after development, as a second check.
registers.txt to registers5.txt (hand-written lines across registers, added to train
only); the blind splits (BLIND_FILES, each written before the round that followed it) are never read
here except to keep their lines out of train and heldout.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
C, N = "complaint", "no_complaint"

# ---------------------------------------------------------------------------------------------
# Targets. ARAG-side subjects (complaint) and third parties (legal conflict, no complaint).
# ---------------------------------------------------------------------------------------------
ARAG_TRAIN = [
    "jullie",
    "ARAG",
    "de jurist van ARAG",
    "mijn jurist bij ARAG",
    "jullie klantenservice",
    "mijn behandelaar bij ARAG",
    "de rechtsbijstandverzekering van ARAG",
    "jullie afdeling schade",
    "de medewerker van ARAG",
    "mijn dossierbehandelaar",
    "jullie juristen",
]
ARAG_HELDOUT = [
    "ARAG Rechtsbijstand",
    "jullie jurist",
    "de behandelaar van mijn dossier bij jullie",
    "jullie servicedesk",
    "de juridisch medewerker van ARAG",
    "uw maatschappij",
]
THIRD_TRAIN = [
    "mijn werkgever",
    "mijn baas",
    "de verhuurder",
    "mijn huisbaas",
    "de buren",
    "mijn buurman",
    "de webshop",
    "de garage",
    "de aannemer",
    "de gemeente",
    "het UWV",
    "mijn zorgverzekeraar",
    "de advocaat van de tegenpartij",
    "de woningcorporatie",
    "de verkoper",
    "de autoverzekeraar van de tegenpartij",
    "de loodgieter",
    "mijn ex-werkgever",
    "de VvE",
    "het energiebedrijf",
]
THIRD_HELDOUT = [
    "mijn leidinggevende",
    "de huisbazin",
    "de bovenburen",
    "die online winkel",
    "het autobedrijf",
    "de bouwer",
    "de belastingdienst",
    "de verzekeraar van de andere partij",
    "de advocaat van mijn ex",
    "de makelaar",
    "de keukenleverancier",
    "de reisorganisatie",
]

# Contrast templates: {t} is the target, {T} the same capitalised at sentence start.
TEMPLATES_TRAIN = [
    ("slow", "{T} laat me nu al {n} weken wachten, dit is echt belachelijk."),
    ("slow", "Waarom duurt het bij {t} zo ontzettend lang? Ik word er gek van."),
    ("callback", "{T} zou me terugbellen maar belt nooit terug."),
    ("callback", "Al drie keer beloofd dat ik teruggebeld word door {t}, niks gehoord."),
    ("mail", "Ik heb {t} {n} mails gestuurd en nooit antwoord gekregen."),
    ("mail", "{T} reageert gewoon niet op mijn e-mails, waardeloos."),
    ("letter", "De brief van {t} is totaal onduidelijk, ik snap er niks van."),
    ("letter", "{T} stuurde me een brief met de verkeerde gegevens erin, hoe kan dat nou?"),
    ("rejection", "Ik ben het absoluut niet eens met de afwijzing van {t}."),
    ("rejection", "{T} wijst alles af zonder uitleg, schandalig gewoon."),
    ("staff", "De medewerker van {t} was ontzettend onbeschoft tegen mij aan de telefoon."),
    ("staff", "Ik voel me totaal niet serieus genomen door {t}."),
    ("lost_docs", "{T} is mijn documenten kwijtgeraakt, nu moet ik alles opnieuw opsturen."),
    ("slow", "Ik ben het wachten op {t} spuugzat."),
    ("approach", "Ik ben zeer ontevreden over hoe {t} mijn zaak aanpakt."),
    ("rejection", "Ik vind het beslist onterecht wat {t} heeft besloten."),
    ("staff", "{T} doet helemaal niks voor me, ik ben er klaar mee."),
    ("mail", "Geen enkele reactie van {t} op mijn brief van vorige maand. Dit pik ik niet."),
]
TEMPLATES_HELDOUT = [
    ("slow", "Het is nu {n} weken later en {t} heeft nog steeds niks gedaan. Ongelofelijk."),
    ("callback", "Ik heb vanochtend gebeld en {t} zou binnen het uur terugbellen. Nu is het avond."),
    ("mail", "Mijn mail aan {t} is al {n} weken onbeantwoord."),
    ("letter", "Wat {t} mij schrijft klopt van geen kant, er staan fouten in."),
    ("rejection", "{T} heeft nee gezegd en daar ben ik het echt mee oneens."),
    ("staff", "Ik werd door {t} afgesnauwd toen ik een simpele vraag stelde."),
    ("lost_docs", "Volgens {t} hebben ze mijn bewijsstukken nooit ontvangen, terwijl ik ze aangetekend heb verstuurd."),
    ("approach", "Ik heb er geen vertrouwen meer in hoe {t} met mijn zaak omgaat."),
    ("slow", "Ik zit al maanden te wachten op {t}, ik ben het zat."),
    ("staff", "{T} heeft me keihard laten vallen."),
]

# Third-party-only conflict descriptions (no complaint) and ARAG-only complaints, free-form.
# These are written by hand and differ per split.
COMPLAINTS_TRAIN = [
    ("formal", "Ik wil een klacht indienen."),
    ("formal", "Hoe kan ik een klacht indienen over ARAG?"),
    ("formal", "Ik wil graag een klacht indienen over de behandeling van mijn dossier."),
    ("formal", "Waar kan ik terecht met een klacht over mijn jurist?"),
    ("formal", "Ik wil een officiële klacht neerleggen bij jullie klachtenbureau."),
    ("formal", "Dit wordt een klacht, ik ben er helemaal klaar mee."),
    ("formal", "Graag wil ik mijn ongenoegen uiten over de gang van zaken bij ARAG."),
    ("formal", "Ik dien hierbij formeel een klacht in over uw dienstverlening."),
    ("formal", "Kan ik ergens klagen over de manier waarop mijn zaak is behandeld?"),
    ("formal", "Ik wil de klachtenprocedure starten."),
    ("sarcasm", "Bedankt voor niks."),
    ("sarcasm", "Nou bedankt hoor, ARAG, lekker geholpen weer."),
    ("sarcasm", "Geweldige service weer, drie weken niks horen. Chapeau."),
    ("sarcasm", "Fijn hoor, betaal ik jarenlang premie en dan krijg ik dit."),
    ("sarcasm", "Top geregeld weer door jullie, not."),
    ("sarcasm", "Wat een klantvriendelijkheid, echt ongekend... niet dus."),
    ("sarcasm", "Super dat jullie mijn dossier kwijt zijn, echt heel professioneel."),
    ("resolved", "Uiteindelijk opgelost, maar het duurde veel te lang."),
    ("resolved", "Mijn zaak is eindelijk afgerond, maar wat een gedoe was het met jullie."),
    ("resolved", "Het is goed gekomen, maar ik had drie keer moeten bellen voordat iemand iets deed."),
    ("resolved", "Fijn dat het nu geregeld is, maar ik ben nog steeds ontevreden over hoe lang het duurde."),
    ("resolved", "Het probleem is opgelost, maar de communicatie van ARAG was echt slecht."),
    ("resolved", "Oké het is gelukt, maar dit had allemaal veel sneller gekund."),
    ("premium", "Mijn premie is alweer verhoogd zonder dat iemand het uitlegt, belachelijk."),
    ("premium", "Waarom moet ik ineens zoveel meer premie betalen? Dit is niet normaal."),
    ("premium", "Dat eigen risico is echt absurd hoog, daar was ik niet over ingelicht."),
    ("premium", "Jullie hebben twee keer de premie afgeschreven, en niemand lost het op."),
    ("premium", "Ik betaal me blauw aan premie en als ik jullie nodig heb zijn jullie er niet."),
    ("premium", "Waarom moet ik 175 euro zelf betalen? Dat heeft niemand me verteld, ik voel me bedrogen."),
    ("website", "Jullie website doet het al dagen niet, ik kan niet eens inloggen."),
    ("website", "De app van ARAG crasht elke keer als ik een document wil uploaden."),
    ("website", "Het formulier op jullie site geeft steeds een foutmelding, heel frustrerend."),
    ("website", "Mijn ARAG-omgeving laat mijn dossier niet zien, en het wachtwoord resetten werkt ook niet."),
    ("website", "Waarom werkt het uploaden in Mijn ARAG nooit?"),
    ("chatbot", "Deze chatbot begrijpt er helemaal niks van."),
    ("chatbot", "Wat een nutteloze bot, ik wil gewoon een mens spreken."),
    ("chatbot", "Je geeft steeds hetzelfde antwoord, dat helpt me echt niet."),
    ("chatbot", "Stomme robot, je snapt mijn vraag niet eens."),
    ("chatbot", "Ik heb al vijf keer mijn vraag gesteld en deze chat blijft maar onzin uitkramen."),
    ("chatbot", "Die chatbot van jullie is echt waardeloos."),
    ("staff", "Uw medewerker hing gewoon de telefoon op toen ik boos werd."),
    ("staff", "Ik krijg iedere keer een andere jurist en niemand weet wat er speelt in mijn zaak."),
    ("staff", "Mijn jurist is al weken onbereikbaar en er is geen vervanger."),
    ("staff", "Er is nooit iemand bereikbaar bij jullie, de telefoon wordt niet opgenomen."),
    ("staff", "Die jurist van jullie heeft totaal geen verstand van arbeidsrecht."),
    ("callback", "Mijn jurist belt nooit terug."),
    ("callback", "Er zou vandaag iemand van ARAG bellen, maar ik heb niemand gehoord."),
    ("callback", "Ik ben drie keer beloofd dat er teruggebeld zou worden. Niks."),
    ("mail", "Mijn mails worden gewoon genegeerd door jullie."),
    ("mail", "Ik heb nog steeds geen ontvangstbevestiging van mijn melding, na een maand."),
    ("letter", "Jullie brief staat vol juridische termen, ik begrijp er niks van."),
    ("letter", "In de brief van ARAG staat een verkeerd dossiernummer en de verkeerde naam."),
    ("rejection", "Jullie weigeren mijn zaak in behandeling te nemen, dat vind ik echt schandalig."),
    ("rejection", "Ik ben het niet eens met jullie besluit om mijn zaak te sluiten."),
    ("rejection", "Afgewezen omdat het te laat gemeld zou zijn? Dat is gewoon niet waar, ik heb het op tijd gemeld."),
    ("rejection", "Dat ARAG de dekking weigert vind ik onterecht, ik ben er al jaren klant."),
    ("approach", "Mijn jurist wil schikken terwijl ik dat helemaal niet wil, er wordt niet naar me geluisterd."),
    ("approach", "Ik heb het gevoel dat ARAG mijn zaak helemaal niet serieus neemt."),
    ("approach", "De jurist heeft een termijn laten verlopen, daardoor ben ik mijn zaak kwijt."),
    ("approach", "Jullie doen veel te weinig, ik had beter een eigen advocaat kunnen nemen."),
    ("lost_docs", "Voor de derde keer moet ik mijn loonstroken opsturen omdat jullie ze kwijt zijn."),
    ("lost_docs", "Mijn bewijsstukken zijn zoekgeraakt bij jullie, hoe is dat mogelijk?"),
    ("slow", "Ik wacht al vier maanden op een beslissing over mijn dekking."),
    ("slow", "Hoe lang moet ik nog wachten voordat er eindelijk iets gebeurt in mijn dossier?"),
    ("slow", "Er gebeurt gewoon niks met mijn zaak, al weken niet."),
    ("slow", "Wat duurt dat lang bij jullie, zeg."),
    ("cancel", "Ik ga mijn polis opzeggen, ik heb niks aan deze verzekering."),
    ("cancel", "Nooit meer ARAG, ik raad iedereen af om hier een verzekering te nemen."),
    ("general", "Wat een slechte service."),
    ("general", "Ik ben heel erg teleurgesteld in ARAG."),
    ("general", "Dit is toch geen manier van werken?"),
    ("general", "Ik ben zeer ontevreden over jullie dienstverlening."),
    ("general", "Jullie maken er een potje van."),
    ("general", "Waardeloze verzekering, echt zonde van mijn geld."),
    ("mixed", "Mijn werkgever wil me ontslaan en jullie jurist reageert niet eens op mijn mails."),
    ("mixed", "De buren maken herrie, en ARAG laat me al weken zitten met mijn melding."),
    ("mixed", "Mijn jurist belt nooit terug. Ben ik verzekerd voor een burenruzie?"),
    ("mixed", "De garage heeft me opgelicht, en dan wijzen jullie mijn zaak ook nog af. Onterecht!"),
    ("mixed", "Hoe staat mijn zaak ervoor? Ik hoor al weken niks en dat vind ik echt niet oké."),
    ("mixed", "De verhuurder doet niks en jullie ook niet, ik word van iedereen van het kastje naar de muur gestuurd."),
]
COMPLAINTS_HELDOUT = [
    ("formal", "Ik wil een klacht indienen over mijn behandelaar."),
    ("formal", "Waar dien ik een klacht in over ARAG?"),
    ("formal", "Ik wil klagen over de manier waarop ik behandeld ben."),
    ("formal", "Graag een klacht registreren, ik ben zeer ontevreden."),
    ("formal", "Kunt u mij doorverbinden met het klachtenbureau? Ik heb een klacht."),
    ("sarcasm", "Bedankt voor niks, ARAG."),
    ("sarcasm", "Wat een topservice weer... niet dus."),
    ("sarcasm", "Heerlijk, weer een week niks gehoord. Echt geweldig geregeld."),
    ("sarcasm", "Goh, wat fijn dat ik na drie maanden eindelijk een antwoord krijg."),
    ("resolved", "Het is uiteindelijk goed gekomen, maar ik heb er veel te veel moeite voor moeten doen."),
    ("resolved", "Zaak is gesloten, maar ik ben niet blij met hoe het gelopen is bij jullie."),
    ("resolved", "Het is rond, maar de weg ernaartoe was een drama."),
    ("premium", "De premie gaat elk jaar omhoog en ik krijg er niks extra voor."),
    ("premium", "Ik begrijp niet waarom ik eigen risico moet betalen, dat had duidelijker gemoeten."),
    ("premium", "Er is te veel premie afgeschreven van mijn rekening en niemand reageert."),
    ("website", "Inloggen op Mijn ARAG lukt al een week niet."),
    ("website", "Jullie app loopt steeds vast bij het uploaden van foto's."),
    ("website", "Het contactformulier op jullie website verstuurt niks."),
    ("chatbot", "Deze chat snapt echt helemaal niks."),
    ("chatbot", "Ben je een robot? Je antwoorden slaan nergens op."),
    ("chatbot", "Heb ik weer zo'n domme chatbot, verbind me door met een mens."),
    ("staff", "De telefoniste was kortaf en hielp me totaal niet."),
    ("staff", "Mijn behandelaar is met vakantie en niemand neemt het over."),
    ("staff", "Ik heb nog nooit zo'n ongeïnteresseerde jurist meegemaakt."),
    ("callback", "Ik zou teruggebeld worden door mijn jurist, dat is nooit gebeurd."),
    ("callback", "Belt er nou nog iemand van ARAG terug of niet?"),
    ("mail", "Op mijn e-mail van drie weken geleden heb ik nog steeds geen reactie van jullie."),
    ("letter", "Ik kreeg een brief van jullie die over iemand anders ging."),
    ("letter", "Die brief van ARAG is zo vaag, wat bedoelen jullie nou?"),
    ("rejection", "Jullie afwijzing is onterecht en ik wil dat er opnieuw naar gekeken wordt."),
    ("rejection", "Waarom valt dit ineens niet onder mijn dekking? Dat is toch te gek voor woorden."),
    ("approach", "De jurist van ARAG luistert niet naar wat ik wil."),
    ("approach", "Ik had verwacht dat ARAG veel meer voor me zou doen."),
    ("lost_docs", "Jullie zijn mijn arbeidscontract kwijt, dat ik al twee keer gestuurd heb."),
    ("slow", "Mijn zaak ligt al een half jaar stil bij jullie."),
    ("slow", "Het duurt allemaal veel te lang bij ARAG."),
    ("cancel", "Ik zeg mijn verzekering op, dit is de laatste keer."),
    ("general", "Ik ben echt ontevreden over ARAG."),
    ("general", "Slecht geholpen door jullie, heel jammer."),
    ("general", "Ik ben boos op jullie, dit klopt niet."),
    ("mixed", "Mijn ex-werkgever betaalt niet uit en mijn jurist doet er niks aan."),
    ("mixed", "Ik heb ruzie met de aannemer, en nu hoor ik ook van jullie al twee weken niks."),
    ("mixed", "Is een verkeersongeval gedekt? Trouwens, ik vind jullie klantenservice slecht bereikbaar."),
]
CONFLICT_TRAIN = [
    ("employer", "Mijn werkgever heeft me op staande voet ontslagen, ik ben woedend."),
    ("employer", "Mijn baas betaalt mijn loon al twee maanden niet uit, schandalig."),
    ("employer", "Mijn werkgever weigert mijn contract te verlengen omdat ik zwanger ben, dit is discriminatie!"),
    ("employer", "Ik word gepest op mijn werk en mijn leidinggevende doet er niks aan."),
    ("employer", "Mijn werkgever wil dat ik een vaststellingsovereenkomst teken, maar ik vertrouw het niet."),
    ("landlord", "Mijn huisbaas weigert al maanden de schimmel in de badkamer te laten repareren."),
    ("landlord", "De verhuurder houdt mijn borg van 1500 euro achter zonder reden. Wat een oplichter."),
    ("landlord", "De woningcorporatie reageert niet op mijn klachten over lekkage."),
    ("landlord", "Mijn verhuurder wil me eruit zetten omdat hij het huis wil verkopen."),
    ("landlord", "De huur is alweer verhoogd, de verhuurder doet wat hij wil."),
    ("neighbour", "De buren maken elke nacht herrie tot drie uur, ik word er gek van."),
    ("neighbour", "Mijn buurman heeft zijn schutting op mijn grond gezet en wil niet luisteren."),
    ("neighbour", "De boom van de buren hangt over mijn tuin en ze weigeren hem te snoeien."),
    ("neighbour", "Mijn bovenbuurman heeft een lekkage veroorzaakt en wil niet betalen."),
    ("webshop", "De webshop levert mijn bestelling niet en ze reageren niet op mijn mails."),
    ("webshop", "Ik heb een kapotte wasmachine ontvangen en de winkel wil hem niet terugnemen."),
    ("webshop", "Die webshop heeft mijn geld gewoon ingepikt, ik krijg niks terug."),
    ("webshop", "Mijn nieuwe laptop is na een maand kapot en de verkoper zegt dat het mijn schuld is."),
    ("garage", "De garage heeft een reparatie van 2000 euro gedaan zonder mijn toestemming."),
    ("garage", "Mijn auto is na de APK slechter dan ervoor, de garage ontkent alles."),
    ("garage", "De tweedehands auto die ik kocht heeft een verborgen gebrek, de dealer doet niks."),
    ("contractor", "De aannemer is halverwege gestopt met de verbouwing en is onbereikbaar."),
    ("contractor", "De aannemer heeft ons dak verkeerd gelegd en nu lekt het overal."),
    ("contractor", "De loodgieter heeft prutswerk geleverd en wil toch volledig betaald worden."),
    ("municipality", "De gemeente heeft mijn vergunning geweigerd zonder fatsoenlijke uitleg."),
    ("municipality", "De gemeente wil een parkeerplaats voor mijn deur weghalen, belachelijk."),
    ("municipality", "Ik heb een boete van de gemeente gekregen die volgens mij helemaal niet klopt."),
    ("uwv", "Het UWV heeft mijn WW-uitkering stopgezet, ik snap er niks van."),
    ("uwv", "Het UWV wil dat ik mijn uitkering terugbetaal, dat is toch absurd."),
    ("uwv", "Het UWV keurt me goed terwijl ik echt niet kan werken."),
    ("insurer", "De verzekeraar van de tegenpartij weigert mijn schade na het ongeluk te vergoeden."),
    ("insurer", "Mijn zorgverzekeraar vergoedt mijn behandeling niet, terwijl de arts zegt dat het moet."),
    ("insurer", "De autoverzekeraar van de veroorzaker blijft maar traineren."),
    ("lawyer", "De advocaat van de tegenpartij stuurt me dreigende brieven."),
    ("lawyer", "De advocaat van mijn ex liegt gewoon in de processtukken."),
    ("lawyer", "De advocaat van de wederpartij reageert nooit op termijn."),
    ("other", "Ik ben aangereden door een fietser die doorgereden is, wat moet ik doen?"),
    ("other", "Mijn vakantie was een drama en de reisorganisatie wil niks vergoeden."),
    ("other", "De school van mijn zoon weigert hem toe te laten, we zijn woedend."),
    ("other", "Het energiebedrijf heeft me een eindafrekening van 3000 euro gestuurd, dat klopt echt niet."),
    ("other", "Ik heb een schilder ingehuurd en hij heeft alles scheef gedaan. Wat een klungel."),
    ("other", "Mijn telefoonabonnement is zonder toestemming verlengd, de provider lacht me uit."),
    ("other_klacht", "Ik heb al een klacht ingediend bij de gemeente maar er gebeurt niks."),
    ("other_klacht", "Ik wil een klacht indienen tegen mijn werkgever, kunnen jullie helpen?"),
    ("other_klacht", "De klachtencommissie van de woningcorporatie heeft mijn klacht afgewezen."),
    ("other_klacht", "Kan ARAG mij helpen met een klacht tegen de garage?"),
    ("other_klacht", "Bedankt voor niks, zei mijn baas toen ik ontslag nam. Kan ik hem aanpakken?"),
    ("other_slow", "De aannemer laat me al drie weken wachten en belt nooit terug."),
    ("other_slow", "De webshop belooft steeds terug te bellen maar dat gebeurt nooit."),
]
CONFLICT_HELDOUT = [
    ("employer", "Mijn leidinggevende heeft me zonder reden een officiële waarschuwing gegeven."),
    ("employer", "Mijn werkgever betaalt mijn vakantiegeld niet uit, wat een schoften."),
    ("employer", "Ik ben ziek en mijn baas belt me elke dag op om te vragen wanneer ik terugkom, echt intimiderend."),
    ("landlord", "De huisbazin komt zomaar mijn woning binnen zonder te vragen."),
    ("landlord", "Mijn verhuurder weigert de kapotte cv-ketel te vervangen en het is hartje winter."),
    ("neighbour", "De buurvrouw scheldt me uit als ik de tuin in loop."),
    ("neighbour", "Die hond van de buren blaft de hele dag, ik ben er helemaal klaar mee."),
    ("webshop", "Ik heb een bank besteld die nooit is aangekomen, de winkel zegt dat hij bezorgd is."),
    ("webshop", "Die online winkel stuurt me steeds aanmaningen voor iets dat ik al betaald heb."),
    ("garage", "Het autobedrijf heeft mijn auto beschadigd tijdens de reparatie en ontkent het."),
    ("contractor", "De bouwer levert ons huis een half jaar te laat op en wil geen vergoeding geven."),
    ("contractor", "De keukenleverancier heeft de verkeerde keuken geplaatst en reageert niet meer."),
    ("municipality", "De belastingdienst heeft mijn toeslag teruggevorderd, ik ben radeloos."),
    ("municipality", "De gemeente heeft mijn bezwaar afgewezen, ik vind het volkomen onterecht."),
    ("uwv", "Ik ben het niet eens met de beslissing van het UWV over mijn WIA."),
    ("insurer", "De verzekeraar van de andere partij wil maar de helft betalen van mijn schade."),
    ("lawyer", "De advocaat van de tegenpartij is ontzettend onbeschoft tegen me."),
    ("other", "De reisorganisatie heeft onze vlucht geannuleerd en wil ons geld niet teruggeven."),
    ("other", "Mijn ex houdt zich niet aan de omgangsregeling, ik word er knettergek van."),
    ("other", "De makelaar heeft informatie over funderingsproblemen verzwegen."),
    ("other_klacht", "Hoe dien ik een klacht in tegen mijn verhuurder?"),
    ("other_klacht", "Ik heb een klacht over mijn buren, kan ik daarvoor bij jullie terecht?"),
    ("other_slow", "De makelaar belt nooit terug en reageert niet op mijn e-mails."),
    ("other_slow", "Het UWV laat me al maanden wachten op een beslissing."),
]
NEUTRAL_TRAIN = [
    ("question", "Ben ik verzekerd voor een conflict met mijn werkgever?"),
    ("question", "Wat is het maximale bedrag dat ARAG vergoedt per zaak?"),
    ("question", "Valt een burenruzie onder de module Consument & Wonen?"),
    ("question", "Geldt mijn verzekering ook in het buitenland?"),
    ("question", "Hoe meld ik een nieuwe zaak aan?"),
    ("question", "Wat is de wachttijd voordat ik een zaak kan melden?"),
    ("question", "Is een verkeersongeval gedekt als ik zelf schuld heb?"),
    ("question", "Kan ik zelf een advocaat kiezen?"),
    ("question", "Wat is het telefoonnummer van ARAG?"),
    ("question", "Wat is het minimale belang voor een zaak?"),
    ("question", "Hoe kan ik mijn adres wijzigen?"),
    ("question", "Kunnen jullie mij helpen met een conflict over een webshop?"),
    ("question", "Hoe werkt de Flexpolis precies?"),
    ("question", "Wanneer betaal ik mijn premie?"),
    ("question", "Wat kost een extra module?"),
    ("question", "Hoe lang duurt het gemiddeld voordat een jurist contact opneemt?"),
    ("question", "Wat gebeurt er als ik het niet eens ben met een externe specialist?"),
    ("question", "Mag ik een klacht over mijn verhuurder bij jullie melden?"),
    ("question", "Wat moet ik meesturen als ik mijn zaak aanmeld?"),
    ("question", "Hallo, ik heb een vraag over mijn polis."),
    ("status", "Hoe staat mijn zaak ervoor?"),
    ("status", "Is er al nieuws over mijn dossier?"),
    ("status", "Kunt u mij vertellen wat de status is van mijn melding?"),
    ("status", "Wanneer hoor ik iets van mijn jurist?"),
    ("status", "Ik heb vorige week mijn zaak gemeld, wanneer neemt iemand contact op?"),
    ("status", "Is mijn brief al ontvangen?"),
    ("status", "Heeft mijn jurist al gereageerd op de brief van de tegenpartij?"),
    ("status", "Wat is de volgende stap in mijn zaak?"),
    ("praise", "Dank je wel, dat was heel duidelijk."),
    ("praise", "Top geholpen door jullie jurist, bedankt!"),
    ("praise", "Bedankt voor de snelle reactie."),
    ("praise", "Fijn dat jullie zo snel actie ondernamen."),
    ("praise", "Mijn zaak is gewonnen dankzij ARAG, super!"),
    ("praise", "Heel tevreden over de hulp, echt een aanrader."),
    ("praise", "Jullie jurist heeft me geweldig geholpen met mijn ontslagzaak."),
    ("praise", "Dank voor de duidelijke uitleg in de brief."),
    ("praise", "Prima geregeld, dank jullie wel."),
    ("chit", "Hoi"),
    ("chit", "Goedemorgen"),
    ("chit", "Oké, dank je."),
    ("chit", "Ja graag."),
    ("chit", "Nee, dat was het."),
    ("chit", "Mijn polisnummer is 12345678."),
    ("chit", "Mijn naam is Jan de Vries."),
    ("chit", "Stop"),
    ("chit", "Laat maar."),
]
NEUTRAL_HELDOUT = [
    ("question", "Ben ik gedekt bij een geschil over een gekochte auto?"),
    ("question", "Welke zaken vallen onder de module Inkomen?"),
    ("question", "Wat is het telefoonnummer van het klachtenbureau?"),
    ("question", "Kan ik mijn partner meeverzekeren?"),
    ("question", "Hoeveel kost de verzekering per maand?"),
    ("question", "Hoe zeg ik een module op?"),
    ("question", "Helpt ARAG ook bij een echtscheiding?"),
    ("question", "Moet ik een eigen risico betalen?"),
    ("status", "Mag ik vragen hoe het met mijn dossier gaat?"),
    ("status", "Wat is de stand van zaken in mijn zaak tegen de verhuurder?"),
    ("status", "Heeft de jurist de stukken al bekeken?"),
    ("status", "Wanneer krijg ik bericht over de dekking?"),
    ("praise", "Wat fijn, dank voor het meedenken!"),
    ("praise", "Zeer tevreden over jullie service."),
    ("praise", "Goed geholpen vandaag, bedankt voor de moeite."),
    ("praise", "Eindelijk een verzekeraar die doet wat hij belooft, dank!"),
    ("chit", "Goedemiddag"),
    ("chit", "Dat is alles, fijne dag."),
    ("chit", "Mijn e-mailadres is j.jansen@example.nl"),
    ("chit", "Nee hoor."),
]

THIRD_CATEGORIES = {
    "employer",
    "landlord",
    "neighbour",
    "webshop",
    "garage",
    "contractor",
    "municipality",
    "uwv",
    "insurer",
    "lawyer",
    "other",
    "other_klacht",
    "other_slow",
}

# More hand-written training lines: other wordings of the same kinds of dissatisfaction.
EXTRA_COMPLAINTS_TRAIN = [
    ("approach", "Ik ben niet tevreden over hoe ARAG mijn zaak aanpakt."),
    ("approach", "Ik ben niet tevreden over de manier waarop jullie mijn dossier behandelen."),
    ("approach", "Niet blij met hoe de jurist van ARAG mijn zaak oppakt."),
    ("slow", "Dat jullie zo traag zijn vind ik echt frustrerend."),
    ("slow", "Het schiet totaal niet op met mijn dossier bij jullie."),
    ("slow", "Sinds mijn melding in januari is er niks meer gebeurd."),
    ("slow", "Jullie hebben een maand nodig om een simpele brief te beantwoorden, dat kan toch niet."),
    ("slow", "Ik had allang iets moeten horen over de dekking, waar blijft het?"),
    ("slow", "Waarom ligt mijn zaak al weken op de plank bij ARAG?"),
    ("slow", "Elke keer als ik bel hoor ik dat het nog in behandeling is. Ik word er moedeloos van."),
    ("callback", "Jullie zouden me maandag bellen, het is nu vrijdag."),
    ("callback", "Beloofd werd dat de jurist contact zou opnemen, maar er kwam niks."),
    ("callback", "Ik heb een terugbelverzoek gedaan en er is nooit iemand teruggekomen."),
    ("callback", "Ik blijf maar bellen en niemand belt mij ooit terug."),
    ("callback", "Om tien uur beloofde jullie collega dat ik vandaag gebeld zou worden. Het is nu zes uur."),
    ("callback", "De jurist van ARAG zou me gisteren bellen, ik zit nog steeds te wachten."),
    ("callback", "Jullie beloven steeds een telefoontje dat nooit komt."),
    ("mail", "Mijn berichten in Mijn ARAG worden niet gelezen."),
    ("mail", "Twee brieven gestuurd, geen antwoord. Hoe moeilijk is het?"),
    ("mail", "Niemand van jullie reageert op mijn vragen per mail."),
    ("letter", "Ik heb een brief van ARAG gekregen met een bedrag dat niet klopt."),
    ("letter", "In jullie brief staat dat mijn zaak gesloten is, maar dat heb ik nooit gevraagd."),
    ("letter", "Jullie schrijven zo onduidelijk dat ik niet weet wat ik moet doen."),
    ("rejection", "Mijn zaak wordt niet gedekt volgens jullie, maar dat klopt niet met mijn polis."),
    ("rejection", "Dat jullie geen hulp bieden bij mijn ontslag is echt een schande."),
    ("rejection", "Ik accepteer de afwijzing niet, jullie lezen mijn melding verkeerd."),
    ("rejection", "Eerst zeggen jullie ja, daarna opeens nee. Wat is dit voor verzekeraar?"),
    ("rejection", "Geen dekking omdat het conflict te vroeg begon? Dat vind ik echt onredelijk van ARAG."),
    ("approach", "Mijn jurist neemt nooit zelf initiatief, ik moet overal achteraan zitten."),
    ("approach", "Ik had gehoopt dat jullie voor mij zouden opkomen, maar jullie kiezen de makkelijke weg."),
    ("approach", "De behandelaar adviseert me om op te geven, daar ben ik het niet mee eens."),
    ("approach", "Jullie jurist maakte fouten in de dagvaarding."),
    ("approach", "Het advies van jullie jurist sloeg nergens op."),
    ("premium", "Ik zie een hogere premie op mijn afschrift en niemand heeft me daarover geïnformeerd."),
    ("premium", "De premie is niet in verhouding tot wat ik terugkrijg."),
    ("premium", "Het eigen risico stond nergens duidelijk vermeld, dat is misleidend."),
    ("premium", "Jullie incasso heeft dubbel afgeschreven en ik moet zelf achter mijn geld aan."),
    ("staff", "De dame aan de telefoon deed erg uit de hoogte."),
    ("staff", "Ik werd meteen onderbroken door jullie medewerker, heel onprettig."),
    ("staff", "Jullie medewerker lachte me uit toen ik mijn verhaal deed."),
    ("staff", "Steeds weer een andere behandelaar, niemand kent mijn dossier."),
    ("staff", "Mijn jurist is vertrokken en niemand heeft me dat verteld."),
    ("staff", "Bij ARAG neemt niemand de verantwoordelijkheid."),
    ("website", "Ik kan mijn polis niet downloaden, de knop doet niks."),
    ("website", "De site van ARAG is traag en valt steeds uit."),
    ("website", "Na het updaten van de app kan ik niet meer inloggen."),
    ("website", "Ik krijg steeds 'er is iets misgegaan' op jullie website."),
    ("chatbot", "Deze assistent helpt me echt geen stap verder."),
    ("chatbot", "Ik praat liever met een echt persoon, deze chat is hopeloos."),
    ("chatbot", "Dit gesprek met de chatbot is verspilde tijd."),
    ("chatbot", "Jij begrijpt me gewoon niet, dit is frustrerend."),
    ("lost_docs", "De foto's die ik heb geüpload zijn verdwenen uit mijn dossier."),
    ("lost_docs", "Jullie hebben mijn machtiging verloren, nu loopt alles vertraging op."),
    ("lost_docs", "Ik heb alles al aangeleverd en toch vragen jullie weer om dezelfde stukken."),
    ("formal", "Ik wil mijn klacht graag voorleggen aan het klachtenbureau."),
    ("formal", "Ik wil hier officieel over klagen."),
    ("formal", "Ik wil een klacht doen over de jurist die mijn zaak behandelt."),
    ("formal", "Mag ik een klacht over jullie doorgeven via deze chat?"),
    ("formal", "Ik ga dit voorleggen aan het Kifid als jullie niets doen."),
    ("resolved", "Het is wel opgelost uiteindelijk, maar ik moest er zelf steeds achteraan."),
    ("resolved", "Mijn probleem is verholpen, al was het contact met jullie stroef."),
    ("resolved", "Het is gelukt, alleen had ik wel drie weken geen internet in Mijn ARAG."),
    ("resolved", "Het is nu in orde, maar ik ben wel ontevreden over hoe het ging."),
    ("sarcasm", "Dank je wel ARAG, voor helemaal niks."),
    ("sarcasm", "Echt knap hoe jullie het voor elkaar krijgen om nooit op te nemen."),
    ("sarcasm", "Weer een maand verder, lekker bezig jullie."),
    ("sarcasm", "Goed bezig hoor, mijn dossier alweer kwijt."),
    ("general", "Ik ben echt teleurgesteld in hoe jullie met klanten omgaan."),
    ("general", "Zo behandel je je klanten toch niet?"),
    ("general", "Wat een amateurs bij ARAG."),
    ("general", "Ik heb spijt dat ik deze verzekering heb afgesloten."),
    ("general", "Jullie service is onder de maat."),
    ("general", "Ik voel me in de steek gelaten door mijn rechtsbijstandverzekeraar."),
    ("general", "Dit is al de zoveelste keer dat het misgaat bij jullie."),
    ("mixed", "Mijn baas heeft me ontslagen en nu moet ik ook nog weken wachten op jullie, dit is te veel."),
    ("mixed", "Ik heb een geschil met de verhuurder, maar mijn jurist reageert nergens op."),
    ("mixed", "Kan ik een advocaat kiezen? De jurist van ARAG doet namelijk helemaal niks."),
    ("mixed", "Het UWV is al lastig genoeg, maar dat ARAG me ook niet helpt is echt teleurstellend."),
    ("mixed", "Wat is de status van mijn zaak? Ik vind het echt schandalig dat ik dat steeds zelf moet vragen."),
    ("mixed", "De webshop weigert terug te betalen en jullie wijzen mijn melding af, wat moet ik nu?"),
]
EXTRA_CONFLICT_TRAIN = [
    ("pension", "Het pensioenfonds rekent mijn pensioen steeds verkeerd uit, heel frustrerend."),
    ("benefits", "Het UWV keert mijn uitkering te laat uit, echt frustrerend."),
    ("insurer", "Mijn inboedelverzekeraar doet moeilijk over de waterschade, zo frustrerend."),
    ("landlord", "Ik ben niet tevreden over hoe de verhuurder het onderhoud regelt."),
    ("employer", "Ik ben niet tevreden over hoe mijn werkgever mijn re-integratie aanpakt."),
    ("employer", "Mijn werkgever heeft mijn functie geschrapt terwijl ik ziek thuis zat."),
    ("employer", "De directeur schreeuwde tegen me waar iedereen bij was, ik ben er kapot van."),
    ("employer", "Mijn werkgever houdt mijn laatste salaris in, dat is toch diefstal?"),
    ("employer", "Mijn baas weigert me een getuigschrift te geven."),
    ("landlord", "De verhuurder stuurt elke maand een hogere rekening voor servicekosten."),
    ("landlord", "Onze huisbaas laat het huis verloederen, niks wordt gerepareerd."),
    ("landlord", "De woningcorporatie heeft mijn huurcontract opgezegd, ik ben in paniek."),
    ("neighbour", "De buren parkeren steeds op mijn oprit, ik ben het zat."),
    ("neighbour", "Mijn buurvrouw filmt me stiekem in mijn eigen tuin."),
    ("neighbour", "De buren hebben zonder overleg een dakkapel gebouwd die mijn licht wegneemt."),
    ("webshop", "De winkel weigert de garantie op mijn telefoon, volgens hen is het waterschade."),
    ("webshop", "Ik heb nooit een pakket ontvangen en de webwinkel zegt dat het mijn probleem is."),
    ("webshop", "Bij het retourneren heeft de webshop mijn geld gehouden."),
    ("garage", "De dealer heeft me een auto met teruggedraaide kilometerstand verkocht."),
    ("garage", "De monteur heeft mijn motor verkeerd afgesteld en nu is hij kapot."),
    ("contractor", "De installateur heeft een lekkende cv-ketel geplaatst en neemt de telefoon niet op."),
    ("contractor", "De aannemer rekent 5000 euro meerwerk waar we nooit om gevraagd hebben."),
    ("municipality", "De gemeente heeft mijn aanvraag voor een uitrit al een jaar niet behandeld."),
    ("municipality", "Ik kreeg een naheffing van de gemeente, volkomen onterecht."),
    ("uwv", "Het UWV heeft mijn uitkering verlaagd zonder dat ik het snap."),
    ("uwv", "Het UWV reageert niet op mijn bezwaarschrift, al drie maanden."),
    ("insurer", "Mijn reisverzekeraar weigert de ziekenhuiskosten te betalen."),
    ("insurer", "De verzekeraar van de veroorzaker zegt dat ik zelf schuld heb, onzin!"),
    ("lawyer", "De advocaat van de tegenpartij probeert me te intimideren met een hoge claim."),
    ("lawyer", "De advocaat van de wederpartij draait alles om wat ik zeg."),
    ("other", "Het incassobureau blijft me bellen voor een schuld die niet van mij is."),
    ("other", "De kinderopvang heeft ons contract eenzijdig opgezegd, belachelijk."),
    ("other", "Mijn ex-partner wil de alimentatie niet betalen."),
    ("other", "De deurwaarder stond zomaar voor de deur, ik ben zo geschrokken."),
    ("other", "Een automobilist reed me van mijn fiets en zegt nu dat het mijn schuld is."),
    ("other", "De sportschool blijft incasseren terwijl ik al lang heb opgezegd."),
    ("other", "De camping heeft onze aanbetaling gehouden na annulering, schandalig."),
    (
        "other_klacht",
        "Ik heb een klacht bij de huurcommissie ingediend, maar de verhuurder trekt zich er niks van aan.",
    ),
    ("other_klacht", "Kunnen jullie me helpen een klacht te schrijven aan de webshop?"),
    ("other_klacht", "Mijn klacht bij de zorgverzekeraar is afgewezen, wat nu?"),
    ("other_slow", "De gemeente duurt veel te lang met mijn vergunning."),
    ("other_slow", "De verhuurder reageert nooit op mijn mails over de lekkage."),
    ("other_slow", "Mijn werkgever belt me nooit terug over mijn re-integratie."),
    ("other_slow", "Ik heb de garage vijf keer gemaild en nooit antwoord gekregen."),
    ("other_slow", "Het UWV is mijn documenten kwijtgeraakt, nu moet ik alles opnieuw aanleveren."),
]
EXTRA_NEUTRAL_TRAIN = [
    ("question", "Hoe lang heb ik om een zaak te melden na een conflict?"),
    ("question", "Is mijn zoon van 19 die nog thuis woont ook verzekerd?"),
    ("question", "Wat houdt de module Verkeer in?"),
    ("question", "Krijg ik hulp bij een conflict over mijn huurhuis?"),
    ("question", "Betaalt ARAG ook de kosten van een deskundige?"),
    ("question", "Kan ik telefonisch contact opnemen met mijn jurist?"),
    ("question", "Hoe dien ik een klacht in bij de huurcommissie?"),
    ("question", "Wat moet ik doen als de tegenpartij niet reageert?"),
    ("question", "Wat is het adres van het klachtenbureau?"),
    ("question", "Hoe werkt de klachtenprocedure van ARAG precies?"),
    ("question", "Ik wil mijn bankrekeningnummer wijzigen."),
    ("question", "Kunnen jullie me helpen met een bezwaar tegen de WOZ-waarde?"),
    ("question", "Vergoedt ARAG de griffierechten?"),
    ("question", "Wat valt er niet onder de dekking?"),
    ("status", "Ik wacht op een reactie van mijn jurist, weet u wanneer die komt?"),
    ("status", "Is mijn melding van vorige week goed aangekomen?"),
    ("status", "Kan ik ergens zien hoe ver mijn zaak is?"),
    ("status", "Heeft de jurist al contact gehad met mijn werkgever?"),
    ("status", "Wanneer is de zitting bij de kantonrechter?"),
    ("status", "Mijn jurist zou me morgen bellen, om hoe laat ongeveer?"),
    ("status", "Ik word vandaag teruggebeld door ARAG, kan dat ook na vijf uur?"),
    ("praise", "Wat een fijne jurist heb ik, heel betrokken."),
    ("praise", "Dank jullie wel voor alle hulp de afgelopen maanden."),
    ("praise", "Ik ben blij dat ik bij ARAG verzekerd ben."),
    ("praise", "De behandelaar heeft alles helder uitgelegd, dank!"),
    ("praise", "Snel en goed geregeld, complimenten."),
    ("praise", "Bedankt, jullie hebben me echt uit de brand geholpen."),
    ("praise", "De chatbot hielp me snel aan het goede antwoord, top."),
    ("chit", "Ik heb nog een vraag."),
    ("chit", "Mijn telefoonnummer is 06 12345678."),
    ("chit", "Graag via e-mail."),
    ("chit", "Ja, dat klopt."),
    ("chit", "Dossiernummer 2024-123456."),
    ("chit", "Nee, ik wil geen contact."),
    ("chit", "Even kijken hoor."),
]
# Neutral and friendly lines that do name ARAG, its staff or this chat.
NEUTRAL_ARAG_TRAIN = [
    ("question", "Kunnen jullie mij vertellen of ik verzekerd ben voor een geschil met de aannemer?"),
    ("question", "Mag ik jullie jurist een e-mail sturen met aanvullende stukken?"),
    ("question", "Werken jullie ook op zaterdag?"),
    ("question", "Wat is het e-mailadres van mijn behandelaar bij ARAG?"),
    ("question", "Hoe bereik ik mijn jurist het snelst?"),
    ("question", "Heeft ARAG ook een app?"),
    ("question", "Kan ik via Mijn ARAG documenten uploaden?"),
    ("question", "Helpen jullie ook bij problemen met een webshop in Duitsland?"),
    ("question", "Ik wil jullie iets vragen over de module Inkomen."),
    ("question", "Stuurt ARAG mij een bevestiging van mijn melding?"),
    ("question", "Kan de jurist van ARAG ook naar de rechtbank mee?"),
    ("question", "Is het klachtenbureau van ARAG ook telefonisch bereikbaar?"),
    ("question", "Kun jij me uitleggen wat een wachttijd is?"),
    ("question", "Beste chatbot, wat valt er onder verkeer?"),
    ("status", "Mijn jurist zou deze week de brief versturen, is dat gelukt?"),
    ("status", "Ik heb jullie gisteren de stukken gemaild, zijn ze binnen?"),
    ("status", "Hebben jullie al contact gehad met de tegenpartij?"),
    ("status", "Kan mijn behandelaar mij vandaag nog bellen? Dat zou fijn zijn."),
    ("status", "Wanneer verwacht ARAG een uitspraak in mijn zaak?"),
    ("status", "Wat is de volgende stap die mijn jurist gaat zetten?"),
    ("status", "Is mijn dossier al overgedragen aan een advocaat?"),
    ("status", "Ik heb een afspraak met mijn jurist volgende week, moet ik iets meenemen?"),
    ("praise", "Mijn jurist heeft een mooie schikking voor me geregeld."),
    ("praise", "Heel prettig contact met ARAG, vriendelijk en duidelijk."),
    ("praise", "Jullie klantenservice nam meteen op, dat waardeer ik."),
    ("praise", "Ik wil mijn behandelaar graag bedanken voor de inzet."),
    ("praise", "De brief van ARAG was helder, ik weet nu wat ik moet doen."),
    ("praise", "Fijn dat jullie meedenken, ik voel me gehoord."),
    ("praise", "Handige chat, dank je."),
    ("chit", "Hallo ARAG, ik heb een vraag."),
    ("chit", "Goedemorgen, ik wil graag een zaak melden bij jullie."),
    ("chit", "Ik ben klant bij ARAG sinds 2019."),
]

# Replies inside a conversation (form answers, clarifications) with plain negation: no complaint.
DIALOGUE_TRAIN = [
    "Ik heb geen polisnummer.",
    "Nee, niet nodig.",
    "Dat weet ik niet.",
    "Ik weet het niet zeker.",
    "Ik heb geen e-mailadres.",
    "Liever niet.",
    "Nee, ik wil niet gebeld worden.",
    "Ik weet mijn dossiernummer niet meer.",
    "Ik kan de brief niet meer vinden.",
    "Niet vertrouwelijk, dat hoeft niet.",
    "Geen idee eigenlijk.",
    "Ik heb nog geen advocaat.",
    "Nee, dat is niet van toepassing.",
    "Ik begrijp de vraag niet helemaal, kunt u het anders zeggen?",
    "Dat heb ik niet bij de hand.",
    "Ik woon niet meer op dat adres.",
    "Nee hoor, geen vragen meer.",
    "Mijn telefoonnummer wil ik liever niet geven.",
    "Ik heb nog niks ondertekend.",
    "Ik weet niet of ik verzekerd ben voor dit conflict.",
    "Het contract is nog niet getekend.",
    "Er is geen schriftelijke overeenkomst.",
    "Ik ben niet de hoofdverzekerde.",
    "Nee, niks meer.",
    "Dat klopt niet, mijn postcode is 3831 AB.",
    "Sorry, ik bedoelde niet dat.",
    "Kan ik dat niet beter per mail doen?",
    "Ik heb de brief nog niet gelezen.",
    "Ik wil niet dat mijn werkgever het weet.",
    "Het gaat niet om mij maar om mijn dochter.",
    "Ik heb geen rechtsbijstand nodig voor mezelf, maar voor mijn zoon.",
    "Niet van toepassing.",
    "Nog niet, ik wacht eerst de uitspraak af.",
    "Ik snap niet goed wat ik hier moet invullen.",
    "De tegenpartij heeft nog geen reactie gegeven.",
    "Ik heb nooit eerder een zaak gemeld.",
    "Oké, dan wacht ik wel even.",
    "Dat was alles.",
    "Verder niets, bedankt.",
    "Prima, ik hoor het wel.",
    "Goed, dan wacht ik op bericht.",
    "Nee hoor, verder niks.",
    "Dan wacht ik de brief af.",
    "Nee, het klachtenbureau hoeft mij niet te bellen.",
    "Het klachtenbureau mag me mailen.",
    "Ja, het klachtenbureau mag contact met me opnemen.",
    "Nee, geen contact met het klachtenbureau nodig.",
    "Liever geen telefoontje, een mail is prima.",
    "Ik wil niet dat dit vertrouwelijk is, dat maakt niet uit.",
    "Graag vertrouwelijk behandelen.",
    "Bel me liever niet onder werktijd.",
    "Laat maar zitten, het hoeft niet.",
    "Ik wacht al op de uitspraak van de rechter.",
    "We wachten nog op het rapport van de deskundige.",
]
DIALOGUE_HELDOUT = [
    "Ik heb geen dossiernummer.",
    "Nee, dank je, niet nodig.",
    "Dat weet ik helaas niet.",
    "Ik heb geen vaste telefoon.",
    "Nee, niet vertrouwelijk.",
    "Geen flauw idee.",
    "Ik heb de polis niet bij me.",
    "Dat hoeft niet, dank u.",
    "Ik weet niet hoe dat werkt.",
    "De verhuurder heeft nog niks laten weten.",
    "Nee, ik heb verder geen vragen.",
    "Ik snap niet helemaal wat u bedoelt.",
]

# Hand-written informal and misspelled lines (not produced by the transform).
INFORMAL_TRAIN = [
    ("slow", "wanneer gaan jullie eindelijk ns iets doen aan mn zaak", C),
    ("callback", "belt er ooit nog iemand terug of hoe zit dat", C),
    ("mail", "heb jullie wel 4x gemaild en nog steeds niks gehoord", C),
    ("staff", "jullie jurist is echt nergens te bereiken pfff", C),
    ("chatbot", "slaat nergens op wat je zegt bot", C),
    ("chatbot", "jezus wat een kut chatbot", C),
    ("general", "waardeloos bedrijf zijn jullie", C),
    ("general", "arag is echt n grap", C),
    ("rejection", "hoezo niet gedekt?? ik betaal al 10 jaar premie!!", C),
    ("premium", "premie weer omhoog.. lekker dan", C),
    ("sarcasm", "tnx voor niks arag", C),
    ("formal", "wil n klacht doen over julie", C),
    ("resolved", "opgelost ja maar zo traag man", C),
    ("website", "app doet t weer nie", C),
    ("lost_docs", "waar zijn mn papieren gebleven?? had ze toch gestuurd", C),
    ("staff", "die vrouw aan de telefoon was zo onaardig", C),
    ("employer", "mn baas is n eikel hij betaalt me gwn nie", N),
    ("landlord", "huisbaas doet egt niks aan de schimmel wat moet k doen", N),
    ("neighbour", "buren zijn echt asociaal elke nacht feest", N),
    ("webshop", "webshop reageert nie op mn mails en heb nog steeds geen pakket", N),
    ("garage", "garage heeft me opgelicht met de reparatie", N),
    ("uwv", "uwv doet weer moeilijk over mn uitkering", N),
    ("lawyer", "advocaat van de tegenpartij is n leugenaar", N),
    ("question", "ben ik verzekerd als mn buurman mn schutting sloopt?", N),
    ("question", "hoe meld ik n zaak", N),
    ("status", "hoe staat t met mn zaak?", N),
    ("status", "al nieuws over mn dossier?", N),
    ("praise", "toppie bedankt!!", N),
    ("praise", "super geholpen thx", N),
    ("chit", "ok", N),
    ("chit", "jep", N),
]
INFORMAL_HELDOUT = [
    ("slow", "duurt echt eeuwen bij julie", C),
    ("callback", "niemand belt me trug, al n week", C),
    ("chatbot", "wat n domme bot ben jij zeg", C),
    ("general", "slechtste verzekering ooit", C),
    ("formal", "hoe kan ik klagen over arag", C),
    ("staff", "jurist neemt nooit op grrr", C),
    ("sarcasm", "echt lekker snel hoor jullie... niet", C),
    ("premium", "waarom zo duur ineens die premie", C),
    ("website", "kan nie inloggen op mijn arag wtf", C),
    ("employer", "werkgever wil me ontslaan wat nu", N),
    ("landlord", "verhuurder wil de borg nie terugbetalen", N),
    ("neighbour", "buurman scheldt me steeds uit", N),
    ("garage", "garage rekent veel te veel en doet t nie goed", N),
    ("webshop", "bestelling nooit gekregen en winkel zegt pech gehad", N),
    ("question", "dekt mn polis ook rechtszaak tegen de gemeente?", N),
    ("status", "hoe ver is mn zaak eigenlijk", N),
    ("praise", "dankjewel echt top geholpen", N),
]

# ARAG named without dissatisfaction: praise, questions and status requests (no complaint), so
# that naming ARAG alone never makes a complaint.
NEUTRAL_ARAG_TEMPLATES_TRAIN = [
    ("praise", "{T} heeft me super geholpen, dank daarvoor!"),
    ("praise", "Ik ben heel tevreden over {t}."),
    ("praise", "Complimenten voor {t}, echt goed geregeld."),
    ("praise", "Dank aan {t} voor de snelle reactie."),
    ("praise", "Het is opgelost dankzij {t}, heel fijn."),
    ("question", "Kan {t} mij helpen met een conflict met mijn werkgever?"),
    ("question", "Ik heb een vraag voor {t} over mijn polis."),
    ("question", "Ik wil {t} graag iets vragen over de dekking."),
    ("status", "Wanneer neemt {t} contact met me op over mijn zaak?"),
    ("status", "Heeft {t} mijn documenten al ontvangen?"),
    ("status", "{T} heeft mijn zaak in behandeling genomen, hoe gaat het nu verder?"),
]
NEUTRAL_ARAG_TEMPLATES_HELDOUT = [
    ("praise", "{T} heeft het prima opgelost, dank je."),
    ("praise", "Heel fijn contact gehad met {t}."),
    ("question", "Mag ik {t} bellen voor een vraag?"),
    ("status", "Heeft {t} al naar mijn stukken gekeken?"),
    ("status", "Ik heb mijn zaak aangemeld bij {t}, wat is de volgende stap?"),
]

# Third-party conflict templates (one per topic, target slot in the topic's own words).
CONFLICT_TEMPLATES_TRAIN = [
    "{T} zegt dat ik zelf schuld heb, dat is echt onzin. Wat kan ik doen?",
    "Ik ben zo boos op {t}, ze hebben me gewoon voorgelogen.",
    "{T} weigert te betalen wat ze mij verschuldigd zijn.",
    "Ik wil {t} aansprakelijk stellen, kan dat via mijn verzekering?",
]
CONFLICT_TEMPLATES_HELDOUT = [
    "{T} doet alsof ik gek ben, ik pik dit niet langer. Helpen jullie mij?",
    "Ik ben al maanden in gevecht met {t} en het kost me mijn nachtrust.",
]

# ---------------------------------------------------------------------------------------------
# Style transforms.
# ---------------------------------------------------------------------------------------------
MISSPELL = {
    "niet": "nie",
    "jullie": "julie",
    "helemaal": "hellemaal",
    "echt": "egt",
    "ik": "k",
    "het": "t",
    "een": "n",
    "weken": "weke",
    "gewoon": "gwn",
    "wordt": "word",
    "nooit": "nooid",
    "belachelijk": "belachlijk",
    "verzekering": "verzekring",
    "terug": "trug",
    "niks": "niks!!",
    "maanden": "maande",
    "waarom": "waarom??",
    "wachten": "wachte",
    "antwoord": "antwoort",
}
EMOJI_ANGRY = ["😡", "🤬", "😤", "👎", "🙄", "😠😠"]
EMOJI_NEUTRAL = ["🙂", "🤔", "🙏", "😊", "👍", "😬"]
EMOJI_SAD = ["😢", "😞", "💔"]
TAGS_COMPLAINT = ["#ARAG", "#slechteservice", "#klantonvriendelijk", "#klacht", "#wachten", "#fail"]
TAGS_CONFLICT = ["#huurrecht", "#ontslag", "#burenruzie", "#oplichting", "#hulpnodig", "#ARAG"]
MENTIONS = ["@ARAG_NL", "@ARAG", "@ARAGNederland"]


def informal(text: str, rng: random.Random) -> str:
    words = text.split()
    out = []
    for w in words:
        core = re.sub(r"[.,!?]+$", "", w)
        tail = w[len(core) :]
        lower = core.lower()
        if lower in MISSPELL and rng.random() < 0.7:
            core = MISSPELL[lower]
        out.append(core + tail)
    s = " ".join(out)
    if rng.random() < 0.6:
        s = s.lower()
    if rng.random() < 0.5:
        s = re.sub(r"[.,]", "", s)
    if rng.random() < 0.3:
        s = s.rstrip("!?. ") + rng.choice(["!!!", "??", "...", "!!1"])
    return s


def social(text: str, label: str, rng: random.Random) -> str:
    mention = rng.choice(MENTIONS)
    if label == C:
        extras = [rng.choice(EMOJI_ANGRY + EMOJI_SAD), rng.choice(TAGS_COMPLAINT)]
    else:
        extras = [rng.choice(EMOJI_NEUTRAL + EMOJI_ANGRY), rng.choice(TAGS_CONFLICT)]
    # Emoji and hashtags appear on both sides; anger emoji also on conflict tweets.
    rng.shuffle(extras)
    k = rng.choice([0, 1, 2])
    tail = " ".join(extras[:k])
    lead = f"{mention} " if rng.random() < 0.7 else ""
    end = f" {mention}" if not lead else ""
    return f"{lead}{text}{end}{(' ' + tail) if tail else ''}"


def cap(s: str) -> str:
    return s[0].upper() + s[1:]


def fill(template: str, target: str, rng: random.Random) -> str:
    return template.format(t=target, T=cap(target), n=rng.choice([2, 3, 4, 5, 6, 8]))


NLU_DIR = HERE.parent / "nlu"
COMPLAINT_INTENTS = {"complain"}
# Intents whose statements may be complaints by ARAG's policy ("ik ben het oneens met het advies van de
# jurist", "ik wil een klacht indienen"): only their questions ("wat als ik het niet eens ben ...?",
# "hoe werkt de klachtenprocedure") are used as negatives.
QUESTION_ONLY_INTENTS = {"faq_complaints", "faq_disagreement"}
# "hoe kan ik een klacht indienen?" is a wish to complain (issue 9): a complaint, not a negative.
_WISH = re.compile(r"\bklacht\b[^?]{0,20}\b(?:indienen|in dienen|doen)\b|\bbeklag\b", re.I)
_QUESTION = re.compile(r"\?\s*$|^(?:wat|hoe|waar|wie|welke?|wanneer|kan|kun|mag|moet|is|zijn|heeft|stel dat)\b", re.I)
NLU_PER_INTENT = 4


def nlu_examples() -> list[tuple[str, str]]:
    """(intent, text) for every Rasa NLU example except those of complaint intents."""
    import yaml

    pairs = []
    for path in sorted(NLU_DIR.glob("*.yml")):
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" not in block or block["intent"] in COMPLAINT_INTENTS:
                continue
            for line in block.get("examples", "").splitlines():
                text = line.strip().removeprefix("- ").strip()
                if block["intent"] in QUESTION_ONLY_INTENTS and (not _QUESTION.search(text) or _WISH.search(text)):
                    continue
                if text:
                    pairs.append((block["intent"], text))
    return pairs


def build(split: str, rng: random.Random) -> list[dict]:
    """Rows of one split. `group` ties every row to the template or hand-written line it comes
    from, so the trainer can carve a validation split without near-copies across the cut."""
    train = split == "train"
    arag = ARAG_TRAIN if train else ARAG_HELDOUT
    third = THIRD_TRAIN if train else THIRD_HELDOUT
    templates = TEMPLATES_TRAIN if train else TEMPLATES_HELDOUT
    rows: list[dict] = []

    # 1. Contrast pairs: every template with ARAG targets and with third parties.
    reps = 6 if train else 4
    for i, (category, template) in enumerate(templates):
        for _ in range(reps):
            rows.append(
                {"text": fill(template, rng.choice(arag), rng), "label": C, "category": category, "group": f"tpl{i}"}
            )
            rows.append(
                {
                    "text": fill(template, rng.choice(third), rng),
                    "label": N,
                    "category": "third_party_" + category,
                    "group": f"tpl{i}",
                }
            )
    for i, (category, template) in enumerate(NEUTRAL_ARAG_TEMPLATES_TRAIN if train else NEUTRAL_ARAG_TEMPLATES_HELDOUT):
        for target in rng.sample(arag, k=min(len(arag), 4 if train else 3)):
            rows.append({"text": fill(template, target, rng), "label": N, "category": category, "group": f"ntpl{i}"})
    for i, template in enumerate(CONFLICT_TEMPLATES_TRAIN if train else CONFLICT_TEMPLATES_HELDOUT):
        for target in rng.sample(third, k=min(len(third), 8 if train else 6)):
            rows.append(
                {"text": fill(template, target, rng), "label": N, "category": "third_party", "group": f"ctpl{i}"}
            )

    # 2. Hand-written lines.
    hand = [
        *((c, t, C) for c, t in (COMPLAINTS_TRAIN + EXTRA_COMPLAINTS_TRAIN if train else COMPLAINTS_HELDOUT)),
        *((c, t, N) for c, t in (CONFLICT_TRAIN + EXTRA_CONFLICT_TRAIN if train else CONFLICT_HELDOUT)),
        *(
            (c, t, N)
            for c, t in (NEUTRAL_TRAIN + EXTRA_NEUTRAL_TRAIN + NEUTRAL_ARAG_TRAIN if train else NEUTRAL_HELDOUT)
        ),
        *((c, t, l) for c, t, l in (INFORMAL_TRAIN if train else INFORMAL_HELDOUT)),
        *(("dialogue", t, N) for t in (DIALOGUE_TRAIN if train else DIALOGUE_HELDOUT)),
    ]
    for i, (category, text, label) in enumerate(hand):
        if label == N and category in THIRD_CATEGORIES:
            category = "third_party_" + category
        rows.append({"text": text, "label": label, "category": category, "group": f"hw{i}"})

    # 3. Style variants of a share of the rows above (they keep their source's group).
    base = list(rows)
    for row in rng.sample(base, k=len(base) // 4):
        rows.append({**row, "text": informal(row["text"], rng), "category": row["category"] + "+informal"})
    for row in rng.sample(base, k=len(base) // 4):
        rows.append({**row, "text": social(row["text"], row["label"], rng), "category": row["category"] + "+social"})

    if train:  # added after the style variants so the rows above stay as they were
        # The assistant's own NLU examples: the everyday questions customers ask the bot
        # (FAQ, coverage, small talk) are not complaints. Held-out never sees them.
        # A few per intent, so they teach "a question is not a complaint" without drowning
        # the complaints (too many easy negatives lowered recall from 0.99 to 0.85).
        per_intent: dict[str, int] = {}
        for intent, text in nlu_examples():
            per_intent[intent] = per_intent.get(intent, 0) + 1
            if per_intent[intent] <= NLU_PER_INTENT:
                rows.append({"text": text, "label": N, "category": "question", "group": f"nlu:{intent}"})

    # Deduplicate (templates can collide) and shuffle.
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row["text"] not in seen:
            seen.add(row["text"])
            unique.append(row)
    rng.shuffle(unique)
    return unique


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


# Blind test splits: written by hand before the round that followed each, never trained on.
BLIND_FILES = ("blind.jsonl", "blind2.jsonl", "blind_en.jsonl", "blind_reviews.jsonl", "blind_target.jsonl")


def registers() -> list[dict]:
    """Hand-written lines across registers (registers.txt): formal letters, long e-mails, WhatsApp,
    misspellings, social posts, English, ARAG-arranged lawyers, generic dissatisfaction, questions,
    praise, neutral posts, anger at the opponent. Each line is its own group; no templates."""
    rows = []
    for name, prefix in (
        ("registers.txt", "reg"),
        ("registers2.txt", "reg2-"),
        ("registers3.txt", "reg3-"),
        ("registers4.txt", "reg4-"),
        ("registers5.txt", "reg5-"),
    ):
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines()):
            if not line.strip() or line.startswith("#"):
                continue
            mark, category, text = line.split("|", 2)
            rows.append(
                {
                    "text": text.strip(),
                    "label": C if mark == "C" else N,
                    "category": "reg:" + category,
                    "group": f"{prefix}{n}",
                }
            )
    return rows


def main() -> None:
    train = build("train", random.Random(20240601))
    # Register lines go to train only; the blind splits (BLIND_FILES) are never generated here and
    # their lines are kept out of train (and out of heldout below).
    blind = {
        json.loads(line)["text"]
        for name in BLIND_FILES
        for line in (HERE / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    seen = {r["text"] for r in train}
    extra = [r for r in registers() if r["text"] not in seen and r["text"] not in blind]
    train = train + extra
    heldout = build("heldout", random.Random(20240602))
    overlap = {r["text"] for r in train} & {r["text"] for r in heldout}
    heldout = [r for r in heldout if r["text"] not in overlap and r["text"] not in blind]
    write(HERE / "train.jsonl", train)
    write(HERE / "heldout.jsonl", heldout)
    for name, rows in (("train", train), ("heldout", heldout)):
        n_c = sum(r["label"] == C for r in rows)
        print(f"{name}: {len(rows)} lines, {n_c} complaint, {len(rows) - n_c} no_complaint")


if __name__ == "__main__":
    main()
