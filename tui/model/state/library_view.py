"""The library as the running app knows it, shared by every screen and by the CLI.

One `LibraryView` holds the entries in listing order, whether the listing is
complete (the index refreshed against the folders) or still loading, and a
small cache of parsed briefings. The library screen's worker only fills it;
everyone else reads it. Staleness — is a bookmark's briefing or item still in
the library? — is decided here once, by `stale_bookmarks`, and is *unknown*
(None) while the library is loading, never "gone".
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from tui.model.state.entry import Entry

if TYPE_CHECKING:  # the index, loader and bookmarks wait until used: the first frame needs none
    from tui.model.format.records import Briefing
    from tui.model.state.bookmarks import Bookmark, Key
    from tui.model.state.index import LibraryIndex

# Parsed briefings kept for the bookmarks screen and staleness checks; a few
# are plenty (they are re-read when their file changes) and a huge one is MBs.
BRIEFING_CACHE_SIZE = 16


class LibraryView:
    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._by_path: dict[str, Entry] = {}
        self._by_id: dict[str, Entry] = {}
        self._order: list[str] = []
        self._complete = False
        # briefing id -> (file identity, parsed briefing or None when broken)
        self._cache: OrderedDict[str, tuple[tuple[int, int], Briefing | None]] = OrderedDict()
        self._listeners: list[Callable[[], None]] = []

    # ------------------------------------------------------------ filling

    def fill(self, entries: list[Entry], *, complete: bool) -> None:
        """Replace the listing; `complete` once it reflects the folders as they are now."""
        self._entries = entries
        self._by_path = {e.path: e for e in entries}
        self._by_id = {}
        for entry in entries:
            if entry.summary is not None:
                self._by_id.setdefault(entry.summary.id, entry)
        self._order = list(self._by_id)
        self._complete = complete
        for listener in list(self._listeners):
            listener()

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Call `listener` after every fill (e.g. to redraw staleness once loading ends)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # ------------------------------------------------------------ reading

    @property
    def entries(self) -> list[Entry]:
        """Every file, broken ones included, in listing (path) order."""
        return self._entries

    @property
    def loaded(self) -> bool:
        """True once the listing is complete; until then absence means nothing."""
        return self._complete

    @property
    def order(self) -> list[str]:
        """Briefing ids in listing order, each once (the first file with an id wins)."""
        return self._order

    def entry_at(self, path: str) -> Entry | None:
        return self._by_path.get(path)

    def entries_at(self, paths: list[str]) -> list[Entry]:
        """The listed entries of `paths`, in that order (unlisted ones left out); fast for 10,000."""
        found = list(map(self._by_path.get, paths))  # in C: a third of a keystroke's time otherwise
        return [entry for entry in found if entry is not None]

    def entry_for(self, briefing_id: str) -> Entry | None:
        return self._by_id.get(briefing_id)

    def briefing(self, briefing_id: str) -> Briefing | None:
        """The parsed briefing with this id, from the cache unless its file changed;
        None if it is not listed, broken, or unreadable now."""
        entry = self._by_id.get(briefing_id)
        if entry is None:
            return None
        try:
            stat = os.stat(entry.path)
        except OSError:
            return None
        identity = (stat.st_mtime_ns, stat.st_size)
        cached = self._cache.get(briefing_id)
        if cached is not None and cached[0] == identity:
            self._cache.move_to_end(briefing_id)
            return cached[1]
        from tui.model.format.loader import load_briefing
        from tui.model.format.problems import BriefingError

        try:
            briefing: Briefing | None = load_briefing(Path(entry.path))
        except BriefingError:
            briefing = None
        self._cache[briefing_id] = (identity, briefing)
        while len(self._cache) > BRIEFING_CACHE_SIZE:
            self._cache.popitem(last=False)
        return briefing


def stale_bookmarks(bookmarks: Iterable[Bookmark], library: LibraryView) -> frozenset[Key] | None:
    """Keys of bookmarks whose briefing, or item within it, has left the library.

    None while the library is still loading: staleness is then unknown, and
    nothing may be called gone. A listed briefing that cannot be parsed now is
    checked by its id only.
    """
    if not library.loaded:
        return None
    from tui.model.state.bookmarks import stale_keys

    bookmarks = list(bookmarks)
    listed = {b.briefing_id for b in bookmarks if library.entry_for(b.briefing_id) is not None}
    return frozenset(stale_keys(bookmarks, {i: library.briefing(i) for i in listed}))


def scan_library(folders: Iterable[Path]) -> list[Entry]:
    """Every briefing file under `folders`, each parsed now (no index), in library order."""
    from tui.model.state.library import load_entry
    from tui.model.state.library_walk import library_files

    return [load_entry(Path(path)) for path in library_files(folders)]


def read_library(
    index: LibraryIndex | None,
    folders: list[Path],
    progress: Callable[[list[Entry]], None] | None = None,
) -> list[Entry]:
    """Every briefing file in `folders` as an entry: from the index, brought up to
    date (only changed files are parsed), or by parsing them all when there is no index.
    `progress` gets the entries so far about once a second on a cold index."""
    if index is None:
        return scan_library(folders)
    last = time.monotonic()

    def arrived(_entry: Entry) -> None:
        # Progress about once a second, not per file.
        nonlocal last
        if progress is not None and time.monotonic() - last > 1.0:
            last = time.monotonic()
            progress(index.cached_entries())

    return index.refresh(folders, on_entry=arrived)
