"""A saved or fetched HTML page to an `Article`: trafilatura finds the main text and metadata.

trafilatura's XML body keeps headings as `<head>` elements, so sections split
where the page's do. Page metadata (JSON-LD, OpenGraph, meta tags) fills what
trafilatura leaves empty; nothing is guessed from the body.
"""

from __future__ import annotations

import datetime
import functools
from typing import Any

from lxml import html as lxml_html

from tui.model.ingest import (
    boilerplate,
    box_headings,
    br_paragraphs,
    bylines,
    dek,
    dom_furniture,
    image_captions,
    linked_headings,
    links,
    lost_headings,
    pattern_store,
    script_bodies,
    self_promotion,
    shown_headlines,
    site_names,
    split_story,
    standfirst,
)
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.page_meta import page_metadata
from tui.model.ingest.page_parse import drop_unsafe_references, parse_page
from tui.model.ingest.title_suffix import without_site_suffix
from tui.model.ingest.xml_blocks import clean_value as _text
from tui.model.ingest.xml_blocks import item_texts
from tui.model.ingest.xml_sections import ASIDE_MIN_KEPT as _ASIDE_MIN_KEPT
from tui.model.ingest.xml_sections import refuses_heading
from tui.model.ingest.xml_sections import sections_of as _sections


def extract_html(text: str, url: str = "") -> Article:
    """The article in an HTML page; no sections if trafilatura finds no main text."""
    text = drop_unsafe_references(text)
    page = parse_page(text)
    if page is not None:
        dom_furniture.drop_comment_threads(page)  # as trafilatura would, before anything walks them
        dom_furniture.drop_screen_reader_text(page)  # labels no reader sees: "Article content"
    # Each element's Python proxy, made once and kept to the end: otherwise lxml makes a new one,
    # through lxml.html's class lookup in Python, every time a pass below or trafilatura walks the
    # tree (about 150,000 on a 1.5 MB page; 0.2 s of its 1.2 s extraction).
    proxies = list(page.iter()) if page is not None else []
    # Read before trafilatura prunes the tree in place (one parse serves both).
    extra = page_metadata(page) if page is not None else {}
    standfirsts = standfirst.standfirst_texts(page) if page is not None else set()
    lead = _text(standfirst.visible_lead(page)) if page is not None else ""
    boxes = box_headings.heading_boxes(page) if page is not None else {}
    headlines = _headlines(page) if page is not None else frozenset()
    kicked = shown_headlines.shown_headlines(page) if page is not None else frozenset()
    subheadings = lost_headings.page_subheadings(page) if page is not None else []
    linked_lines = linked_headings.page_linked_lines(page) if page is not None else {}
    described = _text(extra.get("description"))
    described_shown = bool(lead and described and standfirst.shows(page, described))
    if page is not None:
        dom_furniture.drop_named_furniture(page)  # boxes the template names: promos, bios, credits
        dom_furniture.drop_card_links(page)  # teaser cards: a link wrapping a title and an excerpt
        image_captions.drop_image_captions(page)  # a short line alone under a picture
        br_paragraphs.wrap_loose_lines(page)  # story text parted by <br>s, its links inline
    chunks = split_story.story_chunks(page) if page is not None else []
    document = _trafilatura(page if page is not None else text, url)
    meta = _meta(document, extra, url, text)
    site = links.site_of(meta.url or url)
    sections = _sections(document.body, meta.title, site, headlines, kicked) if document is not None else ()
    items = item_texts(document.body, site) if document is not None else set()  # its lists' <li>s
    if chunks:  # a story split into sibling boxes, of which trafilatura read some

        def read(page: Any) -> tuple[ArticleSection, ...]:
            document = _trafilatura(page, url)
            if document is None:
                return ()
            items.update(item_texts(document.body, site))
            return _sections(document.body, meta.title, site, headlines, kicked)

        sections = split_story.read_whole(sections, chunks, text, parse=parse_page, read=read)
    if not _holds_text(meta, sections):
        sections = _rescued(sections, meta, text, url, site, items)
    if not _holds_text(meta, sections):
        sections, scripted = _from_scripts(sections, meta, text, url, site)
        if document is None and scripted is not None:
            meta = _meta(scripted, extra, url, text)  # the page's head, read with its story
    sections = lost_headings.with_lost_headings(
        sections,
        subheadings,
        lambda heading: (
            refuses_heading(heading, meta.title, headlines) or shown_headlines.squeezed(heading) in kicked
        ),
    )
    sections = linked_headings.without_linked_headings(sections, linked_lines, site)
    sections = box_headings.without_box_headings(sections, boxes)
    sections = self_promotion.without_self_promotion(sections, meta, min_kept=_ASIDE_MIN_KEPT)
    del proxies  # kept alive until here on purpose
    return Article(
        *dek.settle(
            meta,
            sections,
            lead=lead,
            description=described,
            description_shown=described_shown,
            standfirsts=standfirsts,
        ),
        list_items=frozenset(items),
    )


# A headline is a line; a longer <h1> is a template's wrapper around more than the headline.
_HEADLINE_LENGTH = 300


def _headlines(page: Any) -> frozenset[str]:
    """The texts of the page's `<h1>` elements: the headline as the page shows it."""
    found = (_text(h1.text_content()) for h1 in page.iter("h1"))
    return frozenset(text for text in found if 0 < len(text) <= _HEADLINE_LENGTH)


@functools.cache
def _trafilatura_module() -> Any:
    """trafilatura, imported on a page's first extraction (never at the reader's start-up)."""
    with pattern_store.stored_imports():  # its modules compile ~250 patterns as they import
        import trafilatura
    return trafilatura


def _trafilatura(page: Any, url: str) -> Any:
    """trafilatura's document for a page (a tree or its text), None if it finds no main text."""
    document = _trafilatura_module().bare_extraction(
        page,
        url=url or None,
        with_metadata=True,
        include_formatting=True,
        include_links=True,  # a short block that is all link is another article's title
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or isinstance(document, dict) or document.body is None:
        return None
    return document


def _holds_text(meta: ArticleMeta, sections: tuple[ArticleSection, ...]) -> bool:
    from tui.model.ingest.pipeline import holds_article_text

    return holds_article_text(Article(meta, sections))


# An <article> element with this much paragraph text holds a story even where trafilatura missed it.
_RESCUE_MIN_CHARS = 500


def _rescued(
    sections: tuple[ArticleSection, ...], meta: ArticleMeta, text: str, url: str, site: str, items: set[str]
) -> tuple[ArticleSection, ...]:
    """The text of a page that would be refused as holding no article: a story in an `<article>`
    element that a broken template set inside a sidebar or menu, read from that element alone (its
    lists' items added to `items`)."""
    page = parse_page(text)
    candidates = list(page.iter("article")) if page is not None else []
    element = max(candidates, key=_paragraph_chars, default=None)
    if element is None or _paragraph_chars(element) < _RESCUE_MIN_CHARS:
        return sections
    dom_furniture.drop_comment_threads(page)
    dom_furniture.drop_named_furniture(page)
    document = _trafilatura(element, url)
    rescued = _sections(document.body, meta.title, site) if document is not None else ()
    if not _holds_text(meta, rescued):
        return sections
    items.update(item_texts(document.body, site) if document is not None else ())
    return rescued


def _from_scripts(
    sections: tuple[ArticleSection, ...], meta: ArticleMeta, text: str, url: str, site: str
) -> tuple[tuple[ArticleSection, ...], Any]:
    """The story of a page drawn by its scripts, read from their data (`script_bodies.py`), with
    trafilatura's document of it; `sections` and None if there is none."""
    page = parse_page(text)
    fragment = script_bodies.story_html(page) if page is not None else ""
    if not fragment:
        return sections, None
    head = next(page.iter("head"), None)
    shown = lxml_html.tostring(head, encoding="unicode") if head is not None else ""
    story = parse_page(f"<html>{shown}<body><article>{fragment}</article></body></html>")
    document = _trafilatura(story, url) if story is not None else None
    found = _sections(document.body, meta.title, site) if document is not None else ()
    return (found, document) if _holds_text(meta, found) else (sections, None)


def _paragraph_chars(element: Any) -> int:
    return sum(len(p.text_content().strip()) for p in element.iter("p"))


# A section given as the site's path ("/world/middle_east") names a folder, not a category to show.
_PATH = re.compile(r"(?:/[\w.-]+)+/?")


def _meta(document: Any, extra: dict[str, Any], url: str, page_text: str) -> ArticleMeta:
    def pick(name: str) -> str:
        found = _text(getattr(document, name, None)) if document is not None else ""
        return found or _text(extra.get(name))

    site = _text(extra.get("sitename")) or pick("sitename")  # as the template wrote it
    outlet = site_names.clean_site_name(site)
    authors = bylines.clean_authors(pick("author").split(";"), outlet)
    if not authors:
        authors = bylines.clean_authors(list(extra.get("authors", ())), outlet)
    authors = bylines.as_spelled(authors, page_text)
    categories = list(getattr(document, "categories", None) or []) if document is not None else []
    category = _text(categories[0]) if categories else _text(extra.get("category"))
    if _PATH.fullmatch(category):
        category = ""
    description = pick("description")
    full = _text(extra.get("description"))
    if dek.is_cut_of(description, full):
        description = full  # trafilatura cut the page's description short
    page_url = pick("url") or url
    return ArticleMeta(
        title=without_site_suffix(pick("title"), site, authors, page_url, category),
        dek="" if boilerplate.is_boilerplate(description) else description,
        outlet=outlet,
        authors=authors,
        published=_date(pick("date")),
        url=page_url,
        language=_text(extra.get("language")),
        image_credit=_text(extra.get("image_credit")),
        category=category,
    )


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
