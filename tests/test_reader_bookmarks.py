"""Pilot tests: bookmarking from the keyboard, the bookmarks screen, notes, export in the app."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import msgspec
import pytest
from helpers import SEED_ID, seed_sourcing
from reader_helpers import drawn_text, make_app, open_first_briefing, sourcing_text, until, wait_for_library
from textual.widgets import Input, OptionList

from tui.model.state import library_view
from tui.model.state.bookmarks import BookmarkStore, bookmark_for_briefing, bookmark_for_claim
from tui.model.state.paths import state_paths
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.briefing import BriefingScreen
from tui.screens.library import LibraryScreen
from tui.screens.note import NoteScreen
from tui.widgets.article import ArticleView
from tui.widgets.side_lists import FigureList, OutlineList


def stored() -> set[tuple[str, str, str]]:
    store = BookmarkStore(state_paths().bookmarks_file)
    store.load()
    return {b.key for b in store.bookmarks}


async def bookmark_claim_figure_section(pilot) -> BriefingScreen:  # type: ignore[no-untyped-def]
    screen = await open_first_briefing(pilot)
    await pilot.press("n", "b")  # the first claim
    figures = screen.query_one(FigureList)
    figures.focus()
    figures.highlighted = 0
    await pilot.press("b")  # the first figure
    outline = screen.query_one(OutlineList)
    outline.focus()
    outline.highlighted = 2
    await pilot.press("b")  # the third section
    await pilot.pause()
    return screen


async def test_b_bookmarks_claim_figure_and_section_and_marks_appear() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await bookmark_claim_figure_section(pilot)
        briefing = screen.sourcing.briefing
        first_claim = screen.claim_order[0]
        first_figure = briefing.figures[0]
        third_section = briefing.sections[2]
        assert stored() == {
            (SEED_ID, "claim", first_claim.id),
            (SEED_ID, "figure", first_figure.id),
            (SEED_ID, "section", third_section.id),
        }
        article = screen.query_one(ArticleView)
        assert ("claim", first_claim.id) in article.bookmarked
        s_index, p_index = article.paragraph_of(first_claim)
        assert "⚑" in str(screen.query_one(f"#para-{s_index}-{p_index}").content)
        assert "⚑" in str(screen.query_one("#heading-2").content)
        assert "⚑" in str(screen.query_one(OutlineList).get_option_at_index(2).prompt)
        assert "⚑" in str(screen.query_one(FigureList).get_option_at_index(0).prompt)
        # the sourcing pane says the focused claim is bookmarked
        article.focus()
        await pilot.press("n", "p")
        assert screen.focused_claim == first_claim
        assert "bookmarked" in sourcing_text(screen)
        # b again removes it
        await pilot.press("b")
        assert (SEED_ID, "claim", first_claim.id) not in stored()
        assert ("claim", first_claim.id) not in article.bookmarked


async def test_bookmarks_screen_lists_opens_deletes_and_undoes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await bookmark_claim_figure_section(pilot)
        first_claim = screen.claim_order[0]
        await pilot.press("B")
        await pilot.pause()
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        listed = [b for b in bookmarks.shown if b is not None]
        # reading order: the claim in section 1, the figure's claim in section 2, then section 3
        assert [b.kind.value for b in listed] == ["claim", "figure", "section"]
        assert bookmarks.shown[0] is None  # the briefing's heading row
        # enter opens the briefing at the claim
        options = bookmarks.query_one("#bookmark-list", OptionList)
        options.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
        opened = app.screen
        assert isinstance(opened, BriefingScreen)
        assert opened.focused_claim == first_claim
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is bookmarks
        # delete, then undo
        options.highlighted = 2
        await pilot.press("d")
        assert len(stored()) == 2
        await pilot.press("u")
        assert len(stored()) == 3
        # filter as you type
        await pilot.press("slash", *"killed")
        assert [b.kind.value for b in bookmarks.shown if b is not None] == ["figure"]


async def test_note_modal_adds_and_edits_a_note() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_first_briefing(pilot)
        await pilot.press("n", "a")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"check AFP", "enter")
        await pilot.pause()
        assert app.screen is screen
        store = BookmarkStore(state_paths().bookmarks_file)
        store.load()
        (bookmark,) = store.bookmarks
        assert bookmark.note == "check AFP"
        assert bookmark.kind.value == "claim"
        # editing shows the old note; escape cancels
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.query_one(Input).value == "check AFP"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_export_from_inside_the_app_writes_markdown(briefing_home: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await bookmark_claim_figure_section(pilot)
        await pilot.press("X")
        await pilot.pause()
        target = briefing_home / "data" / "bookmarks.md"
        text = target.read_text("utf-8")
        assert "## Kim Jong Un Makes Wild Claim" in text
        assert "North Korean Foreign Ministry (government or official body) → AFP (wire agency)" in text
        assert any(str(target) in message for _, message in app.notified)


async def test_export_path_comes_from_the_config(briefing_home: Path, tmp_path: Path) -> None:
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    target = tmp_path / "notes" / "briefing.md"
    config.write_text(f'[export]\npath = "{target}"\n', "utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await bookmark_claim_figure_section(pilot)
        await pilot.press("B", "x")
        await pilot.pause()
        assert target.read_text("utf-8").count("> ") >= 3


async def test_library_b_bookmarks_the_whole_briefing() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("b")
        assert stored() == {(SEED_ID, "briefing", "")}
        assert "⚑" in drawn_text(library.rows)


async def test_bookmarks_before_the_library_has_loaded_mark_nothing_stale(
    monkeypatch: pytest.MonkeyPatch, briefing_home: Path
) -> None:
    """Until the index is read, staleness is unknown: nothing is called gone (screen or export)."""
    sourcing = seed_sourcing()
    store = BookmarkStore(state_paths().bookmarks_file)
    store.load()
    live = bookmark_for_claim(sourcing, sourcing.claims_in_reading_order[0])
    gone = msgspec.structs.replace(bookmark_for_briefing(sourcing), briefing_id="left-the-library")
    store.add(live)
    store.add(gone)

    release = threading.Event()
    real = library_view.read_library

    def held(*args: Any, **kwargs: Any) -> Any:
        release.wait()
        return real(*args, **kwargs)

    monkeypatch.setattr(library_view, "read_library", held)
    app = make_app()
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("B")
            await until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
            bookmarks = app.screen
            assert isinstance(bookmarks, BookmarksScreen)
            assert not app.context.library.loaded
            assert len([b for b in bookmarks.shown if b is not None]) == 2
            assert stale_rows(bookmarks) == []
            exported = briefing_home / "data" / "bookmarks.md"
            await pilot.press("x")  # export while loading
            await until(pilot, exported.exists)
            assert "no longer in the library" not in exported.read_text()

            release.set()
            await app.workers.wait_for_complete()
            await until(pilot, lambda: app.context.library.loaded)
            assert stale_rows(bookmarks) == [gone.text]
            await pilot.press("x")
            await until(pilot, lambda: "no longer in the library" in exported.read_text())
            assert exported.read_text().count("no longer in the library") == 1
    finally:
        release.set()


def stale_rows(screen: BookmarksScreen) -> list[str]:
    """The text of every row marked as no longer in the library."""
    options = screen.query_one("#bookmark-list", OptionList)
    rows = [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]
    return [row.split("\n")[0].split(None, 1)[1].split("  ⚠")[0] for row in rows if "no longer in" in row]


async def test_a_library_fill_leaves_a_popped_bookmarks_screen_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fill that lands while the screen is being popped leaves it alone: its widgets go before
    it unmounts, and the full hostile run hit NoMatches there."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("B")
        await until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        redraws: list[bool] = []
        real_refresh = bookmarks.refresh_list

        def counted() -> None:
            redraws.append(bookmarks.is_current)
            real_refresh()

        monkeypatch.setattr(bookmarks, "refresh_list", counted)
        library = app.context.library
        library.fill(list(library.entries), complete=True)
        assert redraws == [True]

        app.pop_screen()  # out of the stack now; its widgets go before it unmounts
        assert not bookmarks.is_current
        library.fill(list(library.entries), complete=True)
        assert redraws == [True]
        await until(pilot, lambda: not bookmarks.is_attached)
        library.fill(list(library.entries), complete=True)
        assert redraws == [True]
