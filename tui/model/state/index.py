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
  and body text, each word matched as a prefix so filtering works as you type.

The file is a cache. One that is missing, not a database, damaged, or of
another format is deleted and built again without a word. WAL mode and a busy
timeout let several threads and processes share it; each thread uses its own
connection.

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
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import msgspec
from filelock import FileLock, Timeout

from tui.model.format import loader
from tui.model.format.problems import BriefingError
from tui.model.state.index_schema import (
    _DELETE_META,
    _INSERT_BODY,
    _INSERT_META,
    _SELECT_KNOWN,
    _SELECT_OLD,
    _SELECT_STATS,
    APPLICATION_ID,
    BUSY_TIMEOUT,
    INDEX_FORMAT,
    SORT_COLUMNS,
    _add_retired,
    _collector_paused,
    _connect,
    _Connection,
    _create,
    _decode,
    _fingerprint,
    _header_plausible,
    _is_damage,
    _loaded,
    _stamp,
    _stored,
    _transaction,
)
from tui.model.state.index_search import Searcher, SearchResult, bump_generation, query_words
from tui.model.state.index_text import _match_summaries, _meta_columns, body_text
from tui.model.state.library import Entry, sort_columns, summarize
from tui.model.state.library_walk import library_files

__all__ = [
    "BATCH_ROWS",
    "BATCH_SECONDS",
    "INDEX_FORMAT",
    "Changes",
    "LibraryIndex",
    "body_text",
    "library_files",
]

# fts_body is emptied and filled again once retired rows outnumber live ones
# and are more than this many.
GARBAGE_FLOOR = 1000

_FTS5: bool | None = None


def has_fts5() -> bool:
    """Whether this Python's SQLite has FTS5 (nearly all do).

    Without it nothing is lost but ranking and body text: search matches
    words in the summaries instead.
    """
    global _FTS5
    if _FTS5 is None:
        try:
            with contextlib.closing(sqlite3.connect(":memory:")) as probe:
                probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
            _FTS5 = True
        except sqlite3.Error:
            _FTS5 = False
    return _FTS5


# reindex() commits at least this often, so progress is kept and readers see it.
BATCH_SECONDS = 0.25
BATCH_ROWS = 500

T = TypeVar("T")


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


@dataclass(frozen=True)
class _Row:
    entry: Entry
    size: int
    mtime_ns: int
    body: str  # text for fts_body; not stored
    known: bool = False  # already in the index as it is: nothing to write


class LibraryIndex:
    """The index at `path` (normally `state_paths().index_file`).

    Safe to share between threads: each thread gets its own connection.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._local = threading.local()
        # Weak: a thread's connection closes when the thread ends and drops it.
        self._connections: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self._generation = 0
        self._fts = has_fts5()
        self._searcher = Searcher()
        self._open()

    # -- reading -----------------------------------------------------------

    def cached_entries(self) -> list[Entry]:
        """Everything indexed, in the order of the last refresh; reads no briefing file."""

        def read(db: sqlite3.Connection) -> list[Entry]:
            rows = db.execute("SELECT entry FROM entries ORDER BY position, path").fetchall()
            with _collector_paused():
                return [_loaded(blob) for (blob,) in rows]

        return self._guarded(read)

    def scan_changes(self, folders: Iterable[Path]) -> Changes:
        """Walk `folders` once (stat only, no parsing) and compare with the index."""
        found = library_files(folders)

        def compare(db: sqlite3.Connection) -> Changes:
            known = {path: (size, mtime) for path, size, mtime in db.execute(_SELECT_STATS)}
            changed = [Path(p) for p, stats in found.items() if known.get(p) != stats]
            gone = [p for p in known if p not in found]
            return Changes(new_or_changed=changed, gone=gone, present=list(found))

        return self._guarded(compare)

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Paths of briefings matching every word of `query` as a prefix, best first.

        See index_search. Any text is accepted: only its words are used, never
        FTS5 syntax. A query without words returns every indexed path in
        library order.
        """
        return self.search_result(query, limit).paths

    def search_result(self, query: str, limit: int | None = None) -> SearchResult:
        """As search(), saying whether the paths are ranked or in library order."""
        if limit is not None and limit <= 0:
            return SearchResult([], ranked=True)
        words = query_words(query)
        if not words:
            sql = "SELECT path FROM entries ORDER BY position, path LIMIT ?"
            paths = self._guarded(
                lambda db: [p for (p,) in db.execute(sql, (-1 if limit is None else limit,))]
            )
            return SearchResult(paths, ranked=False)
        if not self._fts:
            return SearchResult(_match_summaries(self.cached_entries(), words, limit), ranked=True)

        def run(db: sqlite3.Connection) -> SearchResult:
            try:
                return self._searcher.search(db, words, limit)
            except sqlite3.OperationalError as error:
                if str(error).startswith("fts5:"):
                    return SearchResult([], ranked=True)  # a word FTS5 splits into a phrase
                raise

        return self._guarded(run)

    def count(self, folders: Iterable[Path] | None = None) -> int:
        """How many entries are indexed (under `folders`, if given); decodes none."""
        where, parameters = _under(folders)
        return int(self._guarded(lambda db: db.execute(f"SELECT COUNT(*) FROM entries{where}", parameters))
                   .fetchone()[0])  # fmt: skip

    def page(self, sort: str, offset: int, limit: int, folders: Iterable[Path] | None = None) -> list[Entry]:
        """Entries `offset` to `offset + limit` in library.SORT_KEYS[sort] order, decoding only those."""
        where, parameters = _under(folders)
        sql = f"SELECT entry FROM entries{where} ORDER BY {SORT_COLUMNS[sort]} LIMIT ? OFFSET ?"
        rows = self._guarded(lambda db: db.execute(sql, [*parameters, limit, offset]).fetchall())
        return [_loaded(blob) for (blob,) in rows]

    # -- writing -----------------------------------------------------------

    def refresh(
        self, folders: Iterable[Path], *, on_entry: Callable[[Entry], None] | None = None
    ) -> list[Entry]:
        """Bring the index up to date with `folders`; their entries in library order.

        `on_entry` sees each new or changed entry as it is stored (see reindex).
        """
        if self._fts:
            self._guarded(_collect_garbage)
        changes = self.scan_changes(folders)
        if changes.gone:
            self.remove(changes.gone)
        if changes.new_or_changed:
            self.reindex(changes.new_or_changed, on_entry=on_entry)

        def finish(db: sqlite3.Connection) -> list[Entry]:
            wanted = {path: number for number, path in enumerate(changes.present)}
            rows = db.execute("SELECT path, position, entry FROM entries").fetchall()
            slots: list[bytes | None] = [None] * len(wanted)
            moves: list[tuple[int, str]] = []
            for path, position, blob in rows:
                number = wanted.get(path)
                if number is not None:
                    slots[number] = blob
                    if number != position:
                        moves.append((number, path))
            if moves:
                with _transaction(db):
                    db.executemany("UPDATE entries SET position = ? WHERE path = ?", moves)
                    bump_generation(db)
            with _collector_paused():
                return [_loaded(blob) for blob in slots if blob is not None]

        return self._guarded(finish)

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
        batch: list[_Row] = []
        vanished: list[str] = []
        deadline = time.monotonic() + BATCH_SECONDS

        def flush() -> None:
            nonlocal deadline
            if batch:
                self._guarded(lambda db: self._write_rows(db, batch))
                for row in batch:
                    entries.append(row.entry)
                    if on_entry is not None:
                        on_entry(row.entry)
                batch.clear()
            deadline = time.monotonic() + BATCH_SECONDS

        for path in paths:
            row = self._row(path)
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
                        retired += self._forget(db, old)
                _add_retired(db, retired)

        if names:
            self._guarded(delete)

    def close(self) -> None:
        """Close every thread's connection; the index can still be used afterwards."""
        with self._lock:
            connections = list(self._connections)
            self._connections.clear()
            self._generation += 1
        for connection in connections:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- parsing -----------------------------------------------------------

    def _row(self, path: Path) -> _Row | None:
        name = str(path)
        try:
            info = os.stat(path)
        except OSError:
            return None  # not a file any more: not in the library either
        if not stat.S_ISREG(info.st_mode):
            return None
        known = self._guarded(lambda db: db.execute(_SELECT_KNOWN, (name,)).fetchone())
        if known is not None and (known[0], known[1]) == (info.st_size, info.st_mtime_ns):
            return _Row(_loaded(known[2]), info.st_size, info.st_mtime_ns, "", known=True)
        try:
            briefing = loader.load_briefing(path)
        except BriefingError as error:
            return _Row(Entry(path=name, problems=tuple(error.problems)), info.st_size, info.st_mtime_ns, "")
        entry = Entry(path=name, summary=summarize(briefing))
        return _Row(entry, info.st_size, info.st_mtime_ns, body_text(briefing))

    # -- storage -----------------------------------------------------------

    def _write_rows(self, db: sqlite3.Connection, rows: Sequence[_Row]) -> None:
        with _transaction(db):
            bump_generation(db)
            last = db.execute("SELECT COALESCE(MAX(position), -1) FROM entries").fetchone()[0]
            retired = 0
            for row in rows:
                if row.known:
                    continue
                path = row.entry.path
                blob = _stored(row.entry)
                old = db.execute(_SELECT_OLD, (path,)).fetchone()
                if old is None:
                    last += 1
                    position = last
                else:
                    if (old[2], old[3]) == (row.size, row.mtime_ns) and old[1] == blob:
                        continue  # written by another process already
                    retired += self._forget(db, old)
                    position = old[4]
                # A new row id every time (AUTOINCREMENT never reuses one), so the
                # old text still in fts_body matches nothing.
                cursor = db.execute(
                    "INSERT INTO entries (path, size, mtime_ns, position, entry, has_body,"
                    " broken, date_key, title_key, outlet_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        path,
                        row.size,
                        row.mtime_ns,
                        position,
                        blob,
                        int(bool(self._fts and row.body)),
                        *sort_columns(row.entry),
                    ),
                )
                if self._fts:
                    db.execute(_INSERT_META, (cursor.lastrowid, *_meta_columns(row.entry)))
                    if row.body:
                        db.execute(_INSERT_BODY, (cursor.lastrowid, row.body))
            _add_retired(db, retired)

    def _forget(self, db: sqlite3.Connection, old: tuple[int, bytes, int, int, int, int]) -> int:
        """Delete a stored row; 1 if it leaves text behind in fts_body, else 0."""
        rowid, blob, has_body = old[0], old[1], old[5]
        if self._fts:
            # Contentless: FTS5 needs the very text the row was indexed with.
            db.execute(_DELETE_META, (rowid, *_meta_columns(_decode(blob))))
        db.execute("DELETE FROM entries WHERE id = ?", (rowid,))
        return 1 if has_body else 0

    # -- connections, creation and repair ----------------------------------

    def _connection(self) -> _Connection:
        held: tuple[int, _Connection] | None = getattr(self._local, "held", None)
        if held is not None and held[0] == self._generation:
            return held[1]
        if held is not None:  # the file was replaced: this thread's old connection goes
            self._local.held = None
            with self._lock:
                self._connections.discard(held[1])
            with contextlib.suppress(sqlite3.Error):
                held[1].close()
        connection = _connect(self.path)
        with self._lock:
            self._connections.add(connection)
            self._local.held = (self._generation, connection)
        return connection

    def _move_on(self) -> None:
        """Every thread opens a new connection on its next call; this one's closes now.

        Other threads' connections are left to them: one may be in use.
        """
        with self._lock:
            self._generation += 1
            held: tuple[int, _Connection] | None = getattr(self._local, "held", None)
            self._local.held = None
            if held is not None:
                self._connections.discard(held[1])
        if held is not None:
            with contextlib.suppress(sqlite3.Error):
                held[1].close()

    def _guarded(self, action: Callable[[sqlite3.Connection], T]) -> T:
        """Run `action`; if the file turns out damaged, rebuild it empty and run it again."""
        try:
            return action(self._connection())
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise
        except msgspec.DecodeError:
            pass  # a stored entry that does not decode: damaged as well
        self._rebuild(self._identity(), recheck=False)
        return action(self._connection())

    def _open(self) -> None:
        """Use the file as it is when it is sound and current; else make it so."""
        try:
            if self._sound(self._connection()):
                return
        except sqlite3.DatabaseError as error:
            if not _is_damage(error):
                raise
        self._rebuild(self._identity(), recheck=True)

    def _sound(self, db: sqlite3.Connection) -> bool:
        """Whether the file is a current index (bringing a stale one up to date)."""
        if not _header_plausible(self.path):
            return False
        version, application = (
            db.execute("PRAGMA user_version").fetchone()[0],
            db.execute("PRAGMA application_id").fetchone()[0],
        )
        if (version, application) != (INDEX_FORMAT, APPLICATION_ID):
            return False
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        if meta.get("fingerprint") != _fingerprint(self._fts):
            return False
        if meta.get("stamp") != _stamp():
            # Another release of briefing wrote these summaries: keep them for the
            # first frame, but have the next refresh parse every file again.
            with _transaction(db):
                db.execute("UPDATE entries SET size = -1")
                db.execute("REPLACE INTO meta (key, value) VALUES ('stamp', ?)", (_stamp(),))
        return True

    def _identity(self) -> tuple[int, int] | None:
        try:
            info = os.stat(self.path)
        except OSError:
            return None
        return (info.st_dev, info.st_ino)

    def _rebuild(self, seen: tuple[int, int] | None, *, recheck: bool) -> None:
        """Replace the file `seen` with an empty index, once, even with other processes racing.

        With `recheck`, or once another process has replaced the file, a file
        that is sound by then is kept: it was being created, or was rebuilt.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.path.with_name(self.path.name + ".lock")))
        try:
            lock.acquire(timeout=BUSY_TIMEOUT)
            locked = True
        except Timeout:
            locked = False  # a stuck lock file must not stop the library from opening
        try:
            self._move_on()
            if recheck or self._identity() != seen:
                with contextlib.suppress(sqlite3.DatabaseError):
                    if self._sound(self._connection()):
                        return
                self._move_on()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.path}{suffix}")
            _create(self._connection(), self._fts)
        finally:
            if locked:
                lock.release()


def _collect_garbage(db: sqlite3.Connection) -> None:
    """Empty fts_body once mostly retired rows are left in it; then every file is parsed again."""
    retired = int(db.execute("SELECT value FROM meta WHERE key = 'retired'").fetchone()[0])
    if retired <= GARBAGE_FLOOR:
        return
    with _transaction(db):
        live = db.execute("SELECT COUNT(*) FROM entries WHERE has_body").fetchone()[0]
        retired = int(db.execute("SELECT value FROM meta WHERE key = 'retired'").fetchone()[0])
        if retired > max(GARBAGE_FLOOR, live):
            db.execute("INSERT INTO fts_body (fts_body) VALUES ('delete-all')")
            bump_generation(db)
            db.execute("UPDATE entries SET size = -1, has_body = 0")
            db.execute("UPDATE meta SET value = '0' WHERE key = 'retired'")


def _under(folders: Iterable[Path] | None) -> tuple[str, list[str]]:
    """A WHERE clause for entries in `folders` (files or folders), with its parameters."""
    if folders is None:
        return "", []
    clauses: list[str] = []
    parameters: list[str] = []
    for folder in folders:
        name = str(folder).rstrip("/")
        # Everything under name/ sorts between "name/" and "name0" ('0' follows '/').
        clauses.append("(path = ? OR (path >= ? AND path < ?))")
        parameters += [name, name + "/", name + "0"]
    return (" WHERE " + " OR ".join(clauses), parameters) if clauses else (" WHERE 0", [])
