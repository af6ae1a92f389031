"""Label records from people, and training with an extra labels file."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from flexbot.complaints.labels import InvalidLabel, append_labels, label_record, read_labels, to_training_rows


def test_label_record_shape() -> None:
    rec = label_record(
        "Mijn jurist belt nooit terug.",
        "complaint",
        "customer",
        conversation_id="c1",
        at=datetime(2026, 12, 3, 11, 0, tzinfo=timezone.utc),
    )
    assert rec == {
        "text": "Mijn jurist belt nooit terug.",
        "label": "complaint",
        "source": "customer",
        "at": "2026-12-03T11:00:00+00:00",
        "conversation_id": "c1",
    }
    assert datetime.fromisoformat(label_record("x", "no_complaint", "handler")["at"]).tzinfo is not None


@pytest.mark.parametrize(
    "args",
    [
        ("", "complaint", "customer"),
        ("x", "klacht", "customer"),
        ("x", "complaint", "desk"),
        (None, "complaint", "social"),
    ],
)
def test_invalid_records_are_refused(args) -> None:
    with pytest.raises(InvalidLabel):
        label_record(*args)
    with pytest.raises(InvalidLabel):
        label_record("x", "complaint", "social", at="2026-12-03T11:00:00")  # no zone


def test_read_and_append(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    assert (
        append_labels(
            path,
            [label_record("Geen klacht, gewoon een vraag.", "no_complaint", "handler", complaint_id="KL-2026-000001")],
        )
        == 1
    )
    append_labels(path, [label_record("Jullie zijn traag.", "complaint", "social", post_id="p9")])
    records = read_labels(path)
    assert [r["source"] for r in records] == ["handler", "social"]
    assert records[0]["complaint_id"] == "KL-2026-000001"
    path.write_text(path.read_text() + '{"text": "x", "label": "maybe", "source": "customer"}\n')
    with pytest.raises(InvalidLabel, match=":3:"):
        read_labels(path)


def test_newest_label_per_text_wins() -> None:
    rows = to_training_rows(
        [
            label_record("Ik wacht al weken.", "complaint", "social", at="2026-12-01T10:00:00+00:00"),
            label_record("ik  wacht al weken.", "no_complaint", "handler", at="2026-12-02T10:00:00+00:00"),
        ]
    )
    assert len(rows) == 1 and rows[0]["label"] == "no_complaint" and rows[0]["category"] == "label:handler"


def test_training_reads_a_labels_file(tmp_path: Path) -> None:
    """A labelled line changes the model version and is learnt; the launcher passes --labels on."""
    from flexbot.complaints.detector import ComplaintDetector, train_if_stale
    from flexbot.complaints.train import DEFAULT_DATA, data_hash

    labels = tmp_path / "labels.jsonl"
    text = "Het formulier op de site sprong steeds terug naar stap één."
    append_labels(labels, [label_record(text, "complaint", "customer")] * 3)
    out = tmp_path / "model"
    assert train_if_stale(out, labels=labels) is True
    meta = json.loads((out / "detector.json").read_text())
    assert meta["labels"].endswith("labels.jsonl") and meta["train_lines"] > 1000
    detector = ComplaintDetector.from_path(out)
    assert detector.version.endswith(data_hash(DEFAULT_DATA, labels))
    assert train_if_stale(out, labels=labels) is False
    assert detector.detect(text).decision in ("complaint", "ask")


def test_launcher_train_accepts_labels() -> None:
    from flexbot.launcher import cli

    args = cli.build_parser().parse_args(["train", "--labels", "x.jsonl"])
    assert str(args.labels) == "x.jsonl"


async def test_judgements_on_the_stream_export_to_a_training_file(redis_url, tmp_path) -> None:
    """The learning loop: customer, social team and handler judgements -> `flexbot labels export`."""
    from flexbot.complaints import labels
    from flexbot.streams import redis_client

    client = redis_client(redis_url)
    await labels.publish(client, "Tja, had ik anders gedacht.", "no_complaint", "customer", conversation_id="c1")
    await labels.publish(client, "@ARAG waar blijft mijn antwoord", "complaint", "social", platform_id="9")
    pipe = client.pipeline()
    labels.queue(pipe, "Ik wil mijn polis opzeggen.", "no_complaint", "handler", complaint_id="KL-2026-000001")
    await pipe.execute()
    out = tmp_path / "labels.jsonl"
    assert await labels.export(client, out) == 3
    await client.close()
    rows = to_training_rows(read_labels(out))
    assert {(r["text"], r["label"]) for r in rows} == {
        ("Tja, had ik anders gedacht.", "no_complaint"),
        ("@ARAG waar blijft mijn antwoord", "complaint"),
        ("Ik wil mijn polis opzeggen.", "no_complaint"),
    }
