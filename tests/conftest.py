"""Hermetic tests: every test gets its own BRIEFING_HOME and library folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

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


@pytest.fixture
def bundled() -> Path:
    return BUNDLED
