"""Issue 11, round 33: classes found in the misses of earlier held-out conversations (written blind from seed
004), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import after_verdict, check, follow_up

from flexbot.flexpolis import check_reply, dialogue


def test_a_fellow_traveller_asked_about_in_a_holiday_check_is_a_travel_companion() -> None:
    # C&W 1: "Neemt u reisgenoten mee op vakantie? En heeft u de vakantie geboekt? Dan zijn de reisgenoten ook
    # meeverzekerd" -- not an inheritance with the sister (C&W 2i), not the household list of art. 1
    _, replies = check(
        "De bungalow in Kroatie die ik had geboekt was onbewoonbaar, de verhuurder geeft de 1.600 euro niet terug.",
        "We hebben Consument & Wonen.",
        "Mijn broer ging ook mee en heeft de helft betaald, valt hij er ook onder?",
    )
    said = " ".join(replies[-1])
    assert "reisgeno" in said and "art. 1 Consument & Wonen" in said, said
    assert "2i" not in said and "erfenis" not in said, said


def test_a_friend_who_paid_a_share_after_a_holiday_verdict_gets_the_travel_companion_rule() -> None:
    slots = after_verdict("Het appartement op Kreta dat ik boekte was vies en de eigenaar geeft niks terug, 900 euro")
    said = " ".join(
        follow_up(slots, "Mijn vriendin heeft de helft betaald. Is zij ook verzekerd?", "faq_who_is_insured")
    )
    assert "reisgenoten" in said and "art. 1 Consument & Wonen" in said, said


def test_a_child_whose_home_is_told_has_the_conflict() -> None:
    # art. 1: "De kinderen die in hetzelfde huis wonen", "in een verpleeghuis of verzorgingshuis", "voor een dagstudie"
    assert dialogue.involved_in_description("Onze zoon woont nog thuis en zijn baas betaalt zijn overuren niet.") == (
        "child_home"
    )
    assert dialogue.involved_in_description(
        "Mijn dochter woont in een zorginstelling en die is haar rolstoel kwijt."
    ) == ("child_care_home")
    assert dialogue.involved_in_description("Mijn zoon woont op kamers in Leiden en de huisbaas houdt de borg.") == (
        "child_studying"
    )


def test_a_relatives_conflict_handled_for_them_is_not_insured_whatever_the_modules() -> None:
    # art. 1: parents are not among the insured; acting for them does not make their conflict the customer's
    facts = dialogue.facts_in_description(
        "Mijn oma woont in een verzorgingshuis en ze zijn haar gehoorapparaat kwijt. Ik ben haar mentor. "
        "Kan ik dit via mijn eigen polis regelen?"
    )
    assert facts.get("involved") == "other"
    # ... while a relative who is the other party stays the other party
    told = dialogue.facts_in_description("Mijn zus heeft 800 euro van mij geleend. Kan ik mijn polis gebruiken?")
    assert told.get("involved") != "other"


def test_an_event_in_an_earlier_year_before_a_recent_policy_is_art_9() -> None:
    # art. 9: the first event must come after the start of the policy
    told = dialogue.facts_in_description(
        "De buurvrouw dreigde in 2024 al met een rechtszaak over de boom. Ik ben sinds vorige maand verzekerd."
    )
    assert told.get("first_event_after_start") is False
    assert (
        dialogue.facts_in_description(
            "Ik ben sinds een half jaar verzekerd. Eind 2023 begon het gedoe met de aannemer."
        ).get("first_event_after_start")
        is False
    )
    # a year that is no event ("een auto uit 2019") says nothing
    told = dialogue.facts_in_description(
        "Vorige week een auto uit 2019 gekocht bij de dealer, polis sinds vorige maand."
    )
    assert told.get("first_event_after_start") is None


def test_a_protest_against_the_verdict_gets_the_verdict_and_what_is_still_offered() -> None:
    # C&W 3f stays; Inleiding: first advice free and a discount via ARAG Legal Services
    slots = after_verdict("Mijn neef leende 2.500 euro van mij en betaalt het niet terug")
    for text in (
        "Dat meen je niet, ik betaal al vijftien jaar premie!",
        "Het gaat me om het principe. Echt niks mogelijk?",
    ):
        said = " ".join(follow_up(slots, text, "inform"))
        assert "3f" in said and "blijft hetzelfde" in said and "gratis" in said, said
    assert check_reply.protests_the_verdict("serieus? al 20 jaar klant")
    assert not check_reply.protests_the_verdict("Hoeveel premie betaal ik per maand?")
