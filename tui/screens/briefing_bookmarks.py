"""Bookmarking on the briefing screen: what `b` and `a` act on, and saving the change.

Plain functions over what the screen passes in (the bookmarks screen's undo uses them too), and
`BookmarkActions`, a mixin for BriefingScreen so its bindings stay on the screen. Neither imports
the screen: what the mixin uses is declared in it. The screen redraws its marks from
`BookmarkStore.marks()` when they report a change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import msgspec
from textual.screen import Screen
from textual.widget import Widget

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import (
    Bookmark,
    BookmarkError,
    BookmarkStore,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
)
from tui.model.text import shorten
from tui.screens.note import NoteScreen
from tui.widgets.side_lists import FigureList, OutlineList

if TYPE_CHECKING:
    from tui.context import ReaderContext
    from tui.model.state.marks import Marks

    Base = Screen[None]
else:
    Base = object


def focused_bookmark(
    sourcing: Sourcing, focused: Widget | None, claim: Claim | None, section_index: int
) -> Bookmark:
    """A bookmark for what the reader is on: the highlighted figure or section when
    that list has focus, else the focused claim, else the current section."""
    if isinstance(focused, FigureList):
        figure = focused.highlighted_figure
        if figure is not None:
            return bookmark_for_figure(sourcing, figure)
    if claim is not None and not isinstance(focused, OutlineList):
        return bookmark_for_claim(sourcing, claim)
    return bookmark_for_section(sourcing, sourcing.briefing.sections[section_index])


def toggle_bookmark(
    screen: Screen[None], store: BookmarkStore, bookmark: Bookmark, existing: Bookmark | None
) -> bool:
    """Add `bookmark`, or remove `existing` (the stored one, note and all), and say so;
    False if the store could not save it. A removal can be undone with u."""
    try:
        added = store.toggle(bookmark)
    except BookmarkError as error:
        screen.notify(str(error), title="Bookmark not saved", severity="error", markup=False)
        return False
    what = _what(bookmark)
    if added:
        screen.notify(f"Bookmarked {what}", markup=False)
    else:
        note = " and its note" if existing is not None and existing.note else ""
        screen.notify(f"Removed the bookmark on {what}{note} — u to undo", timeout=6, markup=False)
    return True


def restore_bookmark(
    screen: Screen[Any], store: BookmarkStore, bookmark: Bookmark, *, announce: bool = True
) -> bool:
    """Put back a removed bookmark (with its note); False if the store could not save it."""
    try:
        store.restore(bookmark)
    except BookmarkError as error:
        screen.notify(str(error), title="Not restored", severity="error", markup=False)
        return False
    if announce:
        note = " and its note" if bookmark.note else ""
        screen.notify(f"Restored the bookmark on {_what(bookmark)}{note}", markup=False)
    return True


def undo_removal(
    screen: Screen[Any], store: BookmarkStore, removed: list[Bookmark], *, announce: bool = True
) -> Bookmark | None:
    """u: put back the last bookmark in `removed`. None when there is none, or when the store could
    not save it (it then stays in `removed`, for another try)."""
    if not removed:
        screen.notify("Nothing to undo.", timeout=2)
        return None
    bookmark = removed.pop()
    if restore_bookmark(screen, store, bookmark, announce=announce):
        return bookmark
    removed.append(bookmark)
    return None


def _what(bookmark: Bookmark) -> str:
    # The quote closes after the cut, and no full stop follows it (a toast read "… as “…”.").
    return f"{bookmark.kind.value} “{shorten(bookmark.text, 40)}”"


def edit_note(
    screen: Screen[None], store: BookmarkStore, bookmark: Bookmark, saved: Callable[[], None]
) -> None:
    """Ask for the note on `bookmark` (bookmarking it if need be); `saved` runs after a change."""
    existing = store.get(bookmark.key)

    def save(note: str | None) -> None:
        if note is None:
            return
        try:
            if existing is None:
                store.add(msgspec.structs.replace(bookmark, note=note))
            else:
                store.set_note(bookmark.key, note)
        except BookmarkError as error:
            screen.notify(str(error), title="Note not saved", severity="error", markup=False)
            return
        screen.notify("Note saved." if note else "Note removed.")
        saved()

    subject = f"{bookmark.kind.value}: {shorten(bookmark.text, 60)}"
    screen.app.push_screen(NoteScreen(subject, existing.note if existing else ""), save)


class BookmarkActions(Base):
    """b bookmarks what the reader is on (or removes it), u puts back the last removed, a edits its note."""

    if TYPE_CHECKING:
        sourcing: Sourcing
        context: ReaderContext
        focused_claim: Claim | None
        marks: Marks
        removed: list[Bookmark]

        @property
        def briefing_id(self) -> str: ...

    def _focused_bookmark(self) -> Bookmark:
        section = self.query_one(OutlineList).highlighted or 0
        return focused_bookmark(self.sourcing, self.focused, self.focused_claim, section)

    def action_toggle_bookmark(self) -> None:
        bookmark = self._focused_bookmark()
        existing = self.context.bookmarks.get(bookmark.key)
        if toggle_bookmark(self, self.context.bookmarks, bookmark, existing):
            if existing is not None:
                self.removed.append(existing)
            self.refresh_marks()

    def action_undo_removal(self) -> None:
        if undo_removal(self, self.context.bookmarks, self.removed) is not None:
            self.refresh_marks()

    def action_edit_note(self) -> None:
        edit_note(self, self.context.bookmarks, self._focused_bookmark(), self.refresh_marks)

    def refresh_marks(self) -> None:
        for message in self.context.bookmarks.take_messages():
            self.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        self.marks = self.context.bookmarks.marks(self.briefing_id)
