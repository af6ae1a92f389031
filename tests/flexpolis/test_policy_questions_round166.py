"""Issue 11, twenty-second session, round 166 (questions about the policy mixed with a case, topic switches, English
words): routes and answers fixed from its misses, each tested in new wordings (not the eval set's lines) with the
seed's article."""

from __future__ import annotations

import re

import pytest

from flexbot.dutch import fold
from flexbot.flexpolis import conflicts, conversation, english, faq_turn, language_answer, replies


def _short(topic: str, text: str) -> str:
    return conversation.short_and_details(conversation.answer_text(topic, text), question=text)[0]


# ---------------------------------------------------------------- art. 16: how a change of premium is set
def test_how_a_premium_rise_is_set_is_the_cbs_index() -> None:
    text = "Mijn premie gaat in januari omhoog. Waarop is die verhoging gebaseerd?"
    topic = conversation.overriding_topic("start_change_end", text)
    assert topic == "premium"
    assert "consumentenprijsindex van het CBS" in _short(topic, text).split(". ")[0]


# ---------------------------------------------------------------- art. 14: the first premium not paid yet
def test_a_first_premium_not_paid_yet_is_art_14() -> None:
    text = "Mijn verzekering is vorige week ingegaan en ik heb de premie nog niet betaald, geeft dat problemen?"
    assert conversation.faq_topic_in(text) == "premium"
    assert "binnen 30 dagen" in _short("premium", text)


def test_cover_in_the_grace_period_after_paying_late() -> None:
    # art. 14: 15 days after the warning, then no cover until ARAG has the premium
    text = "En als ik in de tussentijd een conflict krijg, ben ik dan verzekerd?"
    assert faq_turn.context_topic("own_lawyer", text, "premium") == "premium"
    first = _short("premium", text).split(". ")[0]
    assert "15 dagen" in first and "niet meer verzekerd" in first


# ---------------------------------------------------------------- C&W 2d and Eigen woning: moving from rent to a bought home
@pytest.mark.parametrize(
    "text",
    [
        "We verhuizen van een huurhuis naar een koophuis. Moeten we iets aan de polis veranderen?",
        "Komende maand tekenen wij het koopcontract voor een appartement. Moet ik iets aanpassen aan mijn rechtsbijstandverzekering?",
    ],
)
def test_a_home_to_buy_asks_the_policy_change(text: str) -> None:
    assert conversation.overriding_topic("start_change_end", text) == "new_home"
    assert "woonsituatie" in replies.faq_text("new_home")


# ---------------------------------------------------------------- one module or the option asked about
@pytest.mark.parametrize(
    ("text", "topic", "fact"),
    [
        ("Wat dekt de module Verkeer precies?", "module_verkeer", "(3e)"),
        ("Wat valt er allemaal onder de module Inkomen?", "module_inkomen", "(2d)"),
        ("Wat zit er eigenlijk in consument en wonen?", "module_consument_wonen", "huur van de woning"),
        ("Wat betekent de keuze eigen woning op mijn polis?", "option_eigen_woning", "volkstuin"),
    ],
)
def test_one_module_or_the_option_gets_its_own_situations(text: str, topic: str, fact: str) -> None:
    assert conversation.overriding_topic("modules", text) == topic
    assert fact in conversation.answer_text(topic, text)


def test_the_modules_in_general_stay_the_overview() -> None:
    assert conversation.overriding_topic("modules", "Welke modules kan ik kiezen?") == "modules"


# ---------------------------------------------------------------- art. 6: the maximum asked in a check abroad
def test_the_maximum_asked_in_a_check_abroad_leads_with_the_amount() -> None:
    check = {"question": {"conflict": "verkeersongeval", "country": "DE"}}
    text = faq_turn.with_the_checks_kind("maximum", "ik heb verkeer. tot welk bedrag vergoeden jullie?", check)
    assert "15.000" in conversation.answer_text("maximum", text).split(". ")[1]


# ---------------------------------------------------------------- a question in English words
def test_who_is_insured_asked_in_english() -> None:
    assert "au pair ook verzekerd" in english.gist("is our au pair insured too?")
    mixed = "My girlfriend and I are not married, just living together. Is my partner covered as well?"
    assert conversation.faq_topic_in(english.gist(mixed)) == "who_is_insured"


def test_the_answer_time_asked_in_english_beside_dutch() -> None:
    answer = language_answer.question_answer("How quickly will someone contact me if I report a case? Liefst snel.")
    assert answer is not None and "2 werkdagen" in answer


def test_a_student_on_the_parents_policy_is_who_is_insured() -> None:
    assert conversation.faq_topic_in(
        "Mijn ouders in Zwolle hebben een Flexpolis. Ben ik als student ook verzekerd?"
    ) == ("who_is_insured")


# ---------------------------------------------------------------- C&W 3a and 2b: a holiday home booked
def test_a_holiday_home_booked_is_a_consumer_contract() -> None:
    text = "Ons vakantiehuisje in Portugal bleek dubbel geboekt, de verhuurder geeft het geld niet terug."
    assert conflicts.normalise_conflict(text).kind == "consumentenkoop"
    assert conflicts.normalise_conflict("Ons vakantiehuis in Frankrijk lekt en de aannemer doet niks.").kind == (
        "andere_woning"
    )


def test_the_policy_read_out_as_alleenstaand_is_art_1() -> None:
    assert re.search(conversation.ALLEENSTAAND_READ, fold("Ik zie in mijn polis 'alleenstaand' staan."))
