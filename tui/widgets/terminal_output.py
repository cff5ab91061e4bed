"""What reaches the terminal: emoji sequences apart, when the reader measures them apart.

With `emoji_sequences` apart (tui/widgets/cell_widths.py) an emoji ZWJ sequence is laid out as
its parts (👨‍👩‍👧: three emoji, 6 cells) and U+FE0F widens nothing (❤️: 1 cell). Sent as they
are, tmux 3.3a would still join a sequence whenever the joiner and the emoji after it arrive in
one read (2 cells, not 6: the rest of the row moves 4 cells left), and a terminal around tmux
that honours U+FE0F would draw ❤️ 2 cells where tmux keeps 1. So the joiner and the selector are
left out of everything written to the terminal, at the last step: the widgets, the find bar, the
copy (`y`, sent base64-encoded) and the export all keep the text as it is.

Inside tmux or GNU screen the multiplexer draws with its own C library's wcwidth, whatever the
terminal around it. The characters Unicode 15 to 17 made wide (new emoji such as 🫨, the Yijing
and Tai Xuan Jing symbols, Tangut and Khitan additions: Rich counts them 2 cells) are 0 or 1 cell
there when that library's tables are older (tmux 3.3a on glibc 2.36, measured: 🫨 0 cells, ☰ 1),
and the rest of the row moves left. Which tables the multiplexer has cannot be asked, so there
each is written as 〓 (U+3013 GETA MARK, the typesetter's mark for a missing glyph, 2 cells in
every wcwidth): the row lines up, and the text kept everywhere else is unchanged.
"""

from __future__ import annotations

import functools
import re

from textual.driver import Driver

from tui.widgets.cell_widths import installed_emoji_sequences

ZERO_WIDTH_JOINER = "\u200d"
EMOJI_PRESENTATION = "\ufe0f"
MISSING_GLYPH_MARK = "\u3013"
# Wide in Rich's Unicode 17 table and not in its Unicode 14 table (the version of the spacing-mark
# widths, tui/widgets/cell_widths.py); tests/test_missing_glyph_marks.py recomputes it from Rich.
WIDE_SINCE_UNICODE_15: tuple[tuple[int, int], ...] = (
    (0x2630, 0x2637),
    (0x268A, 0x268F),
    (0x2FFC, 0x2FFF),
    (0x31E4, 0x31E5),
    (0x31EF, 0x31EF),
    (0x4DC0, 0x4DFF),
    (0x16FF2, 0x16FF6),
    (0x187F8, 0x187FF),
    (0x18CFF, 0x18CFF),
    (0x18D09, 0x18D1E),
    (0x18D80, 0x18DF2),
    (0x1B132, 0x1B132),
    (0x1B155, 0x1B155),
    (0x1D300, 0x1D356),
    (0x1D360, 0x1D376),
    (0x1F6D8, 0x1F6D8),
    (0x1F6DC, 0x1F6DC),
    (0x1FA75, 0x1FA77),
    (0x1FA87, 0x1FA8A),
    (0x1FA8E, 0x1FA8F),
    (0x1FAAD, 0x1FAAF),
    (0x1FABB, 0x1FABF),
    (0x1FAC6, 0x1FAC6),
    (0x1FAC8, 0x1FAC8),
    (0x1FACD, 0x1FACF),
    (0x1FADA, 0x1FADC),
    (0x1FADF, 0x1FADF),
    (0x1FAE8, 0x1FAEA),
    (0x1FAEF, 0x1FAEF),
    (0x1FAF7, 0x1FAF8),
)
_marks_missing_glyphs = False


def install_missing_glyph_marks(enabled: bool) -> None:
    """Write the characters wide since Unicode 15 as 〓 (with emoji sequences apart), or as they are."""
    global _marks_missing_glyphs
    _marks_missing_glyphs = enabled


@functools.cache
def _wide_since_unicode_15() -> tuple[re.Pattern[str], frozenset[str]]:
    """Made on first use (start-up stays lean): a few wide ranges that hold every listed
    character, to scan a frame with (~5 ns a character; the 30 exact ranges in one class cost
    ~75), and the listed characters, to check the rare hit exactly."""
    candidates = re.compile("[\u2630-\u268f\u2ffc-\u2fff\u31e4-\u31ef\u4dc0-\u4dff\U00016ff2-\U0001faf8]")
    listed = frozenset(chr(code) for start, end in WIDE_SINCE_UNICODE_15 for code in range(start, end + 1))
    return candidates, listed


def _marked(text: str) -> str:
    candidates, wide = _wide_since_unicode_15()
    if not candidates.search(text):
        return text
    return candidates.sub(lambda match: MISSING_GLYPH_MARK if match[0] in wide else match[0], text)


def drawn_text(text: str) -> str:
    """`text` as it is written to the terminal with the emoji-sequence widths installed."""
    if installed_emoji_sequences() == "joined":
        return text
    if ZERO_WIDTH_JOINER in text:
        text = text.replace(ZERO_WIDTH_JOINER, "")
    if EMOJI_PRESENTATION in text:
        text = text.replace(EMOJI_PRESENTATION, "")
    if _marks_missing_glyphs and not text.isascii():
        text = _marked(text)
    return text


def driver_writing_drawn_text(driver_class: type[Driver]) -> type[Driver]:
    """`driver_class` with every write passed through `drawn_text` (checked at each write, so
    the widths may be installed after the app, and its driver class, are made)."""

    class DrawnTextDriver(driver_class):  # type: ignore[misc, valid-type]
        def write(self, data: str) -> None:
            super().write(drawn_text(data))

    DrawnTextDriver.__name__ = DrawnTextDriver.__qualname__ = f"DrawnText{driver_class.__name__}"
    return DrawnTextDriver
