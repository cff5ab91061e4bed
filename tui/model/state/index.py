"""The library index: every briefing's summary and words in one SQLite file.

A library of 10,000 briefings has to open as fast as an empty one, and parsing
a briefing costs milliseconds. So the summaries the library screen needs are
kept in `StatePaths.index_file`, keyed by path, size and mtime_ns:

- `cached_entries()` reads them back without touching a briefing file, for the
  first frame;
- `refresh(folders)` stats every file in one directory walk, parses only the
  new and changed ones, forgets the deleted ones, and returns the entries in
  library order (as `scan_library` would);
- `search(query)` ranks paths with SQLite's FTS5 over title, dek, outlet, tags
  and body text, each word matched as a prefix so filtering works as you type
  (it and the other reads are in index_reading).

The file is a cache. One that is missing or of another format is deleted
and built again without a word; one that is damaged too, and
`take_damage_repaired()` says so once. Damage is found on every read: SQLite
reports broken pages, each row read is checked against its checksum (SQLite
keeps none), and the first refresh of a start runs integrity_check. WAL mode
and a busy timeout let several threads and processes share it; each thread
uses its own connection.

Two contentless FTS5 tables keep the text small: `fts_meta` (title, dek,
outlet, tags; ranked by BM25, rows deleted exactly, since their text is in the
stored summary) and `fts_body` (headings, paragraphs, claims; detail=none, for
matching only). A body row cannot be deleted without its text, which is not
kept; instead a changed or removed briefing's row id is retired and never used
again, so its old words match nothing. When retired rows outnumber live ones
the body table is emptied and every briefing parsed again.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui.model.state.entry import Entry
from tui.model.state.index_build import (
    POOL_MIN,
    Row,
    forget,
    parse_file,
    parse_in_pool,
    pool_size,
    write_rows,
)
from tui.model.state.index_reading import IndexReading, has_fts5
from tui.model.state.index_schema import (
    _CHECKED_COLUMNS,
    _SELECT_KNOWN,
    _SELECT_OLD,
    _SELECT_STATS,
    INDEX_FORMAT,
    DamagedIndex,
    _add_retired,
    _check_body,
    _check_structure,
    _checked_entry,
    _collector_paused,
    _refilling_since,
    _set_filled,
    _set_refilling,
    _transaction,
)
from tui.model.state.index_search import bump_generation
from tui.model.state.index_search import generation as generation_of
from tui.model.state.index_text import body_text
from tui.model.state.library_walk import library_files

__all__ = [
    "BATCH_ROWS",
    "BATCH_SECONDS",
    "INDEX_FORMAT",
    "Changes",
    "LibraryIndex",
    "body_text",
    "has_fts5",
    "library_files",
]

# fts_body is emptied and filled again once retired rows outnumber live ones
# and are more than this many.
GARBAGE_FLOOR = 1000

# reindex() commits at least this often, so progress is kept and readers see it.
BATCH_SECONDS = 0.25
BATCH_ROWS = 500


@dataclass(frozen=True)
class Changes:
    """What one directory walk found, compared with the index."""

    new_or_changed: list[Path]
    gone: list[str]
    # Every briefing file now in the library, in library order.
    present: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.new_or_changed and not self.gone


class LibraryIndex(IndexReading):
    """The index at `path` (normally `state_paths().index_file`).

    Safe to share between threads: each thread gets its own connection.
    """

    def __init__(self, path: Path) -> None:
        self._structure_checked = False
        self._body_checked = False
        self._folders: Iterable[Path] | None = None  # the last refresh's
        self._updates = 0  # refreshes running (see updating)
        super().__init__(path)

    # -- reading (more in IndexReading) -----------------------------------

    def scan_changes(self, folders: Iterable[Path]) -> Changes:
        """Walk `folders` once (stat only, no parsing) and compare with the index."""
        found = library_files(folders)

        def compare(db: sqlite3.Connection) -> Changes:
            known = {path: (size, mtime) for path, size, mtime in db.execute(_SELECT_STATS)}
            changed = [Path(p) for p, stats in found.items() if known.get(p) != stats]
            gone = [p for p in known if p not in found]
            return Changes(new_or_changed=changed, gone=gone, present=list(found))

        return self._guarded(compare)

    def warm_search(self) -> None:
        """Prepare search (the library order) on this thread, so the first keystroke need not.

        Once per start, after the first refresh (the list is shown by then), fts_body is
        checked first; damage there rebuilds the index and refreshes it again."""
        if not self._fts:
            return
        with self._updating():
            if not self._body_checked and self._folders is not None:
                self._body_checked = True
                generation = self._generation
                self._guarded(_check_body)
                if self._generation != generation:
                    self.refresh(self._folders)  # searches match the list in hand meanwhile
            self._guarded(self._searcher.warm)

    @property
    def updating(self) -> bool:
        """Whether a refresh (or warm_search's check, which may refill) runs in this process:
        a caller that found the index emptied need not start another."""
        return self._updates > 0

    @contextlib.contextmanager
    def _updating(self) -> Iterator[None]:
        with self._lock:
            self._updates += 1
        try:
            yield
        finally:
            with self._lock:
                self._updates -= 1

    # -- writing -----------------------------------------------------------

    def refresh(
        self, folders: Iterable[Path], *, on_entry: Callable[[Entry], None] | None = None
    ) -> list[Entry]:
        """Bring the index up to date with `folders`; their entries in library order.

        `on_entry` sees each new or changed entry as it is stored (see reindex).
        """
        with self._updating():
            if not self._structure_checked:
                # Once per start, after the first frame (which reads only one checked page).
                self._structure_checked = True
                self._guarded(_check_structure)
            self._folders = folders
            generation = self._generation
            entries, began = self._refresh_pass(folders, on_entry)
            if self._generation != generation:
                # Damage found part-way rebuilt the file empty: what was compared before is gone.
                generation = self._generation
                entries, began = self._refresh_pass(folders, on_entry)

            def filled(db: sqlite3.Connection) -> None:
                # Not if damage was found meanwhile (the file is empty again), nor if the
                # index was emptied after this refresh's walk began.
                if self._generation != generation:
                    return
                since = _refilling_since(db)
                if since is not None and since <= began:
                    with _transaction(db):
                        if _refilling_since(db) == since:
                            _set_filled(db)
                            bump_generation(db)

            self._guarded(filled)
        return entries

    def _refresh_pass(
        self, folders: Iterable[Path], on_entry: Callable[[Entry], None] | None
    ) -> tuple[list[Entry], int]:
        """The entries, and the generation of the index when the walk began."""
        if self._fts:
            self._guarded(_collect_garbage)
        began = self._guarded(generation_of)
        changes = self.scan_changes(folders)
        if changes.gone:
            self.remove(changes.gone)
        if changes.new_or_changed:
            self.reindex(changes.new_or_changed, on_entry=on_entry)

        def finish(db: sqlite3.Connection) -> list[Entry]:
            wanted = {path: number for number, path in enumerate(changes.present)}
            rows = db.execute(f"SELECT position, {_CHECKED_COLUMNS} FROM entries").fetchall()
            slots: list[tuple[object, ...] | None] = [None] * len(wanted)
            moves: list[tuple[int, str]] = []
            for position, *checked in rows:
                path = checked[0]
                number = wanted.get(path) if isinstance(path, str) else None
                if number is not None:
                    slots[number] = tuple(checked)
                    if number != position:
                        moves.append((number, path))
            if moves:
                with _transaction(db):
                    db.executemany("UPDATE entries SET position = ? WHERE path = ?", moves)
                    bump_generation(db)
            with _collector_paused():
                return [_checked_entry(row) for row in slots if row is not None]

        return self._guarded(finish), began

    def reindex(
        self, paths: Iterable[Path], *, on_entry: Callable[[Entry], None] | None = None
    ) -> list[Entry]:
        """Parse `paths` and store them; the entries, broken ones included.

        A file that no longer exists is removed instead. One whose size and
        mtime match the index (another process got there first) is not parsed
        again. Rows are committed in batches; `on_entry` is called for each
        entry once its batch is committed.
        """
        entries: list[Entry] = []
        batch: list[Row] = []
        vanished: list[str] = []
        deadline = time.monotonic() + BATCH_SECONDS

        def flush() -> None:
            nonlocal deadline
            if batch:
                self._guarded(lambda db: write_rows(db, batch, self._fts))
                for row in batch:
                    entries.append(row.entry)
                    if on_entry is not None:
                        on_entry(row.entry)
                batch.clear()
            deadline = time.monotonic() + BATCH_SECONDS

        for path, row in self._rows(list(paths)):
            if row is None:
                vanished.append(str(path))
            else:
                batch.append(row)
            if len(batch) >= BATCH_ROWS or time.monotonic() >= deadline:
                flush()
        flush()
        if vanished:
            self.remove(vanished)
        return entries

    def remove(self, paths: Iterable[str | Path]) -> None:
        """Forget `paths` (as Entry.path strings); unknown ones are ignored."""
        names = [str(p) for p in paths]

        def delete(db: sqlite3.Connection) -> None:
            with _transaction(db):
                bump_generation(db)
                retired = 0
                for name in names:
                    old = db.execute(_SELECT_OLD, (name,)).fetchone()
                    if old is not None:
                        retired += forget(db, old, self._fts)
                _add_retired(db, retired)

        if names:
            self._guarded(delete)

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- parsing -----------------------------------------------------------

    def _row(self, path: Path) -> Row | None:
        """`path` parsed, or as indexed when its size and mtime match; None if it is gone."""
        try:
            info = os.stat(path)
        except OSError:
            return None  # not a file any more: not in the library either
        if not stat.S_ISREG(info.st_mode):
            return None

        def read(db: sqlite3.Connection) -> Entry | None:
            known = db.execute(_SELECT_KNOWN, (str(path),)).fetchone()
            if known is None or (known[0], known[1]) != (info.st_size, info.st_mtime_ns):
                return None
            return _checked_entry(known[2:])

        entry = self._guarded(read)
        if entry is not None:
            return Row(entry, info.st_size, info.st_mtime_ns, "", known=True)
        return parse_file(str(path))

    def _rows(self, paths: list[Path]) -> Iterator[tuple[Path, Row | None]]:
        """Each path with its row; many new files are parsed in worker processes."""
        if len(paths) < POOL_MIN or pool_size() < 2:
            yield from ((path, self._row(path)) for path in paths)
            return
        known = self._guarded(lambda db: {p: (s, m) for p, s, m in db.execute(_SELECT_STATS)})
        unparsed: list[Path] = []
        for path in paths:
            try:
                info = os.stat(path)
            except OSError:
                yield path, None
                continue
            if known.get(str(path)) == (info.st_size, info.st_mtime_ns):
                yield path, self._row(path)  # indexed as it is: read, not parsed
            else:
                unparsed.append(path)
        yield from parse_in_pool(unparsed)


# CAST: a damaged value still reads as a number (int() of its text raised ValueError).
_RETIRED = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'retired'"


def _collect_garbage(db: sqlite3.Connection) -> None:
    """Empty fts_body once mostly retired rows are left in it; then every file is parsed again."""
    row = db.execute(_RETIRED).fetchone()
    if row is None:  # a damaged file lost the row (found by the full fuzz run: a TypeError escaped)
        raise DamagedIndex("database disk image is malformed: no 'retired' in meta")
    retired = int(row[0] or 0)
    if retired <= GARBAGE_FLOOR:
        return
    with _transaction(db):
        live = db.execute("SELECT COUNT(*) FROM entries WHERE has_body").fetchone()[0]
        retired = int(db.execute(_RETIRED).fetchone()[0] or 0)
        if retired > max(GARBAGE_FLOOR, live):
            db.execute("INSERT INTO fts_body (fts_body) VALUES ('delete-all')")
            bump_generation(db)
            db.execute("UPDATE entries SET size = -1, has_body = 0")
            _set_refilling(db)  # the body text of every briefing is gone until parsed again
            db.execute("UPDATE meta SET value = '0' WHERE key = 'retired'")
