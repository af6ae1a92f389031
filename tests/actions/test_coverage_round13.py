"""Round 13 conversation classes (issue 11, blind set conversations8), in new wordings: a policy start
told or corrected mid-check decides art. 9 with the story's date; the private role told with the
modules is taken, not asked again."""

from __future__ import annotations

from testkit.coverage_form import Chat


def test_a_corrected_policy_start_after_the_story_date_is_art_9() -> None:
    chat = Chat()
    chat.say("In mei 2023 liet ik een dakkapel plaatsen en nu lekt die, de aannemer reageert niet.")
    chat.say("We hebben Consument & Wonen met eigen woning, privé. Verzekerd sinds 2018.")
    reply = " ".join(chat.say("o nee sorry, de verzekering bij ARAG is pas van maart 2024, daarvoor zaten we elders."))
    assert "niet verzekerd" in reply and "art. 9" in reply


def test_a_policy_start_before_the_story_changes_nothing() -> None:
    chat = Chat()
    chat.say("In mei 2023 liet ik een dakkapel plaatsen en nu lekt die, de aannemer reageert niet.")
    reply = " ".join(chat.say("We hebben Consument & Wonen met eigen woning. De polis is van januari 2015."))
    assert "niet verzekerd" not in reply


def test_the_private_role_told_with_the_modules_is_not_asked() -> None:
    chat = Chat()
    chat.say("De garage heeft mijn auto slecht gerepareerd en wil de rekening van 900 euro niet aanpassen.")
    reply = " ".join(chat.say("Ik heb Verkeer, gewoon privé hoor."))
    assert "privé/zakelijk" not in reply


def test_a_new_matter_opened_with_en_mid_check_gets_its_own_answer() -> None:
    chat = Chat()
    chat.say("Mijn werkgever betaalt mijn vakantiegeld niet uit. Ik heb Inkomen.")
    reply = " ".join(chat.say("en een webshop gebruikt video's van mij zonder toestemming in hun advertenties"))
    assert "11o" in reply  # art. 11o: intellectual property, whatever the modules


def test_who_pays_an_expert_report_asked_mid_check_gets_art_9s_sentence() -> None:
    chat = Chat()
    chat.say("De schilder heeft ons koophuis slecht geschilderd, de verf bladdert overal af.")
    chat.say("We hebben Consument & Wonen met eigen woning.")
    reply = " ".join(chat.say("Ik moet van jullie eerst een rapport van een deskundige laten maken. Wie betaalt dat?"))
    assert "vergoedt ARAG alsnog de redelijke kosten van één rapport" in reply and "art. 9" in reply
    assert "alleen onder voorwaarden: U wist" not in reply  # art. 9's other conditions are not this cost's


def test_a_policy_ended_months_ago_is_art_11c_at_once_and_after_an_objection() -> None:
    chat = Chat()
    first = " ".join(
        chat.say("Mijn polis is een half jaar geleden gestopt en nu doet de schilder moeilijk", "check_coverage")
    )
    assert "niet verzekerd" in first and "art. 11c" in first and "Welke modules" not in first
    again = " ".join(chat.say("hè maar het begon toen ik nog verzekerd was"))
    assert "art. 11c" in again and "Welke modules" not in again


def test_begun_while_insured_told_as_a_reply_is_taken() -> None:
    chat = Chat()
    chat.say("Mijn werkgever betaalt mijn laatste salaris niet uit.")
    chat.say("het probleem begon toen ik al verzekerd was")
    assert chat.slots["cc_state"]["question"]["first_event_after_start"] is True  # art. 9


def test_a_lawyer_question_with_a_conflict_as_context_is_answered_first_without_a_check() -> None:
    chat = Chat()
    replies = chat.say(
        "Mijn schoonzus is advocaat. Mag zij mijn zaak tegen de verhuurder doen en de nota naar jullie sturen?",
        "check_coverage",
    )
    assert "toestemming" in replies[0] and "art. 5" in replies[0]  # art. 5/11a first
    assert "2c Consument & Wonen" in " ".join(replies)  # what follows for the conflict
    assert "Welke modules" not in " ".join(replies)


def test_a_cost_question_about_arags_own_case_starts_no_check() -> None:
    chat = Chat()
    replies = chat.say(
        "De advocaat die jullie voor mij hebben ingeschakeld tegen de aannemer wil een succesbonus. Moet ik die zelf betalen?",
        "check_coverage",
    )
    assert replies and "extra beloning" in replies[0] and "art. 10" in replies[0]
    assert "Welke modules" not in " ".join(replies) and "Consument & Wonen" not in " ".join(replies)


def test_asking_whether_the_conflict_is_covered_still_starts_the_check() -> None:
    chat = Chat()
    reply = " ".join(
        chat.say(
            "Mijn werkgever betaalt mijn loon niet. Ben ik verzekerd, en mag ik een eigen advocaat kiezen?",
            "check_coverage",
        )
    )
    assert "Welke modules" in reply


def test_dissatisfaction_with_arags_rule_just_explained_is_about_arag() -> None:
    from actions import complaints

    for text in (
        "Ik vind het eerlijk gezegd slecht geregeld dat ik dat rapport moet voorschieten",
        "wat een rare polisvoorwaarden hebben jullie",
    ):
        assert complaints.ARAG_SIDE.search(complaints.fold(text)), text  # the Klachtenbureau's, not the form's
