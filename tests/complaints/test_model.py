"""The compiled pure-Python scorer gives sklearn's numbers; the lexicon reads installed packages."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from flexbot.complaints.detector import load_detector
from flexbot.complaints.features import analyse
from flexbot.complaints.lexicon import Lexicon, build
from flexbot.complaints.model import char_wb_ngrams
from flexbot.complaints.text import normalise

TEXTS = [
    "Mijn jurist belt nooit terug!",
    "De verhuurder is onbeschoft.",
    "Top geholpen, dank jullie wel",
    "a b ab abc abcdef",
    "I am very disappointed with ARAG",
    "x" * 3000,
    "Hoe zeg ik op?",
]


def test_fast_scorer_equals_sklearn() -> None:
    detector = load_detector()
    model = detector.model
    norms = [normalise(t) for t in TEXTS]
    feats = [analyse(n, detector.lexicon) for n in norms]
    fast = model.decision(norms, feats)
    slow = model.clf.decision_function(model._matrix(norms, feats))
    assert np.allclose(fast, slow, atol=1e-5)


def test_char_ngrams_equal_sklearn() -> None:
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in [normalise(t) for t in TEXTS] + ["", "a", "ab cd"]:
        assert sorted(char_wb_ngrams(text, 2, 5)) == sorted(reference(text))


def test_lexicons_come_from_installed_packages() -> None:
    lexicon = Lexicon(build())
    assert len(lexicon.nl) > 3000 and len(lexicon.en) > 1500
    assert lexicon.polarity("slecht") < 0 < lexicon.polarity("vriendelijk")
    assert lexicon.polarity("slechte") < 0 and lexicon.polarity("onvriendelijke") < 0  # inflected forms
    assert lexicon.polarity("terrible", english=True) < 0 < lexicon.polarity("great", english=True)
    assert lexicon.polarity("tafel") is None


def test_negation_intensifiers_and_target_tokens() -> None:
    lexicon = Lexicon(build())
    assert "xontkendarag" in analyse(normalise("De advocaat die ARAG regelde was niet voorbereid"), lexicon)
    assert "xlexnegderde" in analyse(normalise("De verhuurder is onbeschoft"), lexicon)
    assert "xlexneggeen" in analyse(normalise("Veel te duur"), lexicon)
    assert "xlexneg" not in analyse(normalise("Heel vriendelijk en snel"), lexicon)
