"""What is bookmarked inside one briefing, as the reader's panes mark it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from tui.model.state.bookmarks import Bookmark

# The one sign for "bookmarked", wherever it is drawn.
FLAG = "⚑"


class Marks(msgspec.Struct, frozen=True):  # a Struct for start-up: see paths.StatePaths
    """(kind, item id) of every bookmark in one briefing; equal marks compare equal."""

    items: frozenset[tuple[str, str]] = msgspec.field(default_factory=frozenset)

    @property
    def sections(self) -> frozenset[str]:
        return frozenset(i for k, i in self.items if k == "section")

    @property
    def figures(self) -> frozenset[str]:
        return frozenset(i for k, i in self.items if k == "figure")

    def has(self, kind: str, item_id: str) -> bool:
        return (kind, item_id) in self.items


def marks_of(bookmarks: Iterable[Bookmark], briefing_id: str) -> Marks:
    return Marks(frozenset((b.kind.value, b.item_id) for b in bookmarks if b.briefing_id == briefing_id))
