"""Rounds 180-181 (issue 11, blind rounds first run in e110), in new wordings with the seed's article: traffic
(prosecution on the road, no licence, a car lent, a car of one's BV, bail), debts, dates with days (art. 9), relatives
never insured, art. 11o and 11q, the costs awarded after a judgement, a place corrected mid-check."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from testkit.coverage_form import check, joined
from testkit.stories import faq, kind

from bot import conversation_context
from bot.components.check_reply import reroute
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue, english, language_answer
from flexbot.flexpolis.dialogue_dates import first_event_in_text


def test_a_prosecution_for_a_death_after_an_accident_on_the_road_is_verkeer_3c() -> None:
    told = "Ik moet voorkomen voor dood door schuld na een ongeluk op de A7 bij Sneek; de bestuurder van een busje overleed."
    assert kind(told) == "dood_letsel_door_schuld_verkeer"
    assert kind("Ik word vervolgd voor letsel door schuld: bij het kappen viel een boom op een wandelaar.") == (
        "dood_letsel_door_schuld"
    )


def test_driving_before_the_licence_is_verkeer_4a() -> None:
    told = (
        "ik heb nog geen rijbewijs maar reed toch even met de auto van mijn moeder naar de supermarkt en werd geraakt"
    )
    assert kind(told) == "onder_invloed"
    assert kind("Ik heb geen rijbewijs, maar mijn zus reed en een bus ramde haar auto.") != "onder_invloed"


def test_instalments_one_cannot_pay_are_art_11l() -> None:
    assert (
        kind("Wij kunnen de aflossing van onze camper niet meer opbrengen en de bank dreigt met beslag.") == "schulden"
    )


def test_a_car_of_ones_bv_in_a_collision_is_no_directors_conflict() -> None:
    told = "Mijn Volvo staat op naam van mijn bv, ik ben directeur-grootaandeelhouder. Een taxi reed achterop."
    assert kind(told) == "verkeersongeval"
    assert kind("Als dga van mijn bv ben ik door de aandeelhouders ontslagen.") == "statutair_directeur"


def test_a_car_lent_to_a_friend_is_verkeer_2() -> None:
    told = "Mijn collega heeft gisteren mijn Skoda geleend en is op de A2 aangereden. Is hij via mij verzekerd?"
    assert dialogue.involved_in_description(told) == "driver_with_permission"
    assert "met uw toestemming uw vervoermiddel" in (talk.coverage_first(told) or "")


def test_a_date_set_off_by_commas_belongs_to_its_clause() -> None:
    told = "Op 3 februari botste een fietser tegen me aan en ik heb toen, op 20 maart, de verzekering afgesloten."
    assert first_event_in_text(told) is False


@pytest.mark.parametrize(
    "told",
    [
        "Mijn vader woont sinds vorig jaar in een verpleeghuis en het huis rekent te veel. Kan ik zijn zaak via mijn polis laten doen?",
        "Mijn zus woont bij ons in. Kan zij mijn rechtsbijstand gebruiken tegen haar werkgever?",
    ],
)
def test_a_parent_or_sibling_asked_about_is_not_insured(told: str) -> None:
    _, replies = check(told)
    assert "Dit conflict is niet verzekerd. De verzekering geldt niet voor iemand anders" in joined(replies, 0)
    assert "Welke modules" not in joined(replies, 0)


def test_living_together_with_the_partner_asked_about_is_who_is_insured() -> None:
    told = "Ik woon samen met mijn vriend en zijn zoontje. Vallen zij ook onder mijn polis?"
    assert dialogue.facts_in_description(told).get("conflict") is None
    assert talk.faq_topic_in(told) == "who_is_insured"


def test_photos_used_without_asking_are_art_11o() -> None:
    assert (
        kind("Een tijdschrift plaatst zonder toestemming mijn eigen natuurfoto's in hun blad.")
        == "intellectueel_eigendom"
    )


def test_the_policy_used_against_a_premium_rise_is_art_11q() -> None:
    answer = faq(
        "faq_premium",
        "Die premieverhoging pik ik niet. Mag ik de verzekering inzetten om er juridisch tegenin te gaan?",
    )
    assert "(art. 11q Algemene regels)" in answer


def test_the_costs_awarded_after_a_judgement_won_go_to_arag() -> None:
    told = "De rechter heeft mij gelijk gegeven tegen de aannemer en hij moet de proceskosten betalen. Is dat geld voor mij?"
    assert "krijgt ARAG dat geld van de tegenpartij, niet u" in faq("faq_costs", told)


def test_the_bail_answer_says_it_is_paid_back_in_its_short_part() -> None:
    answer = talk.short_and_details(talk.answer_text("borgsom", "ze willen 8000 euro borg, help!"))[0]
    assert "terugbetalen" in answer and "bel ARAG dan meteen" in answer


def test_bail_asked_in_english_is_art_13() -> None:
    told = (
        "Police in Bali want 40,000,000 rupiah bail before my son can fly home after a scooter crash. We have Verkeer."
    )
    assert "(art. 13 Algemene regels" in (language_answer.what_follows(told) or "")


def test_child_support_asked_in_english_is_c_w_3g() -> None:
    told = "My ex-husband and I divorced in 2023; he should pay child support of 400 euro but stopped. Can ARAG help?"
    assert "alimentatie" in english.gist(told)
    assert "(art. 3g Consument & Wonen)" in (language_answer.what_follows(told) or "")


def _in_check(text: str) -> str:
    state = {"question": {"modules": ["verkeer"]}}
    tracker = SimpleNamespace(
        active_loop_name="coverage_form",
        get_slot=lambda name: {"requested_slot": "cc_answer", "cc_state": state}.get(name),
    )
    message = Message(data={TEXT: text, INTENT: {"name": "nlu_fallback", "confidence": 0.4}})
    with conversation_context.parsing(tracker):
        reroute(message)
    return str(message.get(INTENT)["name"])


def test_a_place_corrected_mid_check_is_the_checks_answer() -> None:
    assert _in_check("Sorry, ik vergis me: het gebeurde bij Enschede, gewoon in Nederland dus.") == "inform"
    assert _in_check("Het weer was slecht die dag.") == "nlu_fallback"


def test_reporting_in_time_supposed_after_art_11c_gets_the_month() -> None:
    tracker = SimpleNamespace(
        active_loop_name=None,
        get_slot=lambda name: (
            {"last": {"covered": False, "articles": ["Algemene regels 11c"]}} if name == "cc_state" else None
        ),
    )
    message = Message(
        data={TEXT: "En als ik het in december had gemeld, was ik dan wel geholpen?", INTENT: {"name": "nlu_fallback"}}
    )
    with conversation_context.parsing(tracker):
        reroute(message)
    assert message.get(INTENT)["name"] == "faq_report"
    assert talk.answer_text("report", message.get(TEXT)).startswith("Meldt u een conflict later dan 1 maand nadat")


def test_travel_companions_of_a_trip_cancelled_are_asked_about() -> None:
    told = (
        "Mijn zus en zwager zouden ook meegaan, ik had de reis voor ons vieren betaald. Kunnen zij ook aanspraak maken?"
    )
    assert dialogue.involved_in_description(told) == "travel_companion"


@pytest.mark.parametrize(
    ("told", "amount"),
    [("sorry, het was 120 euro, niet 1.200", 120), ("het ging niet om 900 maar om 90 euro", 90)],
)
def test_an_amount_said_instead_of_another(told: str, amount: int) -> None:
    assert dialogue.amount_in_text(told) == amount


def test_a_typo_in_the_amount_corrected_mid_check_decides_art_11g() -> None:
    _, replies = check(
        "De kapper heeft €1.400 gerekend voor een behandeling die mijn haar verpestte en weigert iets terug te geven.",
        "oeps, typfout: het was €140, niet €1.400",
    )
    assert "(art. 11g Algemene regels)" in joined(replies, 1)


@pytest.mark.parametrize("intent", ["faq_waiting_period", "faq_start_change_end"])
def test_when_the_policy_starts_is_its_date(intent: str) -> None:
    answer = faq(intent, "Per wanneer zijn we dan eigenlijk gedekt als we vandaag afsluiten?")
    assert answer.startswith("De verzekering begint op de ingangsdatum op uw polis.")


def test_a_crash_supposed_abroad_in_english_gets_verkeer_worldwide_and_the_maximum() -> None:
    told = "We're driving across Australia in May. If a truck runs into us there, am I covered with Verkeer? Up to how much?"
    answer = language_answer.what_follows(told) or ""
    assert "(art. 5 Verkeer)" in answer and "€ 10.000" in answer


def test_whether_to_report_when_the_other_sides_insurer_would_pay_is_art_7() -> None:
    assert (
        talk.faq_topic_in("De school zegt dat hun verzekering het regelt. Moet ik het dan nog wel melden?") == "report"
    )


def test_the_borrower_one_claims_from_is_no_driver_with_permission() -> None:
    told = "Mijn broer heeft mijn auto geleend en de koppeling verbrand, hij weigert te betalen. Kan ik het op hem verhalen?"
    assert dialogue.involved_in_description(told) != "driver_with_permission"


def test_a_loan_from_a_fund_one_cannot_pay_is_a_debt_not_an_investment() -> None:
    told = "Ik heb een lening bij het Energiefonds voor zonnepanelen, maar ik kan de termijnen niet meer betalen."
    assert kind(told) == "schulden"


def test_a_jobs_start_date_is_no_question_when_the_policy_starts() -> None:
    assert (
        talk.faq_topic_in("Ik tekende een contract met ingangsdatum 1 mei en nu mag ik niet beginnen. Wat nu?") is None
    )
