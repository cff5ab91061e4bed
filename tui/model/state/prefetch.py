"""Read the library index in a thread while the terminal UI starts up.

The first frame needs one screenful: the thread reads the count and the first
page in the library's first order with `index_pages.PageReader` (SQLite
releases the GIL while it reads), overlapping Textual's own start-up. Opening
the full `LibraryIndex` (which checks, repairs and searches the file; its
modules cost more to import than the page costs to read) and decoding every
summary wait until `resume()` (once the first frame is painted), so that
neither competes with the first frame for the GIL.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, overload

from tui.model.state.entry import Entry
from tui.model.state.index_pages import PageReader

if TYPE_CHECKING:
    from tui.model.state.index import LibraryIndex

# Rows read per page: more than any terminal shows at once.
PAGE_ROWS = 60


def open_index(path: Path) -> LibraryIndex | None:
    """The library index, or None (scan without it) if it cannot be opened at all."""
    from tui.model.state.index import LibraryIndex

    try:
        return LibraryIndex(path)
    except (OSError, sqlite3.Error):
        return None


def in_folders(entries: list[Entry], folders: list[Path]) -> list[Entry]:
    """The indexed entries that belong to this run's library folders."""
    files = {str(f) for f in folders}
    prefixes = tuple(str(f).rstrip("/") + "/" for f in folders)
    return [e for e in entries if e.path.startswith(prefixes) or e.path in files]


class IndexPages(Sequence[Entry]):
    """The indexed entries of some folders in one sort order, read from the index a page at a time.

    For the first frame and the moments after it, until every entry is decoded.
    """

    def __init__(
        self, reader: PageReader, folders: list[Path], sort: str, count: int, first: list[Entry]
    ) -> None:
        self._reader = reader
        self._folders = folders
        self.sort = sort
        self._count = count
        self._pages: dict[int, list[Entry]] = {0: first}

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Entry: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Entry]: ...
    def __getitem__(self, index: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(index, slice):
            return [self[n] for n in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        number, offset = divmod(index, PAGE_ROWS)
        page = self._pages.get(number)
        if page is None:
            try:
                page = self._reader.page(self.sort, number * PAGE_ROWS, PAGE_ROWS, self._folders)
            except (OSError, sqlite3.Error):
                page = []
            self._pages[number] = page
        if offset >= len(page):  # the index changed meanwhile: the full list is on its way
            raise IndexError(index)
        return page[offset]


class IndexPrefetch:
    """Reads the index on a background thread: first a page, then (on `resume()`) all of it."""

    def __init__(self, index_file: Path, folders: list[Path], sort: str = "date") -> None:
        self._index_file = index_file
        self._folders = folders
        self._sort = sort
        self._index: LibraryIndex | None = None
        self._pages: IndexPages | None = None
        self._entries: list[Entry] = []
        self._first_ready = threading.Event()
        self._resume = threading.Event()
        self._thread = threading.Thread(target=self._read, name="index-prefetch", daemon=True)
        self._thread.start()

    def _read(self) -> None:
        try:
            self._pages = self._first_page()
        finally:
            self._first_ready.set()
        self._resume.wait()
        index = open_index(self._index_file)
        self._index = index
        if index is None:
            return
        try:
            self._entries = in_folders(index.cached_entries(), self._folders)
        except (OSError, sqlite3.Error):
            self._entries = []  # the refresh that follows rebuilds what it needs

    def _first_page(self) -> IndexPages | None:
        reader = PageReader.open(self._index_file)
        if reader is None:
            return None
        try:
            count = reader.count(self._folders)
            first = reader.page(self._sort, 0, PAGE_ROWS, self._folders) if count else []
        except (OSError, sqlite3.Error):  # damage included (row checksums): rebuilt after the frame
            reader.close()
            return None
        if len(first) != min(count, PAGE_ROWS):  # changed between the two reads: no pages
            reader.close()
            return None
        return IndexPages(reader, self._folders, self._sort, count, first)

    def first_page(self) -> IndexPages | None:
        """The indexed entries of these folders, read by page; None without a readable index."""
        self._first_ready.wait()
        return self._pages

    def resume(self) -> None:
        """Go on to open the full index and decode every entry (once the first frame is on screen)."""
        self._resume.set()

    def result(self) -> tuple[LibraryIndex | None, list[Entry]]:
        """The opened index (None if unusable) and all its cached entries for these folders."""
        self._resume.set()
        self._thread.join()
        return self._index, self._entries
