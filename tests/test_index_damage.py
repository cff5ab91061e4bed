"""A damaged library index is never used as it is: every read path finds the damage, rebuilds, says so.

SQLite notices a broken page only when it reads it, and never notices a changed value inside a
row (it keeps no checksums). The index checks each row it reads against the row's checksum and
runs integrity_check and FTS5's integrity-check once per start, in the first refresh (after the
first frame).
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import overload

import msgspec
import pytest
import tomli_w
from index_helpers import parsing_held
from reader_helpers import PATIENCE, make_app, until, wait_for_library
from textual.content import Content
from textual.widgets import Static

from tui.model.state import index as index_module
from tui.model.state.index import LibraryIndex
from tui.model.state.index_pages import SORT_COLUMNS
from tui.model.state.index_schema import DamagedIndex
from tui.model.state.library import SORT_KEYS, Entry
from tui.model.state.paths import state_paths
from tui.model.state.prefetch import IndexPrefetch
from tui.screens.library import LibraryScreen

TITLES = ["Harbour talks resume", "Grain corridor reopens", "Dam inspection delayed", "Rail strike ends"]


def _briefing(number: int, title: str) -> dict[str, object]:
    return {
        "format": 2,
        "briefing": {
            "id": f"b{number}",
            "title": title,
            "outlet": "Wire",
            "published": f"2031-01-0{number + 1}",
        },
        "sections": [
            {"id": "s", "heading": "Only", "paragraphs": [f"{title}, said officials in paragraph."]}
        ],
    }


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number, title in enumerate(TITLES):
        (folder / f"b{number}.toml").write_text(tomli_w.dumps(_briefing(number, title)), "utf-8")
    return folder


@pytest.fixture
def built(library: Path) -> tuple[Path, list[Entry]]:
    """A closed, sound index of `library` (everything in the main file) and its entries."""
    index_file = state_paths().index_file
    with LibraryIndex(index_file) as index:
        entries = index.refresh([library])
    assert not Path(f"{index_file}-wal").exists()
    return index_file, entries


def _sql(index_file: Path, statement: str, parameters: tuple[object, ...] = ()) -> None:
    """Change the index behind its back; closing checkpoints it, so everything is in the file."""
    with contextlib.closing(sqlite3.connect(index_file, isolation_level=None)) as db:
        db.execute(statement, parameters)
    assert not Path(f"{index_file}-wal").exists()


def _flip_in_file(index_file: Path, text: bytes, *, page_of: str | None = None) -> None:
    """Change one letter of `text` where the file holds it (in `page_of`'s pages, if given)."""
    data = bytearray(index_file.read_bytes())
    start, end = 0, len(data)
    if page_of is not None:
        with sqlite3.connect(index_file) as db:
            (page,) = db.execute("SELECT pageno FROM dbstat WHERE name = ? LIMIT 1", (page_of,)).fetchone()
        size = int.from_bytes(data[16:18], "big")
        start, end = (page - 1) * size, page * size
    at = data.index(text, start, end)
    data[at] ^= 0x01  # a letter stays a letter: the row still decodes, with another title
    index_file.write_bytes(bytes(data))


def _wrong_title(index_file: Path, entries: list[Entry]) -> None:
    """Put a decodable entry with another title in the first row, leaving its checksum alone."""
    first = entries[0]
    assert first.summary is not None
    wrong = msgspec.structs.replace(
        first, summary=msgspec.structs.replace(first.summary, title="Wrong title")
    )
    blob = msgspec.msgpack.encode(wrong)
    _sql(index_file, "UPDATE entries SET entry = ? WHERE path = ?", (blob, first.path))


def test_a_row_changed_inside_the_file_is_never_shown(library: Path, built: tuple[Path, list[Entry]]) -> None:
    index_file, expected = built
    _flip_in_file(index_file, TITLES[2].encode(), page_of="entries")
    with LibraryIndex(index_file) as index:
        shown = index.page("date", 0, 60)  # the first frame's read
        assert all(entry in expected for entry in shown)
        assert shown == [], "the damaged row was found, and the index rebuilt empty"
        assert index.take_damage_repaired()
        assert not index.take_damage_repaired(), "said once"
        assert index.refresh([library]) == expected


@pytest.mark.parametrize("read", ["cached_entries", "page", "refresh"])
def test_a_decodable_row_with_another_title_is_damage_on_every_read(
    library: Path, built: tuple[Path, list[Entry]], read: str
) -> None:
    """SQLite sees nothing wrong here; only the row checksum does."""
    index_file, expected = built
    _wrong_title(index_file, expected)
    with LibraryIndex(index_file) as index:
        readers: dict[str, Callable[[], list[Entry]]] = {
            "cached_entries": index.cached_entries,
            "page": lambda: index.page("title", 0, 60),
            "refresh": lambda: index.refresh([library]),
        }
        shown = readers[read]()
        assert all(entry.title != "Wrong title" for entry in shown)
        assert index.take_damage_repaired()
        assert index.refresh([library]) == expected


def test_damage_found_by_a_search_is_raised_not_an_empty_result(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    """A search that finds damage rebuilds the index empty: "no match" would be a wrong answer,
    so the caller hears of it (the library screen then matches summaries and refills the index)."""
    index_file, expected = built
    _sql(index_file, "UPDATE entries SET path = x'07' WHERE id = (SELECT MIN(id) FROM entries)")
    with LibraryIndex(index_file) as index:
        with pytest.raises(DamagedIndex):
            index.search("harbour")
        assert index.damage_repaired
        assert index.refresh([library]) == expected
        assert index.search("harbour") == [e.path for e in expected if e.title == TITLES[0]]


def test_the_first_refresh_finds_damage_in_an_index_b_tree(
    library: Path, built: tuple[Path, list[Entry]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed key in the title index: rows read from the table are fine, so only the
    integrity check in the first refresh sees it (quick_check does not compare indexes)."""
    index_file, expected = built
    _flip_in_file(index_file, TITLES[1].casefold().encode(), page_of="entries_by_title")
    checks: list[object] = []
    check = index_module._check_structure
    monkeypatch.setattr(index_module, "_check_structure", lambda db: checks.append(check(db)))
    with LibraryIndex(index_file) as index:
        assert index.cached_entries() == expected  # the table itself is sound
        assert index.refresh([library]) == expected
        assert index.take_damage_repaired()
        index.refresh([library])
    assert len(checks) == 1, "checked once per start"
    with sqlite3.connect(index_file) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_counters_in_meta_are_damage_not_a_crash(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    """int() of a damaged counter's text raised ValueError, which nothing caught."""
    index_file, expected = built
    _sql(index_file, "UPDATE meta SET value = 'x7' WHERE key IN ('retired', 'generation')")
    with LibraryIndex(index_file) as index:
        assert index.refresh([library]) == expected
        assert index.search("grain") == [path for path in [e.path for e in expected] if "b1" in path]


def test_the_first_page_read_before_the_first_frame_finds_damage(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    """The first frame's page is read before the index is opened for repair: a row that fails its
    checksum means no pages (the list reads as loading), and the index opened after the frame
    finds the damage, rebuilds and says so."""
    index_file, expected = built
    _wrong_title(index_file, expected)
    prefetch = IndexPrefetch(index_file, [library])
    assert prefetch.first_page() is None
    index, entries = prefetch.result()
    assert index is not None
    assert all(entry in expected for entry in entries)
    assert index.refresh([library]) == expected
    assert index.take_damage_repaired()
    index.close()


@pytest.mark.parametrize("sort", ["date", "title"])
def test_true_rows_in_a_wrong_order_are_damage_before_the_first_frame(
    library: Path, built: tuple[Path, list[Entry]], sort: str
) -> None:
    """A sort index whose pages are not in the order its definition says (here: defined
    descending, stored ascending, so it is read backwards). Each row read through it is true
    and passes its checksum; only integrity_check, in the first refresh after the first frame,
    compared the index with its order. The first page's own order shows it before the frame."""
    index_file, expected = built
    columns = SORT_COLUMNS[sort]
    backwards = ", ".join(f"{column} DESC" for column in columns.split(", "))
    with contextlib.closing(sqlite3.connect(index_file, isolation_level=None)) as db:
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?",
            (columns, backwards, f"entries_by_{sort}"),
        )
    prefetch = IndexPrefetch(index_file, [library], sort=sort)
    pages = prefetch.first_page()
    shown = [] if pages is None else [entry.path for entry in pages]
    assert pages is None, f"the first page listed {shown}"  # no pages: the list reads as loading
    index, _entries = prefetch.result()
    assert index is not None
    try:
        assert index.page(sort, 0, len(expected)) == []  # found again: rebuilt empty
        assert index.take_damage_repaired()
        index.refresh([library])
        in_order = sorted(expected, key=lambda entry: SORT_KEYS[sort](entry))
        assert index.page(sort, 0, len(expected)) == in_order
    finally:
        index.close()


class ShortPages(Sequence[str]):
    """A lazily read sequence whose source changed: it says 3 rows and has 1."""

    def __len__(self) -> int:
        return 3

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if index == 0:
            return "the one row read"
        raise IndexError(index)


async def test_a_list_whose_pages_come_up_short_draws_blank_rows() -> None:
    from textual.app import App, ComposeResult
    from textual.content import Content

    from tui.widgets.virtual_list import VirtualList

    class OneList(App[None]):
        def compose(self) -> ComposeResult:
            rows = VirtualList[str](Content, id="rows")
            rows.set_rows(ShortPages(), 0)
            yield rows

    app = OneList()
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        rows = app.query_one("#rows", VirtualList)
        assert "the one row read" in rows.render_line(0).text
        assert rows.render_line(4).text.strip() == ""  # row 1: unreadable, blank
        await pilot.press("down", "down")  # onto the missing rows, scrolling: no IndexError
        await pilot.pause()
        assert rows.highlighted == 2


@pytest.mark.parametrize(
    ("change", "damaged"),
    [
        (lambda path: path.unlink(), False),
        (lambda path: _sql(path, "PRAGMA user_version = 99"), False),
        (lambda path: path.write_bytes(b"not a database at all" * 300), True),
        (lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]), True),
    ],
    ids=["missing", "another-format", "garbage", "cut-off"],
)
def test_only_damage_is_announced(
    library: Path, built: tuple[Path, list[Entry]], change: Callable[[Path], None], damaged: bool
) -> None:
    index_file, expected = built
    change(index_file)
    with LibraryIndex(index_file) as index:
        assert index.refresh([library]) == expected
        assert index.take_damage_repaired() is damaged


async def test_the_library_screen_says_the_index_was_rebuilt(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    index_file, expected = built
    _wrong_title(index_file, expected)
    app = make_app(library)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert sorted(entry.title for entry in screen.shown) == sorted(TITLES)
        notices = [n.message for n in app._notifications]
        assert "The library index was damaged; it was rebuilt from the folders." in notices


def _cut_full_text_segment(index_file: Path, table: str) -> None:
    """Cut the largest segment blob of `table` in half (SQLite sees sound pages)."""
    _sql(
        index_file,
        f"UPDATE {table}_data SET block = substr(block, 1, length(block) / 2)"
        f" WHERE id = (SELECT id FROM {table}_data ORDER BY length(block) DESC LIMIT 1)",
    )


@pytest.mark.parametrize("table", ["fts_meta", "fts_body"])
def test_damage_inside_a_full_text_table_is_found_once_per_start(
    library: Path, built: tuple[Path, list[Entry]], table: str
) -> None:
    """A segment of the full-text index cut short: every page is still a sound B-tree, so
    PRAGMA integrity_check passes; FTS5's integrity-check finds it: fts_meta's in the first
    refresh, fts_body's (390 ms at 10,000 briefings) once the list is read, in warm_search."""
    index_file, expected = built
    _cut_full_text_segment(index_file, table)
    with contextlib.closing(sqlite3.connect(index_file)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with LibraryIndex(index_file) as index:
        assert index.refresh([library]) == expected
        assert index.take_damage_repaired() is (table == "fts_meta")
        index.warm_search()
        assert index.take_damage_repaired() is (table == "fts_body")
        assert index.cached_entries() == expected  # filled again
        assert index.search("harbour") == [e.path for e in expected if e.title == TITLES[0]]
        assert index.search("officials") == index.search("said")  # the body words, every briefing
        assert len(index.search("officials")) == len(TITLES)
    with contextlib.closing(sqlite3.connect(index_file, isolation_level=None)) as db:
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")  # sound again


async def test_the_library_screen_says_once_that_the_body_text_index_was_rebuilt(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    index_file, _expected = built
    _cut_full_text_segment(index_file, "fts_body")
    app = make_app(library)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await wait_for_library(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        notices = [n.message for n in app._notifications]
        assert notices.count("The library index was damaged; it was rebuilt from the folders.") == 1
        await pilot.press("slash", *"officials")
        await pilot.pause()
        assert sorted(entry.title for entry in screen.shown) == sorted(TITLES)  # body words found


async def test_a_filter_typed_while_the_body_text_index_is_refilled_is_never_wrong(
    library: Path, built: tuple[Path, list[Entry]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """fts_body is found damaged once the list is shown (warm_search): the file is rebuilt
    empty and every briefing parsed again. A filter typed meanwhile used to search the emptied
    index: "No briefing matches" for a title on screen. It matches the list held in memory
    instead, says the body text is not searched yet, and searches it once the index is full."""
    index_file, _expected = built
    _cut_full_text_segment(index_file, "fts_body")
    app = make_app(library)
    with parsing_held(monkeypatch) as (parsing, release):
        async with app.run_test(size=(120, 40)) as pilot:
            assert await asyncio.to_thread(parsing.wait, PATIENCE), "the index was never refilled"
            screen = app.screen
            assert isinstance(screen, LibraryScreen)
            await pilot.press("slash", *"harbour")
            await until(pilot, lambda: screen.filter_text == "harbour")
            assert [entry.title for entry in screen.shown] == [TITLES[0]]
            header = _header(screen)
            assert "body text" in header, header
            await pilot.press(*" officials")  # a word only in the body text: not found yet
            await until(pilot, lambda: screen.filter_text == "harbour officials")
            assert screen.shown == []
            release.set()
            await wait_for_library(pilot)
            await until(pilot, lambda: [entry.title for entry in screen.shown] == [TITLES[0]])
            assert "body text" not in _header(screen)


def _header(screen: LibraryScreen) -> str:
    content = screen.query_one("#library-header", Static).content
    return content.plain if isinstance(content, Content) else str(content)


def test_a_rank_that_is_not_a_number_is_damage_not_a_crash(
    library: Path, built: tuple[Path, list[Entry]]
) -> None:
    """Zero token counts in fts_meta's averages and document sizes make BM25 0/0, which SQLite
    returns as NULL; neither integrity check sees it. Summing the ranks raised TypeError, which
    nothing caught (found by the full fuzz run of the full-text tables)."""
    index_file, expected = built
    _sql(index_file, "UPDATE fts_meta_data SET block = x'0400000000' WHERE id = 1")
    _sql(index_file, "UPDATE fts_meta_docsize SET sz = x'00000000'")
    with LibraryIndex(index_file) as index:
        assert index.refresh([library]) == expected  # both checks pass
        assert not index.take_damage_repaired()
        with pytest.raises(sqlite3.DatabaseError, match="malformed"):
            index.search("harbour talks")
        assert index.take_damage_repaired()
        assert index.refresh([library]) == expected  # the library's rescan after such a search
        assert index.search("harbour talks") == [e.path for e in expected if e.title == TITLES[0]]
