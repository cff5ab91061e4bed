"""Building the library index: parsing briefing files (in worker processes when many) and storing rows.

A cold build of 10,000 briefings is mostly parsing (a few ms of CPU each), so
with more than POOL_MIN files to parse they go to a pool of worker processes
(one per CPU, at lower priority so that the reader stays responsive), while
the calling thread writes their rows in batches as they come back, in order.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.model.format.problems import BriefingError
from tui.model.state.index_schema import (
    _DELETE_META,
    _INSERT_BODY,
    _INSERT_META,
    _SELECT_OLD,
    _add_retired,
    _checked_entry,
    _stored,
    _transaction,
    row_checksum,
)
from tui.model.state.index_search import bump_generation
from tui.model.state.index_text import _meta_columns, body_text
from tui.model.state.library import Entry, sort_columns, summarize

# Fewer files than this parse sooner here than worker processes start.
POOL_MIN = 200
# Files per task sent to a worker: few enough round trips, results still arrive steadily.
CHUNK = 16


@dataclass(frozen=True)
class Row:
    entry: Entry
    size: int
    mtime_ns: int
    body: str  # text for fts_body; not stored
    known: bool = False  # already in the index as it is: nothing to write


def pool_size() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def parse_file(name: str) -> Row | None:
    """One briefing file as a row to store (broken ones too); None if it is not a file now."""
    try:
        info = os.stat(name)
    except OSError:
        return None
    from tui.model.format import loader  # not needed for a first frame

    try:
        briefing = loader.load_briefing(Path(name))
    except BriefingError as error:
        return Row(Entry(path=name, problems=tuple(error.problems)), info.st_size, info.st_mtime_ns, "")
    entry = Entry(path=name, summary=summarize(briefing))
    return Row(entry, info.st_size, info.st_mtime_ns, body_text(briefing))


def _start_worker() -> None:
    """In each worker: lower priority; output to /dev/null, never onto the reader's screen."""
    with contextlib.suppress(OSError):
        os.nice(2)  # the reader's own process comes first when the machine is busy
    with contextlib.suppress(OSError):
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)


def parse_in_pool(paths: list[Path]) -> Iterator[tuple[Path, Row | None]]:
    """Each path with its parsed row, in order, parsed by worker processes.

    Falls back to parsing here if workers cannot be started or fail.
    """
    # Imported here: the first frame needs none of this.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    done = 0
    try:
        _start_resource_tracker()
        # spawn, not fork: the reader has threads, and a forked child may inherit a held lock.
        context = multiprocessing.get_context("spawn")
        workers = min(pool_size(), 8)
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker) as pool:
            for row in pool.map(parse_file, [str(p) for p in paths], chunksize=CHUNK):
                yield paths[done], row
                done += 1
    except Exception:  # no workers here (or they failed): parse in this process
        pass
    for path in paths[done:]:
        yield path, parse_file(str(path))


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr to hand it.

    Under Textual sys.stderr is a capture whose fileno() is not a file descriptor,
    and the tracker's start fails with "bad value(s) in fds_to_keep".
    """
    import sys
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (OSError, ValueError, AttributeError):
        usable = False
    if usable:
        resource_tracker.ensure_running()
        return
    captured = sys.stderr
    with open(os.devnull, "w") as quiet:
        sys.stderr = quiet
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


def write_rows(db: sqlite3.Connection, rows: Sequence[Row], fts: bool) -> None:
    """Store parsed rows in one transaction (rows known as they are are skipped)."""
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
                retired += forget(db, old, fts)
                position = old[4]
            # A new row id every time (AUTOINCREMENT never reuses one), so the
            # old text still in fts_body matches nothing.
            keys = sort_columns(row.entry)
            cursor = db.execute(
                "INSERT INTO entries (path, size, mtime_ns, position, entry, has_body,"
                " broken, date_key, title_key, outlet_key, checksum)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    path,
                    row.size,
                    row.mtime_ns,
                    position,
                    blob,
                    int(bool(fts and row.body)),
                    *keys,
                    row_checksum(path, blob, *keys),
                ),
            )
            if fts:
                db.execute(_INSERT_META, (cursor.lastrowid, *_meta_columns(row.entry)))
                if row.body:
                    db.execute(_INSERT_BODY, (cursor.lastrowid, row.body))
        _add_retired(db, retired)


def forget(db: sqlite3.Connection, old: tuple[object, ...], fts: bool) -> int:
    """Delete a stored row (as read by _SELECT_OLD); 1 if it leaves text behind in fts_body, else 0."""
    rowid, has_body = old[0], old[5]
    if fts:
        # Contentless: FTS5 needs the very text the row was indexed with (a damaged row's
        # text would damage fts_meta too: the checksum stops that first).
        db.execute(_DELETE_META, (rowid, *_meta_columns(_checked_entry(old[6:]))))
    db.execute("DELETE FROM entries WHERE id = ?", (rowid,))
    return 1 if has_body else 0
