"""A list of library rows that renders only what is on screen.

Every row is ROW_HEIGHT lines, so the scroll size is known without measuring
anything, and a row's Content is built only when it becomes visible. A
10,000-briefing library costs the same to draw as a ten-briefing one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from textual import events
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from tui.key_groups import GO, MOVE, TaskBinding

ROW_HEIGHT = 4  # three lines of content and a blank line between rows

Row = TypeVar("Row")


class VirtualList(ScrollView, Generic[Row], can_focus=True):
    """Fixed-height rows drawn on demand by `render_row`; posts Highlighted and Selected."""

    COMPONENT_CLASSES = {"virtual-list--row", "virtual-list--cursor"}

    DEFAULT_CSS = """
    /* A tint, not a solid block: rows keep their own colours (errors, warnings) readable. */
    VirtualList > .virtual-list--cursor {
        background: $primary 12%;
    }
    VirtualList:focus > .virtual-list--cursor {
        background: $primary 30%;
    }
    """

    BINDINGS = [
        TaskBinding("up", "cursor(-1)", "Up", show=False, id="list.up", task=MOVE),
        TaskBinding("down", "cursor(1)", "Down", show=False, id="list.down", task=MOVE),
        TaskBinding("pageup", "page(-1)", "Page up", show=False, id="list.page_up", task=MOVE),
        TaskBinding("pagedown", "page(1)", "Page down", show=False, id="list.page_down", task=MOVE),
        TaskBinding("home", "first", "First", show=False, id="list.first", task=MOVE),
        TaskBinding("end", "last", "Last", show=False, id="list.last", task=MOVE),
        TaskBinding("enter", "select", "Open", show=False, id="list.select", task=GO),
    ]

    # No repaint of the whole list: watch_highlighted repaints the two rows that change.
    highlighted: reactive[int | None] = reactive(None, always_update=True, repaint=False)

    class Highlighted(Message):
        def __init__(self, source: VirtualList[Any], index: int) -> None:
            super().__init__()
            self.source = source
            self.index = index

        @property
        def control(self) -> VirtualList[Any]:
            return self.source

    class Selected(Highlighted):
        """enter or a double click on a row."""

    def __init__(self, render_row: Callable[[Row], Content], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._render_row = render_row
        self.rows: Sequence[Row] = ()
        self.empty_text = ""  # shown when there are no rows
        # Keyed by the row object, not its position, so rows survive filtering and sorting.
        self._cache: LRUCache[tuple[int, bool, int], list[Strip]] = LRUCache(512)

    def invalidate(self) -> None:
        """Forget rendered rows (their content changed, e.g. read or bookmarked)."""
        self._cache.clear()
        self.refresh()

    def set_rows(self, rows: Sequence[Row], highlighted: int | None = 0) -> None:
        """Show `rows`; only rows on screen that are not the same objects as before are repainted."""
        old = self.rows
        self.rows = rows
        self._set_height(len(rows) * ROW_HEIGHT)
        self.highlighted = None if not rows else max(0, min(highlighted or 0, len(rows) - 1))
        if not self.is_mounted or not self.size.height or not old or not rows:
            # The first rows (painted with the rest of the screen), or the empty-list text.
            self.refresh()
            return
        first = int(self.scroll_y) // ROW_HEIGHT
        for index in range(first, first + self.size.height // ROW_HEIGHT + 2):
            if _row_at(old, index) is not _row_at(rows, index):
                self._refresh_row(index)

    def _set_height(self, height: int) -> None:
        """The scrollable height for the rows; a layout only if the scrollbar comes or goes.

        A virtual size is a layout property, and a layout re-arranges and repaints
        every widget on screen: a filter keystroke that changes the count did
        that. While the scrollbar stays, only its thumb changes.
        """
        size = Size(self.size.width, height)
        page = self.scrollable_content_region.height
        if self.is_mounted and self.show_vertical_scrollbar and min(self.virtual_size.height, height) > page:
            self.set_reactive(VirtualList.virtual_size, size)
            self.vertical_scrollbar.window_virtual_size = height
            self.scroll_y = self.validate_scroll_y(self.scroll_y)  # rows that changed: set_rows
        else:
            self.virtual_size = size

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.rows:
            return None
        return max(0, min(value, len(self.rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is None:
            return
        self._refresh_row(old)
        self._refresh_row(new)
        if self.is_mounted:
            self.scroll_to_region(
                Region(0, new * ROW_HEIGHT, max(1, self.size.width), ROW_HEIGHT), animate=False, force=True
            )
        self.post_message(self.Highlighted(self, new))

    def _refresh_row(self, index: int | None) -> None:
        if index is not None:
            self.refresh(Region(0, index * ROW_HEIGHT - int(self.scroll_y), self.size.width, ROW_HEIGHT))

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self.rows) * ROW_HEIGHT)

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        index, offset = divmod(line, ROW_HEIGHT)
        width = self.scrollable_content_region.width
        base = self.get_visual_style("virtual-list--row")
        if index >= len(self.rows):
            if not self.rows and line == 1 and self.empty_text:
                return Visual.to_strips(self, Content(" " + self.empty_text), width, 1, base, pad=True)[0]
            return Strip.blank(width, base.rich_style)
        cursor = index == self.highlighted
        row = _row_at(self.rows, index)
        if row is None:  # a lazily read sequence came up short: blank until its rows are replaced
            return Strip.blank(width, base.rich_style)
        key = (id(row), cursor and self.has_focus, width)
        strips = self._cache.get(key)
        if strips is None:
            style = self.get_visual_style("virtual-list--row", "virtual-list--cursor") if cursor else base
            content = self._render_row(row)
            lines = [line.truncate(width, ellipsis=True) for line in content.split("\n")][:ROW_HEIGHT]
            lines += [Content("")] * (ROW_HEIGHT - len(lines))
            strips = []
            for part in lines:
                strips.append(Visual.to_strips(self, part, width, 1, style, pad=True)[0])
            self._cache[key] = strips
        return strips[offset].apply_meta({"row": index})

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        row = event.style.meta.get("row")
        if isinstance(row, int):
            if row == self.highlighted and event.chain >= 2:
                self.post_message(self.Selected(self, row))
            self.highlighted = row

    def action_cursor(self, step: int) -> None:
        if self.rows:
            self.highlighted = (self.highlighted or 0) + step

    def action_page(self, direction: int) -> None:
        if self.rows:
            page = max(1, self.scrollable_content_region.height // ROW_HEIGHT)
            self.highlighted = (self.highlighted or 0) + direction * page

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self.rows) - 1

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))


def _row_at(rows: Sequence[Row], index: int) -> Row | None:
    """`rows[index]`, or None past the end; a sequence read lazily (the library index's pages)
    may also come up short of its length when its source changed or was found damaged."""
    try:
        return rows[index]
    except IndexError:
        return None
