"""SpacyNLP that loads nl_core_news_sm when installed and spaCy's built-in Dutch otherwise.

The class keeps the name `SpacyNLP` on purpose: Rasa's spaCy tokenizer and featurizer look up
their model provider by that class name, so this drop-in replacement feeds them unchanged.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.utils import spacy_utils
from rasa.nlu.utils.spacy_utils import SpacyModel

from flexbot.language import MODEL_NAME, load_dutch


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.MODEL_LOADER,
        DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER,
    ],
    is_trainable=False,
    model_from="SpacyNLP",
)
class SpacyNLP(spacy_utils.SpacyNLP):
    """Provides the Dutch spaCy pipeline to the spaCy tokenizer and featurizer."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**spacy_utils.SpacyNLP.get_default_config(), "model": MODEL_NAME}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SpacyNLP:
        config = {**cls.get_default_config(), **config}
        nlp, loaded_name = load_dutch(config["model"])
        # The fingerprint is the name actually loaded, so installing the full model later
        # makes Rasa retrain the NLU parts that depend on it.
        return cls(SpacyModel(model=nlp, model_name=loaded_name), config)
