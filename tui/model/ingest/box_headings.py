"""Headings of boxes whose text was left out: the title of a newsletter box, a comment thread or an
author box ("Get the morning briefing", "Reader responses") stays behind when the box's paragraphs
are dropped as furniture, and then heads the rest of the story.

Before trafilatura prunes the page, every h2–h6 is noted with the text of the smallest element that
holds it and something more (its box). After extraction a heading is the box's title, not the
story's, when none of the extracted paragraphs comes from its box: the heading goes and its
paragraphs join the section above. A heading whose box is the article itself always holds some of
its paragraphs, so a story's subheadings stay.
"""

from __future__ import annotations

from typing import Any

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import ArticleSection
from tui.model.ingest.text import normalise

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# A box is the heading's nearest ancestor with at least this much text besides headings.
_MIN_REST = 20
# A paragraph came from a box when this share of its words is in the box (words, not characters:
# the extracted text joins table cells with " | " and drops soft hyphens).
_FROM_BOX = 0.6
_WORDS = re.compile(r"\w+")
# Boxes larger than this share of the page's text are the article (or the page), not a box.
_MAX_SHARE = 0.3


def _visible(element: Any) -> int:
    """Characters of the element's text, spaces and newlines left out."""
    text: str = element.text_content()
    return len(text) - text.count(" ") - text.count("\n")


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _box_words(box: Any) -> frozenset[str]:
    """The box's words, its pieces of text read both joined and apart (a cell or an inline tag)."""
    pieces = list(box.itertext())
    return frozenset(_words(" ".join(pieces)) | _words("".join(pieces)))


def heading_boxes(page: Any) -> dict[str, list[frozenset[str]]]:
    """Each heading's text -> the words of each box it heads (empty: no box), read before pruning."""
    body = next(page.iter("body"), None)
    if body is None:
        return {}
    limit = _MAX_SHARE * _visible(body)
    sizes: dict[Any, tuple[int, int]] = {}  # element -> (its text, its headings' text), counted once

    def size(element: Any) -> tuple[int, int]:
        if element not in sizes:
            heads = sum(_visible(h) for h in element.iter("h1", *_HEADINGS))
            sizes[element] = (_visible(element), heads)
        return sizes[element]

    boxes: dict[str, list[frozenset[str]]] = {}
    for heading in body.iter(*_HEADINGS):
        title = normalise(heading.text_content())
        if not title:
            continue
        box = heading.getparent()
        while box is not None and box is not body:
            chars, heads = size(box)
            if chars - heads >= _MIN_REST:  # text besides headings: a title block is no box
                break
            box = box.getparent()
        if box is None or box is body or size(box)[0] > limit:
            boxes.setdefault(title, []).append(frozenset())  # no box: a heading of the page's text
            continue
        boxes.setdefault(title, []).append(_box_words(box))
    return boxes


def _from_box(paragraph: str, box: frozenset[str]) -> bool:
    words = _words(paragraph)
    return len(words & box) >= _FROM_BOX * len(words)


def _heads_nothing(section: ArticleSection, boxes: list[frozenset[str]]) -> bool:
    """Whether every box of the section's heading is a box and gave none of its paragraphs."""
    return all(box and not any(_from_box(p, box) for p in section.paragraphs) for box in boxes)


def without_box_headings(
    sections: tuple[ArticleSection, ...], boxes: dict[str, list[frozenset[str]]]
) -> tuple[ArticleSection, ...]:
    """The sections with every heading whose box gave no paragraph merged into the section above."""
    if not boxes:
        return sections
    merged: list[ArticleSection] = []
    for section in sections:
        found = boxes.get(normalise(section.heading)) if section.heading else None
        orphan = bool(found) and _heads_nothing(section, found or [])
        if orphan and merged:
            above = merged[-1]
            merged[-1] = ArticleSection(above.heading, above.paragraphs + section.paragraphs)
        elif orphan:
            merged.append(ArticleSection("", section.paragraphs))
        else:
            merged.append(section)
    return tuple(merged)
