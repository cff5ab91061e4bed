"""The real app under a pseudo-terminal: no escape sequence from file text reaches the terminal.

`run_test()` never writes to a terminal, so this runs `python -m tui` on a pty and reads the
bytes a terminal would receive.
"""

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

import pytest
from reader_helpers import HOSTILE_BRIEFING

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def _read_until(fd: int, needle: bytes, seen: bytearray, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
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


def test_escape_sequences_in_a_briefing_never_reach_the_terminal(tmp_path: Path, briefing_home: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "hostile.toml").write_text(HOSTILE_BRIEFING, "utf-8")
    env = {
        **os.environ,
        "BRIEFING_HOME": str(briefing_home),
        "TERM": "xterm-256color",
        "COLUMNS": "120",
        "LINES": "40",
    }
    env.pop("TEXTUAL", None)
    pid, fd = pty.fork()
    if pid == 0:  # child: become the reader
        os.execve(sys.executable, [sys.executable, "-m", "tui", "--library", str(library)], env)
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        output = bytearray()
        # The waits end as soon as the text is seen; the limits only guard against a hang
        # on a machine so loaded that starting Python takes tens of seconds.
        assert _read_until(fd, b"Hostile", output, 300), output[-2000:]
        os.write(fd, b"\r")  # open the briefing
        assert _read_until(fd, b"SGVsbG8=", output, 300), output[-2000:]
        os.write(fd, b"n")  # focus the claim: its sourcing is drawn too
        _read_until(fd, b"anonymous only", output, 120)
        os.write(fd, b"q")
        _read_until(fd, b"\x00never", output, 3)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(fd)

    data = bytes(output)
    # The printable remainder of each sequence is shown...
    assert b"]52;c;SGVsbG8=" in data
    assert b"CSI: [2J" in data
    # ...but never the sequence itself.
    assert b"\x1b]52;c;SGVsbG8=" not in data  # OSC 52: set the clipboard
    assert b"\x1b[2J C1" not in data  # CSI from the article
    assert "\u009b".encode() not in data  # C1 CSI
    assert "\u202e".encode() not in data  # bidi override
    assert b"\x07 CSI" not in data  # BEL from the article
