"""Text hygiene: nothing a terminal would act on survives loading."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.model.format.clean import clean_text, clean_tree
from tui.model.format.loader import load_briefing

C0_REMOVED = [chr(c) for c in range(0x00, 0x20) if c not in (0x09, 0x0A)]
C1 = [chr(c) for c in range(0x80, 0xA0)]
BIDI = [chr(c) for c in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
FORBIDDEN = frozenset([*C0_REMOVED, "\x7f", *C1, *BIDI])


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1f"])
def test_c0_samples_removed(char: str) -> None:
    assert clean_text(f"a{char}b") == "ab"


def test_every_c0_except_tab_and_newline_removed() -> None:
    assert clean_text("".join(C0_REMOVED)) == ""


def test_del_removed() -> None:
    assert clean_text("a\x7fb") == "ab"


@pytest.mark.parametrize("char", ["\u0080", "\u009b", "\u009f"])
def test_c1_removed(char: str) -> None:
    assert clean_text(f"a{char}b") == "ab"


@pytest.mark.parametrize("char", BIDI, ids=[f"U+{ord(c):04X}" for c in BIDI])
def test_each_bidi_control_removed(char: str) -> None:
    assert clean_text(f"left{char}right") == "leftright"


def test_newline_and_tab_kept() -> None:
    assert clean_text("one\ttwo\nthree") == "one\ttwo\nthree"
    assert clean_text("one\ttwo\nthree\x1b") == "one\ttwo\nthree"


def test_zero_width_joiner_kept_so_emoji_sequences_survive() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man ZWJ woman ZWJ girl
    assert clean_text(family) == family
    assert clean_text(f"\x1b[31m{family}\u202e") == f"[31m{family}"


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"  # white flag, VS16, ZWJ, rainbow
ASTRONAUT = "\U0001f9d1\u200d\U0001f680"  # person, ZWJ, rocket (a skin tone is dropped: test_clean_width)


@pytest.mark.parametrize("sequence", [FAMILY, RAINBOW_FLAG, ASTRONAUT, "\u2764\ufe0f\u200d\U0001f525"])
def test_joiners_inside_emoji_sequences_are_kept(sequence: str) -> None:
    assert clean_text(f"a {sequence} b") == f"a {sequence} b"
    assert cell_len(sequence) == 2  # one emoji, as wide as a wide-emoji terminal draws it


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("b\u200dc", "bc"),  # letters: Rich measured 1 cell, terminals draw 2
        ("b\u200d c", "b c"),
        ("x\u200d\U0001f308", "x\U0001f308"),  # a letter joined to an emoji: Rich 1, drawn 3
        ("\U0001f308\u200dx", "\U0001f308x"),
        ("\u0915\u094d\u200d\u0937", "\u0915\u094d\u0937"),  # Devanagari half form: Rich 1, drawn 2
        (
            "\U0001f9d1\u200d\u200d\U0001f4bb",
            "\U0001f9d1\U0001f4bb",
        ),  # doubled: neither joins two pictographs
        ("\u200dstart and end\u200d", "start and end"),
    ],
)
def test_joiners_outside_emoji_are_dropped(text: str, cleaned: str) -> None:
    assert clean_text(text) == cleaned


@given(st.text(alphabet=st.sampled_from(["a", "b", " ", "\u200d", "\ufe0f", "\U0001f308", "\U0001f3fd"])))
def test_no_joiner_makes_text_narrower_than_its_letters(text: str) -> None:
    """The spill the joiner trick caused: Rich must never measure a cleaned text narrower than
    the letters and spaces a terminal draws one cell each."""
    cleaned = clean_text(text)
    assert cell_len(cleaned) >= sum(c in "ab " for c in cleaned)


def test_ordinary_text_untouched() -> None:
    text = "They called it “the cream of interstate relations.” — Pyongyang’s words, 한국어, café"
    assert clean_text(text) == text


def test_osc_sequence_is_defused() -> None:
    # OSC 52 would set the clipboard; without ESC and BEL it is inert text.
    assert clean_text("\x1b]52;c;ZXZpbA==\x07ok") == "]52;c;ZXZpbA==ok"


def test_clean_tree_cleans_keys_and_nested_values() -> None:
    raw = {"ti\x1btle": ["a\u202eb", {"k": "\x9bx"}], "n": 3, "flag": True}
    assert clean_tree(raw) == {"title": ["ab", {"k": "x"}], "n": 3, "flag": True}


def test_escape_written_as_toml_escape_is_gone_after_load(tmp_path: Path) -> None:
    path = tmp_path / "esc.toml"
    path.write_text(
        "format = 1\n"
        "[briefing]\n"
        'id = "esc"\n'
        'title = "Safe\\u001b]0;pwned\\u0007 title"\n'
        "[[sections]]\n"
        'id = "s"\n'
        'heading = "H\\u009b2J"\n'
        'paragraphs = ["Bidi \\u202eevil\\u202c text.", "Plain."]\n'
        "[[claims]]\n"
        'id = "c"\n'
        'text = "t"\n'
        'section = "s"\n'
        "paragraph = 1\n"
        # The quote is matched against the cleaned paragraph.
        'quote = "Bidi evil text"\n'
        'status = "asserted"\n',
        encoding="utf-8",
    )
    assert "\\u001b" in path.read_text(encoding="utf-8")  # the file holds the escape, not ESC
    briefing = load_briefing(path)
    assert briefing.meta.title == "Safe]0;pwned title"
    assert briefing.sections[0].heading == "H2J"
    assert briefing.sections[0].paragraphs[0] == "Bidi evil text."
    every_string = [
        briefing.meta.title,
        briefing.sections[0].heading,
        *briefing.sections[0].paragraphs,
        briefing.claims[0].quote,
    ]
    assert not any(FORBIDDEN & set(s) for s in every_string)


# Also changed by cleaning, for width (tests/test_clean_width.py): joiners, tones, Hangul fillers,
# numbers on black squares.
REWRITTEN = frozenset(
    ["\u200d", *map(chr, range(0x1F3FB, 0x1F400)), "\u3164", "\uffa0", *map(chr, range(0x3248, 0x3250))]
)


@given(st.text(alphabet=st.characters(exclude_characters=REWRITTEN, exclude_categories=["Cs"])))
def test_clean_text_never_leaves_a_forbidden_character(text: str) -> None:
    cleaned = clean_text(text)
    assert not FORBIDDEN & set(cleaned)
    # Nothing else is touched: removing the forbidden characters is all it does.
    assert cleaned == "".join(c for c in text if c not in FORBIDDEN)


@given(st.text())
def test_clean_text_on_any_text_leaves_nothing_forbidden(text: str) -> None:
    assert not FORBIDDEN & set(clean_text(text))


@given(st.text(alphabet=st.sampled_from(sorted(FORBIDDEN | {"a", "\n", "\t", "\u200d", "“"}))))
def test_clean_text_on_dense_control_text(text: str) -> None:
    cleaned = clean_text(text)
    assert not FORBIDDEN & set(cleaned)
    # No pictographs here: every joiner is a stray one.
    assert cleaned == "".join(c for c in text if c not in FORBIDDEN and c != "\u200d")
