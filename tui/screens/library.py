"""The library screen: every briefing, filterable, sortable, broken files included."""

from __future__ import annotations

import contextlib
import gc
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.context import ReaderContext
from tui.key_groups import FIND, KEEP, MOVE, VIEW, TaskBinding
from tui.model.format.problems import display_path
from tui.model.state.entry import SORT_KEYS, Entry, duplicate_ids
from tui.screens.library_first_frame import fill_footer_slot, filter_stand_in, footer_slot, put_in_filter_box
from tui.screens.library_open import OpensBriefings
from tui.screens.library_rows import broken_file_notice, entry_prompt, matches
from tui.widgets.focus import focus_text_box, leave_text_box
from tui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:  # the index is imported after the first frame
    from tui.model.state.index import LibraryIndex
    from tui.widgets.filter_input import FilterInput  # as is the filter box (its stand-in before)

BEST_MATCH = "best match"

SORTS: dict[str, Callable[[Entry], Any]] = SORT_KEYS


class LibraryScreen(OpensBriefings, Screen[None]):
    CSS_PATH = "../styles/library.tcss"

    BINDINGS = [
        TaskBinding("slash", "focus_filter", "Filter", id="library.filter", priority=True, task=FIND),
        TaskBinding("s", "cycle_sort", "Sort", id="library.sort", task=VIEW),
        TaskBinding(
            "escape", "clear_filter", "Clear filter", show=False, id="library.clear_filter", task=FIND
        ),
        TaskBinding("j", "cursor(1)", "Down", show=False, id="library.down", task=MOVE),
        TaskBinding("k", "cursor(-1)", "Up", show=False, id="library.up", task=MOVE),
        TaskBinding("b", "toggle_bookmark", "Bookmark", id="library.bookmark", task=KEEP),
        TaskBinding("r", "rescan", "Rescan", id="library.rescan", task=VIEW),
    ]

    def __init__(self, context: ReaderContext) -> None:
        super().__init__()
        self.context = context
        self.duplicate_ids: set[str] = set()
        self._sorted: dict[str, list[Entry]] = {}  # the entries in each sort order, made on demand
        self.index: LibraryIndex | None = None
        self.shown: Sequence[Entry] = []
        self.sort = "date"
        # While a filter is active `s` orders the matches: best match first, then by each sort.
        self.match_sort = BEST_MATCH
        self._total = 0  # briefings in the library, known before their entries are decoded
        self._broken = 0
        self._ranked = False  # the list shows search results best first
        self._filtering = False  # a filter is typed
        self._summaries_only = ""  # why the filter matches the list in hand, not the index's body text
        self._prefetched = False  # the index's cached entries were shown (once, at start)
        self._reading = False  # a cold or partial index is being filled: more entries to come
        self._filter_box: FilterInput | None = None  # put in after the first frame (filter_box)

    def compose(self) -> ComposeResult:
        # The first page from the index (read while the app started) goes into the
        # widgets as they are made, so that the first frame paints it all at once;
        # the index is opened, every entry decoded and the index brought up to date
        # after that frame (load_entries).
        pages = self.context.prefetch().first_page()
        rows = VirtualList[Entry](self.row_prompt, id="briefings")
        if pages:
            self.shown = pages
            self._total = len(pages)
            rows.set_rows(pages, 0)
            first = self._header_text(note="checking for changes…")
        else:
            first = self._header_text(loading=True)
        yield Static(Content(first), id="library-header", markup=False)
        # The filter box and the footer as the first frame shows them; the real ones after it.
        yield filter_stand_in()
        yield rows
        yield footer_slot()

    def on_mount(self) -> None:
        self.rows.focus()
        for folder in self.missing_folders:
            self.notify(
                f"No such folder: {display_path(folder)}", title="Library", severity="warning", markup=False
            )
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        self.load_entries()
        await fill_footer_slot(self)
        if self._filter_box is None:
            with self.app.batch_update():  # one frame with the box for its stand-in, never both
                self._filter_box, removed = put_in_filter_box(self)
                await removed

    @property
    def filter_box(self) -> Input:
        """The filter's text box; put in place of its stand-in now if the first frame is not out yet."""
        if self._filter_box is None:  # mounted before the next message: keys typed go to it
            self._filter_box, _ = put_in_filter_box(self)
        return self._filter_box

    @property
    def filter_text(self) -> str:
        """What is typed in the filter ("" while its stand-in is shown)."""
        return self._filter_box.value if self._filter_box is not None else ""

    def action_rescan(self) -> None:
        self.load_entries(announce=True)

    def rescan(self) -> None:
        """Pick up files added, changed or removed since the list was drawn (on return, on focus)."""
        self.load_entries()

    @property
    def missing_folders(self) -> list[Path]:
        """Library folders that do not exist; the user's own briefings folder may not, yet."""
        own = self.context.paths.user_briefings
        return [folder for folder in self.context.folders if folder != own and not folder.exists()]

    @property
    def entries(self) -> list[Entry]:
        return self.context.library.entries

    @work(thread=True, exclusive=True, group="library")
    def load_entries(self, announce: bool = False) -> None:
        from tui.model.state import library_view  # looked up here: tests hold read_library back

        # The index is opened after the first frame; every later call finds it opened.
        self.index, cached = self.context.prefetch().result()
        if not self._prefetched:
            self._prefetched = True
            if cached:
                self.app.call_from_thread(
                    partial(self.set_entries, cached, complete=False, note="checking for changes…")
                )

        def progress(entries: list[Entry]) -> None:
            self.app.call_from_thread(self.set_entries, entries, complete=False, progress=True)

        try:
            entries = library_view.read_library(self.index, self.context.folders, progress)
        except (OSError, sqlite3.Error) as error:
            # Locked by another process, disk full, read-only: list the files directly.
            entries = library_view.scan_library(self.context.folders)
            self.app.call_from_thread(
                self.notify,
                f"The library index could not be updated ({error}); read the folders directly.",
                title="Library index",
                severity="warning",
                markup=False,
            )
        self.app.call_from_thread(self.set_entries, entries, complete=True)
        if self.index is not None:
            # Read the search order now, so that the first letter typed need not (10 ms at 10,000);
            # once per start it checks the body text's index first, and may rebuild it.
            with contextlib.suppress(OSError, sqlite3.Error):
                self.index.warm_search()
        if self.index is not None and self.index.take_damage_repaired():
            self.app.call_from_thread(self._announce_index_damage)
        if announce:
            self.app.call_from_thread(self._announce_rescan)

    def _announce_index_damage(self) -> None:
        self.refresh_list()  # filled again: a filter typed meanwhile searches the body text now
        # No text from the file: SQLite's messages about a damaged one can quote it.
        self.notify(
            "The library index was damaged; it was rebuilt from the folders.",
            title="Library index",
            severity="warning",
            markup=False,
        )

    def _announce_rescan(self) -> None:
        count = len(self.entries)
        broken = sum(e.broken for e in self.entries)
        text = f"{count:,} briefing{'s' if count != 1 else ''}" + (f", {broken:,} broken" if broken else "")
        self.notify(f"Rescanned the library: {text}.", markup=False)

    def set_entries(
        self, entries: list[Entry], *, complete: bool, progress: bool = False, note: str = ""
    ) -> None:
        """Fill the shared library view and show it; `complete` once it matches the folders."""
        self.context.library.fill(entries, complete=complete)
        self.duplicate_ids = set(duplicate_ids(entries))
        self._total = len(entries)
        self._broken = sum(e.broken for e in entries)
        self._sorted = {}
        self.rows.invalidate()  # rendered rows are keyed by their entry objects, replaced here
        self._reading = progress  # the header says so until the list is complete, filtered or not
        self.refresh_list()
        if note:
            self._update_header(note=note)
        elif not progress:
            # The library is long-lived: keep the collector from re-walking it on every
            # full collection (a 90 ms pause while typing with 10,000 briefings).
            gc.freeze()

    def on_screen_resume(self) -> None:
        # Read marks and bookmarks may have changed while a briefing was open; files too.
        self.rows.invalidate()
        if self.entries:
            self.rescan()

    def refresh_list(self, keep: str | None = None) -> None:
        rows = self.rows
        highlighted = self._shown_at(rows.highlighted)
        if keep is None and highlighted is not None:
            keep = highlighted.path
        query = self.filter_text
        words = query.casefold().split()
        sort = self.match_sort if words and self.match_sort in SORTS else self.sort
        self._ranked = False
        self._filtering = bool(words)
        self._summaries_only = ""
        if query.strip() and self.index is not None:
            # Full-text search (title, dek, outlet, tags, body) on the main thread: a few
            # ms with its word cache, and the typed letter and the new list then appear
            # in the same frame instead of two.
            try:
                found = self.index.search_result(query)
            except (OSError, sqlite3.Error) as error:
                # Locked, unreadable, or emptied and being filled again (after damage): match
                # the summaries in hand, never an index that knows fewer briefings than the list.
                from tui.model.state.index_reading import IndexRefilling  # loaded with the index

                refilling = isinstance(error, IndexRefilling) or self.index.damage_repaired
                self._summaries_only = "until the index is rebuilt" if refilling else "(index unreadable)"
                ordered = self._ordered(sort)
                self._show([e for e in ordered if matches(e, words)], keep)
                if self.index.damage_repaired and not self.index.updating:  # rebuilt empty: fill it
                    self.rescan()
                return
            if found.ranked and self.match_sort == BEST_MATCH:
                self._ranked = True
                self._show(self.context.library.entries_at(found.paths))
            else:  # in a sort order: the list's own, filtered (one-letter words do not rank)
                wanted = set(found.paths)
                self._show([e for e in self._ordered(sort) if e.path in wanted])
            return
        ordered = self._ordered(sort)
        self._show([e for e in ordered if matches(e, words)] if words else ordered, keep)

    def _ordered(self, sort: str) -> list[Entry]:
        ordered = self._sorted.get(sort)
        if ordered is None:
            ordered = self._sorted[sort] = sorted(self.entries, key=SORTS[sort])
        return ordered

    def _show(self, shown: Sequence[Entry], keep: str | None = None) -> None:
        self.shown = shown
        query = self.filter_text.strip()
        missing = self.missing_folders
        if query:
            empty = f"No briefing matches “{query}” — esc clears the filter."
        elif missing:
            empty = "No such folder: " + ", ".join(display_path(folder) for folder in missing)
        else:
            empty = "No briefings here yet."
        self.rows.empty_text = empty
        index = next((n for n, e in enumerate(shown) if e.path == keep), 0) if keep else 0
        self.rows.set_rows(shown, index)
        self._update_header()

    def row_prompt(self, entry: Entry) -> Content:
        """Built only for rows on screen, so read and bookmark marks are always current."""
        summary = entry.summary
        return entry_prompt(
            entry,
            read=bool(summary and self.context.reading.is_read(summary.id)),
            bookmarked=bool(summary and self.context.briefing_bookmarked(summary.id)),
            duplicate=bool(summary and summary.id in self.duplicate_ids),
        )

    @property
    def rows(self) -> VirtualList[Entry]:
        return self.query_one("#briefings", VirtualList)

    def _update_header(self, *, loading: bool = False, note: str = "") -> None:
        # One line, always: no layout pass for a new header.
        text = self._header_text(loading=loading, note=note)
        self.query_one("#library-header", Static).update(Content(text), layout=False)

    def _header_text(self, *, loading: bool = False, note: str = "") -> str:
        if self._reading and self._filtering:  # typing while a cold index fills: both counts climb
            return f"briefing · {len(self.shown):,} of {len(self.entries):,} so far · reading the library…"
        if loading or self._reading:
            return f"briefing · reading the library… {len(self.entries):,} so far"
        if self._ranked:
            order = "best match first"
        else:
            sort = self.match_sort if self._filtering and self.match_sort in SORTS else self.sort
            order = f"sorted by {sort}"
        text = f"briefing · {len(self.shown):,} of {self._total:,} briefings · {order}"
        if self._broken:
            text += f" · {self._broken:,} broken"
        if self._summaries_only:
            text += f" · body text not searched {self._summaries_only}"
        if note:
            text += f" · {note}"
        return text

    @property
    def highlighted_entry(self) -> Entry | None:
        return self._shown_at(self.rows.highlighted)

    def _shown_at(self, index: int | None) -> Entry | None:
        """The entry shown at `index`; None past the end, or on a page of the index that could
        not be read (found damaged while the first list was still read page by page)."""
        if index is None:
            return None
        try:
            return self.shown[index]
        except IndexError:
            return None

    def action_focus_filter(self) -> None:
        focus_text_box(self, self.filter_box)

    def action_clear_filter(self) -> None:
        leave_text_box(self, self.filter_box, self.rows)

    def action_cycle_sort(self) -> None:
        if self.filter_text.strip():
            names = [BEST_MATCH, *SORTS] if self.index is not None else list(SORTS)
            current = self.match_sort if self.match_sort in names else names[0]
            self.match_sort = names[(names.index(current) + 1) % len(names)]
        else:
            names = list(SORTS)
            self.sort = names[(names.index(self.sort) + 1) % len(names)]
            self.match_sort = BEST_MATCH if self.index is not None else self.sort
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
        entry = self._shown_at(message.index)
        if entry is None:
            return
        if entry.broken:
            self.notify(broken_file_notice(entry.path, len(entry.problems)), severity="error", markup=False)
            return
        self.open_entry(entry)
