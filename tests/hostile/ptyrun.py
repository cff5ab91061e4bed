"""Run the real reader (or a CLI command) on a pseudo-terminal and keep every byte it writes."""

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
from pathlib import Path
from types import TracebackType


class PtyApp:
    """`python -m tui ARGS` on a pty of `columns` x `lines`; `output` is what a terminal received."""

    def __init__(self, args: list[str], env: dict[str, str], columns: int = 110, lines: int = 34) -> None:
        self.output = bytearray()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child: become the reader
            os.execve(sys.executable, [sys.executable, "-m", "tui", *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))
        self.exit_status: int | None = None

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.exit_status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)

    def _read(self, wait: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], wait)
        if not ready:
            return False
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            return False
        self.output += chunk
        return bool(chunk)

    def wait_for(self, needle: bytes, timeout: float = 30, since: int | None = None) -> bool:
        """Read until `needle` has been written (after byte `since` of the output, else from now)."""
        deadline = time.monotonic() + timeout
        start = len(self.output) if since is None else since
        while time.monotonic() < deadline:
            if needle in self.output[max(0, start - len(needle)) :]:
                return True
            if not self._read(0.1) and not self.alive:
                break
        return needle in self.output[start:]

    def settle(self, quiet: float = 0.25, timeout: float = 10) -> None:
        """Read until the app has written nothing for `quiet` seconds (it has drawn the frame)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self._read(quiet):
            pass

    def send(self, data: bytes | str, timeout: float = 60) -> None:
        """Write `data` while draining what the app writes: a long paste into a pty whose
        output nobody reads deadlocks (we block writing, the app blocks drawing)."""
        pending = memoryview(data.encode() if isinstance(data, str) else data)
        deadline = time.monotonic() + timeout
        while pending and time.monotonic() < deadline and self.alive:
            readable, writable, _ = select.select([self.fd], [self.fd], [], 0.1)
            if readable:
                self._read(0)
            if writable:
                os.set_blocking(self.fd, False)
                try:
                    pending = pending[os.write(self.fd, pending[:1024]) :]
                except BlockingIOError:
                    pass
                finally:
                    os.set_blocking(self.fd, True)
        assert not pending, ("the app stopped reading", self.exit_status, bytes(self.output[-1500:]))
        self.settle()

    def paste(self, text: str) -> None:
        # Bracketed paste, as a terminal delivers a clipboard paste.
        self.send(b"\x1b[200~" + text.encode() + b"\x1b[201~")

    @property
    def alive(self) -> bool:
        if self.exit_status is not None:
            return False
        pid, status = os.waitpid(self.pid, os.WNOHANG)
        if pid == 0:
            return True
        self.exit_status = status
        return False

    def quit(self, keys: bytes = b"q", timeout: float = 90, patience: float = 15) -> int:
        """Send `keys` until the reader exits. A starved reader may read a lone escape sent just
        before together with `q` (as alt+q, ignored, the command palette still open): so when it
        has not exited after `patience` seconds, escape is sent on its own, then `keys` again."""
        deadline = time.monotonic() + timeout
        while self.alive and time.monotonic() < deadline:
            os.write(self.fd, keys)
            attempt_ends = min(deadline, time.monotonic() + patience)
            while time.monotonic() < attempt_ends and self.alive:
                self._read(0.1)
            if self.alive:
                with contextlib.suppress(OSError):
                    os.write(self.fd, b"\x1b")
                self.settle()
        self.settle(0.1, 1)
        assert self.exit_status is not None, "the reader did not quit"
        return os.waitstatus_to_exitcode(self.exit_status)


def reader_env(home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "BRIEFING_HOME": str(home),
        "TERM": "xterm-256color",
        "COLUMNS": "110",
        "LINES": "34",
    }
    env.pop("TEXTUAL", None)
    return env
