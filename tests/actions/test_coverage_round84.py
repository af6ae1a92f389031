"""Issue 11, round 84 (countryside, gardens and nature): readings found in its blind first run, each in new wordings
(not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import kind

from actions.complaints import asks_where_to_file
from bot.components.check_reply import opening_question
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue, english, faq_turn


def _last(replies: list[list[str]]) -> str:
    return " / ".join(replies[-1])


def test_an_animal_in_the_way_of_a_cyclist_who_fell_is_a_traffic_case() -> None:
    # Verkeer 3a (or C&W 2a): no motor vehicle
    assert kind(
        "Ik fietste over de dijk toen een koe door het open hek liep; ik ben gevallen en mijn pols is gebroken."
    ) == ("ongeval_zonder_motorrijtuig")


def test_a_shed_rented_for_storage_and_the_boundary_of_the_own_plot() -> None:
    # C&W 3a for another building; C&W 2e for a boundary with the neighbours
    assert kind("Ik huur een schuurtje bij de boer voor mijn fietsen en hij zegt de huur zomaar op.") == "andere_woning"
    assert kind("Volgens het kadaster staat de heg van onze buren een halve meter op ons perceel.") == "burenconflict"
    assert kind("De nieuwe eigenaar van de grond naast ons zet een hek over de erfgrens.") == "burenconflict"


def test_the_neighbours_cellar_as_the_place_the_harm_went() -> None:
    # C&W 2b: the contractor of the pond is the other side
    assert (
        kind("Het hoveniersbedrijf legde een vijver aan die lekt; het water staat nu in de kelder van de buren.")
        == "consumentenkoop"
    )


def test_a_short_policy_question_before_the_story_is_answered_first() -> None:
    assert (
        opening_question("Is er een wachttijd? Ik sluit vandaag af want de buurman kapt mijn heg.") == "waiting_period"
    )
    assert (
        opening_question("Ik word vervolgd voor diefstal en moet voorkomen, krijg ik een advocaat van jullie?") is None
    )


def test_a_lawyer_in_a_dutch_town_is_no_lawyer_abroad() -> None:
    # art. 5: the permission first; the country's registration only for a place abroad
    short = talk.short_and_details(
        talk.answer_text("own_lawyer", "Mag ik mijn zwager nemen? Hij is advocaat in Deventer.")
    )[0]
    assert "toestemming" in short
    abroad = talk.short_and_details(talk.answer_text("own_lawyer", "Kan ik een Belgische advocaat nemen?"))[0]
    assert abroad.startswith("Bij een conflict in Nederland")


def test_an_english_complaint_asking_how_to_file_it() -> None:
    assert asks_where_to_file("I'm unhappy with ARAG and want to make a complaint. Where can I send it?")


def test_the_harms_amount_told_mid_check_keeps_the_story() -> None:
    # Verkeer has no minimum (art. 11g): the small amount of the same fall keeps Verkeer 3a
    _, replies = check(
        "Ik liep op de stoep en een loslopende hond sprong tegen me op, ik viel.",
        "Ik heb Verkeer.",
        "De schade is maar 60 euro aan mijn bril, maakt dat uit?",
    )
    assert "Verkeer" in _last(replies) and "niet verzekerd" not in _last(replies)


def test_an_amount_corrected_after_a_small_claims_verdict() -> None:
    _, replies = check(
        "De glazenwasser heeft ons raam gebroken en betaalt de 120 euro niet.",
        "Sorry, tikfout: het was 1.200 euro.",
    )
    assert "Wat voor conflict" not in _last(replies)


def test_a_summons_in_a_liability_check_is_its_court_stage() -> None:
    # C&W 2k: help until a procedure begins
    assert faq_turn.named_topic("Nu heeft hij me gedagvaard. Wat doen jullie dan?") == "own_lawyer"


def test_somewhere_else_for_help_after_a_not_covered() -> None:
    assert faq_turn.named_topic("Kan ik dan ergens anders advies krijgen?") == "not_covered"


def test_an_english_self_employed_gardener() -> None:
    gist = english.gist("I'm a freelancer and a client won't pay my invoice of 900 euros.")
    assert dialogue.facts_in_description(gist).get("role") == "zakelijk"
