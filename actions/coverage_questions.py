"""Questions beside the check: a general question in a first message or mid-check (the FAQ aside), a
lawyer or cost question told with a story, "waarom vraagt u dat?", a first message that starts no
check, and the answers that go with a question about the maximum or unpaid board work."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answering import previous_topic
from actions.coverage_complaint import _complaint_only
from actions.coverage_slots import ANSWER, FAQ_PREFIX, STATE, _asks, _dump, _what_it_may_change
from actions.coverage_story import REPORT_WHEN
from flexbot.dutch import fold
from flexbot.flexpolis import check_reply, conflict_cues, cost_questions, english, faq_turn, premium_dates, replies
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as answers
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.knowledge import knowledge

# "Waarom vraagt u dat?": the reason the question matters, then the question again.
WHY_ASKED = re.compile(
    r"^(hoezo|waarom)\W*$|\bwaarom (vraagt|vraag|wil|wilt|moet|moeten) (u|je|jij|jullie|ik)\b|\bhoezo (vraagt|wil|moet)\b|"
    r"\bwat (maakt|doet) (dat|het) (nou |nu )?(uit|ertoe|toe)\b|\bwaarom (is|zou) (dat|het) (nodig|belangrijk|van belang)\b|"
    r"\bwaar (is|heeft u) (dat|het) (voor )?nodig\b"
)


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
    topic = talk.overriding_topic(topic, text) if topic else None  # "Mijn zus wil meedoen ..., alle kosten?": art. 10
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


def _asked_sentences(text: str) -> str:
    """The sentences of the message that ask (end in "?"), joined; '' when none does."""
    return " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if "?" in s)


def _faq_for(topic: str, state: CheckState, text: str) -> str:
    """The short general answer, asked during a check: with the sentence of the full answer that names
    the module this conflict belongs to (faq_turn.with_module_sentence: "Tot welk bedrag?" about a
    traffic accident: for Verkeer there is no maximum in the Netherlands, art. 6)."""
    case = faq_turn.case_answer(topic, text, state.dump())  # "is mijn dochter nu verzekerd?": art. 1 for her
    if case:
        return case
    kind = state.question.conflict
    if (
        kind == "borgsom"
        and conflict_cues.OWN_REPAYMENT.search(fold(text))
        or faq_turn.bail_money_asked(topic, text, kind)
    ):
        # "moeten we dat geld later terugbetalen?" (round 45), "Dus dat geld krijg ik niet gewoon van jullie?" (round 56):
        # the bail ARAG lends (art. 13)
        topic = "borgsom"
    if topic in ("own_lawyer", "after_report") and knowledge().conflict_kinds.get(kind or "", {}).get("criminal"):
        topic = "criminal"  # round 64: "Krijg ik van jullie een advocaat?" as a suspect: art. 12, no direct help
    # a named cost asked as "betalen jullie die?" (heard as the maximum): that cost's line ("met de hele buurtvereniging
    # één advocaat": your share, art. 10; round 56)
    # round 123: named in the question, not in the story ("een rapport van ingenieursbureau Stabiel ... Tot welk bedrag
    # vergoedt ARAG de kosten van zo'n procedure?" asks the maximum)
    asked = _asked_sentences(text) or text
    cost = (
        cost_questions.cost_answer(text)
        if topic == "costs" or topic == "maximum" and cost_questions.cost_keys(asked)
        else None
    )
    if cost:  # "... 15% als winstbonus; moet ik dat zelf ophoesten?": that cost's line (art. 10)
        return talk.short_and_details(cost)[0]
    text = faq_turn.with_the_checks_kind(topic, text, state.dump())
    full = talk.answer_text(topic, text)  # the sentence the question asks for first (conversation.LEAD_SENTENCE)
    # "moet ik die brieven ook opsturen?": the sentences on documents (art. 7: copies, originals kept)
    question = f"{text} documenten kopieën originelen" if DOCUMENTS_SENT.search(fold(text)) else text
    short = talk.short_and_details(full, question=question)[0]
    return faq_turn.with_module_sentence(short, full, state.dump()) + _second_question(topic, state, text)


def _second_question(topic: str, state: CheckState, text: str) -> str:
    """Round 107: a second general question in the same message ("geldt t daar ook?? en tot hoeveel"): its answer too,
    with the sentence for this conflict's module."""
    second = talk.other_faq_topic(text, topic)
    if not second or second == topic or replies.faq_answer(second) is None:
        return ""
    full = talk.answer_text(second, faq_turn.with_the_checks_kind(second, text, state.dump()))
    short = talk.short_and_details(full, question=text)[0]
    return " " + faq_turn.with_module_sentence(short, full, state.dump())


# "Moet ik die brieven ook opsturen?": the documents sent with the report (art. 7: copies, with the
# policy number; online: all documents digitally).
DOCUMENTS_SENT = re.compile(
    r"\b(moet|kan|mag|zal) ik\b[^.?!]{0,30}\b(brieven|brief|documenten|stukken|papieren|bewijs\w*|bonnetjes|"
    r"bonnen|bon|facturen|foto'?s|mails|e-mails|correspondentie|contract|certificaat|originele?n?|origineel)\b[^.?!]{0,30}"
    r"\b(opsturen|sturen|meesturen|toesturen|insturen|uploaden|doorsturen)\b|"
    # "Wat moet ik allemaal opsturen?" (round 35)
    r"\bwat (moet|kan|mag) ik (\w+ ){0,2}(opsturen|meesturen|insturen|toesturen|aanleveren|uploaden)\b|"
    # round 138: "Hoe stuur ik al die brieven en nota's naar jullie?"
    r"\b(hoe|waar) (stuur|lever|krijg|upload|mail) (ik|we|wij)\b[^.?!]{0,40}\b(brieven|brief|documenten|stukken|papieren|nota'?s|"
    r"facturen|bonnen|bonnetjes|bewijs\w*|foto'?s|rekeningen|correspondentie)\b"
)


def _answered_question(
    state: CheckState, text: str, keep: dict[str, Any], answer: answers.Answer, dispatcher: CollectingDispatcher
) -> bool:
    """A general question in a reply is answered, also beside an answer ("Ik. Wie betaalt dat rapport?")."""
    supposed = check_reply.outcome_note(state, text) if answer.reason and _asks(text) else None
    if supposed:  # "en als hij ook gedronken had, wat dan?" in a traffic case: Verkeer 4a, then the question again
        dispatcher.utter_message(text=supposed)
        return True
    if answers.options_in_text(text) and check_reply.ASKS_WHAT_IT_CHANGES.search(fold(text)):
        return False  # "op mijn polis staat 'uitsluiting arbeidsrecht'. Maakt dat nog uit?": the option answers, no FAQ
    wrong = talk.wrong_info_note(text)
    if wrong:  # "en als ik dat gewoon niet zeg?" mid-check: art. 11d
        dispatcher.utter_message(text=wrong)
        return True
    complaint = faq_turn.complaint_question(text, False)
    if complaint:  # "wanneer hoor ik dan iets over die klacht?": the Klachtenbureau's term (art. 20), not art. 5
        for message in faq_turn.complaint_question_answer(complaint).messages:
            dispatcher.utter_message(text=message)
        return True
    asked = text if answer.reason or "?" in text else _asked_clause(text)
    topic = _topic_in(asked, keep["said"]) if asked else None
    if topic:
        dispatcher.utter_message(text=_faq_for(topic, state, asked or text))
    return bool(topic)


def _asked_clause(text: str) -> str | None:
    """Round 107: a question typed after the answer without a question mark ("heb c&w, hoe meld ik"): that clause."""
    clauses = [c.strip() for c in re.split(r"[,.;]|\ben\b", text) if c.strip()]
    return next((c for c in clauses[1:] if re.match(r"(hoe|waar|wanneer|wat|kan ik|mag ik|moet ik)\b", fold(c))), None)


def _separate_small_matter(
    state: CheckState, text: str, keep: dict[str, Any], dispatcher: CollectingDispatcher
) -> dict[str, Any] | None:
    """Round 82: "Kan dat er ook bij als aparte zaak?" about 140 euro: art. 11g, nothing taken, the question again."""
    separate = check_reply.separate_small_matter(state, text)
    if not separate:
        return None
    dispatcher.utter_message(text=separate)
    return {ANSWER: None, STATE: _dump(state, **keep)}


def _topic_in(text: str, said: str | None = None) -> str | None:
    """A general question in a message of the check: a keyword route, else a follow-up whose words
    name its topic ("en als het tot een rechtszaak komt?", "kan hij mijn verzekering gebruiken?")."""
    topic = talk.faq_topic_in(text)
    if topic is None and english.has_english(text):  # round 166: "How fast does someone contact me if I report it?"
        topic = talk.faq_topic_in(english.gist(text))
    if topic:
        return talk.overriding_topic(topic, text)  # "Mogen we samen één advocaat nemen?": your share (art. 10)
    if REPORT_WHEN.search(fold(text)) or DOCUMENTS_SENT.search(fold(text)):
        return "report"
    named = faq_turn.named_topic(text, said or "")
    if named == "own_lawyer" and re.search(r"\b(procedure|rechter)\b", fold(said or "")):
        return None  # the answer so far already says what happens in court (C&W 2k): "Zoals gezegd"
    return named


def _why_asked(name: str) -> str:
    """Why the question for `name` matters ("Dat vraag ik omdat ...")."""
    why = talk.ask(name).removesuffix(answers.question(name)).strip() or "Het hangt af van het soort conflict."
    return f"Dat vraag ik omdat het uitmaakt voor het antwoord: {why[0].lower()}{why[1:]}"


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
ASIDE_QUESTION_TOPICS = ("own_lawyer", "costs", "start_change_end", "maximum", "premium")  # premium: round 113


NO_VERDICT_TOPICS = ("start_change_end",)  # "verhuis naar Portugal voor mijn pensioen": no pension conflict


ASKS_COVER = re.compile(
    r"\b(verzekerd|gedekt|dekking|dekt|bijstaan|vallen onder|valt onder|aanpakken|iets (aan|voor|tegen))\b|"
    r"\b(helpen|hulp)\b(?!.{0,20}\b(advocaat|jurist)\b)|"
    # round 50: "Moet ik echt alles ophoesten?" after the landlord's demand: paying the other side is the conflict
    r"\bmoet(en)? (ik|we|wij) (\w+ ){0,2}(echt |dan |nu )*(alles|het hele bedrag|de hele (huur|rekening|schade|som)|het volle bedrag) "
    r"(\w+ )?(betalen|ophoesten|terugbetalen|vergoeden)\b|"
    # round 46: "Wie betaalt dit?" after a story of damage: who pays the damage, the conflict itself
    r"\bwie (betaalt|vergoedt|betaald) (dit|dat|het|deze schade|die schade|de schade|de reparatie)\W*$"
)


ARAGS_CASE = re.compile(
    r"\b(advocaat|jurist|specialist|behandelaar)\b (die|dat) (via|van) (jullie|arag)\b|"  # round 98: "die via jullie mijn zaak doet"
    r"\b(advocaat|jurist|specialist|behandelaar)\b (die|dat) (arag|jullie) (\w+ ){0,3}(heeft|hebben|heb) "
    r"(ingeschakeld|geregeld|gestuurd)\b|\b(die|dat) (arag|jullie) (\w+ ){0,3}(inschakelde|inschakelden|regelde)\b|"
    r"\b(loop|lopen|heb|hebben) (\w+ )?(bij|via) (jullie|arag) (al )?een zaak\b|\bzaak\b[^.?!]{0,40}\b(loopt|lopen) (al )?(bij|via) (jullie|arag)\b|"
    # round 68: "Via jullie heb ik een externe advocaat voor mijn ontslagzaak"
    r"\b(via|van|door) (jullie|arag)\b[^.?!]{0,20}\b(heb|hebben|kreeg|kregen) (ik|we|wij) (een |mijn |onze )?(externe |eigen )?"
    r"(advocaat|jurist|specialist)\b|"
    # round 121: the customer's own handler at ARAG, a case reported ("mijn jurist zei ...", "mijn ARAG-jurist", "via
    # 'Zaak melden' doorgegeven", "terwijl mijn zaak al bij jullie liep")
    r"\b(mijn|onze|m'?n) (arag-?)?(jurist|juriste|behandelaar|behandelaarster|dossierbehandelaar)\b|\barag-?jurist\b|"
    r"\bvia \W?zaak melden\b|\b(mijn|onze) zaak\b[^.?!]{0,20}\b(bij|via) (jullie|arag)\b|"
    # reported by the customer, not "hij heeft ook een zaak bij jullie gemeld" nor "nog nooit bij jullie gemeld"
    r"\b(ik|we|wij) (heb|hebben) (het |dit |dat |mijn zaak |de zaak |mijn conflict )?(al |gisteren |vorige week |net )?"
    r"(bij|via) (jullie|arag) (gemeld|aangemeld|doorgegeven)\b"
)


def _about_a_running_case(text: str) -> list[str] | None:
    """A question about a case ARAG already handles (round 121: "Mijn jurist adviseert te schikken ... wat gebeurt er
    als we het niet eens worden?"): its topic's answer, or where to ask; no new check of the cover. None: no such
    case named, or the customer asks about cover after all."""
    asked = _asked_sentences(text)
    if not ARAGS_CASE.search(fold(text)) or not asked or ASKS_COVER.search(fold(asked)):
        return None
    topic = _topic_in(text)
    if not topic:
        return None
    second = talk.second_faq_topic(text)  # "Wat houdt dat in? En wat als zij die kans laag inschat en ik niet?"
    topics = [topic] + ([second] if second and second != topic else [])
    return [_faq_for(t, CheckState(), text) for t in topics]


def _general_answer(text: str, found: dict[str, Any]) -> list[str] | None:
    """A first message answered without a check: a lawyer or cost question with a conflict as its context
    ("mijn neef is advocaat: mag hij mijn zaak tegen mijn werkgever doen?"), or a general question without
    a conflict ("blijft mijn polis gelden als ik verhuis?"). None: a check starts."""
    aside = _about_a_running_case(text) or _question_beside_story(text, found)
    if aside:
        return aside
    topic = _topic_in(text) if not found.get("conflict") else None
    if ARAGS_CASE.search(fold(text)) and (
        re.search(talk.OUTSIDE_SPECIALIST_DISAGREES, fold(text)) or re.search(talk.HOPELESS_BUT_GO_ON, fold(text))
    ):
        # the outside lawyer ARAG engaged will settle, the customer will not (art. 18); ARAG's jurist sees no chance,
        # the customer wants to go on (art. 17, round 58)
        topic = "disagreement"
    if premium_dates.UNPAID_PREMIUM.search(fold(text)) and ASKS_COVER.search(fold(text)):
        topic = "premium"  # "incasso van mijn premie mislukt ... ben ik nog verzekerd?": art. 14, not a conflict
    if not topic:
        return None
    # round 135: a story no rule reads beside the question ("Iemand heeft foto's van mijn Instagram op zijn site gezet
    # ... Kan ik het meteen online melden?"): its answer too, with the kind the learned reader is sure of
    beside = not found.get("conflict") and topic not in talk.STORY_IS_CONTEXT
    story = talk.learned_story_answer(text) if beside else None
    if topic == "premium" and found.get(
        "conflict"
    ):  # round 169: "... ben ik nog gedekt?? garage heeft mn koppeling ..."
        story = talk.coverage_aside(text, topic)
    return [talk.short_and_details(talk.answer_text(topic, text))[0], *([story] if story else [])]


ASKED_WITHOUT_MARK = re.compile(r"\b(tot welk bedrag|hoeveel|hoe (lang|snel|zit)|mag ik|moet ik|wie betaalt)\b")


def _question_beside_story(text: str, found: dict[str, Any]) -> list[str] | None:
    """The replies to a lawyer or cost question told with a conflict as its context; None: no such question,
    or the customer also asks whether the conflict is covered."""
    if not found.get("conflict") or ("?" not in text and not ASKED_WITHOUT_MARK.search(fold(text))):
        return None
    asking = text if "?" in text else f"{text}?"  # "ongeluk in de vs tot welk bedrag betalen jullie"
    first = talk.faq_topic_in(asking)
    topic = talk.second_faq_topic(asking) or first
    topic = talk.overriding_topic(topic, asking) if topic else topic  # acquitted, own lawyer paid: art. 12 (round 57)
    asked = _asked_sentences(asking)
    if topic == "costs" and first == "own_lawyer" and not cost_questions.cost_keys(asked):
        topic = first  # round 123: "Mag ik zelf kiezen dat Bas mijn zaak doet, en betalen jullie dat dan?" (art. 5)
    if topic not in ASIDE_QUESTION_TOPICS or ASKS_COVER.search(fold(asked)):
        return None
    if topic == "premium" and check_reply.premium_protest(asked):
        return None  # round 64: "Daar betaal ik toch premie voor?" beside a story: the story is answered
    if (
        topic == "costs"
        and not talk.faq_topic_in(asked)
        and not cost_questions.cost_keys(asked)
        and not re.search(talk.COSTS_AWARDED, fold(text))  # round 122: "... veroordeeld ... Dat geld is toch voor mij?"
    ):
        return None  # "incassokosten EUR 40" quoted in the story, "Kunnen jullie dat oplossen?" asked (round 59)
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
