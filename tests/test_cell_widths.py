"""Spacing marks measured as the terminal draws them (tui/widgets/cell_widths.py).

These tests fail loudly if a Rich upgrade changes what the install relies on: that `rich.cells`
looks up `load_cell_table` and `split_graphemes` at each call, and which functions cache widths.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

import pytest
import rich.cells
from rich._unicode_data import load as rich_cell_table
from rich._wrap import divide_line
from rich.cells import cell_len, chop_cells, get_character_cell_size, set_cell_size
from rich.segment import Segment
from textual._wrap import compute_wrap_offsets
from textual.content import Content
from textual.strip import Strip

from tui.model.state.settings import SPACING_MARKS_CHOICES, load_settings
from tui.widgets import cell_widths
from tui.widgets.cell_widths import (
    SPACING_MARK_CHARACTERS,
    install_emoji_sequence_widths,
    install_spacing_mark_widths,
    installed_spacing_marks,
    spacing_marks_for,
)
from tui.widgets.grapheme_split import install_grapheme_split

# "Hindi" in Devanagari: ह ि न ् द ी. Letters ह न द; spacing marks ि ी (Mc); the virama ् is
# a non-spacing mark (Mn), 0 cells everywhere.
HINDI = "\u0939\u093f\u0928\u094d\u0926\u0940"
# "Bengali" in Bengali script: ব া ং ল া, three spacing marks.
BENGALI = "\u09ac\u09be\u0982\u09b2\u09be"
# A Hangul syllable in jamo with a tone mark (Mc, East Asian wide: 2 cells in wcwidth).
HANGUL_TONE = "\u1102\u1161\u302e"


def _letters_and_spacing_marks(text: str) -> int:
    return sum(unicodedata.category(c) in ("Lo", "Mc", "Zs") for c in text)


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("auto", {}, "one-cell"),
        ("auto", {"TERM": "xterm-256color"}, "one-cell"),  # xterm, VTE, Konsole, Alacritty
        ("auto", {"TERM": "linux"}, "one-cell"),
        ("auto", {"TMUX": "/tmp/tmux-1000/default,1,0", "TERM": "tmux-256color"}, "one-cell"),
        ("auto", {"STY": "123.pts-0.host", "TERM": "screen"}, "one-cell"),
        ("auto", {"TERM": "xterm-kitty"}, "zero-cell"),
        ("auto", {"TERM": "xterm-ghostty"}, "zero-cell"),
        ("auto", {"TERM_PROGRAM": "ghostty", "TERM": "xterm-256color"}, "zero-cell"),
        ("auto", {"TERM_PROGRAM": "WezTerm", "TERM": "xterm-256color"}, "zero-cell"),
        ("auto", {"TERM_PROGRAM": "iTerm.app", "TERM": "xterm-256color"}, "zero-cell"),
        ("auto", {"TERM_PROGRAM": "Apple_Terminal", "TERM": "xterm-256color"}, "one-cell"),
        ("auto", {"TERM_PROGRAM": "vscode", "TERM": "xterm-256color"}, "one-cell"),
        # tmux (or screen) decides the widths whatever the terminal around it is.
        ("auto", {"TMUX": "/tmp/tmux-1000/default,1,0", "TERM_PROGRAM": "WezTerm"}, "one-cell"),
        ("auto", {"STY": "1.x", "TERM": "xterm-kitty"}, "one-cell"),
        ("auto", {"TMUX": ""}, "one-cell"),  # empty: not inside tmux
        ("auto", {"TMUX": "", "TERM": "xterm-kitty"}, "zero-cell"),
        # An explicit setting wins over the terminal.
        ("one-cell", {"TERM": "xterm-kitty"}, "one-cell"),
        ("zero-cell", {"TMUX": "/tmp/tmux-1000/default,1,0"}, "zero-cell"),
        ("zero-cell", {}, "zero-cell"),
    ],
)
def test_auto_chooses_the_widths_the_terminal_draws(
    setting: str, environ: dict[str, str], expected: str
) -> None:
    assert spacing_marks_for(setting, environ) == expected


def test_tests_measure_spacing_marks_one_cell() -> None:
    """conftest pins the widths whoever runs the tests: snapshots do not depend on the terminal."""
    assert installed_spacing_marks() == "one-cell"
    assert cell_len(HINDI) == 5


def test_one_cell_counts_each_spacing_mark_as_drawn() -> None:
    assert cell_len(HINDI) == _letters_and_spacing_marks(HINDI) == 5
    assert cell_len(BENGALI) == 5
    assert cell_len(HANGUL_TONE) == 2 + 0 + 2  # jamo lead 2, vowel 0 (Rich, tmux), tone mark 2
    assert rich.cells.cached_cell_len(HINDI) == 5
    assert cell_len(HINDI * 200) == 1000  # the uncached path (512 characters or more)
    assert get_character_cell_size("\u093f") == 1
    assert get_character_cell_size("\U00016ff0") == 2
    assert cell_len("e\u0301") == 1  # non-spacing marks stay 0
    assert cell_len("abc") == 3
    assert Content(HINDI).cell_length == 5
    assert Strip([Segment(HINDI)]).cell_length == 5


def test_zero_cell_leaves_rich_s_own_count() -> None:
    install_spacing_mark_widths("zero-cell")
    assert installed_spacing_marks() == "zero-cell"
    assert rich.cells.load_cell_table is rich_cell_table  # Rich's own, as it imported it
    assert cell_len(HINDI) == 3  # cached before: the cache was cleared
    assert cell_len(BENGALI) == 2
    assert get_character_cell_size("\u093f") == 0
    assert rich.cells.split_graphemes(HINDI) == ([(0, 2, 1), (2, 4, 1), (4, 6, 1)], 3)
    install_spacing_mark_widths("one-cell")
    assert cell_len(HINDI) == 5


def test_one_cell_table_differs_from_rich_s_only_at_spacing_marks() -> None:
    """Every code point: Rich's width, except each spacing mark (1 cell, 2 if East Asian wide)."""
    install_spacing_mark_widths("zero-cell")
    rich_widths = [get_character_cell_size(chr(code)) for code in range(0x20, 0x110000)]
    install_spacing_mark_widths("one-cell")
    changed = []
    for code, rich_width in zip(range(0x20, 0x110000), rich_widths, strict=True):
        width = get_character_cell_size(chr(code))
        if width != rich_width:
            changed.append(code)
            wide = unicodedata.east_asian_width(chr(code)) == "W"
            assert (rich_width, width) == (0, 2 if wide else 1), f"U+{code:04X}"
    assert {chr(code) for code in changed} == SPACING_MARK_CHARACTERS


def test_the_spacing_marks_are_unicode_s() -> None:
    """The table is Unicode 14's (glibc 2.35's wcwidth, tmux 3.3a here); a newer Python knows more."""
    known = {chr(code) for code in range(0x110000) if unicodedata.category(chr(code)) == "Mc"}
    if unicodedata.unidata_version == "14.0.0":
        assert known == SPACING_MARK_CHARACTERS
    else:
        assert known >= SPACING_MARK_CHARACTERS
    assert all(rich_cell_table().widths)  # Rich still has a table of (start, end, width)


def test_a_letter_and_its_spacing_mark_are_one_grapheme() -> None:
    """Cut, cropped or folded, a vowel sign stays with its letter: never a stray mark."""
    assert rich.cells.split_graphemes(HINDI) == ([(0, 2, 2), (2, 4, 1), (4, 6, 2)], 5)
    assert set_cell_size(HINDI, 1) == " "  # the first grapheme is 2 cells: padded, as a wide one
    assert set_cell_size(HINDI, 3) == HINDI[:4]
    assert chop_cells(HINDI, 2) == ["\u0939\u093f", "\u0928\u094d", "\u0926\u0940"]
    assert divide_line(f"{HINDI} {HINDI}", 5) == [7]
    assert compute_wrap_offsets(f"{HINDI} {HINDI}", 6, 4) == [7]
    install_grapheme_split()
    left, right = Segment(HINDI).split_cells(1)
    assert (left.text, right.text) == (" ", " " + HINDI[2:])
    left, right = Segment(HINDI).split_cells(3)
    assert (left.text, right.text) == (HINDI[:4], HINDI[4:])
    assert Content(HINDI).truncate(3).plain == HINDI[:4]
    # A spacing mark with nothing before it stands alone, one cell.
    assert rich.cells.split_graphemes("\u093f") == ([(0, 1, 1)], 1)


def test_install_relies_on_rich_s_module_globals() -> None:
    """The install swaps these names in rich.cells; Rich's functions must still call them."""
    assert rich.cells.load_cell_table is cell_widths._load_one_cell_table
    assert rich.cells.split_graphemes is cell_widths._split_graphemes_keeping_marks
    assert rich.cells._cell_len is cell_widths._RICH_CELL_LEN  # emoji sequences joined
    for cached in (rich.cells.get_character_cell_size, rich.cells.cached_cell_len):
        assert hasattr(cached, "cache_clear")
    install_emoji_sequence_widths("apart")  # all three of Rich's functions swapped out
    try:
        assert rich.cells._cell_len is cell_widths._cell_len_apart
        assert rich.cells.split_graphemes is cell_widths._split_graphemes_apart
        family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
        assert (cell_len(family), rich.cells.cached_cell_len(family), cell_len(family * 100)) == (6, 6, 600)
        # No module of Rich or Textual holds its own reference to the functions swapped out.
        import textual.widgets

        for module in pkgutil.walk_packages(textual.widgets.__path__, "textual.widgets."):
            if not module.name.startswith("textual.widgets._"):
                continue
            importlib.import_module(module.name)
        swapped = {
            id(cell_widths._RICH_LOAD_CELL_TABLE),
            id(cell_widths._RICH_SPLIT_GRAPHEMES),
            id(cell_widths._RICH_CELL_LEN),
        }
        holders = [
            f"{name}.{attribute}"
            for name, module in list(sys.modules.items())
            if name.split(".")[0] in ("rich", "textual") and name != "rich._unicode_data"
            for attribute, value in vars(module).items()
            if id(value) in swapped
        ]
    finally:
        install_emoji_sequence_widths("joined")
    assert holders == []


def test_settings_read_spacing_marks(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert load_settings(config).spacing_marks == "auto"
    for choice in SPACING_MARKS_CHOICES:
        config.write_text(f'spacing_marks = "{choice}"\n', encoding="utf-8")
        settings = load_settings(config)
        assert (settings.spacing_marks, settings.problems) == (choice, [])
    config.write_text('spacing_marks = "one_cell"\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.spacing_marks == "auto"
    assert settings.problems == [
        f'{config}: spacing_marks must be one of "auto", "one-cell", "zero-cell" — '
        "did you mean 'one-cell'?; using \"auto\""
    ]
    config.write_text("spacing_marks = 1\n", encoding="utf-8")
    assert load_settings(config).problems == [
        f'{config}: spacing_marks must be one of "auto", "one-cell", "zero-cell"; using "auto"'
    ]
