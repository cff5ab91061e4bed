"""Spacing marks measured as the terminal draws them: one cell each where it gives them one.

Layout measures text with Rich's cell widths (Textual asks `rich.cells` for every width). Rich 15
counts a spacing mark (Unicode category Mc: Indic, Sinhala, Myanmar, Khmer vowel signs, the `ि`
and `ी` of `हिन्दी`) as 0 cells, as terminals that draw grapheme clusters do (kitty, WezTerm,
Ghostty, iTerm2). Terminals that measure with the C library's wcwidth draw each one a cell of its
own (two for U+302E/302F and U+16FF0/16FF1, which are East Asian wide): tmux 3.3a (measured, see
tests/hostile/test_terminal_width.py), GNU screen, xterm, VTE (GNOME Terminal), Konsole,
Alacritty, the Linux console. There a Hindi or Bengali row is drawn a cell per mark wider than it
was laid out, and the rest of the row spills out of its pane. Spacing marks are letters of their
words, so cleaning cannot drop them: the reader measures them the way the terminal will draw them
(the `spacing_marks` setting, `auto` by default: `spacing_marks_for`).

For one-cell terminals `install_spacing_mark_widths` gives `rich.cells` a cell table in which the
spacing marks have those widths, and a grapheme splitter that keeps a mark in the grapheme of the
letter before it (then 2 cells), so a crop or a cut line never separates a vowel sign from its
letter: a cut through the pair pads it with spaces, as for any wide character (`grapheme_start` in
tui/model/text.py treats Mc as continuing a grapheme as well).

Written against Rich 15.0.0 (pyproject bounds it `>=15.0,<16`; earlier versions were not checked). It
relies on `rich.cells` looking up the module globals `load_cell_table` and `split_graphemes` at
each call (every measuring, splitting and cropping function there does), and on
`get_character_cell_size` and `cached_cell_len` being its only caches of widths.
tests/test_cell_widths.py fails if a Rich upgrade changes any of that.

Emoji sequences (the `emoji_sequences` setting, `emoji_sequences_for`): Rich counts an emoji ZWJ
sequence (👨‍👩‍👧: man, joiner, woman, joiner, girl) as one emoji, 2 cells, and an emoji
presentation selector (U+FE0F) as making a narrow pictograph 2 cells (❤️). tmux 3.3a joins a
sequence only when the joiner and the emoji after it arrive in one read of the program's output,
so a frame split there draws the parts (6 cells); it never widens for U+FE0F (❤️ is 1 cell); and
wcwidth terminals draw the parts as well. `apart` measures each character on its own (the joiner
and the selector 0 cells: the family 6, ❤️ 1) and tui/widgets/terminal_output.py leaves both out
of what is written to the terminal, so the terminal draws the parts whatever its reads are. For
that `install_emoji_sequence_widths` also replaces `rich.cells._cell_len`, looked up by
`cell_len` and `cached_cell_len` at each call, like the two names above.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Literal

import rich.cells
from rich._unicode_data import load as rich_load_cell_table
from rich.cells import CellSpan, CellTable, _is_single_cell_widths

from tui.widgets.grapheme_split import split_segment_cells

SpacingMarks = Literal["one-cell", "zero-cell"]
EmojiSequences = Literal["joined", "apart"]

# What TERM and TERM_PROGRAM are in terminals that draw a grapheme cluster (a letter and its
# marks) as one unit, as Rich counts it. TERM reaches an SSH session too; TERM_PROGRAM does not.
_CLUSTER_TERMS = frozenset({"xterm-kitty", "xterm-ghostty"})
_CLUSTER_TERM_PROGRAMS = frozenset({"WezTerm", "ghostty", "iTerm.app"})

# The spacing marks (category Mc) of Unicode 14, the version of glibc 2.35's wcwidth, which tmux
# 3.3a measured with here; all are 0 cells in Rich 15's table. Generated with
#   [c for c in range(0x110000) if unicodedata.category(chr(c)) == "Mc"]  (Python 3.11)
# and checked against unicodedata by tests/test_cell_widths.py.
# fmt: off
_SPACING_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x0903, 0x0903), (0x093B, 0x093B), (0x093E, 0x0940), (0x0949, 0x094C), (0x094E, 0x094F),
    (0x0982, 0x0983), (0x09BE, 0x09C0), (0x09C7, 0x09C8), (0x09CB, 0x09CC), (0x09D7, 0x09D7),
    (0x0A03, 0x0A03), (0x0A3E, 0x0A40), (0x0A83, 0x0A83), (0x0ABE, 0x0AC0), (0x0AC9, 0x0AC9),
    (0x0ACB, 0x0ACC), (0x0B02, 0x0B03), (0x0B3E, 0x0B3E), (0x0B40, 0x0B40), (0x0B47, 0x0B48),
    (0x0B4B, 0x0B4C), (0x0B57, 0x0B57), (0x0BBE, 0x0BBF), (0x0BC1, 0x0BC2), (0x0BC6, 0x0BC8),
    (0x0BCA, 0x0BCC), (0x0BD7, 0x0BD7), (0x0C01, 0x0C03), (0x0C41, 0x0C44), (0x0C82, 0x0C83),
    (0x0CBE, 0x0CBE), (0x0CC0, 0x0CC4), (0x0CC7, 0x0CC8), (0x0CCA, 0x0CCB), (0x0CD5, 0x0CD6),
    (0x0D02, 0x0D03), (0x0D3E, 0x0D40), (0x0D46, 0x0D48), (0x0D4A, 0x0D4C), (0x0D57, 0x0D57),
    (0x0D82, 0x0D83), (0x0DCF, 0x0DD1), (0x0DD8, 0x0DDF), (0x0DF2, 0x0DF3), (0x0F3E, 0x0F3F),
    (0x0F7F, 0x0F7F), (0x102B, 0x102C), (0x1031, 0x1031), (0x1038, 0x1038), (0x103B, 0x103C),
    (0x1056, 0x1057), (0x1062, 0x1064), (0x1067, 0x106D), (0x1083, 0x1084), (0x1087, 0x108C),
    (0x108F, 0x108F), (0x109A, 0x109C), (0x1715, 0x1715), (0x1734, 0x1734), (0x17B6, 0x17B6),
    (0x17BE, 0x17C5), (0x17C7, 0x17C8), (0x1923, 0x1926), (0x1929, 0x192B), (0x1930, 0x1931),
    (0x1933, 0x1938), (0x1A19, 0x1A1A), (0x1A55, 0x1A55), (0x1A57, 0x1A57), (0x1A61, 0x1A61),
    (0x1A63, 0x1A64), (0x1A6D, 0x1A72), (0x1B04, 0x1B04), (0x1B35, 0x1B35), (0x1B3B, 0x1B3B),
    (0x1B3D, 0x1B41), (0x1B43, 0x1B44), (0x1B82, 0x1B82), (0x1BA1, 0x1BA1), (0x1BA6, 0x1BA7),
    (0x1BAA, 0x1BAA), (0x1BE7, 0x1BE7), (0x1BEA, 0x1BEC), (0x1BEE, 0x1BEE), (0x1BF2, 0x1BF3),
    (0x1C24, 0x1C2B), (0x1C34, 0x1C35), (0x1CE1, 0x1CE1), (0x1CF7, 0x1CF7), (0x302E, 0x302F),
    (0xA823, 0xA824), (0xA827, 0xA827), (0xA880, 0xA881), (0xA8B4, 0xA8C3), (0xA952, 0xA953),
    (0xA983, 0xA983), (0xA9B4, 0xA9B5), (0xA9BA, 0xA9BB), (0xA9BE, 0xA9C0), (0xAA2F, 0xAA30),
    (0xAA33, 0xAA34), (0xAA4D, 0xAA4D), (0xAA7B, 0xAA7B), (0xAA7D, 0xAA7D), (0xAAEB, 0xAAEB),
    (0xAAEE, 0xAAEF), (0xAAF5, 0xAAF5), (0xABE3, 0xABE4), (0xABE6, 0xABE7), (0xABE9, 0xABEA),
    (0xABEC, 0xABEC), (0x11000, 0x11000), (0x11002, 0x11002), (0x11082, 0x11082), (0x110B0, 0x110B2),
    (0x110B7, 0x110B8), (0x1112C, 0x1112C), (0x11145, 0x11146), (0x11182, 0x11182), (0x111B3, 0x111B5),
    (0x111BF, 0x111C0), (0x111CE, 0x111CE), (0x1122C, 0x1122E), (0x11232, 0x11233), (0x11235, 0x11235),
    (0x112E0, 0x112E2), (0x11302, 0x11303), (0x1133E, 0x1133F), (0x11341, 0x11344), (0x11347, 0x11348),
    (0x1134B, 0x1134D), (0x11357, 0x11357), (0x11362, 0x11363), (0x11435, 0x11437), (0x11440, 0x11441),
    (0x11445, 0x11445), (0x114B0, 0x114B2), (0x114B9, 0x114B9), (0x114BB, 0x114BE), (0x114C1, 0x114C1),
    (0x115AF, 0x115B1), (0x115B8, 0x115BB), (0x115BE, 0x115BE), (0x11630, 0x11632), (0x1163B, 0x1163C),
    (0x1163E, 0x1163E), (0x116AC, 0x116AC), (0x116AE, 0x116AF), (0x116B6, 0x116B6), (0x11720, 0x11721),
    (0x11726, 0x11726), (0x1182C, 0x1182E), (0x11838, 0x11838), (0x11930, 0x11935), (0x11937, 0x11938),
    (0x1193D, 0x1193D), (0x11940, 0x11940), (0x11942, 0x11942), (0x119D1, 0x119D3), (0x119DC, 0x119DF),
    (0x119E4, 0x119E4), (0x11A39, 0x11A39), (0x11A57, 0x11A58), (0x11A97, 0x11A97), (0x11C2F, 0x11C2F),
    (0x11C3E, 0x11C3E), (0x11CA9, 0x11CA9), (0x11CB1, 0x11CB1), (0x11CB4, 0x11CB4), (0x11D8A, 0x11D8E),
    (0x11D93, 0x11D94), (0x11D96, 0x11D96), (0x11EF5, 0x11EF6), (0x16F51, 0x16F87), (0x16FF0, 0x16FF1),
    (0x1D165, 0x1D166), (0x1D16D, 0x1D172),
)
# fmt: on
# East Asian wide spacing marks: wcwidth gives them 2 cells. Each is a whole run above.
_WIDE_SPACING_MARKS = frozenset({0x302E, 0x302F, 0x16FF0, 0x16FF1})
SPACING_MARK_CHARACTERS = frozenset(
    chr(code) for start, end in _SPACING_MARK_RANGES for code in range(start, end + 1)
)

_RICH_LOAD_CELL_TABLE = rich_load_cell_table  # what rich.cells imports as load_cell_table
_RICH_SPLIT_GRAPHEMES = rich.cells.split_graphemes
_RICH_CELL_LEN = rich.cells._cell_len
_installed: SpacingMarks = "zero-cell"  # Rich's own widths until installed
_emoji: EmojiSequences = "joined"


def inside_multiplexer(environ: Mapping[str, str]) -> bool:
    """Whether the reader runs in a tmux or GNU screen pane (they set TMUX, STY)."""
    return bool(environ.get("TMUX") or environ.get("STY"))


def _draws_grapheme_clusters(environ: Mapping[str, str]) -> bool:
    """Whether the terminal is known to draw grapheme clusters as units, as Rich counts them.
    Inside tmux or GNU screen they decide, whatever the terminal around them is."""
    if inside_multiplexer(environ):
        return False
    return environ.get("TERM") in _CLUSTER_TERMS or environ.get("TERM_PROGRAM") in _CLUSTER_TERM_PROGRAMS


def spacing_marks_for(setting: str, environ: Mapping[str, str]) -> SpacingMarks:
    """The widths to measure spacing marks with, for the `spacing_marks` setting.

    `auto`: inside tmux or GNU screen (TMUX, STY), they decide the widths whatever the outer
    terminal is: one cell (tmux 3.3a measured). Terminals known to draw grapheme clusters (kitty,
    Ghostty, WezTerm, iTerm2): zero cells, as Rich counts. Anything else measures with wcwidth:
    one cell."""
    if setting in ("one-cell", "zero-cell"):
        return "one-cell" if setting == "one-cell" else "zero-cell"
    return "zero-cell" if _draws_grapheme_clusters(environ) else "one-cell"


def emoji_sequences_for(setting: str, environ: Mapping[str, str]) -> EmojiSequences:
    """How to draw emoji sequences, for the `emoji_sequences` setting.

    `auto`: joined only in terminals known to draw grapheme clusters (kitty, Ghostty, WezTerm,
    iTerm2), outside tmux and GNU screen. tmux 3.3a joins a ZWJ sequence or not depending on where
    its reads of the output fall (measured: tests/hostile/test_terminal_width.py), and wcwidth
    terminals draw the parts: apart."""
    if setting in ("joined", "apart"):
        return "joined" if setting == "joined" else "apart"
    return "joined" if _draws_grapheme_clusters(environ) else "apart"


def installed_spacing_marks() -> SpacingMarks:
    return _installed


def installed_emoji_sequences() -> EmojiSequences:
    return _emoji


def install_spacing_mark_widths(widths: SpacingMarks) -> None:
    """Make every width Rich and Textual measure from now on count spacing marks as `widths`.
    Cheap when nothing changes; call it before the first frame (cached lines keep old widths)."""
    global _installed
    if widths != _installed:
        _installed = widths
        _install()


def install_emoji_sequence_widths(emoji: EmojiSequences) -> None:
    """Make every width measured from now on count emoji sequences `joined` (Rich's count) or
    `apart` (each character on its own). Cheap when nothing changes; call it before the first frame."""
    global _emoji
    if emoji != _emoji:
        _emoji = emoji
        _install()


def _install() -> None:
    one_cell = _installed == "one-cell"
    rich.cells.load_cell_table = _load_one_cell_table if one_cell else _RICH_LOAD_CELL_TABLE  # type: ignore[attr-defined]
    if _emoji == "apart":
        rich.cells.split_graphemes = _split_graphemes_apart
        rich.cells._cell_len = _cell_len_apart
    else:
        rich.cells.split_graphemes = _split_graphemes_keeping_marks if one_cell else _RICH_SPLIT_GRAPHEMES
        rich.cells._cell_len = _RICH_CELL_LEN
    rich.cells.get_character_cell_size.cache_clear()
    rich.cells.cached_cell_len.cache_clear()
    split_segment_cells.cache_clear()  # the reader's own cache of cut lines


@functools.cache
def _load_one_cell_table(unicode_version: str = "auto") -> CellTable:
    table = _RICH_LOAD_CELL_TABLE(unicode_version)
    return table._replace(widths=_with_spacing_marks(table.widths))


def _with_spacing_marks(widths: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Rich's sorted (start, end, width) ranges with the spacing marks inside its zero-width
    ranges given their own widths (1, or 2 for the wide ones). One pass over both lists."""
    result: list[tuple[int, int, int]] = []
    marks = _SPACING_MARK_RANGES
    index = 0
    for start, end, width in widths:
        if width != 0:
            result.append((start, end, width))
            continue
        at = start
        while index < len(marks) and marks[index][1] < at:
            index += 1
        while at <= end:
            if index == len(marks) or marks[index][0] > end:
                result.append((at, end, 0))
                break
            mark_start, mark_end = marks[index]
            if mark_start > at:
                result.append((at, mark_start - 1, 0))
            last = min(mark_end, end)
            result.append((max(at, mark_start), last, 2 if mark_start in _WIDE_SPACING_MARKS else 1))
            at = last + 1
            if last == mark_end:
                index += 1
    return result


def _split_graphemes_keeping_marks(text: str, unicode_version: str = "auto") -> tuple[list[CellSpan], int]:
    """Rich's grapheme spans, with each spacing mark (now a cell wide, so a span of its own)
    joined to the span before it: a letter and its vowel sign are one grapheme of 2 cells."""
    spans, total = _RICH_SPLIT_GRAPHEMES(text, unicode_version)
    if SPACING_MARK_CHARACTERS.isdisjoint(text):
        return spans, total
    joined: list[CellSpan] = []
    for span in spans:
        start, end, cells = span
        if joined and text[start] in SPACING_MARK_CHARACTERS:
            first, _, before = joined[-1]
            joined[-1] = (first, end, before + cells)
        else:
            joined.append(span)
    return joined, total


def _cell_len_apart(text: str, unicode_version: str = "auto") -> int:
    """Each character's own width summed: a joiner and U+FE0F are 0 cells and join nothing.
    What Rich does for text without either, with `map` in place of a generator (faster)."""
    if _is_single_cell_widths(text):
        return len(text)
    size = rich.cells.get_character_cell_size
    if unicode_version == "auto":
        return sum(map(size, text))
    return sum(size(character, unicode_version) for character in text)


def _split_graphemes_apart(text: str, unicode_version: str = "auto") -> tuple[list[CellSpan], int]:
    """Graphemes as a terminal that draws each character on its own places them: every character
    with a width starts one, and a zero-width one (a combining mark, a joiner, U+FE0F) stays with
    the one before it. A spacing mark stays with its letter too, as in `_split_graphemes_keeping_marks`."""
    size = rich.cells.get_character_cell_size
    spans: list[CellSpan] = []
    total = 0
    for index, character in enumerate(text):
        width = size(character, unicode_version)
        total += width
        if spans and (not width or character in SPACING_MARK_CHARACTERS):
            start, _, before = spans[-1]
            spans[-1] = (start, index + 1, before + width)
        else:
            spans.append((index, index + 1, width))
    return spans, total
