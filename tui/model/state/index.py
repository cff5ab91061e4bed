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
import functools
import gc
import hashlib
import os
import re
import sqlite3
import stat
import threading
import time
import unicodedata
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final, TypeVar

import msgspec
from filelock import FileLock, Timeout

import tui
from tui.model.format import loader
from tui.model.format.problems import BriefingError, display_path
from tui.model.format.records import FORMAT_VERSION, Briefing
from tui.model.state.library import BRIEFING_SUFFIX, Entry, summarize

# Bump when the tables, what is stored in them, or how a summary is computed
# change: an index of another format is deleted and built again.
INDEX_FORMAT: Final = 1
APPLICATION_ID: Final = 0x42524946  # "BRIF" in the SQLite header

# How long a thread waits for another writer before giving up, in seconds.
BUSY_TIMEOUT = 30.0
# reindex() commits at least this often, so progress is kept and readers see it.
BATCH_SECONDS = 0.25
BATCH_ROWS = 500

# Column weights for ranking: a word in the title counts most.
_WEIGHTS: Final = {"title": 10.0, "dek": 4.0, "outlet": 5.0, "tags": 6.0}
_COLUMNS: Final = tuple(_WEIGHTS)
# fts_body is emptied and filled again once retired rows outnumber live ones
# and are more than this many.
GARBAGE_FLOOR = 1000

_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26
_HEADER_MAGIC: Final = b"SQLite format 3\x00"

_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits
MAX_QUERY_WORDS: Final = 32

T = TypeVar("T")

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


_encode = msgspec.msgpack.Encoder().encode
_decode = msgspec.msgpack.Decoder(Entry).decode


def _stored(entry: Entry) -> bytes:
    """An entry as stored: a problem in the entry's own file names it "" (see _loaded)."""
    if not entry.problems:
        return _encode(entry)
    shown = display_path(Path(entry.path))
    problems = tuple(msgspec.structs.replace(p, file="") if p.file == shown else p for p in entry.problems)
    return _encode(msgspec.structs.replace(entry, problems=problems))


def _loaded(blob: bytes) -> Entry:
    """A stored entry, its problems naming the file as the loader would from here.

    The loader names a file relative to the working folder, which may differ
    from the one the entry was indexed in.
    """
    entry = _decode(blob)
    if not entry.problems:
        return entry
    shown = display_path(Path(entry.path))
    problems = tuple(msgspec.structs.replace(p, file=shown) if not p.file else p for p in entry.problems)
    return msgspec.structs.replace(entry, problems=problems)


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

        Ranked by BM25 with title matches counting most. Any text is accepted:
        only its words are used, never FTS5 syntax. A query without words
        returns every indexed path in library order.
        """
        if limit is not None and limit <= 0:
            return []
        # Distinct words, and few enough for one SQL statement; more would not narrow much.
        words = list(dict.fromkeys(_WORD.findall(unicodedata.normalize("NFC", query).casefold())))
        words = words[:MAX_QUERY_WORDS]
        if not words:
            sql = "SELECT path FROM entries ORDER BY position, path LIMIT ?"
            return self._guarded(
                lambda db: [p for (p,) in db.execute(sql, (-1 if limit is None else limit,))]
            )
        if not self._fts:
            return _match_summaries(self.cached_entries(), words, limit)
        # Each word becomes an FTS5 string with a prefix star: `"kor"*`. Words
        # hold letters and digits only, so nothing the user types is syntax.
        terms = [f'"{word}"*' for word in words]
        # Every word in fts_meta or fts_body; ranked by BM25 over fts_meta
        # (title first), body-only matches after, in library order.
        each_word = " AND ".join(
            [
                "entries.id IN (SELECT rowid FROM fts_meta WHERE fts_meta MATCH ? "
                "UNION ALL SELECT rowid FROM fts_body WHERE fts_body MATCH ?)"
            ]
            * len(terms)
        )
        sql = (
            "SELECT entries.path FROM entries LEFT JOIN "
            "(SELECT rowid AS id, rank FROM fts_meta WHERE fts_meta MATCH ?) AS scored "
            f"ON scored.id = entries.id WHERE {each_word} "
            "ORDER BY COALESCE(scored.rank, 0), entries.position, entries.path LIMIT ?"
        )
        parameters: list[str | int] = [" OR ".join(terms), *(term for term in terms for _table in range(2))]
        parameters.append(-1 if limit is None else limit)

        def run(db: sqlite3.Connection) -> list[str]:
            try:
                return [path for (path,) in db.execute(sql, parameters)]
            except sqlite3.OperationalError as error:
                if str(error).startswith("fts5:") and not _is_damage(error):
                    return []  # a word FTS5 splits into a phrase; never an error to the user
                raise

        return self._guarded(run)

    # -- writing -----------------------------------------------------------

    def refresh(
        self, folders: Iterable[Path], *, on_entry: Callable[[Entry], None] | None = None
    ) -> list[Entry]:
        """Bring the index up to date with `folders`; their entries in library order.

        `on_entry` sees each new or changed entry as it is stored (see reindex).
        """
        generation = self._generation
        entries = self._refresh_pass(folders, on_entry)
        if self._generation != generation:
            # Damage found part-way rebuilt the file empty: what was compared before is gone.
            entries = self._refresh_pass(folders, on_entry)
        return entries

    def _refresh_pass(self, folders: Iterable[Path], on_entry: Callable[[Entry], None] | None) -> list[Entry]:
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
                    "INSERT INTO entries (path, size, mtime_ns, position, entry, has_body) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (path, row.size, row.mtime_ns, position, blob, int(bool(self._fts and row.body))),
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
            # Besides "malformed": a damaged schema shows as errors on statements that are
            # valid ("parse error in ..." from a mangled FTS5 definition). A cache: rebuild.
            if _is_transient(error):
                raise
        except (msgspec.DecodeError, UnicodeDecodeError):
            pass  # a stored entry, or SQLite's message about damaged text, that does not decode
        self._rebuild(self._identity(), recheck=False)
        return action(self._connection())

    def _open(self) -> None:
        """Use the file as it is when it is sound and current; else make it so."""
        try:
            if self._sound(self._connection()):
                return
        except sqlite3.DatabaseError as error:
            # Damaged, or a header SQLite cannot read ("unsupported file format"): only a file
            # that is busy, read-only, full or unreadable is worth keeping.
            if _is_transient(error):
                raise
        except UnicodeDecodeError:
            pass  # SQLite's own message quoted damaged schema text
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
                with contextlib.suppress(sqlite3.DatabaseError, UnicodeDecodeError):
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


# -- the schema ------------------------------------------------------------

_SELECT_STATS: Final = "SELECT path, size, mtime_ns FROM entries"
_SELECT_OLD: Final = "SELECT id, entry, size, mtime_ns, position, has_body FROM entries WHERE path = ?"
_SELECT_KNOWN: Final = "SELECT size, mtime_ns, entry FROM entries WHERE path = ?"
_INSERT_META: Final = f"INSERT INTO fts_meta (rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_DELETE_META: Final = (
    f"INSERT INTO fts_meta (fts_meta, rowid, {', '.join(_COLUMNS)}) VALUES ('delete', ?, ?, ?, ?, ?)"
)
_INSERT_BODY: Final = "INSERT INTO fts_body (rowid, body) VALUES (?, ?)"
_TOKENIZER: Final = "tokenize='unicode61 remove_diacritics 2'"


def _create(db: sqlite3.Connection, fts: bool) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    with _transaction(db):
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        db.execute(
            "CREATE TABLE entries ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " path TEXT NOT NULL UNIQUE,"
            " size INTEGER NOT NULL,"
            " mtime_ns INTEGER NOT NULL,"
            " position INTEGER NOT NULL,"  # library order at the last refresh
            " entry BLOB NOT NULL,"  # msgpack of the Entry
            " has_body INTEGER NOT NULL)"  # whether fts_body holds text for this id
        )
        db.execute("CREATE INDEX entries_position ON entries (position, path)")
        if fts:
            db.execute(
                f"CREATE VIRTUAL TABLE fts_meta USING fts5({', '.join(_COLUMNS)}, content='', "
                f"{_TOKENIZER}, prefix='1 2 3')"
            )
            weights = ", ".join(str(w) for w in _WEIGHTS.values())
            db.execute("INSERT INTO fts_meta (fts_meta, rank) VALUES ('rank', ?)", (f"bm25({weights})",))
            db.execute(
                "CREATE VIRTUAL TABLE fts_body USING fts5(body, content='', columnsize=0, detail=none, "
                f"{_TOKENIZER}, prefix='1 2 3')"
            )
        db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("fingerprint", _fingerprint(fts)), ("stamp", _stamp()), ("retired", "0")],
        )
        db.execute(f"PRAGMA user_version = {INDEX_FORMAT}")


def _add_retired(db: sqlite3.Connection, count: int) -> None:
    if count:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'retired'", (count,))


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
            db.execute("UPDATE entries SET size = -1, has_body = 0")
            db.execute("UPDATE meta SET value = '0' WHERE key = 'retired'")


@functools.cache
def _fingerprint(fts: bool) -> str:
    """What must match for stored rows to be read and deleted correctly.

    The Entry layout (to decode the blobs) and SQLite's version (its tokenizer
    must split the text exactly as when it was indexed, or deleting a row from
    the contentless FTS table would damage it).
    """
    layout = msgspec.json.encode(msgspec.json.schema(Entry))
    digest = hashlib.sha256(layout).hexdigest()[:16]
    return f"{INDEX_FORMAT}:{digest}:{sqlite3.sqlite_version}:{'fts5' if fts else 'like'}"


def _stamp() -> str:
    """Which release computed the summaries; another one re-parses every file."""
    return f"{tui.__version__}:{FORMAT_VERSION}"


class _Connection(sqlite3.Connection):
    """A connection that can be weakly referenced."""


def _connect(path: Path) -> _Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False, factory=_Connection
    )
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
    db.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable enough for a cache, never corrupt
    return db


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")  # take the write lock now: no upgrade deadlock between processes
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Decode thousands of entries without the cyclic garbage collector running over them.

    The new objects hold no cycles; collections triggered by allocating them
    would only add pauses (about a third of the time for 10,000 entries).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# BUSY, LOCKED, NOMEM, READONLY, IOERR, FULL, CANTOPEN, PERM, AUTH: the file may be sound.
_TRANSIENT = frozenset({5, 6, 7, 8, 10, 13, 14, 3, 23})


def _is_transient(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _TRANSIENT


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """Errors that mean the file is not a sound database (not: locked, full, read-only)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(error)
    return "malformed" in text or "not a database" in text


def _header_plausible(path: Path) -> bool:
    """A cheap look for a cut-off file, which SQLite itself notices only on reading the lost pages.

    Only without a WAL file: then no checkpoint can be growing the file meanwhile.
    """
    try:
        if os.path.exists(f"{path}-wal"):
            return True
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            header = handle.read(100)
    except OSError:
        return True  # let SQLite report what is wrong
    if size == 0:
        return True
    if len(header) < 100 or not header.startswith(_HEADER_MAGIC):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    in_header_size_valid = header[24:28] == header[92:96]
    return not (in_header_size_valid and pages * page_size > size)


# -- what is indexed -------------------------------------------------------


def body_text(briefing: Briefing) -> str:
    """The words searched beyond the summary: headings, paragraphs and claims."""
    parts: list[str] = []
    for section in briefing.sections:
        parts.append(section.heading)
        parts.extend(section.paragraphs)
    parts.extend(claim.text for claim in briefing.claims)
    return "\n".join(parts)


def _meta_columns(entry: Entry) -> tuple[str, str, str, str]:
    """The fts_meta columns of an entry: always the same for the same stored entry."""
    summary = entry.summary
    if summary is None:
        return (Path(entry.path).name, "", "", "")
    return (summary.title, summary.dek, summary.outlet, " ".join(summary.tags))


def _fold(text: str) -> str:
    """Lower case without accents, as the FTS5 tokenizer compares words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _match_summaries(entries: list[Entry], words: list[str], limit: int | None) -> list[str]:
    """Search without FTS5: every word a prefix of a word in the title, dek, outlet or tags."""
    wanted = [_fold(w) for w in words]
    scored: list[tuple[float, int, str]] = []
    for number, entry in enumerate(entries):
        columns = _meta_columns(entry)
        fields = [
            (weight, _WORD.findall(_fold(text)))
            for weight, text in zip(_WEIGHTS.values(), columns, strict=True)
        ]
        score = 0.0
        for word in wanted:
            best = max(
                (weight for weight, found in fields if any(f.startswith(word) for f in found)), default=0.0
            )
            if not best:
                break
            score += best
        else:
            scored.append((-score, number, entry.path))
    scored.sort()
    return [path for _score, _number, path in scored[:limit]]


# -- the directory walk ----------------------------------------------------


def library_files(folders: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Every briefing file under `folders` with its (size, mtime_ns), in library order.

    The same files, paths and order as `library.briefing_files`, in one walk
    with os.scandir and one stat per file.
    """
    found: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()  # real paths: a file reached twice is listed once
    for folder in folders:
        try:
            info = os.stat(folder)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(info.st_mode):
            real = os.path.realpath(folder)
            if real not in seen:
                seen.add(real)
                found[str(folder)] = (info.st_size, info.st_mtime_ns)
        elif stat.S_ISDIR(info.st_mode):
            base, real = str(folder), os.path.realpath(folder)
            prefix = "" if base == "." else base if base.endswith(os.sep) else base + os.sep
            _walk(prefix, real if real.endswith(os.sep) else real + os.sep, found, seen)
    return found


def _walk(prefix: str, real: str, found: dict[str, tuple[int, int]], seen: set[str]) -> None:
    """Path.rglob('*.toml') + is_file(), sorted: symlinked folders are not entered.

    Visiting names in sorted order, a folder's files in its place, lists paths
    in the order sorted() puts Path objects (part by part).
    """
    try:
        with os.scandir(prefix or ".") as listing:
            children = sorted(listing, key=_name)
    except OSError:
        return
    for child in children:
        name = child.name
        if name.endswith(BRIEFING_SUFFIX):
            try:
                info: os.stat_result | None = child.stat()  # follows a symlink, like Path.is_file()
            except OSError:
                info = None
            if info is not None and stat.S_ISREG(info.st_mode):
                real_path = os.path.realpath(child.path) if child.is_symlink() else real + name
                if real_path not in seen:
                    seen.add(real_path)
                    found[prefix + name] = (info.st_size, info.st_mtime_ns)
                continue
        try:
            is_folder = child.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            _walk(prefix + name + os.sep, real + name + os.sep, found, seen)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name
