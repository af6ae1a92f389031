"""A durable append-only JSONL queue on local disk.

Used by the intake when Redis cannot be reached: every record is appended as one line and
fsynced before `append` returns, so a crash right after loses nothing. A separate offset file
remembers how far delivery got; it is replaced atomically (write, fsync, rename). Delivery that
crashes between sending a record and saving the offset resends that record, so the receiver
must be idempotent (the intake's delivery is: one stream entry per complaint id).

Several processes may share one spool directory: appends and offset updates take an exclusive
`flock` on `<name>.lock`.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def fsync_dir(path: Path) -> None:
    """Make a file creation or rename in `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: str) -> None:
    """Replace `path` with `data`: write a temp file, fsync it, rename it, fsync the directory."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class Spool:
    def __init__(self, directory: Path, name: str = "intake"):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / f"{name}.spool.jsonl"
        self.offset_path = self.directory / f"{name}.spool.offset"
        self.rejected_path = self.directory / f"{name}.spool.rejected"
        self.lock_path = self.directory / f"{name}.lock"

    @contextmanager
    def locked(self) -> Iterator[None]:
        with self.lock_path.open("a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def _offset(self) -> int:
        try:
            offset = int(self.offset_path.read_text(encoding="ascii").strip() or 0)
        except (FileNotFoundError, ValueError):
            return 0
        # An offset past the end means the file was emptied behind our back: read it all again
        # (delivery is idempotent, so at worst something is resent, never lost).
        return offset if offset <= self._size() else 0

    def _size(self) -> int:
        try:
            return self.path.stat().st_size
        except FileNotFoundError:
            return 0

    def append(self, obj: dict[str, Any]) -> None:
        """Append one record and fsync it before returning."""
        line = json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"
        with self.locked():
            created = not self.path.exists()
            with self.path.open("ab") as fh:
                # A crash mid-write can leave a torn last line: start on a fresh line.
                if fh.tell() > 0:
                    with self.path.open("rb") as reader:
                        reader.seek(-1, os.SEEK_END)
                        if reader.read(1) != b"\n":
                            fh.write(b"\n")
                fh.write(line.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
            if created:
                fsync_dir(self.directory)

    def has_pending(self) -> bool:
        return self._size() > self._offset()

    def pending(self, limit: int = 100) -> list[tuple[int, dict[str, Any] | None]]:
        """Up to `limit` undelivered records, oldest first, each with the offset after it.

        A line that is not valid JSON (a torn write) is copied to `.rejected` and comes back as
        None, so the caller can step over it.
        """
        out: list[tuple[int, dict[str, Any] | None]] = []
        with self.locked():
            offset = self._offset()
            if self._size() <= offset:
                return out
            with self.path.open("rb") as fh:
                fh.seek(offset)
                for raw in fh:
                    if not raw.endswith(b"\n"):
                        break  # still being written by another process
                    offset += len(raw)
                    if not raw.strip():
                        continue
                    try:
                        out.append((offset, json.loads(raw)))
                    except ValueError:
                        log.error("unreadable spool line moved to %s", self.rejected_path)
                        with self.rejected_path.open("ab") as bad:
                            bad.write(raw)
                            bad.flush()
                            os.fsync(bad.fileno())
                        out.append((offset, None))
                    if len(out) >= limit:
                        break
        return out

    def _save_offset(self, offset: int) -> None:
        write_atomic(self.offset_path, f"{offset}\n")

    def advance(self, offset: int) -> None:
        """Mark everything before `offset` delivered; empty the spool once it is all delivered."""
        with self.locked():
            if offset >= self._size():
                # Everything delivered: start afresh. Offset first, then truncate: a crash in
                # between resends delivered records (idempotent), it never skips new ones.
                self._save_offset(0)
                with self.path.open("r+b") as fh:
                    fh.truncate(0)
                    fh.flush()
                    os.fsync(fh.fileno())
            else:
                self._save_offset(offset)
