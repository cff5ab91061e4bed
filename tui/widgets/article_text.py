"""Article text as drawn, without widgets: bookmark marks inserted into a paragraph, find matches."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from textual.content import Content, Span

from tui.model.format.records import Meta
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import FLAG

# A no-break space: the ⚑ never wraps onto a line of its own after a heading or claim.
BOOKMARK_MARK = f"\u00a0{FLAG}"


@dataclass(frozen=True)
class Match:
    """A find match: paragraph key and character range."""

    section: int
    paragraph: int
    start: int
    end: int


def meta_line(meta: Meta) -> Content:
    """Outlet · date · authors · category, and the image credit below."""
    parts = [meta.outlet or "outlet not named"]
    parts.append(meta.published.isoformat() if meta.published else "date not given")
    if meta.authors:
        parts.append(", ".join(meta.authors))
    if meta.category:
        parts.append(meta.category)
    line = " · ".join(parts)
    if meta.image_credit:
        line += f"\nImage: {meta.image_credit}"
    return Content(line)


def with_marks(text: str, spans: list[Span], offsets: list[int]) -> Content:
    """`text` with a bookmark mark inserted at each of the sorted `offsets`. A span that a mark
    falls inside is cut around it (as slicing and assembling would), so the mark keeps its style."""
    size = len(BOOKMARK_MARK)

    def moved_start(offset: int) -> int:  # a mark at the offset goes before what starts there
        return offset + bisect_right(offsets, offset) * size

    def moved_end(offset: int) -> int:  # ... and after what ends there
        return offset + bisect_left(offsets, offset) * size

    moved: list[Span] = []
    for start, end, style in spans:
        for cut in [*offsets[bisect_right(offsets, start) : bisect_left(offsets, end)], end]:
            if moved_start(start) < moved_end(cut):  # two marks at one place leave nothing between
                moved.append(Span(moved_start(start), moved_end(cut), style))
            start = cut
    pieces: list[str] = []
    previous = 0
    for number, offset in enumerate(offsets):
        pieces += (text[previous:offset], BOOKMARK_MARK)
        moved.append(Span(offset + number * size, offset + (number + 1) * size, "$bookmark-marker"))
        previous = offset
    pieces.append(text[previous:])
    return Content("".join(pieces), moved, strip_control_codes=False)


def find_matches(sourcing: Sourcing, needle: str) -> list[Match]:
    """Case-insensitive matches of `needle` in every paragraph, in reading order."""
    if not needle:
        return []
    folded = needle.casefold()
    found: list[Match] = []
    for s_index, section in enumerate(sourcing.briefing.sections):
        for p_index, text in enumerate(section.paragraphs):
            haystack = text.casefold()
            # casefold can change lengths (ß -> ss); only trust offsets when it does not.
            if len(haystack) != len(text):
                haystack = text.lower()
            start = haystack.find(folded)
            while start >= 0:
                found.append(Match(s_index, p_index, start, start + len(needle)))
                start = haystack.find(folded, start + max(1, len(needle)))
    return found
