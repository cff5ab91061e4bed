"""The library index's SQLite file: its schema, connections, and how entries are stored in it.

See tui.model.state.index for what the index is for.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import os
import sqlite3
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import msgspec

import tui
from tui.model.format.problems import display_path
from tui.model.format.records import FORMAT_VERSION
from tui.model.format.text_file import open_regular
from tui.model.state.index_text import _COLUMNS, _WEIGHTS
from tui.model.state.library import Entry

# Bump when the tables, what is stored in them, or how a summary is computed
# change: an index of another format is deleted and built again.
# 2: sort-key columns; 3: summaries count opinions and overstated headings; 4: row checksums
INDEX_FORMAT: Final = 4
APPLICATION_ID: Final = 0x42524946  # "BRIF" in the SQLite header

# How long a thread waits for another writer before giving up, in seconds.
BUSY_TIMEOUT = 30.0


_SQLITE_CORRUPT: Final = 11
_SQLITE_NOTADB: Final = 26
_HEADER_MAGIC: Final = b"SQLite format 3\x00"


_encode = msgspec.msgpack.Encoder().encode
_decode = msgspec.msgpack.Decoder(Entry).decode


def _stored(entry: Entry) -> bytes:
    """An entry as stored: a problem in the entry's own file names it "" (see _loaded)."""
    if not entry.problems:
        return _encode(entry)
    shown = display_path(Path(entry.path))
    problems = tuple(msgspec.structs.replace(p, file="") if p.file == shown else p for p in entry.problems)
    return _encode(msgspec.structs.replace(entry, problems=problems))


class DamagedIndex(sqlite3.DatabaseError):
    """Damage SQLite does not see: a row that fails its checksum or does not decode.

    Its message says "malformed", as SQLite's own does, so that every path treats it alike.
    """


# The columns a row's checksum covers, in `row_checksum`'s order: what the list shows and sorts by.
_CHECKED_COLUMNS: Final = "path, entry, broken, date_key, title_key, outlet_key, checksum"


def row_checksum(path: str, blob: bytes, broken: int, date_key: int, title_key: str, outlet_key: str) -> int:
    """CRC-32 of a stored row's path, entry and sort keys.

    SQLite keeps no checksums: a bit flipped inside a row reads back as another title,
    path or order, and the list would show it as if it were true.
    """
    keys = f"{path}\0{broken}\0{date_key}\0{title_key}\0{outlet_key}"
    return zlib.crc32(keys.encode("utf-8", "surrogatepass"), zlib.crc32(blob))


def _checked_entry(row: tuple[object, ...]) -> Entry:
    """The entry of a row read as _CHECKED_COLUMNS, once its checksum matches (else DamagedIndex)."""
    path, blob, broken, date_key, title_key, outlet_key, checksum = row
    # Damage can change a stored value's type too (a blob read back as text, a number as NULL).
    if not (
        isinstance(path, str)
        and isinstance(blob, bytes)
        and isinstance(broken, int)
        and isinstance(date_key, int)
        and isinstance(title_key, str)
        and isinstance(outlet_key, str)
        and row_checksum(path, blob, broken, date_key, title_key, outlet_key) == checksum
    ):
        raise DamagedIndex("database disk image is malformed: a row fails its checksum")
    return _loaded(blob)


def _paths_only(paths: list[str]) -> list[str]:
    """`paths`, unless a damaged index copy read back something else as one (bytes, say)."""
    if not all(isinstance(path, str) for path in paths):
        raise DamagedIndex("database disk image is malformed: a path that is not text")
    return paths


def _loaded(blob: bytes) -> Entry:
    """A stored entry, its problems naming the file as the loader would from here.

    The loader names a file relative to the working folder, which may differ
    from the one the entry was indexed in.
    """
    try:
        entry = _decode(blob)
    except (msgspec.DecodeError, TypeError) as error:
        raise DamagedIndex("database disk image is malformed: a stored entry does not decode") from error
    if not entry.problems:
        return entry
    shown = display_path(Path(entry.path))
    problems = tuple(msgspec.structs.replace(p, file=shown) if not p.file else p for p in entry.problems)
    return msgspec.structs.replace(entry, problems=problems)


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


# ORDER BY for each of library.SORT_KEYS; ties stay in library order, as Python's stable sort keeps them.
SORT_COLUMNS: Final = {
    "date": "broken, date_key, title_key, position, path",
    "title": "broken, title_key, position, path",
    "outlet": "broken, outlet_key, title_key, position, path",
}


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
            [("fingerprint", _fingerprint(fts)), ("stamp", _stamp()), ("retired", "0"), ("generation", "0")],
        )
        db.execute(f"PRAGMA user_version = {INDEX_FORMAT}")


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
    """SQLite's integrity_check; DamagedIndex unless it says "ok".

    It walks every B-tree and compares each index with its table (the list and search read
    paths and sort keys from index copies); quick_check would skip that. About 65 ms of CPU
    for 10,000 briefings (a 40 MB file; quick_check: 25 ms), so it runs once per start, off the
    first frame's path. Changed values inside a row are found by the row checksums instead.
    """
    if db.execute("PRAGMA integrity_check(1)").fetchall() != [("ok",)]:
        raise DamagedIndex("database disk image is malformed: integrity_check failed")


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
        if os.path.exists(f"{path}-wal") and os.path.getsize(f"{path}-wal") > 0:
            return True  # (an empty one is only our own connection's, made on opening)
        with open(open_regular(path), "rb") as handle:
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
    if in_header_size_valid and pages * page_size > size:
        return False
    # The freelist's first page and its length must lie inside the file: SQLite trusts them
    # until it next frees or reuses a page (found by the full fuzz run: quick_check failed).
    trunk, free = int.from_bytes(header[32:36], "big"), int.from_bytes(header[36:40], "big")
    return not (in_header_size_valid and (trunk > pages or free > pages))
