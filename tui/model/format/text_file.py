"""Reading a user's text file once, the same way everywhere: size guard, then strict UTF-8.

Briefings, themes and the bookmarks file all come through here; each turns the
two errors into its own message for the reader.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path


class TooLarge(ValueError):
    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"file is {size} bytes; the limit is {limit}")
        self.size = size
        self.limit = limit


class NotUtf8(ValueError):
    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}: not UTF-8 text")
        self.line = line  # 1-based line of the first undecodable byte


def decode_utf8(data: bytes) -> str:
    """`data` as UTF-8 text; NotUtf8 names the line of the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NotUtf8(data[: error.start].count(b"\n") + 1) from error


def open_regular(path: Path | str, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
    """A descriptor for the regular file at `path`; OSError(EINVAL) for anything else.

    Non-blocking, and checked on the opened file: a FIFO or device put in place of a
    file (or swapped in between a stat and the open) must not hang or flood the reader.
    The descriptor is blocking again when returned.
    """
    try:
        fd = os.open(path, flags | os.O_CLOEXEC | getattr(os, "O_NONBLOCK", 0), mode)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a FIFO opened for writing with no reader
            raise OSError(errno.EINVAL, "not a regular file; it was not read") from error
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file; it was not read")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: Path | str, limit: int | None = None) -> bytes:
    """The bytes of the regular file at `path` (see `open_regular`); TooLarge past `limit`."""
    with open(open_regular(path), "rb") as handle:
        if limit is None:
            return handle.read()
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise TooLarge(size, limit)
        data = handle.read(limit + 1)  # a file still growing stops at the limit
    if len(data) > limit:
        raise TooLarge(len(data), limit)
    return data


def read_utf8(path: Path, limit: int) -> str:
    """The text of `path`: TooLarge past `limit` bytes (not read), OSError, or NotUtf8."""
    return decode_utf8(read_regular(path, limit))
