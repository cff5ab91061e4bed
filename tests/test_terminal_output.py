"""The real app under a pseudo-terminal: no escape sequence from file text reaches the terminal.

`run_test()` never writes to a terminal, so this runs `python -m tui` on a pty and reads the
bytes a terminal would receive.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from pty_helpers import read_until, reader_env, reader_on_pty
from reader_helpers import HOSTILE_BRIEFING

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def test_escape_sequences_in_a_briefing_never_reach_the_terminal(tmp_path: Path, briefing_home: Path) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "hostile.toml").write_text(HOSTILE_BRIEFING, "utf-8")
    output = bytearray()
    with reader_on_pty(["--library", str(library)], reader_env(briefing_home)) as (_pid, fd):
        assert read_until(fd, b"Hostile", output), output[-2000:]
        os.write(fd, b"\r")  # open the briefing
        assert read_until(fd, b"SGVsbG8=", output), output[-2000:]
        os.write(fd, b"n")  # focus the claim: its sourcing is drawn too
        read_until(fd, b"anonymous only", output, 120)
        os.write(fd, b"q")
        # Everything the reader writes up to its exit (the pty closes then).
        read_until(fd, b"\x00never", output)

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
