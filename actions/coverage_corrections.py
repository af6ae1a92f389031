"""A fact set straight as a reply: a corrected amount, country or policy start, a job and a business
of one's own, and a correction of the kind of conflict."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.coverage_follow_up import SOBER, _hypothetical, _same_story_otherwise, _same_thing_otherwise
from actions.coverage_slots import ANSWER, STATE, _dump, _progress, forgotten
from actions.coverage_story import _inheritance
from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.dialogue_amounts import STAKE_TOLD

# "wacht, het bedrag is eigenlijk 150 euro", "ik haal het door elkaar: het was in Thailand": a fact set straight.
FACT_CORRECTION = re.compile(
    r"\b(wacht|vergis\w*|door elkaar|verkeerd|verkeerde|sorry|correctie|verbetering|verschreven|oeps|typfout|tikfout|"
    r"ik zie (het|nu|net)|update|inmiddels|het verschil is)\b"  # round 60: "Update: KLM biedt nu 950. Het verschil is dus nog 150."
)  # a bare "het gaat eigenlijk om 5000 euro" still asks what is right (round 5)


CORRECTABLE = ("amount", "country")


def _without_corrected(state: CheckState, text: str) -> tuple[CheckState, dict[str, Any]]:
    """An amount or a country told again with a word that corrects it: the value told before is
    forgotten and the new one returned (to apply), never "Eerder zei u iets anders ... Wat klopt?"."""
    # round 71: what is left at stake replaces the sum ("het gaat me om zo'n 300 euro verschil", "nog maar om 150")
    left = STAKE_TOLD.search(fold(text)) and STAKE_LEFT.search(fold(text))
    if not FACT_CORRECTION.search(fold(text)) and not left:
        return state, {}
    told = answers.facts_in_answer(text)
    changes = {
        k: told[k]
        for k in CORRECTABLE
        if told.get(k) is not None and answers.get(state.question, k) not in (None, told[k])
    }
    return forgotten(state, changes), changes


STAKE_LEFT = re.compile(r"\b(nog|maar|verschil|rest|restant|over)\b")


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
    # round 53: "en als het huis in Mexico had gestaan?" asks about another story, corrects nothing
    other_story = _hypothetical({"description": described, "state": state.dump()}, text)
    if other_story:
        dispatcher.utter_message(text=other_story)
        return {ANSWER: None, STATE: _dump(state, **keep)}
    state, fixed = _without_corrected(state, text)
    state, started = _policy_start_told(state, text, described)
    fixed = {**fixed, **started, **_business_too(state, text)}
    if not fixed:
        return None
    if state.question.modules is None and answers.parse_modules(text):  # "Consument & Wonen. Het gaat me om 300."
        fixed = {"modules": answers.parse_modules(text), **answers.options_in_text(text), **fixed}
    return _with_fixed(state, fixed, keep, dispatcher)


def _circumstance_corrected(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher, described: str
) -> dict[str, Any] | None:
    """Round 55: "sorry, het was niet bij de garage maar van een particulier via marktplaats, zonder garantie" mid-check:
    read with the story it keeps the story's kind of conflict and sets a circumstance straight (Verkeer 4d), where the
    reply alone reads as another purchase. None: no such correction."""
    if not described or not FACT_CORRECTION.search(fold(text)):
        return None
    found = answers.facts_in_description(text)
    joint = _same_thing_otherwise({"description": described, "state": state.dump()}, text, found)
    facts = {
        k: v
        for k, v in joint.items()
        if joint is not found and k.startswith("facts.") and answers.get(state.question, k) != v
    }
    if not facts:
        return None
    return _with_fixed(state, facts, keep, dispatcher)


def _with_fixed(
    state: CheckState, fixed: dict[str, Any], keep: dict[str, Any], dispatcher: CollectingDispatcher
) -> dict[str, Any]:
    """The facts set straight applied: what follows now is said, unless the verdict itself comes next."""
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


# Round 132: a correction right after the verdict ("o wacht, het is niet het huis waar we wonen maar het appartement dat ik
# verhuur", "sorry, ik bedoel mijn scooter, niet mijn fiets", "ik reed zelf niet, mijn vrouw reed, zij had niks
# gedronken"): the story is read again with it.
# Said in so many words: not "inmiddels" or "update" (news, round 96: "zij is inmiddels verhuisd, het is uit").
CORRECTED_AFTER_VERDICT = re.compile(
    r"\b(wacht(?! (al|op|nog|sinds|tot|maanden|weken|dagen|jaren))|vergis\w*|door elkaar|verkeerd (verteld|gezegd|getypt|begrepen)|sorry|correctie|verbetering|verschreven|"
    r"ik bedoel(de)?|excuus|pardon|ik (reed|rijd) zelf niet|niet ik maar|(het|dat|dit) (is|was|ging) (\w+ )?eigenlijk)\b"
)
SWAPPED = re.compile(
    r"\bniet (de|het|mijn|m'?n|onze|ons|die) \w+,? (maar|het is|het was) (de|het|mijn|m'?n|onze|ons|die|een)\b"
)
# "er zit gewoon 6 maanden BOVAG-garantie op": the second-hand car came with a guarantee after all (Verkeer 4d)
WITH_GUARANTEE = re.compile(r"\b(met|zit|zat|had|heeft|kreeg)\b[^.?!]{0,25}\b(bovag-?)?garantie\b(?! (meer|niet))")


def story_read_again(before: CheckState, story: str, text: str) -> dict[str, Any]:
    """The story's facts read again with a correction ({} when the message corrects nothing)."""
    t = fold(text)
    if not story or before.question.conflict is None or not CORRECTED_AFTER_VERDICT.search(t):
        return {}
    if answers.options_in_text(text) or answers.alleenstaand_in_text(text) is not None:
        # the policy set straight ("nee wacht, ik heb verkeer uitgesloten", "o wacht, op mijn polis staat 'alleenstaand',
        # ik ben gescheiden"): the option routes answer, the story is not read again
        return {}
    last = {"description": story, "state": before.dump()}
    # the other side swapped ("niet de buurman maar de verhuurder van ons huis"): the correction is read on its own over
    # the story; anything else ("ik bedoel mijn brommer", "er zit gewoon BOVAG-garantie op") is read with the story
    alone = answers.facts_in_description(text) if SWAPPED.search(t) else {}
    found = _same_story_otherwise(last, text) or (
        {**answers.facts_in_description(story), **alone}
        if alone.get("conflict")
        else answers.facts_in_description(f"{story} {text}")
    )
    if found.get("conflict") == "onder_invloed" and SOBER.search(t):
        return {}  # "ik reed, niet hij, en ik had niks gedronken": no drink read from the word "gedronken" (round 75)
    found = {
        k: v for k, v in {**found, "country": answers.facts_in_answer(text).get("country")}.items() if v is not None
    }
    if WITH_GUARANTEE.search(t) and not re.search(r"\b(zonder|geen) (\w+ )?(bovag-?)?garantie\b", t):
        found["facts.tweedehands_zonder_garantie"] = False
    return found


def _read_again(before: CheckState, story: str, text: str) -> dict[str, Any]:
    """The facts that differ when the story is read again with a correction ({} when none does, or no correction)."""
    found = story_read_again(before, story, text)
    return {k: v for k, v in found.items() if answers.get(before.question, k) != v}


def corrected_after_verdict(last: dict[str, Any], text: str) -> CheckState | None:
    """The last check read again with a correction of the story, when that changes the answer; None otherwise (the
    verdict stands or other routes answer)."""
    before = CheckState.load(last.get("state"))
    changes = _read_again(before, str(last.get("description") or ""), text)
    if not changes:
        return None
    updated, reasons = answers.apply(forgotten(before, changes), changes)
    if reasons or talk.final_text(updated) == talk.final_text(before):
        return None
    return updated


def _kind_corrected(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher, described: str
) -> dict[str, Any] | None:
    """Mid-check, "sorry, ik bedoel mijn brommer, niet mijn fiets": the story read again with the correction reads another
    kind of conflict (C&W 3c), never a "nee" to the question asked. None: no such correction."""
    changes = _read_again(state, described, text)
    if "conflict" not in changes:
        return None
    return _with_fixed(forgotten(state, changes), changes, keep, dispatcher)
