"""The library index read for the first frame: a count and a page of entries, nothing more.

The library screen's first frame shows one screenful of the index. Reading it
needs SQLite and the stored entries' decoder; it must not wait for the modules
that build, check and search the index (`index`, `index_build`,
`index_search`, the parser behind them), which are imported after that frame.
So this module holds what the stored format and the first read share — the
format number, the sort orders, how an entry is stored — and a read-only
`IndexPages` reader. A file that is missing, damaged or of another format is
read as no pages at all here; `LibraryIndex` repairs or rebuilds it afterwards.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import stat
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Final

import msgspec

from tui.model.format.problems import display_path
from tui.model.format.text_file import open_regular
from tui.model.state.entry import Entry

# Bump when the tables, what is stored in them, or how a summary is computed
# change: an index of another format is deleted and built again.
# 2: sort-key columns; 3: summaries count opinions and overstated headings; 4: row checksums
INDEX_FORMAT: Final = 4
APPLICATION_ID: Final = 0x42524946  # "BRIF" in the SQLite header

# ORDER BY for each of library.SORT_KEYS; ties stay in library order, as Python's stable sort keeps them.
SORT_COLUMNS: Final = {
    "date": "broken, date_key, title_key, position, path",
    "title": "broken, title_key, position, path",
    "outlet": "broken, outlet_key, title_key, position, path",
}

# The first frame waits this long at most for a writer holding the file (seconds);
# after that the library says it is reading, and the index is read after the frame.
FIRST_READ_TIMEOUT: Final = 1.0

_HEADER_MAGIC: Final = b"SQLite format 3\x00"

_decode = msgspec.msgpack.Decoder(Entry).decode


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
    from the one the entry was indexed in (see index_schema._stored).
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


def count_sql(folders: Iterable[Path] | None) -> tuple[str, list[str]]:
    where, parameters = _under(folders)
    return f"SELECT COUNT(*) FROM entries{where}", parameters


def page_sql(sort: str, folders: Iterable[Path] | None) -> tuple[str, list[str]]:
    """The query for a page in `sort` order; its last two parameters are LIMIT and OFFSET.

    Its rows are `position` then _CHECKED_COLUMNS: read them with page_entries."""
    where, parameters = _under(folders)
    # Walk the sort index in order (the folder test reads its path column) and stop at
    # `limit`; left to itself SQLite picks the path index and sorts every row.
    columns = SORT_COLUMNS[sort]  # KeyError for an unknown order, never SQL
    sql = (
        f"SELECT position, {_CHECKED_COLUMNS} FROM entries INDEXED BY entries_by_{sort}{where} "
        f"ORDER BY {columns} LIMIT ? OFFSET ?"
    )
    return sql, parameters


# Where each column of SORT_COLUMNS is in a page_sql row.
_PAGE_COLUMN = {name: number for number, name in enumerate(["position", *_CHECKED_COLUMNS.split(", ")])}


def page_entries(sort: str, rows: Iterable[tuple[object, ...]]) -> list[Entry]:
    """The entries of page_sql rows, once each passes its checksum and they are in `sort` order.

    The rows come in the order of a sort index. A damaged one can hold true rows in a wrong
    order, which no row checksum sees; integrity_check does, but only after the first frame.
    """
    rows = list(rows)
    entries = [_checked_entry(row[1:]) for row in rows]  # checks the types of all but position
    places = [_PAGE_COLUMN[name] for name in SORT_COLUMNS[sort].split(", ")]
    if not all(isinstance(row[0], int) for row in rows):
        raise DamagedIndex("database disk image is malformed: a position that is not a number")
    keys = [tuple(row[place] for place in places) for row in rows]
    if any(earlier > later for earlier, later in itertools.pairwise(keys)):
        raise DamagedIndex("database disk image is malformed: a sort index out of order")
    return entries


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


def _uri(path: Path, query: str) -> str:
    """An SQLite URI for `path` (urllib.parse would be one more import before the first frame)."""
    escaped = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{escaped}?{query}"


class PageReader:
    """Reads counts and pages from an existing index file of this format; never writes it.

    Opened only on a regular file that looks whole and says it is an index of
    INDEX_FORMAT: otherwise `open()` gives None and the library waits for
    `LibraryIndex`, which rebuilds what needs it.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def open(cls, path: Path) -> PageReader | None:
        try:
            if not stat.S_ISREG(os.stat(path).st_mode) or not _header_plausible(path):
                return None
            # mode=rw: never create the file (the full index does that, after the first frame).
            db = sqlite3.connect(
                _uri(path, "mode=rw"),
                uri=True,
                timeout=FIRST_READ_TIMEOUT,
                isolation_level=None,
                check_same_thread=False,  # opened by the prefetch thread, paged by the UI's
            )
        except (OSError, sqlite3.Error):
            return None
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            application = db.execute("PRAGMA application_id").fetchone()[0]
            if (version, application) == (INDEX_FORMAT, APPLICATION_ID):
                return cls(db)
        except sqlite3.Error:
            pass
        db.close()
        return None

    def count(self, folders: Iterable[Path] | None = None) -> int:
        sql, parameters = count_sql(folders)
        return int(self._db.execute(sql, parameters).fetchone()[0])

    def page(self, sort: str, offset: int, limit: int, folders: Iterable[Path] | None = None) -> list[Entry]:
        """Entries `offset` to `offset + limit` in SORT_KEYS[sort] order, decoding only those.

        A stored entry that does not decode raises sqlite3.DatabaseError, as damage would."""
        sql, parameters = page_sql(sort, folders)
        rows = self._db.execute(sql, [*parameters, limit, offset]).fetchall()
        return page_entries(sort, rows)  # DamagedIndex for a row that fails its checksum, or out of order

    def close(self) -> None:
        self._db.close()
