"""Cleaned text is drawn in a real terminal (tmux) as wide as the reader measures it.

Layout, and the in-process screen probe, measure with Rich's cell widths, so a character a
terminal draws wider than Rich counts pushes the rest of its row out of the pane or window, and
no in-process test can see it. Here tmux draws each class of grapheme (width_samples.py), every
payload of the hostile corpus and every single code point, after `clean_text`, as the reader
writes it (tui/widgets/terminal_output.py), and the cells it advanced by are compared with the
reader's count. The classes are drawn twice: whole, and one code point per read (tmux 3.3a joins
an emoji ZWJ sequence only when it reads the joiner and the emoji after it together, and a long
frame reaches it in several reads). The reader counts with the widths it installs for the
terminal it runs in (tui/widgets/cell_widths.py): the `auto` choices for the environment of a
program in tmux's pane, spacing marks one cell each and emoji sequences apart.
Full run only (BRIEFING_HOSTILE_FULL=1), and only where tmux is installed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator

import pytest
from rich.cells import cell_len

from tui.model.format.clean import clean_text
from tui.model.text import grapheme_start
from tui.widgets.cell_widths import (
    emoji_sequences_for,
    inside_multiplexer,
    install_emoji_sequence_widths,
    install_spacing_mark_widths,
    installed_emoji_sequences,
    installed_spacing_marks,
    spacing_marks_for,
)
from tui.widgets.terminal_output import drawn_text, install_missing_glyph_marks

from .conftest import FULL
from .payloads import PAYLOADS
from .tmux_width import (
    ZWJ_SEQUENCES,
    burst_lines,
    tmux_available,
    tmux_pane_environment,
    tmux_widths,
    tmux_widths_in_one_write,
    tmux_widths_of_reads,
)
from .width_samples import WIDTH_SAMPLES, WidthSample

pytestmark = [
    pytest.mark.skipif(not FULL, reason="full hostile run only: set BRIEFING_HOSTILE_FULL=1"),
    pytest.mark.skipif(not tmux_available(), reason="needs tmux on PATH"),
]

CHUNK = 100  # code points per measured piece: at most 200 cells, inside the probe's pane


@pytest.fixture(scope="module")
def pane_environment() -> dict[str, str]:
    return tmux_pane_environment()


@pytest.fixture(autouse=True)
def widths_chosen_in_tmux(pane_environment: dict[str, str]) -> Iterator[None]:
    """The reader's widths in the pane (conftest's own are put back after each test)."""
    install_spacing_mark_widths(spacing_marks_for("auto", pane_environment))
    install_emoji_sequence_widths(emoji_sequences_for("auto", pane_environment))
    install_missing_glyph_marks(inside_multiplexer(pane_environment))
    yield


def test_auto_measures_as_tmux_draws(pane_environment: dict[str, str]) -> None:
    """tmux tells the programs in its panes where they run (TMUX), whatever terminal is around it."""
    assert pane_environment.get("TMUX")
    assert (installed_spacing_marks(), installed_emoji_sequences()) == ("one-cell", "apart")


@pytest.fixture(scope="module")
def drawn_samples(pane_environment: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Each class's cleaned form as the reader writes it in tmux's pane, drawn whole and drawn
    one code point per read."""
    install_emoji_sequence_widths(emoji_sequences_for("auto", pane_environment))
    install_missing_glyph_marks(inside_multiplexer(pane_environment))
    written = [drawn_text(clean_text(sample.text)) for sample in WIDTH_SAMPLES]
    whole = tmux_widths(written)
    one_read_each = tmux_widths(written, one_read_each=True)
    return dict(zip((s.name for s in WIDTH_SAMPLES), zip(whole, one_read_each, strict=True), strict=True))


@pytest.mark.parametrize("sample", WIDTH_SAMPLES, ids=[s.name for s in WIDTH_SAMPLES])
def test_each_grapheme_class_is_drawn_no_wider_than_measured(
    drawn_samples: dict[str, tuple[int, int]], sample: WidthSample
) -> None:
    """Whole, and one code point per read: a frame longer than one read of tmux's input is split
    anywhere. The emoji ZWJ classes among them were expected failures while the reader wrote the
    joiner (tmux drew the parts when a read ended after it)."""
    cleaned = clean_text(sample.text)
    whole, one_read_each = drawn_samples[sample.name]
    assert max(whole, one_read_each) <= cell_len(cleaned), f"{sample.name}: {cleaned!r}"


@pytest.mark.parametrize(
    "sample",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason=s.drawn_narrower))
        if s.drawn_narrower
        else s
        for s in WIDTH_SAMPLES
    ],
    ids=[s.name for s in WIDTH_SAMPLES],
)
def test_each_grapheme_class_is_drawn_as_wide_as_measured(
    drawn_samples: dict[str, tuple[int, int]], sample: WidthSample
) -> None:
    """Narrower is off too: the rest of the row moves left (❤️ measured 2 as Rich counts it,
    drawn 1 by tmux 3.3a, before the reader measured emoji sequences apart in tmux)."""
    cleaned = clean_text(sample.text)
    assert drawn_samples[sample.name] == (cell_len(cleaned), cell_len(cleaned)), f"{sample.name}: {cleaned!r}"


def test_with_its_joiners_written_tmux_draws_a_sequence_by_its_reads() -> None:
    """Why the reader leaves the joiner out in tmux: written with it, the family is 2 cells when
    tmux reads it at once, 4 when a read ends after the first joiner, 6 one code point per read.
    If a tmux draws it alike however it is read, `auto` could draw it joined there."""
    family = ZWJ_SEQUENCES["family"]
    widths = tmux_widths_of_reads([[family], [family[:2], family[2:]], list(family)])
    assert widths == [2, 4, 6]


def test_sequences_written_apart_are_drawn_alike_however_tmux_reads_them() -> None:
    """Each ZWJ sequence 400 times after prefixes of many lengths, all in one write (tmux's reads
    end where they will): every copy is drawn as wide as measured. (Written with their joiners,
    about 1 copy in 500 was drawn apart: `python -m tests.hostile.tmux_width` counts them.)"""
    lines = [line for sequence in ZWJ_SEQUENCES.values() for line in burst_lines(drawn_text(sequence), 400)]
    drawn = tmux_widths_in_one_write(lines, timeout=300)
    off = Counter((line, cells) for line, cells in zip(lines, drawn, strict=True) if cells != cell_len(line))
    assert not off, off.most_common(5)


def _pieces(text: str) -> list[str]:
    """`text`'s lines cut between graphemes into pieces short enough not to wrap in the pane.
    Tabs become one space: Textual expands them itself, a terminal to its own tab stops."""
    pieces = []
    for line in text.replace("\t", " ").split("\n"):
        while line:
            cut = grapheme_start(line, CHUNK) if len(line) > CHUNK else len(line)
            pieces.append(line[: cut or CHUNK])
            line = line[cut or CHUNK :]
    return pieces


def test_every_payload_is_drawn_no_wider_than_measured() -> None:
    pieces = [(p.name, piece) for p in PAYLOADS for piece in _pieces(clean_text(p.text))]
    drawn = tmux_widths([drawn_text(piece) for _, piece in pieces])
    spilled = [
        f"{name}: {piece[:40]!r} drawn {cells}, measured {cell_len(piece)}"
        for (name, piece), cells in zip(pieces, drawn, strict=True)
        if cells > cell_len(piece)
    ]
    assert not spilled, "\n".join(spilled[:20])


def test_every_code_point_is_drawn_no_wider_than_measured() -> None:
    """Each code point after a letter (so a mark has something to sit on), from U+0020 to the end
    of plane 3, and the tags and variation selectors of plane 14 (planes 4-13 are unassigned)."""
    codes = [
        code
        for code in [*range(0x20, 0x40000), *range(0xE0000, 0xE0200)]
        if not (0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000)
    ]
    samples = [clean_text("a" + chr(code)) for code in codes]
    drawn = tmux_widths([drawn_text(sample) for sample in samples], timeout=600)
    spilled = [
        f"U+{code:04X} {unicodedata.name(chr(code), '?')}: drawn {cells}, measured {cell_len(sample)}"
        for code, sample, cells in zip(codes, samples, drawn, strict=True)
        if cells > cell_len(sample)
    ]
    assert not spilled, f"{len(spilled)} code points spill:\n" + "\n".join(spilled[:30])
