"""A story that a template split into sibling containers, read whole.

Page builders set each stretch of a story in its own box (`<div class="text-block">`,
one per paragraph group, with a picture or a table box between them); trafilatura
picks one box as the main text and the story loses its other stretches. Such a page
has two or more siblings of one tag and class that each hold paragraph text. When
the extracted text comes from some of them and not all, the chunks are read again, in
their order (each chunk read on its
own, so trafilatura's and our furniture rules still apply; headings between them kept).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from lxml import etree

from tui.model.ingest import dom_furniture
from tui.model.ingest.article import ArticleSection

# A chunk holds at least this much paragraph text; the chunks of a group together at least the total.
_CHUNK_CHARS = 150
_GROUP_CHARS = 400
# A chunk is read when an extracted paragraph of this length is in it.
_KNOWN_PARAGRAPH = 40
_HEADINGS = frozenset({"h2", "h3", "h4"})
# The whole is kept when it holds this share of what was read, and adds this much prose.
_KEEPS = 0.9
_GAIN = 150
_PROSE_LENGTH = 80


def story_chunks(page: Any) -> list[list[str]]:
    """The paragraph texts of each chunk of each group of sibling text containers, in page order."""
    return [[text for _, text in group] for group in _groups(page)]


def read_whole(
    sections: tuple[ArticleSection, ...],
    chunks: list[list[str]],
    text: str,
    *,
    parse: Callable[[str], Any],
    read: Callable[[Any], tuple[ArticleSection, ...]],
) -> tuple[ArticleSection, ...]:
    """The story read from every chunk of the group trafilatura read in part (`parse` a page's
    text to a tree, `read` a tree's sections); kept only when it holds what was read and more prose."""
    paragraphs = [p for s in sections for p in s.paragraphs]
    index = missed_group(chunks, paragraphs)
    page = parse(text) if index is not None else None
    if page is None or index is None:
        return sections
    dom_furniture.drop_comment_threads(page)
    dom_furniture.drop_named_furniture(page)
    dom_furniture.drop_card_links(page)
    parts: list[tuple[str, list[str]]] = [("", [])]
    for kind, value in stretch_parts(page, index):
        if kind == "head":
            parts.append((value, []))
            continue
        chunk = parse(value)
        read_sections = read(chunk) if chunk is not None else ()
        if not _is_prose(read_sections):
            continue  # a box of teasers' titles and dates beside the story's boxes
        for number, section in enumerate(read_sections):
            if number or section.heading:
                parts.append((section.heading, []))
            parts[-1][1].extend(section.paragraphs)
    joined = tuple(ArticleSection(h, tuple(p)) for h, p in parts if p)
    found = {p for s in joined for p in s.paragraphs}
    known = set(paragraphs)
    kept = sum(len(p) for p in paragraphs if p in found)
    added = [p for p in found if p not in known]
    prose = sum(len(p) for p in added if len(p) >= _PROSE_LENGTH)
    # What the other chunks add must be prose, not a list of teasers' titles and dates.
    if kept >= _KEEPS * sum(map(len, paragraphs)) and prose >= max(_GAIN, sum(map(len, added)) / 2):
        return joined
    return sections


def _is_prose(sections: tuple[ArticleSection, ...]) -> bool:
    """Whether at least half a box's text is in paragraphs long enough to be prose."""
    paragraphs = [p for s in sections for p in s.paragraphs]
    return sum(len(p) for p in paragraphs if len(p) >= _PROSE_LENGTH) * 2 >= sum(map(len, paragraphs))


def missed_group(chunks: list[list[str]], paragraphs: list[str]) -> int | None:
    """The first group of which the extracted paragraphs read some chunks and miss others."""
    known = [p for p in paragraphs if len(p) >= _KNOWN_PARAGRAPH]
    if not known:
        return None
    for index, group in enumerate(chunks):
        read = [any(p in text for p in known) for text in group]
        missed = [not r and len(text) >= _CHUNK_CHARS for r, text in zip(read, group, strict=True)]
        if any(read) and any(missed):
            return index
    return None


def stretch_parts(page: Any, index: int) -> list[tuple[str, str]]:
    """The page from the group's first chunk to its last, in order: ("chunk", a page holding one
    chunk) to be read on its own, and ("head", text) for a heading set between two chunks."""
    groups = list(_groups(page))
    if index >= len(groups):
        return []
    group = [member for member, _ in groups[index]]
    children = list(group[0].getparent())
    first, last = children.index(group[0]), children.index(group[-1])
    parts: list[tuple[str, str]] = []
    for child in children[first : last + 1]:
        if child in group:
            markup = etree.tostring(child, encoding="unicode", with_tail=False)
            parts.append(("chunk", f"<html><body><article>{markup}</article></body></html>"))
        elif isinstance(child.tag, str) and child.tag in _HEADINGS:
            parts.append(("head", " ".join(child.text_content().split())))
    return parts


def _groups(page: Any) -> Iterator[list[tuple[Any, str]]]:
    """Each group of sibling `<div>`s or `<section>`s of one class, two or more holding text, with
    the paragraph text of each member; in the order of their first member in the page."""
    body = next(page.iter("body"), None)
    if body is None:
        return
    by_name: dict[tuple[Any, str, str], list[Any]] = {}
    for element in body.iter("div", "section"):
        name = element.get("class")
        if name:
            by_name.setdefault((element.getparent(), element.tag, name), []).append(element)
    for members in by_name.values():
        # The whole text bounds the paragraph text, and costs less to measure.
        if len(members) < 2 or sum(len(m.text_content()) >= _CHUNK_CHARS for m in members) < 2:
            continue
        texts = [_paragraph_text(m) for m in members]
        sizes = [len(t) for t in texts]
        if sum(size >= _CHUNK_CHARS for size in sizes) >= 2 and sum(sizes) >= _GROUP_CHARS:
            yield list(zip(members, texts, strict=True))


_PARAGRAPH_TEXT = etree.XPath(".//p//text()")


def _paragraph_text(element: Any) -> str:
    """The text of an element's paragraphs, whitespace runs as one space: each paragraph of it is
    a substring (joined without a gap, so a word split by inline markup stays whole)."""
    return " ".join("".join(_PARAGRAPH_TEXT(element)).split())
