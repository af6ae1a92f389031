"""One FAQ turn of the chat, independent of where it runs.

The action server (actions/faq.py) and the Rasa server itself (bot/local_actions.py, which skips
the action-server round trip) both answer `faq_<topic>` intents with `answer_faq`, so the answer
is the same wherever it is computed. It reads the latest message, one slot and the topic of the
customer's previous general question (`previous_topic`, for "En buiten Europa?" after the maximum).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import cost_questions, dialogue, replies
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.dialogue_people import COMPANION
from flexbot.flexpolis.knowledge import knowledge

FAQ_PREFIX = "faq_"
DETAILS_SLOT = "last_details"  # the rest of the last answer, for "meer uitleg"
REMINDED_SLOT = "reminder_given"  # the policy reminder went under an earlier answer
# Topics about procedure, where a conflict told in the same message is a second question; topics
# that are themselves about a kind of conflict (disagreement, complaints, criminal, borgsom) are not.
ASIDE_TOPICS = frozenset(
    {
        "report",
        "contact",
        "answer_time",
        "after_report",
        "eigen_risico",
        "maximum",
        "minimum",
        "costs",
        "own_lawyer",
        "waiting_period",
        "countries",
        "modules",
        "who_is_insured",
        "premium",
        "not_covered",
        # round 167: "Loopt onze Flexpolis door als we naar Portugal verhuizen? Tweede vraag: de verhuurder ..."
        "start_change_end",
        "cancel",
    }
)


# An elliptical follow-up on the last general answer ("En buiten Europa?" after the maximum): read
# with that answer's topic when the answer speaks of it (issue 11, round 8).
ELLIPTICAL = re.compile(r"^(en|maar|ook|geldt dat ook|en wat als|en als)\b")
SHORT_FOLLOW_UP = 8  # words
# Follow-ups whose words name the topic, mid-check or after a verdict, with the text the previous
# answer must cite (None: any): "en als het tot een rechtszaak komt?" (art. 5: a lawyer of your
# choice for a procedure; art. 6: its costs), "kan hij mijn verzekering gebruiken?" (art. 1),
# "en als ik gelijk krijg?" after a criminal matter (art. 12: costs back after acquittal).
COURT_ASKED = (
    r"\b(als|wanneer|stel dat)\b.{0,30}\b(rechtszaak|rechter|rechtbank|procedure|procederen)\b|"
    # round 84: "Nu heeft de buurman me gedagvaard. Wat doen jullie dan?"
    r"\b(gedagvaard|dagvaarding|dagvaardt|voor de rechter gesleept|naar de rechter gestapt)\b"
)
FOLLOW_UP_TOPICS: tuple[tuple[str, str, str | None], ...] = (
    # first (round 53): "Stel dat de rechter me vrijspreekt?" after art. 12 is its 1 maand, not the court of art. 5
    (
        "criminal",
        r"\bgelijk (krijg|krijgen|heb|hebben|blijk)\b|\bvrij ?(gesproken|spraak|spreekt)\b|\b(spreekt|spreken) (\w+ ){0,3}vrij\b|\bniet (schuldig|vervolgd)\b|"
        # round 152: "en als ik het zelf doe en de boete wordt geschrapt, krijg ik dan iets vergoed?"
        r"\b(boete|bekeuring|beschikking|vervolging|zaak) (\w+ )?(wordt|is|word) (\w+ )?(geschrapt|vernietigd|ingetrokken|"
        r"geseponeerd|kwijtgescholden|vervallen)\b|"
        # "binnen welke termijn moet ik dat bij jullie melden?" after art. 12: the decision, within 1 maand (round 22)
        r"\b(termijn|binnen (hoeveel|welke)|hoe snel|hoe lang|wanneer|uiterlijk)\b[^.?!]{0,40}"
        r"\b(meld\w*|doorgeven|laten weten|aangeven|insturen)\b",
        "art. 12",
    ),
    ("own_lawyer", COURT_ASKED, None),
    # round 46: "Kan ik hem dan alsnog via jullie laten werken?" about a lawyer hired without permission (art. 5, 11a)
    (
        "own_lawyer",
        r"\b(kan|mag|kunnen|mogen) (ik|we|wij) (hem|haar|die advocaat|die jurist|mijn advocaat) (\w+ ){0,2}(via|voor|namens) "
        r"(jullie|arag|u) (\w+ ){0,2}(laten )?(werken|inschakelen|doorgaan|verder ?gaan|houden)\b",
        None,
    ),
    (
        "who_is_insured",
        r"\b(is|zijn|valt|vallen) (mijn|m'?n|onze?|die|hij|zij|ze) (\w+ )?((ook|nu|dan|wel|eigenlijk) )*(mee ?)?verzekerd\b|"
        r"\b(kan|mag) (hij|zij|ze|mijn \w+|m'?n \w+) (ook )?(mijn|m'?n|onze|deze|die|de) (verzekering|polis) gebruiken\b|"
        # "en mijn vrouw? die zat naast me": a person asked about by name alone
        r"^(en|maar|ook) (mijn|m'?n|onze?) (vrouw|man|partner|vriend|vriendin|zoon|dochter|kind|kinderen|"
        r"passagiers?|bijrijder|meerijder|moeder|vader|ouders)( dan| ook)?\W*\?",
        None,
    ),
    # Inleiding (round 22): "kunnen jullie ons dan in elk geval een eerste advies geven?" after a 'not covered': the
    # first advice by phone or e-mail is free, also for what the conditions do not cover.
    (
        "not_covered",
        r"\b(eerste|gratis|kosteloos|telefonisch) (\w+ )?advies\b|\badvies (\w+ ){0,3}(gratis|kosteloos)\b|"
        # round 77: "dus helemaal niks? ook geen advies?"
        r"\book geen (\w+ )?advies\b|"
        # round 76: "Dus ik moet het helemaal zelf uitzoeken?"
        r"\b((moet|moeten) (ik|we|wij)|(ik|we|wij) (moet|moeten)) (het |dat )?(dan |dus |nu )*(helemaal |allemaal |gewoon )?zelf "
        r"(\w+ )?(uitzoeken|regelen|"
        r"doen|oplossen|betalen)\b|"
        # round 74: "Dus ik sta er helemaal alleen voor?"
        r"\b((sta|staan) (ik|we|wij)|(ik|we|wij) (sta|staan)) (er|hier|daar) (dan |nu |dus |helemaal |echt |gewoon )*alleen "
        r"(voor|in)\b|"
        # round 28: "kunnen jullie me dan ergens anders mee helpen?"
        r"\b(ergens anders|op (een|n|'n) andere manier|anders) (\w+ )?(mee )?helpen\b|"  # round 107: "op n andere manier"
        # round 26: "ook niet als ik alleen even advies wil?"
        r"\b(alleen|enkel|gewoon|even|slechts)( even| maar)? (een )?(juridisch )?advies\b|"
        # round 23: "krijg ik dan nog iets van korting op een jurist ofzo?" (korting op het uurtarief, Legal Services)
        r"\bkorting\b|\blegal services\b|\b(goedkoper|voordeliger)\b[^.?!]{0,30}\b(jurist|advocaat|hulp|advies)\b|"
        # round 24: "kunnen jullie me dan wel aan een goede jurist helpen?" after a 'not covered'
        r"\b(aan|naar) (een |iemand |de )?(goede |andere |betaalbare )?(jurist|advocaat|specialist)\b[^.?!]{0,20}"
        r"\b(helpen|verwijzen|doorverwijzen|koppelen)\b|\b(helpen|verwijzen) (\w+ )?(aan|naar) (een |iemand )?(goede )?"
        r"(jurist|advocaat)\b|"
        # "Jammer. Kan ik dan helemaal niks bij jullie?" after a 'not covered': what ARAG still offers
        r"\b(kan|kunnen|mag) (ik|we|wij|jullie|arag) (\w+ ){0,3}(niks|niets)\b[^.?!]{0,30}\b(bij|van|voor|met) "
        r"(jullie|arag|u|mij|me|ons)\b|\b(helpen|doen) jullie (dan )?(helemaal |echt )?(niks|niets)\b|"
        # round 33: "Dus jullie kunnen helemaal niks voor me doen?", "kan ik dan ergens anders bij jullie terecht?"
        r"\b(jullie|arag|u) (kunnen|kan|kunt) (dan |dus |echt |nu )*(helemaal |echt )*(niks|niets) (\w+ ){0,2}doen\b|"
        r"\bergens anders (\w+ )?(bij|via) (jullie|arag|u) terecht\b|"
        # round 82: "Kan ik dan nog wel ergens terecht bij jullie?"
        r"\b(kan|kunnen) (ik|we|wij) (\w+ ){0,3}(ergens )?terecht (bij|via) (jullie|arag|u)\b|"
        # round 84: "Kan ik dan ergens anders hulp krijgen?"
        r"\bergens anders (\w+ )?(hulp|advies|terecht|heen)\b",
        None,
    ),
)


# Topics whose answer depends on the story told just before (travel companions, art. 1 / C&W 1).
STORY_TOPICS = frozenset({"who_is_insured"})


def named_topic(text: str, context: str = "") -> str | None:
    """The general topic a question mid-check or after a verdict names by its words; None: none."""
    t = fold(text)
    if "?" not in text and not talk.QUESTION.search(t.strip()):
        return None
    for topic, pattern, needs in FOLLOW_UP_TOPICS:
        if re.search(pattern, t) and (needs is None or needs in context) and replies.faq_answer(topic) is not None:
            return topic
    return None


CHECK_SLOT = "cc_state"  # the coverage check's state (actions/coverage.py)
CHECK_FORM = "coverage_form"


def open_check(active_loop: str | None, state: Any) -> Mapping[str, Any] | None:
    """The coverage check this question is asked in: its state while the form runs, or the last
    verdict's right after it; None: no check."""
    if not isinstance(state, Mapping):
        return None
    if active_loop == CHECK_FORM and state.get("question"):
        return state
    last = state.get("last")
    return last.get("state") if isinstance(last, Mapping) and isinstance(last.get("state"), Mapping) else None


def amount_beside_the_verdict(topic: str, check: Mapping[str, Any] | None) -> str | None:
    """Round 92: the minimum, maximum or a cost asked after a 'not covered' ("maar ik heb toch verkeer, daar geldt toch geen
    minimum?" after a fine, art. 12): the verdict again, as the amount is not what decided it. None: another topic, or
    no such verdict."""
    # round 139: also a cost asked ("en een mediator dan, betalen jullie die wel?" after the divorce exclusion, C&W 3g)
    if topic not in ("minimum", "maximum", "costs") or not check:
        return None
    state = dialogue.CheckState.load(check)
    if state.question.conflict is None or state.verdict().status != NIET_GEDEKT:
        return None
    kept = talk.short_and_details(talk.final_text(state))[0]
    offer = offer_when_not_covered()
    # round 139: what ARAG still does ("en een mediator dan, betalen jullie die wel?"), when the short verdict left it out
    return f"Voor uw situatie blijft het antwoord hetzelfde: {kept}" + ("" if "Legal Services" in kept else f" {offer}")


def offer_when_not_covered() -> str:
    """The sentence of the Flexpolis introduction on what ARAG offers for a conflict that is not covered."""
    summary = knowledge().article("Inleiding").summary
    offer = next((s for s in re.split(r"(?<=[.!?])\s+", summary) if "gratis" in s), summary)
    return f"{offer.rstrip('.')} {knowledge().cite(['Inleiding'])}."


def _in_the_check(turn: Turn, answer: str, topic: str, check: Mapping[str, Any] | None) -> Turn:
    """Asked during a check: what the answer says for its module, and after a 'not covered' that the minimum or
    maximum did not decide it."""
    if not check:
        return turn
    first = with_module_sentence(turn.messages[0], answer, check)
    kept = amount_beside_the_verdict(topic, check)
    return Turn([f"{first} {kept}" if kept else first, *turn.messages[1:]], turn.slots)


def case_answer(topic: str, text: str, check: Mapping[str, Any] | None) -> str | None:
    """'En is mijn dochter nu verzekerd voor die borg?' during a check about her: art. 1 applied to the
    person of the story with what follows for the conflict ("Uw kind dat voor een dagstudie ergens
    anders woont is meeverzekerd ... (art. 1); ... Consument & Wonen (art. 2c)"), not the general list.
    None: another topic, no check, or the question names another person than the story."""
    awarded = awarded_costs_answer(text) if topic in COURT_TOPICS else None
    if awarded:
        return awarded
    if not check:
        return None
    state = dialogue.CheckState.load(check)
    if topic in COURT_TOPICS and re.search(COURT_ASKED, fold(text)):
        return _court_in_the_answer(state)
    reports = topic in ("report", "contact", "who_is_insured") and WHO_REPORTS.search(fold(text))
    if topic != "who_is_insured" and not reports:
        return None
    companions = _companions_answer(text, state) if topic == "who_is_insured" else None
    if companions:
        return companions
    involved = state.question.involved
    if state.question.conflict is None or involved in (None, "policyholder"):
        return None
    named, _ = dialogue.parse_involved(text)
    if named is None and re.search(rf"\b{dialogue.CHILD}\b", fold(text)):
        named = "child"
    if (
        not reports  # who reports is about the story's person, whoever the message names ("of moet mn moeder dat doen")
        and named not in (None, involved)
        and not (named == "child" and str(involved).startswith("child"))
    ):
        return None  # "is mijn vrouw ook verzekerd?" during a check about the son: the general answer
    head = talk.headline(state)
    if not head or "(art. 1 " not in head:
        return None
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", head.split(" Ik check nog")[0].strip())
    if reports:  # "moet hij het zelf melden of ik?": the person's rule (with permission), then how to report
        person = next((p for p in sentences if "(art. 1 " in p), None)
        return f"{person} {talk.short_and_details(replies.faq_text('report'))[0]}" if person else None
    return " ".join(sorted(sentences, key=lambda p: "(art. 1 " not in p))  # the person first


def awarded_costs_answer(text: str) -> str | None:
    """Art. 6 (round 23): "als ik win, krijg ik dan de proceskosten van de gemeente?": the court's award of costs
    against the other side goes to ARAG, not to the customer; the costs answer with that sentence first. None:
    not asked."""
    if not re.search(talk.COSTS_AWARDED, fold(text)):
        return None
    return talk.short_and_details(talk.answer_text("costs", text))[0]


# Round 22: people outside the household asked about during a check ("mijn neven hebben ook kosten gemaakt, zijn zij
# ook verzekerd?", "mijn collega heeft een Flexpolis met Verkeer, kan ik via hem?"): travel companions of a booked
# holiday (C&W 1) or the passengers of the vehicle (Verkeer 2), not the household list of art. 1.
OUTSIDE_HOUSEHOLD = re.compile(
    r"\b(neef|neven|nicht|nichten|oom|ooms|tante|tantes|vrienden|vriendinnen|reisgeno\w*|broers?|zussen|zus|"
    r"collega'?s?|schoon\w+|zwager\w*|ouders|kennissen|passagiers?|meerijders?|bijrijders?|inzittenden)\b|"
    r"\b(via|onder|met) (hem|haar|hen|zijn|hun) (\w*polis|\w*verzekering)?\W*$|"
    # round 23: someone who does not live with the customer ("mijn vriend zat naast me, hij woont niet bij mij")
    r"\b(woont|wonen) (\w+ )?niet (bij|met) (mij|me|ons)\b|\bniet bij (mij|me|ons) (in huis )?(woont|wonen)\b"
)
# Round 33: "mijn vriend heeft de helft betaald, is hij ook verzekerd?", "Mijn zus ging mee": in a holiday check
# someone who came along or paid a share is a travel companion of the booked holiday (C&W 1), partner or not.
_ALONG_WHO = r"(mijn|m'?n|onze) (\w+ )?(vriend|vriendin|vriendje|vriendinnetje|partner|" + COMPANION + r")\b"
CAME_ALONG = re.compile(
    rf"\b{_ALONG_WHO}.{{0,40}}\b(ging|gaat|gingen|kwam|kwamen|reisde|reisden|was|waren) (ook |gewoon )?mee\b|"
    rf"\b{_ALONG_WHO}.{{0,40}}\b(betaalde|betaalden|betaald|meebetaald|bijgedragen)\b.{{0,60}}"
    r"\b(ook )?(mee)?(verzekerd|gedekt|onder)\b"
)


def travel_story(state: dialogue.CheckState, text: str = "") -> bool:
    """The check is about a holiday: a travel party, a country abroad, or travel words in the message."""
    q = state.question
    return q.opponent in TRAVEL_OPPONENTS or q.country not in (None, "NL") or bool(TRAVEL_WORDS.search(fold(text)))


# round 60: also the Verkeer stories an exclusion decided for the driver (drink, a race, driving for a living) and damage
# to the vehicle: its passengers are insured on their own (Verkeer 2)
TRAFFIC_KINDS = frozenset(
    {
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
        "dood_letsel_door_schuld_verkeer",
        "dood_letsel_door_schuld_zonder_motorrijtuig",
        "onder_invloed",
        "snelheidswedstrijd",
        "beroepsvervoer",
        "schade_vervoermiddel",
    }
)
TRAVEL_OPPONENTS = frozenset({"travel_agency", "airline", "hotel"})
TRAVEL_WORDS = re.compile(r"\b(reis|vakantie|geboekt|hotel|vlucht|reisbureau|reisorganisatie|vakantiehuis\w*)\b")


# Round 53: someone in the vehicle of a traffic story ("mijn vriendin zat naast me en heeft ook letsel, is zij ook
# verzekerd?"): a passenger (art. 2 Verkeer), whether or not she lives with the customer.
RODE_ALONG = re.compile(
    r"\b(zat|zaten|reed|reden|zit|zitten) (\w+ ){0,2}(naast (me|mij)|achterin|achter in|voorin|voor in|mee|bij (me|mij) in de "
    r"(auto|wagen|bus))\b|"
    # "Als coach rijd ik kinderen naar uitwedstrijden ... Zijn die kinderen ook verzekerd?"
    r"\b(rijd|reed|vervoer|vervoerde|breng|bracht) (ik|we|wij) (\w+ ){0,2}(kinderen|mensen|collega'?s|vrienden|passagiers|"
    r"leden|spelers)\b"
)


def _companions_answer(text: str, state: dialogue.CheckState) -> str | None:
    """The sentence of the who-is-insured answer for people outside the household in this check's story: the
    passengers of the vehicle in a traffic case (art. 2 Verkeer), travel companions of a booked holiday otherwise
    (art. 1 Consument & Wonen); None: no such people asked about, or no such story."""
    t = fold(text)
    if state.question.conflict is None:
        return None
    travel = travel_story(state, text)
    passenger = state.question.conflict in TRAFFIC_KINDS and RODE_ALONG.search(t)
    if not OUTSIDE_HOUSEHOLD.search(t) and not (travel and CAME_ALONG.search(t)) and not passenger:
        return None
    answer = replies.faq_text("who_is_insured")
    body = CITATION.sub("", answer).strip()
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body)
    if state.question.conflict in TRAFFIC_KINDS:
        wanted, cite = "passagiers", knowledge().cite(["Verkeer 2"])
    elif travel:
        wanted, cite = "reisgenoten", knowledge().cite(["Consument & Wonen 1"])
    else:
        return None
    sentence = next((p for p in sentences if wanted in p), None)
    if sentence and wanted == "passagiers":  # "kan ik via hem?": the driver's policy covers his passengers
        sentence = (
            f"{sentence} Reed u als passagier mee in het vervoermiddel van iemand met de module Verkeer, dan bent u "
            "dus via zijn polis verzekerd."
        )
    return f"{sentence} {cite}" if sentence else None


# "Moet hij het zelf melden of moet ik dat doen?" during a check about a co-insured person (round 17).
WHO_REPORTS = re.compile(
    r"\b(hij|zij|ze|mijn (zoon|dochter|partner|man|vrouw|kind))\b[^.?!]{0,20}\bzelf\b|"
    r"\b(moet|mag|kan) (hij|zij|ze|mijn (zoon|dochter|partner|man|vrouw|kind))\b[^.?!]{0,30}\b(melden|aanmelden|doorgeven)\b|"
    r"\bwie (moet|mag|kan)\b[^.?!]{0,20}\b(melden|aanmelden|doorgeven)\b|"
    # round 35: "kan ik het zelf melden of moet mn moeder dat doen", "moet hij iets regelen als hij een conflict heeft?"
    r"\b(kan|mag|moet) ik (het |dat |dit )?zelf (melden|doen|regelen|bellen|doorgeven)\b[^.?!]{0,10}\bof\b|"
    # round 53: "moet mijn moeder het melden of mag ik dat zelf doen"
    r"\b(moet|mag|kan) (mijn|m'?n|mn) \w+ (het |dat |dit )?(zelf )?(melden|aanmelden|doorgeven)\b[^.?!]{0,10}\bof\b|"
    r"\b(moet|mag|kan) (hij|zij|ze|mijn \w+|m'?n \w+|mn \w+) (zelf |dan )?(iets|wat) (\w+ )?(regelen|doen|melden)\b|"
    # round 83: "Moeten mijn ouders daar iets voor doen?" (the policyholder's permission, art. 1)
    r"\b(moeten|mogen|kunnen) (mijn|m'?n|mn) (ouders|vader|moeder|man|vrouw|partner) (zelf |dan |daar |daarvoor |nog |ook )*"
    r"(iets|wat) (\w+ )?(voor )?(regelen|doen|melden|tekenen|ondertekenen)\b|"
    # round 86: "Moet hij nog iets van ons hebben om de zaak te melden?" (the policyholder's permission, art. 1)
    r"\b(moet|heeft|wil) (hij|zij|ze|mijn \w+|m'?n \w+) (dan |nog |ook )*(iets|wat) van (ons|mij|me) (nodig|hebben|krijgen)\b"
)


# Asked how it goes in court ("en als het tot een rechtszaak komt, betalen jullie dat dan ook?"), classified as
# any of these: when the answer so far says what happens in court (C&W 2k), that is the answer.
COURT_TOPICS = frozenset({"own_lawyer", "costs", "after_report", "maximum"})
COURT = re.compile(r"\b(procedure|rechter|rechtszaak)\b")


def _court_in_the_answer(state: dialogue.CheckState) -> str | None:
    """The sentences of the check's answer so far that say what happens in court, with its article."""
    head = talk.headline(state)
    if state.question.conflict is None or not head:
        return None
    cite = CITATION.search(head)
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", head.split(" Ik check nog")[0].strip())
    court = [p for p in sentences if COURT.search(fold(p)) and not CITATION.search(p)]
    if not court or not cite:
        return None
    return f"Zoals gezegd: {' '.join(court)} {cite.group(1)}"


CITATION = re.compile(r"\s(\((?:art\.|inleiding)[^()]*\))", flags=re.IGNORECASE)


def with_module_sentence(short: str, full: str, check: Mapping[str, Any] | None) -> str:
    """A general answer given during a check (`short`, as sent) with the sentence of the `full` answer
    that names the one module the check's conflict belongs to, when the short part leaves it out: "is
    daar een max aan?" about a traffic accident -> "Voor de module Verkeer geldt geen maximum ..."
    (art. 6); "heb ik eigen risico?" -> none for a traffic conflict the other must pay (art. 14)."""
    if not check:
        return short
    state = dialogue.CheckState.load(check)
    k = knowledge()
    kind = k.conflict_kinds.get(state.question.conflict or "", {})
    covered = set(kind.get("covered_by", {}))
    modules = set(state.question.modules or ()) & covered or covered
    if len(modules) != 1:
        return short
    name = k.module_name(next(iter(modules)))
    body = re.sub(r"\s\((?:art\.|inleiding)[^()]*\)\s*$", "", full.split("\n")[0].strip(), flags=re.IGNORECASE)
    extra = [
        sentence
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body)
        if re.search(rf"\b{re.escape(name)}\b", sentence) and sentence not in short
    ]
    if not extra:
        return short
    match = CITATION.search(short)
    if match:
        return f"{short[: match.start()]} {extra[0]}{short[match.start() :]}"
    return f"{short} {extra[0]}"


def topic_of(intent: str, text: str) -> str | None:
    """The general topic of an earlier customer message (its faq intent, else a keyword route)."""
    if intent.startswith(FAQ_PREFIX):
        return talk.overriding_topic(intent.removeprefix(FAQ_PREFIX), text)
    return talk.faq_topic_in(text)


# Art. 14: no eigen risico for a criminal case, nor in a traffic conflict the other must pay for; asked during
# such a check ("moet ik daar eigen risico voor betalen?"), that sentence leads (round 19).
NO_DEDUCTIBLE_KINDS = {
    "strafzaak": "strafzaak",
    "boete": "strafzaak",  # round 82: a fine is a criminal matter (art. 12) after its acquittal too
    "dood_letsel_door_schuld": "strafzaak",
    "dood_letsel_door_schuld_verkeer": "strafzaak",
    "dood_letsel_door_schuld_zonder_motorrijtuig": "strafzaak",
    "verkeersongeval": "aanrijding",
    "ongeval_zonder_motorrijtuig": "aanrijding",
}


def with_the_checks_kind(topic: str, text: str, check: Mapping[str, Any] | None) -> str:
    """The question with the word of the check's conflict the answer's lead sentence looks for (the eigen
    risico asked in a criminal case's check: "U betaalt geen eigen risico bij strafzaken" first; a lawyer chosen
    for a conflict abroad)."""
    question = (check or {}).get("question") or {}
    kind, country = question.get("conflict"), question.get("country")
    if topic in ("own_lawyer", "maximum") and country not in (None, "NL"):
        # the lawyer chosen for a conflict abroad is registered there (art. 5, round 56); the maximum for an event abroad
        # is EUR 15,000, also with Verkeer (art. 6, round 166: "tot welk bedrag?" after an accident in Germany)
        return f"{text} (buitenland)"
    if (
        topic == "maximum"
        and kind in TRAFFIC_KINDS
        and country == "NL"
        and "verkeer" in (question.get("modules") or ())
    ):
        return f"{text} (verkeer in nederland)"  # round 169: "is er een max?" after a crash here, with Verkeer: none (art. 6)
    if topic != "eigen_risico" or kind not in NO_DEDUCTIBLE_KINDS:
        return text
    return f"{text} ({NO_DEDUCTIBLE_KINDS[kind]})"


# "Binnen welke termijn moet ik dat dan melden?": reporting what the previous answer spoke of.
REPORT_THAT = re.compile(
    r"\b(dat|die|deze|het)\b.{0,25}\b(meld\w*|doorgeven|laten weten)\b|\b(meld\w*|doorgeven)\b.{0,10}\b(dat|die|deze|het)\b"
)


# "Hoe geef ik dat door?", "Hoe laat ik jullie dat weten?": how to tell ARAG what the previous answer asked for.
PASS_IT_ON = re.compile(
    r"\bhoe (geef|geven|laat|laten|meld|melden) (ik|we|wij) (dat|dit|het) (\w+ )?(door|weten)\b|\b(waar|bij wie) (geef|meld) "
    r"(ik|we) (dat|dit|het) (\w+ )?(door|aan)\b"
)


def context_topic(topic: str, text: str, previous_topic: str | None) -> str:
    """'En buiten Europa?' right after the maximum: the previous answer's topic when the follow-up is
    elliptical and that answer speaks of it; else the topic as classified."""
    if previous_topic in ("premium", "start_change_end", "cancel") and re.search(talk.NOTHING_SAID, fold(text)):
        # "En als ik binnen die termijn niets laat weten?" after art. 16: agreed (round 57); also after the answer on a
        # change of premium and conditions told as how the policy ends or changes (round 62)
        return "premium"
    if previous_topic == "complaints" and re.search(
        r"\b(niet eens|oneens|ontevreden)\b[^.?!]{0,30}\b(uitkomst|besluit|"
        r"beslissing|oordeel|reactie|antwoord)\b|\b(uitkomst|besluit|beslissing|oordeel)\b"
        r"[^.?!]{0,30}\b(niet eens|oneens)\b",
        fold(text),
    ):
        return "complaints"  # round 147: "En als ik het met de uitkomst niet eens ben?" after the complaints answer: the Kifid
    if previous_topic in ("start_change_end", "cancel", "who_is_insured") and PASS_IT_ON.search(fold(text)):
        return "contact"  # round 143: "Ik wil er graag mee doorgaan. Hoe geef ik dat door?" after art. 15: the servicecenter
    if not previous_topic or previous_topic == topic or replies.faq_answer(previous_topic) is None:
        return topic
    if previous_topic in ("report", "after_report") and re.search(talk.COST_TO_ME, fold(text)):
        return "eigen_risico"  # "en wat kost dat mij?" right after how to report: the eigen risico (art. 14)
    # round 166: "en als er in die tijd iets gebeurt, ben ik dan wel gedekt?" after a late premium: the 15 days
    if previous_topic == "premium" and re.search(r"\b(weer|opnieuw|dan|wel|nog) (verzekerd|gedekt)\b", fold(text)):
        return "premium"  # "betaald; vanaf wanneer ben ik weer verzekerd?" after art. 14: the day after payment
    if previous_topic == "premium" and re.search(
        r"\b(te laat|niet op tijd|vergeet|vergeten|niet (\w+ )?betaal\w*)\b", fold(text)
    ):
        return "premium"  # round 88: "en als ik dat te laat doe?" after when to pay the premium (art. 14)
    if previous_topic == "start_change_end" and re.search(talk.SELF_CANCEL, fold(text)):
        return (
            "start_change_end"  # round 143: "Moeten we hem dan zelf opzeggen?" after moving abroad: it stops by itself
        )
    if previous_topic == "criminal" and topic in ("report", "answer_time") and REPORT_THAT.search(fold(text)):
        return "criminal"  # "binnen welke termijn moet ik dat melden?" after art. 12: the decision, within 1 maand
    if previous_topic == "disagreement" and re.search(r"\bwie betaalt (hem|die|de scheidsrechter)\b", fold(text)):
        return previous_topic  # round 121: "Wie betaalt hem? Gaat dat van mijn maximum af?" after art. 17's arbiter
    own = talk.faq_topic_in(text)
    if own == topic:
        return topic  # its own words name its topic: "En hoe meld ik het?" after the eigen risico
    if own is not None and own != previous_topic:
        return topic  # "en wat kost dat mij?" after the report answer: its own words name another topic
    t = fold(text).strip()
    if not ELLIPTICAL.search(t) or len(t.split()) > SHORT_FOLLOW_UP:
        return topic
    answer = replies.faq_text(previous_topic)
    words = talk._words(text)
    shared = talk._overlap(words, answer)
    own = replies.faq_text(topic) if replies.faq_answer(topic) is not None else ""
    if shared >= 1 and shared >= talk._overlap(words, own):
        return previous_topic  # it speaks of it at least as much as the topic as classified
    # "En in Amerika dan?" after an answer that differs by country ("in andere landen"): that answer.
    country = dialogue.facts_in_answer(text).get("country")
    return previous_topic if country and re.search(r"\blanden\b", answer) else topic


# "Wat is hun telefoonnummer?" right after the complaints answer: "hun" is the Kifid or the
# ARAG-klachtenbureau that answer named, not ARAG's service centre (issue 11, round 11).
THEIR = re.compile(r"\b(hun|hen|die|ze|zij|daar|deze)\b")


def complaint_bodies_contact(topic: str, text: str, previous_topic: str | None, previous_text: str) -> str | None:
    """The numbers of the complaint bodies for a contact question about "them" after the complaints
    answer; the Kifid first when the customer already went to the klachtenbureau. None: another question."""
    about_complaint = previous_topic == "complaints" or re.search(r"\bklacht\w*|\bkifid\b", fold(previous_text))
    # round 173: "Geef me dan maar het mailadres." right after a complaint was passed on: the bureau's
    named = THEIR.search(fold(text)) or re.search(
        r"\bhet (e-?mail ?adres|mailadres|adres|telefoonnummer|nummer)\b", fold(text)
    )
    if topic != "contact" or not about_complaint or not named:
        return None
    c = replies.contact()
    kifid = f"Het Kifid bereikt u op {c['kifid']['phone']} en via {c['kifid']['website']}."
    bureau = (
        f"Het ARAG-klachtenbureau bereikt u op {c['klachtenbureau']['phone']} en via {c['klachtenbureau']['email']}."
    )
    just_passed_on = re.search(
        r"\bklacht doorgegeven\b", fold(previous_text)
    )  # the acknowledgement: not yet at the bureau
    after_bureau = not just_passed_on and re.search(
        r"\bklachtenbureau\b|\bafgewezen\b|\bniet (mee )?eens\b", fold(previous_text)
    )
    return f"{kifid} {bureau}" if after_bureau else f"{bureau} {kifid}"


# Round 13: a question about the complaint itself asked in a message that complains about ARAG (or
# names the klachtenbureau): when someone contacts the customer, where to go when still unhappy. It is
# answered from the complaints answer (art. 20: contact within 5 werkdagen; Kifid, Tuchtraad and the
# court, seeds 000/001), not with art. 5's answer time of a new case or a coverage verdict.
NAMES_COMPLAINT = re.compile(
    r"\b(klachtenafdeling|klachtenbureau|klachtenprocedure|klachtafhandeling|klachtbehandel\w*|kifid)\b|"
    r"\b(klacht|klagen|beklag)\b[^.?!]{0,25}\b(over|tegen|bij|indienen|in te dienen)\b[^.?!]{0,20}"
    r"\b(arag|jullie|u|uw|mijn (jurist|behandelaar|dossierbehandelaar)|de (jurist|behandelaar)|officieel)\b|"
    r"\b(officieel|formeel) (\w+ )?(klagen|klacht\w*|beklag)\b|\b(die|mijn|de|deze|onze) klacht\b"
)
COMPLAINT_TIME = re.compile(
    r"\b(hoe (lang|snel|gauw)|wanneer|binnen hoeveel|hoeveel (dagen|tijd|weken)|op welke termijn)\b[^?.!]{0,70}"
    r"\b(contact|reactie|reageert|reageren|antwoord|horen|hoor|terugbel\w*|bel\w*|gebeld|mail\w*|behandel\w*|"
    r"opgepakt|bericht|klacht\w*)\b"
)
COMPLAINT_NEXT = re.compile(
    r"\b(waar|bij wie|naar wie|wie|welke instantie)\b[^?.!]{0,40}\b(terecht|heen|naartoe|naar toe|beroep|aankloppen|"
    r"verder|inschakelen|benaderen|wenden)\b|"
    # "als jullie klachtenafdeling er niets mee doet?", "en als het klachtenbureau me ook niet helpt?"
    r"\b(als|wanneer|stel)\b[^?.!]{0,40}\b(klachtenbureau|klachtenafdeling|klacht)\b[^?.!]{0,40}"
    r"\b(niet|niets|niks|geen|afgewezen|ongegrond)\b[^.!]{0,40}\?|"
    r"\b(als|wanneer|stel)\b[^?.!]{0,60}\b(ontevreden|niet tevreden|niet eens|oneens)\b[^.!]{0,60}\?|"
    r"\bkifid\b|\bwat (gebeurt|gebeuren) er\b[^?.!]{0,30}\b(met|na) (mijn|de|die|deze) klacht\b|"
    r"\bwie (neemt|belt|mailt|behandelt)\b"
)


# "Waar kan ik hierover klagen?" in a complaint (round 17): the klachtenbureau first (art. 20, 5 werkdagen).
WHERE_TO_COMPLAIN = re.compile(
    r"\b(waar|bij wie|hoe|bij welke \w+)\b[^?.!]{0,30}\b(klagen|klacht (in)?dienen|klacht in te dienen|"
    r"klacht kwijt|beklag doen)\b|"
    # round 178: "Waar kan ik een klacht over jullie indienen?"
    r"\b(waar|bij wie|hoe)\b[^?.!]{0,20}\bklacht (over|tegen) (jullie|u|arag|de behandelaar|mijn behandelaar) (indienen|in te dienen|"
    r"neerleggen|kwijt)\b"
)


ABOUT_COVER = re.compile(r"\b(gedekt|verzekerd|dekking|vergoed\w*|verzekering mijn zaak)\b")


def complaint_question(text: str, complains: bool) -> str | None:
    """The kind of complaint question: "time" (when does the customer hear about the complaint), "next"
    (where to go next) or "where" (where to complain), in a message that complains about ARAG (`complains`: the detector's
    sure complaint) or names the complaint route; None: another question."""
    t = fold(text)
    if "?" not in text and not talk.QUESTION.search(t.strip()):
        return None
    if not (complains or NAMES_COMPLAINT.search(t)):
        return None
    asked = [s for s in re.split(r"(?<=[.!?])\s+", t) if "?" in s or talk.QUESTION.search(s.strip())]
    if any(ABOUT_COVER.search(s) for s in asked):
        return None  # "wanneer hoor ik of ik gedekt ben?": the answer time of the case (art. 5)
    if COMPLAINT_NEXT.search(t) and not COMPLAINT_TIME.search(t):
        return "next"
    if WHERE_TO_COMPLAIN.search(t):
        return "where"
    return "time" if COMPLAINT_TIME.search(t) else None


def complaint_question_answer(kind: str) -> Turn:
    """The complaints answer (art. 20) with the sentence asked for first: the klachtenbureau's
    term for "time", the Kifid (and the Tuchtraad and the court, seeds 000/001) for "next". No policy
    reminder under it ("Een zaak melden kan via ..." is no help with a complaint)."""
    full = replies.faq_text("complaints")
    short, details = talk.short_and_details(full)
    match = CITATION.search(short)
    body, cite = (short[: match.start()], match.group(1)) if match else (short, "")
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body.strip())
    if kind == "next":
        parts = sorted(parts, key=lambda p: "Kifid" not in p)
    text = f"{' '.join(parts)} {cite}".strip()
    return Turn([f"{text} {talk.MORE}" if details else text], {DETAILS_SLOT: details or None})


# Art. 16 (round 13): why the premium rises ("Waarom betaal ik elk jaar meer premie?", often said as a
# complaint): the yearly adjustment to the CBS consumentenprijsindex joins the premium answer's short part.
PREMIUM_RISE = re.compile(
    r"\bpremie\w*\b[^.?!]{0,60}\b(omhoog|duurder|gestegen|stijgt|stijging|verhoogd|verhoging|opgetrokken)\b|"
    r"\b(omhoog|duurder|gestegen|stijgt|stijging|verhoogd|verhoging|verhogen)\b[^.?!]{0,40}\bpremie\w*\b|"
    # "meer" or "hoger" only as a change over time: "dit jaar weer meer premie dan vorig jaar"
    r"\b(elk|ieder|dit|vorig) jaar\b[^.?!]{0,40}\b(meer|hoger)\b[^.?!]{0,20}\bpremie|"
    r"\bpremie\w*\b[^.?!]{0,30}\b(elk|ieder|dit) jaar\b[^.?!]{0,20}\b(meer|hoger)\b|\b(weer|steeds|alweer) (meer|hoger)\b"
)


def premium_rise_sentence() -> str | None:
    """Art. 16's sentence of the premium answer: the yearly adjustment to the consumentenprijsindex."""
    body = CITATION.sub("", replies.faq_text("premium")).strip()
    return next((p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z'])", body) if "consumentenprijsindex" in p), None)


# Art. 17 (round 13): ARAG's side stops the case or will not go on because it sees no (reasonable)
# chance of success: "Jullie jurist zegt dat mijn zaak geen redelijke kans van slagen heeft en stopt
# ermee", "ARAG weigert in hoger beroep te gaan". Both in one sentence (folded text).
ARAG_SIDE = re.compile(
    r"\b(jullie|arag\w*|(mijn|de|uw|jullie|die|deze) (jurist|juriste|behandelaar|dossierbehandelaar|"
    r"rechtsbijstand\w*|contactpersoon)|rechtsbijstandverzeker\w*)\b"
)
CASE_STOPPED = re.compile(
    r"\bgeen (redelijke |reele |echte |enkele )?kans\b|\bkansloos|\b(weinig|te weinig|te kleine?|onvoldoende) kans\b"
    # round 173: "omdat het 'niet haalbaar' zou zijn", "wil niet naar de rechter met mijn zaak"
    r"|\b(niet |on)haalbaar\b|\b(wil|willen|wilt|gaat|gaan)\b[^.?!]{0,15}\bniet naar de (kanton)?rechter\b"
    r"|\b(wil|wilt|willen) dat (ik|we|wij) (\w+ ){0,3}(akkoord ga|akkoord gaan|accepteer|aanneem|teken)\b[^.?!]{0,30}"
    r"\b(schikking|aanbod|voorstel|regeling)\b"
    r"|\bkans van slagen\b|\b(stopt|stoppen|stop|gestopt|kapt|kappen|gekapt|staakt|staken|gestaakt)\b[^.?!]{0,6}"
    r"\b(ermee|er mee|met (mijn|de|onze|deze|die|het) (zaak|dossier|behandeling|procedure|hulp))\b"
    r"|\b(zaak|dossier|behandeling|procedure)\b[^.?!]{0,30}\b(gestopt|gestaakt|stopgezet)\b"
    # closed by ARAG's side, or for a reason ("heeft mijn dossier gesloten omdat ..."); not a case that
    # ended ("Zaak is gesloten, maar ...")
    r"|\b(heeft|hebben)\b[^.?!]{0,20}\b(zaak|dossier)\b[^.?!]{0,30}\b(gesloten|afgesloten)\b"
    r"|\b(zaak|dossier)\b[^.?!]{0,20}\b(gesloten|afgesloten)\b[^.?!]{0,10}\b(omdat|want|wegens|vanwege)\b"
    r"|\b(sluit\w*|stopt|stoppen) (mijn|het|de) (zaak|dossier)\b"
    r"|\b(wil|willen|gaat|gaan|zal|zullen)\b[^.?!]{0,20}\bniet (verder|door|meer)\b[^.?!]{0,20}"
    r"\b(gaan|zetten|procederen|helpen|behandelen|met mijn zaak)\b"
    r"|\bniet (verder|door) ?(te )?(gaan|zetten|procederen)\b"
    r"|\bweiger\w*\b[^.?!]{0,30}\b(verder|door|procederen|beroep|rechter|rechtszaak)\b"
    r"|\bgeen (hoger )?beroep\b[^.?!]{0,15}\b(in ?stellen|aantekenen|doen)\b|\blaten? (mijn|de) zaak vallen\b"
)


def arag_case_decision(folded: str) -> bool:
    """Some sentence names ARAG's side and says it stops the case or sees no chance in it."""
    return any(
        ARAG_SIDE.search(s) and CASE_STOPPED.search(s) for s in re.split(r"(?<=[.!?])\s+|\n+", folded) if s.strip()
    )


@dataclass(frozen=True)
class Turn:
    """What the assistant says (in order) and the slots it sets."""

    messages: list[str] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)


def complaint_only(detection: Mapping[str, Any] | None) -> bool:
    """A complaint without a question (the complaint detector's parse data): nothing to answer,
    the Klachtenbureau acknowledgement answers it."""
    detection = detection or {}
    return bool(detection.get("complaint")) and not detection.get("question")


def shaped_answer(text: str, reminded: bool, question: str | None = None) -> Turn:
    """One or two sentences with the article (the one that answers the customer's question, when
    given); the rest on request ('meer uitleg'); the policy reminder under the first answer only."""
    details = talk.short_and_details(text, question=question)[1]
    slots: dict[str, Any] = {DETAILS_SLOT: details or None}
    if not reminded:
        slots[REMINDED_SLOT] = True
    return Turn([talk.chat_answer(text, with_reminder=not reminded, question=question)], slots)


# The money of a bail asked about in its check: "dat geld", "krijg ik het", "moet ik het terugbetalen".
BAIL_MONEY = re.compile(r"\b(geld|bedrag|borg\w*|krijg|krijgen|terug\w*|lenen|lening|betalen|betaal|betaalt)\b")


def bail_money_asked(topic: str, text: str, kind: str | None) -> bool:
    """'Dus dat geld krijg ik niet gewoon van jullie?' in a bail check: a cost question about the loan (art. 13)."""
    if REST_OF_THE_CASE.search(fold(text)):
        return False  # round 87: "Hoeveel betalen jullie maximaal voor de rest van de zaak daar?": the maximum (art. 6)
    return kind == "borgsom" and topic in ("costs", "maximum") and bool(BAIL_MONEY.search(fold(text)))


REST_OF_THE_CASE = re.compile(
    r"\b(rest|verdere|verder verloop|overige) (van )?(de |het |mijn |die )?(zaak|procedure|kosten)\b"
)


def _topic_in_the_check(topic: str, text: str, check: Mapping[str, Any] | None) -> str:
    """A cost question about the conflict checked: "wat gaat mij dat kosten?" is the eigen risico (art. 14);
    "Dus dat geld krijg ik niet gewoon van jullie?" in a bail check is the loan (art. 13, round 56)."""
    if topic == "costs" and check and re.search(talk.COST_TO_ME, fold(text)):
        return "eigen_risico"
    if topic in ("costs", "after_report", "eigen_risico") and check and WHO_REPORTS.search(fold(text)):
        return "report"  # "Moeten mijn ouders daar iets voor doen?" in a check about their child (art. 1, round 83)
    if bail_money_asked(topic, text, _checks_kind(check)):
        return "borgsom"
    return topic


def _checks_kind(check: Mapping[str, Any] | None) -> str | None:
    """The kind of conflict of the check the question is asked in (`open_check`)."""
    question = (check or {}).get("question")
    return question.get("conflict") if isinstance(question, Mapping) else None


def _a_conflict_instead(topic: str, text: str) -> str | None:
    """The verdict on a conflict the policy question is really about, or None."""
    if (
        # round 160: "Dekt jullie polis ook mijn scheiding? Mijn man en ik gaan uit elkaar.": C&W 3g, not art. 15
        (topic in ("cancel", "start_change_end") and talk.asks_cover_of_a_conflict(text))
        # "mijn sportschool laat me niet opzeggen": a conflict about that contract, not art. 15
        or (topic == "cancel" and talk.cancels_another_contract(text))
        # Art. 17 is about disagreeing with ARAG; "niet eens met de wet" is a conflict (e.g. 11k).
        or (topic == "disagreement" and talk.disagrees_with_someone_else(text))
    ):
        return talk.coverage_first(text)
    return None


def answer_faq(
    intent: str,
    text: str,
    detection: Mapping[str, Any] | None,
    reminded: bool,
    previous_topic: str | None = None,
    previous_text: str = "",
    check: Mapping[str, Any] | None = None,
) -> Turn:
    """The reply to a `faq_<topic>` intent; a conflict told in the same message gets its own answer.
    `previous_topic`/`previous_text`: the customer's previous message, for a follow-up on it; `check`:
    the coverage check it is asked in (`open_check`), for a question about the person of its story."""
    topic = intent.removeprefix(FAQ_PREFIX) if intent.startswith(FAQ_PREFIX) else ""
    if complaint_only(detection):
        return Turn()
    complains = bool((detection or {}).get("complaint"))
    after_complaint = AFTER_COMPLAINT in ((detection or {}).get("reasons") or [])
    # the complaints answer itself when that was asked without a complaint ("adres van het klachtenbureau")
    asked = complaint_question(text, complains) if complains or topic != "complaints" else None
    if after_complaint and not asked and complaint_question(text, True) == "time":
        asked = "time"  # "hoe lang duurt het voordat iemand contact opneemt?" after a complaint: art. 20 (round 82)
    if asked:  # "hoe lang duurt het voordat iemand contact opneemt?" in a complaint: art. 20, not art. 5
        turn = complaint_question_answer(asked)
        against = talk.against_arag_note(
            text
        )  # round 123: "... tegen jullie afwijzing procederen? Waar kan ik dan terecht?"
        return Turn([against, *turn.messages], turn.slots) if against else turn
    topic = talk.overriding_topic(topic, text) if topic else topic
    topic = context_topic(topic, text, previous_topic) if topic else topic
    topic = _follow_up_on_the_story(topic, text, previous_topic, previous_text, check)
    topic = _topic_in_the_check(topic, text, check)
    text = with_the_checks_kind(topic, text, check)
    case = case_answer(topic, text, check) or complaint_bodies_contact(topic, text, previous_topic, previous_text)
    if case:
        return shaped_answer(case, reminded)
    cost = cost_questions.cost_answer(text) if topic == "costs" else None  # "vergoeden jullie de boete?": its line
    if replies.faq_answer(topic) is None:
        return Turn([replies.fallback_phone_answer()])
    verdict = _a_conflict_instead(topic, text)
    if verdict:
        return shaped_answer(verdict, reminded)
    question = _sentence_wanted(topic, text, previous_text)
    answer = cost or talk.answer_text(topic, text)
    turn = shaped_answer(answer, reminded, question=None if cost else question)
    turn = _in_the_check(turn, answer, topic, check)
    second = talk.other_faq_topic(text, topic)
    if second is None and topic not in ("minimum", "not_covered") and talk.small_amount(text):
        second = "minimum"  # "mijn zaak gaat over 100 euro": art. 11g answers it, whatever was asked
    if second and replies.faq_answer(second) is not None:
        # the sentence of the second answer that answers it ("gaat de premie omhoog?": art. 16's index)
        turn = Turn([*turn.messages, talk.short_and_details(replies.faq_text(second), question=text)[0]], turn.slots)
    # round 113: also beside a cost's own line ("Als ik de rechtszaak tegen de garage verlies, moet ik dan hun advocaat
    # betalen? Ze hebben de distributieriem verkeerd vervangen ... Ik heb Verkeer.")
    aside = talk.coverage_aside(text, topic) if topic in ASIDE_TOPICS else None
    if aside and _said_inline(aside, turn.messages[0]):
        aside = None  # "mijn advocaat stuurde een factuur": art. 11a leads the answer already
    aside = aside or talk.against_arag_note(text)
    turn = Turn([*turn.messages, aside], turn.slots) if aside else turn
    if topic == "contact" and after_complaint:
        turn = Turn([*turn.messages, bureau_contact_after_complaint()], turn.slots)  # round 23
    return turn


# Round 23: the reason bot/components/complaint_intent.py gives a question for a mail address, address or number
# asked after a complaint's intake has ended in the same conversation; the contact answer then adds the
# Klachtenbureau's details (seed 004 art. 20; data/policy/flexpolis.yml complaint_policy.bureau_contact).
AFTER_COMPLAINT = "context:na_klacht"


def bureau_contact() -> str:
    """The Klachtenbureau's mail, postal address and phone (seed 004 art. 20), from the knowledge file."""
    k = knowledge()
    return f"{k.complaint_policy('bureau_contact', cited=False)} {k.cite(['Algemene regels 20'])}"


def bureau_contact_after_complaint() -> str:
    return f"Gaat het om uw klacht? {bureau_contact()}"


# Art. 18 (round 22): the story before was about the outside lawyer ARAG engaged ("ARAG heeft een advocaat buiten
# ARAG ingeschakeld; die wil schikken, ik wil naar de rechter") or its answer was art. 17/18.
OUTSIDE_LAWYER_STORY = re.compile(
    rf"^(?=.*({talk.OUTSIDE_LAWYER}|\b(advocaat|specialist|jurist)\b[^.?!]{{0,20}}\bbuiten arag\b|\b(arag|jullie)\b"
    rf"[^.?!]{{0,40}}\b(advocaat|specialist)\b[^.?!]{{0,30}}\bingeschakeld\b))(?=.*({talk.OUTSIDE_SPECIALIST_DISAGREES}|"
    r"\b(geen zin|schikking|schikken|rechter)\b))"
)
CRIMINAL_KINDS = frozenset(
    {
        "strafzaak",
        "dood_letsel_door_schuld",
        "dood_letsel_door_schuld_verkeer",
        "dood_letsel_door_schuld_zonder_motorrijtuig",
    }
)
REPORT_TERM = re.compile(
    r"\b(termijn|binnen (hoeveel|welke)|hoe snel|hoe lang|wanneer|uiterlijk)\b[^.?!]{0,40}"
    r"\b(meld\w*|doorgeven|laten weten|aangeven|insturen)\b"
)


def _follow_up_on_the_story(
    topic: str, text: str, previous_topic: str | None, previous_text: str, check: Mapping[str, Any] | None
) -> str:
    """Round 22: a follow-up read with the story before it. "Betalen jullie die andere advocaat dan?" after the
    outside lawyer ARAG engaged is art. 18 (you pay him yourself; ARAG pays after all when you win definitively),
    not art. 5's choice; "binnen welke termijn moet ik dat melden?" in a criminal case is art. 12's 1 maand."""
    if not topic:
        return topic
    t = fold(text)
    about_outside = previous_topic == "disagreement" or OUTSIDE_LAWYER_STORY.search(fold(previous_text))
    if about_outside and re.search(talk.OTHER_SPECIALIST_PAID, t) and topic != "disagreement":
        return "disagreement"
    kind = ((check or {}).get("question") or {}).get("conflict")
    if (
        topic in ("report", "answer_time")
        and kind in CRIMINAL_KINDS
        and (REPORT_TERM.search(t) or REPORT_THAT.search(t))
    ):
        return "criminal"
    return topic


def _sentence_wanted(topic: str, text: str, previous_text: str) -> str:
    """What picks the answer's sentences: the question, with the story before it for a person ("Is
    mijn vriendin ook verzekerd?" after a holiday booked for both); art. 16's index sentence for a
    premium that rises ("waarom elk jaar meer premie?", round 13)."""
    if topic == "premium" and PREMIUM_RISE.search(fold(text)):
        return premium_rise_sentence() or text
    return f"{text} {previous_text}" if topic in STORY_TOPICS and previous_text else text


INLINE_CITATION = re.compile(r"\(art\. (\w+)\)")  # "(art. 11a)" inside a sentence of the answer


def _said_inline(aside: str, answer: str) -> bool:
    """The aside cites only general articles ("(art. 11a Algemene regels)") the answer already cites
    inside its sentences."""
    cited = {c.removesuffix(" Algemene regels") for c in re.findall(r"\(art\. ([^()]*)\)", aside)}
    return bool(cited) and cited <= set(INLINE_CITATION.findall(answer))
