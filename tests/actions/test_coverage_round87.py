"""Issue 11, round 87 (life across borders): readings and follow-ups found in its blind first run, each in new
wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import after_verdict, check, follow_up, joined
from testkit.reroutes import routed
from testkit.stories import kind

from flexbot.dutch import fold
from flexbot.flexpolis import english, language_answer, story_facts
from flexbot.flexpolis.conversation import faq_topic_in
from flexbot.flexpolis.dialogue_country import country_in_description
from flexbot.flexpolis.dialogue_description import facts_in_description


def test_where_someone_is_from_is_not_where_the_conflict_is() -> None:
    # C&W 2c for the rented home in the Netherlands; C&W 4's housing rule does not apply
    gist = english.gist(
        "Hello, I am originally from Italy and now rent a studio in Utrecht. The landlord keeps my deposit."
    )
    assert facts_in_description(gist).get("country") in (None, "NL")


def test_the_landlord_or_a_contractor_abroad_leaves_the_home_in_the_netherlands() -> None:
    # C&W 4: the home in the Netherlands decides; the landlord's residence does not move it abroad
    assert (
        country_in_description("Onze huisbaas woont in Spanje en repareert het lekkende dak van ons huurhuis niet.")
        is None
    )
    assert country_in_description("De aannemer heeft de keuken verprutst en is nu terug in Roemenië.") is None
    assert country_in_description("De verkoper woont in België en stuurt het geld niet terug.") == "BE"  # his contract


def test_a_relative_living_abroad_is_not_insured() -> None:
    # art. 1: only the household, and children away for a day study
    story = "Mijn vader woont in Marokko en heeft ruzie met zijn aannemer daar. Kan onze polis hem helpen?"
    assert facts_in_description(story).get("involved") == "other"
    gist = english.gist(
        "My daughter moved to Canada for work and her employer there fired her. Can she use our policy?"
    )
    assert facts_in_description(gist).get("involved") == "other"


def test_a_driver_who_scooped_up_the_cyclist_is_traffic() -> None:
    # Verkeer 3a (no consumer contract because the holiday is named)
    assert kind("Op vakantie in Tirol schepte een automobilist mij op de fiets, mijn knie is kapot.") in (
        "ongeval_zonder_motorrijtuig",
        "verkeersongeval",
    )


def test_bail_asked_in_english_is_art_13() -> None:
    answer = language_answer.dutch_only_answer(
        "My wife crashed her rental car in Turkey and the police want her to pay 15,000 euro bail. Do you help?"
    )
    assert "art. 13" in answer and "50.000" in answer


def test_siblings_dividing_the_estate_abroad_and_the_modules_named_with_arag() -> None:
    # C&W 2i; "heb ARAG met Consument & Wonen" names the module
    found = facts_in_description(
        "Mijn moeder is overleden. Mijn zussen daar willen het huis verkopen zonder mij. Ik heb ARAG met Consument & Wonen."
    )
    assert found.get("conflict") == "erfenis" and found.get("modules") == frozenset({"consument_wonen"})


def test_a_policy_matter_asked_mid_story_gets_art_9_and_art_1() -> None:
    # art. 9: a conflict there is already; art. 1 asked for relatives who pay along
    assert faq_topic_in("Ik heb nu al gedoe met de huisbaas over de borg. Kan dat mee?") == "waiting_period"
    assert faq_topic_in("Mijn zus en mijn moeder betalen mee. Helpt jullie ons allemaal?") == "who_is_insured"
    assert routed("We hebben nu al ruzie met de aannemer. Kan dat ook mee als we nu afsluiten?", "check_coverage") == (
        "faq_waiting_period"
    )


def test_another_relative_insured_with_arag_on_the_other_side_is_a_conflict_of_interest() -> None:
    # art. 5: belangenconflict
    text = "Mijn zwager heeft ook een ARAG-polis en staat aan de kant van mijn schoonmoeder in deze ruzie."
    assert story_facts.circumstances_in_story(text).get("facts.tegenpartij_bij_arag")


def test_verkeer_named_for_a_speeding_case_says_what_it_covers() -> None:
    # Verkeer 3c: direct help only for dood/letsel door schuld; art. 12 for other offences
    slots = after_verdict("Ik ben in Frankrijk geflitst en moet nu voor de politierechter in Lyon verschijnen.")
    said = " ".join(follow_up(slots, "Ik heb toch Verkeer? Helpen jullie dan niet?", "inform"))
    assert "3c Verkeer" in said and "art. 12" in said


def test_a_foreign_authority_mid_check_gets_where_the_module_applies() -> None:
    # Inkomen 4: the module's countries
    assert country_in_description("Kan ARAG ook iets tegen die Belgische instantie doen?") == "BE"
    _, replies = check(
        "Het UWV wil mijn WW stoppen omdat ik in Duitsland heb gewerkt.",
        "Ik heb Inkomen.",
        "Het gaat om een Duitse instantie, maakt dat uit?",
    )
    assert "Duitsland" in joined(replies, 2)


def test_an_english_question_during_the_intake_is_answered_in_dutch() -> None:
    from testkit.coverage_form import intake_question

    said = " ".join(intake_question("Can I send my complaint in English?", "other_language"))
    assert "Nederlands" in said and "art. 3" in said


def test_maximum_then_a_country_and_the_rest_of_the_case() -> None:
    from types import SimpleNamespace

    from rasa.shared.core.events import BotUttered, UserUttered

    from bot import conversation_context

    answer = "... tot maximaal € 15.000 per gebeurtenis in Europa ..., en tot € 10.000 in andere landen. (art. 6)"
    context = SimpleNamespace(
        active_loop_name=None,
        get_slot=lambda name: None,
        events=[
            UserUttered("Hoeveel betalen jullie maximaal?"),
            BotUttered(answer),
            BotUttered("Uw polis bepaalt ..."),
        ],
    )
    with conversation_context.parsing(context):  # type: ignore[arg-type]
        assert routed("En in Marokko?", "inform") == "faq_maximum"
    assert routed("En in Marokko?", "inform") == "inform"  # no maximum answered before


def test_english_asking_for_english_is_no_complaint_but_blame_stays_one() -> None:
    from bot.components.complaint_rules_cleared import language_request

    assert language_request("Could you write to me in English? My Dutch is still poor.")
    assert not language_request("Answer in English, your service is useless.")
    assert fold("x") == "x"
