"""Start-up does only what the library's first frame needs (issue 14); the rest waits until used."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from reader_helpers import BUNDLED, make_app, until

from tui.app import SWITCH_INTERVAL, BriefingApp, run_reader
from tui.screens.library import LibraryScreen

# Modules the first frame of the library does not need: each is imported when first used.
NOT_AT_START = (
    "tui.model.state.bookmarks",  # bookmarks are read right after the first frame
    "tui.model.state.bookmark_store",
    "tui.model.format.loader",  # a briefing is parsed when opened
    "tui.model.format.schema",
    "tui.screens.help",
    "tui.screens.briefing",
    "tui.model.ingest",
    "tui.model.edit",
    "tui.model.output",
    "tomlkit",
    "filelock",
    "multiprocessing",  # process pools: `briefing ingest` and the cold index build
    "concurrent.futures.process",
    "importlib.resources",
    "tui.model.format.parse_errors",  # theme and briefing problems are explained when there is one
    "tui.model.text",
    # The first frame reads one page of the index (index_pages); the index itself, its
    # builder and search, and the summaries' analysis are imported after that frame.
    "tui.model.state.index",
    "tui.model.state.index_build",
    "tui.model.state.index_search",
    "tui.model.state.library",
    "tui.model.format.sourcing",
    "tui.model.format.cues",
    # The library's first frame draws the footer's empty bar itself; Footer comes after it.
    "textual.widgets._footer",
    "tui.widgets.filter_input",  # and the filter box's stand-in: the real box right after it
)


def test_starting_the_reader_imports_only_what_the_first_frame_needs() -> None:
    # A fresh interpreter: this test process has imported everything already.
    code = (
        "import sys, tui.cli, tui.app, tui.themes\n"
        f"print('\\n'.join(m for m in {NOT_AT_START!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == []


def test_the_library_stylesheet_is_read_with_the_apps(bundled: object) -> None:
    """Pushing a screen that brings a stylesheet file of its own re-parses every stylesheet."""
    app = make_app()
    screen = LibraryScreen(app.context)
    assert set(screen.css_path) <= set(app.css_path)


async def test_the_collector_is_back_on_after_the_first_frame() -> None:
    """`briefing` pauses the garbage collector while it starts; the app turns it on again."""
    app = BriefingApp(make_app().context.folders)
    gc.disable()
    try:
        async with app.run_test() as pilot:
            await until(pilot, gc.isenabled)
            assert isinstance(app.screen, LibraryScreen)
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_reader_runs_with_a_short_switch_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    """Frames reach the terminal without waiting 5 ms for the GIL; callers get their interval back."""
    seen: list[float] = []
    monkeypatch.setattr(BriefingApp, "run", lambda self, *_, **__: seen.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    assert before != SWITCH_INTERVAL
    assert run_reader([BUNDLED]) == 0
    assert seen == [SWITCH_INTERVAL]
    assert sys.getswitchinterval() == before
