"""Hermetic tests: every test gets its own BRIEFING_HOME and library folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from tui.widgets.cell_widths import install_emoji_sequence_widths, install_spacing_mark_widths

# Hypothesis' per-example deadline is a clock: on a busy machine a fast example can
# take 300 ms, and the test would fail for that alone. Properties are checked, not speed.
settings.register_profile("briefing", deadline=None)
settings.load_profile("briefing")

REPO = Path(__file__).resolve().parents[1]
BUNDLED = REPO / "briefings"


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
    yield
    install_spacing_mark_widths("one-cell")
    install_emoji_sequence_widths("joined")


@pytest.fixture
def bundled() -> Path:
    return BUNDLED
