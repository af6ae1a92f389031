"""The trained detector and the built lexicon, shared by the detector's test modules."""

from __future__ import annotations

import pytest

from flexbot.complaints.detector import ComplaintDetector, load_detector
from flexbot.complaints.lexicon import Lexicon
from flexbot.complaints.lexicon import build as build_lexicon


@pytest.fixture(scope="module")
def detector() -> ComplaintDetector:
    return load_detector()


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon(build_lexicon())
