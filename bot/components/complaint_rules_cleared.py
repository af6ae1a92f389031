"""Rules that clear a message as no complaint about ARAG, applied by bot/components/complaint_intent.py before
its `review`: a complaint or a check question becomes "none" with the reason added, and the classifier's intent stays
or an answer follows.

Round 13: a third party's story told to ask about cover, naming ARAG only in the asking ("Ik heb Verkeer bij
jullie", "kan ARAG die man aanpakken?") is no complaint at all ("intent:dekkingsvraag").

Round 14: a self-correction ("sorry, my mistake, it was 12 April") is none ("intent:correctie").

Round 17:
- a criminal charge the customer tells and denies ("ik moet voorkomen voor bedreiging maar ik heb niks
  gedaan") is a question about art. 12, no complaint ("intent:strafzaak");
- a message in another language without a word of blame gets no check question ("intent:andere_taal");
- a lawyer engaged without asking ARAG, told unsure, is art. 11a's question ("intent:eigen_advocaat").

Round 22: a complaint against the customer about their own work (a tuchtklacht) is no complaint and goes to the
coverage check ("intent:klacht_tegen_klant").

Round 45: surprise about the cover ("ik dacht dat jullie niks deden bij strafzaken?") is a question about it, no
complaint ("intent:dekking_verbaasd").

Round 60: a plain fact told right after an answer about the customer's matter ("Die brief is van drie weken
geleden.") is no complaint ("intent:feit").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import ORIGINAL_TEXT, PARSE_KEY
from bot.components.complaint_rules_common import COMPLAIN, DISPLEASED
from bot.components.message_step import route_to
from bot.components.third_party import (
    AGAINST_CUSTOMER,
    ARAG_EN,
    ARAG_SIDE,
    BLAME,
    NOT_ARAG,
    POLICY_HOLDER,
    TOLD_TO_WRITE,
    asking_blanked,
    coverage_story,
)
from bot.conversation_context import after_an_answer, in_conflict_form, last_verdict_state
from flexbot.complaints.detector import load_detector
from flexbot.complaints.rules import match_cues
from flexbot.complaints.service_words import ARAG_NAMED
from flexbot.complaints.text import normalise
from flexbot.dutch import fold
from flexbot.flexpolis.check_reply import ASKS_WHAT_IT_CHANGES, COST_ASKED
from flexbot.flexpolis.conversation import POLICY_GOES_ON, faq_topic_in
from flexbot.flexpolis.dialogue import parse_modules
from flexbot.flexpolis.english import looks_english
from flexbot.flexpolis.faq_turn import named_topic


def _cleared_when(message: Message, test: Callable[[str], bool], reason: str) -> bool:
    """A complaint or a check question the `test` reads as none: cleared, with `reason` added; True when so."""
    detection = message.get(PARSE_KEY) or {}
    if detection.get("decision") not in ("complaint", "ask"):
        return False
    if not test(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
        return False
    reasons = [*(detection.get("reasons") or []), reason]
    cleared = {**detection, "complaint": False, "decision": "none", "question": False, "reasons": reasons}
    message.set(PARSE_KEY, cleared, add_to_output=True)
    return True


def _cleared_and_answered(
    message: Message, test: Callable[[str], bool], reason: str, answer: str, keep: tuple[str, ...] = ()
) -> None:
    """Cleared as `_cleared_when`; then the `answer` intent answers it, unless the classifier heard one of
    `keep` (e.g. a coverage question, which the check answers with the same article)."""
    if _cleared_when(message, lambda text: test(fold(text).lower()), reason):
        if (message.get(INTENT) or {}).get("name") not in (answer, *keep):
            route_to(message, answer)


_EN_OPPONENT = re.compile(
    r"\bthe (other )?(driver|motorist|cyclist|party|seller|landlord|employer|shop|company|neighbou?r|contractor)\b"
    # round 89: "I rent an apartment from a housing corporation ... they refuse to fix it"
    r"|\b(a|the|my|our) (housing (corporation|association)|letting agent|landlady|installer|builder|plumber)\b"
    r"|\b(hit by|rear-ended|rear ended|crashed into|backed into|ran into|bumped into)\b"
    # round 95: "Someone flung their car door open right in front of me while I was cycling"
    r"|\b(someone|somebody|a driver|a motorist|a man|a woman|a guy|a stranger) (flung|opened|threw|swung|hit|struck|"
    r"crashed|ran|drove|pushed|bumped|punched|attacked|stole|scammed)\b"
    # round 75: "a delivery van hit me while I was cycling"
    r"|\b(van|car|truck|bus|taxi|driver|cyclist|scooter|motorbike) (hit|struck|knocked( down)?|ran over) (me|us|my \w+)\b"
    # round 25: the people of the customer's work ("the shareholders want to get rid of me", "my boss")
    r"|\b(the|my|our) (shareholders?|board|supervisory board|boss|manager|owners?|director of the company)\b"
    # round 33: a travel party or a shop ("through a Dutch travel agency ... the agency refuses any refund")
    # round 93: "from a Belgian online furniture shop"
    r"|\b(the|a|an|that|this|our|my) (\w+ ){0,3}(travel agency|agency|tour operator|hotel|airline|store|webshop|retailer|"
    r"provider|supplier|builder|plumber|garage|dealer|uitzendbureau|temp agency|employment agency|landlord|boss|shop|"
    r"seller|manufacturer|brand|courier|delivery company)\b"
    # round 52: the (ex-)partner of a break-up ("My girlfriend and I broke up ... She refuses to pay her half")
    r"|\b(my|our) (ex|ex-?\w+|girlfriend|boyfriend|partner|wife|husband|neighbou?rs?|landlord|landlady|tenant|employer)\b"
    # round 55: a consumer's contract party ("My gym keeps charging me 45 euro a month although I cancelled")
    r"|\b(the|my|our|a|that|this) (\w+ )?(gym|fitness (club|centre|center)|sports club|phone (company|provider)|"
    r"energy (company|supplier|provider)|internet provider|mechanic|painter|roommate|flatmate|buyer|vet|dentist|"
    r"hospital|school|university)\b"
    # round 90: clubs, groups and their people ("The director claims I ruined three costumes", "a ladder they provided
    # ... run by a local foundation")
    r"|\b(the|a|my|our|local) (\w+ )?(director|foundation|club|choir|band|association|organi[sz]ers?|coach|trainer|"
    r"teammates?|club members?|team captain)\b"
)


_MIXED_ASKING = re.compile(r"\b(kan|kunnen|can|could) (arag|jullie|you) (me |mij |us |ons )?(help|helpen)\b[^.?!]*\?")


def english_story_of_another(text: str) -> bool:
    """Round 23: an English story about someone else ("the other driver now claims I braked for no reason") that
    names no one of ARAG's side: a coverage question, not a complaint about ARAG."""
    plain = fold(text).lower()
    told, _ = asking_blanked(plain)  # "Does my ARAG policy cover this?" asks; it names no one of ARAG's (round 33)
    told = _MIXED_ASKING.sub(" ", told)  # round 53: "Kan ARAG help?" in mixed Dutch and English
    return looks_english(text) and bool(_EN_OPPONENT.search(plain)) and not ARAG_EN.search(told)


def no_complaint_in_an_english_story(message: Message) -> None:
    _cleared_when(message, english_story_of_another, "intent:third_party")


def not_a_complaint(message: Message) -> None:
    """A coverage story of a third party (coverage_story) is no complaint: no registration, no check."""
    _cleared_when(message, coverage_story, "intent:dekkingsvraag")


# Round 22: a complaint made against the customer about their own work (a patient's tuchtklacht against a nurse,
# "de familie van een bewoner heeft een klacht tegen me ingediend"): a conflict for the coverage check (Inkomen
# 2c), not dissatisfaction with ARAG, unless ARAG's side is named outside the asking. The word "klacht" made the
# detector (its cue klacht_indienen) or the classifier read it as a complaint about ARAG.
_THAT_COMPLAINT = re.compile(r"\b(die|deze|de|dat|zijn|haar|hun|een|zo'?n) (\w+ )?(tucht)?klacht\w*")
COVERAGE_CHECK = "check_coverage"


def complaint_against_customer(text: str) -> bool:
    plain = fold(text).lower()
    if not AGAINST_CUSTOMER.search(plain):
        return False
    rest, _ = asking_blanked(plain)
    left = _THAT_COMPLAINT.sub(" ", NOT_ARAG.sub(" ", POLICY_HOLDER.sub(" ", TOLD_TO_WRITE.sub(" ", rest))))
    return not (ARAG_EN.search(left) or ARAG_NAMED.search(left))


def no_complaint_against_the_customer(message: Message) -> None:
    """Cleared; the coverage check answers it when the classifier heard the complaint words instead (also when an
    earlier routing cleared it)."""
    _cleared_when(message, complaint_against_customer, "intent:klacht_tegen_klant")
    if (message.get(INTENT) or {}).get("name") in (COMPLAIN, "faq_complaints", "nlu_fallback"):
        if complaint_against_customer(message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""):
            route_to(message, COVERAGE_CHECK)


# Round 14: the customer correcting their own words ("Sorry, my mistake, the accident was on 12 April",
# "foutje, ik bedoel maart") is no dissatisfaction at all, when nobody of ARAG is named.
_SELF_CORRECTION = re.compile(
    r"\b(my mistake|my bad|my error|i meant|i mean|correction|i was wrong|i got (it|that|the date) wrong|"
    r"sorry,? (it|that|the \w+) (was|is)|typo|"
    r"mijn fout|foutje|vergissing|vergist|ik bedoel\w*|ik bedoelde|correctie|verkeerd getypt|tikfout|"
    r"sorry,? (het|dat|de \w+) (was|is|moet)|ik zei het verkeerd|niet \w+ maar)\b"
)


def self_correction(text: str) -> bool:
    """The message corrects the customer's own earlier words and names nobody of ARAG."""
    plain = fold(text).lower()
    if not _SELF_CORRECTION.search(plain):
        return False
    return not (ARAG_EN.search(plain) or ARAG_SIDE.search(NOT_ARAG.sub(" ", plain)) or BLAME.search(plain))


def no_self_correction(message: Message) -> None:
    _cleared_when(message, self_correction, "intent:correctie")


# Round 17: the customer tells of a lawyer or expert engaged without asking ARAG ("ik heb hem eigenlijk al
# ingeschakeld zonder het jullie te vragen"): art. 11a's question (own_lawyer), not dissatisfaction.
_ENGAGED_ALONE = re.compile(
    r"\b(ingeschakeld|in de arm genomen|ingehuurd|aangenomen|opdracht gegeven)\b[^.?!]{0,40}\bzonder\b[^.?!]{0,30}"
    r"\b(vragen|te vragen|toestemming|overleg)\b"
    r"|\bzonder\b[^.?!]{0,30}\b(te vragen|toestemming|overleg)\b[^.?!]{0,40}\b(ingeschakeld|in de arm genomen|ingehuurd)\b"
)


def engaged_without_asking(message: Message) -> None:
    if (message.get(PARSE_KEY) or {}).get("decision") == "ask":  # a sure complaint stays one
        _cleared_and_answered(
            message, lambda t: bool(_ENGAGED_ALONE.search(t)), "intent:eigen_advocaat", "faq_own_lawyer"
        )


# Round 17: a short reply in another language without a word of blame ("Yes, I have the Inkomen module.") is
# no check question: the detector's Dutch model reads unknown words as unsure. An English story keeps its
# check question (an English complaint without these blame words is still asked about).
_EN_BLAME = re.compile(
    r"\b(bad|terrible|awful|horrible|unacceptable|ridiculous|disappoint\w*|angry|furious|frustrat\w*|annoy\w*|"
    r"complain\w*|never|still (no|not|nothing)|slow|rude|useless|worst|poor|shame\w*|disgrac\w*|unhappy|"
    r"not happy|dissatisfied|upset|fed up|waste)\b"
)


# A short reply in English to the form's questions: "yes", "we have ...", the modules by name.
_EN_REPLY = re.compile(
    r"^\W*(yes|yeah|yep|no|nope|ok|okay|sure|i have|we have|i've got|we've got|i got|only)\b"
    r"|\b(consument|verkeer|inkomen|traffic module|income module|all three)\b"
)
EN_REPLY_WORDS = 10


def english_reply(text: str) -> bool:
    plain = fold(text).lower()
    return len(plain.split()) <= EN_REPLY_WORDS and bool(_EN_REPLY.search(plain)) and not _EN_BLAME.search(plain)


# Round 87: asking for English because of one's own Dutch ("Can you reply in English please? My Dutch is not good
# yet."): a language request (art. 3), no dissatisfaction with ARAG, unless blame is said besides.
_IN_ENGLISH = re.compile(r"\b(reply|answer|respond|write|talk|speak|chat|help me|continue)\b[^.?!]{0,25}\bin english\b")
_OWN_DUTCH = re.compile(
    r"\bmy dutch (is|isn'?t|is not|was)\b[^.?!]*|\bi (don'?t|do not|can'?t|cannot) (speak|read|write|understand) "
    r"(much |good |enough )?dutch\b[^.?!]*|\bmijn nederlands (is )?(niet|nog niet|slecht)\b[^.?!]*"
)


def language_request(text: str) -> bool:
    plain = fold(text).lower()
    return bool(_IN_ENGLISH.search(plain)) and not _EN_BLAME.search(_OWN_DUTCH.sub(" ", plain))


def no_complaint_asking_for_english(message: Message) -> None:
    _cleared_when(message, language_request, "intent:taalverzoek")


# Round 166: a general question asked in English, with an apology for one's own Dutch ("is my partner covered too? ...
# Sorry, mijn Nederlands is nog niet zo goed."): a question about the policy, no dissatisfaction with ARAG, unless blame
# is said besides.
# Round 180: also a coverage question or a language request with ARAG named ("If someone crashes into us over there, does
# my ARAG policy still give legal help?", "Can your lawyer work with me in English?"): no word of blame, of ARAG's
# service failing or of a complaint, in English or in Dutch.
_EN_SERVICE = re.compile(
    r"\b(nobody|no one|no (reply|response|answer|news|update)|(not|never|haven'?t|hasn'?t|didn'?t) (yet )?(heard|call\w*|"
    r"repl\w*|answer\w*|respond\w*|contact\w*)|still waiting|waiting (for|since)|call(ed)? (me |us )?back|"
    r"why (has|have|did|didn'?t|hasn'?t|haven'?t|is|isn'?t|are|aren'?t|do|don'?t|does|doesn'?t|was|were)|handler|"
    r"case manager|lost|mistakes?|wrong|rejected|refused|denied)\b"
)


def english_policy_question(text: str) -> bool:
    plain = _OWN_DUTCH.sub(" ", fold(text).lower())
    # English without the apology (has_english alone counts Dutch "is" and "we": "De brief is ... Hoe melden we het?")
    if not looks_english(plain) or "?" not in plain or _EN_BLAME.search(plain) or BLAME.search(plain):
        return False
    # "ik wil klagen. jullie jurist was heel onbeleefd ... my dutch is not perfect": ARAG's service
    return not (
        re.search(r"\b(klacht\w*|klagen|klaag)\b", plain) or _SERVICE_TOLD.search(plain) or _EN_SERVICE.search(plain)
    )


def no_complaint_in_an_english_policy_question(message: Message) -> None:
    _cleared_when(message, english_policy_question, "intent:andere_taal")


def other_language_without_blame(message: Message) -> None:
    if (message.get(INTENT) or {}).get("name") != "other_language":
        return
    if (message.get(PARSE_KEY) or {}).get("decision") != "ask":
        return  # a sure complaint stays one
    _cleared_when(message, english_reply, "intent:andere_taal")


# Round 17: the customer is suspected, summoned or prosecuted and says so ("ik moet voorkomen wegens
# bedreiging, maar ik heb niks gedaan", "gedagvaard voor vernieling, betalen jullie mijn advocaat?"): the
# indignation is about the charge, the question is art. 12's (criminal cases), unless ARAG's side is named
# outside the asking.
_CHARGED = re.compile(
    r"\b(verdacht|verdenk\w*|(moet|moeten|moest) (\w+ ){0,4}(voorkomen|verschijnen)|gedagvaard|dagvaarding|vervolgd|"
    r"strafvervolging|vervolg(t|en) (mij|me|ons)|strafbeschikking|politierechter|officier van justitie|"
    # arrested, not "mijn zaak wordt opgepakt" (ARAG taking the case up)
    r"(ik|wij|we) (ben|werd|word|zijn|werden) (\w+ ){0,2}(aangehouden|opgepakt)|aangifte tegen (mij|ons)|"
    # round 33: a fine the customer disputes ("flitsboete 72 euro ... ik reed echt niet te hard, kunnen jullie bezwaar
    # maken"): indignation about the fine, art. 12's question
    r"\w*boete|bekeuring|cjib|prent|(kreeg|gekregen|ontvangen) (een |de )?bon)\b"
)


def criminal_charge(text: str) -> bool:
    plain = fold(text).lower()
    if not _CHARGED.search(plain):
        return False
    rest, _ = asking_blanked(plain)
    return not (ARAG_EN.search(rest) or ARAG_NAMED.search(NOT_ARAG.sub(" ", rest)))


def no_complaint_about_a_charge(message: Message) -> None:
    """A denied charge is cleared; when the classifier heard no coverage question, art. 12 answers it."""
    _cleared_and_answered(message, criminal_charge, "intent:strafzaak", "faq_criminal", keep=("check_coverage",))


# Round 33: after a verdict, a question what ARAG can still do ("Balen. Kan ik dan helemaal niks van jullie
# krijgen?", "Dus jullie kunnen helemaal niks voor me doen?") asks for the Inleiding's offer (first advice free, a
# discount); without a word of blame it is disappointment with the cover, not with ARAG's service.
def asks_what_is_left(text: str) -> bool:
    plain = fold(text).lower()
    # round 152: "jammer. kan ik wel ergens korting krijgen op een jurist" (no question mark typed)
    if "?" not in text and _SIGH.search(plain) and _ASKED_UNMARKED.search(plain):
        text = f"{text}?"
    asked = (
        named_topic(text) == "not_covered" or faq_topic_in(text) == "not_covered"
    )  # "... helemaal niks bieden?" (58)
    # round 92: "balen. wat kost het dan als ik toch een jurist van jullie wil?": the cost of ARAG's help after a no
    asked = asked or bool(_SIGH.search(plain) and COST_ASKED.search(plain))
    return "?" in text and asked and not BLAME.search(plain)


_ASKED_UNMARKED = re.compile(r"^\W*\w+\W+(kan|kunnen|mag|mogen|is|zijn)\b")


# Round 166: the question asked ahead, of a case supposed not covered ("stel m'n zaak valt niet onder de dekking,
# kunnen jullie dan helemaal niks voor me doen?"): the same question before any verdict.
_SUPPOSED = re.compile(r"^\W*((en|maar|oke?)\W+)?(stel|stel dat|als|mocht|indien|wat als|wat nou als)\b")


def no_complaint_asking_what_is_left(message: Message) -> None:
    # round 52: also while the check still runs ("Oké. Kan ik dan helemaal niks bij jullie?" to its art. 9 question)
    supposed = bool(_SUPPOSED.search(fold(message.get(TEXT) or "").lower()))
    if supposed or last_verdict_state() is not None or in_conflict_form():
        _cleared_when(message, asks_what_is_left, "intent:nog_mogelijk")


# Round 52: after a verdict or in the check, a short thanks whose only displeasure is a sigh at the outcome ("Jammer.
# Dank voor de duidelijkheid.", "Helaas, maar bedankt voor het meedenken") accepts the answer: thanks, no complaint
# (seeds 000/001: dissatisfaction with ARAG's service), unless a word of blame or of ARAG's service is said.
_SIGH = re.compile(r"\b(jammer|helaas|balen|pech|jammer dan|dat is balen|shame|too bad|pity)\b")
_THANKS = re.compile(r"\b(dank|bedankt|dankjewel|dankuwel|thanks|thank you|merci)\b")
THANKS_WORDS = 12


def thanks_with_a_sigh(text: str) -> bool:
    plain = fold(text).lower()
    return (
        len(plain.split()) <= THANKS_WORDS
        and bool(_SIGH.search(plain) and _THANKS.search(plain))
        and not BLAME.search(plain)
        and not _SERVICE_TOLD.search(plain)
        and "?" not in plain
    )


def no_complaint_in_thanks_with_a_sigh(message: Message) -> None:
    if last_verdict_state() is not None or in_conflict_form():
        _cleared_and_answered(message, thanks_with_a_sigh, "intent:bedankt", "thank")


# Round 166: after a verdict, a sigh of a word or two and then another question ("Oké jammer. Volgend jaar gaan we naar
# Thailand. Klopt het dat jullie een borgsom voorschieten ...?"): the answer is taken and the customer goes on; no
# complaint when the rest says no word of blame, displeasure or ARAG's service.
SIGH_WORDS = 3


def sigh_then_a_question(text: str) -> bool:
    plain = fold(text).lower()
    first, rest = ([*re.split(r"(?<=[.!,;])\s+", plain.strip(), maxsplit=1), ""])[:2]
    return (
        len(first.split()) <= SIGH_WORDS
        and bool(_SIGH.search(first))
        and "?" in rest
        and not (BLAME.search(rest) or _DISPLEASED.search(rest) or _SERVICE_TOLD.search(rest))
    )


def no_complaint_in_a_sigh_before_a_question(message: Message) -> None:
    if last_verdict_state() is not None:
        _cleared_when(message, sigh_then_a_question, "intent:verder_gevraagd")


# Round 52: "niet eens" as "not even" in a fact told after a verdict or in the check ("Maar ik heb als particulier
# getekend, ik sta nog niet eens bij de KvK."): a fact for the check to weigh, not disagreement ("ik ben het er niet mee
# eens", "niet eens met"), when nothing else in it is displeasure, blame or about ARAG's service.
_NOT_EVEN = re.compile(r"\b(nog |zelfs )?niet eens\b")
_DISAGREES = re.compile(r"\bhet\b[^.?!]{0,25}\bniet (\w+ )?(mee )?eens\b|\bniet eens (met|over)\b|\boneens\b")


def not_even_in_a_fact(text: str) -> bool:
    plain = fold(text).lower()
    if not _NOT_EVEN.search(plain) or _DISAGREES.search(plain):
        return False
    rest = _NOT_EVEN.sub(" ", plain)
    return not (BLAME.search(rest) or _DISPLEASED.search(rest) or _SERVICE_TOLD.search(rest))


def no_complaint_in_not_even(message: Message) -> None:
    if last_verdict_state() is not None or in_conflict_form():
        _cleared_when(message, not_even_in_a_fact, "intent:niet_eens_feit")


# Round 52: a plain question about the policy's own rules ("Als ik failliet word verklaard, loopt mijn verzekering
# bij jullie dan nog door?"), heard so by the classifier, asks seed 004 (art. 15, 16, 14); without a word of blame or
# displeasure, or of ARAG's service, it is no complaint.
# Round 60: also the rules on amounts, countries, people and modules ("Maar ik las op jullie site iets over een minimum
# van 175 euro. Geldt dat hier niet?": art. 11g); not "what you are not for", which is often said in disappointment.
POLICY_RULE_INTENTS = frozenset(
    {
        "faq_start_change_end",
        "faq_cancel",
        "faq_waiting_period",
        "faq_law",
        "faq_minimum",
        "faq_maximum",
        "faq_costs",
        "faq_countries",
        "faq_eigen_risico",
        "faq_who_is_insured",
        "faq_modules",
        "faq_borgsom",
        "faq_terrorism",
        "faq_own_lawyer",
    }
)
POLICY_RULE_CONFIDENCE = 0.9
# round 69: right after an answer that cites an article, a follow-up question on the same rule ("Is dat geld dan van
# jullie, of moet het ooit weer naar jullie toe? En kost dat ons iets?" after art. 13's loan) needs less certainty
POLICY_RULE_CONFIDENCE_AFTER_AN_ANSWER = 0.8
# displeasure in words (complaint_rules_common.DISPLEASED), a sigh, or an exclamation
_DISPLEASED = re.compile(DISPLEASED.pattern + r"|\b(jammer|balen|helaas)\b|!")


def policy_rule_question(text: str) -> bool:
    plain = fold(text).lower()
    return (
        "?" in plain and not BLAME.search(plain) and not _DISPLEASED.search(plain) and not _SERVICE_TOLD.search(plain)
    )


# Round 60: the rule read on ARAG's site or in the conditions and asked about ("Maar ik las op jullie site iets over een
# minimum van 175 euro. Geldt dat hier niet?"): a question about the policy whatever the classifier's confidence.
_WHERE_READ = (
    r"(op (jullie|uw|de|het) (site|website|internet)|in (de|jullie|uw|mijn) (polis)?voorwaarden|op (mijn|de|uw) polis)"
)
_READ_THE_RULE = re.compile(
    rf"\b(las|lees|gelezen|zag|gezien|staat|stond|lezen)\b[^.?!]{{0,30}}\b{_WHERE_READ}\b|"
    rf"\b{_WHERE_READ} (las|lees|zag|staat|stond|heb ik (\w+ )?(gelezen|gezien))\b"
)


# "Wat vergoeden jullie eigenlijk nooit? Graag een kort lijstje.": what the policy leaves out, asked as such (art. 11); the
# "nooit" is the rule asked about, no disappointment, when no word of blame or displeasure is said.
_ASKS_WHAT_IS_LEFT_OUT = re.compile(
    r"^\W*((en|maar|oke|ok|hoi|hallo)\W+)?(wat|welke (dingen|zaken|conflicten|kosten)|waarvoor)\b (\w+ )?"
    r"(vergoed|vergoeden|dek|dekt|dekken|betaal|betaalt|betalen|doe|doet|doen|helpt|helpen|valt|vallen)\b[^.?!]{0,30}"
    r"\b(niet|nooit)\b[^.?!]{0,30}\?"
)


def _asks_what_is_left_out(text: str) -> bool:
    plain = fold(text).lower()
    return not re.search(r"\b(goed|eens)\b", plain) and policy_rule_question(re.sub(r"\b(niet|nooit)\b", " ", plain))


# Round 170: a rule heard from someone else and asked about ("Iemand zei dat jullie niks doen onder de 175, klopt dat?"):
# a question about the policy, no dissatisfaction, when the rest of the message says no word of blame and does not name
# ARAG.
_HEARSAY_ASKED = re.compile(
    r"\b(iemand|men|ze|mijn \w+|m'?n \w+|een (vriend|vriendin|collega|kennis|buurman|buurvrouw))\b (zei|zegt|zeiden|zeggen|"
    r"vertelde|vertelt|beweert|beweerde)\b[^.?!]{0,80}\b(jullie|arag|de verzekering|de polis)\b[^.?!]{0,80}"
    r"\b(klopt (dat|het)|is dat (zo|waar)|echt (zo|waar))\b[^.?!]*\?"
)


def hearsay_of_a_rule(text: str) -> bool:
    plain = fold(text).lower()
    found = _HEARSAY_ASKED.search(plain)
    rest = _rest_of(plain, found) if found else ""
    return bool(found) and not (BLAME.search(rest) or _DISPLEASED.search(rest) or ARAG_NAMED.search(rest))


def _rest_of(plain: str, found: re.Match[str]) -> str:
    """The folded message without the part `found` (a rule heard, a surprise about the cover): what else it says."""
    return f"{plain[: found.start()]} {plain[found.end() :]}"


def no_complaint_asking_a_policy_rule(message: Message) -> None:
    if _cleared_when(message, hearsay_of_a_rule, "intent:polisvraag"):
        return
    top = message.get(INTENT) or {}
    if _ASKS_WHAT_IS_LEFT_OUT.search(fold(message.get(TEXT) or "").lower()):
        _cleared_when(message, _asks_what_is_left_out, "intent:polisvraag")
        return
    confidence = float(top.get("confidence") or 0.0)
    needed = POLICY_RULE_CONFIDENCE_AFTER_AN_ANSWER if after_an_answer() else POLICY_RULE_CONFIDENCE
    if top.get("name") in POLICY_RULE_INTENTS and (
        confidence >= needed or _READ_THE_RULE.search(fold(message.get(TEXT) or "").lower())
    ):
        _cleared_when(message, policy_rule_question, "intent:polisvraag")


# Round 56: a question that checks what the answer just said ("Dus dat geld krijg ik niet gewoon van jullie?" after art.
# 13's loan, "Betekent dat dat ik het zelf moet betalen?"): no dissatisfaction with ARAG's service (seeds 000/001) when it
# has no word of blame, displeasure or ARAG's service.
_CHECKING_THE_ANSWER = re.compile(
    r"^\W*((o|oh|ah|ok|oke|okay|maar|en)\W+)?(dus|bedoelt? (u|je|jullie)|begrijp ik (het )?goed|klopt het dat|betekent (dat|dit)|"
    r"houdt (dat|dit) in|"
    # round 90: the conditions cited back ("Maar in jullie voorwaarden staat toch iets over landen aan de Middellandse Zee?")
    r"(in )?(jullie|uw|de) (\w+ )?voorwaarden staat (er )?toch)\b"
)
# round 180: "Dus als iemand ... zoals vorige week in Alkmaar, dan kan ik niet bij jullie terecht?" has 22 words
CHECKING_MAX_WORDS = 30


def checks_the_answer(text: str) -> bool:
    plain = fold(text).lower().strip()
    return (
        "?" in plain
        and len(plain.split()) <= CHECKING_MAX_WORDS
        and bool(_CHECKING_THE_ANSWER.search(plain))
        and not BLAME.search(plain)
        and not _DISPLEASED.search(plain)
        and not _SERVICE_TOLD.search(plain)
    )


def no_complaint_checking_the_answer(message: Message) -> None:
    _cleared_when(message, checks_the_answer, "intent:verduidelijking")


# Round 45: surprise at the cover just told, asked ("ik dacht dat jullie niks deden bij strafzaken?", "o, ik dacht dat
# verkeerszaken niet gedekt waren?", "dacht dat dat uitgesloten was?"): a question about what the policy covers (seed
# 004, the article the answer names), not dissatisfaction with ARAG's service (seeds 000/001), when no word of blame and
# nothing of ARAG's service (calling back, mails, the handler, a complaint) is said.
_THOUGHT_OTHERWISE = re.compile(
    r"\bdacht(en)? (\w+ ){0,2}(dat|juist dat)\b[^.?!]{0,60}\b(niks|niets|geen|niet|nooit|uitgesloten)\b[^.?!]{0,50}\?"
)
_ABOUT_COVER = re.compile(
    r"\b(deden|doen|doet|deed|dekken|dekt|dekte|dekten|dekking|gedekt|verzekerd|meeverzekerd|vergoed\w*|onder|helpen|"
    r"hielpen|hielp|helpt|bijstand|rechtsbijstand|betalen|betaalt|betaalden|uitgesloten|vielen|viel|valt|vallen)\b"
)
_SERVICE_TOLD = re.compile(
    r"\b(bel|belt|bellen|belde|belden|gebeld|terug(bel|gebeld|mail|gemaild|koppel|gekoppeld|hor|gehoord|schrijf|geschreven|"
    r"reactie)\w*|reageer\w*|reageert|reageren|gereageerd|reactie|antwoord\w*|e-?mail\w*|mail\w*|gehoord|wacht\w*|"
    r"behandelaar\w*|jurist\w*|medewerk\w*|klacht\w*|beklag|klagen|service|klantenservice)\b"
)


def surprised_about_cover(text: str) -> bool:
    plain = fold(text).lower()
    found = _THOUGHT_OTHERWISE.search(plain)
    if not found or not _ABOUT_COVER.search(found.group(0)):
        return False
    rest = _rest_of(plain, found)  # "jullie" of the surprise is ARAG as the insurer
    return not (BLAME.search(plain) or _SERVICE_TOLD.search(plain) or ARAG_NAMED.search(rest))


def no_complaint_when_surprised_about_cover(message: Message) -> None:
    _cleared_when(message, surprised_about_cover, "intent:dekking_verbaasd")


# Round 60: right after an answer about the customer's own matter (a coverage check or a policy rule), a statement
# that tells when something happened ("Die brief is van drie weken geleden.", "Ik heb die brief zes weken geleden
# gekregen en niks gedaan."), names nothing of ARAG's side and has no word of dissatisfaction (the detector's own
# lexicon and phrases find none, the customer's own inaction aside) tells a fact about that matter. The classifier's
# score there comes from words complaints often use (a letter, weeks ago); seeds 000/001 ask for dissatisfaction
# with ARAG's service.
_TOLD_WHEN = re.compile(
    r"\b(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|paar|ruim|bijna) (dag|dagen|week|weken|maand|maanden|jaar)"
    r" geleden\b|\bop \d{1,2} (jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)\w*|\b(sinds|vanaf|in) (19|20)\d\d\b|"
    r"\b(vorige|afgelopen|vorig) (week|maand|jaar)\b|\b(gisteren|eergisteren|vanochtend|vanmorgen)\b"
)
_OWN_INACTION = re.compile(r"\b(er )?(nog )?(niks|niets) (mee |aan )?gedaan\b")
# round 62: what the customer's work or income is ("En het is echt meer een hobby, ik verdien er bijna niks aan.")
_ROLE_FACT = re.compile(r"\b(hobby|bijverdienste|verdien|inkomsten|omzet|privepersoon|particulier|loondienst)\b")
# round 166: the policy read out ("Ik zie op de polis 'alleenstaand' staan, dat was nog van toen ik alleen woonde.")
_POLICY_READ = re.compile(r"\b(op|in) (mijn|de|onze|ons) (\w*polis|polisblad)\b|\balleenstaand\b")
FACT_MAX_WORDS = 30


# Round 70: when the policy began, told with ARAG named as the insurer only ("toen had ik jullie nog niet. pas 2
# maanden", "ik ben pas sinds maart bij jullie"): a fact for art. 9, no dissatisfaction.
_POLICY_SINCE = re.compile(
    r"\b(had|hadden) (ik|we|wij) (jullie|julie|arag|u) (\w+ )?(nog )?niet\b|"
    r"\b(ik|we|wij) (heb|hebben|ben|zijn|zit|zitten) (\w+ )?(jullie|julie|arag|bij jullie|bij arag|bij u) (\w+ )?"
    r"(pas|nog maar|sinds|net)\b[^.?!]{0,20}|\b(pas|nog maar|sinds) (\w+ ){0,2}(bij jullie|bij arag|bij u)\b"
)


def policy_start_told(text: str) -> bool:
    """Round 70: when the policy began, told mid-check with ARAG named only as the insurer; no word of blame or
    displeasure, nothing of ARAG's service."""
    plain = fold(text).lower()
    if not _POLICY_SINCE.search(plain) or len(plain.split()) > FACT_MAX_WORDS or "?" in plain:
        return False
    rest = _POLICY_SINCE.sub(" ", plain)
    return not (ARAG_NAMED.search(rest) or BLAME.search(rest) or _DISPLEASED.search(rest) or _SERVICE_TOLD.search(rest))


def plain_fact(text: str) -> bool:
    plain = fold(text).lower()
    told = _TOLD_WHEN.search(plain) or _ROLE_FACT.search(plain) or _POLICY_READ.search(plain)
    if len(plain.split()) > FACT_MAX_WORDS or "?" in plain or "!" in plain or not told:
        return False
    if ARAG_NAMED.search(plain) or _DISPLEASED.search(plain):
        return False
    if re.search(r"\b(ik|wij|we)\b", plain):  # the customer's own inaction is no dissatisfaction
        plain = _OWN_INACTION.sub(" ", plain)
    return load_detector().without_dissatisfaction(plain, bare_negation=bool(_ROLE_FACT.search(plain)))


MODULES_MAX_WORDS = 12


def modules_told(text: str) -> bool:
    """'Ik heb Verkeer bij jullie.': the policy's modules told, nothing else (no question, no blame)."""
    plain = fold(text).lower()
    if len(plain.split()) > MODULES_MAX_WORDS or "?" in plain or BLAME.search(plain) or _DISPLEASED.search(plain):
        return False
    return bool(parse_modules(text))


def no_complaint_in_a_fact_after_an_answer(message: Message) -> None:
    if after_an_answer() or in_conflict_form() or last_verdict_state() is not None:
        _cleared_when(
            message, lambda text: plain_fact(text) or modules_told(text) or policy_start_told(text), "intent:feit"
        )


# Round 61: disagreeing with ARAG's jurist later, asked as a hypothetical ("Wat gebeurt als ik later met jullie jurist
# niet eens ben over hoe we het aanpakken?"): art. 17's question (the arbitrator), no dissatisfaction yet.
_DISAGREE_LATER = re.compile(
    r"\b(wat (gebeurt|gebeurd|nu|dan)|en|stel( dat)?) (er )?als (ik|we|wij) (het )?(later |straks |ooit |dan )?(\w+ ){0,5}"
    r"(niet eens (ben|zijn|word|worden)|het oneens (ben|zijn)|oneens (ben|zijn)|van mening verschil\w*)\b|"
    r"\bals (ik|we|wij) (het )?(later |straks |ooit )?(\w+ ){0,5}(niet eens (ben|zijn|worden|word)|het oneens (ben|zijn))\b"
)


def disagreement_asked_ahead(text: str) -> bool:
    plain = fold(text).lower()
    return "?" in plain and bool(_DISAGREE_LATER.search(plain)) and not BLAME.search(plain)


def no_complaint_for_a_disagreement_ahead(message: Message) -> None:
    _cleared_and_answered(message, disagreement_asked_ahead, "intent:onenigheid_vooraf", "faq_disagreement")


# Round 64: a first message that tells the policyholder died and the policy was in their name ("Mijn man is drie weken
# geleden overleden. De rechtsbijstandverzekering stond op zijn naam.") asks about art. 15 (the policy after a death),
# with no word of dissatisfaction; and a question when or where to report ("Moet ik het nu al bij jullie melden of eerst
# zelf bezwaar maken?") asks art. 7. Seeds 000/001: a complaint is dissatisfaction with ARAG's service.
_DIED = re.compile(r"\b(overleden|gestorven|overleed|stierf|overlijden|verongelukt|omgekomen|om het leven gekomen)\b")
# round 172: ARAG's silence told beside the death ("niemand reageert op mijn mails") keeps it what the detector said
_SILENCE = re.compile(
    r"\b(niemand|nooit) (\w+ )?(reageert|reageerde|belt|belde|antwoordt|antwoordde|neemt op)\b|\bgeen (reactie|antwoord)\b"
)
_POLICY_IN_THEIR_NAME = re.compile(
    r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b[^.?!]{0,30}\bop (zijn|haar) naam\b|\bop (zijn|haar) naam\b[^.?!]{0,30}"
    r"\b(polis|verzekering|rechtsbijstand\w*|flexpolis)\b|\b(zijn|haar) (polis|verzekering|rechtsbijstand\w*|flexpolis)\b"
    # round 172: "Hij had bij jullie een Flexpolis."
    r"|\b(hij|zij|ze) (had|hadden|heeft) (\w+ ){0,3}(een|de) (\w+ )?(polis|verzekering|rechtsbijstand\w*|flexpolis)\b"
)
_REPORT_ASKED = re.compile(
    r"\b(moet|kan|mag|moeten|kunnen|mogen) (ik|we|wij)\b[^.?!]{0,50}\b(bij (jullie|arag|u) )?(aan)?melden\b|\b(wanneer|hoe snel) (moet|kan|meld) (ik|we|wij)\b[^.?!]{0,30}\bmelden\b"
)
DEATH_MAX_WORDS = 80  # round 176: also a letter ("Geachte mevrouw, heer, ... Met vriendelijke groet")


def policy_after_a_death(text: str) -> bool:
    plain = fold(text).lower()
    # round 143: also asked whether the policy in their name goes on ("Geldt die nog wel?"), the death told before
    told = _DIED.search(plain) or re.search(POLICY_GOES_ON, plain)
    if len(plain.split()) > DEATH_MAX_WORDS or not (told and _POLICY_IN_THEIR_NAME.search(plain)):
        return False
    if BLAME.search(plain) or _DISPLEASED.search(plain) or _SILENCE.search(plain):
        return False
    # round 172: the grief words of the story itself ("overleden na een aanrijding ... geschept") are no dissatisfaction
    # with ARAG when nothing of ARAG's service is told and no explicit cue of a complaint is in it
    return load_detector().without_dissatisfaction(plain) or not (
        _SERVICE_TOLD.search(plain) or match_cues(normalise(plain))
    )


def reporting_asked(text: str) -> bool:
    plain = fold(text).lower()
    if "?" not in plain or not _REPORT_ASKED.search(plain) or len(plain.split()) > FACT_MAX_WORDS:
        return False
    if BLAME.search(plain) or _DISPLEASED.search(plain) or _SERVICE_TOLD.search(plain):
        return False
    # the objection the customer must lodge with the other side ("eerst zelf bezwaar maken") is the case, and the advice
    # asked ("of kunnen we het beter meteen bij jullie melden?", round 181) no "kon beter": no displeasure
    return load_detector().without_dissatisfaction(_ADVICE_ASKED.sub(" ", _OBJECTION_TO_LODGE.sub(" ", plain)))


_OBJECTION_TO_LODGE = re.compile(
    r"\b(het )?(bezwaar|beroep)(schrift|termijn)?\b( (maken|indienen|aantekenen|instellen))?"
)
_ADVICE_ASKED = re.compile(r"\bbeter\b(?= (meteen|direct|eerst|gelijk|nu|zelf|gewoon|alvast)\b)")


def no_complaint_about_a_death_or_reporting(message: Message) -> None:
    _cleared_when(message, lambda text: policy_after_a_death(text) or reporting_asked(text), "intent:polisvraag")


# Round 179: the customer's own threat to the other side, asked about ("ik heb hem gezegd dat ik dat ding zelf kapot sla
# als hij hem niet uitzet. Maakt dat nog uit voor jullie?"): art. 11f's question, no dissatisfaction with ARAG.
OWN_THREAT = re.compile(
    r"\b(ik|we|wij) (heb|hebben) (hem|haar|ze|hen|die \w+) (\w+ ){0,2}(gezegd|gedreigd|geappt|geschreven|toegeroepen)\b"
    r"[^?]{0,120}\b(kapot|in elkaar|slaan|sla|sloop|slopen|afmaken|te lijf|aangifte|een klap)\b|"
    r"\b(ik|we|wij) (heb|hebben) (hem|haar|ze|hen) (bedreigd|geslagen|geduwd|uitgescholden)\b"
)


def own_threat_asked(text: str) -> bool:
    plain = fold(text).lower()
    return bool(OWN_THREAT.search(plain) and ASKS_WHAT_IT_CHANGES.search(plain))


def no_complaint_about_own_conduct(message: Message) -> None:
    _cleared_when(message, own_threat_asked, "intent:eigen_gedrag")
