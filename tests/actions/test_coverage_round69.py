"""Issue 11, round 69: readings of kinds left from round 68's conversations and found in round 69's first run; each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.complaint_nlu import after_an_answer, routed
from testkit.coverage_form import check, joined
from testkit.stories import kind

from flexbot.flexpolis.answers import faq_answer

ART_13 = (
    "Moet u voor een verzekerd conflict een borgsom betalen aan een buitenlandse overheid, dan leent ARAG u dat bedrag, "
    "tot maximaal € 50.000. Dit geld moet u terugbetalen, maar u betaalt geen rente. (art. 13 Algemene regels)"
)


def test_a_report_against_the_customer_makes_no_victim() -> None:
    # Inkomen 2c / art. 12: a disciplinary complaint and a police report against the customer; they are no victim (C&W 2a)
    told = "Ik ben verpleegkundige in loondienst. Een cliënt heeft een klacht tegen mij ingediend bij het tuchtcollege en ook aangifte gedaan."
    assert kind(told) == "beroepsklacht"
    assert kind("Mijn buurman heeft aangifte tegen mij gedaan wegens bedreiging, maar het klopt niet.") == "strafzaak"
    assert kind("Ik ben op straat mishandeld en heb aangifte gedaan.") == "slachtoffer"


def test_own_work_sold_by_another_is_intellectual_property() -> None:
    # 11o: the customer's own work used or sold without paying them
    assert (
        kind(
            "Ik heb in mijn vrije tijd een lesmethode voor gitaar geschreven en nu verkoopt de muziekschool die zonder mij iets te betalen."
        )
        == "intellectueel_eigendom"
    )
    assert kind("Heb ik zelf een app gebouwd, gebruikt mijn oud-werkgever hem gewoon zonder toestemming.") == (
        "intellectueel_eigendom"
    )


def test_the_uwv_deciding_on_a_payment_is_a_benefit() -> None:
    # Inkomen 2d: the UWV's loongarantie after the employer's bankruptcy; a dismissal permit stays Inkomen 2a
    assert kind("Na het faillissement van mijn werkgever betaalt het UWV maar een deel van mijn loon.") == "uitkering"
    assert kind("Mijn baas is failliet, het UWV heeft mijn aanvraag voor achterstallig loon afgewezen.") == "uitkering"
    assert kind("Mijn werkgever vroeg een ontslagvergunning aan bij het UWV en het UWV keurt die goed.") == (
        "arbeidsovereenkomst"
    )


def test_costs_refunded_after_a_dropped_case_are_said_as_refunded() -> None:
    # art. 12: "betalen wij u wel de kosten terug": the answer says the costs are refunded
    answer = faq_answer("criminal")
    assert "achteraf wel vergoed" in answer and "betaalt ze terug" in answer and "niet verder te vervolgen" in answer


def test_a_follow_up_on_the_loan_just_explained_is_no_complaint() -> None:
    # art. 13 just answered; asking whether the money must go back to ARAG is a question about that rule
    text = "Is die borgsom dan van jullie, of moet hij later terug naar jullie? Kost ons dat iets?"
    found = routed(text, "faq_costs", "complaint", question=True, context=after_an_answer(ART_13), confidence=0.82)
    assert found["detection"]["decision"] == "none", found
    without = routed(text, "faq_costs", "complaint", question=True, context=None, confidence=0.82)
    assert without["detection"]["decision"] == "complaint"
    blamed = "Is die borgsom dan van jullie, wat een gedoe! Moet hij later terug naar jullie?"
    after = routed(blamed, "faq_costs", "complaint", question=True, context=after_an_answer(ART_13), confidence=0.82)
    assert after["detection"]["decision"] == "complaint"


def test_the_driver_over_the_limit_told_in_a_reply_decides_at_once() -> None:
    # Verkeer 4a: a breath figure over the limit told while the modules are asked; the exclusion, no module question
    _, replies = check(
        "Mijn dochter (22, woont thuis) heeft met mijn auto een scooterrijder geschept, het OM vervolgt haar voor letsel "
        "door schuld.",
        "Ze had wel wat gedronken, de politie mat 0,9 promille.",
    )
    assert "art. 4a Verkeer" in joined(replies, 1) and "Welke modules" not in joined(replies, 1), replies
    assert joined(replies, 1).startswith("Dit conflict is niet verzekerd"), replies
    # below the limit it may matter, but it decides nothing yet
    _, replies = check(
        "Mijn dochter (22, woont thuis) heeft met mijn auto een scooterrijder geschept, het OM vervolgt haar voor letsel "
        "door schuld.",
        "Ze had één glas wijn op, de politie mat 0,2 promille.",
    )
    assert not joined(replies, 1).startswith("Dit conflict is niet verzekerd"), replies
