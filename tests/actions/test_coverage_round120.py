"""Issue 11, fourteenth session, rounds 120-121 (unusual ways of living; a case already running at ARAG): readings and
routes fixed from their misses, each tested in new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from testkit.stories import kind

from actions.complaints import asked_about_complaining
from actions.coverage_questions import _about_a_running_case
from flexbot.flexpolis import conversation


# ---------------------------------------------------------------- unusual ways of living
def test_readings_of_unusual_homes() -> None:
    assert (
        kind("Ik huur een kamer in onderhuur en de hoofdhuurder wil me er volgende week uit hebben.") == "huur_woning"
    )
    assert kind("Mijn kamerhuurder woont bij ons in huis en betaalt al twee maanden niet.") == "verhuur"  # C&W 3b
    assert kind("Wij verhuren ons chalet in de zomer aan toeristen en de laatste gasten hebben alles vernield.") == (
        "verhuur"
    )
    assert kind("Ons tiny house is te laat opgeleverd en er zitten gebreken in.") in (
        "eigen_woning",
        "eigen_woning_erbij",
    )
    assert kind("Mijn flexcontract voor de studio loopt af en de verhuurder zegt dat ik eruit moet.") == "huur_woning"
    assert kind("De corporatie weigert dat wij met onze buren van woning ruilen.") != "burenconflict"
    assert kind(
        "De gemeente stuurt mij een last onder dwangsom: ik moet binnen een maand mijn woonwagen weghalen."
    ) == ("overheidsbesluit")  # C&W 2f
    assert kind("Ik wil dat ARAG een proefproces voert zodat die regels van tafel gaan.") == "wetgeving"  # 11k


# ---------------------------------------------------------------- a case already running at ARAG
def test_questions_about_a_running_case_get_their_article_not_a_new_check() -> None:
    settle = _about_a_running_case(
        "Mijn behandelaar wil dat ik akkoord ga met de schikking van de aannemer. Wat als we het niet eens worden?"
    )
    assert settle and any("art. 17" in s for s in settle)
    plan = _about_a_running_case(
        "Mijn jurist heeft met mij een plan gemaakt voor mijn zaak. Kan dat plan nog veranderen?"
    )
    assert plan and "veranderen" in plan[0] and "art. 5" in plan[0]
    assert _about_a_running_case("Mijn jurist zegt dat ik verzekerd ben voor de huurzaak. Klopt dat?") is None
    assert conversation.faq_topic_in("Ik heb het gisteren gemeld. Hoe snel laten jullie weten of het gedekt is?") == (
        "answer_time"
    )  # art. 5: 2 werkdagen
    assert (
        conversation.faq_topic_in(
            "De tegenpartij heeft de zaak verloren en weigert nog steeds te betalen wat de rechter heeft bepaald. Wat nu?"
        )
        == "costs"
    )  # art. 6: a judgement carried out for 5 years
    assert conversation.faq_topic_in("Ik ben zelf naar een advocaat gestapt. Kunnen jullie zijn rekening betalen?") == (
        "own_lawyer"
    )  # art. 5, 11a


def test_questions_about_complaining_asked_with_the_complaint() -> None:
    first = asked_about_complaining(
        "Ik ben ontevreden over mijn jurist. Moet ik dat eerst met hem bespreken voordat ik een klacht indien?"
    )
    assert first and "rechtstreeks" in first
    who = asked_about_complaining("Mijn klacht gaat over mijn behandelaar. Wie beoordeelt mijn klacht eigenlijk?")
    assert who and "niet bij de zaak betrokken" in who


def test_more_questions_about_a_running_case() -> None:
    from actions.complaints import wants_another_handler

    assert conversation.faq_topic_in("Mijn tegenpartij blijkt eveneens bij ARAG verzekerd. Wat betekent dat?") == (
        "own_lawyer"
    )  # art. 5: a conflict of interests
    assert conversation.faq_topic_in("Wat is een machtiging precies, mijn jurist vroeg erom?") == "after_report"
    assert wants_another_handler("Mijn jurist snauwde me af aan de telefoon. Ik wil graag een andere.")
    assert not wants_another_handler("De webshop stuurde een kapotte fiets. Ik wil een andere.")
