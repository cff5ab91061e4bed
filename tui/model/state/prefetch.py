"""Read the library index in a thread while the terminal UI starts up.

SQLite releases the GIL while it reads, so fetching 10,000 cached summaries
overlaps with Textual's own start-up instead of delaying the first frame.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from tui.model.state.index import LibraryIndex
from tui.model.state.library import Entry


def open_index(path: Path) -> LibraryIndex | None:
    """The library index, or None (scan without it) if it cannot be opened at all."""
    try:
        return LibraryIndex(path)
    except (OSError, sqlite3.Error):
        return None


def in_folders(entries: list[Entry], folders: list[Path]) -> list[Entry]:
    """The indexed entries that belong to this run's library folders."""
    files = {str(f) for f in folders}
    prefixes = tuple(str(f).rstrip("/") + "/" for f in folders)
    return [e for e in entries if e.path.startswith(prefixes) or e.path in files]


class IndexPrefetch:
    """Opens the index and reads its entries on a background thread, once."""

    def __init__(self, index_file: Path, folders: list[Path]) -> None:
        self._index_file = index_file
        self._folders = folders
        self._index: LibraryIndex | None = None
        self._entries: list[Entry] = []
        self._thread = threading.Thread(target=self._read, name="index-prefetch", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        index = open_index(self._index_file)
        if index is None:
            return
        try:
            self._entries = in_folders(index.cached_entries(), self._folders)
        except (OSError, sqlite3.Error):
            self._entries = []  # the refresh that follows rebuilds what it needs
        self._index = index

    def result(self) -> tuple[LibraryIndex | None, list[Entry]]:
        """The opened index (None if unusable) and its cached entries for these folders."""
        self._thread.join()
        return self._index, self._entries
