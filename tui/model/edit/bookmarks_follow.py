"""Bookmarks follow an edited briefing: their snapshot (text, chain, status) is brought up to date.

A bookmark refers to an id, so it keeps working after its claim's text or
chain is corrected; this refreshes the copy it carries, which the bookmarks
screen and exports show. A bookmark whose item was rejected is left as it
is: it is shown as stale, as always.
"""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import (
    Bookmark,
    BookmarkKind,
    bookmark_for_briefing,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
)


def _current(bookmark: Bookmark, sourcing: Sourcing) -> Bookmark | None:
    """The bookmark as it would be made now, or None if its item is gone."""
    kind, item = bookmark.kind, bookmark.item_id
    if kind is BookmarkKind.BRIEFING:
        return bookmark_for_briefing(sourcing)
    if kind is BookmarkKind.SECTION and item in sourcing.sections:
        return bookmark_for_section(sourcing, sourcing.sections[item])
    if kind is BookmarkKind.CLAIM and item in sourcing.claims:
        return bookmark_for_claim(sourcing, sourcing.claims[item])
    figure = next((f for f in sourcing.briefing.figures if f.id == item), None)
    if kind is BookmarkKind.FIGURE and figure is not None:
        return bookmark_for_figure(sourcing, figure)
    return None


def followed(bookmarks: Iterable[Bookmark], sourcing: Sourcing) -> list[Bookmark]:
    """Bookmarks into `sourcing`'s briefing whose snapshot changed, updated (note and time kept)."""
    briefing_id = sourcing.briefing.meta.id
    changed: list[Bookmark] = []
    for bookmark in bookmarks:
        if bookmark.briefing_id != briefing_id:
            continue
        current = _current(bookmark, sourcing)
        if current is None:
            continue
        current = msgspec.structs.replace(current, created=bookmark.created, note=bookmark.note)
        if current != bookmark:
            changed.append(current)
    return changed
