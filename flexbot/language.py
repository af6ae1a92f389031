"""The Dutch spaCy pipeline, with an honest fallback when nl_core_news_sm is missing.

config.yml names spaCy's `nl_core_news_sm` (3.4.x). Where that package is not installed (it is
not on PyPI, and air-gapped machines cannot fetch the official release) we fall back to spaCy's
built-in Dutch language data: a blank "nl" pipeline plus the lookup lemmatizer from
spacy-lookups-data. The fallback is announced once per process with one warning.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

logger = logging.getLogger(__name__)

MODEL_NAME = "nl_core_news_sm"
FALLBACK_NAME = "blank-nl+lookup-lemmatizer"
INSTALL_HINT = (
    "install it with `make setup` (from the official release, or from a local wheel directory "
    "named by SPACY_MODEL_WHEELHOUSE for air-gapped machines)"
)


def model_is_installed(name: str = MODEL_NAME) -> bool:
    """True for an installed model package, or a path to a pipeline saved on disk."""
    return spacy.util.is_package(name) or Path(name).joinpath("config.cfg").is_file()


def blank_dutch() -> Language:
    """spaCy's built-in Dutch: tokenizer rules, stop words and lookup lemmas."""
    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    return nlp


@cache
def load_dutch(name: str = MODEL_NAME) -> tuple[Language, str]:
    """Return (pipeline, name actually loaded); warns once when falling back."""
    if model_is_installed(name):
        return spacy.load(name, disable=["parser", "ner"]), name
    logger.warning(
        "spaCy model %s is not installed; using spaCy's built-in Dutch (blank 'nl' with the "
        "lookup lemmatizer) instead. Tokenisation and lemmas still work, part-of-speech tags and "
        "the model's context features do not. To get the full model, %s.",
        name,
        INSTALL_HINT,
    )
    return blank_dutch(), FALLBACK_NAME
