"""Round 82: a question when someone will get in touch, asked after a complaint was registered in the conversation, is
marked so the answer gives the Klachtenbureau's term (art. 20), not the answer time of a case (art. 5)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from testkit.complaint_nlu import parsed as message

from bot import conversation_context
from bot.components import complaint_intent as ci

HAD_COMPLAINT = [SimpleNamespace(key="complaint_id", value="KL-2026-000321")]


def _conversation(events: list) -> SimpleNamespace:
    return SimpleNamespace(active_loop_name="coverage_form", events=events, get_slot=lambda name: None)


@pytest.mark.parametrize(
    "text", ["Hoe lang duurt het dan voor er iemand contact opneemt?", "wanneer hoor ik dan iets van jullie?"]
)
def test_the_time_asked_after_a_complaint_is_marked(text: str) -> None:
    m = message(text, "faq_answer_time", "none")
    with conversation_context.parsing(_conversation(HAD_COMPLAINT)):
        ci.details_after_complaint(m)
    assert ci.AFTER_COMPLAINT in m.get(ci.PARSE_KEY)["reasons"]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Hoe lang duurt het voor iemand contact opneemt?", []),  # no complaint in the conversation
        ("Wanneer hoor ik of ik verzekerd ben?", HAD_COMPLAINT),  # the cover of the case: art. 5
    ],
)
def test_not_marked(text: str, events: list) -> None:
    m = message(text, "faq_answer_time", "none")
    with conversation_context.parsing(_conversation(events)):
        ci.details_after_complaint(m)
    assert ci.AFTER_COMPLAINT not in m.get(ci.PARSE_KEY)["reasons"]


# Round 84: ARAG's phone service told mid-check with displeasure but no word of blame ---------------------------------
def test_a_missed_call_back_told_mid_check_is_a_sure_complaint() -> None:
    from bot.components.complaint_rules_service import arag_service_complaint

    assert arag_service_complaint(
        "Overigens werd ik gisteren vier keer doorverbonden en niemand heeft teruggebeld zoals beloofd, niet fijn."
    )
    assert arag_service_complaint("Ik werd drie keer doorverbonden en toen opgehangen. Daar ben ik niet blij mee.")
    # another party's phone service is theirs
    assert not arag_service_complaint(
        "Bij de woningcorporatie werd ik drie keer doorverbonden. Daar ben ik niet blij mee."
    )
