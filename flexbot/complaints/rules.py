"""Explicit cues for unmistakable complaint phrases, with target detection.

A cue only counts when the dissatisfaction is aimed at ARAG (or at nobody in particular, which in
a conversation with ARAG's assistant means ARAG). When the nearest party named around the cue is
a third party (employer, landlord, webshop, UWV, the opposing lawyer, ...) the text describes the
customer's legal conflict and the cue is ignored.

Input is text already passed through `text.normalise` (lower case, standard spellings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Parties on ARAG's side: the insurer, its staff, its letters, site, app and this chatbot.
# Both marker patterns start with a guard `(?<!\w)`: every alternative starts at a word start, and
# the guard fails at once inside a word instead of trying every alternative there (speed).
ARAG_MARKERS = re.compile(
    r"(?<!\w)(?:@?\barag\w*|\bjullie\b|\buw (?:medewerker|maatschappij|dienstverlening|service|jurist|brief"
    r"|organisatie|afdeling|schrijven|advocaat|\w*behandelaar|klantenservice|klantendienst)"
    r"|\bmijn (?:jurist|behandelaar|dossierbehandelaar|rechtsbijstand\w*|polis|dossier|verzekering"
    r"|premie)\b|\b(?:deze|die|de|jullie|uw) (?:verzekering|polis|premie|polisvoorwaarden)\b"
    r"|\b(?:de|deze|die|jouw|je) (?:jurist|behandelaar|chatbot|bot|robot|chat)\b"
    r"|\bklantenservice\b|\bklachtenbureau\b|\bchatbot\b|\brobot\b|\bmijn arag\b"
    # a lawyer, specialist or mediator that ARAG arranged is on ARAG's side
    r"|\b(?:advocaat|specialist|deskundige|expert|mediator|jurist)\b[^.?!]{0,40}\b(?:arag|jullie|u)\b"
    r"[^.?!]{0,25}\b(?:geregeld|regelde|ingeschakeld|inschakelden|aangesteld|toegewezen|gestuurd|stuurden)\b"
    r"|\b(?:door|via) (?:arag|jullie|u) (?:ingeschakelde|geregelde|aangestelde|gestuurde)\b"
    # "gebeld over mijn zaak tegen de verhuurder": the case ARAG handles, the opponent only names it
    r"|\b(?:over|in|naar|van) mijn (?:zaak|dossier) (?:tegen|met)\b"
    # calling or writing about "my case" is asking ARAG about the case it handles
    r"|\b(?:gebeld|gemaild|geschreven|gevraagd|navraag gedaan|contact opgenomen)\b[^.?!]{0,15}"
    r"\bover mijn (?:zaak|dossier|melding|claim)\b"
    # the handling of the customer's case is ARAG's work: "de behandeling van mijn zaak"
    r"|\bbehandeling van (?:mijn|de|deze|onze) (?:zaak|dossier|claim|aanvraag|melding|kwestie)\b"
    r"|\bhandling of (?:my|the|our) (?:case|claim|file)\b"
    # a case reported in a chat with ARAG was reported to ARAG, unless it says "bij de politie" etc.
    r"|\b(?:zaak|conflict|geschil|kwestie|probleem|melding)\b(?![^.?!]*\b(?:bij|aan) (?:de|het|een|mijn|die|dat)\b)"
    r"[^.?!]{0,50}\b(?:gemeld|aangemeld|doorgegeven|ingediend)\b"
    r"|\bmelding\b(?![^.?!]*\b(?:bij|aan) (?:de|het|een|mijn|die|dat)\b)[^.?!]{0,40}\bgedaan\b"
    r"|\breported (?:my|the|a|our) (?:case|claim|dispute|problem)\b"
    # English: in a chat with ARAG "you" is ARAG
    r"|\b(?:you|your|yours)\b|\bmy (?:lawyer|case handler|insurance|policy|premium|legal insurance)\b"
    r"|\b(?:customer (?:service|support|care)|help ?line|claims? (?:handler|team|department)|case handler"
    r"|(?:loss )?(?:assessor|adjuster))\b)"
)
# Third parties in a legal conflict. Checked as whole words or word starts.
THIRD_PARTY_MARKERS = re.compile(
    r"(?<!\w)(?:(?:ex-?)?werkgever|baas|leidinggevende|manager|(?<!jullie )(?<!uw )(?<!je )collega|verhuurder|huisbaas|huurbaas|huisbazin"
    r"|woningcorporatie|corporatie|woningbouw\w*|vve|buren|buurman|buurvrouw|bovenbu\w+|onderbu\w+"
    r"|webshop|webwinkel|winkel|verkoper|dealer|garage|autobedrijf|monteur|aannemer|bouwer"
    r"|loodgieter|schilder|klusjesman|installateur|leverancier|keukenleverancier|gemeente"
    r"|uwv|belastingdienst|cjib|svb|cbr|rdw|cak|politie|zorgverzekeraar|autoverzekeraar|verzekeraar van|tegenpartij"
    r"|wederpartij|andere partij|advocaat van|makelaar|reisorganisatie|reisbureau|airline"
    r"|vliegmaatschappij|energiebedrijf|energieleverancier|provider|telecom\w*|school|ex"
    r"|ex-partner|ex-vrouw|ex-man|incassobureau|deurwaarder|klachtencommissie|huurcommissie"
    r"|fietser|automobilist|veroorzaker|bezorger|postnl|bol\.com|coolblue|zalando|thuiszorg\w*"
    r"|ziekenhuis|huisarts|arts|zorginstelling|kinderopvang|sportschool|camping|bank|marktplaats"
    r"|notaris|hovenier|schoonmaakbedrijf|verhuisbedrijf|vakantiepark|hotel|rijschool|koper|huurder"
    # trades and wrongdoers told in a story ("de vloerlegger heeft er een potje van gemaakt", "de dader reageert niet")
    r"|\w{3,}legger|\w{3,}zetter|stukadoor|elektricien|timmerman|dakdekker|behanger|tuinman|glazenwasser"
    r"|dader|daders|dief|hr|hrm|personeelszaken|vertrouwenspersoon|maatschappij"
    # a self-employed customer's client: "een klant betaalt mijn factuur niet" (not "als klant van ARAG")
    r"|opdrachtgever|(?:een|mijn|onze|die|deze) klant(?:en)?(?! van (?:jullie|arag|u))"
    r"|landlord|employer|boss|neighbou?rs?|seller|contractor|ex-wife|ex-husband|the other party"
    r"|the opposing|their lawyer|de ander|de andere (?:bestuurder|automobilist|kant|chauffeur)"
    r"|the other (?:driver|car|side|guy|person|party's)|builder|council|plumber|tenant|mechanic|roofer|doctor"
    r"|dentist|(?:estate|letting) agent|their insurer|(?:the|a|some) (?:guy|man|woman|driver|idiot|person) who"
    r"|some (?:idiot|guy|driver)"
    # a fine is always someone else's (municipality, CJIB, police): ARAG fines no one
    r"|\w*boetes?|bekeuring\w*"
    # companies customers name as the other party: airlines, travel, telecom, energy, shops, banks
    r"|klm|transavia|ryanair|easyjet|vueling|lufthansa|corendon|tui|sunweb|booking\.com|airbnb|ns|arriva"
    r"|connexxion|ziggo|kpn|vodafone|odido|t-mobile|tele2|eneco|essent|vattenfall|greenchoice|ikea"
    r"|mediamarkt|wehkamp|amazon|albert heijn|jumbo|lidl|aldi|hema|praxis|gamma|karwei|thuisbezorgd"
    r"|uber|rabobank|abn amro|ing|sns|bunq|knab|triodos"
    # trades and shops by their Dutch compound endings: fietsenmaker, autohandelaar, installatiebedrijf
    r"|\w{3,}(?:maker|(?<!be)handelaar|(?<!be)handel|bedrijf|firma|winkel|zaak|leverancier|monteur|verkoper|verhuurder"
    r"|makelaar|aannemer|(?<!verzekerings)maatschappij))\b"
)

_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
# "in de zaak tegen mijn verhuurder", "de advocaat die ARAG regelde tegen mijn werkgever", "my
# dispute with the builder": the third party names the case,
# it is not who the sentence is about. In a sentence that also names ARAG's side ("mijn jurist laat
# mij zitten in de zaak tegen mijn verhuurder") such a mention is no target; alone it still is.
# The case named by its other side: "mijn zaak tegen", "conflict met", "my dispute with"
CASE_AGAINST = (
    r"\b(?:\w*zaak|geschil|conflict|ruzie|kwestie|procedure|dossier|onenigheid|probleem|melding|case|dispute"
    r"|claim)\s+(?:(?:gemeld|aangemeld|doorgegeven|ingediend|gedaan)\s+)?(?:tegen|met|over|against|with|about)"
)
CASE_REFERENCE = re.compile(
    r"(?:" + CASE_AGAINST + r"|\b(?:advocaat|jurist|specialist|lawyer|geregeld|regelde|ingeschakeld"
    r"|inschakelden|aangesteld|toegewezen|procederen|procedeer\w*|assigned|arranged)\s+(?:tegen|against))"
    r"\s+(?:(?:mijn|de|het|onze|ons|een|die|the|my|our|a)\s+)?(?:\w+\s+)?$"
)


# The customer blames themselves ("Balen, had ik maar eerder gebeld. Mijn eigen schuld."): regret,
# not dissatisfaction with ARAG, when nobody of ARAG is named.
SELF_BLAME = re.compile(
    r"\b(?:(?:mijn|m'n|ons|onze) )?eigen schuld\b|\bmijn (?:eigen )?fout\b|\bhad (?:ik|we|wij) (?:dat |het )?maar\b"
    r"|\bligt aan mij(?:zelf)?\b|\bstom van (?:mij|me)\b|\bdom van (?:mij|me)\b|\bmy (?:own )?fault\b"
    # round 110: the customer's own mistake set straight ("ik keek naar de verkeerde bon", "ik heb me vergist")
    r"|\bik (?:keek|had|pakte|las) (?:\w+ ){0,2}(?:naar )?(?:de|het|een) verkeerde\b|\bik (?:heb|had) me vergist\b|\bik vergis me\b"
    r"|\bik haal (?:\w+ ){0,3}door elkaar\b"
)


# Round 108: the customer's own command of a language ("Ik spreek slecht Nederlands", "mijn Nederlands is niet zo goed"):
# about the customer, no dissatisfaction with anyone.
OWN_LANGUAGE = re.compile(
    r"\b(?:ik|wij|we) (?:spreek|spreken|schrijf|schrijven|lees|lezen|versta|verstaan|praat|praten|begrijp|begrijpen) "
    r"(?:nog |maar |helaas )*(?:slecht|niet (?:zo |erg |zo heel )?goed|weinig|gebrekkig|een beetje|amper) "
    r"(?:nederlands|engels|dutch)\b|\bmijn (?:nederlands|engels|dutch) is (?:nog |helaas )*(?:niet (?:zo |erg |zo heel )?goed|"
    r"slecht|matig|beperkt)\b|\bmy dutch is (?:not (?:so |very )?good|bad|poor)\b"
)


# The customer's own account short of money, and the failed collection it explains ("de incasso is
# mislukt, er stond te weinig op mijn rekening"): the customer's doing, no dissatisfaction with ARAG.
OWN_SHORTFALL = re.compile(
    r"\b(?:er )?st(?:ond|aat) (?:er )?(?:te weinig|niet genoeg|onvoldoende) (?:geld |saldo )?op (?:mijn|m'n|onze|ons) "
    r"(?:bank)?rekening\b"
    r"|\b(?:te weinig|onvoldoende|niet genoeg) saldo\b"
    # round 141: the premium the customer forgot ("ik ben vergeten de premie te betalen, kreeg een herinneringsmail")
    r"|\bik (?:ben|was) (?:\w+ ){0,2}vergeten (?:om )?(?:de |mijn |het )?(?:premie |bedrag |rekening )?(?:te )?(?:betalen|overmaken)\b"
    r"|\bik vergat (?:\w+ ){0,2}(?:te )?(?:betalen|overmaken)\b|\b(?:premie|rekening) (?:\w+ ){0,2}vergeten te betalen\b"
    # round 139: the customer's own omission told ("Ik had jullie vooraf niet gebeld, wist niet dat dat moest")
    r"|\b(?:ik|we|wij) (?:had|heb|hadden|hebben) (?:jullie|arag|u) (?:\w+ ){0,2}(?:niet|nooit) (?:\w+ )?(?:gebeld|gemaild|"
    r"ingeschakeld|ingelicht|op de hoogte gebracht|gevraagd)\b"
    r"|\b(?:ik |we |wij )?wist(?:en)? (?:\w+ )?niet dat (?:dat|het|ik|we|dit) (?:\w+ ){0,2}(?:moest|moesten|nodig was|verplicht was|mocht)\b"
    # round 147: the customer's own change of bank behind the failed collection ("Ik ben overgestapt naar een andere bank en
    # jullie incasso is een paar keer mislukt")
    r"|\b(?:ik|we|wij) (?:ben|zijn|was|waren) (?:\w+ )?overgestapt naar een andere bank\b|\b(?:ik|we|wij) (?:heb|hebben) "
    r"(?:\w+ )?(?:een )?(?:nieuwe|andere) (?:bank|bankrekening|rekening)\b"
)
COLLECTION_FAILED = re.compile(
    r"\b(?:is |was )?(?:mislukt|niet gelukt|teruggeboekt|gestorneerd|geweigerd|niet afgeschreven)\b"
    # the reminder that followed it is ARAG's due notice, no dissatisfaction
    r"|\b(?:een |de )?(?:betalings)?(?:herinnering\w*|aanmaning\w*)(?: \w+){0,2} van (?:jullie|arag|u)\b"
)


def own_shortfall_explained(normalised: str) -> str | None:
    """The text without the shortfall and the failed collection, when the customer's own account explains
    it; None when the text tells no such shortfall. The caller decides whether anything else is left."""
    if not OWN_SHORTFALL.search(normalised):
        return None
    return COLLECTION_FAILED.sub(" ", OWN_SHORTFALL.sub(" ", normalised))


def self_blame_only(normalised: str) -> bool:
    """The text blames or describes only the customer (their fault, their Dutch) and names nobody of ARAG's side."""
    about_me = SELF_BLAME.search(normalised) or OWN_LANGUAGE.search(normalised)
    return bool(about_me) and not ARAG_MARKERS.search(normalised)


def only_hypothetical(normalised: str) -> bool:
    """Every sentence asks what would happen ("als de jurist een fout maakt, zijn jullie dan
    aansprakelijk?"): a question about the rules, no dissatisfaction yet; the detector scores it
    as a text without evidence, and cues skip such sentences (match_cues)."""
    sentences = [s for s in _SENTENCE.findall(normalised) if s.strip() and not _ACKNOWLEDGED.match(s)]
    asked = [s for s in sentences if HYPOTHETICAL.match(s) or HYPOTHETICAL.match(s.split(":", 1)[-1])]
    # the facts told before the question are plain ("Ik werk daarnaast als docent. Als die school ..., zijn jullie er dan?")
    return bool(asked) and all(s in asked or _plain_fact(s) for s in sentences)


def _plain_fact(sentence: str) -> bool:
    return "?" not in sentence and not NEGATIVE_WORDS.search(sentence) and not ARAG_MARKERS.search(sentence)


# "ok.", "dank u.", "helder!" before the question: an acknowledgement, neither hypothetical nor dissatisfied.
_ACKNOWLEDGED = re.compile(
    r"^\W*(?:ok|oke|okee|okay|prima|goed|top|helder|duidelijk|dank (?:je|u)(?: wel)?|bedankt|thanks|ah|aha|ja|nee)\W*$"
)


_CASE_WORD = re.compile(r"\b(?:tegen|met|over|against|with|about)\b")


def third_parties(sentence: str, names_arag: bool | None = None) -> list[re.Match[str]]:
    """Third-party mentions that can be the target in this sentence (CASE_REFERENCE).
    `names_arag`: whether the sentence names ARAG's side, when the caller already knows."""
    found = list(THIRD_PARTY_MARKERS.finditer(sentence))
    if not found or not _CASE_WORD.search(sentence):
        return found
    if names_arag if names_arag is not None else ARAG_MARKERS.search(sentence):
        found = [m for m in found if not CASE_REFERENCE.search(sentence, max(0, m.start() - 60), m.start())]
    return found


# @mentions and hashtags address ARAG on social media; they do not say whom the anger is about.
_HANDLES = re.compile(r"[@#][\w.]+")


# A hypothetical question: "wat als ik mijn premie te laat betaal?", "stel dat ik het niet eens ben",
# "mocht ARAG afwijzen, kan ik dan ...?", "als ik ... heb gegeven, vervalt dan ...?", "what if ...".
# A question, also with a negative word or a cue in it. "Als ik bel, neemt niemand op" is no
# question: the conditional must be followed by a question word or a verb that asks.
HYPOTHETICAL = re.compile(
    r"^\W*(?:wat als|wat gebeurt er (?:als|wanneer|bij)|stel (?:dat|nou dat)|what if|what happens if"
    r"|(?:en |maar )?(?:als|indien|mocht|mochten|wanneer) (?:ik|wij|we|jullie|u|arag|mijn|onze|de|het|er|die|deze|dat|hij|zij|ze)\b[^.!?,]{3,90},\s*"
    r"(?:vervalt|verval|krijg|krijgt|ben|is|word|wordt|kan|kun|kunt|mag|moet|geldt|gelden|betaal|betaalt"
    r"|vergoed|vergoedt|dekt|heb|hebt|heeft|zijn|gaat|wat|hoe|waar|wie|welke)\b"
    # with a plural or modal verb only when it ends as a question: "als ik Inkomen erbij neem, kunnen
    # jullie dan helpen ...?" (not "als ik bel, kunnen jullie nooit iets zeggen")
    r"|(?:en |maar )?(?:als|indien|mocht|mochten|wanneer) (?:ik|wij|we|jullie|u|arag|mijn|onze|de|het|er|die|deze|dat|hij|zij|ze)\b[^.!?,]{3,90},"
    r"\s*(?:kunnen|willen|wil|zal|zullen|mogen|moeten|krijgen|betalen|vergoeden|dekken|helpen|helpt)\b[^.!?]*\?"
    r"|if (?:i|we|you|arag)\b[^.!?,]{3,90},\s*(?:can|do|does|will|is|am|are|what|how|where|who)\b"
    # a bare conditional asked: "en als ik later een keer te laat betaal?" (no comma, ends as a question)
    r"|(?:en |maar )?(?:als|indien|mocht|wanneer) (?:ik|wij|we|u|mijn|het|er)\b[^.!?,]{3,120}\?"
    # how the rules go if ...: "hoe zat het ook alweer als ik het met ARAG oneens ben?"
    r"|(?:hoe|wat) (?:zit|zat|werkt|werkte|gaat|ging|doe|doen) (?:het|dat|ik|we|je)\b[^.!?,]{0,25}\b(?:als|wanneer|indien|mocht)"
    r" (?:ik|wij|we|jullie|u|arag|mijn|de|het|er)\b[^.!?]*\?)"
)


@dataclass(frozen=True)
class Cue:
    name: str
    pattern: re.Pattern[str]
    # False: the phrase is about ARAG by itself (e.g. "klachtenbureau"), no target check needed.
    needs_target: bool = True
    # True: also matched across sentence ends ("lekker snel hoor. niet").
    whole_text: bool = False


def _cue(name: str, pattern: str, needs_target: bool = True, whole_text: bool = False) -> Cue:
    return Cue(name, re.compile(pattern), needs_target, whole_text)


CUES: tuple[Cue, ...] = (
    _cue(
        "klacht_indienen",
        r"\bklacht\w*\b[^.?!]{0,25}\b(?:indienen|in te dienen|neerleggen|registreren|melden"
        r"|doorgeven|starten)\b|\bdien\w*\b[^.?!]{0,30}\bklacht\b[^.?!]{0,30}\bin\b"
        r"|\b(?:start|begin|wil)\w*\b[^.?!]{0,20}\bklachtenprocedure\b|\b(?:wil|ga|kan ik|waar kan ik)\b[^.?!]{0,30}\bklagen\b"
        r"|\bik heb een klacht\b|\bdit wordt een klacht\b|\b(?:klacht|ongenoegen) (?:over|uiten)\b"
        r"|\bmijn ongenoegen\b|\bmijn beklag\b|\bbeklag doen\b|\bklachtenprocedure\b"
        r"|\bklacht\w* (?:in|indien)\b|\bwaar (?:kan|moet) ik\b[^.?!]{0,20}\bmet een klacht\b"
        r"|\bik wil (?:graag )?(?:een )?klacht\b",
    ),
    _cue("bedankt_voor_niks", r"\b(?:bedankt|dank|dankjewel|dank je wel|thanks) voor niks\b|\bthanks for nothing\b"),
    _cue(
        "complain_en",
        r"\b(?:file|make|lodge|submit|have) a (?:formal )?complaint\b|\bhow (?:can|do) i complain\b"
        r"|\bwant to complain\b|(?<!nothing to )(?<!no reason to )(?<!can't )(?<!cannot )\bcomplain about\b",
    ),
    _cue(
        "belt_nooit_terug",
        r"\b(?:belt|bellen|belde|bel)\b[^.?!]{0,15}\b(?:nooit|niet|nooit meer)\b[^.?!]{0,10}\bterug\b"
        r"|\b(?:niemand|nooit iemand|geen mens)\b[^.?!]{0,20}\bterug\b"
        r"|\b(?:nooit|niet|nog steeds niet|nog niet) teruggebeld\b|\b(?:terugbellen|teruggebeld|terug te bellen|contact (?:op )?(?:zou )?(?:nemen|opnemen))\b[^.?!]{0,40}"
        r"\b(?:nooit|niet) (?:gebeurd|gedaan|gehoord)\b|\bbelt er\b[^.?!]{0,30}\bterug\b[^.?!]{0,10}\bof niet\b"
        r"|\b(?:never|not|didn't|did not|haven't|hasn't|still hasn't|no one|nobody)\s+(?:\w+\s+)?(?:called|rang|phoned|got)"
        r"\s+(?:me\s+)?back\b",
    ),
    _cue(
        "geen_reactie",
        r"\b(?:nooit|geen|nog steeds geen|nog altijd geen|nog geen|geen enkele)(?: een)? (?:reactie|antwoord"
        r"|bevestiging|ontvangstbevestiging)\b|\b(?:mails?|e-mails?|berichten|brief|brieven)\b[^.?!]{0,30}"
        r"\b(?:genegeerd|onbeantwoord)\b|\bonbeantwoord\b|\breageert?\b[^.?!]{0,15}\b(?:niet|nooit)\b"
        # the plural or past only with ARAG named ("Jullie reageren niet meer op mijn mails"; "ze reageren niet" after a
        # train company is the opponent, round 138's first version caught it)
        r"|\b(?:jullie|arag|u) (?:\w+ )?reage(?:ren|erden|erde)\b[^.?!]{0,15}\b(?:niet|nooit)\b"
        r"|\breage(?:ren|erden|erde) (?:jullie|arag|u)\b[^.?!]{0,15}\b(?:niet|nooit)\b"
        r"|\b(?:niet|nooit|nog steeds niet|nog niet)\s+(?:op\s+\w+\s+\w+\s+)?(?:gereageerd|beantwoord)\b"
        r"|\bwordt\s+(?:niet|nooit)\s+(?:op\s+\w+\s+\w+\s+)?gereageerd\b"
        r"|\b(?:no|never got an?|still no)\s+(?:reply|response|answer)\b",
    ),
    _cue(
        "duurt_te_lang",
        r"\b(?:duurt|duurde|duren)\b[^.?!]{0,20}\bte lang\b|\bveel te lang\b"
        r"|\bna \w+ (?:dagen|weken|maanden)\b[^.?!]{0,15}\beindelijk\b"
        r"|\b(?:al|nu al) (?:\w+ )?(?:weken|maanden) (?:niks|niets) (?:gehoord|gedaan)\b"
        r"|\bligt al\b[^.?!]{0,25}\bstil\b|\bgebeurt (?:gewoon )?(?:niks|niets)\b",
    ),
    # Waiting long for ARAG ("ik wacht al zes weken op een reactie van mijn jurist").
    _cue(
        "lang_wachten",
        r"\b(?:wacht|wachten|wachtte|wachtten|waiting)\b[^.?!]{0,12}\b(?:al|nu al|inmiddels|for)\b[^.?!]{0,15}"
        r"\b(?:dagen|weken|maanden|weeks|months)\b",
    ),
    # ARAG's side spoiled or left the case ("Jullie hebben mijn zaak verprutst", "mijn jurist heeft alles laten liggen");
    # the gap holds no "dat": "jullie zeiden dat de garage het heeft verprutst" reports the opponent's work.
    _cue(
        "zaak_verknoeid",
        r"\b(?:jullie|arag|(?:mijn|de|uw|jullie|die) (?:jurist|behandelaar|dossierbehandelaar))\b"
        r"(?:(?!\b(?:dat|die|omdat)\b)[^.?!]){0,35}\b(?:verprutst|verknald|verknoeid|verpest|laten liggen|laten versloffen"
        r"|steken laten vallen|steek laten vallen|fout op fout)\b",
    ),
    # A missed deadline or term in the customer's case is a professional error.
    _cue(
        "termijn_gemist",
        r"\b(?:deadline|termijn|beroepstermijn|bezwaartermijn)\w*\b[^.?!]{0,20}\b(?:gemist|laten verlopen"
        r"|laten verstrijken|vergeten|verlopen laten)\b|\bmissed (?:a|the) deadline\b",
    ),
    _cue(
        "opgelost_maar_ontevreden",
        r"\b(?:opgelost|geregeld|afgerond|goed gekomen|gelukt|rond|gesloten)\b[^.?!]{0,12},?\s*"
        r"(?:maar|alleen)\b[^.?!]{0,80}\b(?:te lang|lang|moeite|gedoe|drama|slecht|ontevreden"
        r"|niet blij|teleurgesteld|bellen|sneller)\b",
        needs_target=False,
    ),
    _cue(
        "sarcasme",
        r"\b(?:geweldig|top|super|fantastisch|heerlijk|fijn|chapeau|goh|topservice)\b[^?!]{0,80}"
        r"(?:\bniet dus\b|,? not\b|\.\.\. ?niet\b)|\bnou bedankt hoor\b|\blekker geholpen\b"
        # "echt lekker snel hoor jullie... niet" (normalise turns "..." into "."): praise taken back
        r"|\b(?:lekker|geweldig|top|super|fantastisch|heerlijk|fijn|knap|snel|great|nice)\b[^?!]{0,60}[.,]\s*"
        r"(?:niet|not|nee dus)\s*[.!]*\s*$"
        r"|\bwat een (?:klantvriendelijkheid|service|topservice)\b[^?!]{0,40}\b(?:niet|not)\b",
        whole_text=True,
    ),
    # Round 78: the service named in a rhetorical question aimed at ARAG ("Noemen jullie dit service?").
    _cue(
        "retorische_vraag",
        r"\b(?:noemen|noem) (?:jullie|u|arag) (?:dit|dat|dit nou|dat nou|zoiets) (?:nou |echt |nu )?(?:service|klantenservice"
        r"|klantvriendelijk\w*|dienstverlening|hulp|snel|rechtsbijstand|communicatie|bereikbaar)\b"
        r"|\b(?:is|heet) (?:dit|dat) (?:nou |nu |dan )?(?:jullie|uw|arag'?s?) (?:service|klantenservice|dienstverlening"
        r"|rechtsbijstand)\s*\?",
    ),
    _cue(
        "chatbot_onbruikbaar",
        r"\b(?:chatbot|bot|robot|deze chat|die chat)\b[^.?!]{0,40}\b(?:snapt|begrijpt|nutteloos"
        r"|waardeloos|dom|onzin|nergens op|helpt)\b|\b(?:domme|stomme|nutteloze|waardeloze)"
        r" (?:chat)?(?:bot|robot|chat)\b|\bliever\b[^.?!]{0,20}\b(?:een )?mens\b",
        needs_target=False,
    ),
    _cue(
        "documenten_kwijt",
        # papers of the case lost ("mijn stukken kwijtgeraakt"), not a suitcase or a phone
        r"\b(?:stukken|documenten|papieren|dossier|brief|brieven|formulier\w*|bewijs\w*|gegevens|e?-?mails?"
        r"|bijlagen?|aanvraag|melding|bonnen|bonnetjes|foto'?s|facturen|polis|paperassen|post)\b"
        r"[^.?!]{0,40}\b(?:kwijtgeraakt|zoekgeraakt|kwijt)\b"
        r"|\b(?:kwijtgeraakt|zoekgeraakt|kwijt)\b[^.?!]{0,20}\b(?:stukken|documenten|papieren|dossier|brief|brieven"
        r"|formulier\w*|bewijs\w*|gegevens|e?-?mails?|bijlagen?|aanvraag|melding|bonnen|facturen|post)\b"
        r"|\b(?:jullie|arag|u|de jurist|mijn jurist|de behandelaar)\b[^.?!]{0,30}\b(?:kwijtgeraakt|zoekgeraakt|kwijt)\b"
        r"|\bnooit ontvangen\b",
    ),
    _cue(
        "ontevreden_dienstverlening",
        r"\b(?:ontevreden|niet tevreden|niet blij|teleurgesteld|boos|ontstemd)\b[^.?!]{0,20}\b(?:over|in|op|met) "
        r"(?:jullie|uw|arag|de dienstverlening|de service|de behandeling)\b"
        r"|\b(?:slechte|waardeloze|belabberde|bedroevende) (?:service|dienstverlening|verzekering|klantenservice)\b"
        r"|\bwat een slechte\b|\bslecht geholpen\b|\bpotje van\b"
        r"|\b(?:niet eens|oneens)\b[^.?!]{0,5}\bmet\b[^.?!]{0,10}\b(?:jullie|uw|arag)\b",
    ),
    _cue(
        "onduidelijk",
        r"\b(?:had|hadden|mocht|mag)\b[^.?!]{0,25}\bduidelijker\b|\bonduidelijke? (?:brief|brieven|uitleg|mail|antwoord)\b",
    ),
    # a judgement of conduct: "ik vind het echt niet kunnen", "dat vind ik niet netjes van jullie"
    _cue(
        "onacceptabel",
        r"\b(?:vind|vond|vinden)\b[^.?!]{0,20}\b(?:niet (?:kunnen|ok[eé]?|normaal|netjes|acceptabel|correct|fatsoenlijk"
        r"|professioneel|klantvriendelijk)|onacceptabel|ontoelaatbaar|onbehoorlijk|onprofessioneel)\b",
    ),
    # a last word of blame after a sentence about ARAG's side: "Waarom is mijn premie zo gestegen?
    # Belachelijk." (whole text, so the party named before it decides; alone it is no sentence cue)
    _cue(
        "uitroep",
        r"(?<=[.!?] )(?:echt |gewoon |te )?(?:belachelijk|schandalig|bizar|absurd|schande|niet normaal|onacceptabel"
        r"|onbegrijpelijk|te gek voor woorden|diep triest)\s*[.!?]*\s*$",
        whole_text=True,
    ),
    # Cancelling is a plain question ("hoe zeg ik op?"); only a parting shot is a cue.
    _cue("opzeggen", r"\bnooit meer arag\b|\bnever again arag\b"),
    # round 163: ARAG's refusal disputed ("Jullie betalen mijn advocaatkosten niet, terwijl ik zeker weet dat ik daarvoor
    # verzekerd ben")
    _cue(
        "weigering_betwist",
        r"\b(?:jullie|arag)\b (?:\w+ ){0,2}(?:betalen|betaalt|vergoeden|vergoedt|dekken|dekt|helpen|helpt) (?:\w+ ){0,4}niet\b"
        r"[^.?!]{0,10},? terwijl\b",
        needs_target=False,
    ),
    _cue(
        "onbereikbaar",
        r"\b(?:nooit|niemand|geen mens)\b[^.?!]{0,15}\bbereikbaar\b|\bonbereikbaar\b"
        r"|\btelefoon wordt (?:nooit |niet )?(?:niet |nooit )?opgenomen\b",
    ),
)


def _nearest_party(sentence: str, start: int, end: int) -> str | None:
    """'arag', 'third' or None: the party named closest to the cue span in this sentence."""
    best: tuple[int, str] | None = None
    arag = [("arag", m) for m in ARAG_MARKERS.finditer(sentence)]
    mentions = arag + [("third", m) for m in third_parties(sentence, bool(arag))]
    for kind, m in mentions:
        if m.end() <= start:
            dist = start - m.end()
        elif m.start() >= end:
            dist = m.start() - end
        else:
            dist = 0
        if best is None or dist < best[0] or (dist == best[0] and kind == "arag"):
            best = (dist, kind)
    return best[1] if best else None


_REFERS_BACK = re.compile(r"\b(?:hij|zij|ze|hem|haar|hun|daar|die|dat bedrijf|die club|die zaak)\b")
_PRONOUNS = re.compile(r"\b(?:hij|zij|ze|hem|haar|he|she|they|him|them)\b")


# People of the customer's own circle, named as the other side of a story ("mijn neef ... hij reageert niet meer")
_RELATIVES = re.compile(
    r"\b(?:neef|nicht|broer|zus|vader|moeder|zoon|dochter|oom|tante|vriend|vriendin|kennis|zwager|schoonzus)\b"
)


def _named_before(sentences: list[str]) -> list[str | None]:
    """Per sentence, the party the sentences before it named last ('arag' or 'third'): whom "hij" or "ze" most likely
    means when the conversation gave no one (a letter telling a loan to a nephew, then "hij reageert niet meer")."""
    last: str | None = None
    out: list[str | None] = []
    for sentence in sentences:
        out.append(last)
        arag = ARAG_MARKERS.search(sentence)
        third = third_parties(sentence, bool(arag)) or _RELATIVES.search(sentence)
        if arag and not third:
            last = "arag"
        elif third and not arag:
            last = "third"
    return out


def match_cues(normalised: str, about_opponent: bool = False, pronoun: str | None = None) -> list[str]:
    """Names of the cues aimed at ARAG (or at no one named), in cue order, without repeats.

    `about_opponent`: the context says the text describes the legal conflict, so a cue that
    names nobody is about the opponent. `pronoun`: "arag" or "third", the party that "hij",
    "ze", ... refer to (the last one the conversation named).
    """
    if not normalised:
        return []
    found: list[str] = []
    without_handles = _HANDLES.sub(lambda m: " " * len(m.group(0)), normalised)
    sentences = _SENTENCE.findall(without_handles) or [without_handles]
    named_before = _named_before(sentences)
    for cue in CUES:
        whole = cue.pattern.search(without_handles) if cue.whole_text else None
        if whole is not None and (
            _nearest_party(without_handles, whole.start(), whole.end()) != "third"
            and not (about_opponent and _nearest_party(without_handles, whole.start(), whole.end()) is None)
        ):
            found.append(cue.name)
            continue
        for i, sentence in enumerate(sentences):
            m = cue.pattern.search(sentence)
            if m is None or HYPOTHETICAL.match(sentence) or HYPOTHETICAL.match(sentence.split(":", 1)[-1]):
                continue
            if cue.needs_target:
                party = _nearest_party(sentence, m.start(), m.end())
                if party is None and pronoun and _PRONOUNS.search(sentence):
                    party = pronoun
                elif party is None and named_before[i] and _REFERS_BACK.search(sentence):
                    # "sportschool ... afschrijven. niemand neemt daar op en mijn mails worden genegeerd"
                    party = named_before[i]
                if party == "third" or (party is None and about_opponent):
                    continue
            found.append(cue.name)
            break
    return found


ARAG_TAG = "xaragx"
THIRD_TAG = "xderdex"
# Words of dissatisfaction and of contentment; the classifier gets, per negative word, a token
# saying at whom it is aimed ("xnegarag", "xnegderde", "xneggeen"), and "xpos" per positive word.
# Plain negation ("niet", "geen") is no dissatisfaction ("ik heb geen polisnummer") and is left out.
NEGATIVE_WORDS = re.compile(
    r"\b(?:nooit|niks|slecht\w*|waardelo\w*|belachelijk|schandalig|schande|boos|woedend"
    r"|ontevreden|teleurgesteld|teleurstellend|te lang|zo lang|al (?:dagen|weken|maanden)|nog steeds|(?<!wil )(?<!even )(?<!graag )kwijt\w*|zoekgeraakt|fout\w*"
    r"|onduidelijk|vaag|onbeschoft|kortaf|onbereikbaar|onterecht|oneens|afgewezen|afwijzing"
    r"|weiger\w*|traag|frustrerend|zat|klaar mee|absurd|onzin|bedrogen|misleidend|drama|gedoe"
    r"|klacht\w*|klagen|nergens|hopeloos|nutteloo\w*|stom\w*|dom\w*|kapot|crasht|vast"
    r"|laten vallen|in de steek|genegeerd|onbeantwoord|duur|te hoog|verhoogd|omhoog|eeuwen"
    r"|ongeïnteresseerd|afgesnauwd|opgelicht|opgelost, maar|pik"
    # round 121: a judgement of the work itself ("zich volstrekt onprofessioneel gedragen", "sindsdien NUL voortgang")
    r"|onprofessioneel\w*|amateuristisch\w*|incompetent\w*|onkundig\w*|nul voortgang|geen (?:enkele )?voortgang)\b"
)
POSITIVE_WORDS = re.compile(
    r"\b(?:bedankt|dank\w*|top|tevreden|fijn|super|blij|complimenten|geweldig|prima|geholpen"
    r"|aanrader|duidelijk|snel|goed|toppie|fantastisch|heel fijn)\b"
)


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "arag") for m in ARAG_MARKERS.finditer(sentence)]
    spans += [(m.start(), m.end(), "derde") for m in third_parties(sentence, bool(spans))]
    return spans


def _nearest(spans: list[tuple[int, int, str]], start: int, end: int) -> str:
    best: tuple[int, str] | None = None
    for s_start, s_end, kind in spans:
        dist = start - s_end if s_end <= start else (s_start - end if s_start >= end else 0)
        if best is None or dist < best[0] or (dist == best[0] and kind == "arag"):
            best = (dist, kind)
    return best[1] if best else "geen"


def tag_parties(normalised: str) -> str:
    """Classifier input: the text with a side tag after each party mention, followed by one
    feature token per negative word (aimed at ARAG, a third party or no one named) and per
    positive word. A bag-of-words model cannot learn "negative AND about ARAG" from words
    alone; these tokens give it that conjunction and generalise to unseen wordings.
    """
    tagged = ARAG_MARKERS.sub(lambda m: f"{m.group(0)} {ARAG_TAG}", normalised)
    tagged = THIRD_PARTY_MARKERS.sub(lambda m: f"{m.group(0)} {THIRD_TAG}", tagged)
    features: list[str] = []
    without_handles = _HANDLES.sub(lambda m: " " * len(m.group(0)), normalised)
    for sentence in _SENTENCE.findall(without_handles):
        negatives = list(NEGATIVE_WORDS.finditer(sentence))
        if negatives:
            spans = _spans(sentence)
            features += ["xneg" + _nearest(spans, m.start(), m.end()) for m in negatives]
        features += ["xpos"] * len(POSITIVE_WORDS.findall(sentence))
    if not any(f.startswith("xneg") for f in features):
        features.append("xzonderneg")
    return f"{tagged} | {' '.join(features)}" if features else tagged
