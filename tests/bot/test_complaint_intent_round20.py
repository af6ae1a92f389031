"""Round 20 routings of bot/components/third_party.py and bot/components/complaint_intent.py (issue 11), on their
own functions and on parse data, without a model: a third party's story (a private seller who stopped
answering, a company or publisher that used the customer's work, a taxi or courier firm blaming the customer)
told with ARAG asked to take the matter on ("kan ARAG dit regelen", "kan ik ze aanpakken met jullie", "can ARAG
go after them"), with or without a question mark, is no complaint about ARAG and gets no check question. The
same asking after a complaint about ARAG's own side stays a complaint. New wordings, not the blind lines."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import parsed as message

from bot.components import complaint_intent as ci
from bot.components.third_party import coverage_story

THIRD_PARTY_STORIES = [
    # a private seller who stopped answering, ARAG asked to sort it out without a question mark
    "2dehands een e-bike gekocht van een particulier uit Zwolle. accu na een maand dood. de verkoper neemt niet "
    "meer op. kan arag dit regelen",
    "Caravan gekocht van een man via een advertentie, lekt overal. Hij doet alsof hij me niet kent. Kunnen jullie "
    "dit voor mij oplossen",
    "Via een verkoopsite een camera van een particulier gekocht, nooit geleverd en geld weg. Kunnen jullie een "
    "brief sturen?",
    # the customer's work used by a company, with an exclamation
    "ik haak knuffels en zet de patronen online. nu verkoopt een bedrijf precies mijn patronen in hun winkel!! "
    "niemand vroeg me iets. kan ik ze aanpakken met jullie?",
    "Ik schrijf korte verhalen op mijn site en nu staat er een in een tijdschrift van een uitgeverij, zonder "
    "naam en zonder betaling! Kan ik daar iets tegen doen via mijn polis?",
    # English, the other side blaming the customer
    "A delivery van reversed into my parked scooter. The courier company says it's my own fault for parking "
    "there. Could ARAG pursue them?",
    "My neighbour's tree fell on my shed and the company that trimmed it says it's not their fault. Can you go "
    "after them?",
]


@pytest.mark.parametrize("text", THIRD_PARTY_STORIES)
def test_a_third_partys_story_asking_arag_to_act_is_a_coverage_story(text: str) -> None:
    assert coverage_story(text), text


@pytest.mark.parametrize("decision", ["complaint", "ask"])
@pytest.mark.parametrize("text", THIRD_PARTY_STORIES[:3])
def test_it_is_cleared_without_a_check_question(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision, question=True)
    ci.not_a_complaint(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "none" and not detection["complaint"], detection
    assert "intent:dekkingsvraag" in detection["reasons"]


ARAG_COMPLAINTS = [
    # ARAG's side named outside the asking: the same asking keeps it a complaint
    "Mijn jurist reageert al drie weken niet op mijn mails over de verkoper. Kunnen jullie dit oplossen",
    "De behandelaar van ARAG heeft de brief aan de particulier nooit verstuurd, waardeloos. Kan arag dit regelen?",
    "The case handler you assigned never answers my emails about the seller. Could ARAG sort this out?",
    "Ik heb al twee keer met jullie klantenservice gebeld over die webshop en niemand doet iets. Kunnen jullie een "
    "brief sturen?",
]


@pytest.mark.parametrize("text", ARAG_COMPLAINTS)
def test_a_complaint_about_arags_side_with_the_same_asking_stays_one(text: str) -> None:
    assert not coverage_story(text), text
    m = message(text, "complain", "complaint")
    ci.not_a_complaint(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"


def test_asking_arag_to_act_alone_names_no_opponent() -> None:
    # no third party told: no coverage story (the detector and the review decide)
    assert not coverage_story("Kan ARAG dit oplossen")
    assert not coverage_story("Het duurt allemaal veel te lang. Kunnen jullie dit regelen")


@pytest.mark.parametrize(
    "text",
    [
        "mijn oom heeft een ongeluk gehad met de fiets, een auto sneed hem af. mn tante heeft rechtsbijstand bij "
        "jullie en hij woont bij haar",
        "ik ben 16 en een scooter reed me omver. m'n vader heeft de polis via ARAG en ik woon nog thuis",
    ],
)
def test_someone_else_holding_the_policy_with_arag_names_nobody_of_arag(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"


def test_the_holder_named_does_not_hide_a_complaint() -> None:
    text = "mijn vader heeft rechtsbijstand bij jullie maar zijn jurist belt nooit terug"
    assert ci.not_about_arag(text, "check_coverage", 0.9) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben ziek thuis en kan de premie voor december echt niet betalen. Wat gebeurt er dan met mijn dekking?",
        "als ik de premie een paar weken later betaal, ben ik dan nog verzekerd?",
        "Ik heb een betalingsachterstand bij jullie, vervalt mijn verzekering nu?",
    ],
)
def test_a_customer_who_cannot_pay_the_premium_asks_and_does_not_complain(text: str) -> None:
    m = message(text, "faq_premium", "complaint", question=True)
    ci.no_complaint_about_own_payment(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "none" and "intent:premiebetaling" in detection["reasons"], detection


@pytest.mark.parametrize(
    "text",
    [
        "De premie is weer schandalig gestegen, dat kan ik gewoon niet meer betalen!",
        "Ik kan de premie niet betalen.",  # no question: the detector decides
    ],
)
def test_blame_or_no_question_keeps_the_detectors_decision(text: str) -> None:
    m = message(text, "complain", "complaint")
    ci.no_complaint_about_own_payment(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"
