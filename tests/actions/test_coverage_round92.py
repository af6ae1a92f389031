"""Issue 11, the rest of rounds 90-91 (clubs and hobbies, moving house) fixed in the twelfth session: readings and
turns from their misses, each tested in new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, after_verdict, follow_up
from testkit.stories import kind

from flexbot.flexpolis import dialogue, english, faq_turn


def test_a_holiday_home_booked_for_a_compound_weekend_is_a_consumer_contract() -> None:
    # C&W 2b names renting a holiday home; not a home to live in (C&W 2c, C&W 4)
    assert kind(
        "We hebben een huisje in Limburg geboekt voor een familieweekend, de verhuurder houdt 450 euro borg in."
    ) == ("consumentenkoop")


def test_told_about_someone_in_a_group_app_is_harm_to_the_name() -> None:
    # C&W 2a: defamation is an onrechtmatige daad, not the game it is about (C&W 3e)
    assert kind("Een teamgenoot van de biljartclub schrijft in de groepsapp dat ik de kas heb leeggehaald.") == (
        "onrechtmatige_daad"
    )


def test_balls_through_a_roof_or_window_are_damage_by_others() -> None:
    # C&W 2a, not a purchase because a window is "kapot"
    assert kind("Vanaf de tennisbaan komen steeds ballen tegen onze ramen, vorige week ging er een ruit kapot.") == (
        "onrechtmatige_daad"
    )


def test_a_fall_from_someones_stairs_with_an_injury_is_damage_by_others() -> None:
    # C&W 2a: "kapot" names the cause of the fall, not a thing bought
    assert kind(
        "Bij de kerstmarkt van de vereniging ben ik van een trap gevallen, de leuning was kapot. Enkel gebroken."
    ) == ("onrechtmatige_daad")


def test_a_skier_crashing_into_someone_in_dialect() -> None:
    # C&W 2a (a collision on the slope, no traffic)
    assert kind("Op de piste in Italië is een snowboarder vol op mij ingeknald, mijn schouder is uit de kom.") == (
        "onrechtmatige_daad"
    )


def test_english_membership_and_a_fall_are_read() -> None:
    # C&W 2b (a membership renewed), C&W 2a (a fall from the stairs of a foundation, ARAG asked for help)
    assert kind(english.gist("My gym auto-renewed my membership for a year and now they want 240 euros.")) == (
        "consumentenkoop"
    )
    gist = english.gist(
        "I slipped down the stairs of a community centre run by a local charity. Broken ankle. Can ARAG help me get "
        "compensation from the charity?"
    )
    assert kind(gist) == "onrechtmatige_daad", gist


def test_the_modules_told_to_the_question_who_has_the_conflict_are_taken() -> None:
    # art. 12 stays the answer and is said again; the modules are not lost
    chat = Chat()
    chat.say("Bij de carnavalsvereniging is de kas leeg en ze verdenken mij. De politie wil me verhoren als verdachte.")
    said = " ".join(chat.say("Wij hebben Consument & Wonen."))
    assert "art. 12" in said and "vrijspreekt" in said, said
    assert chat.slots["cc_state"]["question"]["modules"] == ["consument_wonen"]


def test_a_module_since_weeks_and_a_conflict_that_began_last_year_al() -> None:
    # art. 9: the first event before the start of the insurance
    text = "We hebben Verkeer, maar pas sinds drie weken bij jullie. Het gedoe met de garage begon vorige maand al."
    assert dialogue.first_event_in_text(text) is False


def test_the_mediterranean_countries_cited_against_the_area_are_art_6() -> None:
    # art. 6 (the maximum) is not where C&W applies (C&W 4: the EU)
    slots = after_verdict(
        "We boekten een rondreis door Tunesië bij een lokaal bureau voor 2.100 euro; het bureau is failliet en we krijgen niks terug."
    )
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["consument_wonen"]
    said = " ".join(follow_up(slots, "Er staat toch iets in over landen rond de Middellandse Zee?", "inform"))
    assert "art. 6" in said and "15.000" in said and "Europese Unie" in said, said


def test_the_same_fall_outside_a_race_is_a_traffic_fault() -> None:
    # Verkeer 4b turned round: Verkeer 3a
    slots = after_verdict("Tijdens een mountainbikewedstrijd reed een deelnemer mij van het pad, schade 900 euro.")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["verkeer"]
    said = " ".join(follow_up(slots, "En als het tijdens een training was gebeurd?", "inform"))
    assert "In dat geval" in said and "art. 3a Verkeer" in said, said


def test_another_kind_asked_as_the_same_story_otherwise_gets_its_own_answer() -> None:
    # C&W 3g (the divorce) turned into C&W 2g (child protection, family law)
    slots = after_verdict("Na de scheiding wil mijn ex de kinderen vaker zien en ik wil daarin bijgestaan worden.")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["consument_wonen"]
    said = " ".join(
        follow_up(
            slots, "En als het geen scheiding was, maar de jeugdbescherming een uithuisplaatsing wilde?", "inform"
        )
    )
    assert "In dat geval" in said and "art. 2g Consument & Wonen" in said, said


def test_the_minimum_asked_after_a_fine_keeps_the_reason() -> None:
    # art. 12: a fine is a criminal matter whatever the amount; Verkeer's lack of a minimum does not change it
    slots = after_verdict(
        "Ik kreeg een boete van 90 euro omdat ik door rood zou zijn gefietst, maar het licht was groen."
    )
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["verkeer"]
    check = faq_turn.open_check(None, slots["cc_state"])
    said = " ".join(
        faq_turn.answer_faq(
            "faq_minimum", "Maar voor Verkeer geldt toch geen minimumbedrag?", None, True, check=check
        ).messages
    )
    assert "minimumbedrag" in said and "art. 12" in said, said


def test_advice_only_after_a_not_covered_is_the_free_first_advice() -> None:
    # Inleiding: the first advice by phone or e-mail is free, then a discount
    slots = after_verdict("Mijn buurman laat zijn bamboe over de erfgrens groeien.")
    slots["cc_state"]["last"]["state"]["question"].update(
        {"modules": ["consument_wonen"], "uitsluiting_burenrecht": True}
    )
    said = " ".join(follow_up(slots, "Kunt u mij dan alleen uitleggen hoe het zit met planten bij de grens?", "inform"))
    assert "gratis" in said, said
