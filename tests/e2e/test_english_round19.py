"""Round 19, customers who write in English (or English mixed with Dutch), end to end over the REST channel
with the real model, rules and action server, in new wordings of the blind evaluation's misses. The bot
answers in Dutch (art. 3) and still gives the coverage answer for the English story:
- a story whose question part alone reached the NLU (a complaint detected) is answered for the whole story;
- a general question in English after a verdict ("may I pick my own lawyer?") gets its answer (art. 5/11a);
- unpaid wages of a knowledge migrant are Inkomen 2a, never a speed or skill contest (Verkeer 4b)."""

from __future__ import annotations

ART_3 = "art. 3 Algemene regels"
# A first English story the classifier reads as a coverage question goes to the coverage form, which reads
# its Dutch gist (actions/coverage.py `_facts_told`).


def test_a_refused_residence_permit_with_an_objection_is_cw_2f(chat):
    reply = chat.reply(
        "Hi, I'm from Brazil and I live in Utrecht. The immigration office turned down my request to renew my "
        "residence permit although I sent every paper they asked for. I'd like to lodge an objection. "
        "Can my ARAG insurance help?"
    )
    assert "2f Consument & Wonen" in reply, reply


def test_the_own_lawyer_asked_in_english_after_the_verdict(chat):
    chat.say("My employer stopped paying my salary three months ago. What can I do?")
    chat.say("We have Inkomen.")
    reply = chat.reply("Am I free to pick my own solicitor? A friend of mine knows one in Haarlem.")
    assert "procedure" in reply and "toestemming" in reply, reply
    assert ART_3 in reply, reply


def test_unpaid_wages_of_a_knowledge_migrant_are_never_a_race(chat):
    reply = chat.reply(
        "My boss has not paid my wages since August. I work here as a highly skilled migrant and I'm really stressed."
    )
    assert "4b Verkeer" not in reply and "wedstrijd" not in reply, reply


def test_a_laptop_not_repaired_under_warranty_for_the_au_pair_is_cw_2b(chat):
    chat.say(
        "Our au pair, who is living with us, ordered a phone online; the screen is defective after a month "
        "and the seller will not repair it under the guarantee."
    )
    reply = chat.reply("We have Consument & Wonen.")
    assert "2b Consument & Wonen" in reply, reply


def test_a_used_car_from_a_private_seller_mixed_with_dutch_is_verkeer_4d(chat):
    reply = chat.reply(
        "Last week I bought a second-hand Opel from a private individual, no guarantee whatsoever. "
        "Now the transmission gave up en de verkoper neemt niet op. Ik heb Verkeer, what now?"
    )
    assert "4d Verkeer" in reply, reply
