"""Cleaning makes text as wide in a terminal as Rich measures it, where it can.

Measured in tmux 3.3a (tests/hostile/width_samples.py, README.md's reliability section): skin-tone
modifiers, Hangul fillers and the circled numbers on black squares are drawn wider than Rich
counts them, so a row holding one spilled out of its pane. Cleaning drops the first two and
writes the third in ASCII; everything else of the measured classes is kept as it is.
tests/hostile/test_terminal_width.py checks the cleaned forms in tmux itself.
"""

from __future__ import annotations

import pytest
from hostile.width_samples import WIDTH_SAMPLES, WidthSample
from hypothesis import given
from hypothesis import strategies as st

from tui.model.format.clean import clean_text
from tui.model.text import grapheme_start, shorten

TONES = [chr(code) for code in range(0x1F3FB, 0x1F400)]
ZWJ = "\u200d"

CLEANED = {
    # Tones: the emoji stays, untoned, wherever the tone stood.
    "emoji+tone": "\U0001f44d",
    "emoji+tone x3": "\U0001f44b\U0001f44d\U0001f64f",
    "text-default+tone": "\u270c",
    "text-default+VS16+tone": "\u261d\ufe0f",
    "non-base+tone": "\U0001f34e",
    "lone tone": "",
    "letter+tone": "a",
    "zwj+tone": "\U0001f469\u200d\U0001f4bb",  # woman technologist, untoned: still one emoji
    "zwj two tones": "\U0001faf1\u200d\U0001faf2",
    # Hangul fillers dropped; the conjoining fillers U+115F/U+1160 are measured as drawn: kept.
    "hangul fillers": "\u115f\u1160",
    "circled number on black square": "(10)(80)",
}


@pytest.mark.parametrize("sample", WIDTH_SAMPLES, ids=[s.name for s in WIDTH_SAMPLES])
def test_each_measured_class_cleans_to_its_expected_form(sample: WidthSample) -> None:
    """Listed classes are rewritten as CLEANED says; every other class is kept exactly."""
    assert clean_text(sample.text) == CLEANED.get(sample.name, sample.text)


@pytest.mark.parametrize("tone", TONES)
def test_a_tone_goes_and_its_emoji_stays_in_running_text(tone: str) -> None:
    assert clean_text(f"Thanks \U0001f44f{tone} all") == "Thanks \U0001f44f all"


def test_a_joiner_left_stray_by_a_dropped_tone_goes_too() -> None:
    # "a", tone, ZWJ, "b": once the tone is gone the joiner joins two letters (Rich 1 cell, drawn 2).
    assert clean_text(f"a{TONES[2]}{ZWJ}b") == "ab"
    assert clean_text(f"\U0001f468{ZWJ}{TONES[0]}x") == "\U0001f468x"


def test_rewritten_characters_are_caught_on_every_path() -> None:
    """Printable text (the fast path), text with controls, and text with joiners."""
    assert clean_text("\u3248") == "(10)"
    assert clean_text("\x1b[2J\u3249") == "[2J(20)"
    assert clean_text(f"\U0001f468{ZWJ}\U0001f469{TONES[4]}\u3164") == f"\U0001f468{ZWJ}\U0001f469"


def test_plain_and_ordinary_non_ascii_text_is_returned_as_it_is() -> None:
    for text in ["plain ASCII", "“Quoted” — café, 北朝鮮, 한국어, हिन्दी, ไทย, 👍 🇫🇷"]:
        assert clean_text(text) is text


# Characters that interact in cleaning: tones, joiners, selectors, pictographs, fillers, letters.
_TRICKY = st.sampled_from(
    [
        *TONES,
        *(ZWJ, "\ufe0f", "\ufe0e", "\U0001f44d", "\U0001f468", "\u2764", "\U0001f3f3", "\U0001f308"),
        *("\u3164", "\uffa0", "\u3248", "\u324f", "\u115f", "\u1160", "\u093f", "e", "\u0301", " "),
        *("\x1b", "\U0001f1eb", "\U0001f1f7", "\U000e0067", "\U000e007f", "\u20e3", "1", "\n", "\t"),
    ]
)
_ANY_TEXT = st.one_of(st.text(_TRICKY), st.text())


@given(_ANY_TEXT)
def test_clean_text_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)
    assert clean_text(cleaned) == cleaned


@given(_ANY_TEXT)
def test_no_cleaned_text_holds_a_tone_a_filler_or_a_black_square_number(text: str) -> None:
    cleaned = clean_text(text)
    assert not set(cleaned) & {*TONES, "\u3164", "\uffa0", *map(chr, range(0x3248, 0x3250))}


@given(st.text(_TRICKY, max_size=40), st.integers(min_value=1, max_value=40))
def test_shortening_cleaned_text_keeps_it_clean(text: str, limit: int) -> None:
    """A cut never leaves a stray joiner or half a sequence that cleaning would change."""
    cleaned = clean_text(text)
    short = shorten(cleaned, limit)
    kept = short if short == cleaned else short.removesuffix("…")
    assert clean_text(kept) == kept


def test_decomposed_hangul_and_ideographic_selectors_are_not_split() -> None:
    han = "\u1112\u1161\u11ab"  # 한 from its jamo
    assert grapheme_start("x" + han, 2) == 1
    assert grapheme_start("x" + han, 3) == 1
    assert grapheme_start("\u845b\U000e0100y", 1) == 0
    assert shorten("ab" + han * 3, 5) == "ab…"
