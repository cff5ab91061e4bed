"""Closing the terminal keeps the reading position (issue 9, item 2): the real app on a pty, hung up."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest
from helpers import seed_sourcing
from reader_helpers import SEED_ID

from tui.model.format.records import Claim
from tui.model.state.reading import ReadingState

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def read_until(fd: int, needle: bytes, seen: bytearray, timeout: float) -> bool:
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


def seed_claims() -> list[Claim]:
    return seed_sourcing().claims_in_reading_order


@pytest.mark.parametrize("hang_up", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_killed_terminal_keeps_the_reading_position(briefing_home: Path, hang_up: signal.Signals) -> None:
    third = seed_claims()[2]
    env = {**os.environ, "BRIEFING_HOME": str(briefing_home), "TERM": "xterm-256color"}
    env.pop("TEXTUAL", None)
    pid, fd = pty.fork()
    if pid == 0:  # child: become the reader
        os.execve(sys.executable, [sys.executable, "-m", "tui"], env)
    status = None
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        output = bytearray()
        assert read_until(fd, b"Kim Jong Un", output, 30), output[-2000:]
        os.write(fd, b"\r")  # open the briefing
        assert read_until(fd, b"Key figures", output, 30), output[-2000:]
        os.write(fd, b"nnn")
        # The sourcing pane draws the claim's text afresh (the status line redraws only a digit).
        assert read_until(fd, third.text[:20].encode(), output, 30), output[-2000:]
        # At once, within the debounce of the claim-change save: the hang-up must save it.
        os.kill(pid, hang_up)
        deadline = time.monotonic() + 20
        while status is None and time.monotonic() < deadline:
            read_until(fd, b"\x00never", output, 0.1)  # drain, or the child may block writing
            done, code = os.waitpid(pid, os.WNOHANG)
            status = code if done else None
    finally:
        if status is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 9)
            os.waitpid(pid, 0)
        os.close(fd)
    assert status is not None, "the reader did not exit on the signal"
    position = ReadingState(briefing_home / "state" / "reading.toml").position(SEED_ID)
    assert position is not None
    assert position.claim == third.id
