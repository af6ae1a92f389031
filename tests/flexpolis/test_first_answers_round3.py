"""Issue 11, round 3: verdicts that follow from the question itself, each named after the seed
004 article that decides it. Free Dutch text goes through the chat's parsers
(flexbot/flexpolis/dialogue.py), then through the checker and the first-reply headline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from testkit.stories import state_of

from flexbot.flexpolis import conversation as c
from flexbot.flexpolis.checker import HANGT_AF_VAN, NIET_GEDEKT
from flexbot.flexpolis.knowledge import knowledge


# Verkeer 4a (and art. 12): driving under influence is excluded whatever the modules ----------
@pytest.mark.parametrize(
    "text",
    [
        "Ik ben aangehouden omdat ik te veel had gedronken achter het stuur",
        "Na twee biertjes ben ik met de auto tegen een paal gereden",
        "Ik had slaappillen genomen en ben met mijn scooter tegen een hek gereden",
        "De politie deed een blaastest en nu moet ik voorkomen",
    ],
)
def test_verkeer_4a_under_influence_is_said_at_once(text):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT
    assert verdict.articles[0] == "Verkeer 4a" and "Algemene regels 12" in verdict.articles


# Verkeer 4b: speed or skill contests -----------------------------------------------------
def test_verkeer_4b_race_on_a_circuit():
    verdict = state_of("Op een trackday op het circuit reed iemand tegen mijn auto").verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Verkeer 4b"


# Verkeer 4c: the vehicle used for the profession ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ik rij taxi in mijn eigen auto en iemand reed op mij in",
        "Als rijinstructeur kreeg ik een aanrijding in mijn lesauto",
    ],
)
def test_verkeer_4c_taxi_or_driving_school_car(text):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Verkeer 4c"


# Verkeer 3e vs 3b: a bad repair is the repair contract; 3b is an accident caused by it -------
def test_verkeer_3e_bad_repair_of_a_motor_vehicle():
    assert state_of("De garage heeft mijn motor slecht gerepareerd en wil niks terugbetalen").question.conflict == (
        "contract_motorrijtuig"
    )
    assert state_of("Door een slechte reparatie van de garage kreeg ik een ongeluk").question.conflict == (
        "schade_vervoermiddel"
    )
    # a bicycle is no motor vehicle: the repair is a consumer contract (C&W 2b)
    assert state_of("De fietsenmaker heeft mijn fiets slecht gerepareerd").question.conflict == "consumentenkoop"


def test_verkeer_3e_own_car_insurer():
    assert state_of("Mijn autoverzekeraar weigert de schade na een inbraak uit te keren").question.conflict == (
        "contract_motorrijtuig"
    )


def test_verkeer_3a_rear_end_collision_on_holiday_is_traffic_not_a_contract():
    q = state_of("Op vakantie in Marokko reed iemand achterop mijn auto").question
    assert q.conflict == "verkeersongeval" and q.country == "MA"


# C&W 2b: an insurer as the other party is a consumer contract --------------------------------
def test_cw_2b_health_insurer_refuses_to_pay():
    assert state_of("Mijn zorgverzekeraar weigert mijn behandeling te vergoeden").question.conflict == "consumentenkoop"


# C&W 3a / 4: a holiday home the customer owns is another dwelling ---------------------------
def test_cw_3a_owned_holiday_home_abroad():
    verdict = state_of(
        "Wij hebben een vakantiewoning in de Ardennen gekocht en de aannemer verprutst het dak"
    ).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Consument & Wonen 3a"
    # renting one stays C&W 2b (the seed's own example)
    assert state_of("Het vakantiehuisje dat ik huurde was vies").question.conflict == "consumentenkoop"


# 11h, 11k, 11n -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "article"),
    [
        ("Ik wil een eigen kapsalon beginnen en heb ruzie met de verhuurder van het pand", "Algemene regels 11h"),
        ("Kunnen jullie procederen tegen de nieuwe wet die de AOW-leeftijd verhoogt?", "Algemene regels 11k"),
        ("Ik heb me borg gesteld voor de lening van mijn broer en de bank wil geld van mij", "Algemene regels 11n"),
    ],
)
def test_general_exclusions_told_in_the_question(text, article):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == article


# Art. 9: the policy was taken out after the conflict began -----------------------------------
def test_art_9_policy_taken_yesterday_conflict_since_march():
    verdict = state_of(
        "Ik heb de polis gisteren afgesloten, maar het conflict met mijn aannemer speelt al sinds maart"
    ).verdict()
    assert verdict.status == NIET_GEDEKT and "Algemene regels 9" in verdict.articles


# C&W 1 / Verkeer 2: a travel companion, named in the first reply ----------------------------
def test_cw_1_travel_companion_is_named_in_the_headline():
    state = state_of("Mijn vriendin ging mee op de vakantie die ik had geboekt en het hotel doet moeilijk")
    assert state.question.involved == "travel_companion"
    head = c.headline(state)
    assert head and "art. 1 Consument & Wonen" in head and "reis van en naar de vakantiebestemming" in head


# Art. 11g: Verkeer has no minimum, said when the amount is small ---------------------------
def test_art_11g_no_minimum_for_verkeer_in_the_headline():
    state = state_of("Een automobilist reed mijn geparkeerde scooter omver, de schade is 120 euro")
    assert state.question.amount == Decimal(120) and state.verdict().status == HANGT_AF_VAN
    head = c.headline(state)
    assert head and "geen minimumbedrag" in head and "art. 11g Algemene regels" in head


# FAQ answers: 11a/18 with choosing a lawyer, 11c with reporting, art. 14's 15 days up front ---
def test_faq_answers_name_11a_18_11c_and_the_grace_period():
    k = knowledge()
    own_lawyer = k.faq["own_lawyer"]
    assert {"Algemene regels 11a", "Algemene regels 18"} <= set(own_lawyer["articles"])
    assert "Algemene regels 11c" in k.faq["report"]["articles"]
    short, _ = c.short_and_details(k.render(k.faq["premium"]["answer"]))
    assert "15 dagen" in short


# Art. 8 with Verkeer 5 / C&W 4 / Inkomen 4: the country rule of the module in the first reply --
def test_verkeer_5_world_wide_said_for_an_accident_abroad():
    state = state_of("Op vakantie in Marokko reed iemand achterop mijn auto")
    head = c.headline(state)
    assert head and "alle landen van de wereld" in head and "art. 5 Verkeer" in head


def test_verkeer_5_a_contract_abroad_only_in_the_eu():
    head = c.headline(state_of("Ik heb in Duitsland een auto gekocht die kapot is"))
    assert head and "Duitsland" in head and "art. 5 Verkeer" in head
    head = c.headline(state_of("Ik heb in Turkije een auto gekocht die kapot is"))
    assert head is None or "hoort daar niet bij" in head


def test_verkeer_3a_an_accident_told_with_a_verb_between():
    assert state_of("als ik een ongeluk krijg met de auto").question.conflict == "verkeersongeval"
