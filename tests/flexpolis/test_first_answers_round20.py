"""Issue 11, round 20: classes of wrong answers found with held-out customer questions (data/eval/first_answers19.jsonl
and conversations15.jsonl, written blind from seeds 004/000/001). Each test names the seed article that decides
it; the texts are new wordings of the class."""

from __future__ import annotations

from testkit.stories import kind

from flexbot.flexpolis import conversation, cost_questions, dialogue, faq_turn


def test_having_stood_surety_is_a_conflict_taken_over_not_ones_own_debt() -> None:
    # art. 11n, not 11l, also when the borrower went bankrupt
    assert kind(
        "Ik stond borg voor de lening van mijn broer, hij is failliet en de bank wil nu 9.000 euro van mij"
    ) == ("overgenomen_vordering")


def test_my_work_used_without_asking_is_intellectual_property() -> None:
    # art. 11o
    assert kind(
        "ik maak illustraties en nu staat mn ontwerp op mokken van een webwinkel, niemand heeft het gevraagd"
    ) == ("intellectueel_eigendom")
    assert kind("Een bedrijf gebruikt zonder toestemming mijn foto's op hun website") == "intellectueel_eigendom"


def test_juridische_bijstand_is_no_welfare_benefit() -> None:
    # C&W 2g: adopting a foster child against the mother's will; "juridische bijstand" is no bijstand (Inkomen 2d)
    text = "Wij willen onze pleegdochter adopteren, haar vader verzet zich. Komen wij in aanmerking voor juridische bijstand?"
    assert dialogue.facts_in_description(text).get("conflict") == "familierecht"
    assert kind("De gemeente stopt mijn bijstandsuitkering") == "uitkering"


def test_a_law_called_unfair_is_art_11k() -> None:
    assert kind("die hele pensioenwet is gewoon oneerlijk, daar wil ik tegen procederen") == "wetgeving"


def test_the_customer_wanting_damages_is_not_held_liable() -> None:
    # C&W 2a/2b, not 2k: "ik wil schadevergoeding" is the customer's claim
    assert kind("De trimsalon heeft mijn kat verwond, ik wil de rekening terug en schadevergoeding") != (
        "aansprakelijk_gesteld"
    )
    assert kind("Mijn buurman eist schadevergoeding van mij voor zijn schutting") == "aansprakelijk_gesteld"


def test_a_flemish_truck_driving_into_my_car_is_a_traffic_accident() -> None:
    # Verkeer 3a
    assert kind("Een camion is achteraan in mijn wagen gereden op de E19, ik heb nekpijn") == "verkeersongeval"


def test_a_price_in_brackets_counts_for_the_minimum() -> None:
    # art. 11g
    assert str(dialogue.amount_in_text("webshop levert kapotte speaker (64,50) en wil niet ruilen")) == "64.50"


def test_a_sisters_in_law_lawyer_asked_is_the_own_lawyer_answer() -> None:
    # art. 5
    asked = "Mijn zwager is advocaat. Mag hij mijn zaak behandelen in plaats van iemand van ARAG?"
    assert conversation.overriding_topic("after_report", asked) == "own_lawyer"


def test_a_success_fee_is_paid_by_the_customer() -> None:
    # art. 10: "Die kosten betaalt u zelf"
    answer = cost_questions.cost_answer("mijn advocaat wil 10% bonus als we winnen, vergoedt ARAG dat?")
    assert answer and "betaalt u zelf" in answer, answer


def test_seeing_what_the_register_holds_is_the_cis() -> None:
    # art. 19
    turn = faq_turn.answer_faq("faq_privacy", "waar kan ik inzien wat daar over mij staat?", None, True)
    assert "stichtingcis" in turn.messages[0], turn.messages


def test_a_later_premium_not_paid_leads_with_the_warning() -> None:
    # art. 14: 15 days after the warning; cover again the day after payment
    turn = faq_turn.answer_faq(
        "faq_premium", "kan mijn premie deze maand niet betalen, ben ik dan niet verzekerd?", None, True
    )
    assert turn.messages[0].startswith("Betaalt u een latere premie niet op tijd"), turn.messages


def test_disagreeing_with_the_outside_lawyer_is_art_18() -> None:
    text = "De advocaat die jullie hebben ingeschakeld wil schikken, maar ik wil doorprocederen. Hij weigert."
    answer = conversation.answer_text("disagreement", text)
    short = conversation.short_and_details(answer, question=text)[0]
    assert "van buiten ARAG" in short and "zelf" in short and "alsnog" in short, short


def test_the_mediterranean_asked_about_countries_also_gets_the_maximum() -> None:
    # art. 6: the Mediterranean countries count for the maximum, not for where C&W applies (C&W 4)
    turn = faq_turn.answer_faq(
        "faq_countries", "Turkije ligt toch ook aan de Middellandse Zee? Ik dacht dat dat meetelde.", None, True
    )
    assert any("15.000" in m for m in turn.messages), turn.messages


def test_a_car_door_flung_open_in_front_of_a_cyclist_is_a_traffic_accident() -> None:
    # Verkeer 3a, also told in English
    from flexbot.flexpolis import english

    assert kind("Een automobilist deed zijn portier open en ik fietste er met volle vaart tegenaan") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    story = english.gist("While I was riding my bike a delivery van driver swung his door open and I crashed into it.")
    assert dialogue.facts_in_description(story).get("conflict") in ("verkeersongeval", "ongeval_zonder_motorrijtuig")


def test_the_modules_told_in_the_past_tense_are_the_modules() -> None:
    assert dialogue.parse_modules("Wij hadden Inkomen en Verkeer") == frozenset({"inkomen", "verkeer"})
    assert dialogue.MODULES_ON_POLICY.search("we hadden verkeer en inkomen.")


def test_a_threat_sent_to_the_other_side_is_art_11f() -> None:
    import re

    assert re.search(conversation.CONDUCT, "ik heb hem geappt dat ik zijn schutting ga slopen als hij niet betaalt")


# Round 21 (data/eval/first_answers20.jsonl, first run 26/40 at ddd7009), new wordings.


def test_a_wage_supplement_is_no_tax_allowance() -> None:
    # Inkomen 2a, not art. 11j: "de toeslag voor nachtdienst betalen ze niet"
    assert kind("Mijn werkgever betaalt de toeslag voor weekenddiensten al maanden niet uit") == "arbeidsovereenkomst"
    assert kind("De Belastingdienst vordert mijn huurtoeslag terug") == "belastingrecht"


def test_the_customer_letting_out_a_home_is_c_and_w_3b() -> None:
    assert kind("Wij verhuren de bovenwoning van onze ouders, de huurder betaalt al maanden niks") == "verhuur"


def test_a_river_that_flooded_is_a_natural_disaster() -> None:
    # art. 11m
    assert kind("Ons huis liep onder water toen de Maas buiten haar oevers trad en overstroomde") == "natuurramp"


def test_a_photo_i_made_used_without_asking_is_art_11o() -> None:
    assert kind("Een camping gebruikt zonder te vragen een foto die ik van het strand heb gemaakt") == (
        "intellectueel_eigendom"
    )


def test_a_partner_who_broke_my_thing_is_the_other_party() -> None:
    # art. 1: a conflict between two insured persons
    from flexbot.flexpolis import conflicts

    assert (
        conflicts.opponent_of("mijn vrouw heeft in een ruzie mijn telefoon kapot gegooid, we wonen samen") == "partner"
    )


def test_a_car_turning_without_looking_into_a_cyclist_is_an_accident() -> None:
    # Verkeer 3a, not the vehicle contract of Verkeer 3e
    assert kind("ik fietste en een auto sloeg rechtsaf zonder te kijken, mijn fiets is kapot") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )


def test_the_ex_moving_abroad_with_the_child_is_not_the_customer_moving() -> None:
    # C&W 3g's story, not art. 15
    assert conversation.faq_topic_in(
        "Mijn ex wil met onze dochter naar Spanje verhuizen. Valt dat onder mijn verzekering?"
    ) != ("start_change_end")
