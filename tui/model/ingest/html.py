"""A saved or fetched HTML page to an `Article`: trafilatura finds the main text and metadata.

trafilatura's XML body keeps headings as `<head>` elements, so sections split
where the page's do. Page metadata (JSON-LD, OpenGraph, meta tags) fills what
trafilatura leaves empty; nothing is guessed from the body.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from tui.model.format.clean import clean_text
from tui.model.ingest import (
    boilerplate,
    box_headings,
    dek,
    dom_furniture,
    furniture,
    image_captions,
    links,
    self_promotion,
    split_story,
    standfirst,
)
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.page_meta import page_metadata
from tui.model.ingest.page_parse import drop_unsafe_references, parse_page
from tui.model.ingest.text import is_short_line, normalise

# Elements of trafilatura's XML whose text is a block of the article.
_BLOCKS = frozenset({"p", "quote", "item", "code", "row"})
# A block holding one of these is a container; inline <code> in a paragraph is not.
_NESTED = (_BLOCKS - {"code"}) | {"head", "list", "table"}
_FOOTER_LENGTH = 200
_HEADING_LENGTH = 200
_LINKED_SHARE = 0.9
_ASIDE_LENGTH = 500
_LABEL_LENGTH = 120
_LABELLED_LINK_LENGTH = 260
_BARE_LABEL = re.compile(r"[^\W\d][\w'’ -]{0,40}:")
_LABEL_WORDS = 3
# Up to four words and a separator: "Read also:", "PUEDES VER »", "Mehr dazu |".
_LABEL = re.compile(r"^(?:>>\s*)?[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*(?::|»|>>|\||\s[–—-])\s*")
_ASIDE_MIN_KEPT = 3
_FOOTNOTE_MARKS = ("*", "¹", "²", "³", "†")


def extract_html(text: str, url: str = "") -> Article:
    """The article in an HTML page; no sections if trafilatura finds no main text."""
    text = drop_unsafe_references(text)
    page = parse_page(text)
    # Read before trafilatura prunes the tree in place (one parse serves both).
    extra = page_metadata(page) if page is not None else {}
    standfirsts = standfirst.standfirst_texts(page) if page is not None else set()
    lead = _text(standfirst.visible_lead(page)) if page is not None else ""
    boxes = box_headings.heading_boxes(page) if page is not None else {}
    described = _text(extra.get("description"))
    described_shown = bool(lead and described and standfirst.shows(page, described))
    if page is not None:
        dom_furniture.drop_named_furniture(page)  # boxes the template names: promos, bios, credits
        dom_furniture.drop_card_links(page)  # teaser cards: a link wrapping a title and an excerpt
        image_captions.drop_image_captions(page)  # a short line alone under a picture
    chunks = split_story.story_chunks(page) if page is not None else []
    document = _trafilatura(page if page is not None else text, url)
    meta = _meta(document, extra, url)
    site = links.site_of(meta.url or url)
    sections = _sections(document.body, meta.title, site) if document is not None else ()
    if chunks:  # a story split into sibling boxes, of which trafilatura read some

        def read(page: Any) -> tuple[ArticleSection, ...]:
            document = _trafilatura(page, url)
            return _sections(document.body, meta.title, site) if document is not None else ()

        sections = split_story.read_whole(sections, chunks, text, parse=parse_page, read=read)
    if not _holds_text(meta, sections):
        sections = _rescued(sections, meta, text, url, site)
    sections = box_headings.without_box_headings(sections, boxes)
    sections = self_promotion.without_self_promotion(sections, meta, min_kept=_ASIDE_MIN_KEPT)
    return Article(
        *dek.settle(
            meta,
            sections,
            lead=lead,
            description=described,
            description_shown=described_shown,
            standfirsts=standfirsts,
        )
    )


def _trafilatura(page: Any, url: str) -> Any:
    """trafilatura's document for a page (a tree or its text), None if it finds no main text."""
    import trafilatura

    document = trafilatura.bare_extraction(
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
    sections: tuple[ArticleSection, ...], meta: ArticleMeta, text: str, url: str, site: str
) -> tuple[ArticleSection, ...]:
    """The text of a page that would be refused as holding no article: a story in an `<article>`
    element that a broken template set inside a sidebar or menu, read from that element alone."""
    page = parse_page(text)
    candidates = list(page.iter("article")) if page is not None else []
    element = max(candidates, key=_paragraph_chars, default=None)
    if element is None or _paragraph_chars(element) < _RESCUE_MIN_CHARS:
        return sections
    dom_furniture.drop_named_furniture(page)
    document = _trafilatura(element, url)
    rescued = _sections(document.body, meta.title, site) if document is not None else ()
    return rescued if _holds_text(meta, rescued) else sections


def _paragraph_chars(element: Any) -> int:
    return sum(len(p.text_content().strip()) for p in element.iter("p"))


def _text(value: object) -> str:
    """Cleaned, whitespace-normalised text in Unicode's composed form (NFC): a page may spell "ä"
    or Bengali "য়" as two code points, and the same words must read, search and match alike."""
    if not isinstance(value, str):
        return ""
    text = clean_text(normalise(value))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# What trafilatura returns as the author of a byline with no names ("By · 21 July").
_BYLINE_WORDS = frozenset({"by", "written by", "words by", "von", "par", "por", "di", "door", "av"})


def _is_name(author: str) -> bool:
    return bool(author) and author.lower().rstrip(":") not in _BYLINE_WORDS


def _meta(document: Any, extra: dict[str, Any], url: str) -> ArticleMeta:
    def pick(name: str) -> str:
        found = _text(getattr(document, name, None)) if document is not None else ""
        return found or _text(extra.get(name))

    authors_text = pick("author")
    authors = tuple(dict.fromkeys(a.strip() for a in authors_text.split(";") if _is_name(a.strip())))
    if not authors:
        authors = tuple(extra.get("authors", ()))
    categories = list(getattr(document, "categories", None) or []) if document is not None else []
    category = _text(categories[0]) if categories else _text(extra.get("category"))
    description = pick("description")
    full = _text(extra.get("description"))
    if dek.is_cut_of(description, full):
        description = full  # trafilatura cut the page's description short
    return ArticleMeta(
        title=pick("title"),
        dek="" if boilerplate.is_boilerplate(description) else description,
        outlet=_text(extra.get("sitename")) or pick("sitename"),
        authors=authors,
        published=_date(pick("date")),
        url=pick("url") or url,
        language=_text(extra.get("language")),
        image_credit=_text(extra.get("image_credit")),
        category=category,
    )


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def _sections(body: Any, title: str, site: str = "") -> tuple[ArticleSection, ...]:
    blocks = list(_blocks(body, site))
    sections: list[tuple[str, list[str]]] = [("", [])]
    related = False
    seen: set[str] = set()
    emphasised: set[str] = set()
    for position, (kind, value) in enumerate(blocks):
        if kind == "italic":
            kind = "p"
            emphasised.add(value)
        if kind == "bold":
            following = blocks[position + 1] if position + 1 < len(blocks) else None
            # A bold line that reads like a heading, with text after it, is a subheading.
            kind = "head" if is_short_line(value) and following is not None and following[0] == "p" else "p"
        if kind == "link":
            continue
        if kind == "head" and len(value) > _HEADING_LENGTH:
            kind = "p"  # a paragraph the template set as a heading: headings are a line
        if kind == "head":
            if _is_title(value, title) and not any(p for _, p in sections):
                continue  # the page repeating its title
            if furniture.RELATED_MARKER.match(value):
                related = True
                continue
            if furniture.END_MARKER.match(value):
                break
            if boilerplate.is_boilerplate(value):
                continue  # a link or prompt set as a heading: its text stays in the section above
            related = False
            sections.append((value, []))
            continue
        if _ends_article(value):
            break
        if furniture.RELATED_MARKER.match(value):
            related = True
            continue
        if related and is_short_line(value):
            continue  # a link title under "Related"
        related = False
        if (
            value in seen
            or not any(c.isalnum() for c in value)  # a separator: "***", "—"
            or _is_bare_label(value)
            or furniture.LINE_FURNITURE.match(value)
            or furniture.is_credit(value)
            or furniture.is_staff_credit(value)
            or furniture.byline_names(value) is not None
            or (furniture.dateline(value) is not None and not _is_dated_entry(value))
            or boilerplate.is_boilerplate(value)
        ):
            continue
        seen.add(value)
        sections[-1][1].append(value)
    _drop_trailing_asides(sections, emphasised)
    _drop_orphan_labels(sections)
    return tuple(ArticleSection(h, tuple(p)) for h, p in sections if p)


_TITLE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*\|\s*")


def _is_title(heading: str, title: str) -> bool:
    """The page's headline: the title, or one part of a title that also names the site or the
    date ("Headline | Site", "14.03.2019 | Headline")."""
    return heading == title or heading in _TITLE_SEPARATOR.split(title)


def _drop_trailing_asides(sections: list[tuple[str, list[str]]], emphasised: set[str]) -> None:
    """Short paragraphs set wholly in italics after the story's last paragraph are the outlet
    talking (an author's bio, an editor's note, a prompt), not the story. A footnote ("*", "¹")
    belongs to the text it annotates and stays."""
    paragraphs = sum(len(p) for _, p in sections)
    last = next((p for _, p in reversed(sections) if p), None)
    while (
        last
        and last[-1] in emphasised
        and len(last[-1]) <= _ASIDE_LENGTH
        and not last[-1].startswith(_FOOTNOTE_MARKS)
        and paragraphs > _ASIDE_MIN_KEPT
    ):
        last.pop()
        paragraphs -= 1


def _drop_orphan_labels(sections: list[tuple[str, list[str]]]) -> None:
    """A short line ending in a colon at the end of the story introduces what is no longer there
    ("More information:", "Sources:" over a list of links that went as teasers)."""
    last = next((p for _, p in reversed(sections) if p), None)
    while last and len(last[-1]) <= _LABEL_LENGTH and last[-1].endswith(":"):
        last.pop()


_ENTRY_LABEL = re.compile(r"^([^\W\d]+(?:\s[^\W\d]+)?)\s*:")
_PUBLISHING_LABELS = frozenset(
    {"published", "updated", "posted", "last updated", "first published", "date", "veröffentlicht"}
    | {"stand", "aktualisiert", "erstellt", "datum", "publié", "publié le", "créé", "modifié", "mis à jour"}
    | {"fecha", "publicado", "actualizado", "data", "pubblicato", "aggiornato", "atualizado", "opublikowano"}
)


def _is_dated_entry(paragraph: str) -> bool:
    """A date under a label of its own ("Termin: 14.03.2024, 18 Uhr", "Deadline: 3 May 2024"): an
    entry of the text, where "Published: 3 May 2024" or a bare date is the page's furniture."""
    label = _ENTRY_LABEL.match(paragraph)
    return label is not None and label.group(1).lower() not in _PUBLISHING_LABELS


def _is_bare_label(paragraph: str) -> bool:
    """A line that is only a label ("Contact:", "Release date:", "More information:"): a form's or
    a fact box's, with nothing of its own to say. "He said:" before a quotation is the story's."""
    return (
        len(paragraph.split()) <= _LABEL_WORDS
        and _BARE_LABEL.fullmatch(paragraph) is not None
        and not boilerplate.reports(paragraph)
    )


def _ends_article(paragraph: str) -> bool:
    """A comments heading or copyright footer: short. A page that trafilatura gives as one long
    paragraph may end in "All rights reserved" and is still text."""
    return len(paragraph) <= _FOOTER_LENGTH and bool(furniture.END_MARKER.match(paragraph))


def _blocks(element: Any, site: str) -> Iterator[tuple[str, str]]:
    """("head", text) and ("p", text) in document order; loose text between blocks is a block too."""
    loose = _text(element.text or "")
    if loose:
        yield "p", loose
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            text = _text("".join(child.itertext()))
            if text:
                yield ("link" if _kind(child, text, site) == "link" else "head"), text
        elif tag == "row":
            cells = [_text("".join(cell.itertext())) for cell in child]
            text = " | ".join(c for c in cells if c)
            if text:
                yield "p", text
        elif tag in _BLOCKS and not any(isinstance(c.tag, str) and c.tag in _NESTED for c in child):
            text = _text("".join(_inline_text(child)))
            if text:
                yield _kind(child, text, site), text
        elif tag not in {"graphic", "ref"}:
            yield from _blocks(child, site)
        tail = _text(child.tail or "")
        if tail:
            yield "p", tail


def _kind(block: Any, text: str, site: str) -> str:
    """The kind of a text block: "link" when short and all link (another article's title),
    "bold" when one bold run, else "p"."""
    # Links within the page (a heading's own anchor) do not count.
    refs = [ref for ref in block.iter("ref") if not (ref.get("target") or "").startswith("#")]
    if refs and not all(links.leaves_site(ref.get("target") or "", site) for ref in refs):
        linked = sum(len(_text("".join(ref.itertext()))) for ref in refs)
        if is_short_line(text) and linked >= _LINKED_SHARE * len(text):
            return "link"
        if _is_labelled_link(text, linked):
            return "link"
    return "bold" if _all_bold(block) else "italic" if _all_emphasis(block, "#i") else "p"


def _is_labelled_link(text: str, linked: int) -> bool:
    """A short label, a separator and a link to another page ("See also: <title>", in any
    language): the shape of an inline teaser, whatever the label says."""
    label = _LABEL.match(text)
    return (
        label is not None
        and len(text) <= _LABELLED_LINK_LENGTH
        and linked >= _LINKED_SHARE * (len(text) - label.end())
    )


def _all_bold(paragraph: Any) -> bool:
    """A paragraph that is one bold run: how many sites set their subheadings."""
    return _all_emphasis(paragraph, "#b")


def _all_emphasis(paragraph: Any, rend: str) -> bool:
    """A paragraph that is one run of `rend` ("#b" bold, "#i" italic)."""
    children = list(paragraph)
    return (
        paragraph.tag == "p"
        and not (paragraph.text or "").strip()
        and len(children) == 1
        and children[0].tag == "hi"
        and rend in (children[0].get("rend") or "")
        and not (children[0].tail or "").strip()
    )


def _inline_text(element: Any) -> Iterator[str]:
    """Text of an element with line breaks as spaces (whitespace is normalised after)."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag == "lb":
            yield " "
        yield from _inline_text(child)
        if child.tail:
            yield child.tail
