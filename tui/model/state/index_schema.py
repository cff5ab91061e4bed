"""The library index's SQLite file: its schema, connections, and how entries are stored in it.

See tui.model.state.index for what the index is for.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import msgspec

import tui
from tui.model.format.problems import display_path
from tui.model.format.records import FORMAT_VERSION
from tui.model.state.entry import Entry
from tui.model.state.index_pages import (
    _CHECKED_COLUMNS as _CHECKED_COLUMNS,
)
from tui.model.state.index_pages import (
    APPLICATION_ID as APPLICATION_ID,
)
from tui.model.state.index_pages import (
    INDEX_FORMAT as INDEX_FORMAT,
)
from tui.model.state.index_pages import (
    SORT_COLUMNS as SORT_COLUMNS,
)
from tui.model.state.index_pages import (
    DamagedIndex as DamagedIndex,
)
from tui.model.state.index_pages import (
    _checked_entry as _checked_entry,
)
from tui.model.state.index_pages import (
    _decode as _decode,
)
from tui.model.state.index_pages import (
    _header_plausible as _header_plausible,
)
from tui.model.state.index_pages import (
    _loaded as _loaded,
)
from tui.model.state.index_pages import (
    _paths_only as _paths_only,
)
from tui.model.state.index_pages import (
    row_checksum as row_checksum,
)
from tui.model.state.index_text import _COLUMNS, _WEIGHTS

# How long a thread waits for another writer before giving up, in seconds.
BUSY_TIMEOUT = 30.0


_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26


_encode = msgspec.msgpack.Encoder().encode


def _stored(entry: Entry) -> bytes:
    """An entry as stored: a problem in the entry's own file names it "" (see _loaded)."""
    if not entry.problems:
        return _encode(entry)
    shown = display_path(Path(entry.path))
    problems = tuple(msgspec.structs.replace(p, file="") if p.file == shown else p for p in entry.problems)
    return _encode(msgspec.structs.replace(entry, problems=problems))


# -- the schema ------------------------------------------------------------

_SELECT_STATS: Final = "SELECT path, size, mtime_ns FROM entries"
_SELECT_OLD: Final = (
    f"SELECT id, entry, size, mtime_ns, position, has_body, {_CHECKED_COLUMNS} FROM entries WHERE path = ?"
)
_SELECT_KNOWN: Final = f"SELECT size, mtime_ns, {_CHECKED_COLUMNS} FROM entries WHERE path = ?"
_INSERT_META: Final = f"INSERT INTO fts_meta (rowid, {', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_DELETE_META: Final = (
    f"INSERT INTO fts_meta (fts_meta, rowid, {', '.join(_COLUMNS)}) VALUES ('delete', ?, ?, ?, ?, ?)"
)
_INSERT_BODY: Final = "INSERT INTO fts_body (rowid, body) VALUES (?, ?)"
_TOKENIZER: Final = "tokenize='unicode61 remove_diacritics 2'"


def _create(db: sqlite3.Connection, fts: bool, *, refilling: bool = False) -> None:
    """A new, empty index; `refilling` when it replaces a damaged one (see _is_refilling)."""
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
            " has_body INTEGER NOT NULL,"  # whether fts_body holds text for this id
            # library.sort_columns: a page in any order without decoding every entry.
            " broken INTEGER NOT NULL,"
            " date_key INTEGER NOT NULL,"
            " title_key TEXT NOT NULL,"
            " outlet_key TEXT NOT NULL,"
            " checksum INTEGER NOT NULL)"  # row_checksum: damage inside a row is found on reading it
        )
        db.execute("CREATE INDEX entries_position ON entries (position, path)")
        for sort, columns in SORT_COLUMNS.items():
            db.execute(f"CREATE INDEX entries_by_{sort} ON entries ({columns})")
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
            [
                ("fingerprint", _fingerprint(fts)),
                ("stamp", _stamp()),
                ("retired", "0"),
                ("generation", "0"),
                ("refilling", "0" if refilling else ""),  # see _refilling_since
            ],
        )
        db.execute(f"PRAGMA user_version = {INDEX_FORMAT}")


# -- refilling -------------------------------------------------------------
# The reader empties a file it holds entries of in two ways: a damaged one is rebuilt
# empty, and garbage collection empties fts_body. Until a refresh has parsed every
# briefing again, the index knows fewer of them than the list on screen shows, and a
# search would say "no match" for a briefing on that list. meta.refilling says so, in
# the file (another process may be searching it): set, to the generation of the write
# that emptied it, in that write's transaction; cleared by a refresh whose walk began
# at that generation or later (one that began before may have missed what was emptied).


def _refilling_since(db: sqlite3.Connection) -> int | None:
    """The generation at which the index was emptied, if it is not filled again yet
    (a file older than the row: never)."""
    # CAST: a damaged value still reads as a number.
    row = db.execute("SELECT value, CAST(value AS INTEGER) FROM meta WHERE key = 'refilling'").fetchone()
    if row is None or row[0] == "":
        return None
    return int(row[1] or 0)


def _is_refilling(db: sqlite3.Connection) -> bool:
    return _refilling_since(db) is not None


def _set_refilling(db: sqlite3.Connection) -> None:
    """Call inside the transaction that empties the index, after it bumps the generation."""
    db.execute(
        "REPLACE INTO meta (key, value)"
        " VALUES ('refilling', (SELECT value FROM meta WHERE key = 'generation'))"
    )


def _set_filled(db: sqlite3.Connection) -> None:
    db.execute("REPLACE INTO meta (key, value) VALUES ('refilling', '')")


@contextlib.contextmanager
def _read_snapshot(db: sqlite3.Connection) -> Iterator[None]:
    """Every statement inside reads the same state of the file (WAL: writers go on meanwhile)."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")  # deferred: a read transaction from the first SELECT, no lock taken
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.Error):
            db.execute("COMMIT")


def _add_retired(db: sqlite3.Connection, count: int) -> None:
    if count:
        db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + ? WHERE key = 'retired'", (count,))


@functools.cache
def _fingerprint(fts: bool) -> str:
    """What must match for stored rows to be read and deleted correctly.

    The Entry layout (to decode the blobs) and SQLite's version (its tokenizer
    must split the text exactly as when it was indexed, or deleting a row from
    the contentless FTS table would damage it).
    """
    layout = msgspec.json.encode(msgspec.json.schema(Entry))
    digest = f"{zlib.crc32(layout):08x}"  # not hashlib: importing OpenSSL costs ~20 ms at start-up
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


def _check_structure(db: sqlite3.Connection) -> None:
    """SQLite's integrity_check, then FTS5's own on fts_meta; DamagedIndex unless both pass.

    integrity_check walks every B-tree and compares each index with its table (the list and
    search read paths and sort keys from index copies); quick_check would skip that. It does not
    look inside the full-text tables' shadow tables (SQLite 3.40): their blobs are valid rows to
    it, so damage there passed it and gave wrong filter results. FTS5's integrity-check reads
    the segments and compares its term index with them. For 10,040 briefings (a 38 MB file):
    62 ms of CPU, and 60 ms for fts_meta; so they run once per start, in the library's worker,
    off the first frame's path (SQLite lets go of the GIL meanwhile). fts_body's check takes
    390 ms: _check_body runs it after the list is shown. Changed values inside a row are found
    by the row checksums instead.
    """
    if db.execute("PRAGMA integrity_check(1)").fetchall() != [("ok",)]:
        raise DamagedIndex("database disk image is malformed: integrity_check failed")
    _check_full_text(db, "fts_meta")


def _check_body(db: sqlite3.Connection) -> None:
    """FTS5's integrity-check on fts_body (see _check_structure)."""
    _check_full_text(db, "fts_body")


def _check_full_text(db: sqlite3.Connection, table: str) -> None:
    exists = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,))
    if exists.fetchone() is not None:
        # Raises SQLITE_CORRUPT_VTAB ("database disk image is malformed") on damage.
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")


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
