"""Issue 11, round 86 (older customers and later life): readings and follow-ups found in its blind first run, each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import after_verdict, check, follow_up, joined
from testkit.stories import faq, kind

from flexbot.dutch import fold
from flexbot.flexpolis import story_facts
from flexbot.flexpolis.conversation import faq_topic_in
from flexbot.flexpolis.dialogue_amounts import amount_in_text
from flexbot.flexpolis.faq_turn import WHO_REPORTS


def test_help_hired_privately_is_a_consumers_contract_not_a_social_provision() -> None:
    # C&W 2b, not Inkomen 2d / C&W 2f: the municipality decided nothing
    story = (
        "Ik heb zelf schoonmaakhulp ingehuurd via een thuiszorgbureau, dus niet via de gemeente. Ze komen niet "
        "opdagen maar schrijven wel elke maand 300 euro af."
    )
    assert kind(story) == "consumentenkoop"


def test_a_stairlift_the_tenants_had_fitted_is_the_suppliers_contract() -> None:
    # C&W 2b: the landlord (C&W 2c) is not the other side
    assert (
        kind(
            "We huren bij de woningstichting en hebben zelf een badlift laten installeren. Het ding doet het niet "
            "en de leverancier neemt niet op."
        )
        == "consumentenkoop"
    )


def test_the_rented_senior_flat_and_its_service_charges_are_the_rent() -> None:
    # C&W 2c: a wheelchair in the story is no rented thing, a caretaker billed in the service charges no service contract
    assert (
        kind(
            "wij huren een bovenwoning, de lift doet het al weken niet en de verhuurder reageert niet. ik zit in een "
            "rolstoel"
        )
        == "huur_woning"
    )
    assert (
        kind(
            "In ons huurappartement moeten we 410 euro servicekosten bijbetalen voor een huismeester en een "
            "tuinman die er nooit zijn."
        )
        == "huur_woning"
    )


def test_the_heir_billed_for_the_deceaseds_debt_is_a_debt_taken_over() -> None:
    # art. 11n, not the division among heirs (C&W 2i)
    story = "Mijn oom is overleden en ik ben erfgenaam. De loodgieter zegt dat hij hem nog 1.200 euro schuldig was."
    assert kind(story) == "overgenomen_vordering"
    assert (
        kind("Mijn vader is overleden. Mijn zus zegt dat hij haar nog geld schuldig was uit de erfenis.") == "erfenis"
    )


def test_a_car_by_its_make_sold_to_a_neighbour_is_the_vehicles_sale() -> None:
    # Verkeer 3e, not a neighbour conflict (C&W 2e)
    assert kind("Ik heb mijn Toyota Corolla verkocht aan de overbuurman en nu wil hij 700 euro terug.") == (
        "contract_motorrijtuig"
    )


def test_the_neighbour_who_came_along_on_the_trip_is_no_opponent() -> None:
    # C&W 2b with the travel company; the neighbour is a travel companion (C&W 1)
    story = (
        "Met de seniorenvereniging naar de Moezel, het hotel was dicht. De touroperator geeft niets terug, ook niet "
        "voor mijn buurman die ik heb meegeboekt."
    )
    assert kind(story) == "consumentenkoop"


def test_a_person_asked_about_mid_check_keeps_the_check() -> None:
    _, replies = check(
        "Busreis naar de Elzas geboekt, het hotel was overboekt en de reisorganisatie geeft alleen een tegoedbon.",
        "Ik heb Consument & Wonen.",
        "En mijn buurman die meeging, is hij ook verzekerd?",
        "De reisorganisatie blijkt een Frans bedrijf te zijn. Maakt dat uit?",
    )
    assert "reisgenoten" in joined(replies, 2) and "2e" not in joined(replies, 2)
    assert "Europese Unie" in joined(replies, 3) and "Frankrijk" in joined(replies, 3)  # C&W 4


def test_the_country_told_after_the_verdict_says_where_the_module_applies() -> None:
    slots = after_verdict(
        "Ik heb Consument & Wonen. Mijn nieuwe wasmachine van een webshop is kapot en ze reageren niet."
    )
    said = " ".join(follow_up(slots, "De webshop zit in Gent, in België. Maakt dat uit?", "inform"))
    assert "Europese Unie" in said and "art. 4 Consument & Wonen" in said


def test_no_guarantee_answered_before_it_is_asked() -> None:
    # Verkeer 4d: "Garantie? Nee" is the fact, not a second question
    _, replies = check(
        "Tweedehands Citroën gekocht bij een autohandel in Zwolle, na tien dagen is de koppeling kapot.",
        "Verkeer heb ik. Garantie? Nee, alleen een bonnetje.",
    )
    assert "4d" in joined(replies, 1) and "niet verzekerd" in joined(replies, 1)


def test_a_board_members_fee_is_no_amount_at_stake_and_decides_2h() -> None:
    # C&W 2h: only unpaid board work; the fee is not what the conflict is about (art. 11g)
    assert amount_in_text("De voorzitter krijgt wel een onkostenvergoeding van 300 euro per jaar.") is None
    _, replies = check(
        "Ik ben secretaris van de buurtvereniging en een oud-lid eist 3.000 euro van mij omdat hij is geschorst.",
        "Consument & Wonen. Ik doe het onbetaald.",
        "De penningmeester krijgt wel een vergoeding van 250 euro per jaar. Maakt dat uit als het hem overkwam?",
    )
    assert "niet betaald" in joined(replies, 2) and "Eerder zei u" not in joined(replies, 2)


def test_a_lawyer_or_claims_firm_already_at_work_is_art_11a() -> None:
    assert story_facts.LAWYER_HIRED.search(
        fold("Mijn dochter heeft al een letselschadebureau ingeschakeld, die werken op no cure no pay.")
    )
    assert story_facts.LAWYER_HIRED.search(fold("Ik heb haar gisteren al gebeld en zij heeft al een brief gestuurd."))


def test_what_the_policyholder_must_do_for_the_child_in_a_care_home() -> None:
    # art. 1: the policyholder's permission
    assert WHO_REPORTS.search(fold("Moet zij nog iets van mij hebben om het te kunnen melden?"))


def test_ending_the_policy_when_moving_into_care_says_how() -> None:
    # art. 15: by letter, a month ahead; moving within the Netherlands does not end it
    text = "Ik ga naar een aanleunwoning en wil mijn polis stoppen. Hoe regel ik dat?"
    assert faq_topic_in(text) == "cancel"
    answer = faq("faq_cancel", text)
    assert "brief" in answer and answer.index("brief") < answer.index("(art. 15")
    assert faq_topic_in("De verzekeraar wil mijn autoverzekering stoppen. Mag dat?") != "cancel"


def test_arags_premium_not_paid_is_the_premium_question() -> None:
    # art. 14
    assert faq_topic_in("Door mijn ziekenhuisopname is de acceptgiro van ARAG niet betaald. Ben ik nog gedekt?") == (
        "premium"
    )


def test_an_age_in_brackets_is_no_amount() -> None:
    # art. 11g: a parent's age is not what the conflict is about
    assert amount_in_text("Mijn schoonvader (84) is een paar honderd euro kwijt aan een nepwebshop.") is None
    assert amount_in_text("Mijn oma (91) betaalde 260 euro voor een rollator die nooit kwam.") == 260


def test_the_employer_taking_a_cars_damage_from_the_wage_is_the_employment_contract() -> None:
    # Inkomen 2a, though another driver caused the damage
    story = (
        "Iemand reed tegen mijn auto van de zaak en nu wil mijn baas 800 euro eigen risico verrekenen met mijn loon. "
        "Mag dat?"
    )
    assert kind(story) == "arbeidsovereenkomst"
