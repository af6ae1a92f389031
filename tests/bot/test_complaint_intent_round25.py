"""Round 25 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11), in new
wordings (not the lines of conversations19): a story about a shop or other place whose staff ("de medewerker zei
...") or unanswered mails ("berichten worden niet beantwoord") are named is a third party's, no complaint about
ARAG (seeds 000/001: dissatisfaction with ARAG's service); an English story about the shareholders or one's boss is
no complaint either. ARAG's own staff or mails ("jullie medewerker", "mijn mails aan ARAG") keep the complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import parsed as message

from bot.components import complaint_intent as ci
from bot.components.third_party import their_service_blanked
from flexbot.dutch import fold

THIRD_PARTY_STORIES = [
    "Bij de garage hebben ze mijn velg beschadigd bij het wisselen van de banden. De medewerker zegt dat het al zo "
    "was. Pfff.",
    "Ik heb bij een webwinkel een tuinset betaald, 640 euro, en er komt maar niks. Mijn berichten worden gewoon niet "
    "beantwoord.",
    "In de sportschool is mijn tas gestolen uit een kluisje en de medewerkster haalt haar schouders op.",
]


@pytest.mark.parametrize("text", THIRD_PARTY_STORIES)
def test_staff_or_unanswered_mails_of_a_place_named_before_are_a_third_partys(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"
    m = message(text, "check_coverage", "complaint")
    ci.review(m)
    detection = m.get(ci.PARSE_KEY)
    assert detection["decision"] == "none" and not detection["complaint"], detection


@pytest.mark.parametrize(
    "text",
    [
        "Mijn buurman heeft mijn schutting gesloopt. Ik belde jullie en de medewerker was ontzettend kortaf.",
        "De garage heeft mijn auto verknoeid en jullie medewerker doet er al weken niks mee.",
        "Ik heb een conflict met mijn werkgever. Mijn mails aan ARAG worden niet beantwoord.",
    ],
)
def test_arags_own_staff_or_mails_keep_the_complaint(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) is None


def test_staff_with_arag_attached_is_not_blanked() -> None:
    plain = fold("de winkel deed moeilijk en de medewerker van arag ook").lower()
    assert "medewerker" in their_service_blanked(plain, ci.names_a_third_party)


@pytest.mark.parametrize(
    "text",
    [
        "The board of the company where I'm managing director wants to fire me and their arguments make no sense.",
        "My boss keeps cutting my hours without reason and I think it's unfair.",
    ],
)
def test_an_english_story_about_the_board_or_the_boss_is_no_complaint(text: str) -> None:
    assert ci.english_story_of_another(text)
