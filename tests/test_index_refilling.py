"""While the reader fills an index it emptied itself, search says so instead of answering.

The reader empties an index whose entries may be on screen in two ways: a damaged file is
rebuilt empty, and garbage collection empties the body text's table. Until a refresh has
parsed every briefing again, the index knows fewer briefings than the list shows, so a
search raises IndexRefilling and the library matches the entries in hand (the screen's
side is tested in test_index_damage). Nothing here sleeps: threads wait on events.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest
import tomli_w
from index_helpers import parsing_held
from reader_helpers import PATIENCE

from tui.model.state.index import LibraryIndex
from tui.model.state.index_reading import IndexRefilling
from tui.model.state.index_schema import _set_refilling, _transaction
from tui.model.state.index_search import bump_generation
from tui.model.state.paths import state_paths

TITLES = ["Harbour talks resume", "Grain corridor reopens", "Dam inspection delayed"]


def _write(path: Path, number: int, title: str, paragraph: str) -> None:
    document = {
        "format": 2,
        "briefing": {"id": f"b{number}", "title": title, "outlet": "Wire", "published": "2031-01-02"},
        "sections": [{"id": "s", "heading": "Only", "paragraphs": [paragraph]}],
    }
    path.write_text(tomli_w.dumps(document), "utf-8")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number, title in enumerate(TITLES):
        _write(folder / f"b{number}.toml", number, title, f"{title}, said the quartermaster.")
    return folder


def _in_thread(action: object) -> threading.Thread:
    assert callable(action)
    thread = threading.Thread(target=action, daemon=True)
    thread.start()
    return thread


def test_search_declines_while_collected_body_text_is_parsed_again(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with LibraryIndex(state_paths().index_file) as index:
        index.refresh([library])
        assert len(index.search("quartermaster")) == len(TITLES)
        with contextlib.closing(sqlite3.connect(index.path, isolation_level=None)) as db:
            db.execute("UPDATE meta SET value = '5000' WHERE key = 'retired'")  # past GARBAGE_FLOOR
        with parsing_held(monkeypatch) as (parsing, release):
            refresh = _in_thread(lambda: index.refresh([library]))
            assert parsing.wait(PATIENCE), "the collected body text was never parsed again"
            with pytest.raises(IndexRefilling):  # was: [] for a word every briefing holds
                index.search("quartermaster")
            release.set()
            refresh.join(PATIENCE)
            assert not refresh.is_alive()
        assert len(index.search("quartermaster")) == len(TITLES)


def test_a_refresh_that_began_before_the_index_was_emptied_does_not_say_it_is_full(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process (or thread) emptied the index while this refresh parsed: what this
    refresh walked does not cover what was emptied, so the index stays refilling until a
    refresh that began afterwards ends."""
    with LibraryIndex(state_paths().index_file) as index:
        index.refresh([library])
        changed = library / "b0.toml"
        _write(changed, 0, TITLES[0], "Harbour talks resume, said the harbourmaster.")
        info = changed.stat()
        os.utime(changed, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        with parsing_held(monkeypatch) as (parsing, release):
            refresh = _in_thread(lambda: index.refresh([library]))
            assert parsing.wait(PATIENCE)
            other = sqlite3.connect(index.path, isolation_level=None)
            with contextlib.closing(other), _transaction(other):  # what emptying writes (_collect_garbage)
                bump_generation(other)
                _set_refilling(other)
            release.set()
            refresh.join(PATIENCE)
            assert not refresh.is_alive()
        with pytest.raises(IndexRefilling):
            index.search("harbourmaster")
        index.refresh([library])
        assert index.search("harbourmaster") == [str(changed)]
