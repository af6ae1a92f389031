"""Issue 11, round 88 (young adults and first steps): readings found in its blind first run, each in new wordings
(not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.reroutes import routed
from testkit.stories import kind

from bot.components import third_party
from flexbot.flexpolis import story_facts
from flexbot.flexpolis.conversation import faq_topic_in, replies
from flexbot.flexpolis.dialogue_amounts import amount_in_text
from flexbot.flexpolis.dialogue_description import facts_in_description


def test_shares_of_a_company_to_be_founded_are_starting_a_business() -> None:
    # art. 11h, not asset management (C&W 3d)
    assert kind(
        "Met een vriendin willen we een bv oprichten voor ons sneakermerk en nu al ruzie over de aandelen."
    ) == ("bedrijf_starten")


def test_knocked_down_by_security_is_a_tort() -> None:
    # C&W 2a: the injury, not the ticket's contract
    assert kind("Bij een concert werd ik door de beveiliging zonder waarschuwing hard tegen de grond gewerkt.") == (
        "slachtoffer"
    )


def test_a_claim_with_collection_costs_counts_without_them() -> None:
    # art. 11g: interest and collection costs do not count
    assert amount_in_text("Ze eisen 120 euro plus 40 euro incassokosten, dus 160 in totaal.") == 120
    assert routed(
        "Een incassobureau eist 120 euro plus 40 euro incassokosten voor een gymabonnement. Help?", "faq_costs"
    ) == ("check_coverage")


def test_tickets_from_a_resale_site_refused_at_the_door_are_a_purchase_not_a_complaint() -> None:
    story = "Kaartjes gekocht via een ticketplatform, bij de deur ongeldig. Het platform zegt dat ik pech heb."
    assert kind(story) == "consumentenkoop"
    assert third_party.coverage_story(story + " Wat nu?")


def test_the_policy_taken_out_because_of_the_conflict_is_art_9() -> None:
    story = (
        "Gisteren de verzekering afgesloten omdat mijn verhuurder al weken niets aan de lekkage doet. Kan ik melden?"
    )
    assert story_facts.circumstances_in_story(story).get("facts.bekend_bij_afsluiten")


def test_must_i_be_quick_is_when_to_report() -> None:
    # art. 7 and 11b: report as soon as possible
    assert faq_topic_in("De bezwaartermijn loopt volgende week af. Moet ik dan snel zijn?") == "report"


def test_cancelling_is_for_the_one_whose_name_is_on_the_policy() -> None:
    # art. 15: only who took it out and is named on the policy
    assert "uw naam op de polis staat" in replies.faq_text("cancel")


def test_living_together_ended_is_c_w_3g() -> None:
    assert kind(
        "Mijn vriendin en ik woonden samen in een huurappartement. Nu is het uit en ze wil de bank houden."
    ) == ("echtscheiding")


def test_a_transport_companys_fine_is_the_tickets_contract() -> None:
    # C&W 2b with art. 11g, not art. 12
    found = facts_in_description(
        "Een conducteur van Arriva gaf me een boete van 60 euro terwijl mijn kaart was ingecheckt."
    )
    assert found.get("conflict") == "consumentenkoop"
    assert kind("De politie gaf me een boete omdat ik zonder licht fietste.") == "boete"


def test_selling_what_one_makes_online_is_work_outside_employment() -> None:
    # C&W 1 / Inkomen 3a
    assert kind("Ik verkoop zelfgebreide mutsen via Etsy en de groothandel leverde verkeerde wol.") == "zzp_opdracht"


def test_a_brother_at_home_on_the_same_policy_is_insured_too() -> None:
    # art. 1: a conflict between two insured people; neither can use the policy against the other
    assert kind("Mijn broer en ik wonen nog thuis en hij heeft mijn telefoon gebroken. Kan ik tegen hem?") == (
        "medeverzekerde"
    )


def test_an_uncle_who_is_a_lawyer_is_the_own_lawyer_question() -> None:
    # art. 5 and 11a: ARAG's permission; a lawyer of one's choice in a procedure
    assert faq_topic_in("Mag ik mijn tante (advocate) vragen en jullie de factuur sturen?") == "own_lawyer"


def test_too_late_after_the_premium_is_the_premium() -> None:
    from flexbot.flexpolis.faq_turn import context_topic

    assert context_topic("own_lawyer", "En als ik het te laat betaal?", "premium") == "premium"  # art. 14
