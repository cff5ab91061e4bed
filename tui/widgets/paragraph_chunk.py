"""A run of paragraphs of one section, mounted as widgets only while near the view.

Mounting a widget costs about half a millisecond of CPU, whatever it shows: a section of 500
paragraphs took 230 ms to mount and lay out before anything was drawn. So the article holds its
paragraphs in chunks. A collapsed chunk has no children: it works out its height from the wrapped
plain text of its paragraphs (the same wrapping `Paragraph` uses) and draws their lines itself.
An expanded chunk holds one `Paragraph` per paragraph (text selection, ids, everything a
paragraph widget does), at exactly the same height, so expanding or collapsing never moves what
is on screen.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from tui.widgets.paragraph import (
    ClaimClicked,
    Paragraph,
    WrappedLine,
    plain_by_line,
    render_wrapped_line,
    wrap_text,
)

# Blank rows above each paragraph: `ArticleView .paragraph { padding-top: 1; }` in briefing.tcss
# (tests compare a collapsed chunk's lines and height with its expanded paragraphs').
PARAGRAPH_GAP = 1


def line_at(lines: list[WrappedLine], offset: int) -> int:
    """The line (0 = first) that the character at `offset` is drawn on."""
    for number, line in enumerate(lines):
        if offset < line.end or line.last:
            return number
    return 0


class ParagraphChunk(Widget):
    """Paragraphs `first` to `last - 1` of section `section`."""

    def __init__(
        self,
        section: int,
        first: int,
        last: int,
        *,
        plain: Callable[[int, int], str],
        styled: Callable[[int, int], Content],
        expanded: bool,
    ) -> None:
        super().__init__(classes="paragraphs")
        self.section, self.first, self.last = section, first, last
        self._plain = plain  # the paragraph's text as drawn (bookmark marks included)
        self._styled = styled  # ... with its claim, focus, find and mark styles
        self._expand_at_compose = expanded
        self._texts = {p_index: plain(section, p_index) for p_index in range(first, last)}
        self._wraps: dict[int, tuple[int, list[WrappedLine]]] = {}
        self._offsets: tuple[int, list[int]] | None = None  # (width, row where each paragraph starts)
        self._contents: dict[int, Content] = {}
        self._strips: dict[tuple[int, int], Strip] = {}
        self.widgets: dict[int, Paragraph] = {}
        self._blank: Strip | None = None  # what a line under the mounted paragraphs is
        # Text with tabs or line breaks is drawn by Paragraph (as Static draws it), never here.
        self.always_expanded = not all(plain_by_line(text) for text in self._texts.values())

    def compose(self):  # type: ignore[no-untyped-def]
        if self._expand_at_compose or self.always_expanded:
            yield from self._make_paragraphs()

    def _make_paragraphs(self) -> list[Paragraph]:
        self.widgets = {
            p: Paragraph(self.section, p, _bound(self._styled, self.section, p), partial(self.text, p))
            for p in range(self.first, self.last)
        }
        return list(self.widgets.values())

    def mount_paragraphs(self) -> None:
        if self.widgets:
            return
        if self._nodes:  # the paragraphs unmounted a moment ago are still leaving (same ids)
            self.call_after_refresh(self.mount_paragraphs)
            return
        self.mount_all(self._make_paragraphs())

    def unmount_paragraphs(self) -> None:
        if self.widgets and not self.always_expanded:
            self.widgets = {}
            self._strips.clear()
            self.remove_children()

    # Text and geometry ------------------------------------------------------

    def text(self, p_index: int) -> str:
        text = self._texts.get(p_index)
        if text is None:
            text = self._texts[p_index] = self._plain(self.section, p_index)
        return text

    def wrapped(self, p_index: int, width: int) -> list[WrappedLine]:
        cached = self._wraps.get(p_index)
        if cached is None or cached[0] != width:
            cached = self._wraps[p_index] = (width, wrap_text(self.text(p_index), width))
        return cached[1]

    def offsets(self, width: int) -> list[int]:
        """The row each paragraph starts on (its blank row), and one past the last row."""
        if self._offsets is None or self._offsets[0] != width:
            rows = [0]
            for p_index in range(self.first, self.last):
                rows.append(rows[-1] + PARAGRAPH_GAP + len(self.wrapped(p_index, width)))
            self._offsets = (width, rows)
        return self._offsets[1]

    def paragraph_rows(self, p_index: int, width: int) -> tuple[int, int]:
        """Rows (top, one past the bottom) of a paragraph in this chunk, blank row included."""
        offsets = self.offsets(width)
        return offsets[p_index - self.first], offsets[p_index - self.first + 1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.widgets or not width:
            return super().get_content_height(container, viewport, width)
        return self.offsets(width)[-1]

    def forget(self, p_index: int, *, layout: bool) -> None:
        """A paragraph's styles (or, with layout, its text) changed: draw it again."""
        self._contents.pop(p_index, None)
        self._strips.clear()
        if layout:
            self._texts.pop(p_index, None)
            self._wraps.pop(p_index, None)
            self._offsets = None
        widget = self.widgets.get(p_index)
        if widget is not None:
            widget.invalidate(layout=layout)
        if layout:
            self.clear_cached_dimensions()
        self.refresh(layout=layout)

    def restyle(self, p_index: int, quotes: list[str]) -> None:
        """Only the styles of these quotes changed (focus moved): the lines on screen are drawn
        again, the wrapping stays."""
        self._contents.pop(p_index, None)
        self._strips.clear()
        widget = self.widgets.get(p_index)
        if widget is not None:
            widget.restyle(quotes)
        else:
            self.refresh()

    # Drawing ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        # Drawn until the mounted paragraphs are laid out over these lines, but for text that
        # Paragraph alone draws.
        if self.always_expanded or not width or self._covered:
            if self._blank is None or self._blank.cell_length != width:
                self._blank = Strip.blank(width, self.visual_style.rich_style)
            return self._blank
        return self.own_line(y)

    def own_line(self, y: int) -> Strip:
        """Line y as this chunk draws it (what its paragraphs draw there, blank rows included)."""
        width = self.size.width
        strip = self._strips.get((width, y))
        if strip is None:
            strip = self._strips[width, y] = self._render_row(y, width)
        return strip

    @property
    def _covered(self) -> bool:
        first = next(iter(self.widgets.values()), None)
        return first is not None and first.size.width > 0

    def _render_row(self, y: int, width: int) -> Strip:
        offsets = self.offsets(width)
        index = bisect_right(offsets, y) - 1
        row = y - offsets[index] - PARAGRAPH_GAP
        if index >= self.last - self.first or row < 0:
            return Strip.blank(width, self.visual_style.rich_style)
        p_index = self.first + index
        content = self._contents.get(p_index)
        if content is None:
            content = self._contents[p_index] = self._styled(self.section, p_index)
        return render_wrapped_line(self, content, self.wrapped(p_index, width), row, width)

    def on_click(self, event: events.Click) -> None:
        claim_id = event.style.meta.get("claim")
        if isinstance(claim_id, str) and event.widget is self:  # not one bubbling from a Paragraph
            self.post_message(ClaimClicked(claim_id))


def mount_near(chunks: list[ParagraphChunk], top: int, bottom: int) -> None:
    """Mount the paragraphs of the chunks within a screen of the rows [top, bottom) on screen;
    unmount those of chunks over three screens away (what is mounted stays bounded)."""
    height = bottom - top
    for chunk in chunks:
        region = chunk.virtual_region
        if region.bottom > top - height and region.y < bottom + height:
            chunk.mount_paragraphs()
        elif region.bottom < top - 3 * height or region.y > bottom + 3 * height:
            chunk.unmount_paragraphs()


def _bound(styled: Callable[[int, int], Content], section: int, p_index: int) -> Callable[[], Content]:
    return lambda: styled(section, p_index)
