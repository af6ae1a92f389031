"""Labelling rules of data/nlu (docs/nlu.md, round 8 of issue 11): an example's intent follows the
route the bot takes for that kind of message. The data is checked against each rule, and the
classifier trained on all of data/nlu is tried on new wordings of each class (none is a training
line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from bot.components.intent_classifier import SvmIntentClassifier
from flexbot.dutch import fold

ROOT = Path(__file__).resolve().parents[2]

# The customer's own criminal case, told: suspected of an offence, summoned, a penalty order.
OWN_CRIMINAL_CASE = re.compile(
    r"\b(ik|mijn \w+|hij|zij) (word|wordt|ben) (nu )?verdacht\b|\bik ben verdachte\b|"
    r"\b(ik heb|ik kreeg) (een )?(dagvaarding|strafbeschikking|proces-verbaal)\b|\bheeft (me|mij) gedagvaard\b"
)
# "als ik word verdacht ...": a hypothetical, a general question.
HYPOTHETICAL = re.compile(r"\b(als|wanneer|stel dat) (ik|mijn|hij|zij)\b")
# A refund after the outcome (art. 12) is answered by the general rule whoever asks.
REFUND = re.compile(r"\b(vrijgesproken|vrijspraak|geseponeerd|sepot|ontslagen van rechtsvervolging|terug|vergoed)")


@pytest.fixture(scope="module")
def examples() -> list[tuple[str, str]]:
    return [(e.get(TEXT), e.get(INTENT)) for e in load_data(str(ROOT / "data" / "nlu")).intent_examples]


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> SvmIntentClassifier:
    classifier = SvmIntentClassifier.create(
        {},
        LocalModelStorage(tmp_path_factory.mktemp("labels")),
        Resource("intent_classifier"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    classifier.train(load_data(str(ROOT / "data" / "nlu")))
    return classifier


def intent_of(classifier: SvmIntentClassifier, text: str) -> str:
    return classifier.process([Message(data={TEXT: text})])[0].get(INTENT)["name"]


def test_an_own_criminal_case_is_a_coverage_check_in_the_data(examples):
    """The coverage check answers it with art. 12 and the exclusions of the case (Verkeer 3c, 4a);
    faq_criminal keeps general and hypothetical questions and the refund after the outcome."""
    wrong = [t for t, i in examples if i == "faq_criminal" and OWN_CRIMINAL_CASE.search(fold(t))]
    wrong = [t for t in wrong if not REFUND.search(fold(t)) and not HYPOTHETICAL.search(fold(t))]
    assert wrong == []
    told = [
        t
        for t, i in examples
        if i == "check_coverage" and OWN_CRIMINAL_CASE.search(fold(t)) and not HYPOTHETICAL.search(fold(t))
    ]
    assert len(told) >= 10


def test_the_policy_ending_by_itself_is_not_a_cancellation_in_the_data(examples):
    """faq_cancel is the customer ending the policy; a death ends it by itself (art. 15) and is
    faq_start_change_end like emigration and bankruptcy."""
    death = re.compile(r"\b(overl\w+|overlijden)\b")
    assert [t for t, i in examples if i == "faq_cancel" and death.search(fold(t))] == []
    assert [t for t, i in examples if i == "faq_start_change_end" and death.search(fold(t))]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ik word verdacht van inbraak in een schuur, kunnen jullie mij bijstaan", "check_coverage"),
        ("het openbaar ministerie heeft mij gedagvaard voor vernieling, ben ik verzekerd", "check_coverage"),
        ("als ik ooit vervolgd word, betaalt arag dan mijn advocaat", "faq_criminal"),
        ("zit strafrecht in mijn rechtsbijstand", "faq_criminal"),
        ("ik wil mijn verzekering bij jullie stopzetten per volgende maand", "faq_cancel"),
        ("mag arag zomaar mijn polis beëindigen", "faq_start_change_end"),
        ("wat is er allemaal uitgesloten bij inkomen", "faq_not_covered"),
        ("welke module heb ik nodig voor een ruzie met mijn huisbaas", "faq_modules"),
        ("doei hoor, fijne avond nog", "goodbye"),
    ],
)
def test_new_wordings_follow_the_labelling_rules(trained, text, intent):
    assert intent_of(trained, text) == intent
