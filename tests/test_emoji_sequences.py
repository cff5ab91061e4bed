"""Emoji sequences measured and drawn apart (tui/widgets/cell_widths.py, terminal_output.py).

tmux 3.3a joins an emoji ZWJ sequence only when the joiner and the emoji after it arrive in one
read, and widens nothing for U+FE0F (tests/hostile/test_terminal_width.py measures it). `apart`
measures every character on its own and writes neither the joiner nor the selector, so what the
terminal is sent is exactly as wide as what was laid out. conftest measures joined (Rich's count)
for the other tests; each test here installs what it checks.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
import rich.cells
from hypothesis import given
from hypothesis import strategies as st
from reader_helpers import make_app, wait_for_library
from rich.cells import cell_len, chop_cells, get_character_cell_size, set_cell_size
from rich.segment import Segment
from textual.content import Content
from textual.driver import Driver
from textual.drivers.headless_driver import HeadlessDriver
from textual.strip import Strip

from tui.model.state.settings import EMOJI_SEQUENCES_CHOICES, load_settings
from tui.widgets import cell_widths
from tui.widgets.cell_widths import (
    emoji_sequences_for,
    install_emoji_sequence_widths,
    install_spacing_mark_widths,
    installed_emoji_sequences,
)
from tui.widgets.grapheme_split import split_segment_cells
from tui.widgets.terminal_output import drawn_text, driver_writing_drawn_text

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, ZWJ, woman, ZWJ, girl
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"  # white flag (narrow), VS16, ZWJ, rainbow
PIRATE_FLAG = "\U0001f3f4\u200d\u2620\ufe0f"  # black flag (wide), ZWJ, skull (narrow), VS16
COUPLE = "\U0001f469\u200d\u2764\ufe0f\u200d\U0001f468"
HEART = "\u2764\ufe0f"
KEYCAP = "1\ufe0f\u20e3"
HINDI = "\u0939\u093f\u0928\u094d\u0926\u0940"  # हिन्दी: 3 letters, 2 spacing marks


@pytest.fixture
def apart() -> Iterator[None]:
    install_emoji_sequence_widths("apart")
    yield
    install_emoji_sequence_widths("joined")


@pytest.mark.parametrize(
    ("setting", "environ", "expected"),
    [
        ("auto", {"TMUX": "/tmp/tmux-1000/default,1,0", "TERM": "tmux-256color"}, "apart"),
        ("auto", {"STY": "123.pts-0.host", "TERM": "screen"}, "apart"),
        # tmux decides whatever terminal is around it
        ("auto", {"TMUX": "/tmp/tmux-1000/default,1,0", "TERM_PROGRAM": "WezTerm"}, "apart"),
        ("auto", {"STY": "1.x", "TERM": "xterm-kitty"}, "apart"),
        ("auto", {"TERM": "xterm-kitty"}, "joined"),
        ("auto", {"TERM": "xterm-ghostty"}, "joined"),
        ("auto", {"TERM_PROGRAM": "WezTerm", "TERM": "xterm-256color"}, "joined"),
        ("auto", {"TERM_PROGRAM": "iTerm.app", "TERM": "xterm-256color"}, "joined"),
        ("auto", {"TMUX": "", "TERM": "xterm-kitty"}, "joined"),  # empty: not inside tmux
        ("auto", {"TERM": "xterm-256color"}, "apart"),  # xterm, VTE, Konsole, Alacritty: wcwidth
        ("auto", {"TERM": "linux"}, "apart"),
        ("auto", {}, "apart"),
        ("joined", {"TMUX": "/tmp/tmux-1000/default,1,0"}, "joined"),  # an explicit setting wins
        ("apart", {"TERM": "xterm-kitty"}, "apart"),
    ],
)
def test_auto_draws_apart_unless_the_terminal_joins(
    setting: str, environ: dict[str, str], expected: str
) -> None:
    assert emoji_sequences_for(setting, environ) == expected


def test_joined_is_rich_s_own_count() -> None:
    assert installed_emoji_sequences() == "joined"
    assert rich.cells._cell_len is cell_widths._RICH_CELL_LEN
    assert [cell_len(text) for text in (FAMILY, RAINBOW_FLAG, PIRATE_FLAG, COUPLE, HEART, KEYCAP)] == [2] * 6
    assert drawn_text(FAMILY + HEART) == FAMILY + HEART  # sent as it is


@pytest.mark.usefixtures("apart")
def test_apart_counts_each_part_as_tmux_draws_it() -> None:
    """The widths tmux 3.3a draws the parts in (test_terminal_width.py): the joiner and U+FE0F
    add nothing, a narrow pictograph stays 1 cell."""
    assert cell_len(FAMILY) == 6
    assert cell_len(RAINBOW_FLAG) == 1 + 2
    assert cell_len(PIRATE_FLAG) == 2 + 1
    assert cell_len(COUPLE) == 2 + 1 + 2
    assert cell_len(HEART) == 1
    assert cell_len(KEYCAP) == 1
    assert cell_len("abc") == 3
    assert cell_len("\u5317\u671d") == 4
    assert rich.cells.cached_cell_len(FAMILY) == 6
    assert cell_len(FAMILY * 200) == 1200  # the uncached path (512 characters or more)
    assert Content(f"a{FAMILY}b").cell_length == 8
    assert Strip([Segment(FAMILY), Segment(HEART)]).cell_length == 7


@pytest.mark.usefixtures("apart")
def test_apart_keeps_spacing_marks_as_installed() -> None:
    assert cell_len(HINDI + FAMILY) == 5 + 6  # conftest: one cell per spacing mark
    assert rich.cells.split_graphemes(HINDI)[0] == [(0, 2, 2), (2, 4, 1), (4, 6, 2)]
    install_spacing_mark_widths("zero-cell")
    try:
        assert cell_len(HINDI + FAMILY) == 3 + 6
        assert rich.cells.split_graphemes(HINDI)[0] == [(0, 2, 1), (2, 4, 1), (4, 6, 1)]
    finally:
        install_spacing_mark_widths("one-cell")


@pytest.mark.usefixtures("apart")
def test_apart_splits_a_sequence_into_its_parts() -> None:
    """A cut, a crop or a fold may fall between the parts; the joiner stays with the part
    before it, U+FE0F with its pictograph, a combining mark with its letter."""
    assert rich.cells.split_graphemes(FAMILY) == ([(0, 2, 2), (2, 4, 2), (4, 5, 2)], 6)
    assert rich.cells.split_graphemes(RAINBOW_FLAG) == ([(0, 3, 1), (3, 4, 2)], 3)
    assert rich.cells.split_graphemes("e\u0301" + HEART) == ([(0, 2, 1), (2, 4, 1)], 2)
    assert rich.cells.split_graphemes("\u200dx") == ([(0, 1, 0), (1, 2, 1)], 1)
    assert set_cell_size(FAMILY, 4) == FAMILY[:4]
    assert set_cell_size(FAMILY, 3) == FAMILY[:2] + " "  # a cut through a wide part: padded
    assert chop_cells(FAMILY, 2) == [FAMILY[:2], FAMILY[2:4], FAMILY[4:]]
    line = "HX51 " + (FAMILY + RAINBOW_FLAG + "e\u0301") * 6
    total = cell_len(line)
    for cut in range(total + 1):
        left, right = split_segment_cells(Segment(line), cut)
        assert (cell_len(left.text), cell_len(right.text)) == (cut, total - cut), cut
        assert line.startswith(left.text.rstrip(" ")) and line.endswith(right.text.lstrip(" "))


_EMOJI_TEXT = st.text(
    alphabet=st.sampled_from(
        [
            *("a", " ", "\u200d", "\ufe0f", "\ufe0e", "\u20e3", "\u0301", "\u093f", "\u0939", "\u5317"),
            *("\U0001f468", "\U0001f469", "\u2764", "\U0001f3f3", "\U0001f308", "\u2620", "1"),
        ]
    )
)


@given(_EMOJI_TEXT)
def test_apart_what_is_sent_is_as_wide_as_what_was_laid_out(text: str) -> None:
    """Leaving the joiners and selectors out changes no width: the terminal draws the same
    cells. (Joined, it would: the family is 2 cells, its parts 6.)"""
    install_emoji_sequence_widths("apart")
    try:
        spans, total = rich.cells.split_graphemes(text)
        assert cell_len(text) == total == sum(width for _, _, width in spans)
        assert cell_len(drawn_text(text)) == cell_len(text)
        assert cell_len(text) == sum(get_character_cell_size(character) for character in text)
        assert "\u200d" not in drawn_text(text) and "\ufe0f" not in drawn_text(text)
    finally:
        install_emoji_sequence_widths("joined")


@given(st.text(alphabet=st.characters(exclude_characters="\u200d\ufe0f")))
def test_apart_measures_text_without_joiners_or_selectors_as_rich_does(text: str) -> None:
    joined = cell_len(text)
    install_emoji_sequence_widths("apart")
    try:
        assert cell_len(text) == joined
        assert drawn_text(text) == text
    finally:
        install_emoji_sequence_widths("joined")


@pytest.mark.usefixtures("apart")
def test_drawn_text_leaves_out_only_the_joiner_and_the_emoji_selector() -> None:
    assert drawn_text(f"a{FAMILY}b") == "a\U0001f468\U0001f469\U0001f467b"
    assert drawn_text(RAINBOW_FLAG) == "\U0001f3f3\U0001f308"
    assert drawn_text(KEYCAP) == "1\u20e3"
    others = "\u2764\ufe0e \u845b\U000e0100 \u0915\u094d\u0937"  # VS15, an ideographic selector
    assert drawn_text(others) == others
    assert drawn_text("\x1b[1;1H" + HEART) == "\x1b[1;1H\u2764"


class _RecordingDriver(HeadlessDriver):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.written = io.StringIO()

    def write(self, data: str) -> None:
        self.written.write(data)


async def test_the_driver_writes_what_the_widths_measure() -> None:
    """Apart, the joiner and U+FE0F are left out of every write; a copy to the clipboard
    (base64) still carries the text whole."""
    driver_class = driver_writing_drawn_text(_RecordingDriver)
    assert issubclass(driver_class, _RecordingDriver)
    driver = driver_class(make_app())  # the app installs auto: apart here
    assert isinstance(driver, _RecordingDriver)
    install_emoji_sequence_widths("joined")
    driver.write(FAMILY)  # joined: as it is
    # What Textual writes for `copy_to_clipboard` (the reader's `y`): OSC 52, base64-encoded.
    copied = f"\x1b]52;c;{base64.b64encode(FAMILY.encode('utf-8')).decode('ascii')}\a"
    install_emoji_sequence_widths("apart")
    try:
        driver.write(FAMILY + HEART)
        driver.write(copied)
    finally:
        install_emoji_sequence_widths("joined")
    assert driver.written.getvalue() == FAMILY + "\U0001f468\U0001f469\U0001f467\u2764" + copied


def test_the_app_drives_the_terminal_through_it() -> None:
    app = make_app()
    driver_class: type[Driver] = app.driver_class
    assert driver_class.__name__.startswith("DrawnText")
    assert driver_class.write is not Driver.write


def test_settings_read_emoji_sequences(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    assert load_settings(config).emoji_sequences == "auto"
    for choice in EMOJI_SEQUENCES_CHOICES:
        config.write_text(f'emoji_sequences = "{choice}"\n', encoding="utf-8")
        settings = load_settings(config)
        assert (settings.emoji_sequences, settings.problems) == (choice, [])
    config.write_text('emoji_sequences = "apar"\nspacing_marks = "one-cell"\n', encoding="utf-8")
    settings = load_settings(config)
    assert (settings.emoji_sequences, settings.spacing_marks) == ("auto", "one-cell")
    assert settings.problems == [
        f'{config}: emoji_sequences must be one of "auto", "joined", "apart" — '
        "did you mean 'apart'?; using \"auto\""
    ]
    config.write_text("emoji_sequences = true\n", encoding="utf-8")
    assert load_settings(config).problems == [
        f'{config}: emoji_sequences must be one of "auto", "joined", "apart"; using "auto"'
    ]


async def test_the_setting_sets_the_widths_the_reader_measures(
    briefing_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """joined: Rich's count; auto: apart in tmux and in xterm, joined in kitty; a typo is
    reported and auto used."""
    config = briefing_home / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    for setting, environ, emoji, cells in [
        ('emoji_sequences = "joined"', {"TMUX": "/tmp/tmux-1000/default,1,0"}, "joined", 2),
        ("", {"TMUX": "/tmp/tmux-1000/default,1,0"}, "apart", 6),
        ("", {"TERM": "xterm-kitty"}, "joined", 2),
        ("", {"TERM": "xterm-256color"}, "apart", 6),
        ('emoji_sequences = "apart"', {"TERM": "xterm-kitty"}, "apart", 6),
        ('emoji_sequences = "join"', {"TERM": "xterm-kitty"}, "joined", 2),
    ]:
        config.write_text(setting + "\n", "utf-8")
        for name in ("TMUX", "TERM"):
            monkeypatch.delenv(name, raising=False)
        for name, value in environ.items():
            monkeypatch.setenv(name, value)
        app = make_app()
        async with app.run_test(size=(100, 30), notifications=True) as pilot:
            await wait_for_library(pilot)
            assert (installed_emoji_sequences(), cell_len(FAMILY)) == (emoji, cells), setting
            reported = any("emoji_sequences must be one of" in message for _, message in app.notified)
            assert reported == (setting == 'emoji_sequences = "join"')
