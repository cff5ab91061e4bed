"""Closing the terminal keeps the reading position (issue 9, item 2): the real app on a pty, hung up."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path

import pytest
from helpers import seed_sourcing
from pty_helpers import PATIENCE, read_until, reader_env, spawn_reader
from reader_helpers import SEED_ID

from tui.model.format.records import Claim
from tui.model.state.reading import ReadingState

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")


def seed_claims() -> list[Claim]:
    return seed_sourcing().claims_in_reading_order


@pytest.mark.parametrize("hang_up", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_killed_terminal_keeps_the_reading_position(briefing_home: Path, hang_up: signal.Signals) -> None:
    third = seed_claims()[2]
    pid, fd = spawn_reader([], reader_env(briefing_home))
    status = None
    try:
        output = bytearray()
        assert read_until(fd, b"Kim Jong Un", output), output[-2000:]
        os.write(fd, b"\r")  # open the briefing
        assert read_until(fd, b"Key figures", output), output[-2000:]
        os.write(fd, b"nnn")
        # The sourcing pane draws the claim's text afresh (the status line redraws only a digit).
        assert read_until(fd, third.text[:20].encode(), output), output[-2000:]
        # At once, within the debounce of the claim-change save: the hang-up must save it.
        os.kill(pid, hang_up)
        deadline = time.monotonic() + PATIENCE  # a hang guard: the loop ends when it exits
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
