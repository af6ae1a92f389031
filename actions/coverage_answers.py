"""Reading the reply to the form's question: the answer (in words, reported speech, module names), what it
tells besides, a closing yes or no, an answer that cannot be used, and the answer for each possibility."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.coverage_slots import ANSWER, BARE_YES_NO, STATE, _dump, _told, _what_it_may_change
from actions.coverage_story import _fact_in_words, _household, _inheritance
from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis import english, faq_turn, story_facts
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.dialogue_people import child_living_apart
from flexbot.flexpolis.knowledge import knowledge

MAX_TRIES = 3  # an answer that cannot be used twice: go on without it, never loop


# "ja allebei", "die heb ik allebei": a yes to every condition the first answer named.
BOTH = re.compile(r"\b(allebei|alle ?twee|beide|beiden|allemaal)\b")


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


HAVE_IT = re.compile(
    r"^\W*(ja,? |jawel,? )?(die |dat |deze )?(heb ik|hebben we|hebben wij|heb ik wel|hebben we wel)\b|"
    # round 143: "Die module heb ik.", "Die heb ik wel", "Die module hebben we ook"
    r"^\W*(ja,? |jawel,? )?(die|deze|dat) (module|optie)? ?(heb|hebben) (ik|we|wij)\b"
)


def _named_conditions(state: CheckState, said: str | None, text: str) -> dict[str, Any] | None:
    """A yes to the modules question after a first answer that named the one module (and the
    options) it takes: those are on the policy. None when the yes cannot be read that way."""
    both = bool(BOTH.search(fold(text)))  # "allebei" to "Met de module Verkeer ... en de optie ...": a yes
    both = both and not answers.MODULES_ASKED.search(fold(text))  # "Welke modules zijn er allemaal?": a question
    have = bool(HAVE_IT.search(fold(text)))  # round 84: "heb ik, met eigen woning"
    if not said or answers.parse_modules(text) or (answers.yes_no(text) is not True and not both and not have):
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


# round 136: also the event at work told with the modules ("Verkeer zit erin. ... ik zat in mijn bedrijfsbus, onderweg naar
# een klus."); not a status alone ("ik ben wel zzp'er maar dit is gewoon thuis")
ROLE_WORD = re.compile(r"\b(prive|zakelijk|bedrijfsbus|bedrijfsauto|onderweg naar een (klus|klant|opdracht))\b")


WHEN_TOLD = re.compile(
    r"\b(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|dit jaar|vorig jaar|"
    r"vorige (maand|week))\b"
)
PERSON_CORRECTED = re.compile(
    r"\bik bedoel(de)? (mijn|m'?n|onze) \w+\b|\bniet (mijn|m'?n|onze) \w+,? maar (mijn|m'?n|onze)\b"
)


def _told_besides(state: CheckState, name: str, text: str, answer: answers.Answer, story: str = "") -> dict[str, Any]:
    """What an answer tells besides the question asked: an amount, a country, and the role in so many
    words ("Ik heb C&W, gewoon privé")."""
    extra = {k: v for k, v in answers.facts_in_answer(text).items() if k not in answer.changes}
    # "Consument & Wonen, maar ik heb burenrecht uitgesloten": an option told with the modules
    extra.update({k: v for k, v in answers.options_in_text(text).items() if k != name and k not in answer.changes})
    told_modules = answers.MODULES_ON_POLICY.search(fold(text)) or _modules_clause(
        text
    )  # "..., C&W, zonder eigen woning"
    if name != "modules" and state.question.modules is None and told_modules:
        extra["modules"] = answers.parse_modules(text)  # "Ik heb C&W" to who has the conflict: "ik" and the modules
    if name != "role" and state.question.role is None and ROLE_WORD.search(fold(text)):
        extra["role"] = answers.parse_role(text)
    for later in state.verdict().missing:  # "van een particulier via marktplaats" to privé/zakelijk: Verkeer 4d too
        worded = _fact_in_words(later, text) if later != name else None
        if worded is not None:
            extra.update(worded.changes)
    who = answers.involved_in_description(text) if name != "involved" and state.question.involved is None else None
    open_who = name != "involved" and state.question.involved is None and who in (None, "policyholder")
    if open_who and PERSON_CORRECTED.search(fold(text)):
        who = answers.parse_involved(text)[0]  # round 110: "Ik bedoelde mijn zus, niet mijn dochter."
    if open_who and story and who in (None, "policyholder"):
        # round 111: "Hij is 24, woont op zichzelf" after "Mijn zoon wordt online bedreigd": read with the story
        together = answers.involved_in_description(f"{story} {text}")
        who = together if together != answers.involved_in_description(story) else None
        who = who or ("other" if child_living_apart(f"{story} {text}") else None)
    if who and who != "policyholder":  # "ik heb c&w en verkeer. mijn vriendin ging mee, zij heeft ook schade"
        extra["involved"] = who
    begun = answers.first_event_in_text(text) if state.question.first_event_after_start is None else None
    dated = POLICY_SINCE.search(fold(text)) or WHEN_TOLD.search(
        fold(text)
    )  # round 111: "afgesloten op 1 maart van dit jaar"
    if begun is None and story and state.question.first_event_after_start is None and dated:
        # round 63: "Ze zijn sinds vorige maand verzekerd" after "het lekt sinds 2023": the dates of both read together
        begun = answers.first_event_in_text(f"{story} {text}")
    if begun is not None:
        extra["first_event_after_start"] = begun  # "het begon toen ik al verzekerd was"
    extra.update(_told_notes(state, text, story))  # "... een bezwaartermijn van zes weken" (art. 7)
    if answers.reported_after_end(text):  # round 92: "de polis per 1 januari opgezegd ... Het is nu begin maart" (11c)
        extra["facts.gemeld_na_einde"] = True
    alone = answers.alleenstaand_in_text(text) if name != "alleenstaand" else None
    if alone is not None:
        extra["alleenstaand"] = alone  # "we hebben Verkeer, geen alleenstaand" (art. 1, round 55)
    return _inheritance(state, text, extra)


# Circumstances said beside the answer when told, never asked (art. 7 and 11b, round 33; art. 10, round 45; art. 5 and
# Verkeer 1, round 63).
TOLD_NOTES = frozenset(
    {
        "termijn_loopt",
        "lang_gewacht",
        "zitting_dichtbij",
        "gezamenlijk_belang",
        "dreiging_geuit",
        "premie_niet_betaald",
        "tegenpartij_bij_arag",
        "voertuig_van_bv",
        "bekend_bij_afsluiten",  # round 93: "Ik heb de polis vorige maand afgesloten, nadat ze ... nee hadden gezegd" (art. 9)
        "voorzienbaar",  # 11p told in an answer
        "module_pas_erbij",  # round 108: art. 9 for a module added recently
    }
)
# When the policy began, told in a reply ("we zijn sinds vorige maand verzekerd", "de polis heb ik sinds 2024").
POLICY_SINCE = re.compile(
    r"^(?=.*\b(sinds|vanaf|per|geleden|in (19|20)\d\d)\b)(?=.*\b(verzekerd|polis|verzekering|afgesloten|rechtsbijstand\w*|"
    r"consument (en|&) wonen|c ?& ?w|verkeer|inkomen|modules?)\b)"
)


def _told_notes(state: CheckState, text: str, story: str = "") -> dict[str, Any]:
    """The circumstances of TOLD_NOTES a reply tells that the check has not got yet, also when the reply completes
    the story ("Ik weet het, we hadden het eerder moeten melden." after "Vorig jaar oktober ...": art. 11b, round
    60)."""
    told = story_facts.circumstances_in_story(text)
    if story:
        before = story_facts.circumstances_in_story(story)
        told.update({k: v for k, v in story_facts.circumstances_in_story(f"{story} {text}").items() if k not in before})
    return {
        key: value
        for key, value in told.items()
        if key.removeprefix("facts.") in TOLD_NOTES and key.removeprefix("facts.") not in state.question.facts
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


# "Consument en Wonen hebben we al lang": the module named first; "Consument & Wonen. En ik wil ook kwijt dat
# ..." (round 17): a first sentence of module names only, the answer to the modules question.
_MODULE = r"(de )?(module )?(consument (en|&) wonen|c ?& ?w|verkeer|inkomen)"


MODULE_FIRST = re.compile(
    r"\b(consument (en|&) wonen|verkeer|inkomen) (heb|hebben|staat|staan)\b"
    rf"|^(alleen |enkel |ik heb |wij hebben |we hebben )?{_MODULE}((, | en | & ){_MODULE})*\s*[.!,;]"
)


def _parsed_answer(name: str, text: str) -> answers.Answer:
    """The reply read as the answer to the question asked."""
    if name != "modules" and OK_FIRST.search(fold(text)) and _modules_clause(text):
        return answers.Answer({}, reason="ok")  # "oké staat hier, alleen inkomen": no yes, the modules found
    answer = _fact_in_words(name, text) or _reported_speech(name, text) or answers.parse_answer(name, text)
    if answer.reason and english.looks_english(text):  # "I have all modules incl. Inkomen" (round 116): its Dutch gist
        in_dutch = answers.parse_answer(name, english.gist(text))
        return answer if in_dutch.reason else in_dutch
    return answer


def _answer_in_check(state: CheckState, name: str, text: str, story: str = "") -> answers.Answer:
    """The reply read as the answer, with what the check already knows: in an inheritance check a death
    ("mama is in 2022 overleden") is the deceased's, told for C&W 2i, not the customer as a survivor. The kind of
    conflict asked after a first message that named none is read with that message ("Ons dak lekt en de eigenaar doet
    niks." then "We huren het huis.", round 110)."""
    answer = _parsed_answer(name, text)
    if name == "conflict" and answer.reason and story:
        together = _parsed_answer(name, f"{story} {text}")
        answer = together if not together.reason else answer
    if state.question.conflict == "erfenis" and answer.changes.get("involved") == "surviving_relative":
        return answers.Answer(reason="ok")
    if name == "involved" and faq_turn.travel_story(state) and faq_turn.CAME_ALONG.search(fold(text)):
        return answers.Answer({"involved": "travel_companion"})  # "mijn zus ging mee" on a booked holiday (C&W 1)
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
    found.update(_told_notes(state, text))  # "drie andere eigenaren doen ook mee" (art. 10)
    if answers.parse_role(text) == "zakelijk":  # round 99: "ik ben trouwens niet in loondienst" (Inkomen 3a)
        found["role"] = "zakelijk"
    if name != "modules" and (answers.MODULES_ON_POLICY.search(fold(text)) or _modules_clause(text)):
        found["modules"] = answers.parse_modules(text)
    for later in state.verdict().missing:  # "Geen garantie nee" while privé/zakelijk is asked: a later fact
        worded = _fact_in_words(later, text) if later != name else None
        if worded is not None:
            found.update(worded.changes)
    return {k: v for k, v in found.items() if v is not None and answers.get(state.question, k) is None}


# Round 109: the total told after an amount per month ("85 euro per maand" then "twee maanden, dus 170 euro"): it replaces
# the amount, no contradiction.
TOTAL_TOLD = re.compile(r"\b(dus|samen|in totaal|totaal|bij elkaar|opgeteld|alles bij elkaar)\b[^.?!]{0,20}\d")


def _total_told(state: CheckState, text: str, extra: dict[str, Any]) -> CheckState:
    if "amount" not in extra or state.question.amount is None or not TOTAL_TOLD.search(fold(text)):
        return state
    return CheckState(answers._forget(state.question, "amount"), state.skipped)
