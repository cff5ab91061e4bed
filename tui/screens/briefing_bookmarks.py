"""Bookmarking on the briefing screen: what `b` and `a` act on, and the marks in every pane."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import msgspec

from tui.model.state.bookmarks import (
    Bookmark,
    BookmarkError,
    BookmarkStore,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
)
from tui.screens.note import NoteScreen
from tui.widgets.article import ArticleView
from tui.widgets.side_lists import FigureList, OutlineList
from tui.widgets.sourcing_panel import SourcingPanel

if TYPE_CHECKING:
    from tui.screens.briefing import BriefingScreen


@dataclass(frozen=True)
class Marks:
    items: set[tuple[str, str]]  # (kind, item id) of every bookmark in this briefing
    sections: set[str]
    figures: set[str]


class BookmarkMarks:
    """Decides what is focused, toggles it in the store, and redraws the marks."""

    def __init__(self, screen: BriefingScreen, store: BookmarkStore) -> None:
        self.screen = screen
        self.store = store

    @property
    def briefing_id(self) -> str:
        return self.screen.sourcing.briefing.meta.id

    def marks(self) -> Marks:
        items = {(b.kind.value, b.item_id) for b in self.store.bookmarks if b.briefing_id == self.briefing_id}
        return Marks(
            items=items,
            sections={i for k, i in items if k == "section"},
            figures={i for k, i in items if k == "figure"},
        )

    def focused_bookmark(self) -> Bookmark:
        """A bookmark for what the reader is on: the highlighted figure or section when
        that list has focus, else the focused claim, else the current section."""
        screen = self.screen
        sourcing = screen.sourcing
        focused = screen.focused
        if isinstance(focused, FigureList) and focused.highlighted_option is not None:
            figure = next(f for f in sourcing.briefing.figures if f.id == focused.highlighted_option.id)
            return bookmark_for_figure(sourcing, figure)
        claim = screen.focused_claim
        if claim is not None and not isinstance(focused, OutlineList):
            return bookmark_for_claim(sourcing, claim)
        index = screen.query_one(OutlineList).highlighted or 0
        return bookmark_for_section(sourcing, sourcing.briefing.sections[index])

    def toggle_focused(self) -> None:
        bookmark = self.focused_bookmark()
        try:
            added = self.store.toggle(bookmark)
        except BookmarkError as error:
            self.screen.notify(str(error), title="Bookmark not saved", severity="error", markup=False)
            return
        what = f"{bookmark.kind.value} “{_short(bookmark.text)}”"
        self.screen.notify(
            f"Bookmarked {what}." if added else f"Removed the bookmark on {what}.", markup=False
        )
        self.refresh_marks()

    def edit_focused_note(self) -> None:
        bookmark = self.focused_bookmark()
        existing = self.store.get(bookmark.key)

        def save(note: str | None) -> None:
            if note is None:
                return
            try:
                if existing is None:
                    self.store.add(msgspec.structs.replace(bookmark, note=note))
                else:
                    self.store.set_note(bookmark.key, note)
            except BookmarkError as error:
                self.screen.notify(str(error), title="Note not saved", severity="error", markup=False)
                return
            self.screen.notify("Note saved." if note else "Note removed.")
            self.refresh_marks()

        subject = f"{bookmark.kind.value}: {_short(bookmark.text, 60)}"
        self.screen.app.push_screen(NoteScreen(subject, existing.note if existing else ""), save)

    def refresh_marks(self) -> None:
        for message in self.store.take_messages():
            self.screen.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        marks = self.marks()
        screen = self.screen
        screen.query_one(ArticleView).set_bookmarked(marks.items)
        outline = screen.query_one(OutlineList)
        if outline.bookmarked != marks.sections:
            outline.bookmarked = marks.sections
            outline.rebuild()
        for figures in screen.query(FigureList):
            if figures.bookmarked != marks.figures:
                figures.bookmarked = marks.figures
                figures.rebuild()
        claim = screen.focused_claim
        if claim is not None:
            screen.query_one(SourcingPanel).show(claim, bookmarked=("claim", claim.id) in marks.items)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
