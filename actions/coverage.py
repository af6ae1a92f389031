"""The coverage check: a Rasa form that asks only what the checker still needs.

Slots (bot/domain/coverage.yml): `cc_description` (the message that started the check, and any
later check_coverage message), `cc_answer` (the reply to the current question, from text), and
`cc_state` (the `CheckState` so far; after a verdict only {"last": {"description": ...}}, so that
a follow-up such as "En met de verdeling van ons huis?" is read with it). `required_slots` is
computed from the checker's `missing` list; every answer is parsed by bot/policy via flexbot/flexpolis/dialogue.py and then cleared, so
the one slot `cc_answer` is asked again as long as the checker needs something.

This module holds the Rasa actions; their helpers live beside it: coverage_slots (the slots and small
readers), coverage_policy (the policy told so far), coverage_story (reading a description),
coverage_corrections (a fact set straight), coverage_answers (reading the reply to a question),
coverage_complaint (a complaint during the check), coverage_questions (questions beside the check),
coverage_thanks (thanks while a question is open) and coverage_follow_up (after the verdict).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answering import (
    DETAILS,
    REMINDED,
    earlier_in_another_language,
    previous_text,
    previous_topic,
    short_answer,
    slot_events,
)
from actions.coverage_answers import (
    MODULE_WORDS,
    _answer_in_check,
    _closing,
    _later_facts,
    _named_conditions,
    _not_taken,
    _other_facts,
    _told_besides,
    _total_told,
    _with_unknown_notes,
)
from actions.coverage_complaint import _no_answer
from actions.coverage_corrections import (
    _business_too,
    _circumstance_corrected,
    _correction,
    _fact_corrected,
    _kind_corrected,
    _read_again,
    _without_corrected,
    corrected_after_verdict,
    story_read_again,
)
from actions.coverage_follow_up import (
    _about_the_verdict,
    _after_verdict,
    _another_matter_answer,
    _asked_of_the_last_answer,
    _back_on_the_answer,
    _callback_number,
    _hypothetical,
    _module_taken_now,
    _policy_noted,
    _rephrase_asked_just_now,
    _unchanged_by,
    _verdict_again,
    hypothetical_beside,
    with_notes_after,
)
from actions.coverage_policy import _kept_policy, _policy_before, _policy_slot, _reset, _with_policy_dates
from actions.coverage_questions import (
    WHY_ASKED,
    _after_the_maximum,
    _answered_question,
    _aside,
    _faq_for,
    _general_answer,
    _no_check,
    _separate_small_matter,
    _topic_in,
    _unpaid_board_note,
    _why_asked,
    running_case,
)
from actions.coverage_slots import (
    ANSWER,
    DESCRIPTION,
    FAQ_PREFIX,
    RESET,
    STATE,
    _asks,
    _description_before,
    _dump,
    _extras,
    _fresh_start,
    _previous_user_text,
    _progress,
    _told,
    _what_it_may_change,
    forgotten,
)
from actions.coverage_story import (
    CORRECTING,
    _child_moved_out,
    _facts_told,
    _first_matter_answered,
    _household_told,
    _learned_kind,
    _mid_check,
    _nothing_follows,
    _partner_not_at_home,
    _tells_another_matter,
    _with_open_exclusion,
    household_opponent_told,
    sharper_kind_told,
)
from actions.coverage_thanks import _question_with_thanks, _thanks, _told_with_thanks
from flexbot.dutch import fold
from flexbot.flexpolis import (
    check_reply,
    checker,
    english,
    faq_turn,
    kind_reader,
    language_answer,
    matters,
    premium_dates,
    replies,
)
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState

FALLBACK_INTENT = "nlu_fallback"  # FallbackClassifier's intent: two intents too close or too unsure


# General questions that come second to a reply on the verdict in one message (data/rules/coverage.yml).
SECOND_TOPICS = frozenset({"contact", "report"})


OUT_OF_SCOPE = "out_of_scope"  # right after a verdict read with it first ("wat kost een advocaat dan?")


SHORT_QUESTION = 15  # words: a question about the last answer, not a story of its own


def _before_the_story(tracker: Tracker, text: str, dispatcher: CollectingDispatcher) -> dict[str, Any] | None:
    """A description that needs no reading of its own. At the start: small talk, a stop or a complaint only (no
    check; the policy told is kept), or "En bij een verkeersongeluk hier in Nederland?" right after the maximum (art.
    6). Mid-check: another story asked about ("en als het huis in Mexico had gestaan?", round 53), which corrects
    nothing. None: read the story."""
    if not _fresh_start(tracker):
        now = CheckState.load(tracker.get_slot(STATE))
        described = _description_before(tracker)
        other_story = _hypothetical({"description": described, "state": now.dump()}, text)
        if not other_story:
            return None
        dispatcher.utter_message(text=other_story)
        return {DESCRIPTION: described, STATE: _dump(now, **{**_extras(tracker), "described": text})}
    mode = _no_check(tracker, text)
    if mode:
        return {DESCRIPTION: text, STATE: {"mode": mode, **_policy_slot(tracker)}}
    # round 153: "En als het op de openbare weg was gebeurd?" right after a verdict, read as a new story
    last = _extras(tracker).get("last")
    other_story = _hypothetical(last, text) if isinstance(last, dict) else None
    if other_story:
        dispatcher.utter_message(text=other_story)
        return {DESCRIPTION: text, STATE: {"mode": "answered", **_policy_slot(tracker)}}
    # round 121: "Ik kan het pas over zes weken betalen. Is dat een probleem?" after the eigen risico: a short question
    # that a sentence of the last answer answers (conversation.LEAD_SENTENCE), not a story to read
    follow = _after_the_maximum(tracker, text) or (
        _asked_of_the_last_answer(tracker, text) if len(text.split()) <= SHORT_QUESTION else None
    )
    if follow:
        dispatcher.utter_message(text=follow)
        return {DESCRIPTION: text, STATE: {"mode": "answered", **_policy_slot(tracker)}}
    return None


def _corrected_last_story(tracker: Tracker, text: str) -> dict[str, Any]:
    """Round 132: a correction right after a verdict that Rasa read as a new story ("Nee sorry, verkeerd verteld: het was
    zondag, in onze eigen privéauto. Niet in de taxi."): the last story read again with it, when that changes a fact;
    {} otherwise."""
    last = _extras(tracker).get("last") if _fresh_start(tracker) else None
    if not isinstance(last, dict):
        return {}
    before = CheckState.load(last.get("state"))
    found = story_read_again(before, str(last.get("description") or ""), text)
    story = [
        k
        for k, v in found.items()
        if answers.get(before.question, k) != v and (k in STORY_FACTS or k.startswith("facts."))
    ]
    return found if story else {}


STORY_FACTS = frozenset({"conflict", "country", "role", "involved", "opponent"})  # not the policy's


def _questions_beside(state: CheckState, text: str, asked: str | None, dispatcher: CollectingDispatcher) -> None:
    """The general questions asked beside the story, each answered after what follows for it; an answer already sent
    in this turn (art. 12's headline of a charge, then "Helpen jullie mij met die strafzaak?") is not sent again."""
    if asked:
        _say_once(dispatcher, _faq_for(asked, state, text))
    # round 131: a question no keyword route knows, read by the learned reader ("En hoe lang duurt het voordat ik hoor?")
    topic = talk.second_faq_topic(text) or talk.learned_topic(text, {asked} if asked else set())
    if topic is None and english.has_english(text):  # round 168: "How do I report a claim with you guys? Webshop ..."
        topic = talk.second_faq_topic(english.gist(text)) or talk.faq_topic_in(english.gist(text))
    if topic is None and "?" in text and talk.faq_topic_in(text) == "eigen_risico":
        topic = (
            "eigen_risico"  # round 98: "Op mijn polis staat een eigen risico van 150 euro. ... Moet ik die betalen?"
        )
    if topic == "premium" and check_reply.premium_protest(text):
        topic = None  # round 64: "Daar betaal ik toch premie voor?" beside the story asks nothing about the premium
    if topic and topic != asked:
        _say_once(dispatcher, _faq_for(topic, state, text))
    also = (
        talk.other_faq_topic(text, topic) if topic else None
    )  # round 113: "wie ... behandelen en of ik ... mag kiezen"
    if also and also not in (topic, asked):
        _say_once(dispatcher, _faq_for(also, state, text))


def _say_once(dispatcher: CollectingDispatcher, text: str) -> None:
    """Sends `text` unless its first sentence opens a message already sent in this turn, or, when it is a whole
    sentence of its own, stands anywhere in one (round 179: art. 1's note on a studying child, said with the headline)."""
    first = re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]
    sent = [str(m.get("text") or "") for m in dispatcher.messages]
    if not any(said.startswith(first) or len(first) >= WHOLE_SENTENCE and first in said for said in sent):
        dispatcher.utter_message(text=text)


WHOLE_SENTENCE = 40  # characters: not "Dank u." or "Zoals gezegd:"


def _say_what_follows(
    head: str | None,
    state: CheckState,
    text: str,
    extras: dict[str, Any],
    fresh: bool,
    asked: str | None,
    dispatcher: CollectingDispatcher,
) -> None:
    """What follows from a description, once: new, restated after a correction, repeated when asked again, or
    acknowledged after a detail; mid-check, with what a fact told may change (check_reply.outcome_note)."""
    if not head:
        return
    if head != extras.get("said"):
        dispatcher.utter_message(text=head)
        extras["said"] = head
        if not fresh:  # round 63: "Verkeer hebben we. Maar hij zat erboven." (Verkeer 4a)
            _what_it_may_change(state, text, dispatcher)
    elif fresh:
        return
    elif CORRECTING.search(fold(text)):
        dispatcher.utter_message(text=f"Duidelijk. {head}")  # a restatement: the answer stands
    elif _asks(text) and not asked:
        dispatcher.utter_message(text=f"Zoals gezegd: {head}")  # asked again: what follows so far
        _what_it_may_change(state, text, dispatcher)
    elif _told(text):
        # a detail that changes nothing ("hij zegt dat hij het niet gedaan heeft"): acknowledged,
        # never the question again without a word
        dispatcher.utter_message(text=f"Dank u. Tot nu toe geldt: {head}")
        _what_it_may_change(state, text, dispatcher)


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
        early = _before_the_story(tracker, text, dispatcher)
        if early is not None:
            return early
        # round 127: of two matters told at once the check reads the first (the other is answered below); only in a first
        # story, not in a reply to the check's question ("allebei: in loondienst, daarnaast een eenmanszaak")
        first_story = _fresh_start(tracker) and not tracker.get_slot(STATE)
        found = _facts_told(tracker, matters.for_the_check(text) if first_story else text)
        asked_to_add = previous_text(tracker)
        if first_story and re.search(talk.MODULE_ADDED_LATER, fold(asked_to_add)) and found.get("conflict"):
            # round 166: the story right after asking to add a module ("Kan ik de module Inkomen nog toevoegen?", then "Er
            # komt namelijk een reorganisatie aan ..."): read with that question (art. 9; the module is not on the policy)
            found = {**found, **_facts_told(tracker, f"{asked_to_add} {text}")}
        found = _corrected_last_story(tracker, text) or found
        if _fresh_start(tracker) and found.get("conflict"):  # 'alleen Inkomen', told for an earlier conflict
            found = _with_policy_dates(tracker, text, {**_policy_before(tracker, text), **found})
        gap = premium_dates.gap_answer(text, previous_text(tracker)) if _fresh_start(tracker) else None
        general = [gap] if gap else _general_answer(text, found) if _fresh_start(tracker) else None
        if general:  # a question answered without a check
            for message in general:
                dispatcher.utter_message(text=message)
            return {DESCRIPTION: text, STATE: {"mode": "answered", **_policy_slot(tracker)}}
        read_by_model = _fresh_start(tracker) and _nothing_follows(found)
        if read_by_model:
            found = _learned_kind(found, text)  # a story the rules read no kind in (kind_reader.py)
            read_by_model = bool(found.get("conflict"))
        extras = _extras(tracker)
        story = ""
        if _fresh_start(tracker):
            state = CheckState()
            extras = {}
        else:  # a new description mid-check: fill gaps; only explicit facts may contradict
            before, fixed = _without_corrected(CheckState.load(tracker.get_slot(STATE)), text)
            # round 132: "sorry, ik bedoel mijn scooter, niet mijn fiets" read as a description: the story again with it
            again = _read_again(before, _description_before(tracker), text)
            if "conflict" in again:
                before, fixed = forgotten(before, again), {**fixed, **again}
            before = _partner_not_at_home(before, text, previous_text(tracker))  # "we wonen niet samen" (art. 1)
            if _tells_another_matter(
                before, text, _description_before(tracker)
            ):  # "heb C&W. oh en nog iets anders: ...": the first check's answer
                _first_matter_answered(before, text, dispatcher)
            else:  # round 60: more of the same story; later turns read it whole ("stel dat ik hem ... had gekocht?")
                story = _description_before(tracker)
            state, extras, found = _mid_check(before, extras, found, text, _description_before(tracker))
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
        fresh = _fresh_start(tracker)
        head = talk.headline(
            state, told=text if fresh else "", before=(_previous_user_text(tracker) or "") if fresh else ""
        )
        head = _with_open_exclusion(head, state, text) if head and _fresh_start(tracker) else head
        _say_what_follows(head, state, text, extras, _fresh_start(tracker), asked, dispatcher)
        if read_by_model and head:
            dispatcher.utter_message(text=kind_reader.READ_AS_NOTE)
        _questions_beside(state, text, asked, dispatcher)
        other = matters.other_matter(text, state.question.conflict) if first_story else None
        if other:  # round 127: "Twee dingen: ... en ..." (the check goes on about the first)
            dispatcher.utter_message(text=other)
        supposed = hypothetical_beside(state, text) if first_story and state.question.conflict else None
        if supposed and state.next_question() is not None:  # round 153: "... En als hij nuchter was geweest?"
            dispatcher.utter_message(text=supposed)
            supposed = None  # else after the verdict (ActionCoverageVerdict)
        # the other conflict is answered again when the modules are told (validate_cc_answer)
        waiting = (
            matters.other_piece(text, state.question.conflict)
            if first_story and state.question.modules is None
            else None
        )
        return {
            DESCRIPTION: f"{story} {text}" if story and text not in story else text,
            STATE: _dump(
                state,
                said=extras.get("said"),
                described=extras.get("described"),
                restarted=extras.get("restarted"),
                other=list(waiting) if waiting else None,
                supposed=supposed,
            ),
        }

    async def validate_cc_answer(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        extras = _extras(tracker)
        text = str(value or "")
        state = _household_told(CheckState.load(tracker.get_slot(STATE)), text)
        state = _partner_not_at_home(state, text, _description_before(tracker))
        state = _child_moved_out(state, text)
        name = state.next_question()
        # What survives this turn; `quiet` (a question passed over by thanks) only until an answer.
        keep = {
            "said": extras.get("said"),
            "asked": extras.get("asked"),
            "quiet": extras.get("quiet"),
            "other": extras.get("other"),
        }
        closing = _closing(
            text, extras.get("quiet") == name, dispatcher, extras.get("restarted") == text, _kept_policy(state)
        )
        if closing is not None:
            return closing if closing else {ANSWER: None, STATE: _dump(state, **keep)}
        # A complaint (registered by the complaint hook; the form asks its question again), a text
        # already read as a description in this turn, or nothing left to ask: nothing to take.
        untaken = _no_answer(
            tracker, state, text, keep, dispatcher, extras.get("described") == text or name is None
        ) or _separate_small_matter(state, text, keep, dispatcher)
        if untaken is not None or name is None:
            return untaken or {ANSWER: None, STATE: _dump(state, **keep)}
        described = _description_before(tracker)
        # "sorry, het was van een particulier, zonder garantie": the same car, a circumstance set straight (Verkeer 4d)
        corrected = _circumstance_corrected(state, text, keep, dispatcher, described) or _kind_corrected(
            state, text, keep, dispatcher, described
        )
        # read as an answer, but a new conflict, or the driver over the limit told (Verkeer 4a decides, round 69)
        if corrected is None and (
            _tells_another_matter(state, text, described)
            or check_reply.over_the_limit_told(state, text)
            or sharper_kind_told(state, text)
            or household_opponent_told(state, text, described)
        ):
            return {ANSWER: None, **await self.validate_cc_description(text, dispatcher, tracker, domain)}
        corrected = (
            corrected
            or _fact_corrected(state, text, keep, dispatcher, described)
            or _correction(state, text, keep, dispatcher, name)
        )
        if corrected is not None:
            return corrected
        answer = _answer_in_check(state, name, text, described)
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
            return _each_possibility(state, name, text, keep, dispatcher)
        if answer.reason:
            return _not_taken(state, name, text, answer.reason, extras.get("tries"), keep, dispatcher)
        # An answer may also name an amount in euros or a country ("in Duitsland"); a different
        # value than before is a contradiction: re-asked, never silently overwritten.
        extra = _told_besides(state, name, text, answer, described)
        state, reasons = answers.apply(_total_told(state, text, extra), {**answer.changes, **extra})
        pending = " ".join(dict.fromkeys(reasons)) or None
        _unpaid_board_note(state, text, pending, dispatcher)  # "vrijwilligerswerk, maakt dat uit?": C&W 2h
        head = (
            None
            if pending
            else _progress(state, keep["said"])
            # also the modules told beside the question asked ("Ik heb C&W" to who has the conflict, round 90)
            or (
                f"Dank u. {keep['said']}"
                if (other or "modules" in extra) and keep["said"] and state.next_question()
                else None
            )
        )
        if head:  # what follows now (or, after an answer to another question, still), before the next question
            head = _with_open_exclusion(head, state, described)  # round 110: "tweedehands" told before: Verkeer 4d
            dispatcher.utter_message(text=head)
            keep["said"] = head.removeprefix("Dank u. ")
        _what_it_may_change(state, text, dispatcher)  # "Ik heb Verkeer. Ik had wel twee glazen wijn op" (4a, round 58)
        other_now = (
            matters.after_the_modules(keep["other"], text)
            if keep["other"] and state.question.modules is not None
            else None
        )
        if other_now:
            dispatcher.utter_message(text=other_now)
            keep.pop("other")
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
        # asked just before, and the customer asked something else instead of answering: a short reminder
        # ("waarom vraagt u dat?" got the reason, and the question itself follows it)
        latest = str((tracker.latest_message or {}).get("text") or "")
        asked_before = extras.get("asked") == name and _asks(latest) and not WHY_ASKED.search(fold(latest))
        extras["asked"] = name
        if pending and pending.startswith("Eerder zei u iets anders"):
            text = f"{pending.removesuffix(' Wat klopt?')} {answers.question(name)}"
        elif pending and pending.rstrip().endswith("?"):
            text = pending  # the reason already asks the question
        elif pending:
            text = f"{pending} {answers.question(name)}"
        elif asked_before:
            text = talk.ask_again(name)
        else:
            text = talk.ask(name)
        dispatcher.utter_message(text=text)
        extras.pop("pending", None)
        extras.pop("quiet", None)
        return [SlotSet(STATE, extras)]


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
        message = talk.with_still_helped(message, state)
        dispatcher.utter_message(text=message)
        supposed = _extras(tracker).get("supposed")
        if supposed:  # the other case the first message supposed ("En als hij nuchter was geweest?", round 153)
            dispatcher.utter_message(text=str(supposed))
        # The question stays known after its verdict, for a follow-up on it ("En met ...?").
        last = {"last": {"description": tracker.get_slot(DESCRIPTION) or "", "state": state.dump()}}
        return [*events, *RESET[:2], SlotSet(STATE, last)]


def _each_possibility(
    state: CheckState, name: str, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher
) -> dict[str, Any]:
    """'Weet ik niet': the answer for each possibility of the unknown input, then the next question."""
    if name == "modules":
        state, name = _option_unknown(state, name, text)
    each = talk.for_each_possibility(state, name)
    if each:
        dispatcher.utter_message(text=_with_unknown_notes(state, name, each))
    state = answers.skip(state, name)
    return {ANSWER: None, STATE: _dump(state, **keep)}


def _option_unknown(state: CheckState, name: str, text: str) -> tuple[CheckState, str]:
    """Round 107: "heb c&w maar weet niet of eigen woning erbij zit": the modules taken, the option the unknown one."""
    modules = answers.parse_modules(text)
    if not modules:
        return state, name
    updated, reasons = answers.apply(state, {"modules": modules})
    options = [m for m in updated.verdict().missing if m in checker.OPTION_MODULE]
    return (updated, options[0]) if options and not reasons else (state, name)


def _in_another_language(tracker: Tracker, text: str, last: dict[str, Any]) -> str | None:
    """A message in English ("Am I free to pick my own solicitor?"), or the modules in a bare answer ("c&w") after a
    story in English (round 116): art. 3 and what follows, in Dutch. The modules told in English after a Dutch general
    answer are left to `_policy_noted`."""
    previous = earlier_in_another_language(tracker)
    if previous and not answers.parse_answer("modules", text).reason:
        modules = language_answer.follow_up_answer(previous, text)
        if modules:
            return modules
    if not english.looks_english(text) or (not last and check_reply.corrects_the_policy(text)):
        return None
    answer = language_answer.follow_up_answer(previous, text) if previous else None
    return answer or language_answer.dutch_only_answer(text)


def _with_the_story_beside(
    dispatcher: CollectingDispatcher, tracker: Tracker, answer: str, text: str
) -> list[EventType]:
    """The answer to a message the classifier could not place; when that is a general answer, the story the message
    tells beside it gets its own (round 135: "Iemand heeft foto's van mij ... Kan ik het meteen online melden?")."""
    message, events = short_answer(answer, tracker)
    dispatcher.utter_message(text=message)
    first = talk.coverage_first(text)
    # round 143: a question of amounts answered first ("Tot welk bedrag betalen jullie?") keeps the story's own answer
    aside = (None if first in answer else first) if first else talk.coverage_aside(text, talk.faq_topic_in(text))
    if aside:
        dispatcher.utter_message(text=aside)
    return events


def _another_story(last: dict[str, Any], text: str) -> str | None:
    """Another case on the same policy right after a verdict: one supposed ("en als het de hond van een wandelaar was
    geweest?"), or another matter told with its modules (round 152: "Oké. Iets anders: een koper van mijn oude gitaar
    ... Ik heb Consument & Wonen.", the modules belong to it, not to the verdict before). None: neither."""
    if not last:
        return None
    return _hypothetical(last, text) or _another_matter_answer(CheckState.load(last.get("state")), text)


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
        other_story = _another_story(last, text)
        if other_story:  # "en als het de hond van een wandelaar was geweest?", "Oké. Iets anders: ..."
            message, events = short_answer(other_story, tracker)
            dispatcher.utter_message(text=message)
            return events
        state = (_after_verdict(last, text) or corrected_after_verdict(last, text)) if last else None
        if state is None:
            intent = str((tracker.latest_message or {}).get("intent", {}).get("name") or "")
            placed = intent.startswith(FAQ_PREFIX)
            said = _about_the_verdict(CheckState.load(last.get("state")), text, placed) if last else None
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
            # round 109: a member of the household described ("Onze dochter studeert in Groningen en woont daar op
            # kamers"): who is insured (art. 1)
            told = told or not last and answers.involved_in_description(text) not in (None, "policyholder")
            told = told or not last and bool(re.search(talk.MOVING_ABROAD_TOLD, fold(text)))  # round 114: art. 15
            told = told and not (
                last and check_reply.detail_of_the_story(last, text)
            )  # round 60: "..., maakt dat uit?"
            # round 166: a story told right after art. 9's answer on a module to add ("Er komt namelijk een reorganisatie
            # aan ...") is read with that question: the module is not on the policy yet
            story = (
                f"{previous_text(tracker)} {text}" if not last and previous_topic(tracker) == "waiting_period" else text
            )
            answer = talk.fallback_answer(story) if said is None and told else None
            if said is not None:
                dispatcher.utter_message(text=said)
            elif answer:  # two intents too close, but the message already says what it asks
                return _with_the_story_beside(dispatcher, tracker, answer, text)
            elif in_english := _in_another_language(tracker, text, last):  # art. 3 and what follows
                dispatcher.utter_message(text=in_english)
            elif not last and check_reply.corrects_the_policy(text):  # the modules told after a general answer
                return _policy_noted(tracker, text, dispatcher)
            elif last and (kept := _module_taken_now(text) or _unchanged_by(last, text)):
                dispatcher.utter_message(text=kept)  # "we waren nooit getrouwd hoor": the verdict stands
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
        message = talk.with_still_helped(message, state)
        before = talk.final_text(CheckState.load(last.get("state")))
        said = (
            "Dank u, dat verandert het antwoord."
            if talk.final_text(state) != before
            else "Het antwoord blijft hetzelfde."
        )
        dispatcher.utter_message(text=f"{said} {with_notes_after(message, last, state, text)}")
        return [*events, SlotSet(STATE, {"last": {**last, "state": state.dump()}})]


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
