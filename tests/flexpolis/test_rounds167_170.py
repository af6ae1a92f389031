"""Issue 11, twenty-second session, rounds 167-170 (policy questions with a case, neighbours and the home, young
customers, amounts and limits): readings, routes and answers fixed from their misses, each tested in new wordings (not
the eval sets' lines) with the seed's article."""

from __future__ import annotations

import pytest

from flexbot.flexpolis import conflicts, conversation, cost_questions, dialogue, english, faq_turn, language_answer


def _short(topic: str, text: str) -> str:
    return conversation.short_and_details(conversation.answer_text(topic, text), question=text)[0]


# ---------------------------------------------------------------- art. 11g: the minimum asked in other words
@pytest.mark.parametrize(
    "text",
    [
        "De kapper rekende 180 euro voor een mislukte kleuring. Ik hoorde dat jullie pas vanaf een bepaald bedrag helpen?",
        "De stomerij verpestte mijn jas van 150 euro. Is dat niet een te klein bedrag voor jullie?",
        "Mijn fiets kostte 170 euro en is na een week kapot, zit ik onder de 175?",
        "De garage rekende 900 euro voor de reparatie en nu is hij weer kapot. Geldt er een minimumbedrag of eigen risico?",
    ],
)
def test_the_minimum_asked_beside_a_story(text: str) -> None:
    assert "minimum" in (conversation.second_faq_topic(text), conversation.faq_topic_in(text))


def test_a_thing_that_fell_apart_is_no_separation() -> None:
    assert conflicts.normalise_conflict(
        "Mijn tas van 160 euro viel na drie weken uit elkaar, de winkel doet niks."
    ).kind != ("echtscheiding")
    assert conflicts.normalise_conflict(
        "Mijn vriend en ik zijn na vier jaar uit elkaar en hij houdt de auto."
    ).kind == ("echtscheiding")


# ---------------------------------------------------------------- art. 6: the maximum
def test_events_that_belong_together_share_one_maximum() -> None:
    text = "Eerst lekte het dak, toen verpestte dezelfde dakdekker de goot. Krijg ik dan twee keer de 15.000?"
    assert conversation.faq_topic_in(text) == "maximum"
    short = _short("maximum", text)
    assert "15.000" in short and "met elkaar te maken" in short


def test_no_maximum_in_the_netherlands_is_not_said_for_an_event_abroad() -> None:
    text = "Ik las dat er bij Verkeer in Nederland geen maximum is. Geldt dat ook voor mijn ongeluk in België?"
    assert "15.000" in _short("maximum", text).split(". ")[1]
    assert _short("maximum", "Is er bij Verkeer in Nederland een maximum?").startswith(
        "Voor de module Verkeer geldt geen"
    )


def test_the_maximum_passed_is_asked() -> None:
    assert conversation.faq_topic_in("Het hoger beroep komt eraan. Wat als we over de 15.000 heen gaan?") == "maximum"


# ---------------------------------------------------------------- art. 10, 5 and 6: costs named
def test_a_share_of_the_winnings_is_not_paid() -> None:
    text = "De advocaat wil een lager uurtarief maar 20% van wat hij binnenhaalt als we winnen. Wie betaalt dat?"
    assert conversation.overriding_topic("not_covered", text) == "costs"
    answer = cost_questions.cost_answer(text)
    assert answer is not None and "extra beloning" in answer and "zelf" in answer


def test_penalty_payments_asked_are_art_10() -> None:
    text = "De buurman eist 900 euro aan verbeurde dwangsommen van mij. Dekken jullie dat?"
    assert conversation.overriding_topic("maximum", text) == "costs"


def test_a_bailiff_for_a_judgement_won_is_paid_for_5_years() -> None:
    text = "De aannemer betaalt alleen niks. Mag er een deurwaarder bij op jullie kosten?"
    assert conflicts.normalise_conflict(text).kind != "schulden"
    assert cost_questions.cost_keys(text) == ["executie"]


def test_the_own_contribution_asked_is_art_5() -> None:
    text = "Betaal ik dan ook zo'n eigen bijdrage voor die advocaat?"
    assert conversation.overriding_topic("eigen_risico", text) == "own_lawyer"
    # round 171: with a lawyer required by law there is none and the usual maximum applies; without, the own contribution
    first, second = _short("own_lawyer", text).split(". ")[:2]
    assert "wettelijk verplicht" in first and "geen eigen bijdrage" in first and "15.000" in first
    assert "wettelijk niet verplicht" in second and "eigen bijdrage" in second


def test_arag_paying_the_damage_instead_is_art_5() -> None:
    text = "De jurist zegt dat ARAG mij het bedrag wil uitbetalen in plaats van de zaak te voeren. Mag dat?"
    assert conversation.overriding_topic("disagreement", text) == "after_report"


def test_a_lawyer_known_abroad_is_registered_where_the_conflict_is() -> None:
    assert "ingeschreven" in _short("own_lawyer", "Mag ik zelf een advocaat kiezen? Ik ken een goede in Gent.")


# ---------------------------------------------------------------- art. 14 and 16: the premium
def test_paying_now_after_the_warning_leads_with_the_day_after_payment() -> None:
    assert "dag nadat" in _short("premium", "Als ik nu betaal, helpen jullie me dan wel?")


def test_arrears_with_arag_and_a_warning_letter_are_art_14() -> None:
    text = "Ik heb een betalingsachterstand bij jullie, de waarschuwingsbrief is van 2 mei. Ben ik nog verzekerd?"
    assert conversation.faq_topic_in(text) == "premium"


def test_how_long_to_object_to_a_rise_names_the_month_and_the_agreement() -> None:
    short = _short("premium", "Mijn premie gaat omhoog. Hoe lang heb ik om op te zeggen als ik dat niet wil?")
    assert "binnen 1 maand" in short and "automatisch akkoord" in short


def test_the_sum_said_again_after_the_verdict_is_the_minimum() -> None:
    assert cost_questions.ADDED_TO_THE_SUM.search("maar het is toch 190 in totaal")


# ---------------------------------------------------------------- who is insured, art. 9, art. 1
def test_friends_who_came_along_are_asked_about() -> None:
    assert conversation.faq_topic_in("Zijn de vriendinnen die meegingen ook verzekerd?") == "who_is_insured"


def test_a_policy_considered_for_the_trouble_there_is_art_9() -> None:
    answer = conversation.coverage_first(
        "Ik overweeg een rechtsbijstandverzekering af te sluiten want de buurman zaagt al maanden aan mijn heg. Hoe lang "
        "is de wachttijd?"
    )
    assert answer is not None and "art. 9" in answer


def test_the_partner_who_will_not_pay_is_the_other_side() -> None:
    found = dialogue.facts_in_description(
        "Mijn vriendin en ik wonen samen. Ze heeft mijn scooter kapotgereden en wil niks vergoeden. Kan ik het bij haar "
        "verhalen?"
    )
    assert found.get("opponent") == "partner"


def test_modules_of_the_deceased_told_in_the_past_tense() -> None:
    found = dialogue.facts_in_description("De uitvaartondernemer rekent 900 euro te veel. Het was C&W en Inkomen.")
    assert found.get("modules") == frozenset({"consument_wonen", "inkomen"})


# ---------------------------------------------------------------- readings
def test_ones_own_work_posted_as_theirs_is_intellectual_property() -> None:
    text = "iemand heeft mn foto gejat en post het als z'n eigen op insta, kan ik daar wat tegen doen?"
    assert conflicts.normalise_conflict(text).kind == "intellectueel_eigendom"


def test_a_lawyer_who_already_wrote_is_art_11a() -> None:
    answer = conversation.coverage_first(
        "Een kennis is advocaat en die heeft al een brief gestuurd naar mijn werkgever over mijn loon. Betalen jullie "
        "zijn rekening?"
    )
    assert answer is not None and "11a" in answer


def test_a_bail_to_leave_the_country_is_art_13() -> None:
    assert conversation.BAIL_ABROAD.search(
        "na de aanrijding mag ik het land niet uit voordat ik 9.000 euro borg betaal"
    )


def test_adding_a_module_now_asked_in_english_is_art_9() -> None:
    answer = language_answer.question_answer("Can I just add Inkomen now and then claim this one?")
    assert answer is not None and "art. 9" in answer
    assert "erbij nemen" in english.gist("Can we add verkeer today?")


def test_the_check_abroad_names_the_maximum_for_its_country() -> None:
    check = {"question": {"conflict": "verkeersongeval", "country": "BE"}}
    assert faq_turn.with_the_checks_kind("maximum", "tot welk bedrag?", check).endswith("(buitenland)")


# ---------------------------------------------------------------- neighbours and the home (round 168)
def test_the_house_next_door_let_out_to_noisy_groups_is_a_neighbours_conflict() -> None:
    text = "Het pand naast ons wordt elk weekend via Airbnb verhuurd. Herrie tot diep in de nacht."
    assert conflicts.normalise_conflict(text).kind == "burenconflict"
    assert conflicts.normalise_conflict(
        "Wij verhuren onze zolder via Airbnb en de gast heeft alles vernield."
    ).kind == ("verhuur")


def test_a_neighbour_reversing_into_the_parked_car_is_a_traffic_accident() -> None:
    text = "De buurman is achteruit tegen mijn geparkeerde auto gereden, de bumper is kapot en hij ontkent."
    assert conflicts.normalise_conflict(text).kind == "verkeersongeval"


def test_a_household_member_asked_to_report_is_art_1() -> None:
    text = "Mijn vriend woont bij mij in maar staat niet op de polis. Mag hij dit ook melden?"
    assert conversation.faq_topic_in(text) == "who_is_insured"
    assert conversation.overriding_topic("report", text) == "who_is_insured"


def test_the_other_sides_lawyer_billing_for_his_letter_is_art_10() -> None:
    text = "Haar advocaat wil 300 euro van mij voor de brief die hij stuurde. Betalen jullie die?"
    assert conversation.faq_topic_in(text) == "costs"
    assert "buitengerechtelijke" in _short("costs", text).split(". ")[0]


def test_costs_above_the_amount_at_stake_is_art_5() -> None:
    assert conversation.faq_topic_in("Als jullie kosten hoger worden dan die 2.500 euro, gaan jullie dan door?") == (
        "after_report"
    )


def test_the_bail_loan_is_said_before_the_modules_are_known() -> None:
    answer = conversation.coverage_first(
        "Help, na een aanrijding in Portugal moet ik 30.000 euro borg betalen anders mag ik niet weg."
    )
    assert answer is not None and "50.000" in answer and "art. 13" in answer


def test_a_letter_after_the_policy_ended_is_art_11c() -> None:
    text = "En als ik pas na het opzeggen een brief van de verhuurder krijg?"
    assert conversation.faq_topic_in(text) == "report"
    assert "(art. 11c)" in _short("report", text)


def test_an_exclusion_switched_back_on_is_art_9() -> None:
    assert conversation.faq_topic_in("Ik heb arbeidsrecht uitgesloten. Kan ik dat nu alsnog aanzetten?") == (
        "waiting_period"
    )


def test_going_on_alone_after_the_arbiter_sided_with_arag_is_art_17() -> None:
    text = "En als die scheidsrechter jullie gelijk geeft, mag ik dan zelf doorgaan?"
    assert conversation.overriding_topic("costs", text) == "disagreement"
    assert _short("disagreement", text).startswith("Krijgt ARAG gelijk")
    assert conversation.overriding_topic("costs", "Wie betaalt die scheidsrechter dan?") == "costs"


def test_the_part_of_the_deposit_kept_back_is_the_amount_at_stake() -> None:
    # art. 11g: the disputed part, not the whole deposit
    found = dialogue.facts_in_description(
        "Van de 900 euro borg kreeg ik 740 terug. De verhuurder houdt 160 in voor schoonmaak."
    )
    assert found.get("amount") == 160


def test_reporting_by_post_gets_the_postal_address() -> None:
    text = "Ik heb geen computer. Kan ik mijn zaak ook per post melden?"
    assert conversation.overriding_topic("contact", text) == "report"
    assert "Postbus 230" in _short("report", text)


def test_no_maximum_for_a_crash_here_with_verkeer() -> None:
    # art. 6: no maximum for Verkeer when the event is in the Netherlands
    assert conflicts.normalise_conflict(
        "Ik zat achterop de scooter en een auto sneed ons af, mijn enkel is gebroken."
    ).kind == ("verkeersongeval")
    check = {"question": {"conflict": "verkeersongeval", "country": "NL", "modules": ["verkeer"]}}
    text = faq_turn.with_the_checks_kind("maximum", "Is er een max aan wat jullie betalen?", check)
    assert _short("maximum", text).startswith("Voor de module Verkeer geldt geen maximum")


def test_a_module_to_add_leaves_the_modules_told_beside_it() -> None:
    # art. 9: Inkomen taken out now for this conflict is not on the policy; C&W, told, is
    text = (
        "Mijn werkgever wil me ontslaan. Ik heb bij jullie alleen Consument & Wonen. Kan ik de module Inkomen nu nog "
        "afsluiten en dan hulp krijgen voor dit conflict?"
    )
    assert dialogue.facts_in_description(text).get("modules") == frozenset({"consument_wonen"})
    answer = conversation.coverage_first(text)
    assert answer is not None and "niet verzekerd" in answer and "art. 9" in answer


def test_a_premium_question_beside_a_story_answers_both() -> None:
    from actions.coverage_questions import _general_answer

    text = (
        "Ik ben vergeten de premie te betalen en kreeg een waarschuwing. Ben ik nog gedekt? De garage heeft mijn koppeling "
        "slecht gerepareerd en wil nu 900 euro. Ik heb Verkeer."
    )
    replies = _general_answer(text, dialogue.facts_in_description(text)) or []
    assert len(replies) == 2 and "15 dagen" in replies[0] and "3e Verkeer" in replies[1]


def test_an_english_question_is_found_in_a_fallback() -> None:
    answer = conversation.fallback_answer(
        "How can I report a new case? Ik werk overdag en kan niet bellen, dus het liefst online."
    )
    assert answer is not None and "Zaak melden" in answer


def test_a_message_in_english_is_left_to_the_language_answer() -> None:
    # art. 3: an English message gets "Ik antwoord in het Nederlands" with its answer, not the Dutch answer alone
    assert conversation.fallback_answer("Am I free to pick my own solicitor? A friend knows one in Haarlem.") is None
