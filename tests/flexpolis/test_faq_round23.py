"""Issue 11, round 23: general answers and follow-ups found wrong in the blind set conversations18 (written from
seeds 004/000/001). Each test names the seed article that decides it; the texts are new wordings of the class, not
the set's lines."""

from __future__ import annotations

from flexbot.flexpolis import conversation, dialogue, faq_turn


def _check(story: str) -> dict:
    state, _ = dialogue.apply(dialogue.CheckState(), dialogue.facts_in_description(story))
    return state.dump()


def test_another_language_with_the_jurist_is_art_3_dutch_only() -> None:
    # art. 3: "Wij communiceren in het Nederlands met u"
    for asked in (
        "Spreekt de behandelaar van mijn zaak ook Engels?",
        "Kan ik bij jullie in het Turks geholpen worden?",
        "Mag ik een tolk meenemen naar het gesprek met de jurist?",
    ):
        assert conversation.faq_topic_in(asked) == "language", asked
    turn = faq_turn.answer_faq("faq_after_report", "Kunnen we het gesprek in het Arabisch voeren?", None, True)
    assert "Nederlands" in turn.messages[0] and "art. 3" in turn.messages[0], turn.messages


def test_a_discount_after_a_not_covered_is_the_introductions_legal_services() -> None:
    # Inleiding: free first advice, then a discount on the hourly rate via ARAG Legal Services
    asked = "zit er dan misschien korting op een advocaat van jullie?"
    assert faq_turn.named_topic(asked) == "not_covered"
    assert conversation.overriding_topic("disagreement", asked) == "not_covered"
    assert conversation.overriding_topic("premium", "krijg ik korting op de premie?") == "premium"
    turn = faq_turn.answer_faq("faq_disagreement", asked, None, True)
    assert "Legal Services" in turn.messages[0] and "gratis" in turn.messages[0], turn.messages


def test_advice_without_a_conflict_is_the_introductions_free_first_advice() -> None:
    # Inleiding: advice to prevent a conflict; first advice free, then a discount (ARAG Legal Services); art. 4
    for asked in (
        "Mijn vriendin en ik willen huwelijkse voorwaarden laten opstellen. Kunnen jullie helpen?",
        "Ik zoek alleen wat advies, er is helemaal geen ruzie. Kan dat bij jullie?",
    ):
        assert conversation.faq_topic_in(asked) == "advice", asked
        answer = faq_turn.answer_faq("faq_not_covered", asked, None, True).messages[0]
        assert "gratis" in answer and "Legal Services" in answer and "inleiding" in answer, answer


def test_documents_asked_by_arag_are_art_7_and_11e() -> None:
    # art. 7: ARAG may ask extra information and proof; art. 11e: without the help or information asked, no help
    asked = "Mijn behandelaar wil mijn loonstroken en de appjes met mijn baas. Dat gaat toch te ver, moet dat echt?"
    assert conversation.faq_topic_in(asked) == "cooperation"
    answer = faq_turn.answer_faq("faq_privacy", asked, None, True).messages[0]
    assert "11e" in answer and "art. 7" in answer, answer


def test_presenting_things_nicer_than_they_were_is_art_11d() -> None:
    # art. 11d: wrong information, no help
    asked = "En als ik het iets rooskleuriger opschrijf dan het was?"
    assert conversation.faq_topic_in(asked) == "conduct"
    answer = conversation.short_and_details(conversation.answer_text("conduct", asked))[0]
    assert "11d" in answer, answer


def test_costs_the_court_awards_go_to_arag_art_6() -> None:
    # art. 6: "Beslist de rechter dat de tegenpartij de kosten van de rechtszaak moet betalen? Dan krijgen wij dit
    # geld van de tegenpartij, niet u."
    asked = "Stel dat de rechter mij gelijk geeft, krijg ik dan zelf de proceskostenvergoeding van mijn huisbaas?"
    answer = faq_turn.answer_faq("faq_costs", asked, None, True).messages[0]
    assert answer.startswith("Beslist de rechter") and "niet u" in answer and "art. 6" in answer, answer
    check = _check("Mijn werkgever heeft mij ontslagen zonder reden.")
    mid = faq_turn.case_answer("costs", asked, check)
    assert mid and "niet u" in mid, mid


def test_back_to_arags_own_jurist_after_an_outside_specialist_is_art_5() -> None:
    # art. 5: after an outside specialist, not back to ARAG's own people, also not after a conflict with him
    for asked in ("Kan ik dan later weer een jurist van ARAG krijgen?", "mag ik daarna terug bij jullie eigen jurist?"):
        assert conversation.overriding_topic("disagreement", asked) == "own_lawyer", asked
        answer = faq_turn.answer_faq("faq_disagreement", asked, None, True).messages[0]
        assert "niet meer terug" in answer and "art. 5" in answer, answer


def test_buying_a_house_later_means_changing_the_woonsituatie_cw_2d() -> None:
    # C&W 2d: change the woonsituatie on the policy right after signing; the option Eigen woning
    asked = "Als wij binnenkort een woning kopen, moeten we dan iets aan onze verzekering veranderen?"
    assert conversation.faq_topic_in(asked) == "new_home"
    answer = faq_turn.answer_faq("faq_modules", asked, None, True).messages[0]
    assert "woonsituatie" in answer and "Eigen woning" in answer and "art. 2d" in answer, answer
    # a conflict about buying a house is no such question
    assert conversation.faq_topic_in("De verkoper van het huis dat we wilden kopen haakt af. Zijn we verzekerd?") != (
        "new_home"
    )


def test_a_passenger_who_lives_elsewhere_in_a_traffic_case_is_verkeer_2() -> None:
    # Verkeer 2: the passengers of the insured's vehicle
    check = _check("Een busje reed bij een kruispunt tegen mijn auto aan, ik heb whiplash.")
    answer = faq_turn.case_answer(
        "who_is_insured", "Mijn collega reed mee, hij woont niet bij ons. Is hij verzekerd?", check
    )
    assert answer and "passagiers" in answer and "art. 2 Verkeer" in answer, answer
