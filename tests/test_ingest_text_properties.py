"""Properties of the scraped-text path on arbitrary input: no crash, nothing invented, order kept."""

from __future__ import annotations

import unicodedata

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
    # The text path reads the page in composed form (NFC), as the HTML path does: canonically the
    # same text, so compare with the page in that form.
    composed = unicodedata.normalize("NFC", text)
    flat = normalise(" ".join(normalise(part) for part in composed.split("\n")))
    position = 0
    for section in article.sections:
        assert section.paragraphs, "a section always has text"
        for paragraph in section.paragraphs:
            assert paragraph == normalise(paragraph)
            # Verbatim (only whitespace normalised) and in the page's order.
            found = flat.find(paragraph, position)
            assert found >= 0, paragraph
            position = found + len(paragraph)


def test_a_run_of_unpunctuated_lines_is_a_link_list_not_text() -> None:
    """Link titles under an article (no heading marks them) are not text; one such line among
    sentences is (here a heading, as it has a paragraph after it)."""
    from tui.model.ingest.text import extract_text

    body = "\n\n".join(
        [
            "A Storm Closes the Harbour for the Second Week Running",
            "The harbour stayed shut on Monday as a second storm reached the coast, officials said.",
            "Ferries were cancelled and fishing boats stayed in port for the fifth day in a row.",
            "Traders say losses run to millions and the port authority promised help for small firms",
            "The authority will publish a plan on Friday, a spokesperson said after the meeting.",
            "Ten things to know before you book a winter ferry crossing",
            "Why the old lighthouse on the north pier is closed to visitors",
            "Photos from the coastal festival that drew record crowds this year",
            "How the town's fishing fleet changed over the last fifty years",
        ]
    )
    sections = extract_text(body).sections
    parts = [p for s in sections for p in (s.heading, *s.paragraphs)]
    assert "Traders say losses run to millions and the port authority promised help for small firms" in parts
    assert not any(p.startswith(("Ten things", "Why the old", "Photos from", "How the town")) for p in parts)
