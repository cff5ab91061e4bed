"""A page drawn by its scripts keeps its story only in their data: read from there, as a last resort
before "no article text", and cleaned like any page text. Invented pages."""

from __future__ import annotations

import json

import pytest

from tui.model.ingest.errors import IngestError
from tui.model.ingest.html import extract_html

PARAGRAPHS = [
    "The harbour reopened on Monday after two weeks in which storms kept every ferry in port, "
    "the port authority said in a statement issued before dawn.",
    "Fishing boats were the first to leave, followed by the morning ferry to the islands, which "
    "carried about 300 passengers and a backlog of mail and medicine.",
    "Engineers will spend the spring repairing the breakwater, whose outer wall lost several of "
    "its concrete blocks in the second storm, the authority added.",
    "The work is expected to cost around two million euros, paid from the regional emergency fund.",
]
HEAD = (
    "<head><title>Harbour reopens after storms</title>"
    "<meta property='og:site_name' content='Harbour Post'></head>"
)


def _scripted_page(data: object) -> str:
    """A page whose body is an empty mount point and a script holding the story as JSON."""
    return (
        f"<html>{HEAD}<body><div id='root'></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script></body></html>"
    )


def _content_html(heading: str = "Repairs to the breakwater") -> str:
    first, second = (
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]),
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]),
    )
    return f"{first}<h3>{heading}</h3>{second}"


def test_a_story_kept_as_html_in_the_pages_json_is_read_with_its_headings_and_metadata() -> None:
    page = _scripted_page({"props": {"article": {"id": 7, "contentHtml": _content_html()}}})
    article = extract_html(page, "https://harbour.example/reopens")
    assert [(s.heading, s.paragraphs) for s in article.sections] == [
        ("", tuple(PARAGRAPHS[:2])),
        ("Repairs to the breakwater", tuple(PARAGRAPHS[2:])),
    ]
    assert (article.meta.title, article.meta.outlet) == ("Harbour reopens after storms", "Harbour Post")


def test_escapes_spelled_in_the_json_do_not_reach_the_text() -> None:
    hostile = _content_html(heading="Repairs\u001b]52;c;ZXZpbA==\u0007 to the \u202ebreakwater")
    article = extract_html(_scripted_page({"contentHtml": hostile}), "https://harbour.example/reopens")
    texts = [s.heading for s in article.sections] + [p for s in article.sections for p in s.paragraphs]
    assert "Repairs]52;c;ZXZpbA== to the breakwater" in texts
    assert not any(ch in text for text in texts for ch in "\u001b\u0007\u202e")


def test_a_page_that_shows_its_story_is_read_from_the_page_not_its_scripts() -> None:
    other = "".join(f"<p>{p} Another story.</p>" for p in PARAGRAPHS)
    shown = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (
        f"<html>{HEAD}<body><article><h1>Harbour reopens after storms</h1>{shown}</article>"
        f"<script type='application/json'>{json.dumps({'teaserHtml': other})}</script></body></html>"
    )
    article = extract_html(page, "https://harbour.example/reopens")
    assert [p for s in article.sections for p in s.paragraphs] == PARAGRAPHS


def test_scripts_with_too_little_text_still_leave_the_page_refused() -> None:
    from tui.model.ingest.pipeline import Loaded, extract

    page = _scripted_page({"contentHtml": "<p>Short.</p><p>Shorter.</p><p>Done.</p>"})
    with pytest.raises(IngestError, match="no article text"):
        extract(Loaded("", page, True, "page.html"))
