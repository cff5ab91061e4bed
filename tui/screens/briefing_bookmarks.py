"""Bookmarking on the briefing screen: what `b` and `a` act on, and saving the change.

Plain functions over what the screen passes in; they never reach back into it.
The screen redraws its marks from `BookmarkStore.marks()` when they report a change.
"""

from __future__ import annotations

from collections.abc import Callable

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


def restore_bookmark(screen: Screen[None], store: BookmarkStore, bookmark: Bookmark) -> bool:
    """Put back a bookmark `b` removed (with its note); False if the store could not save it."""
    try:
        store.restore(bookmark)
    except BookmarkError as error:
        screen.notify(str(error), title="Not restored", severity="error", markup=False)
        return False
    note = " and its note" if bookmark.note else ""
    screen.notify(f"Restored the bookmark on {_what(bookmark)}{note}", markup=False)
    return True


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
