"""`shorten` never cuts inside what a reader sees as one character.

The full hostile run found a bookmark notification ending in half an emoji sequence: the claim
text was cut by code points, leaving a joiner at the edge, which a terminal draws at another
width than it is measured.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.model.state.bookmark_file import shorten as shorten_for_messages
from tui.model.text import grapheme_start, shorten

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"
THUMB_MEDIUM = "\U0001f44d\U0001f3fd"
UKRAINE, KOREA = "\U0001f1fa\U0001f1e6", "\U0001f1f0\U0001f1f5"
E_ACUTE = "e\u0301"
GRAPHEMES = ["a", "b", " ", FAMILY, RAINBOW_FLAG, THUMB_MEDIUM, UKRAINE, KOREA, E_ACUTE, "漢"]


def test_a_cut_inside_an_emoji_sequence_moves_before_it() -> None:
    assert shorten("ab" + FAMILY * 3, 6) == "ab…"
    assert shorten("ab" + FAMILY * 3, 8) == "ab" + FAMILY + "…"
    assert shorten("x" + RAINBOW_FLAG * 2, 4) == "x…"


def test_flags_stay_whole_and_accents_stay_on_their_letter() -> None:
    assert shorten("x" + UKRAINE + KOREA + UKRAINE, 5) == "x" + UKRAINE + "…"
    assert shorten("caf" + E_ACUTE + "s", 5) == "caf…"
    assert shorten(THUMB_MEDIUM * 2, 2) == "…"


def test_short_text_is_kept_and_plain_text_is_cut_where_it_was() -> None:
    assert shorten("short", 10) == "short"
    assert shorten("abcdefghij", 5) == "abcd…"
    assert shorten_for_messages("a  b\n" + "c" * 200, 10) == "a b ccccc…"


@given(st.lists(st.sampled_from(GRAPHEMES), max_size=30), st.integers(min_value=1, max_value=40))
def test_every_cut_falls_between_graphemes(pieces: list[str], limit: int) -> None:
    text = "".join(pieces)
    result = shorten(text, limit)
    assert len(result) <= max(limit, 1)
    if result == text:
        return
    kept = result.removesuffix("…")
    boundaries = {0}
    for piece in pieces:
        boundaries.add(max(boundaries) + len(piece))
    assert len(kept) in boundaries
    assert grapheme_start(text, len(kept)) == len(kept)
