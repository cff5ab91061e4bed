"""A FIFO (named pipe) where a file was: every reader refuses it at once instead of blocking.

open() on a FIFO for reading blocks until a writer comes; a library file, a review edit's file or
a state file in the home swapped for a FIFO must give an error (or the empty default), never a
hung reader. Each call runs on a thread; if it is stuck in open(), the test opens the FIFO's
other end to free it, then fails.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from tui.commands.check import duplicate_id_problems
from tui.model.edit.session import EditError, EditSession
from tui.model.format.loader import load_briefing
from tui.model.format.text_file import open_regular, read_regular
from tui.model.state.bookmark_file import read_cache
from tui.model.state.bookmark_records import Bookmark, utc_now
from tui.model.state.bookmark_store import BookmarkError, BookmarkStore
from tui.model.state.library import Entry, summarize
from tui.model.state.paths import state_paths
from tui.model.state.prefetch import open_index
from tui.model.state.reading import ReadingState
from tui.model.state.settings import load_settings

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "briefings" / "north-korea-russia-alliance.toml"
# A bound for a call that should take milliseconds; reached only when it is stuck.
STUCK_SECONDS = 20.0
T = TypeVar("T")


def returns_promptly(fifo: Path, call: Callable[[], T]) -> T:
    """`call()`'s result (or exception), failing if it is still blocked after STUCK_SECONDS."""
    done = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as error:  # handed to the test thread
            failure.append(error)
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    if not done.wait(STUCK_SECONDS):
        # Free the thread: a writer opening and closing the FIFO ends the reader's open and read.
        for flags in (os.O_WRONLY | os.O_NONBLOCK, os.O_RDONLY | os.O_NONBLOCK):
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, flags))
        done.wait(STUCK_SECONDS)
        pytest.fail(f"blocked on the FIFO at {fifo.name}")
    if failure:
        raise failure[0]
    return outcome[0]


def swap_for_fifo(path: Path) -> Path:
    path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def test_the_shared_readers_refuse_a_fifo(tmp_path: Path) -> None:
    fifo = swap_for_fifo(tmp_path / "a.toml")
    with pytest.raises(OSError, match="not a regular file"):
        returns_promptly(fifo, lambda: read_regular(fifo))
    with pytest.raises(OSError, match="not a regular file"):
        returns_promptly(fifo, lambda: open_regular(fifo, os.O_WRONLY | os.O_APPEND))
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # with a reader, the open succeeds
    try:
        with pytest.raises(OSError, match="not a regular file"):
            returns_promptly(fifo, lambda: open_regular(fifo, os.O_WRONLY | os.O_APPEND))
    finally:
        os.close(reader)


def test_a_review_edit_whose_file_became_a_fifo_is_not_saved(tmp_path: Path) -> None:
    briefing = tmp_path / "lib" / "b.toml"
    briefing.parent.mkdir()
    briefing.write_bytes(SEED.read_bytes())
    session = EditSession.opened(briefing, lock_folder=tmp_path / "locks")
    swap_for_fifo(briefing)

    def retitle(doc: object, _briefing: object) -> None:
        doc["briefing"]["title"] = "Changed"  # type: ignore[index]

    with pytest.raises(EditError, match="not a regular file"):
        returns_promptly(briefing, lambda: session.apply("retitle", retitle))
    assert briefing.is_fifo()  # nothing written over it


def test_state_files_that_are_fifos_read_as_defaults(briefing_home: Path) -> None:
    paths = state_paths()
    config = swap_for_fifo(paths.config_file)
    settings = returns_promptly(config, lambda: load_settings(config))
    assert any("not a regular file" in problem for problem in settings.problems)
    reading = swap_for_fifo(paths.reading_file)
    assert returns_promptly(reading, lambda: ReadingState(reading)).path == reading
    cache = swap_for_fifo(paths.bookmarks_file.with_name("bookmarks.cache"))
    assert returns_promptly(cache, lambda: read_cache(cache, (1, 2, 3))) is None
    index_file = swap_for_fifo(paths.index_file)
    index = returns_promptly(index_file, lambda: open_index(index_file))
    assert index is None  # the library is read without an index


def test_a_bookmarks_file_or_journal_that_is_a_fifo_is_a_clear_error(briefing_home: Path) -> None:
    paths = state_paths()
    bookmarks = swap_for_fifo(paths.bookmarks_file)
    store = BookmarkStore(bookmarks)
    mark = Bookmark(briefing_id="b", kind="section", item_id="s1", created=utc_now())
    assert returns_promptly(bookmarks, store.load) == []
    assert any("not a regular file" in message for message in store.take_messages())
    with pytest.raises(BookmarkError, match="not a regular file"):
        returns_promptly(bookmarks, lambda: store.toggle(mark))
    bookmarks.unlink()
    store.load()
    journal = swap_for_fifo(store.journal_path)
    with pytest.raises(BookmarkError, match="not a regular file"):
        returns_promptly(journal, lambda: store.toggle(mark))
    assert journal.is_fifo()


def test_check_locates_a_duplicate_id_without_reading_a_fifo(tmp_path: Path) -> None:
    first, second = tmp_path / "one.toml", tmp_path / "two.toml"
    first.write_bytes(SEED.read_bytes())
    summary = summarize(load_briefing(first))
    swap_for_fifo(second)  # listed as a duplicate, then swapped before its line is looked up
    entries = [Entry(path=str(first), summary=summary), Entry(path=str(second), summary=summary)]
    found = returns_promptly(second, lambda: duplicate_id_problems(entries))
    assert found[str(second)][0].line == 1 and found[str(first)][0].line > 1
