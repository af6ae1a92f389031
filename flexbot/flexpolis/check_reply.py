"""Is this message a reply to the coverage check's open question? (pure functions, no Rasa)

The intent classifier reads some replies as a general question: "ik weet het echt niet, mijn man
heeft die verzekering afgesloten" as the waiting period, "heb net gekeken, buren zijn niet
uitgesloten" as what is not covered, a date of death in an inheritance check as the end of the
policy. The FAQ rule would answer those before the form reads them. `answers_the_check` tells the
NLU pipeline (bot/components/check_reply.py) when the form should read the message first: it is no
question, and the form's own parsers take something from it that the check still misses, or it tells a fact
that may change the outcome unasked (`outcome_note`: a threat to the other side, drink in a traffic case).

Rounds 33-42 added the tests bot/components/check_reply.py uses for other reroutes: a protest against the verdict
(`protests_the_verdict`), a story that asks (`tells_a_case`), a request for help with a conflict
(`asks_for_help_with_a_case`), and a question whether ARAG pays a named cost (`asks_about_a_cost`, art. 10).
"""

from __future__ import annotations

import re
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import conflict_cues, conflicts, cost_questions, dialogue_description, dialogue_state, replies
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import format_euro, knowledge

# "ik weet niet hoe ik het moet melden": a question in other words, not "weet ik niet" to the question.
INDIRECT_QUESTION = re.compile(
    r"\b(weet|snap|begrijp) (ik )?(het )?((echt|eigenlijk|ook) )?niet (hoe|wat|waar|wanneer|wie|waarom|welke?)\b"
)
# Question words the general pattern (conversation.QUESTION) leaves to the classifier.
QUESTION_START = re.compile(r"^(hoeveel|hoelang|hoe lang|waarvoor|waarmee|waarover|vanaf wanneer|tot wanneer)\b")
# A question after the reply ("nee, maar wat kost een advocaat"): the general question stays.
QUESTION_LATER = re.compile(
    r"[,.;]\s*(en |maar )?(wat|hoe|waar|wanneer|wie|welke?|waarom|hoeveel|kan ik|mag ik|moet ik)\b"
)


def asks(text: str) -> bool:
    """The message asks something, also without a question mark."""
    t = fold(text).strip()
    return bool(
        talk.QUESTION.search(t) or QUESTION_START.search(t) or INDIRECT_QUESTION.search(t) or QUESTION_LATER.search(t)
    )


def facts_told(state: CheckState, text: str) -> dict[str, Any]:
    """What the message tells that the check still misses: the answer to the open question (or that the
    customer does not know it), a policy option, the start of the first event, the modules."""
    name = state.next_question()
    if name is None:
        return {}
    answer = answers.parse_answer(name, text)
    found: dict[str, Any] = dict(answer.changes) if not answer.reason else {}
    found.update(answers.options_in_text(text))
    first_event = answers.first_event_in_text(text)
    if first_event is not None:
        found["first_event_after_start"] = first_event
    if answers.MODULES_ON_POLICY.search(fold(text)):
        found["modules"] = answers.parse_modules(text)
    missing = set(state.verdict().missing)
    told = {k: v for k, v in found.items() if k in missing and v is not None}
    for option, value in answers.options_in_text(text).items():
        if option not in told and _changes_the_outcome(state, option, value):
            told[option] = value  # "op mijn polis staat 'uitsluiting arbeidsrecht'": a caveat of the verdict, settled
    return told


def _changes_the_outcome(state: CheckState, name: str, value: Any) -> bool:
    if getattr(state.question, name, None) == value:
        return False
    before = state.verdict()
    after = dialogue_state.apply(state, {name: value})[0].verdict()
    return (after.status, after.articles) != (before.status, before.articles)


# Drink told in a traffic case (Verkeer 4a): the customer over the legal limit, in words, settles it (never the
# other driver: "de andere bestuurder zat boven de limiet" is no reason to refuse the customer).
DRINK = re.compile(r"\b(blazen|geblazen|blaastest|alcohol|promille|gedronken|drank|bier\w*|wijn\w*|drugs|geblowd)\b")
OVER_THE_LIMIT = re.compile(
    r"\b(ik|we|wij) (zat|zaten|was|waren|ben|zit) (\w+ ){0,2}boven de (limiet|grens|toegestane)\b|"
    r"\b(ik|we|wij) (heb|hebben|had|hadden|ben|was|werd) (\w+ ){0,2}positief (geblazen|getest)\b|"
    r"\b(ik|we|wij) (had|hadden|heb|hebben) (\w+ ){0,2}te veel (op|gedronken)\b|"
    r"\b(ik|we|wij) (zat|zaten|was|waren) (\w+ )?(erboven|eroverheen)\b"
)
# Round 63: the household member the check is about drove ("Mijn zoon (19, woont thuis) ... hij zat erboven").
INSURED_OVER_THE_LIMIT = re.compile(
    r"\b((hij|zij|ze) (zat|was|bleek)|(zat|was|bleek) (hij|zij|ze)) (\w+ ){0,2}(boven de (limiet|grens|toegestane)|erboven|"
    r"eroverheen)\b|"
    r"\b(hij|zij|ze) (heeft|had|is|was|werd) (\w+ ){0,2}positief (geblazen|getest)\b|"
    r"\b(hij|zij|ze) (had|hadden|heeft) (\w+ ){0,2}te ?veel (op|gedronken)\b"  # round 69
)
# Round 69: a blood or breath alcohol figure told ("hij blies 0,8 promille"); from 0.5 every driver is over the limit
DRIVING_WHEN_NOT_ALLOWED = "onder_invloed"  # the knowledge file's kind for Verkeer 4a
PROMILLE = re.compile(r"\b(\d)[,.](\d{1,2}) ?promille\b")
LIMIT_PROMILLE = 0.5


def _promille_over(folded: str) -> bool:
    found = PROMILLE.search(folded)
    return found is not None and float(f"{found.group(1)}.{found.group(2)}") >= LIMIT_PROMILLE


def over_the_limit_told(state: CheckState, text: str) -> bool:
    """The insured driver over the legal limit, told as a fact in a traffic case (Verkeer 4a decides)."""
    t = fold(text)
    kind = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    if not kind.get("traffic") or DRINK_SUPPOSED.search(t):
        return False
    other = state.question.involved not in (None, "policyholder")
    over = OVER_THE_LIMIT.search(t) or (other and INSURED_OVER_THE_LIMIT.search(t)) or _promille_over(t)
    return bool(over) and bool(DRINK.search(t) or conflict_cues.SELF_INFLUENCE.search(t))


# Drink supposed, not told: "en als hij ook gedronken had?", "stel dat ik onder invloed was"
DRINK_SUPPOSED = re.compile(
    r"\b(als|stel dat|wat als|en als|indien) (hij|zij|ze|ik|we|wij|mijn \w+|de bestuurder)\b[^.?!]{0,40}\b(gedronken|dronken|"
    r"onder invloed|drugs|geblowd|boven de limiet|positief geblazen)\b"
)


def outcome_note(state: CheckState, text: str) -> str | None:
    """What a fact told mid-check may change without being asked: threatening the other side (art. 11f), or
    drink or drugs in a traffic case ("wel eerlijk: ik had 2 biertjes op", Verkeer 4a; round 20). None: nothing."""
    t = fold(text)
    if re.search(talk.CONDUCT, t):
        return talk.short_and_details(talk.answer_text("conduct", text))[0]
    if state.question.conflict == "bestuurder_vereniging" and dialogue_description.PAID.search(t):
        # "het bestuur wil me een vaste vergoeding geven, verandert dat iets?" (round 46): C&W 2h only unpaid
        condition = knowledge().circumstances["onbetaalde_bestuursfunctie"]["condition"]
        return f"Dat kan uitmaken: {condition[0].lower()}{condition[1:]} {knowledge().cite(['Consument & Wonen 2h'])}"
    if state.question.conflict == "woning_kopen_voor_tekenen" and SIGNED_SUPPOSED.search(t):
        # round 107: "en als we straks wel tekenen?": then it is a contract for the own home (the Eigen woning option)
        return replies.faq_text("after_signing")
    kind = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    traffic = kind.get("traffic") and state.question.conflict != DRIVING_WHEN_NOT_ALLOWED  # 4a already said
    if (traffic or "verkeer" in kind.get("covered_by", {})) and DRINK_SUPPOSED.search(t):
        # "en als hij ook gedronken had, wat dan?" (round 55): Verkeer 4a holds for every conflict of the module
        return f"Dat kan uitmaken: {knowledge().article('Verkeer 4a').summary} {knowledge().cite(['Verkeer 4a'])}"
    over = over_the_limit_told(state, text)
    if not traffic or not (conflict_cues.SELF_INFLUENCE.search(t) or over):
        return None
    article = knowledge().article("Verkeer 4a")
    lead = "Dan bent u hiervoor niet verzekerd" if over else "Dat kan uitmaken"
    return f"{lead}: {article.summary} {knowledge().cite(['Verkeer 4a'])}"


SIGNED_SUPPOSED = re.compile(
    r"\b(als|wanneer|zodra|nadat|stel) (we|wij|ik) (\w+ ){0,7}(tekenen|teken|getekend|ondertekenen|ondertekend)\b|"
    r"\bna het (tekenen|ondertekenen)\b"
)
# "..., maakt dat uit?": the question is about the fact just told, so the check reads the fact
ASKS_WHAT_IT_CHANGES = re.compile(
    r"\b(maakt|maken) (dat|dit|het) (nog |dan |niet |dan niet )?(iets |wat )?uit\b|\b(verandert|veranderd) (dat|dit|het) (nog )?(iets|wat)\b|"
    r"\b(is|was) (dat|dit) (erg|een probleem)\b|\bheeft (dat|dit) (gevolgen|invloed)\b|"
    r"\bwat betekent (dat|dit) (dan )?voor (mij|ons|mijn zaak)\b|"  # round 60: "'uitsluiting arbeidsrecht'. Wat betekent dat voor mij?"
    # round 63: "Telt het dat ik nu zzp'er ben?", "speelt dat nog een rol?"
    r"\btelt (het|dat|dit) (nog |ook |dan )?(mee )?dat\b|\bspeelt (het|dat|dit) (nog |ook |dan )?(een rol|mee)\b|"
    r"\btelt (het|dat|dit) (dan |nu )?(wel|toch|anders)\b"  # round 74: "... geen samenlevingscontract. Telt het dan wel?"
)


# Round 26: a doubt about the story just answered, heard as a new coverage question ("We hebben wel een contract
# getekend, dus het is een overeenkomst toch?", "Ik heb daarnaast ook een baan in loondienst. Maakt dat uit?"): it
# asks what the detail changes and names no conflict or other party of its own.
TAG_QUESTION = re.compile(
    r"\b(toch( goed| wel| zo)?|niet dan|of niet)\s*\?\s*$|"
    r"\btoch (wel )?(onder|gedekt|verzekerd)\s*\?\s*$|"  # round 60: "..., dan valt het er toch onder?"
    r"\b(valt|vallen|hoort) (het|dat|dit|ze) (dan |toch |eigenlijk )*niet (daar|er|hier)? ?onder\s*\?\s*$"  # round 82
)
STORY_DETAIL_WORDS = 30


def doubts_the_verdict(text: str) -> bool:
    t = fold(text).strip()
    if len(t.split()) > STORY_DETAIL_WORDS or not (ASKS_WHAT_IT_CHANGES.search(t) or TAG_QUESTION.search(t)):
        return False
    guess = conflicts.normalise_conflict(text)
    return guess.kind is None and guess.opponent is None


def detail_of_the_story(last: dict[str, Any], text: str) -> bool:
    """Round 60: a detail asked about right after a verdict ("Het huurcontract komt gewoon op mijn eigen naam, ik heb
    geen bv of zo. Maakt dat uit?" after art. 11h) that, read with the story it follows, leaves the same kind of
    conflict, though the detail alone reads as another one (a lease)."""
    kind = CheckState.load(last.get("state")).question.conflict
    return asks_about_a_detail(kind, str(last.get("description") or ""), text)


def asks_about_a_detail(kind: str | None, story: str, text: str) -> bool:
    """A short question what a detail changes ("Telt het dat ik nu zzp'er ben?") that, read with the story, leaves
    its kind of conflict."""
    t = fold(text).strip()
    if len(t.split()) > STORY_DETAIL_WORDS or not (ASKS_WHAT_IT_CHANGES.search(t) or TAG_QUESTION.search(t)):
        return False
    return bool(kind and story) and answers.facts_in_description(f"{story} {text}").get("conflict") == kind


# Round 33: a protest against the verdict that tells no fact: the premium paid, the years as a customer, "serieus?",
# "het gaat om het principe". The verdict stands (actions/coverage_follow_up.py); no premium or complaint answer.
PROTEST = re.compile(
    r"\b(ik|we|wij) (\w+ ){0,2}(betaal|betalen|betaalde|betaalden) (\w+ ){0,4}premie\b|"
    r"\b(al )?(\d+|tien|twintig|vijftien|zoveel|vele|jaren|jarenlang) (jaar |jaren )?(lang )?(klant|lid|verzekerd|premie)\b|"
    r"\b(daar|waar|waarvoor) (betaal|betalen) (ik|we|wij) (dan |toch |al |nou )*(\w+ ){0,2}premie\b|"  # round 64
    r"\b(dat |het )?(scheelde|scheelt|bespaarde|bespaart) (\w+ )?premie\b|"  # round 68: "..., dat scheelde premie"
    r"^(serieus|echt waar|meen je dat|meent u dat|dat meen je niet|dat meent u niet|dat kan toch niet|kom op)\b|"
    r"\bom het principe\b|\bprincipekwestie\b|\bwaar betaal ik (dan )?(eigenlijk )?(premie )?voor\b"
)
# ... unless the premium itself is asked about ("hoeveel premie betaal ik per maand?")
PREMIUM_QUESTION = re.compile(
    r"\b(hoeveel|wanneer|hoe ?hoog|omhoog|verhoog\w*|verhoging|stijg\w*|duurder|goedkoper|korting|per (maand|jaar)|"
    r"afschrijv\w*|incasso|terug(betaald|krijgen|storten))\b"
)


def moves_abroad(text: str) -> bool:
    """Round 66: a move abroad told with no conflict ("Als alles doorgaat verhuizen we volgend voorjaar naar Frankrijk"):
    the policy's end (art. 15) is what it asks about."""
    if not dialogue_description.MOVING_ABROAD.search(fold(text)):
        return False  # most messages: no full reading of the story in the NLU step
    found = answers.facts_in_description(text)
    return bool(found.get("facts.verhuist_naar_buitenland")) and not found.get("conflict")


def premium_protest(text: str) -> bool:
    """ "Daar betaal ik toch premie voor?": a protest in the premium's name, not a question about the premium."""
    said = [s for s in re.split(r"(?<=[.?!])\s+", fold(text)) if "premie" in s]  # the premium's own sentence
    return bool(said) and all(PROTEST.search(s) and not PREMIUM_QUESTION.search(s) for s in said)


def protests_the_verdict(text: str) -> bool:
    """After a verdict: a protest that names no conflict of its own and asks nothing about the premium."""
    t = fold(text).strip()
    if len(t.split()) > STORY_DETAIL_WORDS or not PROTEST.search(t) or PREMIUM_QUESTION.search(t):
        return False
    return conflicts.normalise_conflict(text).kind is None


CASE_WORDS = 12  # a story, not a form reply ("met mijn werkgever")
# Round 82: a bill of the other side asked about ("nu een rekening van 1100. hij wil niet zakken. moet ik dit betalen??"):
# whether the customer owes it, a coverage question, not what ARAG's help costs (art. 6).
BILL_OWED = re.compile(
    r"\b(moet|moeten) (ik|we|wij) (dit|die|deze|dat|het|die rekening|deze rekening|die factuur|dat bedrag|dit bedrag)"
    r"( (nou|nu|dan|echt|wel|gewoon|allemaal|zomaar|helemaal))* (be)?talen\b(?! (aan|voor|bij) (jullie|arag|u)\b)"
)
BILL_TOLD = re.compile(r"\b(rekening|factuur|nota|aanmaning|naheffing|eist|vordert|rekent|gerekend|in rekening)\b")


# Round 82: "eigen risico" only in what the other side said ("Het park zegt 'eigen risico, u heeft getekend'"): the
# story's defence, not a question about the eigen risico of this policy (art. 14).
OWN_RISK = re.compile(r"\beigen risico\b")
OWN_RISK_QUOTED = re.compile(
    r"(\b(zegt|zeggen|zei|zeiden|beweert|beweren|noemt|noemen|roept|schrijft|schreef|antwoordt|antwoordde)\b[^.?!]{0,30}"
    r"|['\"\u2018\u201c]\s?)(op )?(eigen risico|'eigen risico)\b"
)


def quotes_the_other_sides_own_risk(text: str) -> bool:
    """Every "eigen risico" of the message is in the other side's words, in a story that asks."""
    t = fold(text)
    told = len(OWN_RISK.findall(t))
    return bool(told) and len(OWN_RISK_QUOTED.findall(t)) >= told and tells_a_case(text)


def asks_if_a_bill_is_owed(text: str) -> bool:
    """A story of a bill of another party that asks whether the customer must pay it."""
    t = fold(text)
    return bool(BILL_OWED.search(t) and BILL_TOLD.search(t)) and tells_a_case(text)


def tells_a_case(text: str) -> bool:
    """A story of a conflict that asks something: a coverage question, whatever reply it was heard as."""
    t = fold(text)
    return len(t.split()) >= CASE_WORDS and asks(text) and _case_told(text)


# "wat kost het dan als ik toch een jurist van jullie wil?": the cost of help asked (after a 'not covered').
COST_ASKED = re.compile(r"\b(wat|hoeveel) (kost|kosten)\b")


def story_without_question(text: str) -> bool:
    """Round 95: a story of a conflict told without a question ("... beet een loslopende hond in mijn kuit. De eigenaar
    heeft netjes zijn gegevens gegeven."), whatever general topic one of its words names."""
    t = fold(text)
    about_arag = re.search(
        r"\b(arag\w*|jullie|julie|jurist\w*|advocaat|behandelaar\w*|schikking|(mijn|onze) zaak|kans van slagen)\b", t
    )
    asked = "?" in text or asks(text)
    return len(t.split()) >= CASE_WORDS and not asked and not about_arag and _case_told(text)


# "Kan ARAG mij helpen?", "helpen jullie daarbij?", "kunnen jullie iets voor me doen?"
HELP_ASKED = re.compile(
    r"\b(kan|kunnen|kunt|wil|willen) (arag|jullie|u) (mij|me|ons) (\w+ )?(helpen|bijstaan|ondersteunen|verdedigen)\b|"
    r"\b(helpen|helpt) (jullie|arag|u)\b|\b(kan|kunnen|kunt) (arag|jullie|u) (\w+ )?(iets|wat) (voor|aan) \w+ doen\b|"
    r"\b(krijg|kan ik) (\w+ )?(juridische )?hulp\b"
)


def asks_for_help_with_a_case(text: str) -> bool:
    """A story of a conflict (a kind the coverage check reads) with a request for help: a coverage question."""
    return bool(HELP_ASKED.search(fold(text))) and _case_told(text)


def _case_told(text: str) -> bool:
    """The story tells a kind of conflict of its own (not ARAG named as the one asked to help)."""
    return answers.facts_in_description(text).get("conflict") not in (None, "deze_verzekering")


def asks_about_a_cost(text: str) -> bool:
    """A question whether ARAG pays a cost it names ("De advocaat van de tegenpartij stuurt me een rekening voor zijn
    brieven. Die kosten betaalt ARAG toch?", art. 10), with no conflict of its own besides ARAG named as the payer."""
    keys = cost_questions.cost_keys(text) if asks(text) else []
    if not keys:
        return False
    if OTHER_SIDES_COSTS.intersection(keys):  # "de advocaat van mijn buurman stuurt me een factuur": art. 10 decides
        return True
    return not _case_told(text)


OTHER_SIDES_COSTS = frozenset({"buitengerechtelijke_kosten_tegenpartij", "proceskosten_tegenpartij"})


def answers_the_check(state_data: Any, text: str) -> bool:
    """The message, told while the check waits for an answer, is a reply the form should read first:
    it asks nothing, and it says the customer does not know the answer or tells a fact still missing; or it
    answers the open question and asks something besides ("Ik heb Inkomen. Wat gaat mij dit kosten?", round 26),
    which the form answers beside the check."""
    if state_data is None or not text.strip():
        return False
    state = CheckState.load(state_data)
    name = state.next_question()
    if name is None:
        return False
    if DRINK_SUPPOSED.search(fold(text)) and outcome_note(state, text):
        return True  # "en als hij ook gedronken had, wat dan?" in a traffic case: the check says Verkeer 4a (round 55)
    if asks(text) and not ASKS_WHAT_IT_CHANGES.search(fold(text)):
        return (
            name == "modules" and bool(answers.MODULES_ON_POLICY.search(fold(text))) and name in facts_told(state, text)
        )
    return answers.parse_answer(name, text).unknown or bool(facts_told(state, text)) or bool(outcome_note(state, text))


def corrects_the_policy(text: str) -> bool:
    """After a verdict: the message tells the policy's modules or options, names no conflict and asks
    nothing, so it changes the last verdict instead of starting a check."""
    if asks(text) or answers.facts_in_description(text).get("conflict"):
        return False
    t = fold(text)
    told = answers.MODULES_ON_POLICY.search(t) or answers.MODULE_NAME.search(t) or answers.options_in_text(text)
    return bool(told) and bool(answers.parse_modules(text) or answers.options_in_text(text))


# Round 82: a second matter of the art. 11g minimum or less told beside the check's conflict ("Ook is mijn hoesje
# weggeraakt, 140 euro. Kan dat er ook bij als aparte zaak?", "Diezelfde tandarts heeft mij trouwens €140 gerekend
# ... kan ik dat dan wel melden?"): on its own it is not insured; within the same conflict it counts in its amount.
SEPARATE_MATTER = re.compile(
    r"\b(apart\w*|los(se)? (van|zaak)|ook nog|trouwens|daarnaast|bovendien|nog (een|iets)|ander\w* (zaak|conflict|"
    r"kwestie|probleem)|er ook bij)\b"
)


def separate_small_matter(state: CheckState, text: str) -> str | None:
    """The art. 11g answer for a second, small matter asked about during or after a check; None: not one."""
    t = fold(text)
    if not ("?" in text or asks(text)) or not SEPARATE_MATTER.search(t):
        return None
    amount = answers.amount_in_text(text)
    minimum = knowledge().required_amount("minimum")
    if amount is None or amount > minimum or amount == state.question.amount:
        return None
    # the minimum's own answer (the knowledge file): Verkeer has none, interest and collection costs do not count
    return (
        f"Als aparte zaak niet: een conflict van {format_euro(amount)} gaat om {format_euro(minimum)} of minder. "
        f"{replies.faq_text('minimum')} Hoort het bij hetzelfde conflict, dan telt het mee in het bedrag waar dat conflict "
        "om gaat."
    )
