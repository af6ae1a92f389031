"""Round 9 conversation classes (issue 11, blind set conversations5), in new wordings: a correction or a
new matter told mid-check starts from the conflict told now (never "Eerder zei u iets anders ... Wat
klopt?"); the policy told for one conflict holds for the next (after a verdict, a stop, or in a
complaint); a question about the person of the story is answered for that person and conflict; during
the complaint intake "when do I hear something" is the Klachtenbureau's term; a second question in one
message that starts with its verb is answered too."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from testkit.coverage_form import ComplaintChat, check, follow_up, intake_question

from actions.coverage_story import _opening_answer, _replaces
from flexbot.flexpolis import dialogue, faq_turn
from flexbot.flexpolis.dialogue import CheckState

CONTRADICTION = "Eerder zei u iets anders"
MODULES_ASKED = "Welke modules"


# (1) a correction or a new matter mid-check ---------------------------------------------------------
def test_a_correction_of_who_the_other_party_is_takes_the_new_conflict():
    chat, _ = check(
        "Mijn bovenburen laten elke nacht hun wasmachine draaien en ik slaap slecht. Ik heb Consument en Wonen."
    )
    said = chat.say(
        "nee wacht, het zijn niet de buren maar mijn verhuurder, hij wil de huur met 80 euro per maand verhogen",
        "check_coverage",
    )
    assert any("art. 2c" in m for m in said), said
    assert not any(CONTRADICTION in m or MODULES_ASKED in m for m in said), said


def test_a_correction_read_as_an_answer_is_still_a_correction():
    chat, _ = check("De buurvrouw heeft mijn fiets uit de gang gegooid en hij is kapot. Ik heb Consument en Wonen.")
    said = chat.say("sorry, niet de buurvrouw maar de beheerder van ons appartement weigert de lift te maken", "inform")
    assert not any(CONTRADICTION in m or MODULES_ASKED in m for m in said), said
    assert not any("art. 2e" in m for m in said), said  # no longer the neighbours


def test_another_matter_mid_check_is_a_fresh_check_with_the_policy_told():
    chat, _ = check("Ik heb Verkeer en Consument en Wonen. Een webshop levert mijn bestelling van 200 euro niet.")
    said = chat.say(
        "ander verhaal: ik reed vorige week tegen een paaltje en had te veel gedronken, de politie nam een blaastest af",
        "check_coverage",
    )
    assert any("art. 4a" in m for m in said), said
    assert not any(CONTRADICTION in m or MODULES_ASKED in m for m in said), said


def test_a_detail_without_a_marker_still_asks_what_is_right():
    """Only a marker of a new matter or a correction starts over; an unmarked other kind stays a question."""
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description("Mijn buurman heeft mijn schutting gesloopt"))
    found = dialogue.facts_in_description("mijn werkgever betaalt mijn loon niet")
    assert not _replaces(state, found, "mijn werkgever betaalt mijn loon niet")
    assert _replaces(state, found, "iets heel anders: mijn werkgever betaalt mijn loon niet")


# (2) the policy told holds for the next conflict ----------------------------------------------------
def test_a_new_conflict_after_a_verdict_keeps_the_modules_told():
    chat, _ = check(
        "Ik heb een koelkast gekocht die na een maand stuk ging en de winkel doet niets. Ik heb alleen Verkeer."
    )
    said = chat.say("en als mijn baas mijn overuren niet uitbetaalt?", "check_coverage")
    assert not any(MODULES_ASKED in m for m in said), said
    assert any("Inkomen" in m and "art. 2a" in m for m in said), said


def test_a_new_story_after_a_stop_keeps_the_modules_told():
    chat, _ = check("Een garage heeft mijn auto slecht gerepareerd", "ik heb verkeer", "laat maar")
    assert chat.slots["cc_state"] == {"policy": {"modules": ["verkeer"]}}
    said = chat.say(
        "Een automobilist reed mij vorige week aan op een zebrapad, ik heb een gebroken enkel", "check_coverage"
    )
    assert not any(MODULES_ASKED in m for m in said), said
    assert any("art. 3a" in m for m in said), said


def test_a_complaint_that_tells_the_modules_answers_the_modules_question():
    chat = ComplaintChat()
    check(
        "Onze zoon van 20 studeert in Utrecht en huurt daar een kamer. De verhuurder houdt zijn borg van 450 euro in.",
        chat=chat,
    )
    chat.complaint = {"complaint": True, "question": False}
    said = chat.say(
        "Consument en Wonen hebben we al lang. Maar jullie hebben me vorige maand nooit teruggebeld, heel slordig."
    )
    assert not any(MODULES_ASKED in m for m in said), said
    assert any("art. 2c" in m for m in said), said


def test_a_complaint_without_the_policy_takes_no_answer():
    chat = ComplaintChat()
    check("Mijn verhuurder wil de kapotte douche niet maken", chat=chat)
    chat.complaint = {"complaint": True, "question": False}
    chat.say("nee, en ik vind jullie klantenservice ook echt waardeloos")
    assert CheckState.load(chat.slots["cc_state"]).question.modules is None


def test_words_about_the_complaint_are_no_answer_to_a_yes_no_question():
    chat = ComplaintChat(reference="KL-2026-000999")
    check(
        "Onze zoon van 20 studeert in Utrecht en huurt daar een kamer. De verhuurder houdt zijn borg van 450 euro in.",
        "Consument en Wonen hebben we",
        chat=chat,
    )
    assert CheckState.load(chat.slots["cc_state"]).next_question() == "alleenstaand"
    said = chat.say("ja, geef dat maar door aan de klachtenafdeling")
    assert CheckState.load(chat.slots["cc_state"]).question.alleenstaand is None, said
    assert any("KL-2026-000999" in m for m in said), said


# (3) a question about the person of the story ------------------------------------------------------
def _studying_son() -> dict[str, Any]:
    story = (
        "Onze zoon van 20 studeert in Utrecht en huurt daar een kamer. De verhuurder houdt zijn borg van 450 euro in."
    )
    state, _ = dialogue.apply(
        CheckState(), {**dialogue.facts_in_description(story), "modules": frozenset({"consument_wonen"})}
    )
    return state.dump()


def test_is_my_son_insured_mid_check_applies_art_1_to_him_and_the_conflict():
    opened = faq_turn.open_check("coverage_form", _studying_son())
    turn = faq_turn.answer_faq(
        "faq_who_is_insured", "Is mijn zoon dan gedekt voor die huurborg?", None, True, check=opened
    )
    text = " ".join(turn.messages)
    assert "dagstudie" in text and "art. 1" in text and "art. 2c" in text, text
    assert MODULES_ASKED not in text, text


def test_asking_about_another_person_mid_check_gets_the_general_answer():
    opened = faq_turn.open_check("coverage_form", _studying_son())
    turn = faq_turn.answer_faq("faq_who_is_insured", "is mijn vrouw ook verzekerd?", None, True, check=opened)
    assert not any("art. 2c" in m for m in turn.messages), turn.messages


def test_is_he_insured_right_after_the_verdict_is_read_with_it():
    opened = faq_turn.open_check(None, {"last": {"description": "...", "state": _studying_son()}})
    turn = faq_turn.answer_faq("faq_who_is_insured", "en is hij nu wel verzekerd?", None, True, check=opened)
    assert any("dagstudie" in m and "art. 2c" in m for m in turn.messages), turn.messages


def test_the_person_question_typed_into_the_form_is_answered_for_that_person():
    chat, _ = check(
        "Onze dochter van 21 woont op kamers voor haar studie in Leiden en haar huisbaas houdt de borg in. Wij hebben Consument & Wonen."
    )
    said = chat.say("is onze dochter nu eigenlijk verzekerd?", "check_coverage")
    assert any("dagstudie" in m and "art. 2c" in m for m in said), said


# (4) the complaint intake: when do I hear something -------------------------------------------------
def test_when_will_i_hear_during_the_intake_is_the_klachtenbureau_term():
    for text, intent in (
        ("wanneer neemt er iemand contact met me op?", "faq_answer_time"),
        ("Hoe lang duurt dat dan?", "inform"),
    ):
        said = intake_question(text, intent)
        assert any("5 werkdagen" in m and "art. 20" in m for m in said), said
        assert not any("2 werkdagen" in m for m in said), said


def test_a_contact_question_during_the_intake_is_still_answered_as_before():
    said = intake_question("wat is jullie telefoonnummer?", "faq_contact")
    assert said and not any("5 werkdagen" in m for m in said), said


# (5) two questions in one message, the second starting with its verb --------------------------------
def test_a_second_question_that_starts_with_its_verb_is_answered():
    turn = faq_turn.answer_faq(
        "faq_cancel", "Hoe zeg ik mijn polis op en wordt de premie duurder volgend jaar?", None, True
    )
    text = " ".join(turn.messages)
    assert "brief" in text and "art. 15" in text, text
    assert "consumentenprijsindex" in text and "art. 16" in text, text


# (6) found on the first after-run ------------------------------------------------------------------
def test_a_story_that_opens_with_the_modules_answers_the_modules_question():
    chat, _ = check("Mijn baas wil me ontslaan.")
    said = chat.say(
        "Alleen Inkomen. Ik werk er al 9 jaar als kok en sinds de nieuwe eigenaar wil hij van me af.", "check_coverage"
    )
    assert not any(MODULES_ASKED in m for m in said), said
    assert CheckState.load(chat.slots["cc_state"]).question.modules == frozenset({"inkomen"})


def test_another_party_told_with_ook_nog_is_a_new_check():
    chat, _ = check("Mijn zus weigert de erfenis van onze moeder te verdelen. Ik heb Consument & Wonen.")
    said = chat.say(
        "en de gemeente wil ook nog een hogere WOZ-waarde voor het huis, daar ben ik het niet mee eens",
        "check_coverage",
    )
    assert not any(CONTRADICTION in m for m in said), said


def test_a_correction_of_the_options_after_a_verdict_does_not_keep_the_old_option():
    chat, replies = check(
        "Mijn buurman zaagt mijn heg om. Ik heb Consument en Wonen en op mijn polis burenrecht uitgesloten."
    )
    assert any("art. 3" in m for m in replies[0]), replies
    said = chat.say("nee wacht, ik heb verkeer uitgesloten, niet de buren", "check_coverage")
    assert not any("Burenrecht" in m and "niet verzekerd" in m for m in said), said


def test_staying_unhappy_asked_during_the_intake_gets_the_escalation_route():
    said = intake_question("en als ik dan nog altijd niet tevreden ben?", "faq_own_lawyer")
    assert any("Kifid" in m for m in said), said


def test_losing_and_paying_the_other_sides_lawyer_is_the_costs_answer():
    turn = faq_turn.answer_faq(
        "faq_own_lawyer", "en als we verliezen, moeten we dan haar advocaat betalen?", None, True
    )
    assert any("tegenpartij" in m and "rechter" in m for m in turn.messages), turn.messages


def _traffic_check() -> dict[str, Any] | None:
    story = "Een vrachtwagen reed door rood en ramde mijn auto in Amersfoort. Ik heb Verkeer."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(story))
    return faq_turn.open_check("coverage_form", state.dump())


def test_a_general_question_answered_in_the_server_mid_check_names_the_checks_module():
    turn = faq_turn.answer_faq("faq_maximum", "zit daar een grens aan?", None, True, check=_traffic_check())
    assert any("Verkeer geldt geen maximum" in m for m in turn.messages), turn.messages
    turn = faq_turn.answer_faq("faq_eigen_risico", "moet ik eigen risico betalen?", None, True, check=_traffic_check())
    assert any("geen eigen risico" in m and "module Verkeer" in m for m in turn.messages), turn.messages
    alone = faq_turn.answer_faq("faq_maximum", "zit daar een grens aan?", None, True)
    assert not any("Verkeer geldt geen maximum" in m for m in alone.messages), alone.messages


# (7) round 8's call-back leftover ------------------------------------------------------------------
CALLBACK_REPLY = (
    "Uw terugbelverzoek staat bij onze medewerkers, met dit gesprek erbij. Zet uw telefoonnummer in de chat als u "
    "dat nog niet deed; we bellen u op de eerstvolgende werkdag terug."
)


def test_a_phone_number_after_a_call_back_request_is_noted():
    said = follow_up({}, "mijn nummer is 0687654321", "inform", bot_said=[CALLBACK_REPLY])
    assert any("0687654321" in m and "terug" in m and "033" in m for m in said), said


def test_a_phone_number_without_a_call_back_request_is_no_call_back():
    said = follow_up({}, "0687654321", "inform", bot_said=["Waarmee kan ik u helpen?"])
    assert not any("genoteerd" in str(m) for m in said), said


# (8) found on the second after-run -----------------------------------------------------------------
def test_and_my_husband_mid_traffic_check_names_the_passengers():
    chat, _ = check(
        "Gisteren reed een taxi op de kruising in Zwolle tegen mijn auto, de schade is 1800 euro. Ik heb Verkeer."
    )
    said = chat.say("en mijn man dan? hij zat naast me en heeft een hersenschudding")
    assert any("passagiers" in m and "art. 2 Verkeer" in m for m in said), said
    assert not any("Zoals gezegd" in m for m in said), said


def test_a_follow_up_whose_words_name_its_topic_keeps_it():
    turn = faq_turn.answer_faq("faq_report", "En hoe meld ik dat?", None, True, previous_topic="eigen_risico")
    assert any("Zaak melden" in m for m in turn.messages), turn.messages


def test_going_to_court_asked_in_the_server_after_a_liability_answer_gets_its_court_sentence():
    story = "Een fietser zegt dat ik zijn fiets heb beschadigd en wil 900 euro schadevergoeding van mij."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description(story))
    opened = faq_turn.open_check("coverage_form", state.dump())
    turn = faq_turn.answer_faq(
        "faq_costs", "En als we bij de rechter belanden, betalen jullie dat?", None, True, check=opened
    )
    assert any("alsnog" in m and "art. 2k" in m for m in turn.messages), turn.messages


def test_a_story_that_opens_with_a_time_gives_no_amount():
    story = "Een webshop levert mijn bestelde jas niet. Ik heb Consument en Wonen."
    facts = {"role": dialogue.parse_role("privé"), "first_event_after_start": True, "country": "NL"}
    state, _ = dialogue.apply(CheckState(), {**dialogue.facts_in_description(story), **facts})
    while state.next_question() not in (None, "amount"):
        state = dialogue.skip(state, str(state.next_question()))
    assert state.next_question() == "amount"
    assert _opening_answer(state, "2 jaar geleden. Hij wil niets doen.") == {}
    assert _opening_answer(state, "ongeveer 300 euro. Hij wil niets doen.") == {"amount": Decimal("300")}
