"""Dissatisfaction with ARAG's service and decisions made a sure complaint, applied by
bot/components/complaint_intent.py after its `review`.

Round 13: an objection to ARAG's side stopping the case for lack of chance is a sure complaint without a
question of its own: the art. 17 answer follows the acknowledgement ("intent:zaakbeslissing").

Round 14: ARAG's slow handling of the customer's own case with blame, or its phone service with the wish to
complain, is a sure complaint ("intent:behandeling"), also mid-check.

Round 17: in the middle of a coverage check, dissatisfaction naming ARAG's side ("niemand belt terug", "moet
voorschieten") with a word of blame is a sure complaint ("intent:dienst_in_check").

Round 22: right after the coverage check's verdict, plain dissatisfaction with it or the wish to complain ("ik ben
hier ontevreden over en wil dat ergens kwijt") is a sure complaint ("intent:oordeel").

Round 23: no rapport with ARAG's own jurist or handler is a sure complaint ("intent:behandelaar").

Round 45: ARAG's handler of the customer's case not calling or writing back, with blame, scorn for the service or
tried again and again, is a sure complaint ("intent:niet_teruggebeld").

Round 47: ARAG's letter or report about the customer's own case with errors, said with a word of blame ("slordig",
"onzorgvuldig", "vol fouten"), is a sure complaint ("intent:fouten_in_stukken"); the jurist "die mijn arbeidszaak
doet" who does not listen or decides without the customer is no rapport with ARAG's handler ("intent:behandelaar").

`_WANTS_TO_COMPLAIN` was defined twice (rounds 14 and 22), so the second shadowed the first; it is now one pattern
holding both, used by the phone-service rule and the objection to a verdict.
"""

from __future__ import annotations

import re

from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import _SENTENCE_END, ORIGINAL_TEXT, PARSE_KEY, is_rhetorical
from bot.components.complaint_rules_cleared import disagreement_asked_ahead
from bot.components.complaint_rules_common import _made_sure, asks_too, names_a_third_party
from bot.components.third_party import BLAME, NOT_ARAG, asking_blanked
from bot.conversation_context import in_conflict_form, last_verdict_state
from flexbot.complaints.rules import only_hypothetical
from flexbot.complaints.service_words import ARAG_NAMED
from flexbot.dutch import fold
from flexbot.flexpolis import faq_turn

# Round 14: ARAG's handling of the customer's own case takes too long or nothing happens, said with a
# word of blame ("Schandalig hoe lang mijn zaak duurt, nog steeds geen brief naar de tegenpartij"): a sure
# complaint (Klachtenbeleid: onvrede over de dienstverlening van ARAG), not a check question. The court,
# the UWV or a government body named as the one that is slow keeps it what the detector said.
_OWN_CASE_SLOW = re.compile(
    r"\b(mijn|onze|m'?n) (zaak|dossier|melding|claim|aanvraag)\b[^.?!]{0,40}"
    r"\b(duurt|duren|ligt (al|nog|stil)|stil|blijft liggen|nog steeds niet|nog steeds geen|niks gebeurd|niets gebeurd)\b"
    r"|\b(hoe|zo|veel te|te) lang\b[^.?!]{0,30}\b(mijn|onze|m'?n) (zaak|dossier|melding|claim)\b"
)
# "nog steeds geen brief gestuurd" counts when the customer's own case is named: else it is the
# opponent who did nothing ("de bouwer heeft nog steeds niks gedaan").
_NOTHING_DONE = re.compile(
    r"\bnog (steeds|altijd) (geen|niks|niets)\b[^.?!]{0,40}\b(gestuurd|verstuurd|gedaan|gehoord|gebeld|ondernomen|gebeurd)\b"
)
_OWN_CASE = re.compile(r"\b(mijn|onze|m'?n) (zaak|dossier|melding|claim)\b")
_SLOW_OTHERS = re.compile(r"\b(rechter|rechtbank|kantonrechter|uwv|gemeente|belastingdienst|cbr|ind|notaris)\b")


# ARAG's phone service ("drie keer doorverbonden en toen opgehangen") with the wish to complain about it
# ("daar wil ik over klagen") or a word of blame: a sure complaint, also in the middle of a coverage check
# (where the detector reads dissatisfaction as about the opponent).
_PHONE_SERVICE = re.compile(
    r"\b(doorverbonden|doorgeschakeld|in de wacht|wachtrij|keuzemenu|(werd|ben) (ik )?(\w+ )?opgehangen|"
    r"(verbinding|lijn) (werd )?verbroken|niemand nam op)\b"
)
# Wanting to complain, said in words (rounds 14 and 22; one pattern for the phone service and the verdict).
_WANTS_TO_COMPLAIN = re.compile(
    r"\b(over|wil ik|ga ik|kom ik) (\w+ ){0,3}klagen\b|\bklacht (over|indienen)\b|\bbeklag\b|\bwil (\w+ )?klagen\b"
    r"|\bklacht\b[^.?!]{0,20}\b(indienen|in te dienen|neerleggen|neer te leggen|doen|melden)\b"
    r"|\b(wil|ga|zal|moet)\b[^.?!]{0,20}\b(klagen|beklag)\b|\b(officiele|formele) klacht\b"
    r"|\b(wil|moet|ga)\b[^.?!]{0,15}\b(dat|dit|het|mijn (verhaal|onvrede|ongenoegen|frustratie))\b[^.?!]{0,12}\bkwijt\b"
)


# Round 84: displeasure said without blame ("Daar ben ik echt niet blij mee"), with a call-back promised and not made.
_DISPLEASED = re.compile(
    r"\b(niet|allerminst|helemaal niet) (\w+ )?(blij|tevreden|gelukkig)\b|\bgeen (\w+ )?(goed|fijn) gevoel\b|\bbaal\w*\b|"
    r"\b(frustrerend|irritant|ergerlijk|vervelend)\b|\bniemand (\w+ )?(heeft |is )?(terug ?gebeld|teruggebeld)\b[^.?!]{0,20}"
    r"\b(zoals|terwijl)\b[^.?!]{0,15}\bbeloofd\b"
)


def own_case_slow(text: str) -> bool:
    plain = fold(text).lower()
    slow = _OWN_CASE_SLOW.search(plain) or (_NOTHING_DONE.search(plain) and _OWN_CASE.search(plain))
    return bool(slow and BLAME.search(plain) and not _SLOW_OTHERS.search(plain))


def arag_service_complaint(text: str) -> bool:
    """ARAG's handling of the case is slow (with blame), or its phone service failed (with the wish to
    complain or blame)."""
    plain = fold(text).lower()
    if own_case_slow(text):
        return True
    # round 84: displeasure without blame counts when no one else is named ("... niemand heeft teruggebeld zoals beloofd")
    quietly = _DISPLEASED.search(plain) and not names_a_third_party(plain)
    displeased = _WANTS_TO_COMPLAIN.search(plain) or BLAME.search(plain) or quietly
    return bool(_PHONE_SERVICE.search(plain) and displeased)


def slow_handling(message: Message) -> None:
    """An unsure detection of a complaint about ARAG's handling or phone service becomes sure; the slow
    handling of the customer's own case with a word of blame also when the detector saw nothing."""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("ask", "none") or detection.get("question"):
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not (own_case_slow(text) if detection.get("decision") == "none" else arag_service_complaint(text)):
        return
    reasons = [*(detection.get("reasons") or []), "intent:behandeling"]
    found = {**detection, "complaint": True, "decision": "complaint", "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 17: in the middle of a coverage check the detector reads dissatisfaction that names nobody as about
# the opponent (bot/conversation_context.py). A message there that names ARAG's side in the words the
# complaint hook knows (flexbot/complaints/service_words.py: "niemand belt terug", "moet voorschieten", "in de
# wacht") with a word of blame is dissatisfaction with ARAG's service: a complaint, registered at once.
def service_blamed_mid_check(message: Message) -> None:
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("ask", "none") or detection.get("question") or not in_conflict_form():
        return
    plain = fold(message.get(ORIGINAL_TEXT) or message.get(TEXT) or "").lower()
    # round 109: ARAG named only in the asking ("Kunnen jullie nog helpen?") beside the customer's own "nooit iets mee
    # gedaan" is no blame of ARAG's service
    told = asking_blanked(plain)[0]
    if not (ARAG_NAMED.search(NOT_ARAG.sub(" ", told)) and BLAME.search(plain)):
        return
    reasons = [*(detection.get("reasons") or []), "intent:dienst_in_check"]
    found = {**detection, "complaint": True, "decision": "complaint", "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Art. 17: ARAG (its jurist) stops the case or refuses to go on because it sees no reasonable
# chance, and the customer objects: a complaint, answered with the scheidsrechter (seed 004).
_OBJECTS = re.compile(
    r"\b(pik|accepteer|slik|neem)\w* (ik|dit|dat|het)\b[^.?!]{0,10}\bniet\b|\bniet (mee )?eens\b|\boneens\b"
    r"|\bonterecht|\bbelachelijk|\bschandalig|\bonzin\b|\babsurd|\bontevreden|\bniet tevreden|\bniet blij"
    r"|\bboos\b|\bwoedend|\bteleurgesteld|\blaat (ik|me) niet\b|\bonacceptabel|\bonbegrijpelijk|\bbizar"
    r"|\bwat kan ik\b[^.?!]{0,15}\b(hier|daar|er)?tegen\b|\b(kan|mag) ik\b[^.?!]{0,20}\b(tegen in|bezwaar|in beroep|aanvechten)\b"
    r"|\b(vind|vinden) (ik|we|wij) (dit|dat|het) (echt |gewoon |toch )?niet (kunnen|normaal|oke|ok|terecht)\b"  # round 42
    r"|\bdit kan (toch )?niet\b|\bgeen goed gevoel\b|\bvoel me\b[^.?!]{0,20}\b(in de steek|afgescheept|bedrogen)"
    # round 173: "ik wil naar de rechter", "Dat vind ik onbehoorlijk", "de toon van die man ook niet oke"
    r"|\bik wil (gewoon |wel |juist )?(naar de (kanton)?rechter|procederen|doorprocederen)\b|\bonbehoorlijk"
    r"|\bniet (oke|ok|netjes|correct|professioneel|fair)\b"
)


def case_decision_complaint(text: str) -> bool:
    """ARAG's side stops or refuses the case for lack of chance (faq_turn.arag_case_decision) and
    the customer objects to it."""
    plain = fold(text).lower()
    if only_hypothetical(plain) or disagreement_asked_ahead(plain):
        # round 113: "Stel dat jullie jurist vindt dat mijn zaak kansloos is ..., wat gebeurt er dan?" asks art. 17; round
        # 159: "wat gebeurt er als ik het straks niet eens ben met uw jurist, of als hij vindt dat ik geen kans maak?"
        return False
    return faq_turn.arag_case_decision(plain) and bool(_OBJECTS.search(plain))


# Round 173: ARAG's refusal of the customer's claim told with anger ("Jullie hebben mijn claim over de verbouwing
# afgewezen omdat 'eigen woning' niet op mijn polis zou staan. Het staat er WEL op! Ik ben woest."): dissatisfaction
# with ARAG's decision, a sure complaint; the detector read a coverage question in it.
_ARAG_REFUSED = re.compile(
    r"\b(jullie|arag|uw (\w+ )?(maatschappij|afdeling|jurist|behandelaar|medewerker))\b[^.?!]{0,60}"
    r"\b(afgewezen|afgeketst|geweigerd|weigeren|weigert|wijzen (\w+ ){0,4}af|wijst (\w+ ){0,4}af)\b"
)
_ANGRY = re.compile(
    r"\b(woest|woedend|ziedend|kwaad|boos|pissig|razend|witheet|onterecht\w*|belachelijk|schandalig|onacceptabel|"
    r"absurd|niet (mee )?eens|oneens|niet normaal)\b"
)


def refusal_complaint(text: str) -> bool:
    """ARAG's side refused the claim and the customer is angry about it (not a refusal supposed ahead)."""
    plain = fold(text).lower()
    if only_hypothetical(plain) or disagreement_asked_ahead(plain):
        return False
    return bool(_ARAG_REFUSED.search(plain) and (_ANGRY.search(plain) or BLAME.search(plain)))


def refusal(message: Message) -> None:
    """A complaint about ARAG refusing the claim: sure; a question besides it keeps its own answer."""
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") == "complaint" or not refusal_complaint(text):
        return
    _made_sure(message, "intent:afwijzing", bool(detection.get("question")) and asks_besides(text))


def case_decision(message: Message) -> None:
    """A complaint about ARAG's decision on the case: sure, without a question of its own (the art. 17
    answer is its answer: actions/complaints.py)."""
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not case_decision_complaint(text):
        return
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), "intent:zaakbeslissing"]
    found = {**detection, "complaint": True, "decision": "complaint", "question": False, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 22: right after the coverage check's verdict ("Dit conflict is niet verzekerd ... (art. 4a Verkeer)"), the
# customer says plainly that they are dissatisfied with it or want to complain ("Ik ben hier echt ontevreden over en
# wil dat ergens kwijt", "daar ben ik het niet mee eens, ik wil een klacht indienen"): dissatisfaction with ARAG's
# decision (seeds 000/001), a sure complaint. Before, the hook read it as about the conflict (no one of ARAG named)
# and the verdict was repeated. A sentence that names the opponent and not the verdict ("de verhuurder zegt dat ik
# moet betalen, daar ben ik het niet mee eens") stays what the detector said.
_DISSATISFIED_WITH_IT = re.compile(
    r"\b(ontevreden|niet tevreden|niet blij|teleurgesteld|boos|kwaad|woedend|ziedend|niet te spreken)\b[^.?!]{0,20}"
    r"\b(hier|daar)\s?(over|mee|om)\b"
    r"|\b(hier|daar|hierover|daarover|hiermee|daarmee)\b[^.?!]{0,25}\b(ontevreden|niet tevreden|niet blij|teleurgesteld|"
    r"boos|kwaad|woedend|niet te spreken|niet (mee )?eens|oneens)\b"
    r"|\b(ik ben|ben ik)\b[^.?!]{0,10}\bhet (er |hier |daar )?(\w+ )?niet (mee )?eens\b"
    r"|\b(niet eens|oneens|ontevreden|niet tevreden)\b (met|over) (dit|dat|het|jullie|uw|deze|die) (\w+ )?"
    r"(oordeel|besluit|beslissing|antwoord|uitkomst|conclusie|afwijzing|uitsluiting)\b"
    r"|\b(dit|dat) (pik|accepteer|slik|neem) ik (echt |gewoon |dus )?niet\b"
)
# The verdict itself named: what the customer does not get, the cover, ARAG.
_ABOUT_THE_VERDICT = re.compile(
    r"\bkrijg (ik|we|wij)\b[^.?!]{0,15}\b(niks|niets|geen)\b|\bniet (verzekerd|gedekt)\b|\bgeen (dekking|hulp|vergoeding)\b"
    r"|\b(uitgesloten|uitsluiting|dekking|vergoed\w*|oordeel|besluit|beslissing|antwoord|uitkomst|polis|verzekering)\b"
    r"|\b(jullie|arag\w*|u|uw)\b"
)
# A question that wants no answer: indignation at the verdict ("krijg ik niks, terwijl hij door rood reed?").
_INDIGNANT = re.compile(r"\bkrijg (ik|we|wij)\b[^.?!]{0,15}\b(niks|niets|geen)\b|\bterwijl\b|^(dus|maar|en dan)\b")


def objects_to_the_verdict(text: str) -> bool:
    plain = fold(text).lower()
    sentences = [x.strip() for x in _SENTENCE_END.split(plain) if x.strip()]
    said = [x for x in sentences if _DISSATISFIED_WITH_IT.search(x) or _WANTS_TO_COMPLAIN.search(x)]
    if not said:
        return False
    about_verdict = bool(_ABOUT_THE_VERDICT.search(NOT_ARAG.sub(" ", plain)))
    others = [x for x in said if names_a_third_party(x)]
    if others and not any(_ABOUT_THE_VERDICT.search(x) for x in others):
        return False  # the objection is told of the opponent
    return about_verdict or not names_a_third_party(plain)


def asks_besides(text: str) -> bool:
    """A real question besides the objection (not the indignant "krijg ik niks, terwijl ...?")."""
    plain = fold(text).lower()
    for x in (x.strip() for x in _SENTENCE_END.split(plain) if x.strip()):
        if _DISSATISFIED_WITH_IT.search(x) or _WANTS_TO_COMPLAIN.search(x) or _INDIGNANT.search(x) or is_rhetorical(x):
            continue
        if x.endswith("?") or asks_too(x):
            return True
    return False


def verdict_objection(message: Message) -> None:
    """After the coverage check's verdict: an objection to it is a sure complaint, asking only what it asks
    besides (its question answered first, the intake after)."""
    if last_verdict_state() is None:
        return
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if not objects_to_the_verdict(text):
        return
    detection = message.get(PARSE_KEY) or {}
    reasons = [*(detection.get("reasons") or []), "intent:oordeel"]
    question = bool(detection.get("question")) and asks_besides(text)
    found = {**detection, "complaint": True, "decision": "complaint", "question": question, "reasons": reasons}
    found["score"] = max(float(detection.get("score") or 0.0), 0.9)
    message.set(PARSE_KEY, found, add_to_output=True)


# Round 23: no rapport with ARAG's own jurist or handler ("het klikt echt niet met de jurist, ze luistert gewoon
# niet naar me", "mijn behandelaar neemt me niet serieus"): dissatisfaction with ARAG's service, a sure complaint
# (seeds 000/001), and the acknowledgement adds art. 5's right to ask for another handler (actions/complaints.py).
# The handler is ARAG's: "jullie jurist", "mijn jurist/behandelaar", or "de jurist" in a case told as running at
# ARAG; not "de advocaat van mijn ex" or "zijn advocaat".
NO_RAPPORT = "intent:behandelaar"
_HANDLER = r"(jurist|juriste|behandelaar|behandelaarster|dossierbehandelaar|specialist|advocaat|advocate|medewerker|medewerkster)"
_ARAG_HANDLER = re.compile(
    r"\b(jullie|julie|arag\w*|uw|mijn|m'?n|mn) (\w+ )?" + _HANDLER + r"\b(?! van (?!(jullie|arag)\b))"
)
_SOME_HANDLER = re.compile(r"\b(de|die|deze|die ene) " + _HANDLER + r"\b(?! van (?!(jullie|arag)\b))")
_AT_ARAG = re.compile(r"\b(bij|via|van) (jullie|julie|arag|u)\b")
_NO_RAPPORT = re.compile(
    r"\b(klikt|klikte|klikken|botst|botste|boterde|botert)\b[^.?!]{0,25}\bniet\b|\bgeen klik\b"
    r"|\b(luistert|luisterde|luisteren)\b[^.?!]{0,20}\bniet\b|\bniet (serieus )?genomen\b"
    r"|\bneemt (me|mij) (\w+ )?niet serieus\b|\bgeen vertrouwen\b|\bvertrouw (haar|hem|die|deze|de \w+) (\w+ )?niet\b"
    r"|\bniet (meer )?overweg\b|\bbegrijpt (me|mij) (\w+ )?niet\b|\bpraat (\w+ )?over (me|mij) heen\b"
    r"|\bwimpelt (me|mij) af\b|\bvoel (me|mij) (\w+ )?niet gehoord\b"
    # round 30: rude to the customer, or another one asked for ("onbeschoft tegen me", "ik wil iemand anders")
    r"|\b(onbeschoft|grof|kortaf|respectloos|neerbuigend|bot)\b[^.?!]{0,15}\b(tegen|naar) (me|mij)\b"
    r"|\bik wil (graag )?(iemand anders|een andere (jurist|behandelaar|specialist|advocaat))\b"
    # round 47: deciding without the customer, working together fails ("neemt beslissingen zonder mij", "beslist alles
    # zonder overleg", "samenwerken met de jurist lukt niet", "de samenwerking loopt stroef")
    r"|\b(neemt|nam|nemen|maakt|maakte)\b[^.?!]{0,15}\b(beslissingen|besluiten|keuzes|stappen)\b[^.?!]{0,15}"
    r"\bzonder (mij|me|ons|overleg|te overleggen|het te vragen|iets te vragen)\b"
    r"|\b(beslist|besliste|besluit|besloot|doet|deed|regelt|regelde)\b[^.?!]{0,20}\bzonder (mij|me|ons|overleg|te overleggen)\b"
    r"|\bover mijn hoofd heen\b|\bsamenwerk\w*\b[^.?!]{0,50}\b(lukt|loopt|gaat|werkt)\b[^.?!]{0,10}"
    r"\b(niet|stroef|slecht|moeizaam|nergens op)\b|\bsamenwerking\b[^.?!]{0,40}\b(stroef|moeizaam|slecht|lukt niet|loopt niet)\b"
)
# Round 47: "de jurist die mijn arbeidszaak doet", "de behandelaar die mijn letselschadedossier heeft": any kind of
# case of the customer's own, handled by ARAG's side.
_HANDLES_MY_CASE = re.compile(
    r"\b(de|die|deze) " + _HANDLER + r" die (mijn|onze|m'?n|mn) \w*(zaak|zaken|dossier|melding|claim)\b (\w+ )?"
    r"(behandelt|behandelde|doet|deed|heeft|had|afhandelt|oppakt|begeleidt|voert|regelt|onder zich heeft)\b"
)


def no_rapport_with_handler(text: str) -> bool:
    plain = fold(text).lower()
    if not _NO_RAPPORT.search(plain):
        return False
    if _ARAG_HANDLER.search(plain) and not re.search(r"\b(zijn|haar|hun|z'n) " + _HANDLER + r"\b", plain):
        return True
    if _HANDLES_MY_CASE.search(plain):
        return True  # "de jurist die mijn zaak behandelt" (rounds 30, 47): the customer's own case at ARAG
    return bool(_SOME_HANDLER.search(plain) and _AT_ARAG.search(plain))


def handler_rapport_complaint(message: Message) -> None:
    if no_rapport_with_handler(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        _made_sure(message, NO_RAPPORT)


# Round 45: ARAG's handler of the customer's own case does not call or write back ("ik heb de jurist die mijn
# arbeidszaak doet vier keer gemaild en er komt niks terug", "mijn behandelaar belt al weken niet terug"), said with a
# word of blame, scorn for the service ("noemen jullie dat service?", "is dit nou jullie dienstverlening?") or after
# trying again and again ("drie keer gebeld"): dissatisfaction with ARAG's service, a sure complaint for the
# Klachtenbureau (seeds 000/001), whatever the detector said; no coverage check. Its question flag is set only by a real
# question besides ("waar kan ik hiermee terecht?", which the complaints answer takes), not by the scorn.
UNANSWERED = "intent:niet_teruggebeld"
_CASE_HANDLER = re.compile(r"\b(de|die|deze) " + _HANDLER + r" die (mijn|onze|m'?n) \w*(zaak|dossier|melding|claim)\b")
_THEIR_HANDLER = re.compile(r"\b(zijn|haar|hun|z'n|diens) " + _HANDLER + r"\b")
_NOT_ANSWERED = re.compile(
    r"\b(niet|nooit|niemand|geen|niks|niets)\b[^.?!]{0,25}\b(teruggebeld|terugbelt|terugbellen|teruggemaild|terug|"
    r"gereageerd|reageert|reageren|beantwoord|geantwoord|antwoordt|reactie|antwoord)\b"
    r"|\b(reageert|reageren|reageerde|antwoordt|antwoorden|belt|bellen|mailt|mailen)\b[^.?!]{0,25}\b(niet|nooit)\b"
    # round 54: "Ik zou gisteren teruggebeld worden door mijn behandelaar ... Niemand belde."
    r"|\bniemand (belde|heeft gebeld|belt|mailde|reageerde)\b"
    r"|\b(hoor|hoorde|gehoord)\b[^.?!]{0,15}\b(niks|niets|geen)\b|\b(niks|niets) (meer )?(\w+ ){0,2}gehoord\b"
    r"|\b(weken|dagen|maanden|week|maand)\b[^.?!]{0,10}\bstil\b|\bis (het )?(\w+ ){0,4}stil\b"
)
_SERVICE_SCORN = re.compile(
    r"\b(noemen|noem) (jullie|julie|u|je) (dat|dit) (nou |nu )?(service|klantvriendelijk\w*|dienstverlening|hulp)\b"
    r"|\b(is|heet) (dat|dit) (nou |nu )?(jullie |uw )?(service|klantvriendelijk\w*|dienstverlening)\b"
    r"|\b(dat|dit) is (toch |echt |gewoon )?geen (service|dienstverlening|manier)\b"
)
_TRIED_AGAIN = re.compile(
    r"\b(twee|drie|vier|vijf|zes|tien|\d+|meerdere|verschillende|zoveel|zo vaak|talloze)\b (\w+ )?(keer|keren|mails|"
    r"e-?mails|mailtjes|berichten|telefoontjes)\b|\bkeer op keer\b|\b(alweer|weer|opnieuw) niet\b"
)


_BY_THE_HANDLER = re.compile(
    r"\b(teruggebeld|gebeld|gemaild|geinformeerd|op de hoogte gehouden) (zou |zouden )?(worden|word) door (mijn|m'?n|de|jullie|uw) "
    + _HANDLER
    + r"\b"
)
_DISPLEASED_WITH_HANDLING = re.compile(
    r"\b(ontevreden\w*|teleurgesteld|teleurstelling|onvrede|boos|klacht)\b[^.?!]{0,40}\bover (de|het|uw|jullie|mijn) "
    r"(behandeling|afhandeling|handelwijze|jurist|behandelaar|medewerker|dossier|zaak)\b"
)


def arags_handler_named(plain: str) -> bool:
    """ARAG's handler of the case is named: "de jurist die mijn zaak doet", "mijn behandelaar", "de jurist bij ARAG";
    not "zijn advocaat"."""
    return bool(
        _CASE_HANDLER.search(plain)
        or (
            (_ARAG_HANDLER.search(plain) or (_SOME_HANDLER.search(plain) and _AT_ARAG.search(plain)))
            and not _THEIR_HANDLER.search(plain)
        )
    )


def handler_not_answering(text: str) -> bool:
    plain = fold(text).lower()
    if not _NOT_ANSWERED.search(plain):
        return False
    ours = arags_handler_named(plain)
    if not ours:
        return False
    if names_a_third_party(NOT_ARAG.sub(" ", plain)):
        # the other side may be the one not answering, unless the displeasure is said of ARAG's handling (round 53:
        # "mijn ernstige ontevredenheid ... over de behandeling van mijn dossier door uw juridisch medewerker")
        if _BY_THE_HANDLER.search(
            plain
        ):  # round 54: "Ik zou teruggebeld worden door mijn behandelaar ... Alweer niet."
            return bool(BLAME.search(plain) or _SERVICE_SCORN.search(plain) or _TRIED_AGAIN.search(plain))
        return bool(_SERVICE_SCORN.search(plain) or _DISPLEASED_WITH_HANDLING.search(plain))
    return bool(BLAME.search(plain) or _SERVICE_SCORN.search(plain) or _TRIED_AGAIN.search(plain))


def _asks_besides_scorn(text: str) -> bool:
    plain = fold(text).lower()
    for x in (x.strip() for x in _SENTENCE_END.split(plain) if x.strip()):
        if _SERVICE_SCORN.search(x) or is_rhetorical(x):
            continue
        if x.endswith("?") or asks_too(x):
            return True
    return False


def handler_not_answering_complaint(message: Message) -> None:
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if handler_not_answering(text):
        _made_sure(message, UNANSWERED, question=_asks_besides_scorn(text))


# Round 52: ARAG's handler promised something for the case and it never happened ("Mijn behandelaar bij ARAG zou de
# verhuurder een brief sturen over de borg. Dat is nooit gebeurd ... Ik ben hier erg ontevreden over."): ARAG's service
# failed, a sure complaint (seeds 000/001) when a word of blame or displeasure is said, also with the other party named.
UNKEPT = "intent:belofte_niet_nagekomen"
_PROMISED = re.compile(
    r"\b(zou|zouden|beloofde|beloofd|had toegezegd|toegezegd)\b[^.?!]{0,80}\b(sturen|versturen|opsturen|bellen|terugbellen|"
    r"mailen|regelen|doen|indienen|schrijven|maken|opvragen|aanschrijven|contact opnemen)\b"
)
_NEVER_DONE = re.compile(
    r"\b(is|was) (\w+ )?(nooit|niet) (\w+ )?(gebeurd|gedaan|verstuurd|gestuurd|verzonden|gekomen)\b|"
    r"\b(nooit|niet) (\w+ ){0,2}(verstuurd|gestuurd|verzonden|gebeld|geregeld|ingediend|aangekomen)\b|"
    r"\b(nooit|niets|niks) (van )?(gekomen|terechtgekomen)\b"
)


def handler_promise_not_kept(text: str) -> bool:
    plain = fold(text).lower()
    if not (_PROMISED.search(plain) and _NEVER_DONE.search(plain)):
        return False
    ours = arags_handler_named(plain)
    return bool(ours and (BLAME.search(plain) or _SERVICE_SCORN.search(plain)))


def handler_promise_complaint(message: Message) -> None:
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if handler_promise_not_kept(text):
        _made_sure(message, UNKEPT, question=_asks_besides_scorn(text))


# Round 47: ARAG's letter, report or summary about the customer's own case holds errors ("in de brief over mijn
# zaak staan de verkeerde datum en de verkeerde tegenpartij", "het verslag van mijn jurist klopt niet: ..."), said
# with a word of blame ("slordig", "onzorgvuldig", "vol fouten", "niet eens nagelezen"): dissatisfaction with ARAG's
# work, a sure complaint for the Klachtenbureau (seeds 000/001: "ook wanneer deze direct wordt opgelost"), with no
# question of its own unless a real question is asked besides. Not a letter of someone else ("de brief van de
# tegenpartij", "zijn brief"), nor the customer's own.
WRONG_PAPERS = "intent:fouten_in_stukken"
_PAPER = (
    r"(brief|brieven|mail|e-?mail|verslag|gespreksverslag|samenvatting|rapport|advies|adviesbrief|overzicht|stukken|"
    r"document|documenten|concept|conceptbrief|sommatie|dagvaarding|verweerschrift|bezwaarschrift|beroepschrift)"
)
_ARAG_PAPER = re.compile(
    r"\b(de|het|die|dat|deze|dit|jullie|julie|uw) (\w+ )?" + _PAPER + r"\b[^.?!]{0,15}\b(over|in|voor|bij|van|namens) "
    r"(mijn|onze|m'?n|mn) (\w+ )?\w*(zaak|zaken|dossier|melding|claim)\b"
    r"|\b(jullie|julie|uw) (\w+ )?" + _PAPER + r"\b"
    r"|\b"
    + _PAPER
    + r"\b[^.?!]{0,10}\b(van|door|namens) (jullie|julie|arag|u|(mijn|de|m'?n|mn) (jurist\w*|behandelaar\w*|"
    r"dossierbehandelaar\w*|advocaat))\b"
    r"|\b(mijn|m'?n|mn|de) (jurist\w*|behandelaar\w*|dossierbehandelaar\w*) (heeft|had) [^.?!]{0,20}\b" + _PAPER + r"\b"
    r"|\b" + _PAPER + r"\b[^.?!]{0,10}\bdie (jullie|julie|arag|u|(mijn|de) (jurist|behandelaar)) ([^.?!,]{0,30} )?"
    r"(stuurde|stuurden|gestuurd|verstuurd|schreef|schreven|opstelde|opstelden|opgesteld|maakte|maakten)\b"
)
_NOT_THEIRS = re.compile(
    r"\b(zijn|haar|hun|z'n|diens|mijn eigen|m'?n eigen) (\w+ )?" + _PAPER + r"\b"
    r"|\b"
    + _PAPER
    + r"\b[^.?!]{0,10}\b(van|door|namens) (de|het|die|een|hun|zijn|haar) (?!(jurist\w*|behandelaar\w*)\b)"
    r"(\w+ )?(tegenpartij|wederpartij|advocaat|rechter|rechtbank|verhuurder|werkgever|gemeente|verzekeraar|deurwaarder|"
    r"incassobureau|\w+)\b"
)
_ERRORS = re.compile(
    r"\b(verkeerde?|fout\w*|onjuist\w*|incorrect\w*|vergissing\w*|vergist|niet (juist|correct|goed)|(klopt|kloppen|klopte|klopten) "
    r"((ook|gewoon|echt|helemaal|al|eens|dus) )?(niet|niks|niets|geen)|mist|ontbreekt|ontbreken|weggelaten|door elkaar)\b"
)
_CARELESS = re.compile(
    r"\b(slordig\w*|onzorgvuldig\w*|onnauwkeurig\w*|knullig\w*|amateuristisch\w*|prutswerk|broddelwerk|"
    r"nonchalant\w*|onprofessioneel|onkunde|vol (met )?fouten|(weer|alweer|opnieuw|nog meer|allemaal) fouten|"
    r"fout op fout|niet (eens )?(nagelezen|gecontroleerd|nagekeken|gelezen)|(nauwelijks|slecht) gelezen|"
    r"hoe (kan|is) dat (nou )?(mogelijk|gebeuren))\b"
)


def errors_in_arag_papers(text: str) -> bool:
    plain = fold(text).lower()
    if not (_ERRORS.search(plain) and (_CARELESS.search(plain) or BLAME.search(plain))):
        return False
    found = _ARAG_PAPER.search(plain)
    return found is not None and not _NOT_THEIRS.search(found.group(0))


def errors_in_papers_complaint(message: Message) -> None:
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if errors_in_arag_papers(text):
        _made_sure(message, WRONG_PAPERS, question=_asks_besides_scorn(text))
