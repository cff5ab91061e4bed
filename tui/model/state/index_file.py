"""The library index's connections: one per thread, and repair of a damaged or outdated file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import msgspec

from tui.model.state.index_schema import (
    APPLICATION_ID,
    BUSY_TIMEOUT,
    INDEX_FORMAT,
    DamagedIndex,
    _connect,
    _Connection,
    _create,
    _fingerprint,
    _header_plausible,
    _is_transient,
    _stamp,
    _transaction,
)

T = TypeVar("T")


class IndexConnections:
    """The SQLite file at `path`: a connection per thread, rebuilt empty when damaged."""

    def __init__(self, path: Path, fts: bool) -> None:
        self.path = path
        self._fts = fts
        self._lock = threading.Lock()
        self._local = threading.local()
        # Weak: a thread's connection closes when the thread ends and drops it.
        self._connections: weakref.WeakSet[_Connection] = weakref.WeakSet()
        self._generation = 0
        self._damage_repaired = False
        self._open()

    @property
    def damage_repaired(self) -> bool:
        """Whether damage was found and the file rebuilt empty, not yet taken (below)."""
        return self._damage_repaired

    def take_damage_repaired(self) -> bool:
        """Whether damage was found (and the file rebuilt empty) since the last call.

        The reader says so once: the next refresh parses every file again, which takes a while.
        A missing index, or one of another format or release, is replaced without a word.
        """
        repaired, self._damage_repaired = self._damage_repaired, False
        return repaired

    def close(self) -> None:
        """Close every thread's connection; the index can still be used afterwards."""
        with self._lock:
            connections = list(self._connections)
            self._connections.clear()
            self._generation += 1
        for connection in connections:
            with contextlib.suppress(sqlite3.Error):
                connection.close()

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
        if self._rebuild(self._identity(), recheck=False, refilling=True):
            self._damage_repaired = True
        return action(self._connection())

    def _open(self) -> None:
        """Use the file as it is when it is sound and current; else make it so."""
        try:
            if self._sound(self._connection()):
                return
            damaged = False  # missing, or of another format or release
        except sqlite3.DatabaseError as error:
            # Damaged, or a header SQLite cannot read ("unsupported file format"): only a file
            # that is busy, read-only, full or unreadable is worth keeping.
            if _is_transient(error):
                raise
            damaged = True
        except UnicodeDecodeError:
            damaged = True  # SQLite's own message quoted damaged schema text
        if self._rebuild(self._identity(), recheck=True, refilling=damaged) and damaged:
            self._damage_repaired = True

    def _sound(self, db: sqlite3.Connection) -> bool:
        """Whether the file is a current index (bringing a stale one up to date)."""
        if not _header_plausible(self.path):
            raise DamagedIndex("database disk image is malformed: cut off, or a header that does not add up")
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

    def _rebuild(self, seen: tuple[int, int] | None, *, recheck: bool, refilling: bool) -> bool:
        """Replace the file `seen` with an empty index, once, even with other processes racing.

        With `recheck`, or once another process has replaced the file, a file
        that is sound by then is kept: it was being created, or was rebuilt.
        True if this call replaced the file. `refilling`: the file was damaged, and entries
        read from it may be on screen (see index_schema._is_refilling).
        """
        from filelock import FileLock, Timeout  # only when the file must be rebuilt

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
                        return False
                self._move_on()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.path}{suffix}")
            _create(self._connection(), self._fts, refilling=refilling)
            return True
        finally:
            if locked:
                lock.release()
