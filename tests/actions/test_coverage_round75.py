"""Issue 11, round 75 (getting around) and the full run after it: readings found, each in new wordings (not the eval set's
lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components.complaint_rules_cleared import english_story_of_another
from flexbot.flexpolis import dialogue, story_facts


def test_traffic_told_by_cyclists_passengers_and_public_transport() -> None:
    # Verkeer 3a / 3b (C&W 2a without a motor vehicle)
    assert kind("Op de fiets naar school gooide een taxichauffeur vlak voor mij zijn portier open, ik viel.") == (
        "verkeersongeval"
    )
    assert kind("Mijn vriendin reed met haar auto tegen een lantaarnpaal; ik zat naast haar en brak mijn pols.") == (
        "verkeersongeval"
    )
    assert (
        kind("In de streekbus remde de chauffeur heel hard en ik viel met mijn hoofd tegen een stang.")
        == "verkeersongeval"
    )
    assert kind("Bij het uitstappen klemde de deur van de trein mijn arm in.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert kind("Ik fietste door een gat in het fietspad en viel, mijn fiets is krom.") == "schade_zonder_motorrijtuig"
    assert kind("Met mijn scootmobiel werd ik op de stoep aangereden door een jongen op een fiets.") in (
        "ongeval_zonder_motorrijtuig",
        "verkeersongeval",
    )
    assert kind("Ik stond voor het rode licht toen een dronken automobilist op mijn auto inreed.") == "verkeersongeval"


def test_driving_for_pay_and_racing_and_bail() -> None:
    # Verkeer 4c, 4b; art. 13
    found = dialogue.facts_in_description(
        "Ik rij voor een ritten-app; tijdens een betaalde rit reed iemand door rood en ramde me."
    )
    assert found.get("facts.beroepsmatig_vervoer") is True, found
    assert story_facts.professional_driving("ik ben zelfstandig taxichauffeur en werd klem gereden")
    assert kind("Tijdens een clubrace in Assen werd ik van de baan geduwd.") == "snelheidswedstrijd"
    assert kind("In Portugal zegt de politie dat ik het land niet uit mag tenzij ik 4.000 euro betaal.") == "borgsom"


def test_things_of_getting_around_that_are_contracts() -> None:
    # C&W 2b: the guarded storage paid for; the own work's job in loondienst named beside a hospital's care
    assert kind("Mijn e-bike is gestolen uit de betaalde stalling onder het station.") == "consumentenkoop"
    assert kind(
        "Bij een operatie is een zenuw geraakt; ik kan mijn werk als bakker (in loondienst) niet meer doen."
    ) != ("arbeidsovereenkomst")


def test_english_stories_of_another() -> None:
    assert english_story_of_another("This morning a taxi hit me while I was crossing the street. Can you help?")


def test_round_76_readings() -> None:
    # a mixed week: ARAG as the means of an objection (Verkeer 3d), a ski rental's deposit (2b, C&W 4), another's website
    # and the policy's start told name no one of ARAG's, "zelf uitzoeken" (Inleiding), a change of the policy asked (art. 9)
    from bot.components.third_party import coverage_story
    from flexbot.flexpolis import conversation as talk
    from flexbot.flexpolis import faq_turn

    assert kind("Het CBR nam mijn rijbewijs in na een hartaanval. Kan ik hier met ARAG tegen in beroep?") == "rijbewijs"
    found = dialogue.facts_in_description("Fietsverhuur in Innsbruck houdt mijn borg in voor een kras die er al was.")
    assert found.get("conflict") == "consumentenkoop" and found.get("country") == "AT", found
    assert coverage_story(
        "Via de website van de camping geboekt, maar het sanitair was kapot. De camping weigert iets terug te geven."
    )
    assert coverage_story(
        "Ik heb deze verzekering al sinds 2019. Mijn zus is executeur en doet al een jaar niets met de erfenis."
    )
    assert faq_turn.named_topic("Dus ik moet dat allemaal zelf regelen?") == "not_covered"
    assert talk.faq_topic_in("Als ik dat nu laat wijzigen, helpen jullie dan wel?") == "waiting_period"


def test_round_77_readings() -> None:
    # people in a hurry and unsure: dictated from the car (C&W 2b), an A-road (Verkeer), "zijn website", "geen idee of
    # jullie zoiets doen", "ook geen advies?" (Inleiding)
    from bot.components.third_party import coverage_story
    from flexbot.flexpolis import faq_turn

    assert kind(
        "ik spreek dit in vanuit de auto sorry, de monteur heeft mijn vaatwasser gerepareerd en hij lekt nog steeds"
    ) == ("consumentenkoop")
    assert kind("gisteren aangereden op de a2, de ander gaf geen voorrang") == "verkeersongeval"
    assert coverage_story(
        "een vlogger zet mijn tekeningen op zijn website zonder te vragen. kan ik jullie inschakelen?"
    )
    assert coverage_story("de gemeente weigert mijn vergunning voor een dakkapel. geen idee of jullie zoiets doen")
    assert faq_turn.named_topic("dus niks? ook geen advies?") == "not_covered"
