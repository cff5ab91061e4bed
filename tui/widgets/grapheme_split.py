"""Cut drawn lines only between graphemes, so a cut line is exactly as wide as asked.

Textual cuts a widget's lines wherever another region overlaps it (a notification over a note
box, a modal's edge) with Rich's `Segment.split_cells`. Rich 15 walks code points there, not
graphemes: in an emoji ZWJ sequence (👨‍👩‍👧, 🏳️‍🌈) it can cut after the joiner and keep the half
sequence, so the left piece measures one cell more than the cut and the row overflows the window
(the hostile run found a 101-cell row in a 100-cell window). This split uses Rich's own grapheme
spans, the ones `cell_len` measures with, and pads a cut wide grapheme with spaces as Rich does.
"""

from __future__ import annotations

from functools import lru_cache

import rich.cells
from rich.segment import Segment

# Rich's own cut, kept so a test can tell when Rich no longer needs this.
RICH_SPLIT_CELLS = Segment._split_cells
_installed = False


@lru_cache(1024 * 16)
def split_segment_cells(segment: Segment, cut: int) -> tuple[Segment, Segment]:
    """`segment` cut `cut` cells from its start, never inside a grapheme."""
    text, style, control = segment
    spans, total = rich.cells.split_graphemes(text)  # looked up here: cell_widths may replace it
    if cut >= total:
        return segment, Segment("", style, control)
    position = 0
    for start, end, width in spans:
        if position + width > cut:
            if position == cut:
                return Segment(text[:start], style, control), Segment(text[start:], style, control)
            # The cut falls inside a wide grapheme: each side keeps its cells as spaces.
            return (
                Segment(text[:start] + " " * (cut - position), style, control),
                Segment(" " * (position + width - cut) + text[end:], style, control),
            )
        position += width
    return segment, Segment("", style, control)  # unreachable: cut < total


def _split_cells(_cls: type[Segment], segment: Segment, cut: int) -> tuple[Segment, Segment]:
    return split_segment_cells(segment, cut)


def install_grapheme_split() -> None:
    """Make every `Segment.split_cells` of text that is not all single-cell use graphemes."""
    global _installed
    if _installed:
        return
    # Rich's split_cells handles all-single-cell text itself and calls _split_cells otherwise.
    Segment._split_cells = classmethod(_split_cells)  # type: ignore[method-assign, assignment]
    _installed = True
