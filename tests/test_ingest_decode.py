"""Decoding drops exactly the noncharacters and lone surrogates that make the HTML parser drop a
page, in every plane, and keeps every other character (emoji, CJK past the BMP)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.format.clean import clean_text
from tui.model.ingest.decode import decode_bytes

_PLANE_ENDS = [chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
_DROPPED = set(_PLANE_ENDS) | {chr(c) for c in range(0xFDD0, 0xFDF0)}


def _is_dropped(character: str) -> bool:
    return character in _DROPPED or 0xD800 <= ord(character) <= 0xDFFF


def test_the_noncharacters_of_every_plane_go_and_their_neighbours_stay() -> None:
    kept = "Ann said 😀 \U00020000 \U0010fffd \U0001fffd ok"
    text = kept[:9] + "".join(_PLANE_ENDS) + "\ufdd0\ufdef" + kept[9:]
    data = text.encode("utf-8", "surrogatepass")
    assert decode_bytes(data, "page") == kept


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(sorted(_DROPPED)),
            st.characters(min_codepoint=0x20, blacklist_categories=("Cs", "Cc")),
            st.characters(min_codepoint=0x10000),
        ),
        min_size=1,
        max_size=60,
    ).map("".join)
)
def test_only_noncharacters_are_dropped(text: str) -> None:
    text = "x " + text  # never all whitespace or all dropped: that is refused as empty
    decoded = decode_bytes(text.encode("utf-8"), "page")
    # Clean-up at load also rewrites a few characters terminals draw wider (clean_text), so
    # compare with the noncharacter-free text passed through the same cleaning.
    expected = clean_text("".join(c for c in text if not _is_dropped(c)))
    assert decoded == expected
