"""Reading state: which briefings were opened and where the reader left off."""

from __future__ import annotations

import contextlib
import threading
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.clean import clean_tree
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import write_atomic

READING_FORMAT = 1


class Position(msgspec.Struct, frozen=True, kw_only=True):
    claim: str = ""  # focused claim id, empty for none
    scroll: float = 0.0  # article scroll offset in lines


class ReadingFile(msgspec.Struct, kw_only=True):
    format: int = READING_FORMAT
    positions: dict[str, Position] = {}


def _write(path: Path, data: dict[str, Any]) -> None:
    import tomli_w  # only when a position is written: the first frame reads, never writes

    write_atomic(path, tomli_w.dumps(data).encode("utf-8"))


class _BackgroundWriter:
    """Writes the latest of the snapshots given to it, one at a time, on a thread of its own.

    The thread lives while there is something to write, and is not a daemon: a
    write under way when the program ends is finished, not cut off. A snapshot
    given while another is written replaces any older one still waiting.
    """

    def __init__(self, path: Path, on_error: Callable[[OSError], None]) -> None:
        self._path = path
        self._on_error = on_error
        self._lock = threading.Lock()
        self._done = threading.Condition(self._lock)
        self._waiting: dict[str, Any] | None = None
        self._thread: threading.Thread | None = None

    def submit(self, data: dict[str, Any]) -> None:
        with self._lock:
            self._waiting = data
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="reading-writer")
                self._thread.start()

    def _run(self) -> None:
        try:
            while self._write_next():
                pass
        except BaseException:  # a bug, not a disk error: flush() must still return
            with self._lock:
                self._thread = None
                self._done.notify_all()
            raise

    def _write_next(self) -> bool:
        """Write the waiting snapshot; False (the thread ends) when there is none."""
        with self._lock:
            data, self._waiting = self._waiting, None
            if data is None:
                self._thread = None
                self._done.notify_all()
                return False
        try:
            _write(self._path, data)
        except OSError as error:
            with contextlib.suppress(Exception):  # the writer goes on whatever the callback does
                self._on_error(error)
        return True

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything given has been written (or failed); False on timeout."""
        with self._lock:
            return self._done.wait_for(lambda: self._thread is None, timeout)


class ReadingState:
    """Positions per briefing id. A damaged file is treated as empty, never fatal.

    `remember()` writes the file at once (atomic, fsynced) and raises OSError;
    after `write_in_background()` it returns at once and a thread writes it
    (the app: an fsync on the UI thread is a visible pause when leaving a briefing).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data = self._read()
        self._writer: _BackgroundWriter | None = None

    def _read(self) -> ReadingFile:
        try:
            raw = clean_tree(tomllib.loads(read_regular(self.path).decode("utf-8")))
            return msgspec.convert(raw, ReadingFile)
        except (
            OSError,
            UnicodeDecodeError,
            tomllib.TOMLDecodeError,
            RecursionError,
            msgspec.ValidationError,
        ):
            return ReadingFile()

    def write_in_background(self, on_error: Callable[[OSError], None]) -> None:
        """From now on remember() hands the file to a writer thread; a failed write calls
        `on_error` on that thread (so it must only pass the error on, thread-safely)."""
        if self._writer is None:
            self._writer = _BackgroundWriter(self.path, on_error)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait for positions still being written; True once they are on disk (or failed)."""
        return self._writer.flush(timeout) if self._writer is not None else True

    def is_read(self, briefing_id: str) -> bool:
        return briefing_id in self._data.positions

    def position(self, briefing_id: str) -> Position | None:
        return self._data.positions.get(briefing_id)

    def remember(self, briefing_id: str, position: Position) -> None:
        if self._data.positions.get(briefing_id) == position and self.path.exists():
            return
        self._data.positions[briefing_id] = position
        data = msgspec.to_builtins(self._data)  # a snapshot: the writer thread owns it
        if self._writer is None:
            _write(self.path, data)
        else:
            self._writer.submit(data)
