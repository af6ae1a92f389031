"""Issue 11, round 45: questions asked in the middle of a coverage check (classes from the misses of earlier
held-out conversations written blind from seed 004), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check

from bot.components.third_party import complaint_about_another_blanked
from flexbot.dutch import fold
from flexbot.flexpolis import conversation, cost_questions


def test_whether_an_expert_must_look_first_gets_art_9s_expert_report() -> None:
    # art. 9: "Wij mogen u dan vragen eerst te bewijzen dat er een conflict is. Dat doet u met een
    # deskundigenrapport ... Dan vergoeden we u de kosten van één deskundigenrapport alsnog."
    _, replies = check(
        "De schilder heeft onze kozijnen geschilderd en na twee maanden bladdert alles af. 1.900 euro betaald.",
        "Consument & Wonen met eigen woning.",
        "Moeten we zelf eerst een expert laten kijken wat er mis is?",
    )
    said = " ".join(replies[-1])
    assert "deskundigenrapport" in said and "art. 9" in said, said


def test_how_to_prove_the_cause_gets_the_expert_report_and_keeps_the_conflict() -> None:
    # art. 9 (the report), Verkeer 3e: the garage named again is the same repair, not a new consumer contract
    _, replies = check(
        "De dealer heeft de koppeling van mijn auto vervangen en nu slipt hij nog steeds. 1.250 euro betaald.",
        "Ik heb Verkeer. De dealer zegt dat het aan mijn manier van rijden ligt. Hoe toon ik aan dat het hun fout is?",
    )
    said = " ".join(replies[-1])
    assert "deskundigenrapport" in said and "art. 3e Verkeer" in said, said
    assert "niet verzekerd" not in said, said


def test_a_shared_lawyer_asked_mid_check_gets_only_your_share() -> None:
    # art. 10: "Als er ook anderen zijn die belang hebben bij de oplossing van uw conflict. We vergoeden dan voor uw
    # aandeel in de totale kosten."
    _, replies = check(
        "De vereniging van eigenaren wil dat ik 4.000 euro bijdraag aan een nieuw dak, maar dat is niet volgens de regels.",
        "Consument & Wonen met eigen woning.",
        "Drie andere eigenaren doen ook mee. Mogen we samen één advocaat nemen?",
    )
    said = " ".join(replies[-1])
    assert "aandeel" in said and "art. 10" in said, said


def test_shared_interest_in_other_words() -> None:
    for text in (
        "Mijn broer wil ook meedoen met de zaak.",
        "Er doen nog zes huurders mee.",
        "Kunnen we de kosten van de jurist delen?",
    ):
        assert cost_questions.cost_keys(text) == ["gezamenlijk_belang"], text
    assert "aandeel" in (cost_questions.cost_answer("Kunnen we samen een advocaat nemen?") or "")


def test_whether_to_report_now_or_later_is_art_7() -> None:
    # art. 7: report as soon as possible, also when it is not yet sure that it becomes a conflict
    for text in (
        "Moet ik het nu al melden of kan ik beter wachten tot hij echt naar de rechter stapt?",
        "Kan het wachten tot na de kerstvakantie?",
        "Zal ik eerst zelf nog een brief sturen of meteen bij jullie melden?",
    ):
        assert conversation.faq_topic_in(text) == "report", text
        assert conversation.overriding_topic("waiting_period", text) == "report", text
    _, replies = check(
        "Mijn werkgever dreigt met ontslag op staande voet omdat ik een dag te laat terug was van vakantie.",
        "Ik heb Inkomen.",
        "Moet ik het nu al melden of kan ik beter wachten tot hij echt iets doet?",
    )
    said = " ".join(replies[-1])
    assert "zo snel mogelijk" in said and "art. 7" in said, said


def test_what_the_customer_pays_himself_names_the_eigen_risico() -> None:
    # art. 10 and 14: "Staat op uw polis dat u een 'eigen risico' heeft? ... betaalt u dit bedrag zelf."
    answer = conversation.answer_text("costs", "Moet ik dan zelf nog iets betalen?")
    assert answer.startswith("Staat op uw polis een eigen risico"), answer
    assert "volledig" in answer


def test_a_complaint_filed_with_a_consumer_body_about_a_party_named_is_not_about_arag() -> None:
    # seed 000: a complaint is dissatisfaction about ARAG; the Consumentenbond hears the customer about the installer
    plain = fold(
        "Die installateur heeft de cv-ketel verkeerd aangesloten. Ik dien een klacht in bij de Geschillencommissie."
    )
    assert "klacht" not in complaint_about_another_blanked(plain)
    # Kifid hears complaints about ARAG too: never blanked
    assert "klacht" in complaint_about_another_blanked(fold("Ik ga een klacht indienen bij het Kifid over jullie."))
