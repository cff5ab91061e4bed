"""A page title loses the site's or the author's name that sites tack on, and nothing else."""

from __future__ import annotations

import pytest

from tui.model.ingest.title_suffix import without_site_suffix


@pytest.mark.parametrize(
    ("title", "outlet", "authors", "url", "expected"),
    [
        (
            "Harbour pier to close for repairs | Jane Roe",
            "The Herald",
            ("Jane Roe",),
            "",
            "Harbour pier to close for repairs",
        ),
        (
            "항구 부두 수리로 폐쇄 예정 이번 주 발표ㅣ항구일보",
            "항구일보",
            (),
            "",
            "항구 부두 수리로 폐쇄 예정 이번 주 발표",
        ),
        (
            "Harbour pier to close for repairs - The Herald",
            "The Herald",
            (),
            "",
            "Harbour pier to close for repairs",
        ),
        (
            "Harbour pier to close for repairs – herald-news.example",
            "",
            (),
            "https://www.herald-news.example/a/1",
            "Harbour pier to close for repairs",
        ),
        (
            "Harbour pier to close for repairs · www.Herald-News.de",
            "Herald News",
            (),
            "",
            "Harbour pier to close for repairs",
        ),
        (
            "Council votes - Budget talks part 2 | Kinsala Herald Online",
            "Kinsala Herald",
            (),
            "",
            "Council votes - Budget talks part 2",
        ),
        ("Harbour pier repairs | Teufel Blog", "The Big Teufel Blog", (), "", "Harbour pier repairs"),
    ],
)
def test_a_tail_that_names_the_site_or_author_goes(
    title: str, outlet: str, authors: tuple[str, ...], url: str, expected: str
) -> None:
    assert without_site_suffix(title, outlet, authors, url) == expected


def test_the_section_before_the_site_name_goes_too() -> None:
    title = "Storm closes the harbour overnight | World news | The Herald"
    assert (
        without_site_suffix(title, "The Herald", (), "", "World news") == "Storm closes the harbour overnight"
    )
    # Without the site's name after it, a section-like tail is the title's own words.
    assert without_site_suffix(
        "Storm closes the harbour | World news", "The Herald", (), "", "World news"
    ) == ("Storm closes the harbour | World news")


@pytest.mark.parametrize(
    "title",
    [
        "Budget talks - part 2",  # the tail names nobody
        "Jean-Paul Moor joins the race",  # a hyphen inside a name is no separator
        "Herald - The Herald",  # cutting would leave fewer than three words
        "Pier repairs begin - Herald Tribune Weekly Review Supplement",  # only contains the outlet's name
    ],
)
def test_other_titles_stay_whole(title: str) -> None:
    assert without_site_suffix(title, "The Herald", (), "https://herald.example/") == title


def test_the_html_path_reads_the_title_without_the_site_name() -> None:
    from tui.model.ingest.html import extract_html

    paragraph = "The harbour pier will close for repairs next month, the council said on Tuesday. " * 3
    page = (
        "<html><head><title>Harbour pier to close for repairs | Kinsala Herald</title>"
        '<meta property="og:site_name" content="Kinsala Herald"></head>'
        f"<body><article><h1>Harbour pier to close for repairs</h1><p>{paragraph}</p><p>{paragraph}</p>"
        "</article></body></html>"
    )
    assert extract_html(page, "").meta.title == "Harbour pier to close for repairs"
