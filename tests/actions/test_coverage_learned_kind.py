"""A story the rules read no kind in is read by the learned reader (flexbot/flexpolis/kind_reader.py): the first
answer says what follows with the reading made visible, instead of asking what the conflict is."""

from __future__ import annotations

from testkit.coverage_form import check, joined

from flexbot.flexpolis import kind_reader
from flexbot.flexpolis.conflicts import normalise_conflict

THROWN_AT_A_PARTY = (
    "Tijdens een schoolfeest gooide een andere leerling een fles naar mijn dochter; ze heeft een hoofdwond en de ouders "
    "ontkennen alles."
)


def test_a_story_without_a_rule_kind_is_answered_with_the_learned_reading() -> None:
    assert normalise_conflict(THROWN_AT_A_PARTY).kind is None  # the rules have no words for it
    _, replies = check(THROWN_AT_A_PARTY, "Ik heb Consument & Wonen.")
    first = joined(replies, 0)
    assert "art. 2a Consument & Wonen" in first and kind_reader.READ_AS_NOTE in first, replies
    assert "Wat voor conflict" not in first, replies
    assert "art. 2a Consument & Wonen" in joined(replies, 1), replies


def test_the_reading_can_be_set_straight() -> None:
    _, replies = check(
        THROWN_AT_A_PARTY, "Nee, het gaat om de huur van mijn woning, de verhuurder doet niks aan schimmel."
    )
    assert "2c" in joined(replies, 1), replies  # C&W 2c: the rent of the home the customer lives in


def test_facts_that_decide_without_a_kind_are_not_overruled() -> None:
    # art. 11g: the amount decides before any kind; the learned reader is not asked
    _, replies = check("Mijn pedicure heeft 90 euro te veel afgeschreven en weigert dat terug te storten.")
    assert "11g" in joined(replies, 0) and kind_reader.READ_AS_NOTE not in joined(replies, 0), replies


def test_a_conflict_with_arag_or_a_housemate_is_left_to_the_rules() -> None:
    reader = kind_reader.reader()
    for text, kind in (
        (
            "Jullie weigeren mijn zaak in behandeling te nemen omdat het buiten de dekking zou vallen, maar mijn polis "
            "zegt iets anders.",
            "deze_verzekering",
        ),
        ("Mijn vriendin en ik wonen samen en nu wil ze dat ik de helft van de kapotte tv betaal.", "medeverzekerde"),
    ):
        assert reader.read(text)[0] == kind and reader.kind(text) is None
