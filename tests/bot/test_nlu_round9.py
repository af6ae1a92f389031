"""Round 9 of issue 11 (docs/nlu.md): routing misses of the classifier, with new wordings of each class
(none is a training line of data/nlu): a follow-up about going to court is a question, never a goodbye;
a story told without a question opens a coverage check; an objection to one's own fine is a check; a
call-back request stays one with a story around it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from bot.components.intent_classifier import SvmIntentClassifier, markers
from flexbot.dutch import fold

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> SvmIntentClassifier:
    classifier = SvmIntentClassifier.create(
        {},
        LocalModelStorage(tmp_path_factory.mktemp("round9")),
        Resource("intent_classifier"),
        ExecutionContext(GraphSchema({}), "test"),
    )
    classifier.train(load_data(str(ROOT / "data" / "nlu")))
    return classifier


@pytest.fixture(scope="module")
def training_texts() -> set[str]:
    return {fold(e.get(TEXT)).lower().strip() for e in load_data(str(ROOT / "data" / "nlu")).intent_examples}


def intent_of(classifier: SvmIntentClassifier, text: str) -> str:
    return classifier.process([Message(data={TEXT: text})])[0].get(INTENT)["name"]


COURT_FOLLOW_UPS = [
    "en stel dat de buurman naar de rechter stapt?",
    "wat als het toch een procedure bij de rechtbank wordt",
    "en mocht het een rechtszaak worden, wat dan?",
    "als de tegenpartij gaat procederen, krijg ik dan iemand",
]
GOODBYES = ["tot ziens en een fijne dag", "oké, tot de volgende keer dan", "doei, tot morgen", "tot kijk allemaal"]
STORIES_WITHOUT_QUESTION = [
    "ik werk als zzp'er in de bouw en mijn opdrachtgever stopt ineens met de klus",
    "ik ben freelance fotograaf en een klant weigert mijn factuur te betalen",
    "mijn huisbaas geeft de waarborgsom niet terug",
    "de gemeente wijst mijn aanvraag voor een dakkapel af",
    "de timmerman heeft onze trap scheef geplaatst en komt niet meer",
]
OWN_FINES = [
    "snelheidsboete klopt niet, hoe maak ik bezwaar",
    "bekeuring voor fout parkeren gekregen maar ik stond goed",
]
CALLBACKS = [
    "kunnen jullie mij morgen even terugbellen?",
    "kan er iemand mij bellen, ik snap de brief van mijn werkgever niet",
    "bel me alsjeblieft terug over het gedoe met mijn verhuurder",
]


def test_the_new_wordings_are_not_training_lines(training_texts):
    wordings = COURT_FOLLOW_UPS + GOODBYES + STORIES_WITHOUT_QUESTION + OWN_FINES + CALLBACKS
    assert [t for t in wordings if fold(t).lower().strip() in training_texts] == []


@pytest.mark.parametrize("text", COURT_FOLLOW_UPS)
def test_a_follow_up_about_going_to_court_is_a_question_not_a_goodbye(trained, text):
    """Mid-check "tot ... komt" had been read as a farewell ("Tot ziens!"); art. 5 (own lawyer once a
    procedure is needed) or art. 6 (its costs) answers it."""
    assert intent_of(trained, text) in {"faq_own_lawyer", "faq_costs"}


@pytest.mark.parametrize("text", GOODBYES)
def test_goodbyes_with_tot_stay_goodbyes(trained, text):
    assert intent_of(trained, text) == "goodbye"


@pytest.mark.parametrize("text", STORIES_WITHOUT_QUESTION)
def test_a_story_without_a_question_opens_a_coverage_check(trained, text):
    """As `inform` outside a check it got "Sorry, dat begreep ik niet helemaal"."""
    assert intent_of(trained, text) == "check_coverage"


@pytest.mark.parametrize("text", OWN_FINES)
def test_an_objection_to_ones_own_fine_is_a_coverage_check(trained, text):
    """The check answers it: a fine of the government is excluded (art. 11j)."""
    assert intent_of(trained, text) == "check_coverage"


@pytest.mark.parametrize("text", CALLBACKS)
def test_a_callback_request_stays_one_with_a_story_around_it(trained, text):
    assert intent_of(trained, text) == "request_callback"


def test_asking_for_the_phone_number_is_no_callback_request(trained):
    assert intent_of(trained, "op welk nummer kan ik jullie zelf bellen") == "faq_contact"


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("wilt u mij na het weekend terugbellen", True),
        ("bel me even op mijn mobiel", True),
        ("liever een telefoontje dan chatten", True),
        ("de jurist belt nooit terug", False),
        ("niemand heeft me teruggebeld", False),
        ("hoe kan ik jullie bellen", False),
    ],
)
def test_the_callback_marker(text, marked):
    assert ("zzcallback" in markers(text)) is marked
