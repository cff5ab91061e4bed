"""The library screen: every briefing, filterable, sortable, broken files included."""

from __future__ import annotations

import datetime
import gc
import heapq
import sqlite3
from collections.abc import Callable
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
from tui.model.state.library import Entry, scan_library
from tui.model.state.library_view import read_library
from tui.widgets.focus import focus_text_box
from tui.widgets.virtual_list import VirtualList

# More rows than any terminal shows at once.
FIRST_SCREENFUL = 60

SORTS: dict[str, Callable[[Entry], Any]] = {
    # Newest first; undated and broken files last.
    "date": lambda e: (
        e.broken,
        -(e.summary.published or datetime.date.min).toordinal() if e.summary else 0,
        e.title.casefold(),
    ),
    "title": lambda e: (e.broken, e.title.casefold()),
    "outlet": lambda e: (e.broken, (e.summary.outlet if e.summary else "").casefold(), e.title.casefold()),
}


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
        self.shown: list[Entry] = []
        self.sort = "date"

    def compose(self) -> ComposeResult:
        yield Static(id="library-header", markup=False)
        yield Input(placeholder="Filter by title, dek, outlet or tag  (/)", id="filter")
        yield VirtualList[Entry](self.row_prompt, id="briefings")
        yield Footer()

    def on_mount(self) -> None:
        self.rows.focus()
        self._update_header(loading=True)
        # Draw from the index at once (read while the app started); the worker then
        # brings it up to date.
        self.index, cached = self.context.prefetch().result()
        if self.index is not None and cached:
            # The first frame needs only the first screenful in order; sorting all
            # 10,000 waits until that frame is painted.
            first = heapq.nsmallest(FIRST_SCREENFUL, cached, key=SORTS[self.sort])
            self.shown = first
            self.rows.set_rows(first, 0)
            header = f"briefing · {len(cached)} briefings · sorted by {self.sort} · checking for changes…"
            self.query_one("#library-header", Static).update(Content(header))
            self.call_after_refresh(partial(self.set_entries, cached, complete=False))
        # Bring the index up to date once the first frame is on screen.
        self.call_after_refresh(self.load_entries)

    @property
    def entries(self) -> list[Entry]:
        return self.context.library.entries

    @work(thread=True, exclusive=True, group="library")
    def load_entries(self) -> None:
        def progress(entries: list[Entry]) -> None:
            self.app.call_from_thread(self.set_entries, entries, complete=False, progress=True)

        try:
            entries = read_library(self.index, self.context.folders, progress)
        except (OSError, sqlite3.Error) as error:
            # Locked by another process, disk full, read-only: list the files directly.
            entries = scan_library(self.context.folders)
            self.app.call_from_thread(
                self.notify,
                f"The library index could not be updated ({error}); read the folders directly.",
                title="Library index",
                severity="warning",
                markup=False,
            )
        self.app.call_from_thread(self.set_entries, entries, complete=True)

    def set_entries(self, entries: list[Entry], *, complete: bool, progress: bool = False) -> None:
        """Fill the shared library view and show it; `complete` once it matches the folders."""
        self.context.library.fill(entries, complete=complete)
        self._sorted = {}
        self.rows.invalidate()
        self.refresh_list()
        if progress:
            self._update_header(loading=True)
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
        if query.strip() and self.index is not None:
            # Ranked full-text search (title, dek, outlet, tags, body). On the main thread:
            # ~12 ms over 10,000 briefings, and the typed letter and the new list then
            # appear in the same frame instead of two.
            try:
                self._show_results(self.index.search(query))
                return
            except (OSError, sqlite3.Error):
                pass  # the index is locked or unreadable: match summaries below instead
        words = query.casefold().split()
        ordered = self._sorted.get(self.sort)
        if ordered is None:
            ordered = self._sorted[self.sort] = sorted(self.entries, key=SORTS[self.sort])
        self._show([e for e in ordered if matches(e, words)] if words else ordered, keep)

    def _show_results(self, paths: list[str]) -> None:
        found = (self.context.library.entry_at(path) for path in paths)
        self._show([e for e in found if e is not None])

    def _show(self, shown: list[Entry], keep: str | None = None) -> None:
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

    def _update_header(self, *, loading: bool = False) -> None:
        if loading:
            text = f"briefing · reading the library… {len(self.entries)} so far"
        else:
            broken = sum(e.broken for e in self.entries)
            query = self.query_one("#filter", Input).value.strip()
            order = "best match first" if query and self.index is not None else f"sorted by {self.sort}"
            text = f"briefing · {len(self.shown)} of {len(self.entries)} briefings · {order}"
            if broken:
                text += f" · {broken} broken"
        self.query_one("#library-header", Static).update(Content(text))

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
