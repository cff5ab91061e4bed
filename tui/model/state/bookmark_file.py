"""The bytes of the bookmark store: the TOML file and a fast copy of it (journal: bookmark_journal).

- `bookmarks.toml` (human-readable, hand-editable) is written whole, by our own
  encoder: tomli_w takes 0.7 s for 10,000 bookmarks, this about a tenth of it.
  Its header may say which part of the journal it already holds
  (`# journal: <id> <bytes>`), so folding the journal in is exact even when a
  crash leaves the journal behind.
- `bookmarks.journal` holds the changes made since, one JSON line each, after
  a header line naming the journal: appending a line is what a toggle costs.
- `bookmarks.cache` is the parsed TOML in msgpack, keyed by the TOML's inode,
  size and mtime, because tomllib needs 1.6 s for 10,000 bookmarks. Only a
  copy: anything wrong with it and the TOML is parsed instead.
"""

from __future__ import annotations

import datetime
import itertools
import json
import os
import re
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Final

import msgspec

from tui.model.format.clean import clean_tree
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import fsync_folder, write_atomic
from tui.model.state.bookmark_records import BOOKMARKS_FORMAT, Bookmark, ChainLink, Key
from tui.model.state.file_lock import LockFile
from tui.model.text import shorten as text_shorten

if TYPE_CHECKING:
    pass

LOCK_TIMEOUT = 10.0

HEADER: Final = (
    "# briefing bookmarks. Written by briefing; changes made since are kept in\n"
    "# bookmarks.journal (one per line) until briefing folds them into this file,\n"
    "# which it does soon after a change and on quitting. Edits made by hand are\n"
    "# kept. A file briefing cannot read is moved aside to\n"
    "# bookmarks.corrupt-<time>.toml, never overwritten.\n"
)
_MARK = re.compile(rb"^# journal: ([0-9a-f]{8,64}) ([0-9]{1,18})$", re.MULTILINE)
# The header is at the top; a hand-edited file may have moved it a little.
_MARK_WINDOW: Final = 4096


class BookmarkFile(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    format: int
    bookmarks: tuple[Bookmark, ...] = ()


class BookmarkError(Exception):
    """A bookmark change could not be made; str() is a message for the reader."""


class CorruptBookmarks(ValueError):
    """The file is not a bookmarks file this version can read; why, in words."""


class NewerBookmarks(ValueError):
    """The file was written by a newer version of briefing."""


# -------------------------------------------------------------- the TOML file


def parse_bookmarks(data: bytes) -> list[Bookmark]:
    """Decode a bookmarks file; CorruptBookmarks or NewerBookmarks if it cannot be used."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CorruptBookmarks(f"not UTF-8 text (line {line})") from error
    import tomllib  # only for a file not read before (see the cache)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CorruptBookmarks(f"TOML syntax: {error}") from error
    except RecursionError:  # tomllib recurses once per nesting level
        raise CorruptBookmarks("values nested too deeply") from None
    if not raw:
        return []  # an empty file holds no bookmarks; nothing to save
    version = raw.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > BOOKMARKS_FORMAT:
        raise NewerBookmarks(
            f"format {version} is newer than this briefing understands (up to {BOOKMARKS_FORMAT})"
        )
    try:
        decoded = msgspec.convert(clean_tree(raw), BookmarkFile)
    except msgspec.ValidationError as error:
        raise CorruptBookmarks(str(error)) from error
    bookmarks: list[Bookmark] = []
    seen: set[Key] = set()
    for bookmark in decoded.bookmarks:
        if bookmark.key in seen:
            continue  # hand-edited duplicates: the first one wins
        seen.add(bookmark.key)
        if bookmark.created.tzinfo is None:
            bookmark = msgspec.structs.replace(
                bookmark, created=bookmark.created.replace(tzinfo=datetime.UTC)
            )
        bookmarks.append(bookmark)
    return bookmarks


def journal_mark(data: bytes) -> tuple[str, int] | None:
    """(journal id, bytes of it held) from a TOML file's header, if it says so."""
    found = _MARK.search(data, 0, _MARK_WINDOW)
    return (found[1].decode(), int(found[2])) if found else None


_string = json.encoder.encode_basestring  # C; JSON escapes are TOML escapes
_FIELDS: Final = [(f.name, f.default) for f in msgspec.structs.fields(Bookmark)]


def _toml_string(text: str) -> str:
    quoted: str = _string(text)
    # TOML wants DEL escaped as well; JSON does not escape it.
    return quoted.replace("\x7f", "\\u007f") if "\x7f" in quoted else quoted


def _toml_value(value: object) -> str:
    if isinstance(value, str):  # StrEnum included
        return _toml_string(str(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)  # floats: 1500000.0, 1e+16, inf, nan are all TOML
    if isinstance(value, datetime.datetime | datetime.date):
        return str(value)  # 2025-01-02 03:04:05+00:00 / 2025-01-02
    raise TypeError(f"no TOML for {type(value).__name__}")


def _chain_lines(chain: tuple[ChainLink, ...]) -> str:
    links = "".join(
        f"    {{ name = {_toml_string(link.name)}, kind = {_toml_string(link.kind)} }},\n" for link in chain
    )
    return f"chain = [\n{links}]\n"


def encode_bookmarks(bookmarks: Iterable[Bookmark], *, mark: tuple[str, int] | None = None) -> bytes:
    """The TOML file for `bookmarks`, in the layout tomli_w gives, field order as in Bookmark.

    `mark`: (journal id, bytes) the file holds, written into the header.
    """
    parts = [HEADER]
    if mark is not None:
        parts.append(f"# journal: {mark[0]} {mark[1]}\n")
    parts.append(f"\nformat = {BOOKMARKS_FORMAT}\n")
    for bookmark in bookmarks:
        parts.append("\n[[bookmarks]]\n")
        for name, default in _FIELDS:
            value = getattr(bookmark, name)
            if value is None or value == default:
                continue
            if name == "chain":
                parts.append(_chain_lines(value))
            else:
                parts.append(f"{name} = {_toml_value(value)}\n")
    # Lone surrogates cannot be UTF-8; never write a file we could not read back.
    return "".join(parts).encode("utf-8", errors="replace")


# ------------------------------------------------------------------ the cache


class Cache(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The parsed TOML file, valid while the file's identity is `stamp`."""

    format: int
    stamp: tuple[int, int, int]  # st_ino, st_size, st_mtime_ns of the TOML file
    mark: tuple[str, int] | None
    bookmarks: tuple[Bookmark, ...]


CACHE_FORMAT: Final = 1
_encode_cache = msgspec.msgpack.Encoder().encode
_decode_cache = msgspec.msgpack.Decoder(Cache).decode


def read_cache(path: Path, stamp: tuple[int, int, int]) -> Cache | None:
    """The cache at `path` if it can be read and was made from the TOML file with `stamp`."""
    try:
        return decode_cache(read_regular(path), stamp)
    except OSError:
        return None


def write_cache(
    path: Path, stamp: tuple[int, int, int], mark: tuple[str, int] | None, bookmarks: Iterable[Bookmark]
) -> None:
    """Best effort: without a cache the TOML file is only slower to read."""
    with suppress(OSError):
        write_atomic(path, encode_cache(stamp, mark, bookmarks))


def encode_cache(
    stamp: tuple[int, int, int], mark: tuple[str, int] | None, bookmarks: Iterable[Bookmark]
) -> bytes:
    return _encode_cache(Cache(format=CACHE_FORMAT, stamp=stamp, mark=mark, bookmarks=tuple(bookmarks)))


def decode_cache(data: bytes, stamp: tuple[int, int, int]) -> Cache | None:
    """The cache if it is readable and made from the file with `stamp`; else None."""
    try:
        cache = _decode_cache(data)
    except (msgspec.DecodeError, ValueError):
        return None
    if cache.format != CACHE_FORMAT or tuple(cache.stamp) != stamp:
        return None
    return cache


# ------------------------------------------------------------ moving aside


def move_aside(source: Path, name: str, suffix: str) -> Path:
    """Rename `source` to NAME[-N]SUFFIX beside it, never over an existing file; the new path."""
    for number in itertools.count(1):
        target = source.with_name(f"{name}{'' if number == 1 else f'-{number}'}{suffix}")
        try:
            _move_no_clobber(source, target)
        except FileExistsError:
            continue
        return target
    raise AssertionError("unreachable")


def _move_no_clobber(source: Path, target: Path) -> None:
    """Rename `source` to `target`; FileExistsError if `target` exists."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (some network or FAT file systems).
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
    else:
        os.unlink(source)
    fsync_folder(source.parent)


# ------------------------------------------------------------------ the lock


class BookmarksLock(LockFile):
    """The lock file beside the bookmarks, held for every read and change."""

    def busy(self) -> Exception:
        return BookmarkError(
            f"bookmarks are busy: another briefing has held {self.path} for {self.timeout:g} s; try again"
        )

    def broken(self, error: OSError) -> Exception:
        return BookmarkError(f"cannot use the bookmarks folder {self.path.parent}: {why(error)}")


def why(error: OSError) -> str:
    return error.strerror or str(error)


def shorten(text: str, limit: int = 160) -> str:
    return text_shorten(" ".join(text.split()), limit)
