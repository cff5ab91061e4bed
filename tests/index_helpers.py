"""Shared helpers for tests of the library index: hold its parses to watch what happens meanwhile."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import pytest
from helpers import PATIENCE

from tui.model.state import index as index_module


@contextlib.contextmanager
def parsing_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[threading.Event, threading.Event]]:
    """Every briefing parse of the index waits for `release`; `parsing` is set once one waits.

    In a test whose index is up to date, the only parse is the index's own refill after damage."""
    parsing, release = threading.Event(), threading.Event()
    parse = index_module.parse_file

    def held(path: str) -> object:
        parsing.set()
        release.wait(PATIENCE)  # a hang guard only: the test sets it
        return parse(path)

    monkeypatch.setattr(index_module, "parse_file", held)
    try:
        yield parsing, release
    finally:
        release.set()  # never leave the library's worker waiting, whatever the test found
