"""Issue 11, rounds 12-13: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers11.jsonl and later, written blind from seed 004). Each test names the seed
article that decides it; the texts are new wordings of the class."""

from __future__ import annotations

import pytest
from testkit.stories import faq


# Art. 11a: a lawyer hired before reporting, whose bill the customer asks ARAG to pay ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ik had al een advocaat ingehuurd voordat ik bij jullie aanklopte, vergoeden jullie zijn factuur?",
        "mijn advocaat stuurde een nota van 900 euro, kan ik die bij jullie declareren?",
    ],
)
def test_a_lawyer_hired_alone_leads_with_art_11a(text: str) -> None:
    answer = faq("faq_own_lawyer", text)
    assert answer.startswith("Schakelt u zelf iemand in zonder toestemming van ARAG")
    assert "(art. 11a)" in answer
    assert answer.count("zonder toestemming") == 1  # not repeated by the conflict's own verdict


def test_choosing_a_lawyer_still_starts_with_when_it_is_allowed() -> None:
    answer = faq("faq_own_lawyer", "Mag ik zelf een advocaat kiezen?")
    assert answer.startswith("U mag zelf een advocaat of andere deskundige kiezen")  # art. 5
