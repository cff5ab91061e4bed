"""The library screen: every briefing, filterable, sortable, broken files included."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import msgspec
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.context import ReaderContext
from tui.model.format.loader import load_briefing
from tui.model.format.problems import BriefingError
from tui.model.format.sourcing import Sourcing
from tui.model.state.index import LibraryIndex
from tui.model.state.library import SORT_KEYS, Entry
from tui.model.state.library_view import read_library
from tui.widgets.focus import focus_text_box
from tui.widgets.virtual_list import VirtualList

SORTS: dict[str, Callable[[Entry], Any]] = SORT_KEYS


def matches(entry: Entry, words: list[str]) -> bool:
    """Every word of the filter occurs in the title, dek, outlet or tags."""
    if entry.summary is None:
        haystack = f"{entry.path} broken".casefold()
    else:
        s = entry.summary
        haystack = " ".join((s.title, s.dek, s.outlet, " ".join(s.tags))).casefold()
    return all(word in haystack for word in words)


def entry_prompt(entry: Entry, *, read: bool, bookmarked: bool) -> Content:
    if entry.summary is None:
        problem = entry.problems[0] if entry.problems else None
        # The row already names the file: show it without its folder.
        detail = (
            str(msgspec.structs.replace(problem, file=Path(problem.file).name)) if problem else "unreadable"
        )
        more = f" (+{len(entry.problems) - 1} more)" if len(entry.problems) > 1 else ""
        return Content.assemble(
            ("✗ BROKEN  ", "bold $error"),
            (Path(entry.path).name, "bold"),
            "\n   ",
            (detail + more, "$error"),
        )
    s = entry.summary
    date = s.published.isoformat() if s.published else "undated"
    return Content.assemble(
        ("  " if read else "● ", "bold $accent"),
        (s.title, "bold" if not read else ""),
        (" ⚑" if bookmarked else "", "$bookmark-marker"),
        "\n   ",
        (s.outlet or "outlet not named", "italic"),
        (f" · {date} · {s.sections} sections · {s.claims} claims · {s.figures} figures", "dim"),
        "\n   ",
        (s.sourcing_line, "$warning-text" if s.unsourced or s.single_source else "dim"),
    )


class LibraryScreen(Screen[None]):
    CSS_PATH = "../styles/library.tcss"

    BINDINGS = [
        Binding("slash", "focus_filter", "Filter", id="library.filter", priority=True),
        Binding("s", "cycle_sort", "Sort", id="library.sort"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear_filter"),
        Binding("j", "cursor(1)", "Down", show=False, id="library.down"),
        Binding("k", "cursor(-1)", "Up", show=False, id="library.up"),
        Binding("b", "toggle_bookmark", "Bookmark", id="library.bookmark"),
    ]

    def __init__(self, context: ReaderContext) -> None:
        super().__init__()
        self.context = context
        self._sorted: dict[str, list[Entry]] = {}  # the entries in each sort order, made on demand
        self.index: LibraryIndex | None = None
        self.shown: Sequence[Entry] = []
        self.sort = "date"
        self._total = 0  # briefings in the library, known before their entries are decoded
        self._broken = 0
        self._ranked = False  # the list shows search results best first

    def compose(self) -> ComposeResult:
        # The first page from the index (read while the app started) goes into the
        # widgets as they are made, so that the first frame paints it all at once;
        # every entry is decoded, and the index brought up to date, after that frame.
        self.index, pages = self.context.prefetch().first_page()
        rows = VirtualList[Entry](self.row_prompt, id="briefings")
        if self.index is not None and pages:
            self.shown = pages
            self._total = len(pages)
            rows.set_rows(pages, 0)
            first = self._header_text(note="checking for changes…")
        else:
            first = self._header_text(loading=True)
        yield Static(Content(first), id="library-header", markup=False)
        yield Input(placeholder="Filter by title, dek, outlet or tag  (/)", id="filter")
        yield rows
        yield Footer()

    def on_mount(self) -> None:
        self.rows.focus()
        self.call_after_refresh(self.load_entries)

    @property
    def entries(self) -> list[Entry]:
        return self.context.library.entries

    @work(thread=True, exclusive=True, group="library")
    def load_entries(self) -> None:
        prefetch = self.context.prefetch()
        if self.index is not None:
            _index, cached = prefetch.result()
            if cached:
                self.app.call_from_thread(
                    partial(self.set_entries, cached, complete=False, note="checking for changes…")
                )

        def progress(entries: list[Entry]) -> None:
            self.app.call_from_thread(self.set_entries, entries, complete=False, progress=True)

        entries = read_library(self.index, self.context.folders, progress)
        self.app.call_from_thread(self.set_entries, entries, complete=True)
        if self.index is not None:
            self.index.warm_search()

    def set_entries(
        self, entries: list[Entry], *, complete: bool, progress: bool = False, note: str = ""
    ) -> None:
        """Fill the shared library view and show it; `complete` once it matches the folders."""
        self.context.library.fill(entries, complete=complete)
        self._total = len(entries)
        self._broken = sum(e.broken for e in entries)
        self._sorted = {}
        self.rows.invalidate()  # rendered rows are keyed by their entry objects, replaced here
        self.refresh_list()
        if progress:
            self._update_header(loading=True)
        elif note:
            self._update_header(note=note)
        else:
            # The library is long-lived: keep the collector from re-walking it on every
            # full collection (a 90 ms pause while typing with 10,000 briefings).
            gc.freeze()

    def on_screen_resume(self) -> None:
        # Read marks and bookmarks may have changed while a briefing was open.
        self.rows.invalidate()

    def refresh_list(self, keep: str | None = None) -> None:
        rows = self.rows
        if keep is None and rows.highlighted is not None and rows.highlighted < len(self.shown):
            keep = self.shown[rows.highlighted].path
        query = self.query_one("#filter", Input).value
        self._ranked = False
        if query.strip() and self.index is not None:
            # Full-text search (title, dek, outlet, tags, body) on the main thread: a few
            # ms with its word cache, and the typed letter and the new list then appear
            # in the same frame instead of two.
            found = self.index.search_result(query)
            if found.ranked:
                self._ranked = True
                entry_at = self.context.library.entry_at
                found_entries = (entry_at(path) for path in found.paths)
                self._show([e for e in found_entries if e is not None])
            else:  # short words match without ranking: keep the list's order
                wanted = set(found.paths)
                self._show([e for e in self._ordered() if e.path in wanted])
            return
        words = query.casefold().split()
        ordered = self._ordered()
        self._show([e for e in ordered if matches(e, words)] if words else ordered, keep)

    def _ordered(self) -> list[Entry]:
        ordered = self._sorted.get(self.sort)
        if ordered is None:
            ordered = self._sorted[self.sort] = sorted(self.entries, key=SORTS[self.sort])
        return ordered

    def _show(self, shown: Sequence[Entry], keep: str | None = None) -> None:
        self.shown = shown
        query = self.query_one("#filter", Input).value.strip()
        self.rows.empty_text = (
            f"No briefing matches “{query}” — esc clears the filter." if query else "No briefings here yet."
        )
        index = next((n for n, e in enumerate(shown) if e.path == keep), 0) if keep else 0
        self.rows.set_rows(shown, index)
        self._update_header()

    def row_prompt(self, entry: Entry) -> Content:
        """Built only for rows on screen, so read and bookmark marks are always current."""
        summary = entry.summary
        return entry_prompt(
            entry,
            read=bool(summary and self.context.reading.is_read(summary.id)),
            bookmarked=bool(summary and self.context.bookmarks.is_bookmarked(summary.id, "briefing")),
        )

    @property
    def rows(self) -> VirtualList[Entry]:
        return self.query_one("#briefings", VirtualList)

    def _update_header(self, *, loading: bool = False, note: str = "") -> None:
        # One line, always: no layout pass for a new header.
        text = self._header_text(loading=loading, note=note)
        self.query_one("#library-header", Static).update(Content(text), layout=False)

    def _header_text(self, *, loading: bool = False, note: str = "") -> str:
        if loading:
            text = f"briefing · reading the library… {len(self.entries)} so far"
        else:
            order = "best match first" if self._ranked else f"sorted by {self.sort}"
            text = f"briefing · {len(self.shown)} of {self._total} briefings · {order}"
            if self._broken:
                text += f" · {self._broken} broken"
            if note:
                text += f" · {note}"
        return text

    @property
    def highlighted_entry(self) -> Entry | None:
        index = self.rows.highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    def action_focus_filter(self) -> None:
        focus_text_box(self, self.query_one("#filter", Input))

    def action_clear_filter(self) -> None:
        search = self.query_one("#filter", Input)
        if search.value:
            search.value = ""
        self.set_focus(self.rows)

    def action_cycle_sort(self) -> None:
        names = list(SORTS)
        self.sort = names[(names.index(self.sort) + 1) % len(names)]
        self.refresh_list()

    def action_toggle_bookmark(self) -> None:
        from tui.model.state.bookmarks import BookmarkError, bookmark_for_briefing

        entry = self.highlighted_entry
        if entry is None or entry.broken:
            self.notify("A broken briefing cannot be bookmarked.", severity="warning")
            return
        sourcing = self._load(entry)
        if sourcing is None:
            return
        try:
            added = self.context.bookmarks.toggle(bookmark_for_briefing(sourcing))
        except BookmarkError as error:
            self.notify(str(error), title="Bookmark not saved", severity="error", markup=False)
            return
        self.notify(f"{'Bookmarked' if added else 'Removed the bookmark on'} “{entry.title}”.", markup=False)
        self.rows.invalidate()

    def action_cursor(self, step: int) -> None:
        self.rows.action_cursor(step)

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.set_focus(self.rows)

    @on(VirtualList.Selected, "#briefings")
    def _open_selected(self, message: VirtualList.Selected) -> None:
        entry = self.shown[message.index]
        if entry.broken:
            problems = "\n".join(str(p) for p in entry.problems)
            self.notify(
                problems, title="This briefing cannot be opened", severity="error", timeout=8, markup=False
            )
            return
        self.open_entry(entry)

    def _load(self, entry: Entry) -> Sourcing | None:
        try:
            return Sourcing(load_briefing(Path(entry.path)))
        except BriefingError as error:
            # Changed on disk since the list was drawn: show why, keep going.
            self.notify(str(error), title="Cannot open", severity="error", timeout=8, markup=False)
            return None

    def open_entry(self, entry: Entry) -> None:
        from tui.screens.briefing import BriefingScreen

        sourcing = self._load(entry)
        if sourcing is None:
            return
        screen = BriefingScreen(sourcing, self.context)
        self.app.push_screen(screen, callback=lambda _: self.refresh_list(keep=entry.path))
