"""The learned reader of conflict kinds (flexbot/flexpolis/kind_reader.py): its data, its threshold, its model
files, and what it reads in stories written for these tests (not in its data)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from flexbot.flexpolis import kind_reader


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_a_kind_outside_the_knowledge_file_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "a1.jsonl", [{"text": "De buurman zaagt mijn heg om.", "kind": "buren"}])
    with pytest.raises(ValueError, match="a1.jsonl:1"):
        kind_reader.read_rows(tmp_path)


def test_none_lines_are_dealt_to_the_writers(tmp_path: Path) -> None:
    _write(tmp_path / "a1.jsonl", [{"text": "De buurman zaagt mijn heg om.", "kind": "burenconflict"}])
    _write(tmp_path / "b1.jsonl", [{"text": "Mijn baas betaalt mijn loon niet.", "kind": "arbeidsovereenkomst"}])
    _write(tmp_path / "none.jsonl", [{"text": t, "kind": "none"} for t in ("Ik heb Verkeer.", "Dank u wel!", "ja")])
    writers = [r["writer"] for r in kind_reader.read_rows(tmp_path) if r["kind"] == "none"]
    assert writers == ["a", "b", "a"]


def test_the_threshold_is_the_lowest_with_enough_right_kinds() -> None:
    probabilities = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    predicted = ["erfenis", "none", "erfenis", "erfenis", "burenconflict", "erfenis"]
    truth = ["erfenis", "none", "erfenis", "erfenis", "erfenis", "burenconflict"]
    # kinds let through from the top: 1/1, 2/2, 3/3, 3/4 (0.75), 3/5: the lowest at >= 0.85 is 0.6
    assert kind_reader.choose_threshold(probabilities, predicted, truth) == 0.6


def test_the_temperature_sharpens_confident_scores() -> None:
    scores = np.array([[2.0, -1.0, -1.0], [-1.0, 2.0, -1.0], [-1.0, -1.0, 2.0]])
    always_right = kind_reader.fit_temperature(scores, np.array([0, 1, 2]))
    once_wrong = kind_reader.fit_temperature(scores, np.array([0, 1, 0]))
    assert always_right > 5.0 and once_wrong < always_right  # a reader that errs is made less sure
    assert np.allclose(kind_reader.softmax(scores, 1.0).sum(axis=1), 1.0)


def test_a_saved_model_reads_as_it_was_trained(tmp_path: Path) -> None:
    stories = {
        "burenconflict": ["De buren draaien elke nacht harde muziek", "Mijn buurman bouwt een schuur tegen mijn erf"],
        "arbeidsovereenkomst": [
            "Mijn werkgever betaalt mijn loon al twee maanden niet",
            "Ik ben op staande voet ontslagen",
        ],
    }
    rows = [{"text": t, "kind": k} for k, texts in stories.items() for t in texts]
    rows += [{"text": t, "kind": "none"} for t in ("Ik heb Verkeer en Inkomen", "Wat is het maximum per zaak?")]
    _write(tmp_path / "a1.jsonl", rows)
    figures = kind_reader.train(tmp_path, tmp_path / "model")
    assert figures["texts"] == 6 and figures["kinds"] == 2
    reader = kind_reader.load(tmp_path / "model")
    assert reader.read("De buren draaien elke nacht harde muziek")[0] == "burenconflict"
    assert abs(reader.probabilities("Mijn werkgever betaalt mijn loon niet").sum() - 1.0) < 1e-9
    assert reader.kind("ontslagen") is None  # a short text is never read as a story


@pytest.fixture(scope="module")
def reader() -> kind_reader.KindReader:
    return kind_reader.reader()


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb Verkeer en Consument & Wonen, gezinspolis.",
        "Wat is het hoogste bedrag dat jullie per zaak betalen?",
        "Bedankt voor de snelle hulp, fijne dag verder!",
        "Mijn polisnummer is 4471-220-19, mail mij op j.devries@example.nl",
    ],
)
def test_no_story_no_kind(reader: kind_reader.KindReader, text: str) -> None:
    assert reader.kind(text) is None, reader.read(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Ik heb een cursus pottenbakken van 450 euro vooruitbetaald en na drie lessen is de docent met de noorderzon "
            "vertrokken. Ze reageert niet meer op mijn berichten.",
            "consumentenkoop",
        ),
        (
            "Mijn opa is in mei overleden en mijn oom, die executeur is, wil ons niet laten zien wat er op de rekeningen "
            "stond. Hij verkoopt al spullen uit het huis.",
            "erfenis",
        ),
        (
            "Na twaalf jaar bij de bakkerij krijg ik ineens te horen dat mijn contract per 1 maart stopt, zonder "
            "transitievergoeding. Mag dat zomaar?",
            "arbeidsovereenkomst",
        ),
        (
            "Iemand heeft mijn gedichten letterlijk overgenomen in zijn bundel en verkoopt die nu in de boekhandel.",
            "intellectueel_eigendom",
        ),
    ],
)
def test_stories_written_for_this_test(reader: kind_reader.KindReader, text: str, kind: str) -> None:
    assert reader.read(text)[0] == kind
