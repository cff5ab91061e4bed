"""The bookmark store: `bookmarks.toml`, a journal of changes beside it, shared by running readers.

A change appends one fsynced line to `bookmarks.journal`: the same cost with 10
bookmarks or 10,000. The journal is folded into the TOML file (written atomically)
a moment after the last change, on a background thread, and when the reader closes.

Every read and change takes a lock file beside the bookmarks
(`bookmarks.toml.lock`) and first catches up with what other processes wrote:
the TOML file again if its inode, size or mtime changed (a hand edit, or another
reader folding), else only the journal's new lines. Concurrent toggles never lose
each other's work; a crash leaves the old state or the new one.

A file that cannot be understood (bad TOML, wrong types, not UTF-8; a bad journal
line) is moved aside to `bookmarks.corrupt-YYYYmmdd-HHMMSS.toml` (`.journal`), never overwritten.
"""

from __future__ import annotations

import datetime
import os
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

import msgspec

from tui.model.format.clean import clean_text
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import write_atomic
from tui.model.state.bookmark_file import (
    LOCK_TIMEOUT,
    BookmarkError,
    BookmarksLock,
    CorruptBookmarks,
    NewerBookmarks,
    encode_bookmarks,
    journal_mark,
    move_aside,
    parse_bookmarks,
    read_cache,
    shorten,
    why,
    write_cache,
)
from tui.model.state.bookmark_journal import (
    Added,
    Change,
    JournalRead,
    JournalState,
    Put,
    Removed,
    append_change,
    apply_change,
    read_journal,
)
from tui.model.state.bookmark_records import Bookmark, Key, utc_now
from tui.model.state.marks import Marks, marks_of

T = TypeVar("T")
Stamp = tuple[int, int, int]  # st_ino, st_size, st_mtime_ns


class BookmarkStore:
    """The bookmarks, shared safely with other running readers and threads.

    Call `load()` first (the constructor does no I/O). A mutation raises
    BookmarkError (a message for the reader) when the files cannot be read
    or written; messages about a damaged file moved aside collect in
    `take_messages()`. With `fold_after` (seconds) the journal is folded on a
    background thread that long after the last change; `close()` folds now.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], datetime.datetime] = utc_now,
        timeout: float = LOCK_TIMEOUT,
        fold_after: float | None = None,
    ) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.journal_path = path.with_name(path.stem + ".journal")
        self.cache_path = path.with_name(path.stem + ".cache")
        self.moved_aside: Path | None = None  # where the last damaged file went
        self._clock = clock
        self._timeout = timeout
        self._fold_after = fold_after
        self._fold_timer: threading.Timer | None = None
        self._lock = BookmarksLock(self.lock_path, timeout)
        self._guard = threading.RLock()
        self._messages: list[str] = []
        # Keyed in file order: the TOML's bookmarks with the journal replayed on them.
        self._state: dict[Key, Bookmark] = {}
        self._view: tuple[Bookmark, ...] | None = ()
        # The TOML file as last read: its bookmarks, identity and the journal it holds.
        self._base: list[Bookmark] = []
        self._base_stamp: Stamp | None = None
        self._base_mark: tuple[str, int] | None = None
        self._journal: JournalState | None = None
        self._synced = False  # whether the fields above match the files as of the last sync

    # ------------------------------------------------------------ reading

    @property
    def bookmarks(self) -> tuple[Bookmark, ...]:
        """The bookmarks in file order (oldest first), as of the last load or change."""
        view = self._view
        if view is None:
            view = self._view = tuple(self._state.values())
        return view

    def is_bookmarked(self, briefing_id: str, kind: str, item_id: str = "") -> bool:
        return (briefing_id, str(kind), item_id) in self._state

    def get(self, key: Key) -> Bookmark | None:
        return self._state.get(key)

    def marks(self, briefing_id: str) -> Marks:
        """What is bookmarked in one briefing, from the cache (no I/O)."""
        return marks_of(self.bookmarks, briefing_id)

    def take_messages(self) -> list[str]:
        """Messages for the reader since the last call (e.g. a damaged file moved aside)."""
        messages, self._messages = self._messages, []
        return messages

    def load(self) -> list[Bookmark]:
        """Catch up with the files (moving a damaged one aside); the bookmarks.

        Never raises for a bad or unreadable file: the problem becomes a
        message and the bookmarks read as empty.
        """
        with self._guard:
            try:
                with self._lock.held():
                    self._remove_leftovers()
                    self._sync()
            except BookmarkError as error:
                self._messages.append(str(error))
                self._reset({})
            return list(self._state.values())

    # ----------------------------------------------------------- changing

    def toggle(self, bookmark: Bookmark) -> bool:
        """Add `bookmark`, or remove the one with its key; True if it is now bookmarked."""

        def change(current: dict[Key, Bookmark]) -> tuple[Change, bool]:
            if bookmark.key in current:
                return Removed(keys=(bookmark.key,)), False
            return Added(bookmark=bookmark), True

        return self._mutate(change)

    def add(self, bookmark: Bookmark) -> bool:
        """Add `bookmark` unless its key is there already; True if added."""

        def change(current: dict[Key, Bookmark]) -> tuple[Change | None, bool]:
            if bookmark.key in current:
                return None, False
            return Added(bookmark=bookmark), True

        return self._mutate(change)

    def remove(self, key: Key) -> Bookmark | None:
        """Remove the bookmark with `key`; returns it (for undo), or None if absent."""

        def change(current: dict[Key, Bookmark]) -> tuple[Change | None, Bookmark | None]:
            found = current.get(key)
            return (None if found is None else Removed(keys=(key,))), found

        return self._mutate(change)

    def set_note(self, key: Key, note: str) -> Bookmark | None:
        """Replace a bookmark's note; returns the updated bookmark, or None if it is gone."""
        note = clean_text(note).strip()

        def change(current: dict[Key, Bookmark]) -> tuple[Change | None, Bookmark | None]:
            found = current.get(key)
            if found is None:
                return None, None
            updated = msgspec.structs.replace(found, note=note)
            return Put(bookmark=updated), updated

        return self._mutate(change)

    def restore(self, bookmark: Bookmark) -> None:
        """Put back a removed bookmark exactly (note and created time too), e.g. for undo."""
        self._mutate(lambda _current: (Put(bookmark=bookmark), None))

    # ------------------------------------------------------------ folding

    def fold(self) -> bool:
        """Write the journal's changes into the TOML file and drop the journal; False if none."""
        with self._guard, self._lock.held():
            self._sync()
            journal = self._journal
            if journal is None:
                return False
            bookmarks = list(self._state.values())
            mark = (journal.id, journal.offset)
            try:
                write_atomic(self.path, encode_bookmarks(bookmarks, mark=mark))
            except OSError as error:
                self._synced = False
                raise BookmarkError(f"could not save bookmarks to {self.path}: {why(error)}") from error
            # The TOML file now holds the journal (its header says so): a crash from
            # here on leaves a journal that is skipped, never applied twice.
            self._synced = False
            stamp = self._stamp()
            if stamp is None:
                return True
            self._base, self._base_stamp, self._base_mark = bookmarks, stamp, mark
            try:
                os.unlink(self.journal_path)
                self._journal = None
            except FileNotFoundError:
                self._journal = None
            except OSError:
                pass  # left behind, and skipped when read
            self._synced = True
            write_cache(self.cache_path, stamp, mark, bookmarks)
            return True

    def close(self) -> None:
        """Fold the journal now (e.g. when the reader quits); errors become messages."""
        with self._guard:
            if self._fold_timer is not None:
                self._fold_timer.cancel()
                self._fold_timer = None
        self._fold_quietly()

    def _fold_quietly(self) -> None:
        try:
            self.fold()
        except BookmarkError as error:
            self._messages.append(str(error))

    def _schedule_fold(self) -> None:
        if self._fold_after is None:
            return
        if self._fold_timer is not None:
            self._fold_timer.cancel()
        timer = threading.Timer(self._fold_after, self._fold_quietly)
        timer.name = "bookmarks-fold"
        timer.daemon = True
        self._fold_timer = timer
        timer.start()

    # ----------------------------------------------------------- internals

    def _mutate(self, decide: Callable[[dict[Key, Bookmark]], tuple[Change | None, T]]) -> T:
        with self._guard:
            with self._lock.held():
                self._sync()
                change, result = decide(self._state)
                if change is None:
                    return result
                try:
                    self._journal = append_change(self.journal_path, self._journal, change)
                except OSError as error:
                    self._synced = False
                    with suppress(BookmarkError):
                        self._sync()
                    raise BookmarkError(f"could not save bookmarks to {self.path}: {why(error)}") from error
                apply_change(self._state, change)
                self._view = None
            self._schedule_fold()
            return result

    def _reset(self, state: dict[Key, Bookmark]) -> None:
        self._state = state
        self._view = None
        self._synced = False

    def _stamp(self) -> Stamp | None:
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise BookmarkError(
                f"cannot read {self.path}: {why(error)}; bookmarks are not saved until it can be read"
            ) from error
        return (info.st_ino, info.st_size, info.st_mtime_ns)

    def _sync(self) -> None:
        """Catch up with the files; call with the lock held."""
        stamp = self._stamp()
        if not self._synced or stamp != self._base_stamp:
            self._synced = False
            self._read_base(stamp)
            self._journal = None
            self._reset({b.key: b for b in self._base})
        self._read_journal()
        self._synced = True

    def _read_base(self, stamp: Stamp | None) -> None:
        """The TOML file's bookmarks, from the cache when it matches `stamp`."""
        self._base, self._base_stamp, self._base_mark = [], None, None
        if stamp is None:
            return
        cache = read_cache(self.cache_path, stamp)
        if cache is not None:
            self._base, self._base_stamp, self._base_mark = list(cache.bookmarks), stamp, cache.mark
            return
        for _attempt in range(3):
            try:
                data = read_regular(self.path)
            except FileNotFoundError:
                return
            except OSError as error:
                raise BookmarkError(
                    f"cannot read {self.path}: {why(error)}; bookmarks are not saved until it can be read"
                ) from error
            after = self._stamp()
            if after is not None and after[1] == len(data):
                stamp = after
                break  # else changed while being read: read it again
        try:
            bookmarks = parse_bookmarks(data)
        except NewerBookmarks as error:
            raise BookmarkError(
                f"{self.path} was written by a newer briefing ({error}); "
                "bookmarks are read-only here and were not changed"
            ) from error
        except CorruptBookmarks as error:
            self._move_aside(self.path, ".toml", "Bookmarks file", str(error), "bookmarks start empty")
            return
        self._base, self._base_stamp, self._base_mark = bookmarks, stamp, journal_mark(data)
        if bookmarks:
            write_cache(self.cache_path, stamp, self._base_mark, bookmarks)

    def _read_journal(self) -> None:
        """Apply the journal's lines not yet applied."""
        try:
            read = read_journal(self.journal_path, self._journal, self._base_mark)
        except OSError as error:
            raise BookmarkError(f"cannot read {self.journal_path}: {why(error)}") from error
        except NewerBookmarks as error:
            raise BookmarkError(
                f"{self.journal_path} was written by a newer briefing ({error}); bookmarks are read-only here"
            ) from error
        except CorruptBookmarks as error:
            self._move_aside(
                self.journal_path, ".journal", "Bookmarks journal", str(error),
                "changes since bookmarks.toml was last written are not applied",
            )  # fmt: skip
            read = JournalRead(None, restart=True)
        if read.restart:
            self._reset({b.key: b for b in self._base})
        for change in read.changes:
            apply_change(self._state, change)
        if read.changes:
            self._view = None
        self._journal = read.journal

    def _move_aside(self, source: Path, suffix: str, what: str, reason: str, consequence: str) -> None:
        stamp = _utc(self._clock()).strftime("%Y%m%d-%H%M%S")
        try:
            self.moved_aside = move_aside(source, f"{self.path.stem}.corrupt-{stamp}", suffix)
        except OSError as error:
            raise BookmarkError(
                f"{source} could not be read ({reason}) nor moved aside ({why(error)}); "
                "bookmarks are not saved until it is fixed or removed"
            ) from error
        self._messages.append(
            f"{what} could not be read ({shorten(reason)}). It was moved to {self.moved_aside}; "
            f"{consequence}."
        )

    def _remove_leftovers(self) -> None:
        """Delete temporary files a crashed writer left (under the lock); scandir: no glob to compile."""
        prefixes = (f".{self.path.name}.", f".{self.cache_path.name}.")
        with suppress(OSError), os.scandir(self.path.parent) as listing:
            for entry in listing:
                if entry.name.startswith(prefixes) and entry.name.endswith(".tmp"):
                    with suppress(OSError):
                        os.unlink(entry.path)


def _utc(moment: datetime.datetime) -> datetime.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)
