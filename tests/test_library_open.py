"""Opening a briefing from the library: a long file is read in a worker while the library says so;
a usual one opens at once. Both give the same notice for a file broken since it was listed."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from reader_helpers import BUNDLED, PATIENCE, make_app, until, wait_for_library
from textual.content import Content
from textual.widgets import Static

import tui.model.format.loader as loader
from tui.model.format.records import Briefing
from tui.screens import library_open
from tui.screens.briefing import BriefingScreen
from tui.screens.library import LibraryScreen
from tui.screens.library_rows import broken_file_notice

SEED_FILE = BUNDLED / "north-korea-russia-alliance.toml"


def _header(screen: LibraryScreen) -> str:
    content = screen.query_one("#library-header", Static).content
    assert isinstance(content, Content)
    return content.plain


def _library(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for name in names:
        shutil.copy(SEED_FILE, folder / name)
    return folder


def _held_loader(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, list[str]]:
    """From now on load_briefing waits for the returned event on worker threads (the main
    thread never waits); the list records which files were read on a worker."""
    release = threading.Event()
    on_worker: list[str] = []
    load = loader.load_briefing

    def held(path: Path) -> Briefing:
        if threading.current_thread() is not threading.main_thread():
            on_worker.append(path.name)
            assert release.wait(PATIENCE)
        return load(path)

    monkeypatch.setattr(loader, "load_briefing", held)
    return release, on_worker


async def test_a_long_briefing_is_read_in_a_worker_while_the_library_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _library(tmp_path, "long.toml")
    # The bundled briefing stands for a long one: the threshold is lowered to its size.
    monkeypatch.setattr(library_open, "OPEN_IN_WORKER_BYTES", SEED_FILE.stat().st_size)
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        release, on_worker = _held_loader(monkeypatch)  # after the library's own reads
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("enter")
        await until(pilot, lambda: on_worker == ["long.toml"])
        assert "opening “" in _header(library)
        # The library still answers keys while the file is read.
        await pilot.press("s")
        await until(pilot, lambda: "sorted by title" in _header(library))
        assert app.screen is library
        release.set()
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        assert "opening" not in _header(library)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.review_path == folder / "long.toml"
        assert screen.sourcing.__dict__.keys() >= {"overview", "reading_position", "claims"}  # worked out


async def test_a_usual_briefing_opens_at_once_without_a_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _library(tmp_path, "usual.toml")
    assert SEED_FILE.stat().st_size < library_open.OPEN_IN_WORKER_BYTES
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        release, on_worker = _held_loader(monkeypatch)
        release.set()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        headers: list[str] = []
        update = library._update_header

        def recording(*, loading: bool = False, note: str = "") -> None:
            headers.append(note)
            update(loading=loading, note=note)

        monkeypatch.setattr(library, "_update_header", recording)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        assert on_worker == []
        assert not any("opening" in note for note in headers)  # no flash of a loading state


@pytest.mark.parametrize("long", [False, True], ids=["usual", "long"])
async def test_a_file_broken_since_it_was_listed_gives_the_same_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, long: bool
) -> None:
    folder = _library(tmp_path, "changed.toml")
    if long:
        monkeypatch.setattr(library_open, "OPEN_IN_WORKER_BYTES", 1)
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        path = folder / "changed.toml"
        path.write_text(path.read_text("utf-8") + "\n[[claims]]\nid = = 1\n", "utf-8")
        await pilot.press("enter")
        notice = ("Cannot open", broken_file_notice(str(path), 1))
        await until(pilot, lambda: notice in app.notified)
        assert app.screen is library
        assert "opening" not in _header(library)


async def test_a_usual_briefing_opened_while_a_long_one_is_read_stays_on_top(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _library(tmp_path, "a-long.toml", "b-usual.toml")
    (folder / "a-long.toml").write_text(
        SEED_FILE.read_text("utf-8") + "\n# padding\n" * 100 + "\n", "utf-8"
    )  # a larger file, but the same briefing: the threshold below lies between the two
    monkeypatch.setattr(library_open, "OPEN_IN_WORKER_BYTES", SEED_FILE.stat().st_size + 1)
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        release, on_worker = _held_loader(monkeypatch)  # after the library's own reads
        library = app.screen
        assert isinstance(library, LibraryScreen)
        names = [Path(entry.path).name for entry in library.shown]
        long_row, usual_row = names.index("a-long.toml"), names.index("b-usual.toml")
        await pilot.press(*["j"] * long_row, "enter")
        await until(pilot, lambda: on_worker == ["a-long.toml"])
        step = "j" if usual_row > long_row else "k"
        await pilot.press(*[step] * abs(usual_row - long_row), "enter")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        usual = app.screen
        assert isinstance(usual, BriefingScreen) and usual.review_path == folder / "b-usual.toml"
        release.set()
        await until(pilot, lambda: not app.workers)
        await pilot.pause()
        assert app.screen is usual  # the long one was not pushed over it


async def test_quitting_while_a_long_briefing_is_read_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _library(tmp_path, "long.toml")
    monkeypatch.setattr(library_open, "OPEN_IN_WORKER_BYTES", 1)
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        release, on_worker = _held_loader(monkeypatch)
        await pilot.press("enter")
        await until(pilot, lambda: on_worker == ["long.toml"])
        await pilot.press("q")
        release.set()  # the file is read once the app is closing
    assert app.return_code in (0, None)
    assert not isinstance(app.screen_stack[-1] if app.screen_stack else None, BriefingScreen)
