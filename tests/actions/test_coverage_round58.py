"""Issue 11, round 58: classes from the misses of a held-out pair written blind from seed 004 (people in different
stages of life), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import first, kind

from flexbot.flexpolis import conversation
from flexbot.flexpolis.dialogue import facts_in_description


def test_who_the_story_is_about() -> None:
    # art. 1: a parent the customer arranges things for is not insured on the customer's policy
    facts = facts_in_description(
        "Ik doe de administratie voor mijn moeder, zij woont in een zorgcentrum dat ineens 90 euro per maand meer "
        "rekent. Kan ik daar mijn eigen polis voor gebruiken?"
    )
    assert facts.get("relative") == "moeder" and facts.get("involved") == "other", facts


def test_kinds_read_from_the_story() -> None:
    # art. 11i: a boat bought with pension money is about the boat; Inkomen 3c: a director whom the shareholders want
    # out; C&W 3b: letting part of the own home; art. 11n: a deceased parent's bill claimed from the heir
    assert kind("Van mijn pensioengeld heb ik een motorboot gekocht en de werf heeft de motor verprutst.") == (
        "pleziervaartuig"
    )
    assert kind("Ik ben directeur bij een bv en de aandeelhouders willen dat ik vertrek; ze willen me ontslaan.") == (
        "statutair_directeur"
    )
    assert kind("Wij (beiden gepensioneerd) verhuren een kamer aan een student die niet betaalt.") == "verhuur"
    assert "11n" in first(
        "Ik heb de erfenis van mijn moeder aanvaard; nu eist de thuiszorg nog 1.400 euro die mijn moeder niet betaalde."
    )


def test_questions_told_in_later_turns() -> None:
    # art. 17: ARAG's jurist sees no chance, the customer wants to go on; art. 7: hurry with reporting; Inleiding: what
    # ARAG still offers; Verkeer 4a: drink told beside the modules
    _, replies = check(
        "Mijn zaak tegen de aannemer loopt via ARAG. Als de jurist zegt dat het kansloos is en ik wil toch door, wat dan?"
    )
    assert "scheidsrechter" in " ".join(replies[0]), replies
    assert conversation.faq_topic_in("Moet ik opschieten met het melden?") == "report"
    assert conversation.faq_topic_in("Kunnen jullie dan echt niets voor me doen?") == "not_covered"
    _, replies = check(
        "Op de fiets werd ik geschept door een bezorgbusje dat door rood reed.",
        "Ik heb Verkeer. Ik had wel drie biertjes op.",
    )
    assert any("4a" in reply for reply in replies[-1]), replies[-1]


# Round 59's blind pair (first_answers58, conversations54: questions about a letter, an invoice or a post just read).


def test_what_a_letter_says_the_conflict_is() -> None:
    # C&W 2f: the council declares a dog dangerous after a neighbour's report (the neighbour is no party); C&W 2b: the
    # own travel insurer refuses a camera stolen from a rental car; art. 11n: the bank calls on the customer as surety;
    # C&W 2k: a summons from the neighbour's lawyer is civil
    assert kind("De gemeente besluit na een melding van een buurtbewoner dat mijn hond aangelijnd moet blijven.") == (
        "overheidsbesluit"
    )
    assert kind("Mijn reisverzekeraar weigert mijn gestolen laptop uit de huurauto te vergoeden.") == "consumentenkoop"
    assert "11n" in first(
        "De bank schrijft dat ze mij als borg aanspreekt voor de lening van mijn dochter, 9.000 euro."
    )
    assert kind(
        "Ik kreeg een dagvaarding van de advocaat van mijn buurvrouw; ze eist 900 euro voor haar schutting."
    ) != ("strafzaak")


def test_a_sum_written_out_in_a_reminder() -> None:
    # art. 11g: the claim without the costs added and the total ("EUR 150,00 + incassokosten EUR 40,00 = EUR 190,00")
    from flexbot.flexpolis.dialogue_amounts import amount_in_text

    assert amount_in_text("Aanmaning: factuur € 150,00 + incassokosten € 40,00 + rente € 3,10 = € 193,10.") == 150
    assert "11g" in first(
        "Het incassobureau eist: abonnement € 120,00 + incassokosten € 40,00 = € 160,00. Ik had opgezegd."
    )
