"""Issue 11, round 14: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers13.jsonl, written blind from seed 004). Each test names the seed article that
decides it; the texts are new wordings of the class."""

from __future__ import annotations

from datetime import date

import pytest
from testkit.stories import first, kind

from flexbot.flexpolis import dialogue, language_answer
from flexbot.flexpolis.dialogue import MONTHS


def test_a_policy_named_gezinspolis_with_its_module_is_on_the_policy() -> None:
    facts = dialogue.facts_in_description("Wij hebben een gezinspolis met Verkeer en iemand reed mijn fiets kapot")
    assert facts.get("modules") == frozenset({"verkeer"})


# C&W 3b / art. 11n: an inherited house let out; a loan of the deceased claimed by the heir -------------------
def test_rent_of_an_inherited_house_let_out_is_c_and_w_3b() -> None:
    assert (
        kind(
            "Ik heb het huis van mijn oom geërfd en verhuur het; de huurder betaalt niet, mag ik een deurwaarder sturen?"
        )
        == "verhuur"
    )


def test_a_loan_of_the_deceased_claimed_by_the_heir_is_11n() -> None:
    answer = first(
        "Mijn moeder is overleden. Ze had haar buurvrouw 5.000 euro geleend en als erfgenaam wil ik dat terug."
    )
    assert "11n" in answer and answer.startswith("Dit conflict is niet verzekerd")


# C&W 3 Burenrecht told in everyday words -------------------------------------------------------------------
def test_neighbour_disputes_left_out_of_the_policy_settle_it() -> None:
    answer = first("Ik heb bij het afsluiten burenconflicten eruit gelaten. Nu zaagt de buurman mijn heg om.")
    assert answer.startswith("Dit conflict is niet verzekerd") and "Burenrecht" in answer


# Art. 9: a policy of last week and a past month of the story -----------------------------------------------
def test_a_policy_of_last_week_and_work_done_months_ago_is_art_9() -> None:
    month = MONTHS[(date.today().month - 3) % 12]  # two to three months ago, whatever today's date
    answer = first(
        f"Ik heb vorige week de verzekering afgesloten. De schilder heeft in {month} ons huis geschilderd en nu bladdert alles."
    )
    assert "art. 9" in answer and answer.startswith("Dit conflict is niet verzekerd")


# C&W 1: travel companions on a holiday home the customer booked ---------------------------------------------
def test_companions_on_a_rented_holiday_home_get_the_companion_rule() -> None:
    answer = first(
        "Met mijn schoonouders hebben we een chalet in Oostenrijk gehuurd; de verhuurder houdt de borg in. "
        "Tellen mijn schoonouders ook mee?"
    )
    assert "reisgenoot" in answer and "art. 1 Consument & Wonen" in answer


# English: photos used without asking (11o); hit as a pedestrian abroad (Verkeer 3a, art. 6) ------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shop is using my holiday pictures on its website without permission. Is that covered?", "11o"),
        ("I live in Utrecht. In Thailand I was hit by a scooter while crossing the road. I have Verkeer.", "€ 10.000"),
    ],
)
def test_english_stories_get_their_dutch_first_answer(text: str, expected: str) -> None:
    assert expected in language_answer.dutch_only_answer(text)


def test_a_lawyer_relative_asked_for_is_the_own_lawyer_question() -> None:
    from flexbot.flexpolis import conversation

    text = "Mijn schoonmoeder is advocaat. Kan ik haar als advocaat nemen tegen mijn werkgever en stuur ik de factuur naar jullie?"
    assert conversation.faq_topic_in(text) == "own_lawyer"
    assert "schoonmoeder" not in first(text)  # the lawyer is no party to the conflict (art. 1)


def test_a_trip_cancelled_by_a_dutch_company_abroad_is_a_dutch_contract() -> None:
    answer = first(
        "Onze reis naar Aruba is geannuleerd door het reisbureau (een Nederlands bedrijf). Ik heb Consument & Wonen."
    )
    assert "2b Consument & Wonen" in answer and "Europese Unie" not in answer  # art. 8: Dutch law and court


def test_a_follow_up_naming_another_topic_is_not_read_as_the_previous_one() -> None:
    from flexbot.flexpolis import faq_turn

    assert faq_turn.context_topic("eigen_risico", "en wat kost dat mij?", "report") == "eigen_risico"


def test_a_client_who_does_not_pay_is_work_outside_employment() -> None:
    assert kind("Hoe zit het met een klant die mijn rekening niet betaalt?") == "zzp_opdracht"  # Inkomen 3a
    assert kind("Ik ben klant bij de bakker en die levert mijn taart niet") != "zzp_opdracht"
