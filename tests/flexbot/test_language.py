"""Both branches of the Dutch pipeline: the named model loads, or the fallback warns once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
import spacy

from flexbot import language


@pytest.fixture(autouse=True)
def fresh_cache():
    language.load_dutch.cache_clear()
    yield
    language.load_dutch.cache_clear()


def test_missing_model_falls_back_to_builtin_dutch_with_one_warning(caplog):
    caplog.set_level(logging.WARNING, logger="flexbot.language")
    for _ in range(3):
        nlp, loaded = language.load_dutch("nl_core_news_does_not_exist")
    assert loaded == language.FALLBACK_NAME
    assert nlp.lang == "nl"
    lemmas = [token.lemma_ for token in nlp("Mijn buren liepen gisteren weg")]
    assert "lopen" in lemmas  # lookup lemmas from spacy-lookups-data
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "nl_core_news_does_not_exist" in warnings[0].getMessage()
    assert "SPACY_MODEL_WHEELHOUSE" in warnings[0].getMessage()


def test_installed_model_is_loaded_without_warning(tmp_path: Path, caplog):
    # A real spaCy pipeline on disk stands in for nl_core_news_sm, which cannot be
    # downloaded here; spacy.load() treats a package name and a path the same way.
    pipeline = spacy.blank("nl")
    pipeline.add_pipe("sentencizer")
    model_dir = tmp_path / "nl_test_model"
    pipeline.to_disk(model_dir)

    caplog.set_level(logging.WARNING, logger="flexbot.language")
    nlp, loaded = language.load_dutch(str(model_dir))
    assert loaded == str(model_dir)
    assert "sentencizer" in nlp.pipe_names
    assert not caplog.records


def test_config_names_the_official_dutch_model():
    import yaml

    config = yaml.safe_load(Path("config.yml").read_text())
    spacy_step = next(s for s in config["pipeline"] if s["name"].endswith("SpacyNLP"))
    assert spacy_step["model"] == language.MODEL_NAME == "nl_core_news_sm"
