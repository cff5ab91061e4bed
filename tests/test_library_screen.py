"""The library screen as a new user meets it (issue 9: items 11 and 12, and its polish)."""

from __future__ import annotations

from pathlib import Path

from reader_helpers import BUNDLED, SEED_ID, make_app, wait_for_library
from textual.widgets import Input

from tui.screens.library import LibraryScreen

SMALL = (
    'format = 1\n[briefing]\nid = "{id}"\ntitle = "{title}"\noutlet = "Zeta"\npublished = {date}\n'
    '[[sections]]\nid = "a"\nheading = "A"\nparagraphs = ["{body}"]\n'
)


def small(briefing_id: str, title: str, date: str = "2030-01-01", body: str = "Text.") -> str:
    return SMALL.format(id=briefing_id, title=title, date=date, body=body)


def library_of(app: object) -> LibraryScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    return screen


def prompts(library: LibraryScreen) -> list[str]:
    return [library.row_prompt(entry).plain for entry in library.shown]


async def test_r_rescans_and_a_fixed_file_loses_its_error(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    broken = folder / "one.toml"
    broken.write_text(small("one", "First").replace('title = "First"', "title = "), "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        assert [e.broken for e in library.shown] == [True]
        broken.write_text(small("one", "First"), "utf-8")
        (folder / "two.toml").write_text(small("two", "Second", "2031-01-01"), "utf-8")
        await pilot.press("r")
        await wait_for_library(pilot)
        assert [e.title for e in library.shown] == ["Second", "First"]
        assert not any(e.broken for e in library.shown)
        assert any("Rescanned the library: 2 briefings." in n.message for n in app._notifications)


async def test_coming_back_from_a_briefing_rescans(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "one.toml").write_text(small("one", "First"), "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, LibraryScreen)
        (folder / "two.toml").write_text(small("two", "Second", "2031-01-01"), "utf-8")
        await pilot.press("escape")
        await wait_for_library(pilot)
        assert [e.title for e in library_of(app).shown] == ["Second", "First"]


async def test_a_mistyped_library_folder_says_no_such_folder(tmp_path: Path) -> None:
    typo = tmp_path / "briefngs"
    app = make_app(typo)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        assert library.shown == []
        assert library.rows.empty_text == f"No such folder: {typo}"
        assert any(n.message == f"No such folder: {typo}" for n in app._notifications)


async def test_duplicate_ids_show_their_paths(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        (folder / "same.toml").write_text(small("same", "Same title"), "utf-8")
    (first / "other.toml").write_text(small("other", "Other"), "utf-8")
    app = make_app(first, second)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        rows = {entry.path: library.row_prompt(entry).plain for entry in library.shown}
        assert "same id as another file" in rows[str(first / "same.toml")]
        assert str(first / "same.toml") in rows[str(first / "same.toml")]
        assert str(second / "same.toml") in rows[str(second / "same.toml")]
        assert "same id as another file" not in rows[str(first / "other.toml")]


async def test_s_orders_the_matches_while_a_filter_is_active(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.toml").write_text(small("a", "Alpha budget", "2030-01-01", "budget budget budget"), "utf-8")
    (folder / "b.toml").write_text(small("b", "Beta", "2031-01-01", "The budget."), "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        await pilot.press("slash", *"budget", "enter")
        await wait_for_library(pilot)
        header = str(library.query_one("#library-header").render())
        assert "best match first" in header
        best = [e.title for e in library.shown]
        assert sorted(best) == ["Alpha budget", "Beta"]
        await pilot.press("s")  # date: newest first
        assert [e.title for e in library.shown] == ["Beta", "Alpha budget"]
        assert "sorted by date" in str(library.query_one("#library-header").render())
        await pilot.press("s")  # title
        assert [e.title for e in library.shown] == ["Alpha budget", "Beta"]
        assert "sorted by title" in str(library.query_one("#library-header").render())


async def test_library_wording_matches_the_reader_and_the_placeholder_the_search() -> None:
    app = make_app(BUNDLED)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        [row] = [p for p in prompts(library)]
        assert "date not given" in row and "undated" not in row
        placeholder = library.query_one("#filter", Input).placeholder
        assert "text" in placeholder  # the search covers the body, and says so
        assert SEED_ID


async def test_header_counts_use_thousands_separators(tmp_path: Path) -> None:
    import datetime

    from tui.model.state.library import Entry, Summary

    entries = [
        Entry(
            path=f"/x/{n}.toml",
            summary=Summary(id=f"b{n}", title=f"T{n}", published=datetime.date(2020, 1, 1)),
        )
        for n in range(1200)
    ]
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        library = library_of(app)
        library.set_entries(entries, complete=True)
        await pilot.pause()
        assert "1,200 of 1,200 briefings" in str(library.query_one("#library-header").render())


async def test_a_long_titles_bookmark_flag_stays_visible(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "long.toml").write_text(small("long", "A very long title " * 8), "utf-8")
    app = make_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("b")
        await pilot.pause()
        [row] = prompts(library_of(app))
        first_line = row.splitlines()[0]
        assert "⚑" in first_line[: 80 - 6]  # within what an 80-column row shows
