"""One pattern for wanting to complain (bot/components/complaint_rules_service.py): the round-14 phrases ("een klacht
over", "mijn beklag") count for the phone service again, as they were written to; before, a second definition for
the verdict (round 22) shadowed them. Seeds 000/001: every expression of dissatisfaction with ARAG's service."""

from __future__ import annotations

from bot.components.complaint_rules_service import arag_service_complaint, objects_to_the_verdict


def test_a_complaint_about_the_phone_service_in_round_14_words() -> None:
    assert arag_service_complaint("Ik heb een klacht over jullie: ik word aan de telefoon steeds doorverbonden.")


def test_an_objection_to_the_verdict_in_round_22_words_still_counts() -> None:
    assert objects_to_the_verdict("Hier ben ik het niet mee eens, ik wil een klacht over deze beslissing indienen.")
