"""Issue 11, round 60: a story told over several turns is read whole, and "En in <land>?" asks about the same story
elsewhere; each in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check
from testkit.stories import kind

from actions.coverage_slots import DESCRIPTION


def test_a_story_told_in_turns_is_read_whole() -> None:
    # Verkeer 4d: the car of the first turn, asked about "had ik hem van een particulier gekocht" two turns later
    chat = Chat()
    first = chat.say(
        "De garage zegt dat mijn auto geen garantie meer heeft, ik liet de beurt ergens anders doen.", "check_coverage"
    )
    assert "3e" in first[0] and "4d" not in first[0], first  # "geen garantie meer": lost later, not bought without
    chat.say("Gekocht bij een erkende dealer, met garantie. Ik heb de module Verkeer.", "check_coverage")
    assert "garage" in chat.slots[DESCRIPTION] and "erkende dealer" in chat.slots[DESCRIPTION]
    replies = chat.say("En als ik hem van een particulier had gekocht zonder garantie?", "check_coverage")
    assert any("4d" in reply for reply in replies), replies


def test_the_same_story_in_another_country() -> None:
    # art. 6: outside Europe and the countries around the Mediterranean the maximum is EUR 10,000 (Verkeer 5: the world)
    chat = Chat()
    chat.say("Op vakantie in Griekenland werd ik als voetganger aangereden door een scooter.", "check_coverage")
    chat.say("Ik heb Verkeer.", "inform")
    replies = chat.say("En in Thailand?", "check_coverage")
    assert any("10.000" in reply for reply in replies), replies


def test_kinds_read_from_round_59s_conversations() -> None:
    # C&W 2e: the neighbours' lawyer writes about "het perceel van cliënten" (theirs, not another home of the customer);
    # C&W 3a: a chalet owned as a holiday home; C&W 3f: money lent, though the friend calls it a gift
    assert (
        kind("De advocaat van mijn buurman mailt dat onze heg op het perceel van zijn cliënt staat.") == "burenconflict"
    )
    assert kind("Op een vakantiepark staat ons chalet als tweede huisje; de beheerder eist dat we het vervangen.") == (
        "andere_woning"
    )
    assert kind("Mijn neef zegt nu dat het een cadeau was, maar ik heb het hem gewoon geleend: 1.800 euro.") == (
        "geld_uitgeleend"
    )


def test_an_unpaid_premium_told_in_the_story() -> None:
    # art. 14: the first premium within 30 days, said with the answer (never asked)
    _, replies = check(
        "Sinds 1 maart heb ik de polis, de eerste premie heb ik nog niet betaald. Nu wil mijn werkgever me ontslaan."
    )
    assert "30 dagen" in " ".join(replies[0]) and "art. 14" in " ".join(replies[0]), replies


def test_a_passenger_after_a_drink_driving_verdict() -> None:
    # Verkeer 2: the passengers of the vehicle are insured, also when Verkeer 4a decided the driver's own claim
    from flexbot.flexpolis import dialogue, faq_turn

    state, _ = dialogue.apply(dialogue.CheckState(), {"conflict": "onder_invloed", "modules": frozenset({"verkeer"})})
    answer = faq_turn.case_answer(
        "who_is_insured", "Mijn bijrijder raakte ook gewond, is hij ook verzekerd?", state.dump()
    )
    assert answer and "passagiers" in answer and "art. 2 Verkeer" in answer, answer
