"""Round 17 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11),
on their own functions and on parse data, without a model: a denied criminal charge, the customer's other
insurer or a third party that leaves mails unanswered, "val ik onder de dekking?", an English reply without
blame, and dissatisfaction with ARAG's service in the middle of a coverage check."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rasa.shared.nlu.constants import INTENT
from testkit.complaint_nlu import parsed as message

from bot import conversation_context
from bot.components import complaint_intent as ci
from bot.components.third_party import NOT_ARAG, coverage_story


@pytest.mark.parametrize(
    "text",
    [
        "Volgende week moet ik voorkomen wegens mishandeling, maar ik heb niemand aangeraakt.",
        "De officier van justitie vervolgt me voor heling terwijl ik die fiets gewoon gekocht heb. Betalen jullie dat?",
        "Ik heb een strafbeschikking gekregen voor iets wat ik niet gedaan heb!",
    ],
)
def test_a_denied_charge_is_no_complaint_and_asks_art_12(text):
    m = message(text, "nlu_fallback", "complaint")
    ci.no_complaint_about_a_charge(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"
    assert "intent:strafzaak" in m.get(ci.PARSE_KEY)["reasons"]
    assert m.get(INTENT)["name"] == "faq_criminal"


def test_a_charge_with_blame_of_arag_stays_a_complaint():
    m = message("Ik word vervolgd en jullie jurist heeft nog steeds niks gedaan, schandalig.", "complain", "complaint")
    ci.no_complaint_about_a_charge(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"


def test_a_charge_told_as_a_coverage_question_keeps_its_intent():
    m = message("Ik ben gedagvaard voor vernieling maar ik was er niet bij.", "check_coverage", "ask")
    ci.no_complaint_about_a_charge(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none" and m.get(INTENT)["name"] == "check_coverage"


@pytest.mark.parametrize(
    "text",
    [
        "mijn zorgverzekeraar weigert de behandeling te vergoeden",
        "onze opstalverzekeraar keert niet uit",
        "hij reageert niet meer op mijn mails",
        "op onze berichten reageren ze al weken niet",
    ],
)
def test_other_insurers_and_unanswered_mails_of_a_third_party_are_not_arag(text):
    assert NOT_ARAG.search(text)


def test_jullie_leaving_mails_unanswered_is_arag():
    assert not NOT_ARAG.search("jullie reageren niet op mijn mails")


def test_val_ik_onder_de_dekking_asks_about_cover_in_a_third_partys_story():
    assert coverage_story("De schilder is nooit teruggekomen. Hij reageert niet op mails. Val ik onder de dekking?")
    assert not coverage_story("Jullie reageren niet op mijn mails. Val ik wel onder de dekking?")


def test_an_english_reply_without_blame_gets_no_check_question():
    m = message("Yes, we have all three modules.", "other_language", "ask")
    ci.other_language_without_blame(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"
    angry = message("Your service is terrible, nobody calls back.", "other_language", "ask")
    ci.other_language_without_blame(angry)
    assert angry.get(ci.PARSE_KEY)["decision"] == "ask"


def in_check() -> SimpleNamespace:
    return SimpleNamespace(active_loop_name="coverage_form")


@pytest.mark.parametrize(
    "text",
    [
        "Ik bel hier al dagen en niemand belt terug, belachelijk.",
        "Echt slecht dat ik dat rapport eerst zelf moet voorschieten.",
        "Vanochtend een uur in de wacht gestaan bij jullie, dat is toch niet normaal meer, slecht.",
    ],
)
def test_blame_of_arags_service_mid_check_is_a_complaint(text):
    m = message(text, "inform", "none")
    with conversation_context.parsing(in_check()):
        ci.service_blamed_mid_check(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"
    assert "intent:dienst_in_check" in m.get(ci.PARSE_KEY)["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "De aannemer belt nooit terug maar dat is zijn probleem.",  # no word of blame
        "Het duurt veel te lang bij de aannemer, slecht.",  # the time it takes: not ARAG named
    ],
)
def test_mid_check_words_not_naming_arag_with_blame_stay_as_they_were(text):
    m = message(text, "inform", "none")
    with conversation_context.parsing(in_check()):
        ci.service_blamed_mid_check(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"


def test_outside_a_check_the_detector_decides():
    m = message("Niemand belt terug, belachelijk.", "inform", "none")
    ci.service_blamed_mid_check(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"


def test_a_lawyer_engaged_without_asking_is_art_11a_not_a_check_question():
    m = message(
        "Die advocaat heb ik vorige week al in de arm genomen zonder toestemming van jullie.", "check_coverage", "ask"
    )
    ci.engaged_without_asking(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none" and m.get(INTENT)["name"] == "faq_own_lawyer"


def test_not_called_back_names_arag_in_a_story_about_a_dismissal():
    text = "Ik heb een vraag over mijn ontslag, maar eerst: niemand heeft me teruggebeld, belachelijk."
    assert ci.not_about_arag(text, "check_coverage", 0.9) is None
