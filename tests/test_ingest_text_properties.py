"""Properties of the scraped-text path on arbitrary input: no crash, nothing invented, order kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.ingest.text import extract_text, normalise

WORDS = ["the", "minister", "said", "Share", "Also read", "Home", "2,000", "“quoted”", "By Ann Lee", "\u00ad"]
line = st.one_of(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=40).map(lambda ws: " ".join(ws) + "."),
    st.text(min_size=0, max_size=80),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(line, max_size=40), st.sampled_from(["\n", "\n\n"]))
def test_paragraphs_are_the_pages_words_in_order(lines: list[str], separator: str) -> None:
    text = separator.join(lines)
    article = extract_text(text)
    flat = normalise(" ".join(normalise(part) for part in text.split("\n")))
    position = 0
    for section in article.sections:
        assert section.paragraphs, "a section always has text"
        for paragraph in section.paragraphs:
            assert paragraph == normalise(paragraph)
            # Verbatim (only whitespace normalised) and in the page's order.
            found = flat.find(paragraph, position)
            assert found >= 0, paragraph
            position = found + len(paragraph)
