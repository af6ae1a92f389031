"""The coverage check: a Rasa form that asks only what the checker still needs.

Slots (bot/domain/coverage.yml): `cc_description` (the message that started the check, and any
later check_coverage message), `cc_answer` (the reply to the current question, from text), and
`cc_state` (the `CheckState` so far; after a verdict only {"last": {"description": ...}}, so that
a follow-up such as "En met de verdeling van ons huis?" is read with it). `required_slots` is
computed from the checker's `missing` list; every answer is parsed by bot/policy via flexbot/flexpolis/dialogue.py and then cleared, so
the one slot `cc_answer` is asked again as long as the checker needs something.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import (
    DETAILS,
    REMINDED,
    complaint_only,
    previous_text,
    previous_topic,
    short_answer,
    slot_events,
)
from actions.complaints import about_the_conflict
from flexbot.dutch import fold
from flexbot.flexpolis import (
    check_reply,
    cost_questions,
    english,
    faq_turn,
    language_answer,
    premium_dates,
    replies,
)
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import knowledge

FALLBACK_INTENT = "nlu_fallback"  # FallbackClassifier's intent: two intents too close or too unsure
# General questions that come second to a reply on the verdict in one message (data/rules/coverage.yml).
SECOND_TOPICS = frozenset({"contact", "report"})
OUT_OF_SCOPE = "out_of_scope"  # right after a verdict read with it first ("wat kost een advocaat dan?")

DESCRIPTION = "cc_description"
ANSWER = "cc_answer"
STATE = "cc_state"
RESET: list[EventType] = [SlotSet(DESCRIPTION, None), SlotSet(ANSWER, None), SlotSet(STATE, None)]
MAX_TRIES = 3  # an answer that cannot be used twice: go on without it, never loop
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
# A bare yes or no, as said to "Kan ik u nog ergens anders mee helpen?".
BARE_YES_NO = re.compile(
    r"^(ja|jawel|ja graag|ja hoor|graag|nee|neen|nee hoor|nope|nee dank (je|u)( wel)?|nee bedankt|"
    r"dat was (het|alles)|verder niet|niets|niks)\W*$"
)
# "ja allebei", "die heb ik allebei": a yes to every condition the first answer named.
BOTH = re.compile(r"\b(allebei|alle ?twee|beide|beiden|allemaal)\b")
# "Waarom vraagt u dat?": the reason the question matters, then the question again.
WHY_ASKED = re.compile(
    r"^(hoezo|waarom)\W*$|\bwaarom (vraagt|vraag|wil|wilt|moet|moeten) (u|je|jij|jullie|ik)\b|\bhoezo (vraagt|wil|moet)\b|"
    r"\bwat (maakt|doet) (dat|het) (nou |nu )?(uit|ertoe|toe)\b|\bwaarom (is|zou) (dat|het) (nodig|belangrijk|van belang)\b|"
    r"\bwaar (is|heeft u) (dat|het) (voor )?nodig\b"
)
# "laat maar, het gaat om iets anders: ...": a restart word before another conflict.
RESTART = re.compile(
    r"^(laat maar|stop|opnieuw|begin opnieuw|vergeet (het|dat)|nee wacht|wacht|sorry)\b[\s,.:;!-]*"
    r"(,? ?(ik heb|het gaat|het is|eigenlijk|nog)\b)?"
)


def _complaint_only(tracker: Tracker, text: str) -> bool:
    """A complaint about ARAG without a question: the complaint hook registers it, the form takes
    nothing from it. Dissatisfaction told about the conflict (actions/complaints.py,
    about_the_conflict) is the customer's answer and is taken."""
    return complaint_only(tracker) and not about_the_conflict(tracker, text)


def _facts_told(tracker: Tracker, text: str) -> dict[str, Any]:
    """The facts in a description; a follow-up on the last verdict ("En met de verdeling van ons
    huis?") or a detail after a first answer ("hij zegt dat hij het niet gedaan heeft" after "mijn
    zoon is opgepakt voor winkeldiefstal") is read with the story it follows. An English story is read in
    its Dutch gist (english.py): "the gearbox died" is no typo of a Dutch word (round 19)."""
    found = _facts_in(text)
    if not _fresh_start(tracker):
        return found
    last = _extras(tracker).get("last")
    if isinstance(last, dict) and _follows_up(text, found):
        return answers.facts_in_description(f"{last.get('description', '')} {text}")
    if not found.get("conflict") and _detail(text):
        before = _previous_user_text(tracker)
        joined = answers.facts_in_description(f"{before} {text}") if before else {}
        return joined if joined.get("conflict") else found
    return found


def _facts_in(text: str) -> dict[str, Any]:
    """The facts of a description; English is read in its Dutch gist, and English mixed with Dutch adds
    what its gist tells to what the Dutch words tell ("no warranty at all ... Ik heb Verkeer": Verkeer 4d)."""
    if english.looks_english(text):
        return answers.facts_in_description(english.gist(text))
    found = answers.facts_in_description(text)
    if english.has_english(text):
        found = {**answers.facts_in_description(english.gist(text)), **found}
    return found


def _not_taken(
    state: CheckState,
    name: str,
    text: str,
    reason: str,
    tries_so_far: Any,
    keep: dict[str, Any],
    dispatcher: CollectingDispatcher,
) -> dict[str, Any]:
    """An answer the form cannot use: asked again with the reason, or, for a statement ("Correctie: ze
    woont op kamers voor haar studie", "hij zegt dat hij het niet gedaan heeft"), acknowledged with
    what follows so far, never "Ik herken daarin geen module"; counted, so never a loop."""
    tries = dict(tries_so_far or {})
    tries[name] = tries.get(name, 0) + 1
    if tries[name] >= MAX_TRIES:  # never a loop: go on without this answer
        state = answers.skip(state, name)
        dispatcher.utter_message(text=f"{reason} Dan ga ik verder zonder dat antwoord.")
        return {ANSWER: None, STATE: _dump(state, **keep)}
    if keep.get("said") and _told(text):
        dispatcher.utter_message(text=f"Dank u. Tot nu toe geldt: {keep['said']}")
        _what_it_may_change(state, text, dispatcher)
        return {ANSWER: None, STATE: _dump(state, tries=tries, **keep)}
    return {ANSWER: None, STATE: _dump(state, pending=reason, tries=tries, **keep)}


def _what_it_may_change(state: CheckState, text: str, dispatcher: CollectingDispatcher) -> None:
    """A fact told mid-check that may change the outcome without being asked (check_reply.outcome_note)."""
    note = check_reply.outcome_note(state, text)
    if note:
        dispatcher.utter_message(text=note)


def _told(text: str) -> bool:
    """A statement of some words (no question, no bare yes or no): something told, not an answer."""
    return not _asks(text) and len(text.split()) >= MIN_DETAIL_WORDS and not BARE_YES_NO.match(fold(text).strip())


def _detail(text: str) -> bool:
    """A short statement, no question: a detail added to what was just told."""
    return not _asks(text) and MIN_DETAIL_WORDS <= len(text.split()) <= MAX_DETAIL_WORDS // 2


def _previous_user_text(tracker: Tracker) -> str | None:
    """The customer's message before the latest one, if the bot answered it."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2 or not any(e.get("event") == "bot" for e in events[users[-2] + 1 : users[-1]]):
        return None
    return str(events[users[-2]].get("text") or "") or None


def _fresh_start(tracker: Tracker) -> bool:
    """The form was just activated: no question asked yet in this round."""
    return tracker.get_slot("requested_slot") is None


def _extras(tracker: Tracker) -> dict[str, Any]:
    raw = tracker.get_slot(STATE)
    return dict(raw) if isinstance(raw, dict) else {}


def _dump(state: CheckState, **extra: Any) -> dict[str, Any]:
    return {**state.dump(), **{k: v for k, v in extra.items() if v is not None}}


def _progress(state: CheckState, said: str | None) -> str | None:
    """What follows now that an answer is in, when that is news ("U bent hiervoor verzekerd met de module Inkomen
    (art. 2d Inkomen), die op uw polis staat. ..."); None when the verdict itself comes next."""
    head = talk.headline(state)
    return head if head and head != said else None


def _another_conflict(state: CheckState, found: dict[str, Any], text: str) -> bool:
    """'Mijn werkgever betaalt mijn loon niet, is dat verzekerd?' while the check is about the
    neighbour: a new question (another kind of conflict, asked as a question), not a contradiction."""
    conflict = found.get("conflict")
    asked = bool(talk.QUESTION.search(fold(text).strip())) or "?" in text
    return bool(conflict) and state.question.conflict not in (None, conflict) and asked


def _follows_up(text: str, found: dict[str, Any]) -> bool:
    t = fold(text).strip()
    return bool(OBJECTION.search(t)) or bool(FOLLOW_UP.search(t)) and not found.get("conflict")


# "Geen garantie nee, ...", "ja, maar ...": a reply that starts as an answer, not as a new story.
ANSWER_START = re.compile(r"^(ja|jawel|nee|neen|nope|geen|wel|klopt)\b")


def _mid_check(
    state: CheckState, extras: dict[str, Any], found: dict[str, Any], text: str
) -> tuple[CheckState, dict[str, Any], dict[str, Any]]:
    """A description typed mid-check: another conflict asked about, or after 'laat maar', starts a
    new check; a detail in a reply that starts as an answer ("Geen garantie nee, hij zei alleen
    mondeling ...") that reads as another kind of conflict leaves the conflict as it was; the rest
    fills gaps, and only explicit facts may contradict."""
    if REPORT_WHEN.search(fold(text)):  # "Ik moet binnen zes weken bezwaar maken. Wanneer meld ik het?"
        found = {k: v for k, v in found.items() if k not in ("conflict", "opponent")}  # this conflict's step
    restart = _restarts(state, found, text) or _replaces(state, found, text)
    if _another_conflict(state, found, text) or restart:  # the policy told stays the policy
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
    state = _household_told(state, text)
    found = {k: v for k, v in found.items() if k in answers.EXPLICIT or answers.get(state.question, k) is None}
    return state, extras, {**found, **worded, **_opening_answer(state, text), **_modules_looked_up(state, found, text)}


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


def _named_conditions(state: CheckState, said: str | None, text: str) -> dict[str, Any] | None:
    """A yes to the modules question after a first answer that named the one module (and the
    options) it takes: those are on the policy. None when the yes cannot be read that way."""
    both = bool(BOTH.search(fold(text)))  # "allebei" to "Met de module Verkeer ... en de optie ...": a yes
    both = both and not answers.MODULES_ASKED.search(fold(text))  # "Welke modules zijn er allemaal?": a question
    if not said or answers.parse_modules(text) or (answers.yes_no(text) is not True and not both):
        return None
    kind = knowledge().conflict_kinds.get(state.question.conflict or "", {})
    covered = list(kind.get("covered_by", {}))
    if len(covered) != 1 or not said.startswith("Met de module"):
        return None
    changes: dict[str, Any] = {"modules": frozenset(covered)}
    options = [o for o in kind.get("requires_option", {}) if getattr(state.question, o) is None]
    if options and (both or len(options) == 1 and " en de optie " in said):
        changes.update(dict.fromkeys(options, True))
    return changes


def _closing(
    text: str,
    passed_over: bool,
    dispatcher: CollectingDispatcher,
    restarted: bool = False,
    policy: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """'stop' ends the check; a bare yes or no after thanks answers "Kan ik u nog ergens anders mee
    helpen?" (no: the check ends with a goodbye; yes: {} and the check stays). None: neither.
    'laat maar, <another conflict>' (`restarted`) started a new check: {} and it goes on."""
    if restarted:
        return {}
    policy = policy or {}
    if talk.is_stop(text):
        return {ANSWER: None, STATE: {"mode": "stopped", **policy}}
    if passed_over and BARE_YES_NO.match(fold(text).strip()):
        if answers.yes_no(text) is False:
            return {ANSWER: None, STATE: {"mode": "finished", **policy}}
        dispatcher.utter_message(text="Waarmee kan ik u helpen?")
        return {}
    return None


# "wacht, het bedrag is eigenlijk 150 euro", "ik haal het door elkaar: het was in Thailand": a fact set straight.
FACT_CORRECTION = re.compile(
    r"\b(wacht|vergis\w*|door elkaar|verkeerd|verkeerde|sorry|correctie|verbetering|verschreven|"
    r"ik zie (het|nu|net))\b"
)  # a bare "het gaat eigenlijk om 5000 euro" still asks what is right (round 5)
CORRECTABLE = ("amount", "country")


def _without_corrected(state: CheckState, text: str) -> tuple[CheckState, dict[str, Any]]:
    """An amount or a country told again with a word that corrects it: the value told before is
    forgotten and the new one returned (to apply), never "Eerder zei u iets anders ... Wat klopt?"."""
    if not FACT_CORRECTION.search(fold(text)):
        return state, {}
    told = answers.facts_in_answer(text)
    changes = {
        k: told[k]
        for k in CORRECTABLE
        if told.get(k) is not None and answers.get(state.question, k) not in (None, told[k])
    }
    for name in changes:
        state = CheckState(answers._forget(state.question, name), state.skipped)
    return state, changes


# "beide eigenlijk: ik werk in loondienst, maar daarnaast heb ik een eenmanszaak ... en dit was een
# bruiloftsshoot": a job and a business of one's own, the conflict from the business.
BOTH_ROLES = re.compile(r"\b(allebei|alle ?twee|beide|beiden|daarnaast|naast mijn (baan|werk))\b")
FROM_THE_BUSINESS = re.compile(
    r"\b(dit|het|dat|deze) (was|is|ging|gaat|hoort|komt)\b|\bdaarvan\b|\bvoor (mijn|die|de) (zaak|bedrijf\w*|eenmanszaak)\b"
)


def _business_too(state: CheckState, text: str) -> dict[str, Any]:
    """A job and a business of one's own, the conflict told as the business's: zakelijk (the
    insurance is for the private role, not where income is earned outside employment)."""
    t = fold(text)
    if state.question.role is not None or not BOTH_ROLES.search(t) or not FROM_THE_BUSINESS.search(t):
        return {}
    return {"role": "zakelijk"} if answers.ROLE_ZAKELIJK.search(t) else {}


ROLE_WORD = re.compile(r"\b(prive|zakelijk)\b")


def _told_besides(state: CheckState, name: str, text: str, answer: answers.Answer) -> dict[str, Any]:
    """What an answer tells besides the question asked: an amount, a country, and the role in so many
    words ("Ik heb C&W, gewoon privé")."""
    extra = {k: v for k, v in answers.facts_in_answer(text).items() if k not in answer.changes}
    # "Consument & Wonen, maar ik heb burenrecht uitgesloten": an option told with the modules
    extra.update({k: v for k, v in answers.options_in_text(text).items() if k != name and k not in answer.changes})
    if name != "role" and state.question.role is None and ROLE_WORD.search(fold(text)):
        extra["role"] = answers.parse_role(text)
    for later in state.verdict().missing:  # "van een particulier via marktplaats" to privé/zakelijk: Verkeer 4d too
        worded = _fact_in_words(later, text) if later != name else None
        if worded is not None:
            extra.update(worded.changes)
    who = answers.involved_in_description(text) if name != "involved" and state.question.involved is None else None
    if who and who != "policyholder":  # "ik heb c&w en verkeer. mijn vriendin ging mee, zij heeft ook schade"
        extra["involved"] = who
    begun = answers.first_event_in_text(text) if state.question.first_event_after_start is None else None
    if begun is not None:
        extra["first_event_after_start"] = begun  # "het begon toen ik al verzekerd was"
    return _inheritance(state, text, extra)


def _inheritance(state: CheckState, text: str, found: dict[str, Any]) -> dict[str, Any]:
    """In an inheritance check a death told before the policy began is C&W 2i's exclusion, not only art. 9's
    ("Opa overleed in 2022, de verzekering heb ik sinds 2024"; round 17)."""
    if state.question.conflict != "erfenis" or found.get("first_event_after_start") is not False:
        return found
    timing = answers.inheritance_timing(text, False)
    return {**found, **{k: v for k, v in timing.items() if v is not None}} if timing else found


def _policy_start_told(state: CheckState, text: str, described: str) -> tuple[CheckState, dict[str, Any]]:
    """'De polis bij jullie is pas van januari 2025' after a story of April 2024: the first event came
    before the policy (art. 9), also when an earlier start was told before (a correction)."""
    if not answers.POLICY_SINCE.search(fold(text)) or answers.first_event_in_text(f"{described} {text}") is not False:
        return state, {}
    return CheckState(answers._forget(state.question, "first_event_after_start"), state.skipped), _inheritance(
        state, f"{described} {text}", {"first_event_after_start": False}
    )


def _fact_corrected(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher, described: str = ""
) -> dict[str, Any] | None:
    """'wacht, het bedrag is eigenlijk 150 euro' as a reply: the new value replaces the one told and
    what follows now is said (or the verdict comes). None: no corrected amount, country or start."""
    state, fixed = _without_corrected(state, text)
    state, started = _policy_start_told(state, text, described)
    fixed = {**fixed, **started, **_business_too(state, text)}
    if not fixed:
        return None
    state, reasons = answers.apply(state, fixed)
    head = _progress(state, keep["said"])
    if head and state.next_question():
        dispatcher.utter_message(text=f"Dank u, dat heb ik aangepast. {head}")
        keep["said"] = head
    keep = {k: v for k, v in keep.items() if k != "quiet"}
    return {ANSWER: None, STATE: _dump(state, pending=" ".join(dict.fromkeys(reasons)) or None, **keep)}


def _correction(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher, name: str
) -> dict[str, Any] | None:
    """'Het gaat niet over ...': the kind of conflict it denies is forgotten; a denial of what was
    not assumed (and no answer to the question, as 'het gaat niet om geld' is) confirms the answer
    so far. None: the text is no correction."""
    if talk.corrected_kind(text, state.question.conflict):
        state = CheckState(answers._forget(state.question, "conflict"), state.skipped)
        dispatcher.utter_message(text="Dank u, dan laat ik dat los.")
        return {ANSWER: None, STATE: _dump(state)}
    if talk.CORRECTION.search(fold(text)) and keep.get("said") and answers.parse_answer(name, text).reason:
        dispatcher.utter_message(text=f"Duidelijk, zo had ik het ook begrepen. {keep['said']}")
        return {ANSWER: None, STATE: _dump(state, **keep)}
    return None


class ValidateCoverageForm(FormValidationAction):
    def name(self) -> str:
        return "validate_coverage_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[str]:
        extras = _extras(tracker)
        if extras.get("mode"):
            return [DESCRIPTION]  # small talk or stop: end the form, the verdict action says so
        state = CheckState.load(tracker.get_slot(STATE))
        if tracker.get_slot(STATE) is not None and state.next_question() is None:
            return [DESCRIPTION]  # nothing left to ask: requested_slot None ends the form
        return [DESCRIPTION, ANSWER]

    async def validate_cc_description(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        text = str(value or "")
        mode = _no_check(tracker, text) if _fresh_start(tracker) else None
        if mode:  # small talk, a stop or a complaint only: no check; the policy told is kept
            return {DESCRIPTION: text, STATE: {"mode": mode, **_policy_slot(tracker)}}
        follow = _after_the_maximum(tracker, text) if _fresh_start(tracker) else None
        if follow:  # "En bij een verkeersongeluk hier in Nederland?" right after the maximum (art. 6)
            dispatcher.utter_message(text=follow)
            return {DESCRIPTION: text, STATE: {"mode": "answered", **_policy_slot(tracker)}}
        found = _facts_told(tracker, text)
        if _fresh_start(tracker) and found.get("conflict"):  # 'alleen Inkomen', told for an earlier conflict
            found = {**_policy_before(tracker, text), **found}
        gap = premium_dates.gap_answer(text, previous_text(tracker)) if _fresh_start(tracker) else None
        general = [gap] if gap else _general_answer(text, found) if _fresh_start(tracker) else None
        if general:  # a question answered without a check
            for message in general:
                dispatcher.utter_message(text=message)
            return {DESCRIPTION: text, STATE: {"mode": "answered", **_policy_slot(tracker)}}
        extras = _extras(tracker)
        if _fresh_start(tracker):
            state = CheckState()
            extras = {}
        else:  # a new description mid-check: fill gaps; only explicit facts may contradict
            before, fixed = _without_corrected(CheckState.load(tracker.get_slot(STATE)), text)
            before = _partner_not_at_home(before, text, previous_text(tracker))  # "we wonen niet samen" (art. 1)
            state, extras, found = _mid_check(before, extras, found, text)
            # a corrected amount or country replaces the one told; a job and a business: the business's
            found = {**found, **fixed, **_business_too(state, text)}
        state, reasons = answers.apply(state, found)
        for reason in dict.fromkeys(reasons):
            dispatcher.utter_message(text=reason)
        if not _fresh_start(tracker):
            extras["described"] = text  # this turn's text is a description, not the next answer
        # Answer first: what already follows, before any question.
        # A general question asked mid-check ("terug naar mijn huisbaas: ik ben pas twee weken verzekerd,
        # telt dat?", "mijn broer is ook bij jullie verzekerd, maakt dat uit?") gets its own answer.
        asked = _topic_in(text, extras.get("said")) if not _fresh_start(tracker) and _asks(text) else None
        head = talk.headline(state, told=text if _fresh_start(tracker) else "")  # told: art. 11c lead
        head = _with_open_exclusion(head, state, text) if head and _fresh_start(tracker) else head
        if head and head != extras.get("said"):
            dispatcher.utter_message(text=head)
            extras["said"] = head
        elif head and not _fresh_start(tracker) and CORRECTING.search(fold(text)):
            dispatcher.utter_message(text=f"Duidelijk. {head}")  # a restatement: the answer stands
        elif head and not _fresh_start(tracker) and _asks(text) and not asked:
            dispatcher.utter_message(text=f"Zoals gezegd: {head}")  # asked again: what follows so far
            _what_it_may_change(state, text, dispatcher)
        elif head and not _fresh_start(tracker) and _told(text):
            # a detail that changes nothing ("hij zegt dat hij het niet gedaan heeft"): acknowledged,
            # never the question again without a word
            dispatcher.utter_message(text=f"Dank u. Tot nu toe geldt: {head}")
            _what_it_may_change(state, text, dispatcher)
        if asked:
            dispatcher.utter_message(text=_faq_for(asked, state, text))
        topic = talk.second_faq_topic(text)
        if topic and topic != asked:
            dispatcher.utter_message(text=_faq_for(topic, state, text))
        return {
            DESCRIPTION: text,
            STATE: _dump(
                state, said=extras.get("said"), described=extras.get("described"), restarted=extras.get("restarted")
            ),
        }

    async def validate_cc_answer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        extras = _extras(tracker)
        text = str(value or "")
        state = _household_told(CheckState.load(tracker.get_slot(STATE)), text)
        state = _partner_not_at_home(state, text, str(tracker.get_slot(DESCRIPTION) or ""))
        name = state.next_question()
        # What survives this turn; `quiet` (a question passed over by thanks) only until an answer.
        keep = {"said": extras.get("said"), "asked": extras.get("asked"), "quiet": extras.get("quiet")}
        closing = _closing(
            text, extras.get("quiet") == name, dispatcher, extras.get("restarted") == text, _kept_policy(state)
        )
        if closing is not None:
            return closing if closing else {ANSWER: None, STATE: _dump(state, **keep)}
        # A complaint (registered by the complaint hook; the form asks its question again), a text
        # already read as a description in this turn, or nothing left to ask: nothing to take.
        untaken = _no_answer(tracker, state, text, keep, dispatcher, extras.get("described") == text or name is None)
        if untaken is not None or name is None:
            return untaken or {ANSWER: None, STATE: _dump(state, **keep)}
        if _tells_another_matter(state, text):  # read as an answer, but a new or corrected conflict
            return {ANSWER: None, **await self.validate_cc_description(text, dispatcher, tracker, domain)}
        described = str(tracker.get_slot(DESCRIPTION) or "")
        corrected = _fact_corrected(state, text, keep, dispatcher, described) or _correction(
            state, text, keep, dispatcher, name
        )
        if corrected is not None:
            return corrected
        answer = _answer_in_check(state, name, text)
        early = _later_facts(state, name, text)
        if name == "modules" and early and not MODULE_WORDS.search(fold(text)):
            answer = answers.Answer(early)  # "Geen garantie nee, ... alles goed": no modules named (Verkeer 4d)
        if name == "modules" and answer.reason:  # "ja allebei": the module and option the answer named
            named = _named_conditions(state, keep["said"], text)
            answer = answers.Answer(named) if named else answer
        if _answered_question(state, text, keep, answer, dispatcher) and answer.reason:
            return {ANSWER: None, STATE: _dump(state, **keep)}  # a question instead of an answer: asked again
        other = _other_facts(state, name, text) if answer.reason else {}
        if other:  # an answer to another question than the one asked ("was 120 euro"): taken
            answer = answers.Answer(other)
        elif answer.reason:
            aside = _aside(state, name, text, keep, dispatcher, tracker)
            if aside is not None:
                return aside
        keep.pop("quiet")
        if answer.unknown:  # the answer for each possibility, then the next question
            each = talk.for_each_possibility(state, name)
            if each:
                dispatcher.utter_message(text=_with_unknown_notes(state, name, each))
            state = answers.skip(state, name)
            return {ANSWER: None, STATE: _dump(state, **keep)}
        if answer.reason:
            return _not_taken(state, name, text, answer.reason, extras.get("tries"), keep, dispatcher)
        # An answer may also name an amount in euros or a country ("in Duitsland"); a different
        # value than before is a contradiction: re-asked, never silently overwritten.
        extra = _told_besides(state, name, text, answer)
        state, reasons = answers.apply(state, {**answer.changes, **extra})
        pending = " ".join(dict.fromkeys(reasons)) or None
        _unpaid_board_note(state, text, pending, dispatcher)  # "vrijwilligerswerk, maakt dat uit?": C&W 2h
        head = (
            None
            if pending
            else _progress(state, keep["said"])
            or (f"Dank u. {keep['said']}" if other and keep["said"] and state.next_question() else None)
        )
        if head:  # what follows now (or, after an answer to another question, still), before the next question
            dispatcher.utter_message(text=head)
            keep["said"] = head.removeprefix("Dank u. ")
        return {ANSWER: None, STATE: _dump(state, pending=pending, **keep)}


class ActionAskCoverageAnswer(Action):
    """Asks the question for the first input the checker still needs, once per turn: a re-ask
    reason and the question go out as one message."""

    def name(self) -> str:
        return "action_ask_cc_answer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        extras = _extras(tracker)
        name = CheckState.load(tracker.get_slot(STATE)).next_question() or "conflict"
        pending = extras.get("pending")
        if not pending and name == extras.get("asked") and (extras.get("quiet") == name or _thanks(tracker)):
            thank_intent = ((tracker.latest_message or {}).get("intent") or {}).get("name") == "thank"
            told = _told_with_thanks(tracker, name) if thank_intent else None  # not read by the form
            if told is not None:  # "Dank u. We hebben Verkeer en Consument & Wonen": the answer is taken
                head = _progress(told, extras.get("said"))
                following = told.next_question() or name
                dispatcher.utter_message(text=f"{head} {talk.ask(following)}" if head else talk.ask(following))
                keep = {"said": head or extras.get("said"), "asked": following}
                return [SlotSet(STATE, _dump(told, **keep))]
            # Thanks after the answer: the customer passed this question over; never sent again
            # (an answer to it is still taken). A question with the thanks gets its answer.
            topic = _question_with_thanks(tracker)
            if topic:
                dispatcher.utter_message(text=talk.short_and_details(replies.faq_text(topic))[0])
            return [SlotSet(STATE, {**extras, "quiet": name})]
        extras["asked"] = name
        if pending and pending.startswith("Eerder zei u iets anders"):
            text = f"{pending.removesuffix(' Wat klopt?')} {answers.question(name)}"
        elif pending and pending.rstrip().endswith("?"):
            text = pending  # the reason already asks the question
        elif pending:
            text = f"{pending} {answers.question(name)}"
        else:
            text = talk.ask(name)
        dispatcher.utter_message(text=text)
        extras.pop("pending", None)
        extras.pop("quiet", None)
        return [SlotSet(STATE, extras)]


def _aside(
    state: CheckState,
    name: str,
    text: str,
    keep: dict[str, Any],
    dispatcher: CollectingDispatcher,
    tracker: Tracker | None = None,
) -> dict[str, Any] | None:
    """A reply that is no answer but a question: "waarom vraagt u dat?" gets the reason with the
    question; a general question no keyword route knows gets the answer of the general question the
    classifier ranks it as; a question that adds nothing ("helpen jullie daar ook bij?") gets what
    follows so far. None: neither."""
    if WHY_ASKED.search(fold(text)):
        return {ANSWER: None, STATE: _dump(state, pending=_why_asked(name), **keep)}
    topic = _ranked_faq(tracker, MID_FORM_CONFIDENCE) if tracker is not None and _asks(text) else None
    if topic:
        dispatcher.utter_message(text=_faq_for(topic, state, text))
        return {ANSWER: None, STATE: _dump(state, **keep)}
    if _asks(text) and keep.get("said"):
        dispatcher.utter_message(text=f"Zoals gezegd: {keep['said']}")
        _what_it_may_change(state, text, dispatcher)  # "ik had 2 biertjes op, maakt dat uit?" (Verkeer 4a)
        return {ANSWER: None, STATE: _dump(state, **keep)}
    return None


MID_FORM_CONFIDENCE = 0.3  # a question mid-form the classifier ranks as a general question


def _ranked_faq(tracker: Tracker, minimum: float) -> str | None:
    """The general question the classifier ranks the latest message as, when sure enough and known."""
    for ranked in (tracker.latest_message or {}).get("intent_ranking") or []:
        intent = str(ranked.get("name") or "")
        if intent.startswith(FAQ_PREFIX) and float(ranked.get("confidence") or 0) >= minimum:
            topic = intent.removeprefix(FAQ_PREFIX)
            return topic if replies.faq_answer(topic) is not None else None
    return None


def _faq_for(topic: str, state: CheckState, text: str) -> str:
    """The short general answer, asked during a check: with the sentence of the full answer that names
    the module this conflict belongs to (faq_turn.with_module_sentence: "Tot welk bedrag?" about a
    traffic accident: for Verkeer there is no maximum in the Netherlands, art. 6)."""
    case = faq_turn.case_answer(topic, text, state.dump())  # "is mijn dochter nu verzekerd?": art. 1 for her
    if case:
        return case
    cost = cost_questions.cost_answer(text) if topic == "costs" else None
    if cost:  # "... 15% als winstbonus; moet ik dat zelf ophoesten?": that cost's line (art. 10)
        return talk.short_and_details(cost)[0]
    text = faq_turn.with_the_checks_kind(topic, text, state.dump())
    full = talk.answer_text(topic, text)  # the sentence the question asks for first (conversation.LEAD_SENTENCE)
    # "moet ik die brieven ook opsturen?": the sentences on documents (art. 7: copies, originals kept)
    question = f"{text} documenten kopieën originelen" if DOCUMENTS_SENT.search(fold(text)) else text
    short = talk.short_and_details(full, question=question)[0]
    return faq_turn.with_module_sentence(short, full, state.dump())


# Yes/no facts a reply can state in words, whatever question is asked: (pattern, value).
WORDED_FACTS: dict[str, tuple[tuple[re.Pattern[str], bool], ...]] = {
    # Verkeer 4d: "geen garantie" is the fact "zonder garantie"; "met BOVAG-garantie" its opposite.
    "facts.tweedehands_zonder_garantie": (
        (re.compile(r"\b(zonder|geen) (\w+ )?(bovag-?|schriftelijke |dealer ?)?garantie\b"), True),
        # "van een particulier via marktplaats": no dealer, so no BOVAG or dealer's guarantee
        (re.compile(r"\b(van|bij) een particulier\b|\b(via|op) marktplaats\b|\bparticuliere verkoper\b"), True),
        (re.compile(r"\b(met|wel|had|heb|kreeg) (\w+ )?(bovag-?|schriftelijke |dealer ?)?garantie\b"), False),
    ),
}


# "hij zegt dat hij het niet gedaan heeft": what someone else says is no answer to a yes/no question.
REPORTED_SPEECH = re.compile(r"^(hij|zij|ze|die|de \w+) (zegt|zei|beweert|beweerde|vindt|vond|ontkent)\b")
MODULE_WORDS = re.compile(r"\b(consument|wonen|verkeer|inkomen|alle(maal| drie)?|geen enkele)\b")


def _reported_speech(name: str, text: str) -> answers.Answer | None:
    """A report of what someone else says, to a yes/no question: not taken as a yes or no
    (acknowledged with what follows so far, then asked again). None: otherwise."""
    if not REPORTED_SPEECH.search(fold(text)) or not isinstance(
        answers.parse_answer(name, text).changes.get(name), bool
    ):
        return None
    return answers.Answer({}, reason="Dat is geen antwoord op mijn vraag.")


def _later_facts(state: CheckState, name: str, text: str) -> dict[str, Any]:
    """Yes/no facts of later questions that the reply states in words ("geen garantie")."""
    found: dict[str, Any] = {}
    for later in state.verdict().missing:
        worded = _fact_in_words(later, text) if later != name else None
        found.update(worded.changes if worded else {})
    return found


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


# "Moet ik die brieven ook opsturen?": the documents sent with the report (art. 7: copies, with the
# policy number; online: all documents digitally).
DOCUMENTS_SENT = re.compile(
    r"\b(moet|kan|mag|zal) ik\b[^.?!]{0,30}\b(brieven|brief|documenten|stukken|papieren|bewijs\w*|bonnetjes|"
    r"bonnen|facturen|foto'?s|mails|e-mails|correspondentie|contract)\b[^.?!]{0,30}"
    r"\b(opsturen|sturen|meesturen|toesturen|insturen|opsturen|uploaden|doorsturen)\b"
)


def _answered_question(
    state: CheckState, text: str, keep: dict[str, Any], answer: answers.Answer, dispatcher: CollectingDispatcher
) -> bool:
    """A general question in a reply is answered, also beside an answer ("Ik. Wie betaalt dat rapport?")."""
    wrong = talk.wrong_info_note(text)
    if wrong:  # "en als ik dat gewoon niet zeg?" mid-check: art. 11d
        dispatcher.utter_message(text=wrong)
        return True
    complaint = faq_turn.complaint_question(text, False)
    if complaint:  # "wanneer hoor ik dan iets over die klacht?": the Klachtenbureau's term (art. 20), not art. 5
        for message in faq_turn.complaint_question_answer(complaint).messages:
            dispatcher.utter_message(text=message)
        return True
    topic = _topic_in(text, keep["said"]) if answer.reason or "?" in text else None
    if topic:
        dispatcher.utter_message(text=_faq_for(topic, state, text))
    return bool(topic)


def _topic_in(text: str, said: str | None = None) -> str | None:
    """A general question in a message of the check: a keyword route, else a follow-up whose words
    name its topic ("en als het tot een rechtszaak komt?", "kan hij mijn verzekering gebruiken?")."""
    topic = talk.faq_topic_in(text)
    if topic:
        return topic
    if REPORT_WHEN.search(fold(text)) or DOCUMENTS_SENT.search(fold(text)):
        return "report"
    named = faq_turn.named_topic(text, said or "")
    if named == "own_lawyer" and re.search(r"\b(procedure|rechter)\b", fold(said or "")):
        return None  # the answer so far already says what happens in court (C&W 2k): "Zoals gezegd"
    return named


POLICY_FACTS = (
    "modules",
    "eigen_woning",
    "uitsluiting_burenrecht",
    "uitsluiting_motorrijtuigen",
    "uitsluiting_arbeidsrecht",
    "alleenstaand",
)


def _policy_facts(state: CheckState) -> dict[str, Any]:
    """What the customer told about the policy (modules, options): it holds for the next conflict too."""
    return {k: v for k in POLICY_FACTS if (v := answers.get(state.question, k)) is not None}


POLICY = "policy"  # in cc_state after a verdict, a stop or an answered question: the policy told so far


def _kept_policy(state: CheckState) -> dict[str, Any]:
    """{"policy": {...}}: the policy facts of `state` as the slot keeps them; {} when none were told."""
    facts = _policy_facts(state)
    if "modules" in facts:
        facts["modules"] = sorted(facts["modules"])
    return {POLICY: facts} if facts else {}


# A message about the options ("het waren motorrijtuigen die ik heb uitgesloten, niet de buren"):
# the options told before are not carried into it.
OPTION_TALK = re.compile(r"\b(uitgesloten|uitsluit\w*|optie\w*|eigen woning)\b")


def _policy_before(tracker: Tracker, text: str = "") -> dict[str, Any]:
    """The policy the customer told for an earlier conflict in this conversation (kept after a stop,
    in the last verdict, or in a check left open): 'alleen Inkomen' still holds for the next conflict.
    The options are left out when `text` speaks of options itself (a correction of them)."""
    raw = _extras(tracker)
    kept = raw.get(POLICY)
    if isinstance(kept, dict):
        facts = dict(kept)
    else:
        last = raw.get("last")
        source = last.get("state") if isinstance(last, dict) else raw if raw.get("question") else None
        facts = _policy_facts(CheckState.load(source)) if source else {}
    if facts.get("modules") is not None:
        facts["modules"] = frozenset(facts["modules"])
    if OPTION_TALK.search(fold(text)):
        facts = {k: v for k, v in facts.items() if k == "modules"}
    return facts


def _policy_slot(tracker: Tracker) -> dict[str, Any]:
    """The policy told before, as kept in the slot when no check follows (small talk, a stop)."""
    facts = _policy_before(tracker)
    return _kept_policy(CheckState(answers.apply(CheckState(), facts)[0].question)) if facts else {}


def _reset(tracker: Tracker) -> list[EventType]:
    """The check's slots cleared, the policy told kept."""
    kept = _extras(tracker).get(POLICY)
    return [*RESET[:2], SlotSet(STATE, {POLICY: kept} if isinstance(kept, dict) and kept else None)]


def _with_unknown_notes(state: CheckState, name: str, each: str) -> str:
    """The answer for each possibility, with where the modules are written (the policy) and, when
    the amount is not known yet and a module with a minimum covers it, the EUR 175 minimum (art. 11g)."""
    if name != "modules":
        return each
    notes = [each, "Uw modules staan op uw polis."]
    k = knowledge()
    covered = k.conflict_kinds.get(state.question.conflict or "", {}).get("covered_by", {})
    minimum = any(k.modules.get(m, {}).get("minimum_applies") for m in covered)
    if minimum and answers.get(state.question, "amount") is None:
        notes.append(
            "Dat geldt als het conflict om meer dan € 175 gaat; rente en incassokosten tellen niet mee "
            "(art. 11g Algemene regels)."
        )
    return " ".join(notes)


def _why_asked(name: str) -> str:
    """Why the question for `name` matters ("Dat vraag ik omdat ...")."""
    why = talk.ask(name).removesuffix(answers.question(name)).strip() or "Het hangt af van het soort conflict."
    return f"Dat vraag ik omdat het uitmaakt voor het antwoord: {why[0].lower()}{why[1:]}"


def _asks(text: str) -> bool:
    """The message asks something ("helpen jullie daar ook bij?", "is dat verzekerd?")."""
    return "?" in text or bool(talk.QUESTION.search(fold(text).strip()))


def _restarts(state: CheckState, found: dict[str, Any], text: str) -> bool:
    """'laat maar, het gaat om iets anders: <another conflict>': a new check, not a stop."""
    conflict = found.get("conflict")
    return bool(conflict) and state.question.conflict not in (None, conflict) and bool(RESTART.search(fold(text)))


# "andere situatie: ...", "nog een vraag: ...", "eigenlijk gaat het om iets anders": another conflict
# told mid-check; "nee sorry, het is niet de buurman maar mijn huurbaas": the conflict corrected.
NEW_MATTER = re.compile(
    r"\b(een |nog een )?(andere?|nieuwe?|tweede) (situatie|vraag|kwestie|zaak|verhaal|probleem|conflict|geval|"
    r"onderwerp|ruzie)\b|\b(iets|wat) (heel |totaal )?anders\b|\blos daarvan\b|\bnog (een )?(vraag|iets)\b|"
    r"\book nog\b|\bdaarnaast\b|\bverder nog\b|"
    r"^((ok|oke|okay|nou|goed|prima|ja|hm+)\W+)?(en|trouwens|verder)\b"  # "ok. en mijn dochter dan, die ..."
)
NEW_MATTER_WITHIN = 60  # characters: the marker opens the message
REPLACING = re.compile(
    r"\bniet (de|het|mijn|m'?n|onze|ons|een|die) ([\w-]+ ){0,2}(,\s*)?maar\b|"
    r"^(\W*(nee|sorry|oh|o|wacht)\W+)*(correctie|ik bedoel(de)?|ik vergis me|ik vergiste me|ik zei het verkeerd)\b|"
    # "o wacht nee het gaat om het appartement dat ik zelf verhuur"
    r"^(\W*(nee|sorry|oh|o|wacht|oeps)\W+)+(het gaat|het ging|het is|het was) (eigenlijk |dus )?(om|over)\b|"
    # "het gaat om ons vakantiehuisje in de Ardennen, niet om ons huis in Breda" (round 17)
    r"\bhet (gaat|ging) (eigenlijk |dus |wel )?(om|over) ([\w'-]+[ ,]+){1,6}(en |maar )?niet (om|over)\b"
)


# "Ik heb bij jullie een zaak lopen tegen ...": a case ARAG already handles, told without a question.
RUNNING_CASE = (
    re.compile(r"\b(bij|via|door) (jullie|arag)\b|\b(jullie|arag) (behandelt|behandelen)\b"),  # ARAG's side
    re.compile(r"\b(zaak|dossier)\b"),
    re.compile(r"\b(loopt|lopen|lopende|behandeld|behandelt|behandelen|in behandeling)\b"),
)


def running_case() -> str:
    """The reply to a case already running at ARAG: its handler, another one on request (art. 5)."""
    return (
        "U heeft al een zaak lopen bij ARAG. Vragen over die zaak kunt u het best stellen aan uw "
        "behandelaar; bent u niet tevreden over hoe uw zaak behandeld wordt, dan mag u altijd om een andere "
        "behandelaar vragen (art. 5 Algemene regels). Waarmee kan ik u helpen?"
    )


# A story told only as the context of a question about a lawyer or a cost: "Mijn neef is advocaat. Kan hij
# mijn zaak tegen mijn werkgever doen en de rekening naar jullie sturen?" (art. 5/11a), "De advocaat die
# ARAG voor mij inschakelde wil een winstbonus; betaalt ARAG dat?" (art. 10). The question is answered with
# what already follows for the conflict; the check starts only when the customer asks about cover.
ASIDE_QUESTION_TOPICS = ("own_lawyer", "costs", "start_change_end", "maximum")
NO_VERDICT_TOPICS = ("start_change_end",)  # "verhuis naar Portugal voor mijn pensioen": no pension conflict
ASKS_COVER = re.compile(
    r"\b(verzekerd|gedekt|dekking|dekt|bijstaan|vallen onder|valt onder|aanpakken|iets (aan|voor|tegen))\b|"
    r"\b(helpen|hulp)\b(?!.{0,20}\b(advocaat|jurist)\b)"
)
ARAGS_CASE = re.compile(
    r"\b(advocaat|jurist|specialist|behandelaar)\b (die|dat) (arag|jullie) (\w+ ){0,3}(heeft|hebben|heb) "
    r"(ingeschakeld|geregeld|gestuurd)\b|\b(die|dat) (arag|jullie) (\w+ ){0,3}(inschakelde|inschakelden|regelde)\b|"
    r"\b(loop|lopen|heb|hebben) (\w+ )?(bij|via) (jullie|arag) (al )?een zaak\b|\bzaak (loopt|lopen) (al )?(bij|via) (jullie|arag)\b"
)


def _general_answer(text: str, found: dict[str, Any]) -> list[str] | None:
    """A first message answered without a check: a lawyer or cost question with a conflict as its context
    ("mijn neef is advocaat: mag hij mijn zaak tegen mijn werkgever doen?"), or a general question without
    a conflict ("blijft mijn polis gelden als ik verhuis?"). None: a check starts."""
    aside = _question_beside_story(text, found)
    if aside:
        return aside
    topic = _topic_in(text) if not found.get("conflict") else None
    if ARAGS_CASE.search(fold(text)) and re.search(talk.OUTSIDE_SPECIALIST_DISAGREES, fold(text)):
        topic = "disagreement"  # the outside lawyer ARAG engaged will settle, the customer will not (art. 18)
    if premium_dates.UNPAID_PREMIUM.search(fold(text)) and ASKS_COVER.search(fold(text)):
        topic = "premium"  # "incasso van mijn premie mislukt ... ben ik nog verzekerd?": art. 14, not a conflict
    return [talk.short_and_details(talk.answer_text(topic, text))[0]] if topic else None


ASKED_WITHOUT_MARK = re.compile(r"\b(tot welk bedrag|hoeveel|hoe (lang|snel|zit)|mag ik|moet ik|wie betaalt)\b")


def _question_beside_story(text: str, found: dict[str, Any]) -> list[str] | None:
    """The replies to a lawyer or cost question told with a conflict as its context; None: no such question,
    or the customer also asks whether the conflict is covered."""
    if not found.get("conflict") or ("?" not in text and not ASKED_WITHOUT_MARK.search(fold(text))):
        return None
    asking = text if "?" in text else f"{text}?"  # "ongeluk in de vs tot welk bedrag betalen jullie"
    topic = talk.second_faq_topic(asking) or talk.faq_topic_in(asking)
    asked = " ".join(s for s in re.split(r"(?<=[.!?])\s+", asking) if "?" in s)
    if topic not in ASIDE_QUESTION_TOPICS or ASKS_COVER.search(fold(asked)):
        return None
    state, _ = answers.apply(CheckState(), found)  # the answer's sentence for this conflict's module (art. 6)
    answer = _faq_for(topic, state, text)
    if ARAGS_CASE.search(fold(text)) or topic in NO_VERDICT_TOPICS:
        return [answer]  # a case ARAG already handles: its cover is settled
    head = talk.coverage_first(text)
    return [answer, head] if head else [answer]


def _no_check(tracker: Tracker, text: str) -> str | None:
    """The mode of a first message that starts no check: small talk, a stop, a complaint only, a case
    already running at ARAG told without a question."""
    if talk.is_small_talk(text):
        return "small_talk"
    if talk.is_stop(text) and not answers.facts_in_description(text).get("conflict"):
        return "stopped"  # "laat maar. andere vraag: mijn buurman ...": a new check, not a stop
    if "?" not in text and all(p.search(fold(text)) for p in RUNNING_CASE):
        return "running_case"
    if _complaint_only(tracker, text):  # the complaint intake answers it, not a coverage verdict
        return "complaint"
    return None


def _no_answer(
    tracker: Tracker,
    state: CheckState,
    text: str,
    keep: dict[str, Any],
    dispatcher: CollectingDispatcher,
    nothing_to_take: bool,
) -> dict[str, Any] | None:
    """A reply that answers no question: a complaint (only the policy it tells in words is taken), a
    text read as a description this turn, nothing left to ask, or words about the complaint made
    during the check. None: a reply to read as an answer."""
    if _complaint_only(tracker, text):  # registered by the hook; the policy it tells is taken
        return _policy_in_complaint(state, text, keep, dispatcher)
    if nothing_to_take:
        return {ANSWER: None, STATE: _dump(state, **keep)}
    reference = tracker.get_slot("complaint_id")
    if reference and (COMPLAINT_TALK.search(fold(text)) or _yes_to_the_complaint(tracker, text)):
        # "ja, geef dat door aan het klachtenbureau"; "ja" right after the complaint was registered
        dispatcher.utter_message(text=_complaint_waits(str(reference)))
        return {ANSWER: None, STATE: _dump(state, **keep)}
    name = state.next_question()
    if name and talk.is_small_talk(text) and answers.parse_answer(name, text).reason and not _modules_clause(text):
        dispatcher.utter_message(text="Graag gedaan!")  # thanks, no answer: the question stays open
        return {ANSWER: None, STATE: _dump(state, **keep)}
    return None


# Words about the complaint being made: never an answer to a question of the check.
COMPLAINT_TALK = re.compile(r"\bklacht\w*|\bklachtenbureau\b|\bklachtenafdeling\b")
REPORT_IT = re.compile(
    r"\b(wil|mag|moet) (ik )?(dat |het )?(graag |wel |zeker )?(melden|doorgeven|indienen|doorzetten)\b"
)
SHORT_YES_WORDS = 6  # "ja, dat wil ik melden": a yes, not a story
ACKNOWLEDGED = "onder referentie"  # in the complaint acknowledgement (actions/complaints.py)


def _complained_just_now(tracker: Tracker) -> bool:
    """The complaint was registered in reply to the customer's previous message (mid-check)."""
    if _extras(tracker).get("complained"):
        return True
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    said = [str(e.get("text") or "") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    return any(ACKNOWLEDGED in t for t in said)


def _yes_to_the_complaint(tracker: Tracker, text: str) -> bool:
    """A short yes right after a complaint was registered mid-check: a yes to the complaint being
    passed on (the acknowledgement is what the customer answers), not to the check's question."""
    t = fold(text).strip()
    if len(t.split()) > SHORT_YES_WORDS or not _complained_just_now(tracker):
        return False
    return answers.yes_no(text) is True or bool(REPORT_IT.search(t))


def _complaint_waits(reference: str) -> str:
    """A message about the complaint registered during the check: it is registered; the intake follows."""
    return (
        f"Uw klacht is al doorgegeven aan ons Klachtenbureau (referentie {reference}). Zodra uw vraag over "
        "de dekking beantwoord is, vraag ik hoe het Klachtenbureau contact met u kan opnemen."
    )


# "Consument en Wonen hebben we al lang": the module named first; "Consument & Wonen. En ik wil ook kwijt dat
# ..." (round 17): a first sentence of module names only, the answer to the modules question.
_MODULE = r"(de )?(module )?(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)"
MODULE_FIRST = re.compile(
    r"\b(consument (en|&) wonen|verkeer|inkomen) (heb|hebben|staat|staan)\b"
    rf"|^(alleen |enkel |ik heb |wij hebben |we hebben )?{_MODULE}((, | en | & ){_MODULE})*\s*[.!,;]"
)


def _policy_in_complaint(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher
) -> dict[str, Any]:
    """A complaint about ARAG that also tells the policy ("We hebben Consument & Wonen al jaren. Maar
    ... slecht van jullie"): the hook registers the complaint; the modules and options said in words
    are taken, so they are not asked again. Nothing else is read from it (no yes or no)."""
    found: dict[str, Any] = dict(answers.options_in_text(text))
    if answers.MODULES_ON_POLICY.search(fold(text)) or MODULE_FIRST.search(fold(text)):
        found["modules"] = answers.parse_modules(text)
    found = {k: v for k, v in found.items() if v is not None and answers.get(state.question, k) is None}
    if found:
        state, reasons = answers.apply(state, found)
        head = None if reasons else _progress(state, keep["said"])
        if head:
            dispatcher.utter_message(text=head)
            keep["said"] = head
    return {ANSWER: None, STATE: _dump(state, complained=True, **keep)}


def _tells_another_matter(state: CheckState, text: str) -> bool:
    """A reply that tells another kind of conflict as a new matter, a correction or a question about it."""
    found = answers.facts_in_description(NOT_THAT_ONE.sub("", text))  # "..., niet om ons eigen huis": what it is
    return _replaces(state, found, text) or _restarts(state, found, text) or _another_conflict(state, found, text)


# The part of a correction that says what it is not ("het gaat om ons vakantiehuis, niet om ons huis in Breda").
NOT_THAT_ONE = re.compile(r",?\s*(en |maar )?niet (om|over) [^.?!]*", flags=re.IGNORECASE)


def _replaces(state: CheckState, found: dict[str, Any], text: str) -> bool:
    """Another kind of conflict, told as a new matter ("andere situatie: ...") or as a correction of
    the one told ("het is niet de buurman maar mijn huurbaas ..."): a new check with the policy told,
    never "Eerder zei u iets anders ... Wat klopt?"."""
    conflict = found.get("conflict")
    if not conflict or state.question.conflict in (None, conflict):
        return False
    t = fold(text).strip()
    return bool(NEW_MATTER.search(t[:NEW_MATTER_WITHIN]) or REPLACING.search(t))


def _parsed_answer(name: str, text: str) -> answers.Answer:
    """The reply read as the answer to the question asked."""
    if name != "modules" and OK_FIRST.search(fold(text)) and _modules_clause(text):
        return answers.Answer({}, reason="ok")  # "oké staat hier, alleen inkomen": no yes, the modules found
    return _fact_in_words(name, text) or _reported_speech(name, text) or answers.parse_answer(name, text)


def _answer_in_check(state: CheckState, name: str, text: str) -> answers.Answer:
    """The reply read as the answer, with what the check already knows: in an inheritance check a death
    ("mama is in 2022 overleden") is the deceased's, told for C&W 2i, not the customer as a survivor."""
    answer = _parsed_answer(name, text)
    if state.question.conflict == "erfenis" and answer.changes.get("involved") == "surviving_relative":
        return answers.Answer(reason="ok")
    return answer


# "ok", "oké" opening a message that tells the modules found: the words of a search, not a yes.
OK_FIRST = re.compile(r"^(ok|oke|okay|okee)\b")


def _modules_clause(text: str) -> bool:
    """A clause of module names only ("ok gevonden, alleen inkomen"): the modules, told later (round 17)."""
    return any(MODULE_FIRST.search(f"{c.strip()}.") for c in re.split(r"[,.;!?]", fold(text)) if c.strip())


def _other_facts(state: CheckState, name: str, text: str) -> dict[str, Any]:
    """What an answer tells that the form has not got yet, when it does not answer the question
    asked: an amount, a country, the modules, an option."""
    found: dict[str, Any] = {**answers.facts_in_answer(text), **answers.options_in_text(text)}
    found["first_event_after_start"] = answers.first_event_in_text(text)  # "het begon toen ik nog verzekerd was"
    found["involved"] = _household(text)  # "mijn moeder heeft ARAG, ik woon op kamers" (art. 1)
    found = _inheritance(state, text, found)  # "hij overleed vorig jaar, verzekerd sinds januari": C&W 2i too
    if name != "modules" and (answers.MODULES_ON_POLICY.search(fold(text)) or _modules_clause(text)):
        found["modules"] = answers.parse_modules(text)
    for later in state.verdict().missing:  # "Geen garantie nee" while privé/zakelijk is asked: a later fact
        worded = _fact_in_words(later, text) if later != name else None
        if worded is not None:
            found.update(worded.changes)
    return {k: v for k, v in found.items() if v is not None and answers.get(state.question, k) is None}


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
    passenger = PASSENGER_IN_STORY.search(fold(described))
    if state.question.involved == "policyholder" and not passenger:
        return state  # "we wonen niet samen" about someone else than the one with the conflict
    who = "passenger" if passenger else "other"
    return dataclasses.replace(state, question=dataclasses.replace(state.question, involved=who))


def _household(text: str) -> str | None:
    """Someone of the household the message names as the one with the conflict (art. 1)."""
    involved = answers.involved_in_description(text)
    return involved if involved in HOUSEHOLD else None


def _household_told(state: CheckState, text: str) -> CheckState:
    """'ik' was read as the policyholder; "mijn moeder heeft ARAG, ik woon op kamers" makes the customer
    the child (art. 1, round 19): the guess is forgotten so that the message's person is taken."""
    if state.question.involved != "policyholder" or _household(text) is None:
        return state
    return dataclasses.replace(state, question=dataclasses.replace(state.question, involved=None))


FAQ_PREFIX = "faq_"
MIN_CONFIDENCE = 0.1  # a general question the classifier ranks under the thanks


def _question_with_thanks(tracker: Tracker) -> str | None:
    """'Dank u wel. Welk nummer was het ook alweer?': the FAQ topic of the question asked with the
    thanks (a keyword route, else the best-ranked faq intent); None: no question."""
    message = tracker.latest_message or {}
    text = str(message.get("text") or "")
    if "?" not in text:
        return None
    topic = talk.faq_topic_in(text.rsplit(".", 1)[-1]) or talk.faq_topic_in(text)
    if topic:
        return topic
    for ranked in message.get("intent_ranking") or []:
        name = str(ranked.get("name") or "")
        if name.startswith(FAQ_PREFIX) and float(ranked.get("confidence") or 0) >= MIN_CONFIDENCE:
            topic = name.removeprefix(FAQ_PREFIX)
            return topic if replies.faq_answer(topic) is not None else None
    return None


def _told_with_thanks(tracker: Tracker, name: str) -> CheckState | None:
    """The check with the answer told in a thank-you message ("Dank u, fijn. We hebben Verkeer en
    Consument & Wonen, en er staat geen 'alleenstaand' op"); the thank intent is no answer to the
    form's slot, so it is read here. None: no answer in it, or the verdict would come next."""
    text = str((tracker.latest_message or {}).get("text") or "")
    state = CheckState.load(tracker.get_slot(STATE))
    answer = answers.parse_answer(name, text)
    if answer.reason or answer.unknown or not answer.changes or not _told(text):
        return None
    extra = _other_facts(state, name, text)
    updated, reasons = answers.apply(state, {**extra, **answer.changes})
    return None if reasons or updated.next_question() is None else updated


def _thanks(tracker: Tracker) -> bool:
    """The latest message thanks or praises (the thank intent or small talk without a question)."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    return intent == "thank" or talk.is_small_talk(message.get("text") or "")


class ActionCoverageVerdict(Action):
    """The form is complete: the short verdict with its articles; details on request."""

    def name(self) -> str:
        return "action_coverage_verdict"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        mode = _extras(tracker).get("mode")
        if mode == "small_talk":
            dispatcher.utter_message(response="utter_you_are_welcome")
            return _reset(tracker)
        if mode == "stopped":
            dispatcher.utter_message(response="utter_coverage_stopped")
            return _reset(tracker)
        if mode == "finished":  # "nee" to "Kan ik u nog ergens anders mee helpen?"
            dispatcher.utter_message(response="utter_goodbye")
            return _reset(tracker)
        if mode == "running_case":
            dispatcher.utter_message(text=running_case())
            return _reset(tracker)
        if mode in ("complaint", "answered"):
            return _reset(tracker)
        state = CheckState.load(tracker.get_slot(STATE))
        message, events = short_answer(talk.final_text(state), tracker)
        dispatcher.utter_message(text=message)
        # The question stays known after its verdict, for a follow-up on it ("En met ...?").
        last = {"last": {"description": tracker.get_slot(DESCRIPTION) or "", "state": state.dump()}}
        return [*events, *RESET[:2], SlotSet(STATE, last)]


TOTAL = re.compile(r"[^,.;?!]*\b(in totaal|totaal|bij elkaar|alles samen|opgeteld)\b[^,.;?!]*")
ALSO = re.compile(r"\b(ook|daarnaast|allebei|beide|en ook)\b")
# "Wat kunnen jullie dan wel doen?" after a 'not covered': what ARAG still offers (Inleiding).
WHAT_ELSE = re.compile(
    r"\bwat (kunnen|kan|kunt|doen) (jullie|u|arag)( dan)?( nog)? wel\b|\bwat kan ik (dan|nu)( nog)? (wel )?doen\b|"
    r"\b(helpen|doen) jullie (dan )?(helemaal )?niets?\b|\bwaar kan ik (dan|nu) (wel )?terecht\b|"
    # disappointment: "dus ik heb helemaal niks aan deze polis?", "wat heb ik dan aan die verzekering?"
    r"\b((heb|hebben) (ik|we|wij)|(ik|we|wij) (heb|hebben)) (dan |er |daar |dus )*(helemaal |eigenlijk |echt )*"
    r"(niks|niets) aan\b|"
    r"\bwat (heb|hebben) (ik|we|wij) (dan |er |eigenlijk |nou |nu )*aan\b|\bwaar(voor|om) betaal ik (dan|eigenlijk|nou)\b|"
    # "Kan ik dan nog ergens advies krijgen?", "waar kan ik dan wel advies vragen?"
    r"\b(ergens|nog|wel|dan|toch)\b( \w+){0,3} (juridisch )?advies\b|\badvies (krijgen|vragen|halen|inwinnen)\b|"
    # "balen. wat kan ik dan nog wel?", "wat kunnen jullie dan wel voor me doen?"
    r"\bwat (kan|kunnen) (ik|we|wij|jullie|u) (dan |nu |nog |eigenlijk )*(nog )?wel\b|"
    # "is er dan nog iets anders wat jullie voor me kunnen doen?" (round 17)
    r"\b(iets|wat) (anders )?(wat|dat) (jullie|u|arag) (dan )?(nog )?(wel )?(voor (me|mij|ons) )?(kunnen|kunt|kan) doen\b"
)


# "Wat kost een advocaat dan?" after a 'not covered': the customer would pay, so what ARAG still offers.
COST_OF_HELP = re.compile(
    r"\b(wat|hoeveel) (kost|kosten)\b|\b(moet|mag) ik (het |dat |alles |die |een advocaat )?(dan )?(zelf|allemaal) "
    r"(betalen|regelen|doen|zoeken)\b|\bzelf (een )?(advocaat|jurist) (zoeken|nemen|betalen|inschakelen|regelen)\b"
)


# "Waarom niet?" after a verdict: the reason, with its article.
WHY_NOT = re.compile(r"^(waarom|hoezo|hoe komt dat|hoe dat zo|en waarom)\b")
# "Mag dat zomaar?", "echt waar?": a question back on the answer just given, naming nothing new.
BACK_REFERENCE = re.compile(r"\b(dat|dit|zomaar|echt|zeker|ook als|altijd)\b")


# "Wat bedoelt u met zakelijk?" after a verdict: the verdict's words explained.
WHAT_MEANT = re.compile(
    r"\b(wat|hoe) (bedoelt u|bedoel je|bedoelen jullie|betekent|verstaat u|verstaan jullie)\b|"
    r"\bwat (is|zijn) (dat|dan)( precies)?\b|\bwat houdt (dat|dit) in\b"
)
BUSINESS_WORDS = re.compile(r"\b(zakelijk|prive|zelfstandige|zzp\w*|bedrijf|eenmanszaak|naast mijn (baan|werk))\b")
PRIVATE_ROLE = (
    "De verzekering geldt voor u in de rol van particulier, niet in situaties waarin u inkomsten verwerft "
    "buiten loondienst (inleiding Flexpolis-voorwaarden). Dat geldt ook voor werk dat u een paar dagen per week "
    "naast een baan in loondienst doet: ook daarmee verwerft u inkomsten buiten loondienst."
)


def still_offered() -> str:
    """What ARAG offers when a conflict is not covered: first advice free, then a discount."""
    k = knowledge()
    summary = k.article("Inleiding").summary
    offer = next((s for s in re.split(r"(?<=[.!?])\s+", summary) if "gratis" in s), summary)
    return f"Ook dan helpt ARAG u. {offer.rstrip('.')} {k.cite(['Inleiding'])}."


# "Waar kan ik dat dan wel voor verzekeren?" after a 'not covered' (round 17): the cover the exclusion points
# to (Verkeer 4c: the ProRechtCombinatie Zakelijke Markt), else what ARAG still offers.
WHERE_INSURED = re.compile(
    r"\b(waar|hoe) (kan|kun|moet) ik (me |mij |dat |dit |zoiets |het )?(daar |daarvoor )?(dan |nu )?(wel |nog )?(voor )?"
    r"(verzeker\w*|laten verzekeren)\b|"
    r"\b(welke|andere|een andere) (verzekering|polis|module)\b.{0,30}\b(dan |nou )?(wel|nodig)\b"
)


def where_insured(state: CheckState) -> str:
    k = knowledge()
    kind = k.conflict_kinds.get(state.question.conflict or "", {})
    if not kind.get("note"):
        return still_offered()
    cite = k.cite([kind["excluded_by"]]) if kind.get("excluded_by") else ""
    return f"{k.render(kind['note']).rstrip('.')} {cite}".rstrip() + "."


# "en als dit gewoon privé was gebeurd?": the same story with one fact changed (read by _after_verdict)
SAME_STORY = re.compile(r"^\W*(en |maar )?(als|stel( nou)? dat|wat (nu |dan )?als|en wat als) (dit|dat|het|die|deze)\b")
# "En als het de hond van een wandelaar was geweest?", "en als ik daar een ongeluk had gehad met die camper?":
# the same policy, another story.
HYPOTHETICAL = re.compile(
    r"^\W*(en |maar )?(als|stel( nou)?( dat)?|wat (nu |dan )?als|en wat als)\b(?=.*\b(had|hadden|was|waren|zou|zouden)\b)"
    r".{3,200}$"
)
POLICY_FACTS = (
    "modules",
    "eigen_woning",
    "uitsluiting_burenrecht",
    "uitsluiting_motorrijtuigen",
    "uitsluiting_arbeidsrecht",
    "alleenstaand",
)


def _hypothetical(last: dict[str, Any], text: str) -> str | None:
    """The answer to another story on the same policy, asked right after a verdict: the policy's facts (and the
    country when the new story names none, "daar") are kept, the story's own facts are new. None: no such
    question, or the new story names no conflict."""
    if not last or not HYPOTHETICAL.search(fold(text)) or SAME_STORY.search(fold(text)):
        return None
    found = answers.facts_in_description(text)
    if not found.get("conflict") or found["conflict"] == "deze_verzekering":
        return None
    before = CheckState.load(last.get("state")).question
    kept = {name: getattr(before, name) for name in POLICY_FACTS if getattr(before, name) is not None}
    if "country" not in found and before.country:
        kept["country"] = before.country
    state, reasons = answers.apply(CheckState(), {**kept, **found})
    if reasons:
        return None
    verdict = state.verdict()
    text_of = talk.final_text(state) if verdict.status == NIET_GEDEKT or not verdict.missing else talk.headline(state)
    return f"In dat geval: {text_of}" if text_of else None


def _after_verdict(last: dict[str, Any], text: str) -> CheckState | None:
    """The last check with what this message adds (modules, options, an amount); None when it
    changes nothing. 'Ik heb ook Consument & Wonen' adds to the modules said before."""
    state = CheckState.load(last.get("state"))
    if state.question.conflict is None or talk.wrong_info_note(text):
        return None  # "en als ik het als privé opgeef?" asks about telling it otherwise (art. 11d), changes nothing
    changes: dict[str, Any] = {**answers.options_in_text(text), **answers.facts_in_answer(text)}
    total = TOTAL.search(fold(text))  # "120 euro per jaar, dus 360 euro in totaal": the total counts
    if total and answers.amount_in_text(total.group(0)) is not None:
        changes["amount"] = answers.amount_in_text(total.group(0))
    # "Kan ik Verkeer er nu nog bij nemen?": a module still to be added is not on the policy (art. 9)
    modules = None if re.search(talk.MODULE_ADDED_LATER, fold(text)) else answers.parse_modules(text)
    if modules:
        known = state.question.modules or frozenset()
        changes["modules"] = modules | known if ALSO.search(fold(text)) else modules
    if ROLE_WORD.search(fold(text)):  # "en als het in het weekend was gebeurd, gewoon privé?"
        changes["role"] = answers.parse_role(text)
        if changes["role"] == "particulier" and state.question.facts.get("beroepsmatig_vervoer"):
            changes["facts.beroepsmatig_vervoer"] = False  # Verkeer 4c: not driving for work then
        if changes["role"] == "particulier" and state.question.conflict == "beroepsvervoer":
            changes["conflict"] = "verkeersongeval"
    changes = {k: v for k, v in changes.items() if v is not None and answers.get(state.question, k) != v}
    if not changes:
        return None
    for name in changes:  # a new value replaces the one the verdict was given on
        state = CheckState(answers._forget(state.question, name), state.skipped)
    updated, reasons = answers.apply(state, changes)
    return None if reasons else updated


def _about_the_verdict(state: CheckState, text: str) -> str | None:
    """A reply to the verdict that adds nothing: what ARAG still offers after a 'not covered', the
    verdict again after an objection ('Ook niet als ...?'); None: not about the verdict."""
    t = fold(text).strip()
    if state.question.conflict is None:
        return None
    wrong = talk.wrong_info_note(text)
    if wrong:  # "en als ik het gewoon als privé opgeef?": art. 11d
        return wrong
    if faq_turn.named_topic(text, talk.final_text(state)) == "criminal":
        return _faq_for("criminal", state, text)  # "moet ik zelf betalen? en als ik gelijk krijg?" after art. 12
    if WHERE_INSURED.search(t) and state.verdict().status == NIET_GEDEKT:
        return where_insured(state)
    if (WHAT_ELSE.search(t) or COST_OF_HELP.search(t)) and state.verdict().status == NIET_GEDEKT:
        return still_offered()
    if WHY_NOT.search(t) and not answers.facts_in_description(text).get("conflict"):
        return f"De reden: {talk.final_text(state)}"
    if WHAT_MEANT.search(t):  # "wat bedoelt u met zakelijk? ik doe het maar twee dagen per week"
        said = talk.short_and_details(talk.final_text(state))[0]
        return f"Zoals gezegd: {said}{' ' + PRIVATE_ROLE if BUSINESS_WORDS.search(t) else ''}"
    topic = faq_turn.named_topic(text, talk.final_text(state))
    if topic:  # "en als ik gelijk krijg?" after art. 12, "en als het tot een rechtszaak komt?"
        return _faq_for(topic, state, text)
    if OBJECTION.search(t) or FOLLOW_UP.search(t):
        return f"Het antwoord blijft hetzelfde. {talk.short_and_details(talk.final_text(state))[0]}"
    return None


def _last_answer(tracker: Tracker) -> str | None:
    """The bot's last answer with an article, said in reply to the customer's previous message."""
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return None
    said = [str(e.get("text") or "") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    cited = [t for t in said if "(art. " in t or "(Inleiding" in t]
    return cited[-1].split(f" {talk.MORE}")[0].split("\n")[0] if cited else None


MIN_DETAIL_WORDS, MAX_DETAIL_WORDS = 4, 25  # a detail told after the verdict, not a bare yes or a new story


def _unchanged_by(last: dict[str, Any], text: str) -> str | None:
    """A detail told after the verdict ("we waren nooit getrouwd hoor, we woonden alleen samen") that,
    read with the question it follows, leaves the same kind of conflict and the same verdict: the
    verdict is confirmed, never the request to rephrase. None: a question, or it would change."""
    state = CheckState.load(last.get("state"))
    words = len(text.split())
    if state.question.conflict is None or _asks(text) or not MIN_DETAIL_WORDS <= words <= MAX_DETAIL_WORDS:
        return None  # a question, a bare "ja" or "nee", or a new story
    found = answers.facts_in_description(f"{last.get('description', '')} {text}")
    if found.get("conflict") != state.question.conflict:
        return None
    merged = {k: v for k, v in found.items() if answers.get(state.question, k) is None}
    updated, reasons = answers.apply(state, merged)
    if reasons or updated.verdict().status != state.verdict().status:
        return None
    return f"Dat verandert het antwoord niet. {talk.short_and_details(talk.final_text(state))[0]}"


def _back_on_the_answer(tracker: Tracker, text: str) -> str | None:
    """'Mag dat zomaar, ik heb hem pas een half jaar': a question on the answer just given that names
    no conflict and no other topic gets that answer again; None otherwise."""
    t = fold(text).strip()
    if not _asks(text) or talk.faq_topic_in(text):
        return None
    if answers.facts_in_description(text).get("conflict"):
        return None
    last = _last_answer(tracker)
    if not last:
        return None
    if BACK_REFERENCE.search(t):
        return f"Zoals gezegd: {last}"
    sentence = _sentence_on(last, text) if len(t.split()) <= SHORT_QUESTION_WORDS else None
    return f"Zoals gezegd: {sentence}" if sentence else None


SHORT_QUESTION_WORDS = 8  # "Moet ik een reden geven?", "En buiten Europa?": elliptical, read with the last answer


def _sentence_on(answer: str, question: str) -> str | None:
    """The sentence of `answer` that shares the most content words with a short question, with the
    answer's citation; None when none shares one."""
    body, cite = answer, ""
    match = re.search(r"\s(\((?:art\.|inleiding)[^()]*\))\s*$", answer, flags=re.IGNORECASE)
    if match:
        body, cite = answer[: match.start()], match.group(1)
    wanted = talk._words(question)
    sentences = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip()) if p]
    scored = [(talk._overlap(wanted, p), -i, p) for i, p in enumerate(sentences)]
    best = max(scored, default=(0, 0, ""))
    return f"{best[2]} {cite}".strip() if best[0] >= 1 else None


def _rephrase_asked_just_now(tracker: Tracker, domain: DomainDict) -> bool:
    """The bot's reply to the customer's previous message was the request to rephrase."""
    texts = [r.get("text") for r in (domain.get("responses") or {}).get("utter_ask_rephrase", [])]
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    said = [e.get("text") for e in events[users[-2] + 1 : users[-1]] if e.get("event") == "bot"]
    return bool(said) and said[-1] in texts


PHONE = re.compile(r"(?<!\d)(\+31|0031|0)[\s-]?\d([\s-]?\d){8}(?!\d)")
CALLBACK_ASKED = "terugbelverzoek"  # in the reply of action_request_callback (actions/handoff.py)


def _callback_number(tracker: Tracker, text: str) -> str | None:
    """A phone number typed after a call-back request: noted with the request (the desk has the
    conversation), with when ARAG calls and the number to call ARAG itself. None: no such number."""
    number = PHONE.search(text)
    if not number or len(text.split()) > len(number.group(0).split()) + 6:
        return None
    said = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "bot"]
    if not any(CALLBACK_ASKED in t for t in said[-4:]):
        return None
    phone = replies.contact()["servicecenter"]["phone"]
    return (
        f"Dank u, genoteerd: we bellen u terug op {number.group(0).strip()}, op de eerstvolgende werkdag. "
        f"Liever zelf bellen? Dat kan op {phone}."
    )


UNPAID = re.compile(r"\b(vrijwillig\w*|onbetaald|(geen|zonder) (vergoeding|betaling|salaris|loon))\b")


def _unpaid_board_note(state: CheckState, text: str, pending: str | None, dispatcher: CollectingDispatcher) -> None:
    """C&W 2h covers a board role in an association or foundation only when it is not paid: a
    question whether unpaid (volunteer) work matters gets that condition (issue 11, round 11)."""
    if pending or state.question.conflict != "bestuurder_vereniging" or not _asks(text):
        return
    if UNPAID.search(fold(text)):
        dispatcher.utter_message(
            text="Ja, dat maakt uit, in uw voordeel: een conflict als bestuurder van een vereniging of stichting "
            f"is alleen verzekerd als u daarvoor niet betaald wordt {knowledge().cite(['Consument & Wonen 2h'])}. "
            "Onbetaald vrijwilligerswerk valt er dus onder."
        )


def _after_the_maximum(tracker: Tracker, text: str) -> str | None:
    """'En bij een verkeersongeluk hier in Nederland met de module Verkeer?' right after the maximum
    answer asks the maximum for that case (art. 6: none for Verkeer in the Netherlands), not a check
    of the accident. None: no elliptical question after the maximum (issue 11, round 11)."""
    if "?" not in text or not faq_turn.ELLIPTICAL.search(fold(text).strip()):
        return None
    bots = [e for e in tracker.events if e.get("event") == "bot"]
    after_maximum = previous_topic(tracker) == "maximum" or (
        bool(bots) and "art. 6 Algemene regels" in str(bots[-1].get("text") or "")
    )
    if not after_maximum:
        return None
    return talk.short_and_details(talk.answer_text("maximum", text), question=text)[0]


class ActionCoverageFollowUp(Action):
    """An answer typed after the verdict ('oh wacht, ik heb ook Consument & Wonen'): the verdict
    again with it. A message the classifier could not place (nlu_fallback) that names a conflict or
    a general question gets that answer (conversation.fallback_answer); else the request to rephrase."""

    def name(self) -> str:
        return "action_coverage_follow_up"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        raw = _extras(tracker).get("last")
        last: dict[str, Any] = raw if isinstance(raw, dict) else {}
        text = (tracker.latest_message or {}).get("text") or ""
        noted = _callback_number(tracker, text)
        if noted:  # "06 12345678" after a call-back request
            dispatcher.utter_message(text=noted)
            return []
        other_story = _hypothetical(last, text)
        if other_story:  # "en als het de hond van een wandelaar was geweest?"
            message, events = short_answer(other_story, tracker)
            dispatcher.utter_message(text=message)
            return events
        state = _after_verdict(last, text) if last else None
        if state is None:
            said = _about_the_verdict(CheckState.load(last.get("state")), text) if last else None
            intent = str((tracker.latest_message or {}).get("intent", {}).get("name") or "")
            if intent.startswith(FAQ_PREFIX) and (said is None or intent.removeprefix(FAQ_PREFIX) in SECOND_TOPICS):
                # A general question right after a verdict; with an objection to it ("Ook niet als ik
                # er een contract van heb? En kan ik jullie ook mailen?") both get their answer.
                turn = faq_turn.answer_faq(
                    intent,
                    text,
                    (tracker.latest_message or {}).get("complaint"),
                    bool(tracker.get_slot(REMINDED)),
                    previous_topic=previous_topic(tracker),
                    previous_text=previous_text(tracker),
                )
                for message in ([said] if said else []) + turn.messages:
                    dispatcher.utter_message(text=message)
                return slot_events(turn)
            if said is None and intent == OUT_OF_SCOPE:  # not about the verdict after all
                dispatcher.utter_message(response="utter_out_of_scope")
                return []
            # two intents too close, or a placed intent whose words tell a conflict ("voor inkomstenbelasting,
            # aanslag" after art. 11j): what the message already says, never the request to rephrase
            told = intent == FALLBACK_INTENT or bool(answers.facts_in_description(text).get("conflict"))
            answer = talk.fallback_answer(text) if said is None and told else None
            if said is not None:
                dispatcher.utter_message(text=said)
            elif answer:  # two intents too close, but the message already says what it asks
                message, events = short_answer(answer, tracker)
                dispatcher.utter_message(text=message)
                return events
            elif not last and check_reply.corrects_the_policy(text):  # the modules told after a general answer
                return _policy_noted(tracker, text, dispatcher)
            elif english.looks_english(text):  # "Am I free to pick my own solicitor?": art. 3 and its answer
                previous = previous_text(tracker)
                answer = language_answer.follow_up_answer(previous, text) or language_answer.dutch_only_answer(text)
                dispatcher.utter_message(text=answer)
            elif last and _unchanged_by(last, text):  # "we waren nooit getrouwd hoor": the verdict stands
                dispatcher.utter_message(text=_unchanged_by(last, text))
            elif asked_of_it := _asked_of_the_last_answer(tracker, text):  # "hoe kan ik inzien wat ...?" (art. 19)
                dispatcher.utter_message(text=asked_of_it)
            elif _back_on_the_answer(tracker, text):  # "mag dat zomaar?" on the answer just given
                dispatcher.utter_message(text=_back_on_the_answer(tracker, text))
            elif _rephrase_asked_just_now(tracker, domain):  # never twice in a row: the phone number
                dispatcher.utter_message(text=replies.fallback_phone_answer())
            else:
                dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        message, events = short_answer(talk.final_text(state), tracker)
        before = talk.final_text(CheckState.load(last.get("state")))
        said = (
            "Dank u, dat verandert het antwoord."
            if talk.final_text(state) != before
            else "Het antwoord blijft hetzelfde."
        )
        dispatcher.utter_message(text=f"{said} {message}")
        return [*events, SlotSet(STATE, {"last": {**last, "state": state.dump()}})]


def _policy_noted(tracker: Tracker, text: str, dispatcher: CollectingDispatcher) -> list[EventType]:
    """'Ik heb Consument & Wonen' after an answer that did not ask for it (art. 14's days without cover):
    kept for the next check, and the customer told how to use it; never the request to rephrase."""
    facts = {**_policy_before(tracker), "modules": answers.parse_modules(text), **answers.options_in_text(text)}
    policy = {k: v for k, v in facts.items() if v is not None}
    state = answers.apply(CheckState(), policy)[0]
    story = _facts_in(previous_text(tracker))  # the conflict told just before ("Our au pair bought a laptop ...")
    head = talk.headline(answers.apply(CheckState(), {**story, **policy})[0]) if story.get("conflict") else None
    dispatcher.utter_message(
        text=f"Dank u. {head}"
        if head
        else "Dank u, dat neem ik mee. Wilt u weten of een conflict daarmee verzekerd is? Beschrijf het kort, "
        "dan zeg ik welke artikelen gelden."
    )
    return [SlotSet(STATE, {**_extras(tracker), **_kept_policy(state)})]


class ActionMoreDetails(Action):
    """'Meer uitleg': the rest of the last answer."""

    def name(self) -> str:
        return "action_more_details"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        text = (tracker.latest_message or {}).get("text") or ""
        name = (
            CheckState.load(tracker.get_slot(STATE)).next_question()
            if tracker.active_loop_name == "coverage_form"
            else None
        )
        if name and WHY_ASKED.search(fold(text)):  # "waarom wilt u dat weten?": the form asks again
            dispatcher.utter_message(text=_why_asked(name))
            return []
        asked = _asked_of_the_last_answer(tracker, text)
        if asked:  # "hoe kan ik zien wat daar over mij staat?" after art. 19: the CIS sentence, not the rest
            dispatcher.utter_message(text=asked)
            return [SlotSet(DETAILS, None)]
        details = tracker.get_slot(DETAILS) or _verdict_again(tracker)
        dispatcher.utter_message(
            text=details or "Meer staat er niet over in de voorwaarden. Stel gerust een andere vraag."
        )
        return [SlotSet(DETAILS, None)]


def _asked_of_the_last_answer(tracker: Tracker, text: str) -> str | None:
    """A question about the previous answer that one of its sentences answers (conversation.LEAD_SENTENCE), heard
    as 'meer uitleg': that sentence first, in the short shape (round 20); None otherwise."""
    topic = previous_topic(tracker)
    if not topic or not _asks(text):
        return None
    if not any(re.search(pattern, fold(text)) for pattern, _ in talk.LEAD_SENTENCE.get(topic, ())):
        return None
    return talk.short_and_details(talk.answer_text(topic, text), question=text)[0]


GENERAL_RULE = "Algemene regels)"


def _verdict_again(tracker: Tracker) -> str | None:
    """'Kunt u dat uitleggen? ... dat is toch ook verkeer?' after a verdict without more details: the
    verdict's reason again; an exclusion of the general rules holds for every module (their title)."""
    raw = _extras(tracker).get("last")
    if not isinstance(raw, dict) or tracker.active_loop_name:
        return None
    state = CheckState.load(raw.get("state"))
    if state.question.conflict is None:
        return None
    text = talk.short_and_details(talk.final_text(state))[0]
    events = list(tracker.events)
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    said = [
        str(e.get("text") or "") for e in events[users[-2] + 1 if len(users) > 1 else 0 :] if e.get("event") == "bot"
    ]
    if not any(text.split(" (art.")[0] in t for t in said):
        return None  # the verdict was not the last answer: never an old verdict after another answer
    if state.verdict().status == NIET_GEDEKT and GENERAL_RULE in text:
        text += " Deze uitsluiting staat in de Algemene regels en geldt dus voor alle modules, ook voor Verkeer."
    return f"Zoals gezegd: {text}"
