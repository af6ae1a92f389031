"""Issue 11, twenty-second session, round 166: first answers of a case told with a question about the policy, tested in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from flexbot.flexpolis import conversation


def test_a_policy_taken_out_for_the_trouble_there_is_art_9() -> None:
    answer = conversation.coverage_first(
        "Ik wil nu snel een rechtsbijstandverzekering nemen, want mijn huisbaas dreigt met huisuitzetting. Ben ik dan "
        "verzekerd?"
    )
    assert answer is not None and "art. 9" in answer and "niet verzekerd" in answer


def test_a_module_to_add_with_the_reason_after_it_is_art_9() -> None:
    answer = conversation.coverage_first(
        "Mag ik de module Inkomen nu nog toevoegen? Mijn baan vervalt namelijk bij de reorganisatie die net is aangekondigd."
    )
    assert answer is not None and "art. 9" in answer


def test_a_reorganisation_that_takes_the_job_is_inkomen_2a() -> None:
    answer = conversation.coverage_first("Er is een reorganisatie aangekondigd en mijn baan vervalt waarschijnlijk.")
    assert answer is not None and "2a Inkomen" in answer


def test_a_rented_home_outside_the_eu_names_the_eu_too() -> None:
    # C&W 4: the EU, and a home must be in the Netherlands
    answer = conversation.coverage_first(
        "Ik woon tijdelijk in Australië voor werk en mijn verhuurder daar wil de borg niet terugbetalen."
    )
    assert answer is not None and "in Nederland staan" in answer and "Europese Unie" in answer


def test_a_rented_home_inside_the_eu_keeps_the_one_reason() -> None:
    answer = conversation.coverage_first("Ik huur een appartement in Antwerpen en de verhuurder houdt mijn borg in.")
    assert answer is not None and "in Nederland staan" in answer and "Europese Unie" not in answer


def test_using_the_policy_against_ones_child_is_neither() -> None:
    # art. 1: both insured, so neither can use the insurance against the other (unless 'alleenstaand')
    answer = conversation.coverage_first(
        "Mijn zoon (16, woont thuis) heeft mijn oude laptop van me gekocht en wil nu zijn geld terug. Kan hij jullie "
        "inschakelen tegen mij?"
    )
    assert answer is not None and "geen van beiden" in answer and "art. 1" in answer
