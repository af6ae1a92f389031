"""The in-process intent CV (bot/nlu_cv.py): repeatable, and it tells a separable
data set from one whose labels carry no signal."""

from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu_cv import _setting, cross_validate, examples, main

GREET = ["hallo", "hoi", "goedemorgen", "hey daar", "goedemiddag", "hallo daar", "hoi hoi", "goedenavond", "hee"]
CANCEL = [
    "hoe zeg ik mijn polis op",
    "ik wil opzeggen",
    "opzeggen rechtsbijstand",
    "kan ik de verzekering opzeggen",
    "polis opzeggen hoe",
    "wat is de opzegtermijn",
    "ik wil mijn verzekering opzeggen",
    "opzeggen per direct",
    "hoe kan ik opzeggen",
]


def messages(pairs: list[tuple[str, str]]) -> list[Message]:
    return [Message(data={TEXT: text, INTENT: intent}) for text, intent in pairs]


def test_separable_intents_score_high_and_the_same_seed_gives_the_same_figure():
    data = messages([(t, "greet") for t in GREET] + [(t, "faq_cancel") for t in CANCEL])
    first = cross_validate(data, seeds=[0, 1])
    assert len(first) == 2 and min(first) > 0.8  # two intents: sklearn keeps one weight row
    assert cross_validate(data, seeds=[0, 1]) == first


def test_labels_without_signal_score_low():
    texts = GREET + CANCEL
    data = messages([(t, "a" if i % 2 else "b") for i, t in enumerate(texts)])
    assert max(cross_validate(data, seeds=[0])) < 0.8


def test_settings_and_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert _setting("C=0.5") == ("C", 0.5) and _setting("markers=false") == ("markers", False)
    lines = ["- intent: greet\n  examples: |\n" + "".join(f"    - {t}\n" for t in GREET)]
    lines.append("- intent: faq_cancel\n  examples: |\n" + "".join(f"    - {t}\n" for t in CANCEL))
    (tmp_path / "nlu.yml").write_text('version: "3.1"\nnlu:\n' + "".join(lines))
    assert len(examples(tmp_path)) == len(GREET) + len(CANCEL)
    assert main(["--data", str(tmp_path), "--seeds", "1", "--set", "C=0.5"]) == 0
    assert "mean" in capsys.readouterr().out


def test_score_only_counts_just_the_listed_examples():
    # Greetings are easy, but half the cancel examples carry a label without signal: scoring
    # only the greetings leaves the noisy ones out.
    noisy = [(t, "faq_cancel" if i % 2 else "noise") for i, t in enumerate(CANCEL * 2)]
    data = messages([(t, "greet") for t in GREET] + noisy)
    everything = cross_validate(data, seeds=[0])
    greetings = cross_validate(data, seeds=[0], score_only={(t, "greet") for t in GREET})
    assert greetings[0] > everything[0]
    with pytest.raises(ValueError):
        cross_validate(data, seeds=[0], score_only={("niet in de data", "greet")})
