"""The bookmark journal: `bookmarks.journal`, the changes made since `bookmarks.toml` was written.

The first line names the journal (`{"journal":1,"id":"…"}`); each line after it
is one change as JSON. Appending a line and fsyncing it is what a toggle
costs. A TOML file that holds part of a journal says so in its header (see
bookmark_file.journal_mark), and that part is skipped, so folding is exact
even when a crash leaves the journal behind. A last line without its newline
was never acknowledged (its writer died mid-write) and is cut off.
"""

from __future__ import annotations

import datetime
import os
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import msgspec

from tui.model.format.text_file import open_regular
from tui.model.state.atomic import fsync_folder
from tui.model.state.bookmark_file import CorruptBookmarks, NewerBookmarks
from tui.model.state.bookmark_records import Bookmark, Key


class JournalHeader(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    journal: int  # its format
    id: str


class Added(msgspec.Struct, frozen=True, tag="add", tag_field="op", forbid_unknown_fields=True):
    """Append `bookmark` unless its key is there already."""

    bookmark: Bookmark


class Put(msgspec.Struct, frozen=True, tag="put", tag_field="op", forbid_unknown_fields=True):
    """Replace the bookmark with this key where it stands, or append it."""

    bookmark: Bookmark


class Removed(msgspec.Struct, frozen=True, tag="remove", tag_field="op", forbid_unknown_fields=True):
    """Remove every bookmark with one of `keys` (one line: all or none)."""

    keys: tuple[tuple[str, str, str], ...]


Change = Added | Put | Removed
JOURNAL_FORMAT: Final = 1

_encode_json = msgspec.json.Encoder().encode
_decode_change = msgspec.json.Decoder(Change).decode
_decode_header = msgspec.json.Decoder(JournalHeader).decode


def journal_header(journal_id: str) -> bytes:
    return _encode_json(JournalHeader(journal=JOURNAL_FORMAT, id=journal_id)) + b"\n"


def encode_change(change: Change) -> bytes:
    return _encode_json(change) + b"\n"


def read_journal_header(line: bytes) -> str:
    """The journal id from its first line; CorruptBookmarks if it is not one we can read."""
    try:
        header = _decode_header(line)
    except msgspec.DecodeError as error:
        raise CorruptBookmarks(f"journal header: {error}") from error
    if header.journal > JOURNAL_FORMAT:
        raise NewerBookmarks(f"journal format {header.journal} is newer than this briefing understands")
    return header.id


def decode_changes(data: bytes, first_line: int) -> list[Change]:
    """Complete lines of journal text; CorruptBookmarks naming the first that is not a change."""
    changes: list[Change] = []
    for number, line in enumerate(data.splitlines(), first_line):
        if not line.strip():
            continue
        try:
            change = _decode_change(line)
        except msgspec.DecodeError as error:
            raise CorruptBookmarks(f"journal line {number}: {error}") from error
        changes.append(change)
    return changes


def apply_change(bookmarks: dict[Key, Bookmark], change: Change) -> None:
    """Replay one change on bookmarks keyed in file order. Replaying twice changes nothing more."""
    if isinstance(change, Added):
        bookmarks.setdefault(change.bookmark.key, _in_utc(change.bookmark))
    elif isinstance(change, Put):
        bookmarks[change.bookmark.key] = _in_utc(change.bookmark)
    else:
        for key in change.keys:
            bookmarks.pop(key, None)


def _in_utc(bookmark: Bookmark) -> Bookmark:
    if bookmark.created.tzinfo is None:
        return msgspec.structs.replace(bookmark, created=bookmark.created.replace(tzinfo=datetime.UTC))
    return bookmark


@dataclass(frozen=True)
class JournalState:
    """A journal as far as it has been read: its inode, id and bytes consumed."""

    inode: int
    id: str
    offset: int


@dataclass(frozen=True)
class JournalRead:
    """What reading a journal found since `known`."""

    journal: JournalState | None  # None: there is no journal (or only a torn header)
    changes: list[Change] = field(default_factory=list)
    # Not the journal read before (or it shrank): replay `changes` on the TOML file's bookmarks.
    restart: bool = False


def read_journal(path: Path, known: JournalState | None, mark: tuple[str, int] | None) -> JournalRead:
    """The changes in the journal at `path` after `known`; call with the lock held.

    `mark` is what the TOML file holds of a journal. Cuts off a torn last
    line. Raises CorruptBookmarks, NewerBookmarks, or OSError.
    """
    try:
        handle = open(open_regular(path), "rb")  # noqa: SIM115  # closed below
    except FileNotFoundError:
        return JournalRead(None, restart=known is not None)
    with handle:
        info = os.fstat(handle.fileno())
        restart = known is not None and (known.inode != info.st_ino or info.st_size < known.offset)
        journal = None if restart else known
        handle.seek(0 if journal is None else journal.offset)
        data = handle.read()
    start = 0 if journal is None else journal.offset
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) < len(data):
        # A writer died mid-line: that change was never acknowledged. Cut it off
        # so that the next line appended starts on a line of its own.
        os.truncate(path, start + len(complete))
    if journal is None:
        if not complete:
            return JournalRead(None, restart=restart)
        header, _, complete = complete.partition(b"\n")
        journal_id = read_journal_header(header)
        offset = len(header) + 1
        if mark is not None and mark[0] == journal_id:
            # The TOML file already holds this journal up to its mark.
            held = min(max(mark[1] - offset, 0), len(complete))
            complete, offset = complete[held:], offset + held
        journal = JournalState(info.st_ino, journal_id, offset)
        first_line = data[:offset].count(b"\n") + 1
    else:
        first_line = 0
    changes = decode_changes(complete, first_line)
    return JournalRead(
        JournalState(journal.inode, journal.id, journal.offset + len(complete)), changes, restart
    )


def append_change(path: Path, known: JournalState | None, change: Change) -> JournalState:
    """Append `change` to the journal (made if `known` is None) and fsync it; on failure cut it back."""
    line = encode_change(change)
    if known is None:
        journal_id = os.urandom(8).hex()
        data = journal_header(journal_id) + line
    else:
        journal_id, data = known.id, line
    fd = open_regular(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        info = os.fstat(fd)
        before = info.st_size
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
            if known is None:
                fsync_folder(path.parent)  # the new journal's name is durable too
        except BaseException:
            with suppress(OSError):
                os.ftruncate(fd, before)
            raise
    finally:
        os.close(fd)
    return JournalState(info.st_ino, journal_id, before + len(data))
