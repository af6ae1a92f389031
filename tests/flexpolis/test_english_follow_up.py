"""A second message in English (flexbot/flexpolis/language_answer.py, english.py; issue 11 round 17): the
modules told in English after an English story get the verdict for both, with art. 3 in one sentence."""

from __future__ import annotations

from flexbot.flexpolis import english, language_answer

STORY = "Hello, my employer has not paid my salary for two months. What can I do?"


def test_the_modules_told_in_english_give_the_verdict_for_the_story():
    answer = language_answer.follow_up_answer(STORY, "Yes, we have the Inkomen module.")
    assert answer and "art. 3 Algemene regels" in answer and "U bent hiervoor verzekerd" in answer, answer
    assert "2a Inkomen" in answer, answer


def test_all_three_modules_in_english():
    answer = language_answer.follow_up_answer(STORY, "We have all three.")
    assert answer and "2a Inkomen" in answer, answer


def test_nothing_new_gives_no_follow_up_answer():
    assert language_answer.follow_up_answer(STORY, "Thanks, goodbye.") is None


def test_english_is_told_from_dutch_by_its_function_words():
    assert english.looks_english("My landlord does not return the deposit, can you help me?")
    assert not english.looks_english("Mijn verhuurder geeft de borg niet terug, kunnen jullie helpen?")
    assert not english.looks_english("Consument en Wonen")
