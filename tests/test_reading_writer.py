"""Reading positions written off the UI thread: at once in memory, durably on disk soon after."""

from __future__ import annotations

import errno
import threading
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tui.model.state import reading as reading_module
from tui.model.state.reading import Position, ReadingState


def stored(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text("utf-8"))["positions"]  # type: ignore[no-any-return]


def test_remember_returns_before_the_write_and_flush_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reading.toml"
    started, release = threading.Event(), threading.Event()
    real_write = reading_module._write

    def slow_write(target: Path, data: dict[str, Any]) -> None:
        started.set()
        release.wait()
        real_write(target, data)

    monkeypatch.setattr(reading_module, "_write", slow_write)
    state = ReadingState(path)
    failures: list[OSError] = []
    state.write_in_background(failures.append)
    state.remember("a", Position(claim="c1"))
    # Back on the caller's thread while the write is held: nothing on disk yet, known in memory.
    assert started.wait(30)
    assert state.position("a") == Position(claim="c1") and state.is_read("a")
    assert not path.exists()
    assert not state.flush(timeout=0.01)
    release.set()
    assert state.flush(timeout=30)
    assert stored(path) == {"a": {"claim": "c1", "scroll": 0.0}}
    assert failures == []


def test_the_last_position_given_is_the_one_written(tmp_path: Path) -> None:
    path = tmp_path / "reading.toml"
    state = ReadingState(path)
    state.write_in_background(lambda error: None)
    for number in range(50):
        state.remember("a", Position(claim=f"c{number}"))
        state.remember("b", Position(scroll=float(number)))
    assert state.flush(timeout=30)
    assert stored(path) == {"a": {"claim": "c49", "scroll": 0.0}, "b": {"claim": "", "scroll": 49.0}}
    assert ReadingState(path).position("a") == Position(claim="c49")


def test_a_failed_write_is_reported_and_the_next_one_goes_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "reading.toml"
    real_write = reading_module._write
    full = [True]

    def write(target: Path, data: dict[str, Any]) -> None:
        if full[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, data)

    monkeypatch.setattr(reading_module, "_write", write)
    state = ReadingState(path)
    failures: list[OSError] = []
    state.write_in_background(failures.append)
    state.remember("a", Position(claim="c1"))
    assert state.flush(timeout=30)
    assert [f.errno for f in failures] == [errno.ENOSPC]
    assert not path.exists()
    assert state.position("a") == Position(claim="c1")  # kept in memory for the next write
    full[0] = False
    state.remember("b", Position(claim="c2"))
    assert state.flush(timeout=30)
    assert set(stored(path)) == {"a", "b"}


def test_without_a_writer_remember_writes_at_once_and_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line and the tests' own stores: synchronous, errors raised to the caller."""
    path = tmp_path / "reading.toml"
    state = ReadingState(path)
    state.remember("a", Position(claim="c1"))
    assert stored(path)["a"]["claim"] == "c1"
    assert state.flush()

    def fail(target: Path, data: dict[str, Any]) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(reading_module, "_write", fail)
    with pytest.raises(OSError, match="Read-only"):
        state.remember("a", Position(claim="c2"))
