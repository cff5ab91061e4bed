"""Hermetic tests: every test gets its own BRIEFING_HOME and library folders."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from hypothesis import settings

from tui.widgets.cell_widths import install_emoji_sequence_widths, install_spacing_mark_widths
from tui.widgets.terminal_output import install_missing_glyph_marks

# Hypothesis' per-example deadline is a clock: on a busy machine a fast example can
# take 300 ms, and the test would fail for that alone. Properties are checked, not speed.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "briefings"


# pytest-timeout's "thread" method prints every thread's stack, but a hung async test shows only the
# event loop waiting in select(); where each coroutine waits is in the asyncio tasks. So just before
# the limit, print every running loop's tasks with their stacks (to the real stderr, past capture).
TASK_DUMP_LEAD_SECONDS = 2.0


def running_loops() -> list[asyncio.AbstractEventLoop]:
    """The event loops running in any thread, found on the threads' stacks (not through gc: an app
    may have frozen them out of its reach with gc.freeze())."""
    loops: list[asyncio.AbstractEventLoop] = []
    for frame in sys._current_frames().values():
        walked: FrameType | None = frame
        while walked is not None:
            owner = walked.f_locals.get("self")
            if isinstance(owner, asyncio.AbstractEventLoop) and owner not in loops:
                loops.append(owner)
            walked = walked.f_back
    return loops


def dump_asyncio_tasks(nodeid: str) -> None:
    out = sys.__stderr__
    if out is None:
        return
    lead = f"{TASK_DUMP_LEAD_SECONDS:g} s before its time limit"
    print(f"\n+++ asyncio tasks of {nodeid}, {lead} +++", file=out)
    for loop in running_loops():
        for task in list(asyncio.all_tasks(loop)):
            print(f"--- {task!r}", file=out)
            task.print_stack(file=out)
    out.flush()


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_timeout_set_timer(item: pytest.Item, settings: Any) -> None:
    lead = max(settings.timeout - TASK_DUMP_LEAD_SECONDS, settings.timeout / 2)
    timer = threading.Timer(lead, dump_asyncio_tasks, (item.nodeid,))
    timer.daemon = True
    timer.start()
    item.stash[TASK_DUMP_TIMER] = timer
    # None: pytest-timeout still sets its own timer.


@pytest.hookimpl(optionalhook=True, tryfirst=True)
def pytest_timeout_cancel_timer(item: pytest.Item) -> None:
    timer = item.stash.get(TASK_DUMP_TIMER, None)
    if timer is not None:
        timer.cancel()


TASK_DUMP_TIMER = pytest.StashKey[threading.Timer]()


@pytest.fixture(autouse=True)
def briefing_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """All user state under tmp_path; the real home is never read or written."""
    home = tmp_path / "briefing-home"
    monkeypatch.setenv("BRIEFING_HOME", str(home))
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    # platformdirs must never be consulted: point HOME and XDG away as well.
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    yield home


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test measures text as the default setting does in a plain wcwidth terminal, whoever
    runs it (inside tmux, kitty, WezTerm...): spacing marks one cell wide. Emoji sequences are
    measured joined, Rich's own count, which the tests of cleaning and cutting state (auto would
    pick apart here: tests/test_emoji_sequences.py). Snapshots stay the same, and a test that
    installs other widths leaves no trace."""
    for name in ("TMUX", "STY", "TERM_PROGRAM"):
        monkeypatch.delenv(name, raising=False)
    if os.environ.get("TERM") in ("xterm-kitty", "xterm-ghostty"):
        monkeypatch.setenv("TERM", "xterm-256color")
    install_spacing_mark_widths("one-cell")
    install_emoji_sequence_widths("joined")
    install_missing_glyph_marks(False)
    yield
    install_spacing_mark_widths("one-cell")
    install_emoji_sequence_widths("joined")
    install_missing_glyph_marks(False)


@pytest.fixture
def bundled() -> Path:
    return BUNDLED
