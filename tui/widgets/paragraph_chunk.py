"""A run of paragraphs of one section, mounted as widgets only while near the view.

Mounting a widget costs about half a millisecond of CPU, whatever it shows: a section of 500
paragraphs took 230 ms to mount and lay out before anything was drawn. So the article holds its
paragraphs in chunks. A collapsed chunk has no children: it works out its height from the wrapped
plain text of its paragraphs (the same wrapping `Paragraph` uses) and draws their lines itself.
An expanded chunk holds one `Paragraph` per paragraph (text selection, ids, everything a
paragraph widget does), at exactly the same height, so expanding or collapsing never moves what
is on screen.

A long article's chunks are long (the widgets, not the paragraphs, are what its first frame
pays for), so a chunk mounts only a run of its paragraphs near the view, MOUNT_PARAGRAPHS at a
time: the run sits below a top margin of the rows above it, and the chunk draws the rest itself.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
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
    wrapped_line_count,
)

# Blank rows above each paragraph: `ArticleView .paragraph { padding-top: 1; }` in briefing.tcss
# (tests compare a collapsed chunk's lines and height with its expanded paragraphs').
PARAGRAPH_GAP = 1
# Paragraphs per chunk when all are mounted at once (a short article).
CHUNK_PARAGRAPHS = 10
# ... and in a long article, whose chunks mount only the paragraphs near the view: a
# 500-paragraph section is 10 widgets, not 50 (each costs the first frame about half a
# millisecond, whatever it shows).
LAZY_CHUNK_PARAGRAPHS = 50
# A chunk mounts its paragraphs in runs of whole windows of this many (a few ms each).
MOUNT_PARAGRAPHS = 10


def chunk_ranges(paragraphs: Sequence[str], *, lazy: bool) -> list[tuple[int, int, bool]]:
    """(first, one past the last, drawn line by line) for each chunk of a section."""
    if not lazy:  # every paragraph is mounted at once: runs of CHUNK_PARAGRAPHS
        return [
            (first, last, all(plain_by_line(text) for text in paragraphs[first:last]))
            for first in range(0, len(paragraphs), CHUNK_PARAGRAPHS)
            for last in [min(len(paragraphs), first + CHUNK_PARAGRAPHS)]
        ]
    # Runs of up to LAZY_CHUNK_PARAGRAPHS; each paragraph that only Paragraph draws (tabs, line
    # breaks) in a chunk of its own, which is always mounted. Marks, and the control codes
    # Content strips, never add or remove a tab or a line break: the file's text tells.
    ranges: list[tuple[int, int, bool]] = []
    first = 0
    for index, text in enumerate(paragraphs):
        if not plain_by_line(text):
            if first < index:
                ranges.append((first, index, True))
            ranges.append((index, index + 1, False))
            first = index + 1
        elif index + 1 - first == LAZY_CHUNK_PARAGRAPHS:
            ranges.append((first, index + 1, True))
            first = index + 1
    if first < len(paragraphs):
        ranges.append((first, len(paragraphs), True))
    return ranges


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
        by_line: bool,
    ) -> None:
        super().__init__(classes="paragraphs")
        self.section, self.first, self.last = section, first, last
        self._plain = plain  # the paragraph's text as drawn (bookmark marks included)
        self._styled = styled  # ... with its claim, focus, find and mark styles
        self._expand_at_compose = expanded
        self._texts: dict[int, str] = {}  # each worked out when first measured or drawn
        self._wraps: dict[int, tuple[int, list[WrappedLine]]] = {}
        self._offsets: tuple[int, list[int]] | None = None  # (width, row where each paragraph starts)
        self._contents: dict[int, Content] = {}
        self._strips: dict[tuple[int, int], Strip] = {}
        self.widgets: dict[int, Paragraph] = {}  # the mounted run, in order
        self._margined: Paragraph | None = None  # the run's first paragraph, if it has a margin
        self._blank: Strip | None = None  # what a line under the mounted paragraphs is
        # Text with tabs or line breaks (by_line False: see plain_by_line) is drawn by Paragraph
        # (as Static draws it), never here.
        self.always_expanded = not by_line

    def compose(self):  # type: ignore[no-untyped-def]
        if self._expand_at_compose or self.always_expanded:
            self.widgets = self._make_paragraphs(self.first, self.last)
            yield from self.widgets.values()

    def _make_paragraphs(self, first: int, last: int) -> dict[int, Paragraph]:
        return {
            p: Paragraph(self.section, p, _bound(self._styled, self.section, p), partial(self.text, p))
            for p in range(first, last)
        }

    @property
    def mounted(self) -> range:
        """The paragraphs mounted as widgets (one run)."""
        if not self.widgets:
            return range(0)
        keys = list(self.widgets)
        return range(keys[0], keys[-1] + 1)

    def mount_paragraphs(self, first: int | None = None, last: int | None = None) -> None:
        """Mount paragraphs `first` to `last - 1` (all of them by default) along with the run
        already mounted; a range apart from that run replaces it."""
        first = self.first if first is None else max(self.first, first)
        last = self.last if last is None else min(self.last, last)
        run = self.mounted
        if first >= last or (run and run.start <= first and last <= run.stop):
            return
        if run and (last < run.start or first > run.stop):
            self.unmount_paragraphs()
        if run and self.widgets:  # grow the run at either end
            before = self._make_paragraphs(first, run.start)
            after = self._make_paragraphs(run.stop, last)
            self.widgets = before | self.widgets | after
            self._place()
            if before:
                self.mount_all(before.values(), before=0)
            if after:
                self.mount_all(after.values())
            return
        if self._nodes:  # the paragraphs unmounted a moment ago are still leaving (same ids)
            self.call_after_refresh(self.mount_paragraphs, first, last)
            return
        self.widgets = self._make_paragraphs(first, last)
        self._place()
        self.mount_all(self.widgets.values())

    def mount_rows(self, top: int, bottom: int) -> None:
        """Mount the paragraphs on rows [top, bottom) of this chunk, in whole windows."""
        width = self.size.width
        if not width:
            self.mount_paragraphs()
            return
        offsets = self.offsets(width)
        count = self.last - self.first
        start = max(0, bisect_right(offsets, max(0, top)) - 1)
        stop = min(count, bisect_left(offsets, bottom))
        start -= start % MOUNT_PARAGRAPHS
        stop = min(count, -(-stop // MOUNT_PARAGRAPHS) * MOUNT_PARAGRAPHS)
        self.mount_paragraphs(self.first + start, self.first + max(stop, start + 1))

    def unmount_paragraphs(self) -> None:
        if self.widgets and not self.always_expanded:
            self.widgets = {}
            self._margined = None
            self._strips.clear()
            self.remove_children()

    def _place(self) -> None:
        """Put the mounted run at its rows: a top margin as tall as the paragraphs above it."""
        first = next(iter(self.widgets.values()), None)
        if first is not self._margined and self._margined is not None:
            self._margined.styles.margin = 0
            self._margined = None
        if first is None or first.key[1] == self.first:
            return
        width = self.size.width
        rows = self.offsets(width)[first.key[1] - self.first] if width else 0
        first.styles.margin = (rows, 0, 0, 0)
        self._margined = first

    def on_resize(self) -> None:
        self._place()  # the rows above the run wrap again at the new width

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
                rows.append(rows[-1] + PARAGRAPH_GAP + self._line_count(p_index, width))
            self._offsets = (width, rows)
        return self._offsets[1]

    def _line_count(self, p_index: int, width: int) -> int:
        """How many lines the paragraph wraps to; its lines are listed only once drawn."""
        cached = self._wraps.get(p_index)
        if cached is not None and cached[0] == width:
            return len(cached[1])
        return wrapped_line_count(self.text(p_index), width)

    def paragraph_rows(self, p_index: int, width: int) -> tuple[int, int]:
        """Rows (top, one past the bottom) of a paragraph in this chunk, blank row included."""
        offsets = self.offsets(width)
        return offsets[p_index - self.first], offsets[p_index - self.first + 1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # All mounted: as tall as they are laid out. Some or none: as tall as drawn here (the
        # mounted ones are as tall as the lines drawn for them).
        if self.always_expanded or not width or len(self.widgets) == self.last - self.first:
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
            self._place()  # the rows above the mounted run may have changed
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
        if self.always_expanded or not width or self._covered(y):
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

    def _covered(self, y: int) -> bool:
        """Whether row y is drawn by a mounted paragraph, laid out."""
        first = next(iter(self.widgets.values()), None)
        if first is None or not first.size.width:
            return False
        run = self.mounted
        offsets = self.offsets(self.size.width)
        return offsets[run.start - self.first] <= y < offsets[run.stop - self.first]

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
    """Mount the paragraphs within a screen of the rows [top, bottom) on screen; unmount those of
    chunks over three screens away (what is mounted stays bounded: at most a chunk's worth in
    each chunk near the view)."""
    height = bottom - top
    for chunk in chunks:
        region = chunk.virtual_region
        if region.bottom > top - height and region.y < bottom + height:
            chunk.mount_rows(top - height - region.y, bottom + height - region.y)
        elif region.bottom < top - 3 * height or region.y > bottom + 3 * height:
            chunk.unmount_paragraphs()


def _bound(styled: Callable[[int, int], Content], section: int, p_index: int) -> Callable[[], Content]:
    return lambda: styled(section, p_index)
