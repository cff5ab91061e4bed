"""Structural rules of HTML extraction, on invented pages: a story trafilatura misses is read
from its own element, and a page without one is still refused."""

from __future__ import annotations

import pytest
from lxml import etree

from tui.model.ingest import xml_sections
from tui.model.ingest.errors import IngestError
from tui.model.ingest.html import extract_html
from tui.model.ingest.pipeline import Loaded, extract

STORY = (
    "The harbour board met on Tuesday and agreed to dredge the channel before the spring tides arrive.",
    "Fishermen had complained for months that the boats scraped the bottom at low water in March.",
    "The work will cost the port about two million and take six weeks, the board's chair told reporters.",
    "Ferries will keep to their timetable, although the night crossing may leave half an hour later.",
    "A second phase, to deepen the outer berth for cruise ships, will be decided on in the autumn.",
    "Until then, the pilots will guide every vessel longer than forty metres in and out of the port.",
)


def _story_in_a_sidebar(paragraphs: tuple[str, ...]) -> str:
    """A broken template: the story's <article> sits inside the sidebar's menu widgets."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<html><head><title>Dredging</title></head><body><div class='wrapper'><aside class='sidebar'>"
        "<div id='nav_menu-3' class='widget'><div id='nav_menu-4'><div class='main-content'><article>"
        f"<h1>Dredging</h1>{body}</article></div></div></div></aside>"
        "<nav><ul><li><a href='/a'>Home</a></li><li><a href='/b'>News</a></li></ul></nav></div></body></html>"
    )


def test_a_story_set_inside_a_sidebar_is_read_from_its_article_element() -> None:
    article = extract_html(_story_in_a_sidebar(STORY), "https://example.org/dredging")
    assert [p for s in article.sections for p in s.paragraphs] == list(STORY)


def test_a_page_whose_article_element_holds_little_text_is_still_refused() -> None:
    html = _story_in_a_sidebar(("Dredging starts soon.", "More on Tuesday."))
    with pytest.raises(IngestError):
        extract(Loaded("page.html", html, True, "https://example.org/dredging"))


def _article_page(title: str, inner: str) -> str:
    return (
        f'<html><head><title>{title}</title><meta property="og:title" content="{title}"></head>'
        f"<body><article>{inner}</article></body></html>"
    )


def test_a_paragraph_set_as_a_heading_is_a_paragraph() -> None:
    """Headings are a line; a template that sets a whole opening paragraph in <h3> still has text."""
    opening = " ".join(STORY[:3])
    article = extract_html(
        _article_page(
            "Dredging", f"<h1>Dredging</h1><h3>{opening}</h3>" + "".join(f"<p>{p}</p>" for p in STORY[3:])
        )
    )
    assert opening in article.sections[0].paragraphs
    assert opening not in [s.heading for s in article.sections]


def test_a_headline_that_is_one_part_of_the_title_is_not_a_section() -> None:
    """ "14.03.2019 | Headline" or "Headline | Site": the headline trafilatura keeps at the top goes."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    body = etree.fromstring(f"<body><head rend='h1'>Harbour to be dredged</head>{paragraphs}</body>")
    for title in ("14.03.2019 | Harbour to be dredged", "Harbour to be dredged - The Port Gazette"):
        assert [s.heading for s in xml_sections.sections_of(body, title)] == [""]
    assert [s.heading for s in xml_sections.sections_of(body, "Port news")] == ["Harbour to be dredged"]


def test_words_after_a_comment_inside_a_paragraph_are_kept() -> None:
    """Script-rendered pages put empty comments between a paragraph's words; the words after one
    are text, and what a comment says is not."""
    first = (
        "The work will cost the port about<!-- --> two million and take six <!-- editor: check -->weeks, "
        "the board's <a href='https://example.org/board'>chair</a> told reporters on Tuesday evening."
    )
    body = first + "".join(f"<p>{p}</p>" for p in STORY)
    page = (
        "<html><head><title>Dredging</title></head><body><article><h1>Dredging</h1>"
        f"<p>{body}</article></body></html>"
    )
    paragraphs = [p for s in extract_html(page).sections for p in s.paragraphs]
    assert paragraphs[0] == (
        "The work will cost the port about two million and take six weeks, "
        "the board's chair told reporters on Tuesday evening."
    )
    assert not any("editor" in p for p in paragraphs)
