"""The FAQ and coverage-form Rasa files stay in step with the knowledge file's FAQ topics."""

from __future__ import annotations

from pathlib import Path

import yaml

from flexbot.flexpolis.answers import FAQ_TOPICS

ROOT = Path(__file__).resolve().parents[2]
FAQ_INTENTS = {f"faq_{topic}" for topic in (*FAQ_TOPICS, "contact")}


def load(path: str) -> dict:
    return yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))


def test_every_faq_topic_has_an_intent_examples_and_a_rule():
    assert set(load("bot/domain/faq.yml")["intents"]) == FAQ_INTENTS
    examples = {item["intent"]: item["examples"].strip().splitlines() for item in load("data/nlu/faq.yml")["nlu"]}
    assert set(examples) == FAQ_INTENTS
    counts = {intent: len(lines) for intent, lines in examples.items()}
    # enough examples each, and balanced: the confusable topics have more, none dwarfs another
    assert min(counts.values()) >= 15 and max(counts.values()) <= 4 * min(counts.values()), counts
    answered = {
        rule["steps"][0]["intent"]
        for rule in load("data/rules/faq.yml")["rules"]
        if rule["steps"][1] == {"action": "action_answer_faq"}
    }
    assert answered == FAQ_INTENTS


def test_a_faq_question_during_the_coverage_check_is_answered_and_the_check_resumes():
    domain = load("bot/domain/coverage.yml")
    mapping = domain["slots"]["cc_answer"]["mappings"][0]
    # faq_modules is the exception: the form itself reads it ("Ik heb de module Inkomen" classified as
    # a modules question answers the modules question; a real one is answered there and the check
    # resumes: tests/actions/test_coverage_round7.py).
    in_form = {"faq_modules"}
    assert (FAQ_INTENTS - in_form) | {"stop", "goodbye"} <= set(mapping["not_intent"])
    assert not in_form & set(mapping["not_intent"])
    resumed = {
        rule["steps"][0]["intent"]
        for rule in load("data/rules/coverage.yml")["rules"]
        if rule.get("condition") == [{"active_loop": "coverage_form"}]
        and rule["steps"][-2:] == [{"action": "coverage_form"}, {"active_loop": "coverage_form"}]
    }
    assert FAQ_INTENTS - in_form <= resumed
    excluded_small_talk = set(mapping["not_intent"]) - FAQ_INTENTS - {"stop", "goodbye"}
    assert excluded_small_talk <= resumed
