"""Issue 11, round 24: general answers and follow-ups found wrong in conversations19 (written from seeds 004/000/001).
Each test names the seed article that decides it; the texts are new wordings of the class, not the set's lines."""

from __future__ import annotations

from flexbot.flexpolis import conversation


def test_a_claim_shrunk_to_a_small_amount_asks_the_minimum_art_11g() -> None:
    # art. 11g: "Uw conflict moet om meer dan € 175 gaan ... Voor de module Verkeer geldt geen minimumbedrag."
    for asked in (
        "Ze betalen nu het meeste terug, er blijft nog 90 euro over. Is het dan nog de moeite om het te melden?",
        "Het gaat eigenlijk nog maar om 120 euro, heeft het zin om daarvoor bij jullie aan te kloppen?",
    ):
        assert conversation.faq_topic_in(asked) == "minimum", asked


def test_waiting_long_before_reporting_is_art_11b() -> None:
    # art. 11b: reported too late, so that costs rose or a solution got harder: ARAG may refuse
    for asked in (
        "Ik heb het al een half jaar laten liggen voordat ik jullie benaderde. Maakt dat uit?",
        "We hebben er ruim een jaar mee rondgelopen, is dat een probleem?",
        "Ik heb best lang gewacht met melden, geeft dat problemen?",
    ):
        assert conversation.faq_topic_in(asked) == "report", asked
        answer = conversation.short_and_details(conversation.answer_text("report", asked))[0]
        assert "11b" in answer and "te laat" in answer, answer


def test_an_acquaintance_who_is_a_lawyer_and_already_acted_is_art_5_and_11a() -> None:
    # art. 5 / 11a: ARAG must give permission first; someone engaged without it is not paid
    for asked in (
        "Een vriendin van ons is advocate en heeft al een brief naar de gemeente gestuurd. Betalen jullie haar?",
        "Een kennis van mijn man is advocaat, hij heeft het bezwaar al ingediend. Vergoeden jullie zijn nota?",
    ):
        assert conversation.faq_topic_in(asked) == "own_lawyer", asked
        answer = conversation.short_and_details(conversation.answer_text("own_lawyer", asked))[0]
        assert "toestemming" in answer and "11a" in answer, answer


def test_someone_not_family_in_the_household_is_asked_as_who_is_insured_art_1() -> None:
    # art. 1: an au pair who lives in the customer's home is insured (with permission)
    for asked in (
        "Ze hoort niet bij de familie. Is zij dan toch gedekt?",
        "Hij is geen familie van ons, geldt de verzekering wel voor hem?",
    ):
        assert conversation.faq_topic_in(asked) == "who_is_insured", asked


def test_a_student_child_living_elsewhere_is_who_is_insured_art_1() -> None:
    # art. 1: children living elsewhere for a dagstudie are insured
    for asked in (
        "En als mijn dochter in Utrecht op kamers zit voor haar studie?",
        "Maakt het uit dat hij op een studentenkamer in Delft woont?",
    ):
        assert conversation.faq_topic_in(asked) == "who_is_insured", asked


def test_a_damage_above_the_maximum_asks_the_maximum_art_6() -> None:
    # art. 6: other costs together up to € 15.000 per event in Europe
    for asked in (
        "Het gaat om zo'n 30.000 euro aan schade. Vergoeden jullie dat helemaal?",
        "De schade loopt op tot 18.000 euro, betalen jullie dat allemaal?",
    ):
        assert conversation.faq_topic_in(asked) == "maximum", asked


def test_a_module_taken_out_after_the_conflict_is_art_9() -> None:
    # art. 9: the first event and the conflict must be after the start of the module
    for asked in (
        "Als ik Inkomen er nu bij neem, kan ik het dan daarna alsnog melden?",
        "Ik sluit vandaag Consument & Wonen erbij af. Helpt dat nog voor deze zaak?",
    ):
        assert conversation.faq_topic_in(asked) == "waiting_period", asked


def test_a_decision_some_weeks_ago_after_art_12_is_the_one_month() -> None:
    # art. 12: report the acquittal or dismissal within 1 maand
    for asked in (
        "Het vonnis kwam twee maanden geleden. Is dat te laat?",
        "De rechter sprak me vorige maand al vrij, ben ik nu te laat?",
    ):
        assert conversation.faq_topic_in(asked) == "criminal", asked
        answer = conversation.short_and_details(conversation.answer_text("criminal", asked))[0]
        assert "1 maand" in answer, answer


def test_help_finding_a_jurist_after_not_covered_is_the_introductions_offer() -> None:
    # Inleiding: not in the conditions, the first advice is still free and a discount via ARAG Legal Services
    from flexbot.flexpolis import faq_turn

    said = "Dit conflict is niet verzekerd. (art. 3b Consument & Wonen)"
    for asked in (
        "Jammer dan. Kunnen jullie me dan nog wel naar een goede advocaat verwijzen?",
        "Kunt u mij misschien helpen aan een jurist?",
    ):
        assert faq_turn.named_topic(asked, said) == "not_covered", asked
    answer = faq_turn.answer_faq("faq_not_covered", "Kunt u mij misschien helpen aan een jurist?", None, True)
    assert "Legal Services" in answer.messages[0] and "gratis" in answer.messages[0], answer.messages
