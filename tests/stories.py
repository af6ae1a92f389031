"""Every story and rule of the training data (and of the conversation tests) as Rasa trackers:
the shapes of conversation the Rasa patches in bot/ are checked against."""

from __future__ import annotations

import itertools

from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrackerWithCachedStates, TrainingDataGenerator
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.core.training_data.structures import StoryGraph

from flexbot import settings

DOMAIN = Domain.load(str(settings.DOMAIN_DIR))


def story_trackers(with_conversation_tests: bool = True) -> list[TrackerWithCachedStates]:
    files = [p for p in sorted((settings.ROOT / "data").glob("**/*.yml")) if _has_steps(p.read_text())]
    if with_conversation_tests:
        files += sorted(settings.CONVERSATION_TESTS.glob("*.yml"))
    steps = list(itertools.chain.from_iterable(YAMLStoryReader(DOMAIN).read_from_file(str(p)) for p in files))
    return TrainingDataGenerator(
        StoryGraph(steps), DOMAIN, augmentation_factor=0, remove_duplicates=True, unique_last_num_states=None
    ).generate()


def _has_steps(text: str) -> bool:
    return "stories:" in text or "rules:" in text
