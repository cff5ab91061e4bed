"""The bookmarks screen: every bookmark grouped by briefing, in reading order."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.context import ReaderContext
from tui.key_groups import FIND, GO, KEEP, MOVE, TaskBinding
from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import (
    Bookmark,
    BookmarkError,
    Key,
    chain_text,
    group_by_briefing,
    sort_bookmarks,
)
from tui.model.state.library_view import stale_bookmarks
from tui.model.text import shorten
from tui.screens.briefing_bookmarks import undo_removal
from tui.screens.note import NoteScreen
from tui.widgets.focus import fit_footer, focus_text_box, leave_text_box


def bookmark_prompt(bookmark: Bookmark, *, stale: bool) -> Content:
    kind = bookmark.kind.value
    parts: list[str | Content | tuple[str, str]] = [
        (f"  {kind:<8} ", f"bold $kind-{'self' if kind == 'briefing' else 'document'}"),
        (bookmark.text, "bold"),
    ]
    if bookmark.kind.value == "figure":
        parts += [("  " + bookmark.label, ""), (f" ({bookmark.period})" if bookmark.period else "", "dim")]
    if stale:
        parts.append(("  ⚠ no longer in the library", "$warning-text"))
    if bookmark.kind.value in ("claim", "figure"):
        status = bookmark.status or "?"
        parts += ["\n           ", (chain_text(bookmark), "dim"), " · ", (status, f"$status-{status}")]
    if bookmark.note:
        parts += ["\n           ", ("✎ ", "$bookmark-marker"), (bookmark.note, "italic")]
    return Content.assemble(*parts)


def matches(bookmark: Bookmark, words: list[str]) -> bool:
    fields = (bookmark.text, bookmark.quote, bookmark.label, bookmark.note, bookmark.title, bookmark.kind)
    haystack = " ".join((*fields, *(link.name for link in bookmark.chain))).casefold()
    return all(word in haystack for word in words)


class BookmarksScreen(Screen[None]):
    CSS_PATH = "../styles/bookmarks.tcss"

    BINDINGS = [
        TaskBinding("escape", "back", "Back", id="bookmarks.back", task=GO),
        TaskBinding("slash", "focus_filter", "Filter", id="bookmarks.filter", priority=True, task=FIND),
        TaskBinding("d,delete", "delete", "Delete", id="bookmarks.delete", task=KEEP),
        TaskBinding("u", "undo", "Undo delete", id="bookmarks.undo", task=KEEP),
        TaskBinding("a", "edit_note", "Note", id="bookmarks.note", task=KEEP),
        TaskBinding("x", "app.export_bookmarks", "Export", id="bookmarks.export", task=KEEP),
        TaskBinding("j", "cursor(1)", "Down", show=False, id="bookmarks.down", task=MOVE),
        TaskBinding("k", "cursor(-1)", "Up", show=False, id="bookmarks.up", task=MOVE),
    ]

    def __init__(self, context: ReaderContext) -> None:
        super().__init__()
        self.context = context
        self.shown: list[Bookmark | None] = []  # None for a briefing's heading row
        self.deleted: list[Bookmark] = []

    def compose(self) -> ComposeResult:
        yield Static(id="bookmarks-header", markup=False)
        yield Input(placeholder="Filter bookmarks  (/)", id="bookmark-filter")
        yield OptionList(id="bookmark-list", markup=False)
        yield Footer()

    def on_resize(self, event: Resize) -> None:
        fit_footer(self.query_one(Footer), event.size.width)

    def on_mount(self) -> None:
        fit_footer(self.query_one(Footer), self.size.width)
        self.query_one("#bookmark-list", OptionList).focus()
        # Staleness is unknown until the library has loaded: redraw when it has.
        self.context.library.subscribe(self._library_filled)
        self.reload()

    def on_unmount(self) -> None:
        self.context.library.unsubscribe(self._library_filled)

    def _library_filled(self) -> None:
        # A popped screen loses its widgets before it unmounts, and a fill can land in between;
        # a covered screen redraws on resume anyway.
        if self.is_current:
            self.refresh_list()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.context.bookmarks.load()
        for message in self.context.bookmarks.take_messages():
            self.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        self.refresh_list()

    def refresh_list(self) -> None:
        options = self.query_one("#bookmark-list", OptionList)
        keep = self.highlighted_bookmark
        words = self.query_one("#bookmark-filter", Input).value.casefold().split()
        bookmarks = self.context.bookmarks.bookmarks
        library = self.context.library
        stale = stale_bookmarks(bookmarks, library) or frozenset()
        ordered = sort_bookmarks((b for b in bookmarks if matches(b, words)), library.order)
        self.shown = []
        rows: list[Option] = []
        for briefing_id, group in group_by_briefing(ordered):
            first = group[0]
            title = first.title or briefing_id
            meta = " · ".join(
                p for p in (first.outlet, first.published.isoformat() if first.published else "") if p
            )
            heading = Content.assemble(
                ("▌", "$primary"), (title, "bold"), (f"  {meta}" if meta else "", "dim")
            )
            rows.append(Option(heading, id=f"group-{briefing_id}", disabled=True))
            self.shown.append(None)
            for bookmark in group:
                rows.append(Option(bookmark_prompt(bookmark, stale=bookmark.key in stale)))
                self.shown.append(bookmark)
        if not rows:
            rows.append(Option(self._empty_text(words), id="empty", disabled=True))
            self.shown.append(None)
        options.clear_options()
        options.add_options(rows)
        target = next(
            (n for n, b in enumerate(self.shown) if b is not None and keep and b.key == keep.key), None
        )
        if target is None:
            target = next((n for n, b in enumerate(self.shown) if b is not None), None)
        if target is not None:
            options.highlighted = target
        count = len(bookmarks)
        groups = len({b.briefing_id for b in bookmarks})
        header = f"Bookmarks · {count} in {groups} briefing{'s' if groups != 1 else ''}"
        if words:
            header += f" · {sum(b is not None for b in self.shown)} match"
        if not library.loaded:
            header += " · checking the library…"
        self.query_one("#bookmarks-header", Static).update(Content(header))

    def _empty_text(self, words: list[str]) -> Content:
        """What an empty list says: why, and how to fill it."""
        if words:
            query = " ".join(words)
            return Content.assemble(
                ("No bookmark matches ", "dim"), query, (" — esc clears the filter.", "dim")
            )
        return Content(
            "No bookmarks yet.\n\nIn a briefing, b bookmarks the focused claim (or the highlighted figure "
            "or section) and a adds a note to it; in the library, b bookmarks a whole briefing."
        )

    @property
    def highlighted_bookmark(self) -> Bookmark | None:
        index = self.query_one("#bookmark-list", OptionList).highlighted
        return self.shown[index] if index is not None and index < len(self.shown) else None

    @on(Input.Changed, "#bookmark-filter")
    def _filter_changed(self) -> None:
        self.refresh_list()

    @on(Input.Submitted, "#bookmark-filter")
    def _filter_submitted(self) -> None:
        self.set_focus(self.query_one("#bookmark-list", OptionList))

    def action_focus_filter(self) -> None:
        focus_text_box(self, self.query_one("#bookmark-filter", Input))

    def action_back(self) -> None:
        """In the filter, esc clears it and returns to the list (so d, u, x act again)."""
        search = self.query_one("#bookmark-filter", Input)
        if search.has_focus:
            leave_text_box(self, search, self.query_one("#bookmark-list", OptionList))
        else:
            self.dismiss()

    def action_cursor(self, step: int) -> None:
        options = self.query_one("#bookmark-list", OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(OptionList.OptionSelected, "#bookmark-list")
    def _open(self, message: OptionList.OptionSelected) -> None:
        bookmark = self.shown[message.option_index]
        if bookmark is None:
            return
        library = self.context.library
        briefing = library.briefing(bookmark.briefing_id)
        if briefing is None:
            if library.entry_for(bookmark.briefing_id) is not None:
                self.notify("That briefing cannot be read now.", severity="warning")
            elif library.loaded:
                self.notify("That briefing is no longer in the library.", severity="warning")
            else:
                self.notify("The library is still loading; try again in a moment.", severity="warning")
            return
        from tui.screens.briefing import BriefingScreen

        target = None if bookmark.kind.value == "briefing" else (bookmark.kind.value, bookmark.item_id)
        self.app.push_screen(
            BriefingScreen(Sourcing(briefing), self.context, target=target, back_to="Bookmarks")
        )

    def action_delete(self) -> None:
        bookmark = self.highlighted_bookmark
        if bookmark is None:
            return
        try:
            removed = self.context.bookmarks.remove(bookmark.key)
        except BookmarkError as error:
            self.notify(str(error), title="Not deleted", severity="error", markup=False)
            return
        if removed is not None:
            self.deleted.append(removed)
            self.notify("Bookmark deleted — u to undo.", timeout=4)
        self.refresh_list()

    def action_undo(self) -> None:
        # The restored row is highlighted: that says it is back, no toast needed.
        bookmark = undo_removal(self, self.context.bookmarks, self.deleted, announce=False)
        if bookmark is not None:
            self.refresh_list()
            self._highlight(bookmark.key)

    def _highlight(self, key: Key) -> None:
        index = next((n for n, b in enumerate(self.shown) if b is not None and b.key == key), None)
        if index is not None:
            self.query_one("#bookmark-list", OptionList).highlighted = index

    def action_edit_note(self) -> None:
        bookmark = self.highlighted_bookmark
        if bookmark is None:
            return

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                self.context.bookmarks.set_note(bookmark.key, note)
            except BookmarkError as error:
                self.notify(str(error), title="Note not saved", severity="error", markup=False)
                return
            self.refresh_list()
            self._highlight(bookmark.key)

        self.app.push_screen(
            NoteScreen(f"{bookmark.kind.value}: {shorten(bookmark.text, 60)}", bookmark.note), save
        )
