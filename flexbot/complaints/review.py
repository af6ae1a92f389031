"""Review-like texts and their own `ask` band.

The `ask` threshold is chosen for conversations with ARAG (false-positive rate <= 12 % on the
out-of-fold scores of the non-review training lines). A text that reads like a review of a
service (Dutch, at least `MIN_WORDS` words, no question, naming neither ARAG nor a third party:
"Het eten was prima, maar we moesten lang wachten en de bediening was wat afwezig.") is judged
by F1, like the review sets the issue measures, and its lukewarm or mixed criticism scores lower
than a chat complaint. Such texts get a lower `ask` threshold (`ask_review` in detector.json),
chosen in training as the F1-optimal threshold on the out-of-fold scores of the training lines
that are review-like by this same test. The sure band is never lowered.
"""

from __future__ import annotations

from flexbot.complaints.features import QUESTION_START
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.rules import _SENTENCE, ARAG_MARKERS, HYPOTHETICAL, THIRD_PARTY_MARKERS

MIN_WORDS = 8


def review_like(normalised: str, lexicon: Lexicon) -> bool:
    if len(normalised.split()) < MIN_WORDS or "?" in normalised:
        return False
    if ARAG_MARKERS.search(normalised) or THIRD_PARTY_MARKERS.search(normalised):
        return False
    if any(QUESTION_START.match(s) or HYPOTHETICAL.match(s) for s in _SENTENCE.findall(normalised)):
        return False
    return not lexicon.is_english(normalised)
