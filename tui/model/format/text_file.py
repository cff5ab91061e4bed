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


def read_utf8(path: Path, limit: int) -> str:
    """The text of `path`: TooLarge past `limit` bytes (not read), OSError, or NotUtf8."""
    # Non-blocking, and checked on the opened file: a FIFO or device put in place of a file
    # (or swapped in after the library scan) must not hang or flood the reader.
    with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file; it was not read")
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        data = handle.read(limit + 1)  # a file still growing stops at the limit
    if len(data) > limit:
        raise TooLarge(len(data), limit)
    return decode_utf8(data)
