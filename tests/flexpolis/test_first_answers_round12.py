"""Issue 11, rounds 12-13: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers11.jsonl and later, written blind from seed 004). Each test names the seed
article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

from decimal import Decimal

import pytest
from testkit.stories import faq, first, kind

from flexbot.flexpolis import cost_questions, dialogue, language_answer


# Art. 11a: a lawyer hired before reporting, whose bill the customer asks ARAG to pay ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ik had al een advocaat ingehuurd voordat ik bij jullie aanklopte, vergoeden jullie zijn factuur?",
        "mijn advocaat stuurde een nota van 900 euro, kan ik die bij jullie declareren?",
    ],
)
def test_a_lawyer_hired_alone_leads_with_art_11a(text: str) -> None:
    answer = faq("faq_own_lawyer", text)
    assert answer.startswith("Schakelt u zelf iemand in zonder toestemming van ARAG")
    assert "(art. 11a)" in answer
    assert answer.count("zonder toestemming") == 1  # not repeated by the conflict's own verdict


def test_choosing_a_lawyer_still_starts_with_when_it_is_allowed() -> None:
    answer = faq("faq_own_lawyer", "Mag ik zelf een advocaat kiezen?")
    assert answer.startswith("U mag zelf een advocaat of andere deskundige kiezen")  # art. 5


# Art. 17: going on alone after the arbitrator sided with ARAG; the insured costs are paid after all on winning
@pytest.mark.parametrize(
    "text",
    [
        "Stel dat de scheidsrechter jullie gelijk geeft, mag ik dan op eigen kosten doorprocederen?",
        "en als hij het met jullie eens is, kan ik dan nog zelf verder met een advocaat?",
    ],
)
def test_going_on_alone_after_the_arbitrator_sides_with_arag(text: str) -> None:
    answer = faq("faq_own_lawyer", text)
    assert answer.startswith(
        "Krijgt ARAG gelijk, dan behandelt ARAG uw conflict zoals het had voorgesteld, of u gaat zelf verder"
    )
    assert "alsnog" in answer and "art. 17" in answer


def test_a_dutch_lawyer_for_a_conflict_abroad_gets_the_country_rule() -> None:
    answer = faq("faq_own_lawyer", "Kan ik voor dat ongeluk in België een Nederlandse advocaat nemen?")
    assert answer.startswith("U mag zelf") is False
    assert "conflict in het buitenland in dat land" in answer.split(". ")[0]  # art. 5


# The kind of conflict read from everyday words -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verkeer 1 and 3a: someone without a licence hit as a pedestrian; no licence taken (not 3d)
        ("Ik heb geen auto en ook geen rijbewijs, maar een scooter reed me op het zebrapad aan", "verkeersongeval"),
        # a contractual penalty between private parties is no fine of the government (art. 12)
        (
            "De koper van ons huis trekt zich terug en weigert de boete van 10% uit de koopakte te betalen",
            "eigen_woning",
        ),
        # Inkomen 2b: the armed forces employ civil servants
        ("Ik ben beroepsmilitair en Defensie wil mij tegen mijn zin overplaatsen", "ambtenaar"),
        ("Als militair bij de luchtmacht krijg ik een disciplinaire straf die ik onterecht vind", "ambtenaar"),
        # Inkomen 2c: a disciplinary complaint against the customer about their work
        (
            "Een patiënt heeft bij het medisch tuchtcollege een klacht over mij ingediend, ik ben fysiotherapeut in loondienst",
            "beroepsklacht",
        ),
        # art. 11o: a photo of one's own named as a compound
        ("Een uitgeverij heeft mijn natuurfoto's zonder te vragen in een tijdschrift gezet", "intellectueel_eigendom"),
        # C&W 2a: a bite is harm done by another (the ruined coat is its damage, not a purchase)
        ("Mijn dochter werd gebeten door een loslopende hond, haar jas van 120 euro is kapot", "onrechtmatige_daad"),
        # art. 11h: the premises of a business being started, not the customer's home (C&W 2c)
        (
            "Binnenkort start ik voor mezelf een kapsalon. De verhuurder van het pand vraagt ineens een veel hogere borg.",
            "bedrijf_starten",
        ),
        # Verkeer 3a: a collision with a rented car is a traffic accident, not the rental contract (C&W 3c)
        ("In Tunesië is een busje tegen onze huurauto aangereden, mijn vrouw is gewond", "verkeersongeval"),
        ("Op vakantie reed een taxi tegen onze huurauto, de deur ligt eruit", "verkeersongeval"),
    ],
)
def test_the_kind_of_conflict_from_everyday_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Een webshop stuurde me een kapotte koptelefoon van 89,95 en reageert niet meer",
        "de winkel wil de kapotte waterkoker van € 34,99 niet omruilen",
    ],
)
def test_an_amount_with_cents_is_read_and_held_to_the_minimum(text: str) -> None:
    assert "175 of minder" in first(text)  # art. 11g


def test_the_minimum_asked_for_a_traffic_matter_says_verkeer_has_none() -> None:
    answer = first(
        "Een bestelbus reed tegen mijn geparkeerde fiets, reparatie 85 euro. Ik heb Verkeer. Geldt die 175 euro grens?"
    )
    assert (
        "geen minimumbedrag" in answer and "11g" in answer
    )  # art. 11g: "voor het onderdeel Verkeer geldt geen minimumbedrag"
    assert "175 of minder" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben zzp'er en bezorg pakketjes met mijn eigen bestelbus. Tijdens mijn ronde reed iemand achterop mij.",
        "Als taxichauffeur werd ik in mijn taxi aangereden door een fietser zonder licht",
    ],
)
def test_a_vehicle_used_for_ones_profession_is_verkeer_4c(text: str) -> None:
    answer = first(text)
    assert "4c" in answer and "3a Inkomen" not in answer


@pytest.mark.parametrize(
    "text",
    [
        "Via Marktplaats een Golf uit 2014 gekocht van een particulier, na 3 weken is de versnellingsbak kapot",
        "tweedehands Toyota Yaris van een particulier gekocht en de motor is kapot, verkoper zegt gekocht zoals gezien",
    ],
)
def test_a_second_hand_car_bought_privately_names_verkeer_4d(text: str) -> None:
    answer = first(text)
    assert "Verkeer" in answer and "4d" in answer


# Art. 9: a policy of a few weeks, named "Flexpolis" -------------------------------------------------------
def test_a_policy_of_weeks_named_flexpolis_cites_art_9() -> None:
    answer = first("Ik heb sinds twee weken de Flexpolis met Verkeer en nu is mijn auto door een vrachtwagen geraakt")
    assert "art. 9" in answer


# Modules told as "op mijn polis bij Inkomen": the module is on the policy ---------------------------------
def test_a_module_named_with_its_option_is_on_the_policy() -> None:
    answer = first("In mijn polis onder Inkomen staat arbeidsrecht uitgesloten. Het UWV wil mijn WW terugvorderen.")
    assert "die op uw polis staat" in answer and "2d Inkomen" in answer  # Inkomen 2d; arbeidsrecht is not this


# Art. 1 'Let op': a child at home refusing to pay back is an insured person too ---------------------------
def test_a_child_at_home_who_refuses_to_pay_back_is_insured_too() -> None:
    answer = first(
        "Onze dochter woont nog thuis, ze heeft met mijn auto een paal geraakt en weigert de schade van 2.000 euro aan mij terug te betalen"
    )
    assert "geen van beiden" in answer


# Art. 5/11a: a relative who is a lawyer is no insured person of the story ---------------------------------
def test_a_relative_who_is_a_lawyer_is_not_the_one_with_the_conflict() -> None:
    answer = first(
        "Mijn nicht is advocaat. Mag zij mijn zaak tegen mijn werkgever doen en de factuur naar jullie sturen?"
    )
    assert "nicht" not in answer and "2a Inkomen" in answer


# Art. 10: a success fee told in the customer's words -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "De advocaat wil 20% van de schadevergoeding als we winnen, moet ik dat zelf ophoesten?",
        "Mijn letseladvocaat vraagt een winstbonus bovenop zijn uurloon. Betaalt ARAG dat?",
    ],
)
def test_a_success_fee_in_everyday_words_is_art_10(text: str) -> None:
    answer = cost_questions.cost_answer(text) or ""
    assert "extra beloning" in answer and "art. 10" in answer


# Art. 8 / Inkomen 4: the country of a contract told by its law or its employer ------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mijn arbeidscontract valt onder Duits recht en ze hebben me ontslagen", "DE"),
        ("Ik werk voor een Zwitsers bedrijf en krijg mijn loon niet", "CH"),
        ("mijn Turkse buurman maakt herrie", None),  # where someone is from is no place of the conflict
        ("het contract valt onder Nederlands recht", None),
    ],
)
def test_the_country_of_a_contract_by_its_law_or_employer(text: str, code: str | None) -> None:
    assert dialogue.country_in_description(text) == code


def test_an_english_job_abroad_under_foreign_law_gets_the_eu_rule() -> None:
    answer = language_answer.dutch_only_answer(
        "I work for a Norwegian company under Norwegian law and they fired me. I have the Inkomen module."
    )
    assert "Europese Unie" in answer and "Noorwegen" in answer  # Inkomen 4


def test_english_months_decide_art_9() -> None:
    answer = language_answer.dutch_only_answer(
        "I've had ARAG for years with Consument & Wonen. In May I added Verkeer. In April a van backed into my car."
    )
    assert "art. 9" in answer


def test_arag_named_as_ones_insurer_is_no_party() -> None:
    assert (
        kind("Ik ben al tien jaar klant bij ARAG. Mijn buurman heeft mijn schutting omgereden.") != "deze_verzekering"
    )
    assert kind("Ik heb een conflict met ARAG over mijn premie") == "deze_verzekering"


# Art. 6: the maximum asked about is no amount of the conflict; a rented car hit is Verkeer 3a -------------
def test_the_maximum_asked_about_abroad_gets_the_mediterranean_rule() -> None:
    answer = first(
        "In Tunesië is een vrachtwagen tegen onze huurauto gereden, ik heb mijn arm gebroken. We hebben Verkeer. "
        "Klopt het dat jullie daar maar 10.000 euro vergoeden?"
    )
    assert "3a Verkeer" in answer and "€ 15.000" in answer


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("jullie vergoeden tot 15.000 euro, mijn schade is 3.000 euro", Decimal(3000)),
        ("de schade is 15.000 euro", Decimal(15000)),
        ("het gaat om 175 euro", Decimal(175)),
    ],
)
def test_the_policys_own_amounts_are_no_amount_of_the_conflict(text: str, amount: Decimal) -> None:
    assert dialogue.amount_in_text(text) == amount


# Art. 1 'Let op': 'geen alleenstaand' told settles a conflict with a child at home ---------------------------
def test_no_alleenstaand_told_settles_a_conflict_with_a_child_at_home() -> None:
    answer = first(
        "Mijn dochter woont nog thuis en heeft mijn scooter total loss gereden; ze weigert te betalen. "
        "Op onze polis staat geen alleenstaand."
    )
    assert answer.startswith("Dit conflict is niet verzekerd") and "geen van beiden" in answer


def test_selling_ones_house_is_the_own_home() -> None:
    assert kind("We verkochten ons appartement en de koper wil na het tekenen niet meer") == "eigen_woning"
