"""Issue 11, round 74 (family, relationships, inheritance and care): readings found in round 74's first run, each in new
wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components.third_party import coverage_story
from flexbot.flexpolis import check_reply, faq_turn
from flexbot.flexpolis import conversation as talk


def test_kinds_of_family_life() -> None:
    assert (
        kind("Mijn vriend kocht een kast die na een week uit elkaar viel, de winkel wil niet ruilen.")
        != "echtscheiding"
    )
    assert kind("Ik heb me borg gesteld voor de huur van mijn dochter; nu spreekt de verhuurder mij aan.") == (
        "overgenomen_vordering"
    )  # 11n
    assert (
        kind("Onze zoon wil zzp'er worden en het opleidingsinstituut houdt zijn inschrijfgeld vast.")
        == "bedrijf_starten"
    )
    assert (
        kind(
            "Onze dj heeft een maand voor het feest niks meer van zich laten horen; we hadden 800 euro aanbetaald en "
            "hij reageert niet meer."
        )
        == "consumentenkoop"
    )
    assert kind("De huwelijksfotograaf heeft na een half jaar nog geen album geleverd.") == "consumentenkoop"
    assert kind("Het gastgezinbureau weigert de inschrijfgeld van 350 euro terug te betalen.") == "consumentenkoop"
    assert kind("Ik wil via de rechter een omgangsregeling met mijn kleinzoon afdwingen.") == "familierecht"  # C&W 2g
    assert kind(
        "Mijn broer is overleden en heeft mij in zijn testament aangewezen als voogd; de moeder vecht dat aan."
    ) == ("familierecht")
    assert (
        kind("Als bewindvoerder van mijn vader betwist ik een rekening van de thuiszorg van 900 euro.")
        != "familierecht"
    )


def test_stories_of_family_life_are_no_complaints() -> None:
    assert coverage_story(
        "Onze bruiloftsband heeft het aanbetaalde bedrag gehouden en hun website is offline. Moet ik wachten tot het echt "
        "misgaat voordat ik het bij jullie meld?"
    )
    assert coverage_story(
        "Een vriend van mijn zoon viel bij ons van de trap en zijn ouders eisen 2.000 euro van ons. Onze "
        "aansprakelijkheidsverzekering zegt dat hun polis dit niet dekt. Staan jullie voor ons klaar?"
    )


def test_questions_of_round_74() -> None:
    assert talk.faq_topic_in("Kan ik het beter pas melden als ik alle papieren heb?") == "report"  # art. 7
    assert faq_turn.named_topic("Dus wij staan er echt alleen voor?") == "not_covered"  # Inleiding
    assert check_reply.doubts_the_verdict("We hadden geen samenlevingscontract. Telt het dan wel?")
