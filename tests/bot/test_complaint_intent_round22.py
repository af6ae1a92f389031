"""Round 22 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11), on their
own functions and on parse data, without a model, in new wordings (not the blind lines):
- right after the coverage check's verdict, plain dissatisfaction with it or the wish to complain is a sure
  complaint (seeds 000/001: dissatisfaction with ARAG's decision), its indignant question no question;
- dissatisfaction with a law, the government or the state told with a coverage question is no complaint;
- a market trader's accident story written to ARAG on someone's advice is no complaint;
- a complaint (tuchtklacht) against the customer about their own work is no complaint about ARAG and goes to
  the coverage check (Inkomen 2c)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rasa.shared.nlu.constants import INTENT
from testkit.complaint_nlu import parsed as message

from bot import conversation_context
from bot.components import complaint_intent as ci
from bot.components.third_party import AGAINST_CUSTOMER, NOT_ARAG, coverage_story
from flexbot.dutch import fold


def after_verdict() -> SimpleNamespace:
    """A conversation whose coverage check gave its verdict (cc_state {"last": ...}) and has no form running."""
    state = {"last": {"covered": False, "articles": ["Verkeer 4a"]}}
    return SimpleNamespace(active_loop_name=None, get_slot=lambda name: state if name == "cc_state" else None)


def in_check() -> SimpleNamespace:
    return SimpleNamespace(active_loop_name="coverage_form", get_slot=lambda name: None)


OBJECTIONS = [
    # the indignant question first, then the dissatisfaction said plainly
    "Dus ik sta met lege handen omdat ik twee glazen wijn op had, en die ander reed gewoon te hard? Ik ben daar "
    "heel ontevreden over en dat wil ik ergens melden.",
    "Krijg ik dus helemaal niks terwijl zij mij van achteren aanreed? Hier ben ik echt niet blij mee.",
    "Daar ben ik het totaal niet mee eens, ik wil hier een klacht over indienen.",
    "Ik ben het er niet mee eens en wil mijn onvrede kwijt.",
    "Dat accepteer ik echt niet. Ik ga hierover klagen.",
    "Ik ben ontevreden over dit oordeel.",
]


@pytest.mark.parametrize("text", OBJECTIONS)
@pytest.mark.parametrize("decision", ["complaint", "ask", "none"])
def test_an_objection_after_the_verdict_is_a_sure_complaint(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision, question="?" in text)
    with conversation_context.parsing(after_verdict()):
        ci.verdict_objection(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "complaint" and detection["complaint"], detection
    assert not detection["question"], detection  # "krijg ik dus niks ...?" wants no answer
    assert "intent:oordeel" in detection["reasons"]
    assert ci.complaint_intent(m)["name"] == ci.COMPLAIN


def test_a_real_question_besides_the_objection_is_still_answered() -> None:
    text = "Daar ben ik het niet mee eens. Bij wie kan ik dan verder terecht?"
    m = message(text, "faq_complaints", "complaint", question=True)
    with conversation_context.parsing(after_verdict()):
        ci.verdict_objection(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "complaint" and detection["question"], detection


@pytest.mark.parametrize(
    "text",
    [
        # the objection told of the opponent, not of the verdict
        "Mijn werkgever zegt dat ik zelf ontslag heb genomen, daar ben ik het niet mee eens.",
        "De buurman beweert dat de schutting van hem is. Daar ben ik het niet mee eens.",
        # no dissatisfaction at all
        "Oké, helder. Bedankt voor de uitleg.",
        "En als ik nu toch een advocaat neem?",
    ],
)
def test_no_objection_to_the_verdict_stays_what_the_detector_said(text: str) -> None:
    m = message(text, "check_coverage", "none", question="?" in text)
    with conversation_context.parsing(after_verdict()):
        ci.verdict_objection(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"


@pytest.mark.parametrize("conversation", [None, "in_check"])
def test_without_a_verdict_the_objection_routing_does_nothing(conversation: str | None) -> None:
    m = message("Daar ben ik het niet mee eens.", "inform", "none")
    with conversation_context.parsing(in_check() if conversation else None):
        ci.verdict_objection(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"


LAW_STORIES = [
    "Het kabinet heeft de pensioenleeftijd alweer verhoogd en daardoor moet ik twee jaar langer doorwerken. Heel "
    "oneerlijk vind ik dat. Kan ik met de hulp van ARAG een zaak tegen de Staat aanspannen?",
    "Door een nieuwe wet van de regering krijg ik minder kinderopvangtoeslag, dat vind ik schandalig. Kan ik via "
    "mijn rechtsbijstand een procedure tegen de overheid beginnen?",
    "De politiek verandert steeds de regels voor de AOW en ik ben de dupe. Kunnen jullie mij helpen de Staat aan "
    "te klagen?",
]


@pytest.mark.parametrize("text", LAW_STORIES)
def test_dissatisfaction_with_a_law_or_the_state_in_a_coverage_question_is_no_complaint(text: str) -> None:
    assert coverage_story(text), text
    m = message(text, "check_coverage", "complaint", question=True)
    ci.not_a_complaint(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"
    assert m.get(INTENT)["name"] == "check_coverage"


def test_arag_blamed_beside_the_state_stays_a_complaint() -> None:
    text = "Jullie jurist reageert al weken niet over mijn zaak tegen de Staat. Kan ik met hulp van ARAG verder?"
    assert not coverage_story(text)


MARKET_STORIES = [
    "Goedendag, ik ben 83. Op de zaterdagmarkt waaide het doek van een kaaskraam los en de paal viel op mijn "
    "schouder. Mijn jas en tas zijn kapot, zo'n 250 euro. De marktkoopman zegt dat het de wind was en betaalt "
    "niks. Mijn buurvrouw zei dat ik u maar moest schrijven.",
    "Mijn kleinzoon raadde me aan jullie te mailen. Bij de markt viel de stellage van een bloemenkraam om, recht "
    "op mijn been. De standhouder wil niets vergoeden, hij vindt het pech.",
]


@pytest.mark.parametrize("text", MARKET_STORIES)
def test_a_market_stall_accident_written_on_advice_names_nobody_of_arag(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"
    m = message(text, "complain", "complaint")
    ci.review(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "none" and "intent:third_party" in detection["reasons"], detection


def test_advice_to_write_does_not_hide_a_complaint_about_arag() -> None:
    text = "Mijn dochter zei dat ik jullie moest mailen, maar jullie reageren nooit. De marktkoopman betaalt niet."
    assert ci.not_about_arag(text, "check_coverage", 0.9) is None


AGAINST_THE_CUSTOMER = [
    "Ik ben verzorgende in een woonzorgcentrum. De dochter van een cliënte heeft een tuchtklacht tegen mij "
    "ingediend, ze zegt dat ik haar moeder heb verwaarloosd. Dat is niet waar. Kunnen jullie me helpen?",
    "ik werk als verloskundige in loondienst en een patiente heeft een klacht tegen me ingediend bij het "
    "tuchtcollege. wat nu",
    "Als apothekersassistent heb ik een klacht aan mijn broek gekregen van de familie van een patiënt. Krijg ik "
    "daarvoor rechtsbijstand?",
    "Een leerling heeft een klacht over mij ingediend bij de schoolleiding, ik ben docent. Sta ik er alleen voor?",
]


@pytest.mark.parametrize("text", AGAINST_THE_CUSTOMER)
@pytest.mark.parametrize("intent", ["complain", "faq_complaints", "check_coverage"])
def test_a_complaint_against_the_customer_goes_to_the_coverage_check(text: str, intent: str) -> None:
    assert AGAINST_CUSTOMER.search(fold(text).lower()), text
    m = message(text, intent, "complaint", question=True)
    ci.not_a_complaint(m)
    ci.no_complaint_against_the_customer(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "none" and not detection["complaint"], detection
    assert m.get(INTENT)["name"] == "check_coverage"


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb een klacht over mijn behandeling door jullie jurist.",
        "Ik ga met mijn klacht over ARAG naar de Tuchtraad.",
        "Mijn familie heeft ook al een klacht ingediend over jullie.",
        "Ik heb een klacht over jullie houding tegen mij aan de telefoon.",
    ],
)
def test_a_complaint_about_arag_is_no_complaint_against_the_customer(text: str) -> None:
    assert not AGAINST_CUSTOMER.search(fold(text).lower()), text
    m = message(text, "complain", "complaint")
    ci.no_complaint_against_the_customer(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"


def test_a_tuchtklacht_with_arags_side_blamed_stays_a_complaint() -> None:
    text = "Een patiënt heeft een tuchtklacht tegen mij ingediend en jullie jurist belt me gewoon niet terug."
    assert NOT_ARAG.search(fold(text).lower())
    assert not ci.complaint_against_customer(text)
