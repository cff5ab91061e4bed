"""A short paragraph that is all link is another article's title only when it links within the site."""

from __future__ import annotations

from tui.model.ingest import links
from tui.model.ingest.html import extract_html

STORY = (
    "The council approved the new budget on Monday after a debate that lasted six hours and more.",
    "Spending on roads rises by a tenth, while the library keeps its opening hours for another year.",
    "The opposition said the plan leaves too little for flood defences along the river this winter.",
    "A final vote on the tax rate is due in March, when the council meets again in the old town hall.",
)


def _page(link: str) -> str:
    paragraphs = [f"<p>{p}</p>" for p in STORY]
    paragraphs.insert(2, f"<p>{link}</p>")
    return (
        "<html><head><title>Budget passes</title>"
        "<link rel='canonical' href='https://www.towncourier.example.com/news/budget'></head>"
        f"<body><article><h1>Budget passes</h1>{''.join(paragraphs)}</article></body></html>"
    )


def _paragraphs(page: str) -> list[str]:
    return [
        p
        for s in extract_html(page, "https://www.towncourier.example.com/news/budget").sections
        for p in s.paragraphs
    ]


def test_a_short_paragraph_linking_within_the_site_is_a_teaser() -> None:
    for href in ("https://towncourier.example.com/news/other-story", "/news/other-story"):
        paragraphs = _paragraphs(_page(f"<a href='{href}'>Mayor opens the new bridge</a>"))
        assert "Mayor opens the new bridge" not in paragraphs
        assert paragraphs == list(STORY)


def test_a_short_paragraph_linking_to_another_site_is_text() -> None:
    paragraphs = _paragraphs(
        _page(
            "<a href='https://shop.example.org/v'>Cordless vacuum cleaner for $249 at the hardware shop</a>"
        )
    )
    assert paragraphs[2] == "Cordless vacuum cleaner for $249 at the hardware shop"


def test_site_of_keeps_the_registered_name() -> None:
    assert links.site_of("https://news.example.co.uk/a") == "example.co.uk"
    assert links.site_of("https://www.example.com/a") == "example.com"
    assert links.site_of("not a url") == ""
    assert links.leaves_site("https://other.org/x", "example.com")
    assert not links.leaves_site("https://www.example.com/x", "example.com")
    assert not links.leaves_site("/x", "example.com")
    assert not links.leaves_site("https://other.org/x", "")  # the page's site unknown
