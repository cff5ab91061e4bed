"""Characters Unicode 15-17 made wide are written as 〓 inside tmux or screen (emoji sequences apart).

tui/widgets/terminal_output.py: a multiplexer draws them with its own C library's tables, which may
be older (tmux 3.3a on glibc 2.36 draws 🫨 0 cells and ☰ 1; Rich counts both 2), so there the
reader writes a mark that every wcwidth draws 2 cells, the width layout counted.
"""

from __future__ import annotations

from rich.cells import cell_len, get_character_cell_size

from tui.widgets.cell_widths import inside_multiplexer, install_emoji_sequence_widths
from tui.widgets.terminal_output import (
    MISSING_GLYPH_MARK,
    WIDE_SINCE_UNICODE_15,
    drawn_text,
    install_missing_glyph_marks,
)

SHAKING_FACE = "\U0001fae8"  # Unicode 15
TRIGRAM_FOR_HEAVEN = "\u2630"  # wide since Unicode 16


def _wide_since_unicode_15() -> list[int]:
    def wide(code: int, version: str) -> bool:
        return get_character_cell_size(chr(code), version) == 2

    return [code for code in range(0x20, 0x110000) if wide(code, "auto") and not wide(code, "14.0.0")]


def test_the_ranges_are_what_rich_made_wide_after_unicode_14() -> None:
    """Recomputed from Rich's own tables: a Rich upgrade with a newer table fails here."""
    listed = [code for start, end in WIDE_SINCE_UNICODE_15 for code in range(start, end + 1)]
    assert listed == _wide_since_unicode_15()


def test_inside_a_multiplexer_new_wide_characters_are_written_as_the_mark() -> None:
    install_emoji_sequence_widths("apart")
    install_missing_glyph_marks(True)
    text = f"a {SHAKING_FACE} b {TRIGRAM_FOR_HEAVEN} 👍 漢"
    written = drawn_text(text)
    assert written == f"a {MISSING_GLYPH_MARK} b {MISSING_GLYPH_MARK} 👍 漢"
    assert cell_len(written) == cell_len(text)  # the row keeps the width layout gave it


def test_every_listed_character_keeps_its_measured_width_when_marked() -> None:
    install_emoji_sequence_widths("apart")
    install_missing_glyph_marks(True)
    for start, end in WIDE_SINCE_UNICODE_15:
        for code in range(start, end + 1):
            assert drawn_text(f"a{chr(code)}b") == f"a{MISSING_GLYPH_MARK}b"
            assert cell_len(MISSING_GLYPH_MARK) == cell_len(chr(code)) == 2


def test_outside_a_multiplexer_or_joined_the_text_is_written_as_it_is() -> None:
    text = f"{SHAKING_FACE} {TRIGRAM_FOR_HEAVEN}"
    install_emoji_sequence_widths("apart")
    install_missing_glyph_marks(False)
    assert drawn_text(text) == text
    install_emoji_sequence_widths("joined")
    install_missing_glyph_marks(True)
    assert drawn_text(text) == text


def test_ascii_and_older_text_pass_unchanged() -> None:
    install_emoji_sequence_widths("apart")
    install_missing_glyph_marks(True)
    for text in ("plain ASCII [@click=app.quit]", "हिन्दी · 漢字 · ☺ · 👍", ""):
        assert drawn_text(text) == text


def test_tmux_and_screen_are_multiplexers() -> None:
    assert inside_multiplexer({"TMUX": "/tmp/tmux-0/default,1,0"})
    assert inside_multiplexer({"STY": "1234.pts-0.host"})
    assert not inside_multiplexer({"TERM": "xterm-256color", "TERM_PROGRAM": "WezTerm"})
    assert not inside_multiplexer({"TMUX": ""})
