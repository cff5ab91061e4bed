"""A drawn line cut where another region overlaps it keeps exactly the width it was cut to.

The full hostile run found a 101-cell row in a 100-cell window: a notification over the note box
cut the pasted emoji ZWJ text inside a sequence (Rich cut after the joiner). The reader's split
(tui/widgets/grapheme_split.py) cuts between graphemes only.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from textual.strip import Strip

from tui.widgets import grapheme_split
from tui.widgets.grapheme_split import RICH_SPLIT_CELLS, split_segment_cells

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"
TEXTS = [
    "HX51 " + (FAMILY + RAINBOW_FLAG) * 12,
    "a" + FAMILY + "b" + RAINBOW_FLAG + "北朝鮮" + "e\u0301" + "\U0001f1fa\U0001f1e6",
    FAMILY + " \u200d x" + RAINBOW_FLAG,
]


def test_every_cut_of_a_zwj_line_is_as_wide_as_asked() -> None:
    for text in TEXTS:
        total = cell_len(text)
        for cut in range(total + 1):
            left, right = split_segment_cells(Segment(text), cut)
            assert (cell_len(left.text), cell_len(right.text)) == (cut, total - cut), (text, cut)


def test_rich_alone_cuts_inside_zwj_sequences() -> None:
    """Why the reader carries its own split; when Rich cuts on graphemes this fails: drop ours."""
    text = TEXTS[0]
    widths = [cell_len(RICH_SPLIT_CELLS(Segment(text), cut)[0].text) for cut in range(cell_len(text))]
    wrong = [cut for cut, width in enumerate(widths) if width != cut]
    assert wrong, "Rich now cuts between graphemes: tui/widgets/grapheme_split.py can go"


def test_the_app_installs_it_and_textual_cuts_lines_to_width() -> None:
    import tui.app  # noqa: F401  (importing the app installs the split)

    assert Segment._split_cells.__func__ is grapheme_split._split_cells  # type: ignore[attr-defined]
    text = TEXTS[0]
    assert all(cell_len(Segment(text).split_cells(cut)[0].text) == cut for cut in range(cell_len(text)))
    # What Textual's compositor does when a notification covers the right part of the note box.
    strip = Strip([Segment("  "), Segment(text)])
    for end in range(3, strip.cell_length + 1):
        assert cell_len("".join(segment.text for segment in strip.crop(0, end))) == end
