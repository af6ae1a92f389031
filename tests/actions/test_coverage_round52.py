"""Issue 11, round 52: classes from the misses of a held-out pair written blind from seed 004 (people in the middle of
a life change: a new job, a baby, retiring, a death), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check

from flexbot.dutch import fold
from flexbot.flexpolis import conversation, dialogue, english, story_facts
from flexbot.flexpolis.conflicts import normalise_conflict


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_retiring_is_a_time_not_a_pension_conflict() -> None:
    # Inkomen 2e is "een conflict over pensioenaanspraken of een pensioenuitkering"; a pension named as the time of
    # a story is none: C&W 2h (an unpaid treasurer), Inkomen 2a (leave not paid out), Verkeer 3e (a camper bought)
    assert _kind("Sinds ons pensioen ben ik onbetaald secretaris van de tennisclub; een lid eist geld van mij.") == (
        "bestuurder_vereniging"
    )
    assert _kind("Vlak voor mijn pensioen weigert de zorginstelling mijn opgebouwde verlofdagen uit te betalen.") == (
        "arbeidsovereenkomst"
    )
    assert _kind("Voor ons pensioenreisje kochten we een campervan bij een dealer; de motor is nu stuk.") == (
        "contract_motorrijtuig"
    )
    # the pension itself disputed stays Inkomen 2e, also with the time told
    assert _kind("Na mijn pensioen keert het pensioenfonds minder uit dan op het overzicht stond.") == "pensioen"
    assert _kind("Mijn pensioen is zonder uitleg verlaagd.") == "pensioen"


def test_working_for_a_public_body_is_the_civil_service() -> None:
    # Inkomen 2b: "een conflict ... met uw aanstelling als ambtenaar"
    assert _kind("Ik werk sinds 2015 bij het waterschap en word tegen mijn zin overgeplaatst.") == "ambtenaar"
    assert _kind("Ik werk al jaren bij de gemeente en krijg nu een lagere schaal.") == "ambtenaar"


def test_a_contract_cancelled_by_a_service_is_no_employment() -> None:
    # C&W 2b: a day-care or after-school care the parents pay is a consumer contract; "weer aan het werk" names no
    # employer (Inkomen 2a stays with an employer told)
    assert (
        _kind(
            "Nu ik weer werk gaat onze dochter naar de bso. Die heeft het contract opgezegd en wil toch drie maanden "
            "opzegtermijn incasseren."
        )
        == "consumentenkoop"
    )
    assert _kind("Mijn werkgever heeft mijn contract opgezegd tijdens mijn ziekte.") == "arbeidsovereenkomst"


def test_the_police_as_a_witness_is_no_criminal_case() -> None:
    # C&W 2a: bitten by a dog whose owner is known to the police; art. 12 only when the customer is the suspect
    assert (
        _kind(
            "Mijn zoon is op het schoolplein gebeten door de hond van een ouder. De politie kwam erbij en heeft de "
            "gegevens van de eigenaar. Wie betaalt de schade?"
        )
        == "onrechtmatige_daad"
    )
    assert _kind("De politie verdenkt mij van heling.") == "strafzaak"


def test_a_lawyer_hired_at_once_is_art_11a() -> None:
    # art. 11a: help engaged without ARAG's permission; art. 5: ARAG engages the outside specialist itself
    facts = story_facts.circumstances_in_story(
        "Ik heb zelf direct een advocaat ingeschakeld voor mijn ontslag. Kan ik zijn factuur bij jullie indienen?"
    )
    assert facts.get("facts.advocaat_zonder_toestemming") is True


def test_everyone_with_one_lawyer_shares_the_costs() -> None:
    # art. 10: "Hebben anderen ook belang bij de oplossing van uw conflict? Dan betalen wij alleen uw aandeel"
    assert story_facts.SHARED.search(fold("Als we met z'n allen één jurist nemen, betaalt ARAG dan alles?"))
    assert story_facts.SHARED.search(fold("Met ons vijven willen we een advocaat nemen."))


def test_the_policy_after_moving_abroad_or_a_death() -> None:
    # art. 15: the insurance ends when the policyholder no longer lives in the Netherlands or dies (the partner may
    # go on)
    for text in (
        "Na ons pensioen gaan we voorgoed in Spanje wonen. Blijft onze verzekering dan doorlopen?",
        "De polis stond op naam van mijn vrouw, zij is overleden. Ben ik nog verzekerd?",
        "Mijn man is vorig jaar overleden. De polis was op zijn naam. Zijn wij nu nog wel verzekerd?",
    ):
        assert conversation.faq_topic_in(text) == "start_change_end", text
    assert conversation.overriding_topic("who_is_insured", "De verzekering stond op haar naam. Ben ik nog gedekt?") == (
        "start_change_end"
    )


def test_english_a_break_up_is_the_end_of_living_together() -> None:
    # C&W 3g: no help with the end of living together; "broke up" is no broken thing
    gist = english.gist("My boyfriend and I split up. He refuses to pay back half of the deposit. Can you help?")
    assert dialogue.facts_in_description(gist).get("conflict") == "echtscheiding"
    assert "kapot" in english.gist("My washing machine broke after a week.")


def test_more_done_by_the_same_party_adds_to_the_last_story() -> None:
    # art. 11g counts what the conflict is about: the movers' second damage (C&W 2b) adds to the first, told right
    # after a verdict with a pronoun only; the rented home it happened in is no conflict about the rent (C&W 2c)
    chat, replies = check("De verhuizers hebben mijn spiegel van 120 euro gebroken. Kunnen jullie dat verhalen?")
    assert "11g" in " ".join(replies[0])
    again = chat.say(
        "o ja, ze hebben ook de deurpost in ons huurhuis beschadigd, herstel 900 euro. Verandert dat iets?",
        "check_coverage",
    )
    said = " ".join(again)
    assert "art. 2b Consument & Wonen" in said and "2c" not in said and "11g" not in said, again


def test_another_matter_after_a_verdict_is_no_more_of_the_same() -> None:
    # C&W 3f (money lent) is not what a thing lent and broken is; a colleague with his own policy is another check
    from actions.coverage_story import SAME_PARTY_TOO

    assert not SAME_PARTY_TOO.search(fold("Ze had ook mijn laptop van 900 euro te leen en gaf hem kapot terug."))
    assert not SAME_PARTY_TOO.search(fold("Hij heeft ook een Flexpolis met Inkomen en wordt ook ontslagen."))
