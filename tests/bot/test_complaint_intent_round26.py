"""Round 26 routings of bot/components/third_party.py (issue 11), in new wordings (not the lines of
first_answers24): the rest of the clause after a third party's customer service is theirs too ("de klantenservice
reageert al weken niet op mijn mails"), and the other party's own insurance ("zijn verzekering wil niet betalen") is
no one of ARAG's (seeds 000/001: a complaint is dissatisfaction with ARAG's service). ARAG's side named in the same
clause keeps the complaint."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import parsed as message

from bot.components import complaint_intent as ci
from bot.components.complaint_rules_service import no_rapport_with_handler


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb bij een elektronicawinkel online een koelkast betaald. Nooit bezorgd en de klantenservice beantwoordt "
        "mijn mails al twee weken niet.",
        "Een fietser knalde tegen mijn geparkeerde auto. Zijn verzekering weigert de schade van 1.200 euro te betalen.",
        "De tegenpartij reed door rood. Haar aansprakelijkheidsverzekering reageert niet op mijn brieven.",
    ],
)
def test_a_third_partys_service_or_insurance_is_no_complaint(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"
    m = message(text, "check_coverage", "complaint")
    ci.review(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "De webshop levert niet en de klantenservice doet niks, en jullie reageren ook niet op mijn mails.",
        "De garage deed moeilijk. Mijn verzekering bij jullie laat me ook in de steek.",
    ],
)
def test_arags_side_in_the_same_story_keeps_the_complaint(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) is None


def test_a_civil_servant_asking_for_cover_against_the_ministry_is_no_complaint() -> None:
    # Inkomen 2b: "bestaat hiervoor dekking?" is the asking, "een ministerie" the other side
    text = (
        "Mijn werkgever, een ministerie, heeft mij een berisping gegeven die ik onterecht vind. Bestaat daarvoor "
        "dekking?"
    )
    assert ci.coverage_story(text)


def test_a_dog_bite_asked_via_arag_is_no_complaint() -> None:
    # C&W 2a: the owner who stops answering is the other side; "via jullie" is the asking
    text = "Gebeten door de hond van de buren, de eigenaar reageert niet meer. Kan ik via jullie schadevergoeding eisen"
    assert ci.coverage_story(text)


def test_a_rude_handler_and_another_asked_for_is_no_rapport() -> None:
    # art. 5: another handler is offered with the acknowledgement
    assert no_rapport_with_handler(
        "De behandelaar die mijn dossier heeft was erg kortaf tegen me. Ik wil iemand anders."
    )


def test_the_airline_of_a_flight_told_before_is_no_one_of_arags() -> None:
    text = "Onze terugvlucht uit Lissabon ging niet. De maatschappij reageert al weken niet op onze claim van 700 euro."
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"
    assert ci.not_about_arag("Jullie maatschappij reageert niet op mijn mails, belachelijk.", "complain", 0.9) is None


def test_a_story_about_others_with_a_bare_what_now_is_no_complaint() -> None:
    # "Wat nu?" asks too; ARAG's side in the story keeps the complaint
    text = "Bij een webwinkel een koelkast besteld, nooit gekomen en de klantenservice antwoordt niet meer. Wat nu?"
    assert ci.coverage_story(text)
    assert not ci.coverage_story("Ik wacht al weken op jullie jurist. Wat nu?")


def test_a_parcel_sent_insured_is_no_insurance_of_arags() -> None:
    text = "De koerier is mijn pakket kwijt, verstuurd met verzekerde verzending, en ze bieden 20 euro. Belachelijk!"
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"
