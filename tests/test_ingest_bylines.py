"""Authors as a draft shows them: the byline's words, titles, the outlet beside its writer, domains,
URLs and labels left out; a site with no other author is its own. Invented names only."""

from __future__ import annotations

import pytest

from tui.model.ingest.bylines import as_spelled, clean_authors
from tui.model.ingest.html import extract_html


@pytest.mark.parametrize(
    ("names", "outlet", "shown"),
    [
        (["Por Lena Vidal"], "", ("Lena Vidal",)),
        (["Beitrag von Jo Kessler", "Auteur Anne Roux"], "", ("Jo Kessler", "Anne Roux")),
        (["Tara Holm Senior Harbour Correspondent"], "", ("Tara Holm",)),
        (["Ivo Brandt Staff Writer"], "", ("Ivo Brandt",)),
        (["Mara Quist", "Harbour Post"], "Harbour Post", ("Mara Quist",)),
        (["Linkedin Com", "Mara Quist"], "", ("Mara Quist",)),
        (["Harbourpost De"], "", ()),
        (["https://example.org/author/mquist/"], "", ()),
        (["Posted"], "", ()),
        (["No Author"], "", ()),
        (["Ivo Brandt", "Apr"], "", ("Ivo Brandt",)),
        (["Beitrag von r"], "", ()),
        (["di Lena Vidal"], "", ("Lena Vidal",)),
    ],
)
def test_what_is_no_authors_name_is_left_out(names: list[str], outlet: str, shown: tuple[str, ...]) -> None:
    assert clean_authors(names, outlet) == shown


@pytest.mark.parametrize(
    "names",
    [
        ["Mary Ann Quist"],  # three names, no title
        ["Harbour Society"],  # a society's own site: its name is the outlet and the author
        ["May"],  # a first name, not a month's abbreviation
        ["Redaktion"],  # the desk
        ["Di Quist"],  # a first name, not the Italian byline's "di"
        ["Harbour's Editorial Writers"],  # a desk, not a name with a title
    ],
)
def test_names_are_kept(names: list[str]) -> None:
    assert clean_authors(names, "Harbour Society") == tuple(names)


@pytest.mark.parametrize(
    ("name", "page", "shown"),
    [
        ("Tova K Lind", "<span>By Tova K. Lind</span>", "Tova K. Lind"),
        ("R J Osei", "<b>R.J. Osei</b>", "R.J. Osei"),
        ("Ines Varga M", "Ines Varga M. reports", "Ines Varga M."),
        ("Tova K Lind", "<span>Tova K Lind</span>", "Tova K Lind"),  # the page has no dot: none added
        ("Odell X", "Odell X spoke", "Odell X"),
        ("Tova Lind", "Tova Lind.", "Tova Lind"),  # no initial: left as given
    ],
)
def test_an_initial_keeps_the_dot_the_page_gives_it(name: str, page: str, shown: str) -> None:
    assert as_spelled((name,), page) == (shown,)


def _harbour_page(author: str, byline: str = "") -> str:
    return (
        "<html><head><title>Dredging</title>"
        '<meta property="og:site_name" content="Harbour Post">'
        f'<meta name="author" content="{author}">'
        f"</head><body><article><h1>Dredging</h1>{byline}"
        + "".join(
            f"<p>The harbour board met on day {n} and agreed to dredge the channel before the tides.</p>"
            for n in range(1, 6)
        )
        + "</article></body></html>"
    )


def test_a_page_shows_its_writer_not_the_outlet_credited_beside_her() -> None:
    meta = extract_html(
        _harbour_page("Mara Quist; Harbour Post"), "https://harbourpost.example/dredging"
    ).meta
    assert meta.outlet == "Harbour Post"
    assert meta.authors == ("Mara Quist",)


def test_a_page_shows_its_writers_initial_with_its_dot() -> None:
    """trafilatura's author cleaning turns "Tova K. Lind" into "Tova K Lind"; the draft shows the
    page's own spelling."""
    page = _harbour_page("Tova K. Lind", "<p class='byline'>By Tova K. Lind</p>")
    assert extract_html(page, "https://harbourpost.example/dredging").meta.authors == ("Tova K. Lind",)
