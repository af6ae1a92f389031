"""Reading a description: the facts a story tells (with the story it follows), a description typed
mid-check (another matter, a restart, a correction of the conflict), yes/no facts said in words, the
household member the story is about, and exclusions the story points to."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.coverage_policy import _policy_facts
from actions.coverage_slots import MAX_DETAIL_WORDS, _detail, _extras, _fresh_start, _previous_user_text
from flexbot.dutch import fold
from flexbot.flexpolis import check_reply, dialogue_amounts, english, kind_reader, story_facts
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.checker import INSURED_OPPONENTS
from flexbot.flexpolis.conflict_cues import CUSTOMER_WITHOUT_MOTOR
from flexbot.flexpolis.conflicts import normalise_conflict
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import knowledge

# A message that sets something straight ("nee, ...", "het gaat niet over ...", "niet mijn man"):
# when it changes nothing, the answer so far is confirmed rather than silently asked past.
CORRECTING = re.compile(
    r"^(nee|neen|nope|sorry|correctie|oh|wacht|klopt niet)\b|\bniet (mijn|m'?n|over|om)\b|"
    r"\b(gaat|ging) (het )?(helemaal )?(niet|geen) (over|om)\b"
)


# A follow-up on the question just answered: "En met de verdeling van ons huis?" (no conflict of
# its own) or an objection "Maar het is toch ...?": read together with that question.
INTERJECTION = r"^((huh|he|hè|uh|eh|euh|oh|o|nou|hmm|tja)\W+)*"  # "huh maar het begon toen ik nog verzekerd was"


FOLLOW_UP = re.compile(INTERJECTION + r"(en|maar|ook|dus|geldt dat ook|en wat als)\b")


OBJECTION = re.compile(INTERJECTION + r"(maar\b.*\btoch\b|ook niet\b|zelfs niet\b|zelfs als\b)")


# "laat maar, het gaat om iets anders: ...": a restart word before another conflict.
RESTART = re.compile(
    r"^(laat maar|stop|opnieuw|begin opnieuw|vergeet (het|dat)|nee wacht|wacht|sorry)\b[\s,.:;!-]*"
    r"(,? ?(ik heb|het gaat|het is|eigenlijk|nog)\b)?"
)


AMOUNT_CORRECTED = re.compile(
    r"\b(sorry|typfout|tikfout|verkeerd|vergist|ik bedoel\w*|het was|het is|was het|eigenlijk)\b"
)


def _facts_told(tracker: Tracker, text: str) -> dict[str, Any]:
    """The facts in a description; a follow-up on the last verdict ("En met de verdeling van ons
    huis?") or a detail after a first answer ("hij zegt dat hij het niet gedaan heeft" after "mijn
    zoon is opgepakt voor winkeldiefstal") is read with the story it follows. An English story is read in
    its Dutch gist (english.py): "the gearbox died" is no typo of a Dutch word (round 19)."""
    found = _facts_in(text)
    if not _fresh_start(tracker):
        return found
    last = _extras(tracker).get("last")
    if isinstance(last, dict) and SAME_PARTY_TOO.search(fold(text)) and not found.get("opponent"):
        return _same_party_again(last, found)
    if isinstance(last, dict) and _same_disaster(last, text):
        return {**answers.facts_in_description(f"{last.get('description', '')} {text}"), "conflict": _last_kind(last)}
    changed = _amount_changed(last, text) if isinstance(last, dict) else None
    if isinstance(last, dict) and changed is not None:
        # round 107: "o wacht nee hij was 249 sorry", "maar moest ook nog 140 betalen bij een andere kapper": the stake of
        # the story just answered, corrected or added to (with what else the message tells: "En ik heb C&W")
        story = answers.facts_in_description(str(last.get("description") or ""))
        told = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}
        return {**story, **told, "conflict": _last_kind(last) or story.get("conflict"), "amount": changed}
    if isinstance(last, dict) and (_follows_up(text, found) or _detail_after_verdict(last, text, found)):
        return answers.facts_in_description(f"{last.get('description', '')} {text}")
    if isinstance(last, dict) and _amount_corrected(found, text):
        # round 84: "sorry typfout, het was 1.400 euro" corrects the amount of the story just answered
        story = answers.facts_in_description(f"{last.get('description', '')} {text}")
        return {**story, "amount": found["amount"]} if story.get("conflict") else found
    if not found.get("conflict") and (_detail(text) or len(text.split()) <= MAX_DETAIL_WORDS):
        before = _previous_user_text(tracker)
        joined = answers.facts_in_description(f"{before} {text}") if before else {}
        if not joined.get("conflict"):
            return found
        # a short question joins the story only when the two tell a fact of the story neither tells alone ("mijn
        # neef is advocaat ..." + "Ik heb hem al ingeschakeld. Betalen jullie dat?": art. 11a, round 26)
        told_alone = {**answers.facts_in_description(before or ""), **found}
        new_circumstance = any(key.startswith("facts.") for key in set(joined) - set(told_alone))
        # or the question tells the policy's modules: "We hebben Verkeer. Moeten wij dat geld later terugbetalen?"
        modules_told = bool(answers.MODULES_ON_POLICY.search(fold(text)))
        return joined if _detail(text) or new_circumstance or modules_told else found
    return found


# Round 52: "o wacht, ze hebben ook de parketvloer beschadigd, herstel 1.800 euro. verandert dat iets?" right after a
# verdict: more harm done by the party of the last story, who is named by a pronoun only (not "hij heeft ook een
# Flexpolis", not "ze had ook mijn laptop te leen": another matter).
SAME_PARTY_TOO = re.compile(
    r"\b(ze|zij|hij|die|diezelfde \w+|dezelfde \w+) (hebben|heeft) (\w+ ){0,2}ook\b[^.?!]{0,60}\b(beschadigd|"
    r"kapot ?gemaakt|gebroken|vernield|stukgemaakt|stuk gemaakt|laten vallen|zoekgemaakt|bekrast|gedeukt|verknoeid)\b"
)


# Round 104: exclusions that hold for every conflict an event brings (a natural disaster, terrorism, riots; art. 11m, 11r,
# 11s): a follow-up on that story ("Maar de gemeente heeft te laat gewaarschuwd. Kunnen we de gemeente aansprakelijk
# stellen?", "En onze annuleringsverzekering wil ook niet uitkeren?") is still about it.
EVENT_EXCLUSIONS = frozenset({"natuurramp", "terrorisme", "molest"})


def _last_kind(last: dict[str, Any]) -> str | None:
    return CheckState.load(last.get("state")).question.conflict


def _same_disaster(last: dict[str, Any], text: str) -> bool:
    t = fold(text).strip()
    follows = FOLLOW_UP.search(t) or OBJECTION.search(t)
    return _last_kind(last) in EVENT_EXCLUSIONS and bool(follows) and not OTHER_MATTER_NAMED.search(t)


OTHER_MATTER_NAMED = re.compile(
    r"\b(ander\w* (zaak|conflict|kwestie|probleem|vraag|ding|punt)|nog een (zaak|vraag|conflict)|los daarvan|"
    r"iets (heel |totaal )?anders)\b"
)


def _same_party_again(last: dict[str, Any], found: dict[str, Any]) -> dict[str, Any]:
    """The last story with what this message adds: the same conflict, its amounts added up (art. 11g counts what
    the conflict is about), the rest of this message's facts besides."""
    before = answers.facts_in_description(str(last.get("description") or ""))
    if not before.get("conflict"):
        return found
    again = {**before, **{k: v for k, v in found.items() if k not in ("conflict", "opponent", "amount")}}
    if found.get("amount") is not None:
        again["amount"] = found["amount"] + (before.get("amount") or 0)
    return again


def _facts_in(text: str) -> dict[str, Any]:
    """The facts of a description; English is read in its Dutch gist, and English mixed with Dutch adds
    what its gist tells to what the Dutch words tell ("no warranty at all ... Ik heb Verkeer": Verkeer 4d)."""
    if english.looks_english(text):
        return answers.facts_in_description(english.gist(text))
    found = answers.facts_in_description(text)
    if english.has_english(text):
        found = {**answers.facts_in_description(english.gist(text)), **found}
    return found


def _nothing_follows(found: dict[str, Any]) -> bool:
    """No kind read and nothing said yet: the form would ask what the conflict is. Facts told without a kind may
    decide already ("130 euro te veel gerekend": art. 11g; "ik verkoop sieraden via Etsy": C&W 1)."""
    return not found.get("conflict") and answers.apply(CheckState(), found)[0].next_question() == "conflict"


def _learned_kind(found: dict[str, Any], text: str) -> dict[str, Any]:
    """The facts with the kind the learned reader is sure of, when the rules read none: "Ik bezorg maaltijden via
    een app. Ze hebben mijn account gedeactiveerd" names no kind the rules have words for."""
    if found.get("conflict"):
        return found
    kind = kind_reader.learned_kind(text)
    return {**found, "conflict": kind} if kind else found


# A question the customer answers at once ("Garantie? Nee, ...", "Schriftelijk? Ja."): a fact told, nothing asked.
SELF_ANSWERED = re.compile(
    r"(^|(?<=[.!?])\s+)[\w'-]+( [\w'-]+){0,2}\?\s*(nee|neen|ja|jawel|jazeker|klopt|helaas niet)\b|"
    # round 153: the bot's question said back before its answer ("Wanneer ik de verzekering heb afgesloten? Geen flauw
    # idee, een paar jaar terug.")
    r"^\W*(wanneer|waar|wie|welke|wat|hoe|of) [^?]{0,60}\?\s*(geen (flauw )?idee|weet ik (niet|niet precies)|"
    r"nee|ja|eh+m*|hmm+)\b",
    flags=re.IGNORECASE,
)


def _another_conflict(state: CheckState, found: dict[str, Any], text: str, story: str = "") -> bool:
    """'Mijn werkgever betaalt mijn loon niet, is dat verzekerd?' while the check is about the
    neighbour: a new question (another kind of conflict, asked as a question), not a contradiction."""
    if _harm_of_the_same_story(state, text, story):
        return False  # round 65: "Kan hij ook hulp krijgen voor zijn letsel?"
    if check_reply.ASKS_WHAT_IT_CHANGES.search(fold(text)):
        return False  # "Telt het dat ik nu zzp'er ben?": what a fact of this story changes, no new conflict
    conflict = found.get("conflict")
    text = SELF_ANSWERED.sub(" ", text)  # round 86: "Garantie? Nee, ik kreeg alleen een kwitantie.": no question
    asked = bool(talk.QUESTION.search(fold(text).strip())) or "?" in text
    if _person_asked_about(text):
        return False  # "Mijn zus ging mee, is zij ook verzekerd?": a person asked about, no conflict of hers told
    if talk.faq_topic_in(text) and (
        found.get("opponent") in (None, state.question.opponent)
        or all(m.startswith("opponent:") for m in normalise_conflict(text).matched)
    ):
        # a question about this case that names a party in passing (round 45): "De garage zegt dat het aan mij ligt. Hoe
        # bewijs ik dat?", "eerst zelf onderhandelen met de verzekeraar of meteen melden?"
        return False
    return bool(conflict) and state.question.conflict not in (None, conflict) and asked


# Round 82: what marks a message after a verdict as another matter, not a detail of the last story.
ANOTHER_MATTER = re.compile(
    r"\b(ook|nog een|ander\w* (zaak|conflict|kwestie|probleem|vraag|ding|punt)|daarnaast|los daarvan|trouwens|apart\w*)\b|"
    r"^\W*(ah|oh|o|ohja|o ja|oja)\b"
)
MODULE_NAMES = re.compile(r"\b(consument (en|&) wonen|c ?& ?w|verkeer|inkomen|modules?|polis|dekking)\b")


def _amount_changed(last: dict[str, Any], text: str) -> Decimal | None:
    """The stake after a correction ("hij was 249") or an extra cost ("ook nog 140 betalen") of the story whose answer
    weighed an amount (art. 11g); None: no such message."""
    before = CheckState.load(last.get("state")).question.amount
    told = re.sub(r"(^|[.!])\s*(\w+\s*){1,3}\?\s*$", r"\1", text.strip())  # "..., 1.020 euro. En dan?"
    asks = "?" in told or talk.QUESTION.search(fold(told))
    if before is None or len(text.split()) > MAX_DETAIL_WORDS or asks or _hypothetical_story(text):
        return None
    named = answers.facts_in_description(text).get("conflict")
    if named and named != _last_kind(last):
        return None  # "Het was geen lening: ik heb hem mijn oude auto verkocht voor €5.000": another kind of conflict
    return dialogue_amounts.stake_changed(Decimal(before), text)


def _hypothetical_story(text: str) -> bool:
    """ "En als iemand op een kruispunt tegen mijn auto aanrijdt en de schade is 150 euro?": another story, no correction."""
    return bool(re.match(r"\W*(en |maar )?(als|stel|wat als|wanneer)\b", fold(text)))


def _amount_corrected(found: dict[str, Any], text: str) -> bool:
    return found.get("amount") is not None and not found.get("conflict") and bool(AMOUNT_CORRECTED.search(fold(text)))


def _detail_after_verdict(last: dict[str, Any], text: str, found: dict[str, Any]) -> bool:
    """Round 82: a detail of the last story told with the modules, or asking what it changes, right after its verdict
    ("Maar het gaat om een huis, en ik heb Consument & Wonen met eigen woning. Valt het dan niet daaronder?" after art.
    11j; "Ik heb Consument & Wonen, ik huur dit appartement. Eerlijk gezegd kon ik de huur na mijn ontslag niet meer
    opbrengen." after art. 11l): read with that story it keeps its kind, and it shares a word with it, though alone it
    reads as another kind. Not another matter ("daarnaast", "nog een zaak")."""
    kind = CheckState.load(last.get("state")).question.conflict
    story = str(last.get("description") or "")
    t = fold(text)
    if not kind or found.get("conflict") in (None, kind) or ANOTHER_MATTER.search(t) or NEW_MATTER.search(t):
        return False
    if len(t.split()) > check_reply.STORY_DETAIL_WORDS:
        return False
    if not (answers.MODULES_ON_POLICY.search(t) or check_reply.ASKS_WHAT_IT_CHANGES.search(t)):
        return False
    # it shares a word with the story, or names no party of its own (round 87: "Verkeer heb ik. Hij heeft wel op een
    # briefje geschreven '3 maanden garantie'." after a used car bought privately: "garantie" alone reads as a purchase)
    if not talk._overlap(talk._words(MODULE_NAMES.sub(" ", t)), story) and found.get("opponent"):
        return False
    return answers.facts_in_description(f"{story} {text}").get("conflict") == kind


def _follows_up(text: str, found: dict[str, Any]) -> bool:
    t = fold(text).strip()
    return bool(OBJECTION.search(t)) or bool(FOLLOW_UP.search(t)) and not found.get("conflict")


# "Geen garantie nee, ...", "ja, maar ...": a reply that starts as an answer, not as a new story.
ANSWER_START = re.compile(r"^(ja|jawel|nee|neen|nope|geen|wel|klopt)\b")


def _mid_check(
    state: CheckState, extras: dict[str, Any], found: dict[str, Any], text: str, story: str = ""
) -> tuple[CheckState, dict[str, Any], dict[str, Any]]:
    """A description typed mid-check: another conflict asked about, or after 'laat maar', starts a
    new check; a detail in a reply that starts as an answer ("Geen garantie nee, hij zei alleen
    mondeling ...") that reads as another kind of conflict leaves the conflict as it was; the rest
    fills gaps, and only explicit facts may contradict."""
    if REPORT_WHEN.search(fold(text)):  # "Ik moet binnen zes weken bezwaar maken. Wanneer meld ik het?"
        found = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}  # this conflict's step
    restart = _restarts(state, found, text) or _replaces(state, found, text)
    if _another_conflict(state, found, text, story) or restart:  # the policy told stays the policy
        kept = _policy_facts(state)
        if REPLACING.search(fold(text)) and state.question.involved:  # a correction: still the same person's
            kept["involved"] = state.question.involved
        return CheckState(), {"restarted": text if restart else None}, {**kept, **found}
    t = fold(text).strip()
    worded: dict[str, Any] = {}  # "nee, geen garantie gekregen, ...": an answer in words (Verkeer 4d)
    for fact in state.verdict().missing:
        answer = _fact_in_words(fact, text)
        worded.update(answer.changes if answer else {})
    if state.question.conflict is not None and found.get("conflict") not in (None, state.question.conflict):
        # a detail told with an answer ("er zat garantie op, staat op de factuur. ik heb alleen c&w", "mijn
        # vriendin ging mee, zij heeft ook schade") keeps the conflict; only a correction may change it
        if not CORRECTING.search(t) or t.startswith("geen") or worded:
            found = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}
    if check_reply.over_the_limit_told(state, text):  # round 69: "Hij had wel gedronken, hij blies 0,8 promille."
        # Verkeer 4a decides, whatever the modules: the story's conflict is now the exclusion
        state = dataclasses.replace(
            state, question=dataclasses.replace(state.question, conflict=check_reply.DRIVING_WHEN_NOT_ALLOWED)
        )
        found = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}
    sharper = sharper_kind_told(state, text)
    if sharper:  # round 95: "Hij wordt vervolgd voor letsel door schuld" told with the modules: the case is that one
        state = dataclasses.replace(state, question=dataclasses.replace(state.question, conflict=sharper))
        found = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}
    state = _household_told(_household_opponent_told(state, text, story), text)
    found = {k: v for k, v in found.items() if k in answers.EXPLICIT or answers.get(state.question, k) is None}
    return state, extras, {**found, **worded, **_opening_answer(state, text), **_modules_looked_up(state, found, text)}


# Round 95: kinds a later answer may name that decide the case, in words no other kind shares: a prosecution for death or
# injury by fault (Verkeer 3c), the customer as a statutory director (Inkomen 3c), or not employed (Inkomen 3a, round 99).
SHARPER_KINDS = frozenset(
    {
        "dood_letsel_door_schuld",
        "dood_letsel_door_schuld_verkeer",
        "dood_letsel_door_schuld_zonder_motorrijtuig",
        "statutair_directeur",
        "ambtenaar",
        "overgenomen_vordering",  # round 110: "een lening van mijn broer waarvoor ik borg heb gestaan" (art. 11n)
    }
)


CIVIL_SERVANT = re.compile(
    r"\b(ik ben|als|ben ik) (\w+ ){0,2}ambtenaar\b|\b(met een|mijn) (vaste )?aanstelling\b|\baangesteld (bij|als)\b"
)


def sharper_kind_told(state: CheckState, text: str) -> str | None:
    before = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    if "inkomen" in before.get("covered_by", {}) and answers.NOT_EMPLOYED.search(fold(text)):
        return "zzp_opdracht"  # "ik heb trouwens een eigen praktijk, ik ben niet in loondienst" after a work conflict
    if state.question.conflict == "arbeidsovereenkomst" and CIVIL_SERVANT.search(fold(text)):
        return "ambtenaar"  # round 110: "correctie, bij de gemeente Utrecht, als ambtenaar met een aanstelling" (Inkomen 2b)
    kind = answers.facts_in_description(text).get("conflict")
    if kind == "dood_letsel_door_schuld" and before.get("traffic"):
        kind = "dood_letsel_door_schuld_verkeer"  # told after a traffic story: Verkeer 3c
    if state.question.conflict == "dood_letsel_door_schuld_verkeer" and CUSTOMER_WITHOUT_MOTOR.search(fold(text)):
        kind = "dood_letsel_door_schuld_zonder_motorrijtuig"  # "ik zat zelf ook op de fiets, geen auto" (C&W 2j too)
    return kind if kind in SHARPER_KINDS and kind != state.question.conflict else None


def household_opponent_told(state: CheckState, text: str, story: str) -> str | None:
    """Round 100: the other side of the story turns out to live with the customer ("Mijn vriend heeft ... op mijn naam
    afgesloten" then "We wonen samen"): a conflict between two insured people (art. 1)."""
    if not story or answers.household_opponent(story) or state.question.opponent in INSURED_OPPONENTS:
        return None
    return answers.household_opponent(f"{story} {text}")


def _household_opponent_told(state: CheckState, text: str, story: str) -> CheckState:
    against = household_opponent_told(state, text, story)
    if not against:
        return state
    return dataclasses.replace(
        state, question=dataclasses.replace(state.question, opponent=against, involved="policyholder")
    )


def _modules_looked_up(state: CheckState, found: dict[str, Any], text: str) -> dict[str, Any]:
    """'ik heb gekeken, er staat Consument & Wonen en Inkomen op' while the modules are asked, read
    as a description: no conflict of its own, so the modules it names answer the question."""
    if state.next_question() != "modules" or found.get("conflict") or found.get("modules"):
        return {}
    answer = answers.parse_answer("modules", text)
    return {} if answer.reason or answer.unknown else dict(answer.changes)


# Questions whose answer may open a longer story ("Alleen inkomen. Ik werk er 6 jaar ..."); yes/no
# questions are left out: a story may start with "nee" without answering them.
OPENING_ANSWERS = frozenset({"modules", "role", "involved", "country", "amount"})


OPENING_WORDS = 4


def _opening_answer(state: CheckState, text: str) -> dict[str, Any]:
    """The answer to the open question that opens a story told as a new description ("Alleen inkomen.
    Ik werk er 6 jaar in loondienst ..." to the modules question): taken, never asked again."""
    name = state.next_question()
    first = re.split(r"[.!?;:\n]", text.strip(), maxsplit=1)[0]
    if name not in OPENING_ANSWERS or not first or len(first.split()) > OPENING_WORDS:
        return {}
    if name == "amount" and not answers.EURO_MARK.search(fold(first)):
        return {}  # "2 jaar geleden. ..." is no amount
    answer = answers.parse_answer(name, first)
    return {} if answer.reason or answer.unknown else {k: v for k, v in answer.changes.items() if v is not None}


def _inheritance(state: CheckState, text: str, found: dict[str, Any]) -> dict[str, Any]:
    """In an inheritance check a death told before the policy began is C&W 2i's exclusion, not only art. 9's
    ("Opa overleed in 2022, de verzekering heb ik sinds 2024"; round 17)."""
    if state.question.conflict != "erfenis" or found.get("first_event_after_start") is not False:
        return found
    timing = answers.inheritance_timing(text, False)
    return {**found, **{k: v for k, v in timing.items() if v is not None}} if timing else found


# Yes/no facts a reply can state in words, whatever question is asked: (pattern, value).
WORDED_FACTS: dict[str, tuple[tuple[re.Pattern[str], bool], ...]] = {
    # Verkeer 4d: "geen garantie" is the fact "zonder garantie"; "met BOVAG-garantie" its opposite.
    "facts.tweedehands_zonder_garantie": (
        (re.compile(r"\b(zonder|geen) (\w+ )?(bovag-?|schriftelijke |dealer ?)?garantie\b"), True),
        # round 86: "Garantie? Nee, ik kreeg alleen een kwitantie."
        (
            re.compile(
                r"\bgarantie\W{1,3}(nee|neen)\b|\b(alleen|enkel|maar) een (kwitantie|bonnetje|aankoopbon|koopbon)\b"
            ),
            True,
        ),
        # "van een particulier via marktplaats": no dealer, so no BOVAG or dealer's guarantee
        (re.compile(r"\b(van|bij) een particulier\b|\b(via|op) marktplaats\b|\bparticuliere verkoper\b"), True),
        (re.compile(r"\b(met|wel|had|heb|kreeg) (\w+ )?(bovag-?|schriftelijke |dealer ?)?garantie\b"), False),
    ),
}


def _fact_in_words(name: str, text: str) -> answers.Answer | None:
    """A yes/no fact answered in words ("Geen garantie nee" to "... zonder BOVAG-garantie ...?"): the
    words decide, never the bare "nee" of a sentence that says the fact. None: no such words."""
    t = fold(text)
    value = next((v for pattern, v in WORDED_FACTS.get(name, ()) if pattern.search(t)), None)
    return None if value is None else answers.Answer({name: value})


# An exclusion the story points to but does not settle, named in the first answer (answer first)
# before the form gets to its question: (fact, words in the story, the sentence).
OPEN_EXCLUSIONS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "facts.tweedehands_zonder_garantie",
        re.compile(r"\b(tweedehands|occasion|gebruikte)\b"),
        "Ook niet bij een tweedehands motorrijtuig dat u kocht zonder BOVAG-garantie of schriftelijke "
        "garantie van een erkende dealer (art. 4d Verkeer).",
    ),
)


def _with_open_exclusion(head: str, state: CheckState, text: str) -> str:
    """The first answer with the sentence of each exclusion the story points to that is still open,
    before "Ik check nog ..."."""
    missing = state.verdict().missing
    t = fold(text)
    notes = " ".join(note for fact, words, note in OPEN_EXCLUSIONS if fact in missing and words.search(t))
    if not notes:
        return head
    check = " Ik check nog"
    return head.replace(check, f" {notes}{check}", 1) if check in head else f"{head} {notes}"


# "Wanneer moet ik het bij jullie melden?", "hoe snel moet ik het aangeven?": when to report (art. 7).
REPORT_WHEN = re.compile(
    r"\b(wanneer|hoe snel|hoe laat|binnen hoeveel tijd|hoeveel tijd heb ik|voor wanneer)\b[^.?!]{0,40}"
    r"\b(melden|aangeven|doorgeven|aanmelden|indienen)\b"
)


def _restarts(state: CheckState, found: dict[str, Any], text: str) -> bool:
    """'laat maar, het gaat om iets anders: <another conflict>': a new check, not a stop."""
    conflict = found.get("conflict")
    return bool(conflict) and state.question.conflict not in (None, conflict) and bool(RESTART.search(fold(text)))


# "andere situatie: ...", "nog een vraag: ...", "eigenlijk gaat het om iets anders": another conflict
# told mid-check; "nee sorry, het is niet de buurman maar mijn huurbaas": the conflict corrected.
NEW_MATTER = re.compile(
    r"\b(een |nog een )?(andere?|nieuwe?|tweede) (situatie|vraag|kwestie|zaak|verhaal|probleem|conflict|geval|"
    r"onderwerp|ruzie)\b|\b(iets|wat) (heel |totaal )?anders\b|\blos daarvan\b|\bnog (een )?(vraag|iets)\b|"
    r"\book nog\b|\bdaarnaast\b|\bverder nog\b|\ben nu (\w+ ){0,4}ook (al|nog)\b|"  # round 57: "En nu eist haar familie ook al ..."
    # round 82: "Er is ook aangifte tegen mij gedaan wegens mishandeling" mid-check about the employer
    r"^(er (is|zijn|werd|wordt)|ik (heb|ben|kreeg|krijg)|(hij|zij|ze) (heeft|hebben|is|zijn)) (\w+ )?ook\b|"
    r"^((ok|oke|okay|nou|goed|prima|ja|hm+)\W+)?(en|trouwens|verder)\b"  # "ok. en mijn dochter dan, die ..."
)


NEW_MATTER_WITHIN = 60  # characters: the marker opens the message


REPLACING = re.compile(
    r"\bniet (de|het|mijn|m'?n|onze|ons|een|die) ([\w-]+ ){0,2}(,\s*)?maar\b|"
    r"^(\W*(nee|sorry|oh|o|wacht)\W+)*(correctie|ik bedoel(de)?|ik vergis me|ik vergiste me|ik zei het verkeerd)\b|"
    # "o wacht nee het gaat om het appartement dat ik zelf verhuur"
    r"^(\W*(nee|sorry|oh|o|wacht|oeps)\W+)+(het gaat|het ging|het is|het was) (eigenlijk |dus )?(om|over)\b|"
    # "het gaat om ons vakantiehuisje in de Ardennen, niet om ons huis in Breda" (round 17)
    r"\bhet (gaat|ging) (eigenlijk |dus |wel )?(om|over) ([\w'-]+[ ,]+){1,6}(en |maar )?niet (om|over)\b|"
    # round 56: "Het gaat eigenlijk om een behandeling in mijn eigen praktijkje, dat ik als zzp'er draai."
    r"^\W*(het|dit) (gaat|ging) eigenlijk (om|over)\b"
)


def _tells_another_matter(state: CheckState, text: str, story: str = "") -> bool:
    """A reply that tells another kind of conflict as a new matter, a correction or a question about it; not a
    detail asked about that leaves the story's kind ("Telt het dat ik nu zzp'er ben?", round 63)."""
    if check_reply.asks_about_a_detail(state.question.conflict, story, text):
        return False
    found = answers.facts_in_description(NOT_THAT_ONE.sub("", text))  # "..., niet om ons eigen huis": what it is
    return (
        _replaces(state, found, text) or _restarts(state, found, text) or _another_conflict(state, found, text, story)
    )


# Round 65: harm asked about for someone of the story ("Kan zij ook hulp krijgen voor haar letsel?" after the sister's
# accident in the customer's car): the same matter, named by a pronoun, with no party of its own.
GENERIC_HARM = frozenset({"onrechtmatige_daad", "slachtoffer"})
PRONOUN_ASKED = re.compile(r"\b(kan|krijgt|mag|is|valt) (hij|zij|ze)\b|\b(zijn|haar) (letsel|schade|kosten|pijn)\b")


# Round 84: the harm's amount told ("de schade is maar 90 euro aan mijn fiets hoor, heeft het dan wel zin?")
HARM_AMOUNT_TOLD = re.compile(r"\b(de )?schade (is|was|bedraagt|komt op)\b|\b(kost|kostte|kosten) (\w+ ){0,3}\d")


def _harm_of_the_same_story(state: CheckState, text: str, story: str) -> bool:
    found = answers.facts_in_description(text)
    if found.get("conflict") not in GENERIC_HARM or found.get("opponent") or not story:
        return False
    if not (
        PRONOUN_ASKED.search(fold(text)) or HARM_AMOUNT_TOLD.search(fold(text)) and found.get("amount") is not None
    ):
        return False
    return answers.facts_in_description(f"{story} {text}").get("conflict") == state.question.conflict


def _first_matter_answered(state: CheckState, text: str, dispatcher: CollectingDispatcher) -> None:
    """Round 55: "heb C&W. oh en nog iets anders: ik heb een zeilboot gekocht ...": the modules answer the open check,
    whose answer so far is said before the new matter's."""
    if state.next_question() != "modules" or not answers.MODULES_ON_POLICY.search(fold(text)):
        return
    modules = answers.parse_modules(NEW_MATTER.split(fold(text), maxsplit=1)[0])
    head = talk.headline(answers.apply(state, {"modules": modules})[0]) if modules else None
    if head:
        dispatcher.utter_message(text=f"Over uw eerste vraag: {head.split(' Ik check nog')[0]}")


# The part of a correction that says what it is not ("het gaat om ons vakantiehuis, niet om ons huis in Breda").
NOT_THAT_ONE = re.compile(r",?\s*(en |maar )?niet (om|over) [^.?!]*", flags=re.IGNORECASE)


def _replaces(state: CheckState, found: dict[str, Any], text: str) -> bool:
    """Another kind of conflict, told as a new matter ("andere situatie: ...") or as a correction of
    the one told ("het is niet de buurman maar mijn huurbaas ..."): a new check with the policy told,
    never "Eerder zei u iets anders ... Wat klopt?"."""
    conflict = found.get("conflict")
    if not conflict or state.question.conflict in (None, conflict) or _person_asked_about(text):
        return False
    t = fold(text).strip()
    return bool(NEW_MATTER.search(t[:NEW_MATTER_WITHIN]) or REPLACING.search(t))


def _person_asked_about(text: str) -> bool:
    """ "Mijn zus ging mee, is zij ook verzekerd?", "En mijn buurvrouw, is die dan ook verzekerd?" (round 86): a person
    asked about (art. 1), no conflict of theirs told."""
    asks = re.search(talk.ASKS_IF_INSURED, fold(text))
    matched = normalise_conflict(text).matched
    return bool(asks) and all(m.startswith("opponent:") or PERSON_NAMED.fullmatch(m) for m in matched)


# A person's word that alone reads as a kind of conflict ("buurman": C&W 2e).
PERSON_NAMED = re.compile(r"(de |mijn |m'?n |onze )?(buurman|buurvrouw|buren|overbuurman|overbuurvrouw)")


# Who else than the policyholder a reply can name as the one with the conflict (art. 1).
HOUSEHOLD = frozenset({"partner", "child_home", "child_studying", "child_care_home", "au_pair", "travel_companion"})


NOT_LIVING_TOGETHER = re.compile(
    r"\b(wonen|woont|woon) (\w+ )?niet (samen|bij (mij|ons|elkaar))\b|\bniet samenwonend\b"
)


PASSENGER_IN_STORY = re.compile(
    r"\bnaast (me|mij)\b|\b(bijrijder|passagier|achterin|voorin|reed mee|meereed)\b|\bbij (mij|ons) in de (auto|wagen)\b"
)


def _partner_not_at_home(state: CheckState, text: str, described: str) -> CheckState:
    """The partner read as living with the customer, then "we wonen niet samen": not insured by art. 1, unless
    she rode along in the customer's vehicle (Verkeer 2: passengers are insured; round 19). A story of a ride
    ("met mijn vriendin naast me ... zij heeft whiplash") read as the customer's own is hers then too."""
    if state.question.involved not in ("partner", "policyholder", None) or not NOT_LIVING_TOGETHER.search(fold(text)):
        return state
    # round 69: or the reply itself tells the ride ("mijn broer zat ook in de auto, hij woont niet bij ons")
    passenger = (
        PASSENGER_IN_STORY.search(fold(described))
        or story_facts.PASSENGER.search(fold(text))
        or story_facts.PASSENGER.search(fold(described))  # round 110: "Mijn vriend op de achterbank ..."
    )
    if state.question.involved == "policyholder" and not passenger:
        return state  # "we wonen niet samen" about someone else than the one with the conflict
    who = "passenger" if passenger else "other"
    return dataclasses.replace(state, question=dataclasses.replace(state.question, involved=who))


def _child_moved_out(state: CheckState, text: str) -> CheckState:
    """Round 179: the child read as living at home or away for a study, then "ik haal dingen door elkaar, ze is
    afgestudeerd en woont samen met haar vriend": not insured by art. 1."""
    if state.question.involved not in ("child_home", "child_studying") or not answers.corrected_to_living_apart(
        fold(text)
    ):
        return state
    return dataclasses.replace(state, question=dataclasses.replace(state.question, involved="other"))


def _household(text: str) -> str | None:
    """Someone of the household the message names as the one with the conflict (art. 1)."""
    involved = answers.involved_in_description(text)
    return involved if involved in HOUSEHOLD else None


def _household_told(state: CheckState, text: str) -> CheckState:
    """'ik' was read as the policyholder; "mijn moeder heeft ARAG, ik woon op kamers" makes the customer
    the child (art. 1, round 19): the guess is forgotten so that the message's person is taken."""
    if state.relative and RELATIVES_OWN_POLICY.search(fold(text)):
        # round 55: "Hij heeft zelf ook een ARAG Flexpolis, met Consument & Wonen": the relative's own policy decides
        return dataclasses.replace(
            state, relative=None, question=dataclasses.replace(state.question, involved="policyholder")
        )
    if state.question.involved != "policyholder" or _household(text) is None:
        return state
    return dataclasses.replace(state, question=dataclasses.replace(state.question, involved=None))


RELATIVES_OWN_POLICY = re.compile(
    r"\b(hij|zij|ze|mijn (vader|moeder|broer|zus|opa|oma|schoonvader|schoonmoeder|ouders)) (heeft|hebben) (zelf )?(ook )?"
    r"(zelf )?(een |zijn |haar |hun )?(eigen )?(arag|flexpolis|rechtsbijstand\w*|polis bij (arag|jullie))\b"
)
