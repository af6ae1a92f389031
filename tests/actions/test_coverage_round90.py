"""Issue 11, rounds 90 (clubs, volunteering and hobbies) and 91 (moving house and changes in life): readings found in
their blind first runs, each in new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check, joined
from testkit.stories import first, kind, state_of

from flexbot.flexpolis.conversation import faq_topic_in


def test_a_paid_board_member_with_an_unpaid_bill_is_not_unpaid() -> None:
    # C&W 2h covers only an unpaid board function; "een onbetaalde rekening" says nothing about the function
    text = (
        "Ik ben voorzitter van de stichting van ons dorpshuis en krijg 250 euro per maand bestuursvergoeding. Een "
        "leverancier stelt mij aansprakelijk voor een onbetaalde factuur van 6.000 euro. Helpen jullie?"
    )
    assert state_of(text).question.facts.get("onbetaalde_bestuursfunctie") is False
    _, replies = check(text)
    assert "niet verzekerd" in joined(replies, 0) and "2h" in joined(replies, 0)


def test_paid_per_performance_or_by_invoice_is_income_outside_employment() -> None:
    # C&W 1 / Inkomen 3a: "inkomsten ... buiten loondienst"
    assert kind("Ik speel in een bandje op feesten, ik krijg 120 euro per optreden. De organisator betaalt niet.") == (
        "zzp_opdracht"
    )
    assert kind(
        "Ik geef gitaarcursussen en stuur de deelnemers een factuur. Twee van hen betalen al maanden niet."
    ) == ("zzp_opdracht")


def test_ones_own_song_used_by_another_is_intellectual_property() -> None:
    # art. 11o
    assert kind("Ik heb een eigen liedje geschreven en nu heeft een zanger uit Utrecht het refrein overgenomen.") == (
        "intellectueel_eigendom"
    )


def test_a_cycling_race_is_a_race() -> None:
    # Verkeer 4b
    assert kind("Tijdens een wielerwedstrijd voor veteranen reed een andere renner mij klem, mijn fiets is kapot.") == (
        "snelheidswedstrijd"
    )


def test_renting_out_the_former_home_is_letting() -> None:
    # C&W 3b
    assert kind(
        "Ons vorige huis staat nog te koop, dus verhuren we het tijdelijk. De huurder betaalt al twee maanden niet."
    ) == ("verhuur")


def test_the_rent_told_beside_a_withdrawn_job_is_the_employment() -> None:
    # Inkomen 2a, not C&W 2c: no landlord in the story
    assert kind(
        "Voor mijn nieuwe baan heb ik een appartement in Zwolle gehuurd, maar de werkgever trekt het contract vlak voor "
        "de start in."
    ) == ("arbeidsovereenkomst")


def test_standing_surety_for_a_childs_rent_is_a_debt_taken_over() -> None:
    # art. 11n, not the customer's own rent
    assert kind(
        "Ik heb borg voor mijn dochter gestaan bij haar verhuurder en nu moet ik haar huurachterstand betalen."
    ) == ("overgenomen_vordering")


def test_maternity_care_and_an_instrument_maker_are_service_contracts() -> None:
    # C&W 2b
    assert kind("De kraamverzorgster kwam maar twee dagen in plaats van zeven en toch moeten we alles betalen.") == (
        "consumentenkoop"
    )
    assert kind(
        "Een gitaarbouwer heeft mijn gitaar opnieuw afgesteld en nu zoemt elke snaar, hij wil er niets aan doen."
    ) == ("consumentenkoop")


def test_moving_to_start_a_guesthouse_is_starting_a_business() -> None:
    # art. 11h
    assert kind(
        "We zijn naar Drenthe verhuisd om er een kleine B&B te beginnen, de aannemer maakt de kamers niet af."
    ) == ("bedrijf_starten")


def test_a_mortgage_that_cannot_be_paid_is_a_debt() -> None:
    # art. 11l
    assert kind(
        "We kunnen de hypotheek niet meer betalen sinds ik werkloos ben en de bank wil tot executieverkoop over."
    ) == ("schulden")


def test_the_commute_after_a_move_is_no_question_about_moving_abroad() -> None:
    # art. 15 is for moving abroad; the car ordered is C&W 3c / Verkeer 3e
    text = "Na de verhuizing moet ik 40 km naar mijn werk, dus ik heb een auto besteld. De dealer levert niet. Zit dat op mijn polis?"
    assert faq_topic_in(text) != "start_change_end"
    assert "3c" in first(text) or "Verkeer" in first(text)


def test_an_option_added_after_a_threat_in_the_spring_is_article_9() -> None:
    _, replies = check(
        "Twee weken geleden hebben we de optie eigen woning toegevoegd. De kopers van ons oude huis dreigden al in het "
        "voorjaar met een claim over de kelder, nu is die er."
    )
    assert "art. 9" in joined(replies, 0)


def test_as_far_as_i_know_is_no_dont_know() -> None:
    # the modules told with "voor zover ik weet" are told, not unknown: the form goes on without asking them again
    _, replies = check(
        "De buurvrouw heeft haar heg tot over onze oprit laten groeien en weigert te snoeien.",
        "We hebben Consument & Wonen, burenrecht is voor zover ik weet niet uitgesloten.",
    )
    assert "Welke modules" not in joined(replies, 1) and "2e" in joined(replies, 1)
