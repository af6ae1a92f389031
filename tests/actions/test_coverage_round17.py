"""Round 17 coverage classes (issue 11, blind set conversations12 and the misses of sets 8-11), in new wordings,
through the coverage form's actions (no NLU): a death told as an answer in an inheritance check is C&W 2i; where
else to insure after an exclusion with a pointer (Verkeer 4c); a missed premium asked about is art. 14."""

from __future__ import annotations

import pytest
from testkit.coverage_form import Chat, after_verdict, follow_up

from actions.coverage_follow_up import WHERE_INSURED
from flexbot.dutch import fold
from flexbot.flexpolis.premium_dates import UNPAID_PREMIUM


def test_a_death_before_the_module_began_told_as_an_answer_cites_2i() -> None:
    chat = Chat()
    chat.say("Mijn neef en ik hebben ruzie over de erfenis van opa.", "check_coverage")
    reply = " ".join(chat.say("Opa overleed in 2022, de verzekering heb ik sinds 2024.", "inform"))
    assert "niet verzekerd" in reply and "2i" in reply, reply


def test_where_else_to_insure_after_driving_for_work_is_the_zakelijke_markt() -> None:
    slots = after_verdict("Ik ben koerier en reed met mijn bestelbus voor werk toen iemand me aanreed. Ik heb Verkeer.")
    reply = " ".join(follow_up(slots, "waar moet ik dat dan wel voor verzekeren?", "inform"))
    assert "ProRechtCombinatie Zakelijke Markt" in reply and "4c Verkeer" in reply, reply


def test_where_else_to_insure_without_a_pointer_is_what_arag_still_offers() -> None:
    slots = after_verdict("Ik word failliet verklaard omdat ik mijn schulden niet kan betalen.")
    reply = " ".join(follow_up(slots, "welke verzekering heb ik daar dan wel voor nodig?", "inform"))
    assert "gratis" in reply, reply


@pytest.mark.parametrize(
    "text",
    [
        "mijn premie is niet afgeschreven en nu krijg ik een herinnering",
        "ik ben vergeten de premie te betalen",
        "een aanmaning voor de premie van maart",
    ],
)
def test_a_premium_not_paid_in_time(text: str) -> None:
    assert UNPAID_PREMIUM.search(fold(text))


def test_a_premium_that_rises_is_not_unpaid() -> None:
    assert not UNPAID_PREMIUM.search(fold("waarom is mijn premie dit jaar weer omhoog gegaan?"))


@pytest.mark.parametrize(
    "text",
    ["hoe kan ik me daar dan wel voor verzekeren?", "waar kan ik dat dan wel voor verzekeren", "welke polis dan wel?"],
)
def test_where_to_insure_is_recognised(text: str) -> None:
    assert WHERE_INSURED.search(fold(text))


def test_a_correction_naming_what_it_is_not_replaces_the_kind() -> None:
    chat = Chat()
    chat.say(
        "De schilder heeft onze kozijnen verkeerd geverfd. Ik heb Consument & Wonen met eigen woning.", "check_coverage"
    )
    reply = " ".join(
        chat.say("Ach, ik zeg het verkeerd: het gaat om ons zomerhuisje in Zeeland, niet om ons woonhuis.", "inform")
    )
    assert "3a Consument & Wonen" in reply and "Eerder zei u" not in reply, reply


def test_money_given_and_not_paid_back_is_money_lent() -> None:
    chat = Chat()
    reply = " ".join(
        chat.say("Mijn ex-collega heeft 2.500 euro van mij gehad en betaalt het maar niet terug.", "check_coverage")
    )
    assert "3f Consument & Wonen" in reply, reply


def test_a_module_taken_out_after_the_first_event_is_art_9() -> None:
    chat = Chat()
    chat.say(
        "Mijn werkgever wil van me af, hij zegt dat de problemen al sinds mijn ziekte in 2020 spelen.", "check_coverage"
    )
    chat.say("Ik heb Inkomen.", "inform")
    reply = " ".join(chat.say("Wel pas in 2022 erbij genomen trouwens, Inkomen.", "inform"))
    assert "niet verzekerd" in reply and "art. 9" in reply, reply


def test_verkeerde_is_no_traffic() -> None:
    chat = Chat()
    reply = " ".join(
        chat.say(
            "Ik gooide een bal de verkeerde kant op en iemand liep letsel op, nu word ik vervolgd voor letsel door schuld.",
            "check_coverage",
        )
    )
    assert "2j Consument & Wonen" in reply and "3c Verkeer" not in reply, reply
