"""Round 8 conversation classes (issue 11, blind set conversations4), in new wordings: a follow-up on
a general answer is read with that answer's topic (in the FAQ turn and mid-check), "allebei" to the
modules question, an unknown module with where to look and the EUR 175 minimum, a yes/no fact said in
words ("geen garantie"), a later question's fact given early, a minor child lives at home, the
policy told once holds for the next conflict, and a question after a verdict that names its topic."""

from __future__ import annotations

from testkit.coverage_form import Chat, after_verdict, ask_in_form, follow_up

from flexbot.flexpolis import dialogue, faq_turn


def _check(*texts: str) -> tuple[Chat, list[list[str]]]:
    chat = Chat()
    replies = []
    for text in texts:
        intent = "check_coverage" if chat.slots["requested_slot"] is None else "inform"
        replies.append(chat.say(text, intent))
    return chat, replies


# (a) a follow-up on a general answer, read with its topic ---------------------------------------
def test_outside_europe_after_the_maximum_gets_the_maximum_outside_europe():
    turn = faq_turn.answer_faq("faq_countries", "En in Amerika dan?", None, True, previous_topic="maximum")
    assert any("10.000" in m for m in turn.messages), turn.messages
    alone = faq_turn.answer_faq("faq_countries", "En in Amerika dan?", None, True)
    assert not any("10.000" in m for m in alone.messages), alone.messages  # no context: the countries


def test_a_follow_up_that_the_last_answer_does_not_speak_of_keeps_its_own_topic():
    turn = faq_turn.answer_faq("faq_eigen_risico", "En het eigen risico?", None, True, previous_topic="maximum")
    assert not any("10.000" in m for m in turn.messages), turn.messages


def test_going_to_court_mid_check_gets_the_lawyer_and_procedure_answer():
    chat, _ = _check("De buren hebben een schutting op onze grond gezet. Ik heb Consument en Wonen")
    said = chat.say("en als we naar de rechter moeten?")
    assert any("procedure" in m and "art. 5" in m for m in said), said
    assert not any("Zoals gezegd" in m for m in said), said


def test_can_my_partner_use_my_policy_after_a_verdict_gets_art_1():
    _check("Ik werk als freelancer en een opdrachtgever betaalt mijn rekening van 900 euro niet")
    chat = Chat()
    said = chat.say("ok. mijn vrouw werkt wel in loondienst, mag zij mijn verzekering gebruiken?", "check_coverage")
    assert any("art. 1" in m for m in said), said
    assert not any("Wat voor conflict" in m for m in said), said


def test_being_proven_right_after_a_criminal_verdict_gets_the_refund_of_art_12():
    slots = after_verdict("Ik krijg een boete van het CJIB voor door rood rijden maar dat was ik niet")
    said = follow_up(slots, "en als ik word vrijgesproken?", "inform")
    assert any("art. 12" in m and "terug" in m for m in said), said
    assert not any("blijft hetzelfde" in m for m in said), said


# (b) not knowing the modules --------------------------------------------------------------------
def test_not_knowing_the_modules_gives_each_possibility_the_policy_and_the_minimum():
    _, replies = _check("Mijn verhuurder wil de kapotte cv-ketel niet vervangen", "geen flauw idee eigenlijk")
    text = " ".join(replies[1])
    assert "Consument & Wonen" in text and "polis" in text, text
    assert "175" in text and "art. 11g" in text, text


def test_not_knowing_the_modules_for_traffic_gives_no_minimum():
    _, replies = _check("Een automobilist reed mij aan toen ik fietste", "weet ik niet")
    assert not any("175" in m for m in replies[1]), replies[1]


def test_both_to_the_modules_question_takes_the_module_named():
    _, replies = _check("Iemand heeft met een steen de ruit van mijn auto ingegooid", "allebei")
    assert not any("herken" in m for m in replies[1]), replies[1]
    assert any("U bent hiervoor verzekerd met de module Verkeer" in m for m in replies[1]), replies[1]


# (c) facts in words; a minor child; the policy told once ----------------------------------------
def test_no_guarantee_said_in_words_while_another_question_is_asked_is_verkeer_4d():
    _, replies = _check(
        "Ik kocht vorige maand een gebruikte motor bij een dealer en de koppeling is stuk. Verkeer heb ik.",
        "nee hoor, zonder garantie",
    )
    assert any("art. 4d Verkeer" in m for m in replies[-1]), replies
    assert not any("begreep" in m for m in replies[-1]), replies


def test_with_a_dealer_guarantee_said_in_words_is_no_exclusion():
    chat = Chat()
    chat.say("Mijn tweedehands auto van de garage lekt olie. Ik heb Verkeer.", "check_coverage")
    state = dialogue.CheckState.load(chat.slots["cc_state"])
    chat.slots["cc_state"]["skipped"] = [n for n in state.verdict().missing if n != "facts.tweedehands_zonder_garantie"]
    said = chat.say("ja die had wel bovag garantie")
    assert not any("art. 4d" in m for m in said), said


def test_a_daughter_of_15_is_a_child_living_at_home():
    found = dialogue.facts_in_description("onze dochter van 15 heeft een jas besteld die nooit is gekomen")
    assert found.get("involved") == "child_home", found
    assert dialogue.facts_in_description("ruzie met mijn zoon van 16 over zijn brommer").get("involved") != "child_home"


def test_a_new_conflict_keeps_the_modules_told_before():
    chat, _ = _check("De verhuurder houdt mijn borg van 700 euro in. Ik heb Consument en Wonen.")
    said = chat.say(
        "en iets heel anders: een webwinkel levert mijn bestelde laptop niet, kan dat ook?", "check_coverage"
    )
    assert any("art. 2b Consument & Wonen" in m for m in said), said
    assert not any("Welke modules" in m for m in said), said


def test_a_question_mid_check_that_asks_nothing_new_still_gets_the_answer_so_far():
    slots = {"requested_slot": "cc_answer", "cc_state": {"said": "U bent verzekerd (art. 2c)."}}
    assert ask_in_form(slots, "hallo?", "inform")


def test_a_second_hand_purchase_names_the_guarantee_exclusion_in_the_first_answer():
    _, replies = _check(
        "Vorig jaar een occasion gekocht bij een autohandel, nu blijkt de kilometerstand vals. Ik heb Verkeer."
    )
    first = replies[0][0]
    assert "art. 3e Verkeer" in first and "art. 4d Verkeer" in first, first
    _, replies = _check("De garage heeft mijn eigen auto slecht gerepareerd. Ik heb Verkeer.")
    assert not any("art. 4d" in m for m in replies[0]), replies[0]


def test_is_my_friend_insured_after_a_holiday_story_names_travel_companions():
    story = "Ik had een huisje in de Ardennen geboekt voor mij en mijn vriend en het was onbewoonbaar."
    turn = faq_turn.answer_faq("faq_who_is_insured", "Valt hij daar ook onder?", None, True, previous_text=story)
    assert any("reisgenoten" in m for m in turn.messages), turn.messages


def test_no_guarantee_told_as_a_new_description_mid_check_is_verkeer_4d():
    chat, _ = _check("Mijn gebruikte camper van de dealer lekt na een maand al. Ik heb Verkeer.")
    said = chat.say("nee geen garantie gekregen, alleen een handdruk", "check_coverage")
    assert any("art. 4d Verkeer" in m for m in said), said


def test_going_to_court_after_an_answer_that_already_says_it_is_that_answer():
    chat, _ = _check(
        "Een fietser zegt dat ik zijn wiel heb verbogen en eist 600 euro; mijn WA-verzekeraar betaalt niet"
    )
    said = chat.say("en als het tot een rechtszaak komt?")
    assert not any("belangenconflict" in m for m in said), said


def test_no_guarantee_with_all_is_fine_to_the_modules_question_is_4d_not_all_modules():
    _, replies = _check(
        "Ik kocht een occasion bij een autohandelaar en de koppeling ging na drie dagen stuk",
        "nee geen garantie, hij zei dat alles in orde was",
    )
    assert any("art. 4d Verkeer" in m for m in replies[-1]), replies[-1]


def test_what_someone_else_says_is_no_yes_or_no():
    chat, _ = _check("Onze zoon van 15 is opgepakt voor een vechtpartij, wat nu?")
    said = chat.say("hij zegt dat hij er niet eens bij was")
    assert any("Dank u" in m for m in said), said
