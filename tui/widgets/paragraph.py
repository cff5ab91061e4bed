"""A paragraph of the article that renders only the lines on screen.

A Static renders its whole text whenever it is drawn or restyled: for a 100,000-character
paragraph that is over a thousand wrapped lines per focus change. Here the line breaks are worked
out once per width from the plain text (styles never move them), and each line is styled and
rendered when the compositor asks for it. The output is the same as Static's: the same wrapping
(rich's divide_line), trimming and `_FormattedLine` rendering as `Content.render_strips`. Text with
tabs or newlines (rare in a paragraph) is rendered as Static renders it.

The styled text itself is built on demand by the article (`source`) and kept until `invalidate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from rich._wrap import divide_line
from rich.cells import _is_single_cell_widths
from textual import events
from textual.content import Content, _FormattedLine
from textual.geometry import Region, Size
from textual.message import Message
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static


class ClaimClicked(Message):
    """A claim in the article was clicked."""

    def __init__(self, claim_id: str) -> None:
        super().__init__()
        self.claim_id = claim_id


class WrappedLine(NamedTuple):
    """One line on screen: [start, end) of the paragraph's text, and whether it ends it."""

    start: int
    end: int
    last: bool


# rich._wrap's words: leading space, the word, its trailing space (group 1).
_WORD = re.compile(r"\s*\S+(\s*)")
_NEXT_WORD = re.compile(r"\S+(\s*)")


@lru_cache(maxsize=64)
def _line_fits(width: int) -> re.Pattern[str]:
    """The longest run from a line's start of at most `width` characters that ends a word."""
    return re.compile(rf".{{0,{width - 1}}}\S(?=\s|\Z)")


def _divide_single_width(text: str, width: int) -> list[int]:
    """rich's `divide_line(text, width, fold=True)` for text whose every character is one cell
    wide (then a length in cells is a length in characters), with the same breaks. A line at a
    time, not a word at a time: the regex finds the last word that fits, so a 500-paragraph
    section is wrapped in a few thousand steps instead of 175,000 (most of the CPU time to open
    it). rich's rule: a word fits while its end, trailing space left out, is within `width` of the
    line's start; a word longer than `width` is folded into pieces of `width`, trailing space
    included, and the words after it may join its last piece."""
    if width < 1:
        return _divide_by_words(text, width)
    breaks: list[int] = []
    fits = _line_fits(width)
    start = 0
    while True:
        line = fits.match(text, start)
        if line is not None:
            word = _NEXT_WORD.search(text, line.end())  # the first word that does not fit
            if word is None:
                return breaks
            start = word.start()
            breaks.append(start)
        elif start == 0:  # the first word (with any space before it) is too long on its own
            word = _WORD.match(text)
            if word is None:
                return breaks
        else:  # only the space after a folded word was left on the line
            word = _NEXT_WORD.search(text, start)
            if word is None:
                return breaks
            start = word.start()
            breaks.append(start)
        if word.start(1) - start > width:  # fold it
            pieces = range(start, word.end(), width)
            breaks.extend(pieces[1:])
            start = pieces[-1]


def _divide_by_words(text: str, width: int) -> list[int]:
    """The same breaks a word at a time (rich's own loop, without its cell_len calls)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        length = match.start(1) - start  # without the trailing space
        if width - offset >= length:
            offset += end - start
        elif length > width:  # fold the word into pieces of `width`
            pieces = range(start, end, width)
            for piece in pieces:
                if piece:
                    breaks.append(piece)
            offset = end - pieces[-1]
        elif offset and start:
            breaks.append(start)
            offset = end - start
    return breaks


def wrapped_line_count(text: str, width: int) -> int:
    """len(wrap_text(text, width)), without listing the lines (a long article's layout needs
    only the count of every paragraph's lines, and the lines of those on screen)."""
    if _is_single_cell_widths(text):
        return len(_divide_single_width(text, width)) + 1
    return len(divide_line(text, width, fold=True)) + 1


def wrap_text(text: str, width: int) -> list[WrappedLine]:
    """Where `Content` wraps a one-line text at `width` (fold overflow, no padding)."""
    if _is_single_cell_widths(text):
        offsets = _divide_single_width(text, width)
    else:
        offsets = divide_line(text, width, fold=True)
    starts = [0, *offsets]
    ends = [*offsets, len(text)]
    last = len(starts) - 1
    pairs = enumerate(zip(starts, ends, strict=True))
    return [WrappedLine(start, end, n == last) for n, (start, end) in pairs]


def render_wrapped_line(
    widget: Widget, content: Content, lines: list[WrappedLine], y: int, width: int
) -> Strip:
    """Line y of `content` wrapped as `lines`, drawn in `widget`'s style as `Content.render_strips`
    draws it (`Content._wrap_and_format`, one line)."""
    style = widget.visual_style
    if y >= len(lines):
        return Strip.blank(width, style.rich_style)
    start, end, last = lines[y]
    piece = content[start:end]
    piece = piece.truncate(width) if last else piece.rstrip().truncate(width)
    align = widget.styles.text_align
    line = _FormattedLine(widget._get_style, piece.rstrip_end(width), width, start, 0, align=align)
    strip = Strip(*line.to_strip(style))
    if widget.auto_links and not widget.screen._selecting:
        strip = strip._apply_link_style(widget.link_style)
    return strip


def plain_by_line(text: str) -> bool:
    """Whether a paragraph's text can be drawn line by line (no tabs or line breaks in it)."""
    return "\n" not in text and "\t" not in text


class Paragraph(Static):
    """One paragraph; clicking a claim in it asks the screen to focus that claim."""

    def __init__(
        self,
        section: int,
        paragraph: int,
        source: Callable[[], Content],
        text: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(id=f"para-{section}-{paragraph}", classes="paragraph", markup=False)
        self.key = (section, paragraph)
        self._source = source
        # The plain text as drawn, if known without the styles: measuring needs no styles, and
        # a paragraph laid out but off screen then never builds them.
        self._text = text
        self._content: Content | None = None
        self._layout: tuple[int, list[WrappedLine]] | None = None
        self._lines: dict[tuple[int, int], Strip] = {}  # (width, y): rendered line

    @property
    def content(self) -> Content:
        """The styled paragraph (claims, focus, find, marks), built when first needed."""
        if self._content is None:
            self._content = self._source()
        return self._content

    @content.setter
    def content(self, content: Content) -> None:
        self._content = content
        self.invalidate(layout=True, rebuild=False)

    def render(self) -> Content:
        return self.content

    def invalidate(self, *, layout: bool = False, rebuild: bool = True) -> None:
        """The paragraph's state changed: draw it again. Focus and find change only styles, never
        the wrapping, so they skip the layout pass; bookmark marks add text and pass layout=True."""
        if rebuild:
            self._content = None
        self._lines.clear()
        if layout:
            self._layout = None
            self.clear_cached_dimensions()
        self._layout_cache.clear()  # Widget._render keeps the visual there
        self.refresh(layout=layout)

    def restyle(self, quotes: list[str]) -> None:
        """Only the styles of these quoted texts changed (a claim gained or lost the focus): draw
        again only the lines they are on. Anything else draws the paragraph again."""
        old = self._content
        self._content = None
        self._layout_cache.clear()
        width = self.size.width
        lines: set[int] = set()
        text = self.content.plain
        if old is not None and old.plain == text and self.line_by_line and self._layout is not None:
            for quote in quotes:
                start = text.find(quote)
                if start < 0 or not quote:
                    lines.clear()
                    break
                lines.update(range(self.line_of(start), self.line_of(start + len(quote) - 1) + 1))
        if not lines or self._layout is None or self._layout[0] != width:
            self.invalidate(rebuild=False)
            return
        for y in lines:
            self._lines.pop((width, y), None)
        self.refresh(*(Region(0, y, width, 1) for y in sorted(lines)))

    @property
    def plain(self) -> str:
        return self._text() if self._text is not None else self.content.plain

    @property
    def line_by_line(self) -> bool:
        return plain_by_line(self.plain)

    def wrapped(self, width: int) -> list[WrappedLine]:
        if self._layout is None or self._layout[0] != width:
            self._layout = (width, wrap_text(self.plain, width))
            self._lines.clear()
        return self._layout[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if not width or not self.line_by_line:
            return super().get_content_height(container, viewport, width)
        return len(self.wrapped(width))

    def line_of(self, offset: int) -> int:
        """The line (0 = first) that the character at `offset` is drawn on, at the current width."""
        width = self.size.width
        if not width or not self.line_by_line:
            return 0
        for number, line in enumerate(self.wrapped(width)):
            if offset < line.end or line.last:
                return number
        return 0

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if not self.line_by_line or not width:
            return super().render_line(y)
        strip = self._lines.get((width, y))
        if strip is None:
            strip = self._lines[width, y] = self._render_one(y, width)
        return strip

    def _render_one(self, y: int, width: int) -> Strip:
        """Line y as `Content.render_strips` draws it, with the mouse selection if any."""
        content = self.content
        selection = self.text_selection
        if selection is not None and (span := selection.get_span(0)) is not None:
            chosen_start, chosen_end = span
            chosen_end = len(content.plain) if chosen_end == -1 else chosen_end
            selected = Style.from_styles(self.screen.get_component_styles("screen--selection"))
            content = content.stylize(selected, chosen_start, chosen_end)
        return render_wrapped_line(self, content, self.wrapped(width), y, width)

    def selection_updated(self, selection: Selection | None) -> None:
        self._lines.clear()
        super().selection_updated(selection)

    def on_click(self, event: events.Click) -> None:
        claim_id = event.style.meta.get("claim")
        if isinstance(claim_id, str):
            self.post_message(ClaimClicked(claim_id))
