"""Coverage checks end to end over the REST channel with the real model and action server.

Each case is a customer's first message (typos, informal, long stories) and the replies they would
give to the questions the form may ask. The driver answers whatever the bot asks from that table,
so the test fails when the bot asks something it should not need, and checks the verdict's status,
its deciding article and a key fact read from the knowledge file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from flexbot.flexpolis import checker
from flexbot.flexpolis.conversation import ask, ask_again, chat_answer
from flexbot.flexpolis.dialogue import question
from flexbot.flexpolis.knowledge import format_euro, knowledge
from flexbot.flexpolis.replies import faq_text

K = knowledge()
MAX_EUROPE = format_euro(K.amount("max_europe"))
MAX_ELSEWHERE = format_euro(K.amount("max_elsewhere"))
MINIMUM = format_euro(K.amount("minimum"))
NIET = "Dit conflict is niet verzekerd."
GEDEKT = "Dit conflict is verzekerd"
DEPENDS = "hangt af van"

# Every question the form can ask, by its text.
ASKABLE = [*checker.QUESTIONS, *(f"facts.{key}" for key in K.circumstances)]
QUESTION_NAMES = {ask(name): name for name in ASKABLE}
PLAIN_QUESTIONS = {question(name): name for name in ASKABLE}  # re-asks: reason + plain question


def name_of(message: str) -> str | None:
    if message in QUESTION_NAMES:
        return QUESTION_NAMES[message]
    return next((name for text, name in PLAIN_QUESTIONS.items() if message.endswith(text)), None)


# Typical replies; a case overrides or adds what differs.
PRIVATE_NL = {
    "role": "privé",
    "first_event_after_start": "ja hoor",
    "country": "in Nederland",
    "involved": "ikzelf",
    "facts.bekend_bij_afsluiten": "nee",
    "amount": "het gaat niet om geld",
}


VERDICT_STARTS = (
    "Dit conflict is",
    "Of u verzekerd bent",
    "Of dit conflict verzekerd is",
    "Uw kosten voor juridische hulp",
)


def is_verdict(message: str) -> bool:
    return message.startswith(VERDICT_STARTS)


def cite(article_id: str) -> str:
    return K.article(article_id).cite


@dataclass
class Case:
    id: str
    first: str
    replies: dict[str, str]
    status: str  # text that shows the status (NIET / GEDEKT / DEPENDS)
    article: str  # deciding article id, must be cited
    fact: str = ""  # a key fact the verdict states
    asked: set[str] = field(default_factory=set)  # questions that must have been asked


def converse(chat, first: str, answers: dict[str, str], max_turns: int = 14) -> tuple[str, list[str]]:
    """Answer the bot's questions from `answers` until it gives a verdict; returns (verdict, asked)."""
    asked: list[str] = []
    messages = chat.say(first)
    for _ in range(max_turns):
        verdict = next((m for m in messages if is_verdict(m)), None)
        if verdict is not None:
            return verdict, asked
        assert messages, f"no reply after {asked}"
        name = name_of(messages[-1])
        assert name is not None, f"not a question of the form: {messages!r}"
        assert name in answers, (
            f"asked {name!r} ({messages[-1]!r}), which this case does not need; asked so far {asked}"
        )
        assert name not in asked, f"asked {name!r} twice: {messages!r}"
        asked.append(name)
        messages = chat.say(answers[name])
    raise AssertionError(f"no verdict after {asked}")


CASES = [
    Case(
        "buren-gedekt",
        "ben ik verzekert voor een ruzie met mn buurman??",
        {**PRIVATE_NL, "modules": "consument en wonen", "uitsluiting_burenrecht": "nee"},
        GEDEKT,
        "Consument & Wonen 2e",
        MAX_EUROPE,
        {"modules", "uitsluiting_burenrecht"},
    ),
    Case(
        "buren-frankrijk-prefill", "ruzie met mijn buurman over 300 euro in Frankrijk", {}, NIET, "Consument & Wonen 4"
    ),
    Case(
        "buren-burenrecht-uitgesloten",
        "mn buurman heeft een schutting op mijn grond gezet, gedekt??",
        {**PRIVATE_NL, "modules": "alle drie", "uitsluiting_burenrecht": "ja dat heb ik uitgesloten"},
        NIET,
        "Consument & Wonen Burenrecht",
    ),
    Case(
        "buren-voor-begin",
        "de buren maken al jaren herrie, kan arag helpen",
        {
            **PRIVATE_NL,
            "modules": "c&w",
            "first_event_after_start": "nee, het begon al voordat ik de verzekering had",
            "uitsluiting_burenrecht": "nee",
        },
        NIET,
        "Algemene regels 9",
    ),
    Case(
        "werkgever-ontslag",
        "mijn baas wil me ontslaan omdat ik te vaak ziek zou zijn, ben ik verzekerd??",
        {**PRIVATE_NL, "modules": "alle drie", "uitsluiting_arbeidsrecht": "nee"},
        GEDEKT,
        "Inkomen 2a",
        MAX_EUROPE,
    ),
    Case(
        "werkgever-arbeidsrecht-uitgesloten",
        "dekt mijn polis een conflict met mijn werkgever over mijn salaris",
        {**PRIVATE_NL, "modules": "inkomen", "uitsluiting_arbeidsrecht": "ja"},
        NIET,
        "Inkomen Arbeidsrecht",
    ),
    Case(
        "werkgever-geen-inkomen",
        "ik ben ontslagen op staande voet en wil een advocaat",
        {**PRIVATE_NL, "modules": "alleen consument en wonen"},
        NIET,
        "Inkomen 2a",
    ),
    Case(
        "webshop-onder-minimum",
        "ik heb een tv besteld bij een webshop voor 150 euro en niks gekregen",
        {},
        NIET,
        "Algemene regels 11g",
        MINIMUM,
    ),
    Case(
        "webshop-duitsland",
        "webshop levert mijn laptop niet, het gaat om EUR 1.500,-",
        {**PRIVATE_NL, "modules": "consument en wonen", "country": "in duitsland"},
        GEDEKT,
        "Consument & Wonen 2b",
        MAX_EUROPE,
    ),
    Case(
        "webshop-vijftienhonderd",
        "ik heb een bank gekocht die kapot geleverd is en de winkel doet niks",
        {**PRIVATE_NL, "modules": "Consument & Wonen", "amount": "vijftienhonderd euro"},
        GEDEKT,
        "Consument & Wonen 2b",
        MAX_EUROPE,
        {"amount"},
    ),
    Case(
        "webshop-amerika",
        "probleem met een amerikaanse webshop, ze sturen mijn geld niet terug",
        {
            **PRIVATE_NL,
            "modules": "consument en wonen",
            "country": "de Verenigde Staten",
            "amount": "ongeveer 400 euro",
        },
        NIET,
        "Consument & Wonen 4",
    ),
    Case(
        "webshop-geen-module",
        "dekt jullie polis een geschil met een webwinkel over 250 euro",
        {**PRIVATE_NL, "modules": "verkeer"},
        NIET,
        "Consument & Wonen 2b",
    ),
    Case(
        "webshop-zakelijk",
        "een leverancier levert de printer voor mijn kantoor niet, 900 euro",
        {**PRIVATE_NL, "modules": "alle drie", "role": "zakelijk, het is voor mijn eigen bedrijf"},
        NIET,
        "Consument & Wonen 1",
    ),
    Case(
        "webshop-modules-onbekend",
        "de webshop wil mijn kapotte telefoon van 600 euro niet vervangen",
        {**PRIVATE_NL, "modules": "weet ik niet"},
        DEPENDS,
        "Consument & Wonen 2b",
        "Met de module Consument & Wonen: verzekerd",
    ),
    Case(
        "huur-borg",
        "mijn huisbaas geeft mijn borg van 800 euro niet terug, ben ik verzekerd?",
        {**PRIVATE_NL, "modules": "consument en wonen"},
        GEDEKT,
        "Consument & Wonen 2c",
        MAX_EUROPE,
    ),
    Case(
        "verkeer-duitsland",
        "ik heb een aanrijding gehad in duitsland en de ander wil niet betalen",
        {**PRIVATE_NL, "modules": "verkeer", "uitsluiting_motorrijtuigen": "nee"},
        GEDEKT,
        "Verkeer 3a",
        MAX_EUROPE,
    ),
    Case(
        "verkeer-nederland-geen-maximum",
        "een automobilist reed door rood en ramde mijn auto op de kruising",
        {**PRIVATE_NL, "modules": "verkeer en inkomen", "uitsluiting_motorrijtuigen": "nee"},
        GEDEKT,
        "Verkeer 3a",
        "geen maximumbedrag",
    ),
    Case(
        "verkeer-thailand",
        "op vakantie in thailand ben ik met de scooter aangereden door een taxi",
        {**PRIVATE_NL, "modules": "verkeer", "uitsluiting_motorrijtuigen": "nee"},
        GEDEKT,
        "Verkeer 5",
        MAX_ELSEWHERE,
    ),
    Case(
        "verkeer-turkije",
        "aanrijding met mijn huurauto in Turkije, de ander was fout",
        {**PRIVATE_NL, "modules": "alle modules", "uitsluiting_motorrijtuigen": "nee"},
        GEDEKT,
        "Verkeer 3a",
        MAX_EUROPE,
    ),
    Case("scheiding", "ik ga scheiden van mijn man, betalen jullie de advocaat?", {}, NIET, "Consument & Wonen 3g"),
    Case("belasting", "ik heb een conflict met de belastingdienst over mijn aanslag", {}, NIET, "Algemene regels 11j"),
    Case("zzp", "ik ben zzp en mijn klant betaalt mijn factuur van 2000 euro niet", {}, NIET, "Inkomen 3a"),
    Case(
        "uwv",
        "het uwv heeft mijn ww uitkering stopgezet, kunnen jullie helpen",
        {**PRIVATE_NL, "modules": "inkomen"},
        GEDEKT,
        "Inkomen 2d",
        MAX_EUROPE,
    ),
    Case(
        "alleenstaand-partner",
        "mijn vrouw heeft ruzie met haar werkgever over haar loon",
        {
            **PRIVATE_NL,
            "involved": "mijn vrouw",
            "modules": "inkomen",
            "alleenstaand": "ja",
            "uitsluiting_arbeidsrecht": "nee",
        },
        NIET,
        "Algemene regels 1",
    ),
    Case(
        "aannemer-geen-eigen-woning",
        "de aannemer heeft mijn verbouwing verprutst en wil niks herstellen",
        {**PRIVATE_NL, "modules": "consument en wonen", "amount": "EUR 12.000", "eigen_woning": "nee"},
        NIET,
        "Consument & Wonen Eigen woning",
    ),
    Case(
        "erfenis",
        "ruzie met mijn broer over de erfenis van mijn vader, dekt de verzekering dat",
        {
            **PRIVATE_NL,
            "modules": "consument en wonen",
            "amount": "ongeveer 20.000 euro",
            "facts.erflater_overleden_na_start": "ja",
        },
        GEDEKT,
        "Consument & Wonen 2i",
        MAX_EUROPE,
    ),
    Case(
        "ander-persoon",
        "mijn moeder heeft ruzie met haar buurman, kan zij mijn verzekering gebruiken?",
        {**PRIVATE_NL, "involved": "mijn moeder", "modules": "consument en wonen", "uitsluiting_burenrecht": "nee"},
        NIET,
        "Algemene regels 1",
    ),
    Case(
        "conflict-antwoord-buurman",
        "heb ik eigenlijk dekking?",
        {
            **PRIVATE_NL,
            "conflict": "met mijn buurman",
            "modules": "consument en wonen",
            "uitsluiting_burenrecht": "nee",
        },
        GEDEKT,
        "Consument & Wonen 2e",
        MAX_EUROPE,
        {"conflict"},
    ),
    Case(
        "conflict-antwoord-baas",
        "kunnen jullie mij helpen, is dit gedekt?",
        {**PRIVATE_NL, "conflict": "mijn baas", "modules": "inkomen", "uitsluiting_arbeidsrecht": "nee"},
        GEDEKT,
        "Inkomen 2a",
        MAX_EUROPE,
        {"conflict"},
    ),
    Case(
        "webshop-frankrijk-antwoorden",
        "ik heb schoenen besteld bij een franse webshop maar ze zijn nooit gekomen",
        {**PRIVATE_NL, "modules": "consument & wonen", "country": "in Frankrijk", "amount": "ongeveer 300 euro"},
        GEDEKT,
        "Consument & Wonen 2b",
        MAX_EUROPE,
        {"amount"},  # "een franse webshop" names the country (C&W 4)
    ),
    Case(
        "conflict-eerst-gevraagd",
        "ben ik verzekerd?",
        {**PRIVATE_NL, "conflict": "mijn huurbaas doet niks aan de schimmel", "modules": "consument en wonen"},
        GEDEKT,
        "Consument & Wonen 2c",
        MAX_EUROPE,
        {"conflict"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_coverage_question_gets_the_right_verdict_and_article(chat, case: Case):
    verdict, asked = converse(chat, case.first, case.replies)
    assert case.status in verdict, verdict
    assert cite(case.article) in verdict, verdict
    assert case.fact in verdict, verdict
    assert case.asked <= set(asked), asked
    assert verdict.endswith(K.reminder)
    if case.status == GEDEKT:
        assert NIET not in verdict


def test_unusable_amounts_are_asked_again_with_the_reason(chat):
    asked = ask("amount")
    messages = chat.say("de winkel wil mijn kapotte wasmachine niet vervangen")
    replies = {"modules": "consument en wonen", **PRIVATE_NL}
    for _ in range(8):
        name = name_of(messages[-1])
        if name == "amount":
            break
        messages = chat.say(replies[name])
    assert messages[-1] == asked
    for bad, reason in (("-5", "negatief"), ("veel", "geen bedrag")):
        messages = chat.say(bad)
        assert len(messages) == 1 and reason in messages[0], messages  # reason and question, once
        assert messages[0].endswith(question("amount")), messages
    verdict = chat.reply("ongeveer 300 euro")
    assert GEDEKT in verdict and cite("Consument & Wonen 2b") in verdict


def test_unknown_country_is_asked_again(chat):
    messages = chat.say("ik heb een aanrijding gehad en de tegenpartij ontkent alles")
    replies = {"modules": "verkeer", **PRIVATE_NL, "uitsluiting_motorrijtuigen": "nee"}
    for _ in range(8):
        name = name_of(messages[-1])
        if name == "country":
            break
        messages = chat.say(replies[name])
    messages = chat.say("in Atlantis")
    assert len(messages) == 1 and messages[0].startswith("Dat land ken ik niet")
    assert messages[0].endswith(question("country"))
    verdict, _ = converse_rest(chat, chat.say("België"), replies)
    assert GEDEKT in verdict and cite("Verkeer 3a") in verdict


def converse_rest(chat, messages: list[str], answers: dict[str, str]) -> tuple[str, list[str]]:
    asked: list[str] = []
    for _ in range(10):
        verdict = next((m for m in messages if is_verdict(m)), None)
        if verdict is not None:
            return verdict, asked
        name = name_of(messages[-1])
        asked.append(name)
        messages = chat.say(answers[name])
    raise AssertionError(asked)


def test_a_contradicting_amount_is_asked_again_never_a_verdict(chat):
    messages = chat.say("de webshop stuurt mijn geld niet terug, het ging om 300 euro")
    assert QUESTION_NAMES[messages[-1]] == "modules"
    messages = chat.say("consument en wonen, en het gaat eigenlijk om 5000 euro")
    assert any("Eerder zei u iets anders" in m for m in messages), messages
    answers = {**PRIVATE_NL, "amount": "5000 euro"}
    verdict, asked = converse_rest(chat, messages, answers)
    assert "amount" in asked
    assert GEDEKT in verdict


def test_a_question_in_between_is_answered_and_the_check_continues(chat):
    first = chat.say("ben ik verzekerd voor een ruzie met mijn buurman?")
    assert QUESTION_NAMES[first[-1]] == "modules"
    question = "wat is het maximale bedrag dat jullie betalen?"
    interrupted = chat.say(question)
    assert interrupted[0] == chat_answer(faq_text("maximum"), with_reminder=True, question=question)
    # the same question once more, as a short reminder: never the whole prompt twice
    assert interrupted[-1] == ask_again("modules") and interrupted[-1] != first[-1]
    verdict, _ = converse_rest(chat, chat.say("consument en wonen"), {**PRIVATE_NL, "uitsluiting_burenrecht": "nee"})
    assert GEDEKT in verdict and cite("Consument & Wonen 2e") in verdict


def test_stop_ends_the_check_politely_and_a_new_check_starts_fresh(chat):
    first = chat.say("mijn werkgever betaalt mijn loon niet uit, kan ik rechtsbijstand krijgen")
    assert QUESTION_NAMES[first[-1]] == "modules"
    stopped = chat.reply("laat maar")
    assert "stop ik met de dekkingscheck" in stopped
    assert "Daar kan ik u helaas niet mee helpen" in chat.reply("wat voor weer wordt het morgen?")
    verdict = chat.reply("ik heb een tv besteld bij een webshop voor 150 euro en niks gekregen")
    assert NIET in verdict and cite("Algemene regels 11g") in verdict


def test_there_are_at_least_60_distinct_coverage_questions_with_the_faq_table():
    from importlib import util
    from pathlib import Path

    spec = util.spec_from_file_location("faq_table", Path(__file__).with_name("test_faq.py"))
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    questions = {c.first for c in CASES} | {q for _, q in module.QUESTIONS}
    assert len(questions) >= 60
