"""The real reader (`python -m tui`) on a pseudo-terminal, for tests that need the bytes a terminal gets."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path

from helpers import PATIENCE


def reader_env(home: Path, columns: int = 120, lines: int = 40) -> dict[str, str]:
    env = {
        **os.environ,
        "BRIEFING_HOME": str(home),
        "TERM": "xterm-256color",
        "COLUMNS": str(columns),
        "LINES": str(lines),
    }
    env.pop("TEXTUAL", None)
    return env


def spawn_reader(
    args: list[str], env: dict[str, str], columns: int = 120, lines: int = 40
) -> tuple[int, int]:
    """(pid, pty fd) of `python -m tui ARGS` on a `columns`×`lines` terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # child: become the reader
        os.execve(sys.executable, [sys.executable, "-m", "tui", *args], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
    return pid, fd


@contextlib.contextmanager
def reader_on_pty(args: list[str], env: dict[str, str]) -> Iterator[tuple[int, int]]:
    """The reader on a pty; killed (if still running), reaped and closed afterwards."""
    pid, fd = spawn_reader(args, env)
    try:
        yield pid, fd
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        os.close(fd)


def read_until(fd: int, needle: bytes, seen: bytearray, timeout: float = PATIENCE) -> bool:
    """Read the pty into `seen` until `needle` is in it (True), it closes, or `timeout` passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                return needle in seen
            if not chunk:
                return needle in seen
            seen += chunk
            if needle in seen:
                return True
    return needle in seen
