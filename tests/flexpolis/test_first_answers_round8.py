"""Issue 11, round 8: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers7.jsonl, written blind from seed 004). Each test names the seed article
that decides it; the texts are new wordings of the class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import faq, first, kind, state_of

from flexbot.flexpolis import conversation as c


# C&W 2f / 2b: a school named by its kind (basisschool, taalschool) is the other party ---------------
def test_a_primary_school_refusing_to_enrol_a_child_is_a_decision_about_the_child() -> None:
    text = "De montessori basisschool wil onze dochter niet aannemen omdat ze dyslexie heeft, kunnen we iets doen?"
    assert kind(text) == "overheidsbesluit"
    assert "Consument & Wonen" in first(text)


def test_fees_of_a_language_school_are_a_consumer_contract() -> None:
    assert kind("Mijn vrouw heeft ruzie met de taalschool, ze willen het cursusgeld niet terugbetalen") == (
        "consumentenkoop"
    )


# Art. 1 (au pair) and where someone comes from: "uit de Filipijnen" is not where the conflict is ---------
@pytest.mark.parametrize(
    "text",
    [
        "Onze au pair uit Brazilië heeft een conflict met haar sportschool over het abonnement",
        "Mijn buurman uit Marokko heeft zijn schutting op onze grond gezet",
    ],
)
def test_where_someone_comes_from_is_not_the_country_of_the_conflict(text: str) -> None:
    assert state_of(text).question.country in (None, "NL")


# C&W 3b: the customer is the landlord ("de huurder van mijn ...") ----------------------------------------
def test_the_tenant_of_the_customers_flat_is_letting_not_renting() -> None:
    text = "De huurder van onze zomerwoning betaalt de huur al drie maanden niet"
    assert kind(text) == "verhuur"
    assert "3b" in first(text)


# Art. 1 'Let op': a child living at home as the other party --------------------------------------------
def test_a_child_living_at_home_cannot_be_held_liable_with_the_same_policy() -> None:
    text = "Onze dochter woont nog bij ons en heeft de scooter van mijn man kapot gemaakt; kunnen we de schade op haar verhalen?"
    assert kind(text) == "medeverzekerde"
    answer = first(text)
    assert "art. 1" in answer and "geen van beiden" in answer


# Art. 9: the policy taken out recently, told before the conflict that is older ---------------------------
def test_a_policy_taken_out_recently_for_an_older_conflict_is_art_9() -> None:
    text = "Ik heb gisteren deze verzekering afgesloten, de garage en ik hebben al maanden ruzie over de reparatie"
    assert state_of(text).question.first_event_after_start is False
    assert "art. 9" in first(text)


# Art. 11h: starting a shop or a business named by its kind -----------------------------------------------
def test_starting_a_named_kind_of_business_is_11h() -> None:
    text = "We willen een lunchroom openen en de makelaar van het pand komt zijn afspraken niet na"
    assert kind(text) == "bedrijf_starten"
    assert "11h" in first(text)


# Art. 11c: the end of the policy told long before the question -------------------------------------------
def test_a_long_story_after_the_end_of_the_policy_gets_11c_first() -> None:
    text = (
        "Mijn rechtsbijstand is twee weken geleden opgezegd omdat ik ben overgestapt, maar nu blijkt dat de "
        "schilder die in het voorjaar ons huis deed alles verkeerd heeft gedaan. Mag ik dat nog melden?"
    )
    answer = first(text)
    assert answer.startswith("Meldt u het conflict later dan 1 maand") and "11c" in answer


# Art. 7: copies, not originals ---------------------------------------------------------------------------
def test_originals_or_copies_is_answered_with_art_7() -> None:
    assert c.faq_topic_in("Moeten de originele brieven van de huisbaas naar jullie of volstaan kopieën?") == "report"
    answer = c.fallback_answer("Zijn kopieën van de facturen goed genoeg?")
    assert answer is not None and "kopie" in answer and "originelen houdt u zelf" in answer


# Art. 5: waiting for ARAG's answer after reporting is not a waiting period (art. 9) --------------------
def test_waiting_after_a_report_is_the_answer_time() -> None:
    text = "Vorige week heb ik mijn zaak aangemeld. Hoe lang moeten we nog wachten op een reactie?"
    answer = faq("faq_waiting_period", text)
    assert "2 werkdagen" in answer and "art. 5" in answer


# Art. 6: what ARAG's help costs the customer, whatever the intent ---------------------------------------
def test_what_the_help_costs_me_gets_the_costs_answer() -> None:
    answer = faq("faq_after_report", "Als jullie mijn zaak oppakken, wat kost dat me dan?")
    assert "art. 6" in answer and "eigen specialisten" in answer


# Art. 3: living abroad (also in Flemish) and taking out the policy ---------------------------------------
def test_living_in_a_belgian_city_and_taking_out_the_policy_is_art_3() -> None:
    answer = c.fallback_answer("Ik woon in Gent, mag ik de Flexpolis ook afsluiten?")
    assert answer is not None and answer.startswith("U kunt de Flexpolis alleen afsluiten als u in Nederland woont")


# English words mixed into a Dutch question: the gist is read -----------------------------------------------
def test_english_words_in_a_dutch_question_are_read() -> None:
    answer = c.fallback_answer("mijn employer in Noorwegen didn't pay my wages, ben ik verzekerd?")
    assert answer is not None and "Europese Unie" in answer and "art. 4 Inkomen" in answer


# Art. 11q: using this policy against ARAG itself ----------------------------------------------------------
def test_going_to_law_against_arag_gets_11q_next_to_art_17() -> None:
    answer = faq(
        "faq_disagreement",
        "Ik ben het oneens met jullie afwijzing. Mag ik met deze polis naar de rechter tegen jullie?",
    )
    assert "art. 17" in answer and "art. 11q" in answer


def test_disagreeing_without_going_to_law_gets_no_11q() -> None:
    assert "11q" not in faq("faq_disagreement", "Ik ben het niet eens met de aanpak van mijn jurist, wat nu?")


# The same classes through the coverage form (actions/coverage.py), the path a coverage intent takes ---------
def test_the_form_answers_originals_or_copies_with_the_copies_sentence() -> None:
    from testkit.coverage_form import Chat

    sent = Chat().say("Hoeven jullie de originele papieren of zijn kopieën goed genoeg?", intent="ask_coverage")
    assert sent and "kopie" in sent[0]


def test_the_form_leads_with_11c_after_the_end_of_the_policy() -> None:
    from testkit.coverage_form import Chat

    text = "Mijn verzekering is vorige maand afgelopen, maar de stukadoor heeft er een zooi van gemaakt. Kan ik het nog melden?"
    sent = Chat().say(text, intent="ask_coverage")
    assert sent and "11c" in sent[0]


# Probe round (new questions after the set scored 60/60) -------------------------------------------------
def test_a_death_and_a_dispute_over_a_holiday_home_among_in_laws_is_an_inheritance() -> None:
    # C&W 2i: "een conflict met een andere erfgenaam ... over de verdeling van een erfenis".
    assert kind("Mijn stiefvader is overleden en mijn halfbroer en ik ruziën over wie de caravan in Italië krijgt") == (
        "erfenis"
    )


def test_someone_driving_into_a_bicycle_is_traffic_without_a_minimum() -> None:
    # Art. 11g: "voor het onderdeel Verkeer geldt geen minimumbedrag".
    text = "Een bestelbusje heeft mijn fiets omver gereden, de schade is 90 euro"
    assert kind(text) in ("verkeersongeval", "ongeval_zonder_motorrijtuig")
    assert "art. 11g" not in first(text).split("Verkeer")[0]


def test_a_loan_the_customer_cannot_repay_is_11l() -> None:
    text = "Ik heb een persoonlijke lening en kan die sinds vorig jaar niet meer afbetalen"
    assert kind(text) == "schulden"
    assert "11l" in first(text)


@pytest.mark.parametrize(
    "text", ["Onze B.V. heeft ruzie met een leverancier over een levering", "m'n bv krijgt een factuur niet betaald"]
)
def test_a_conflict_of_the_customers_bv_is_not_private(text: str) -> None:
    assert state_of(text).question.role == "zakelijk"


def test_a_conflict_with_ones_wife_is_between_two_insured() -> None:
    # Art. 1 'Let op': "Heeft u een conflict met een ander voor wie deze verzekering ook geldt?"
    answer = first("Ik wil een rechtszaak tegen mijn vrouw over de auto die op haar naam staat")
    assert "geen van beiden" in answer and "art. 1" in answer


def test_the_policy_in_the_partners_name_gets_who_is_insured() -> None:
    answer = faq("faq_report", "Kan ik zelf iets melden? De verzekering staat op naam van mijn vriendin.")
    assert "toestemming" in answer and "art. 1" in answer


def test_costs_above_the_stake_get_art_5_settlement_first() -> None:
    answer = faq(
        "faq_costs", "Wat doen jullie als de kosten van een procedure groter zijn dan waar het conflict om gaat?"
    )
    assert answer.startswith("Zijn de kosten te hoog") and "art. 5" in answer


# Probe round 2 -------------------------------------------------------------------------------------------
def test_an_accident_with_a_hire_car_on_holiday_is_traffic_worldwide() -> None:
    # Verkeer 5: "U bent in alle landen van de wereld verzekerd"; art. 6: outside Europe EUR 10.000.
    text = "Tijdens de rondreis door Canada kregen we een ongeluk met de huurauto, is dat gedekt?"
    assert kind(text) == "verkeersongeval"
    answer = first(text)
    assert "10.000" in answer and "art. 5 Verkeer" in answer


def test_a_landlord_selling_the_rented_home_is_a_tenancy_conflict() -> None:
    assert kind("De verhuurder gaat het appartement verkopen en wil dat wij eruit gaan") == "huur_woning"


def test_the_tenant_who_will_not_leave_is_letting() -> None:
    assert kind("We hebben een huis geërfd en de huurder weigert niet te vertrekken... hij betaalt geen huur") == (
        "verhuur"
    )


def test_a_widow_of_a_traffic_victim_is_a_surviving_relative() -> None:
    # Art. 1: "Overlijdt een verzekerde door een ongeval? ... nabestaanden ... schadevergoeding".
    answer = first("Mijn vrouw is doodgereden door een vrachtwagen; kan ik als weduwnaar smartengeld eisen?")
    assert "nabestaanden" in answer


def test_identity_fraud_is_a_wrong_done_to_the_customer() -> None:
    assert kind("Er zijn abonnementen op mijn naam afgesloten door een oplichter met mijn paspoort") == "slachtoffer"


def test_a_policy_of_a_few_weeks_gets_the_art_9_condition() -> None:
    answer = first("De buren hebben mijn heg gesnoeid zonder te vragen. Ik ben pas 2 weken verzekerd.")
    assert "art. 9" in answer and "pas kort" in answer


def test_a_policy_of_a_few_weeks_with_an_older_event_is_a_verdict_not_a_note() -> None:
    answer = first("Vorig jaar al kreeg ik ruzie met de buren over de heg; ik ben pas 2 weken verzekerd.")
    assert "pas kort" not in answer


def test_mediation_is_answered_as_a_cost() -> None:
    answer = faq("faq_modules", "Betalen jullie ook een mediator bij ruzie met de buren?")
    assert "mediation" in answer and "art. 6b" in answer


# Probe round 3 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Het tuincentrum wil de doodgegane olijfboom van 250 euro niet terugnemen",
        "De hoefsmid heeft mijn pony kreupel gemaakt",
    ],
)
def test_shops_and_services_named_by_their_trade_are_consumer_contracts(text: str) -> None:
    assert kind(text) in ("consumentenkoop", "onrechtmatige_daad")


def test_sending_a_letter_before_reporting_is_answered_with_art_7() -> None:
    assert c.faq_topic_in("Moet ik de verkoper eerst zelf aanschrijven voordat ik het bij jullie meld?") == "report"


def test_a_dictated_question_after_a_condition_is_a_question() -> None:
    # Art. 6: "Kosten van de tegenpartij in een rechtszaak. Maar alleen het deel waarvan de rechter vindt ..."
    answer = c.fallback_answer("stel dat we verliezen moeten we dan de advocaatkosten van de tegenpartij betalen")
    assert answer is not None and "rechter" in answer and "art. 6" in answer


def test_switching_to_another_insurer_is_about_reporting_after_the_end() -> None:
    # Art. 11c: "Meldt u uw conflict later dan een maand nadat deze verzekering gestopt is? ..."
    text = "Ik stap over naar een andere verzekeraar, wat gebeurt er dan met mijn lopende conflict?"
    assert c.coverage_first(text) is None
    assert "11c" in faq("faq_cancel", "Wat als ik overstap naar een nieuwe verzekeraar, blijft mijn zaak dan lopen?")
    assert "11c" in faq("faq_after_report", "Wat gebeurt er met het conflict dat ik heb als ik overstap?")


# Probe round 4 -------------------------------------------------------------------------------------------
def test_cancelling_another_contract_is_a_conflict_about_that_contract() -> None:
    # C&W 2b, not art. 15 (cancelling this policy).
    answer = faq("faq_cancel", "Het telefoonbedrijf laat me mijn abonnement niet opzeggen, nog 14 maanden te gaan")
    assert "2b" in answer and "art. 15" not in answer
    assert "art. 15" in faq("faq_cancel", "Kan ik de polis per direct opzeggen?")


def test_a_lawyer_abroad_leads_with_the_country_rule() -> None:
    # Art. 5: "Is uw conflict in het buitenland? ... ingeschreven in dat buitenland".
    answer = faq("faq_own_lawyer", "Mag ik een advocaat uit Portugal nemen voor mijn zaak daar?")
    assert answer.startswith("Bij een conflict in Nederland") and "buitenland" in answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn zus en ik erven de spaarrekening van oma, maar zij wil alles houden", "erfenis"),
        ("Een zogenaamde vriend heeft mijn moeder 3000 euro afgetroggeld", "slachtoffer"),
    ],
)
def test_inheriting_and_being_swindled_told_with_verbs(text: str, expected: str) -> None:
    assert kind(text) == expected


# Art. 12: a criminal case told as going to court ("politierechter", "voor de rechter wegens ...") or
# as a household member being the suspect ("verdacht van oplichting") is a case against them, not a
# crime against them (C&W 2a).
@pytest.mark.parametrize(
    "text",
    [
        "over drie weken moet ik bij de politierechter verschijnen",
        "mijn vrouw moet voor de rechter komen vanwege winkeldiefstal",
        "onze zoon wordt verdacht van oplichting via marktplaats",
    ],
)
def test_a_criminal_case_against_the_household_is_art_12(text: str) -> None:
    assert kind(text) == "strafzaak"
    answer = c.coverage_first(text)
    assert answer is not None and "art. 12" in answer


def test_being_swindled_is_still_a_crime_against_you() -> None:
    assert kind("ik ben opgelicht door een nepwebshop") == "slachtoffer"
