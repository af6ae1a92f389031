"""The durable spool: order, progress across instances, torn writes."""

from __future__ import annotations

from pathlib import Path

from flexbot.intake.spool import Spool


def test_records_come_back_in_order_and_progress_survives_a_new_instance(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    for n in range(5):
        spool.append({"n": n, "text": "Bedankt voor niks 😡"})
    batch = spool.pending(limit=2)
    assert [r["n"] for _, r in batch] == [0, 1]
    spool.advance(batch[-1][0])

    again = Spool(tmp_path)  # e.g. after a process restart
    rest = again.pending()
    assert [r["n"] for _, r in rest] == [2, 3, 4]
    again.advance(rest[-1][0])
    assert not again.has_pending()
    assert again.path.stat().st_size == 0  # emptied once everything is delivered
    again.append({"n": 5})
    assert [r["n"] for _, r in again.pending()] == [5]


def test_a_torn_line_is_set_aside_and_later_records_are_kept(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.append({"n": 1})
    with spool.path.open("ab") as fh:
        fh.write(b'{"n": 2, "text": "half')  # crash in the middle of a write
    spool.append({"n": 3})
    batch = spool.pending()
    assert [r and r["n"] for _, r in batch] == [1, None, 3]
    assert b"half" in spool.rejected_path.read_bytes()


def test_offset_past_the_end_rereads_instead_of_skipping(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.append({"n": 1})
    spool.offset_path.write_text("99999\n")
    assert [r["n"] for _, r in spool.pending()] == [1]
