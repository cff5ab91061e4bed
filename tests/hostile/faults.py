"""Inject write faults into the one write helper every user file goes through (state/atomic.py).

Faults are raised where the real system call would fail: creating the temporary file (EACCES,
EROFS for a read-only home, ENOSPC), writing it (ENOSPC), fsync (EIO), or the final rename.
SQLite's own I/O is C code; the index is faulted by holding real locks (see test_write_faults).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import pytest

from tui.model.state import atomic, bookmark_journal

FAULTS = ["ENOSPC-create", "ENOSPC-write", "EACCES-create", "EROFS-create", "EIO-fsync", "EACCES-rename"]


def _raiser(code: int) -> Callable[..., Any]:
    def fail(*_args: object, **_kwargs: object) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


class _FullFile:
    """A file whose writes fail with ENOSPC, as on a full disk."""

    def __init__(self, handle: Any) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


@contextmanager
def write_fault(monkeypatch: pytest.MonkeyPatch, fault: str) -> Iterator[list[str]]:
    """While active, every atomic write fails with `fault`; yields the list of calls that failed."""
    failed: list[str] = []
    name, _, step = fault.partition("-")
    code = getattr(errno, name)
    fake_os: dict[str, Any] = {k: getattr(os, k) for k in dir(os) if not k.startswith("__")}
    fake_tempfile = SimpleNamespace(mkstemp=tempfile.mkstemp)

    def counted(call: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            failed.append(fault)
            return call(*args, **kwargs)

        return run

    real_open_regular = bookmark_journal.open_regular

    def journal_open(path: Any, flags: int = os.O_RDONLY, mode: int = 0o644) -> int:
        if flags & os.O_WRONLY:  # the bookmarks journal's append; its reads go on
            failed.append(fault)
            raise OSError(code, os.strerror(code))
        return real_open_regular(path, flags, mode)

    if step == "create":
        fake_tempfile.mkstemp = counted(_raiser(code))
        monkeypatch.setattr(bookmark_journal, "open_regular", journal_open)
    elif step == "write":
        fake_os["fdopen"] = counted(lambda fd, mode: _FullFile(os.fdopen(fd, mode)))
        fake_os["write"] = counted(_raiser(code))
    elif step == "fsync":
        fake_os["fsync"] = counted(_raiser(code))
    elif step == "rename":
        fake_os["replace"] = counted(_raiser(code))
        fake_os["link"] = counted(_raiser(code))
    monkeypatch.setattr(atomic, "os", SimpleNamespace(**fake_os))
    # Bookmark changes are appended to a journal (os.open/os.write/os.fsync) before folding.
    monkeypatch.setattr(bookmark_journal, "os", SimpleNamespace(**fake_os))
    monkeypatch.setattr(atomic, "tempfile", fake_tempfile)
    try:
        yield failed
    finally:
        monkeypatch.setattr(atomic, "os", os)
        monkeypatch.setattr(bookmark_journal, "os", os)
        monkeypatch.setattr(bookmark_journal, "open_regular", real_open_regular)
        monkeypatch.setattr(atomic, "tempfile", tempfile)
