"""Subheadings trafilatura dropped, put back where the page sets them.

When trafilatura does not find the article's container it recovers the text paragraph by paragraph
and leaves the `<h2>`–`<h5>` between them out (a WordPress story, a template whose container is
named like a sidebar). The paragraphs are all there; only the sections are lost.

Before trafilatura prunes the page, each subheading is noted with the start of the text that
follows it on the page. After extraction, a noted heading that no section carries starts a section
at the one paragraph that begins with that text. A heading whose next text the draft did not keep (a
teaser card's title over its date, a box's title over links) finds no paragraph and stays out, and
the rules that refuse headings (a repeated title, "Related", a byline, a date) refuse these too.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from typing import Any

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import ArticleSection
from tui.model.ingest.xml_blocks import clean_value

_HEADINGS = ("h2", "h3", "h4", "h5")
# Elements between a heading and its text that are not the text: a picture, its caption, an ad slot.
_SKIPPED = frozenset({"figure", "picture", "img", "aside", "script", "style", "noscript", "iframe", "svg"})
_HEADING_LENGTH = 200
# A paragraph is the heading's when its first words are the words after the heading on the page.
_LEAD_WORDS = 8
# How many texts after a heading are noted: a kept paragraph may follow an embed and a credit.
_LEADS = 3
# Fewer words than this after a heading ("Read more") could start many paragraphs: not a mark.
_MIN_LEAD_WORDS = 4
# How far up from a heading to look for the text after it (`<div><h3>…</h3></div><p>…`).
_MAX_CLIMB = 3
_WORDS = re.compile(r"\w+")
# A heading's box (its nearest ancestor with text of its own besides it) smaller than this, with a
# link outside the box's paragraphs, is a teaser card: its title, an excerpt, a picture or a button
# that links to the story. A story's subheading sits in the story's box.
_CARD_LENGTH = 1000


Lead = tuple[str, ...]  # the first words of a text, folded
Mark = tuple[str, tuple[Lead, ...]]  # a heading and the leads of the texts after it


def _lead_key(text: str) -> Lead:
    return tuple(word.casefold() for word in _WORDS.findall(text)[:_LEAD_WORDS])


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


class _Texts(dict[Any, str]):
    """Each element's cleaned text, read once: a story's box is asked for by each of its headings."""

    def __missing__(self, element: Any) -> str:
        text = self[element] = clean_value(element.text_content())
        return text


def _texts_after(heading: Any, texts: _Texts) -> Iterator[str]:
    """The texts the page shows after the heading, in order, pictures and ads skipped; they end
    with the next heading or with the heading's box (a card's title heads no more than its box)."""
    node = heading
    title = texts[heading]
    for _ in range(_MAX_CLIMB):
        if clean_value(node.tail):
            yield clean_value(node.tail)
        for sibling in node.itersiblings():
            tag = _tag(sibling)
            if tag and tag not in _SKIPPED and texts[sibling]:
                if tag in _HEADINGS or tag == "h1":
                    return
                yield texts[sibling]
            if clean_value(sibling.tail):
                yield clean_value(sibling.tail)
        parent = node.getparent()
        # Climb only out of a wrapper that holds the heading alone.
        if parent is None or texts[parent] != title:
            return
        node = parent


def _in_card(heading: Any, title: str, texts: _Texts) -> bool:
    """Whether the heading titles a teaser card (see `_CARD_LENGTH`)."""
    box = heading.getparent()
    while box is not None and texts[box] == title:
        box = box.getparent()
    if box is None or len(texts[box]) > _CARD_LENGTH:
        return False
    return any(
        (anchor.get("href") or "#")[:1] != "#"
        and not any(_tag(above) == "p" for above in anchor.iterancestors() if box in above.iterancestors())
        for anchor in box.iter("a")
    )


def page_subheadings(page: Any) -> list[Mark]:
    """Each subheading of the page with the first words of the texts after it, in page order; read
    before trafilatura prunes the tree."""
    body = next(page.iter("body"), None)
    if body is None:
        return []
    marks: list[Mark] = []
    texts = _Texts()
    for heading in body.iter(*_HEADINGS):
        title = texts[heading]
        if not title or len(title) > _HEADING_LENGTH:
            continue
        leads = tuple(_lead_key(text) for text in itertools.islice(_texts_after(heading, texts), _LEADS))
        if leads and not _in_card(heading, title, texts):
            marks.append((title, leads))
    return marks


def _place(result: list[tuple[str, list[str]]], leads: tuple[Lead, ...]) -> tuple[int, int] | None:
    """(section, paragraph) of the one paragraph the first kept text after a heading starts. Texts
    the draft left out (an embed's placeholder, a credit) are passed over; a short one the draft
    kept, or words that start several paragraphs, leave no telling where the heading goes."""
    for lead in leads:
        places = [
            (index, position)
            for index, (_, paragraphs) in enumerate(result)
            for position, paragraph in enumerate(paragraphs)
            if _lead_key(paragraph) == lead
        ]
        if places:
            return places[0] if len(places) == 1 and len(lead) >= _MIN_LEAD_WORDS else None
    return None


def _fold(text: str) -> str:
    return " ".join(_WORDS.findall(text)).casefold()


def with_lost_headings(
    sections: tuple[ArticleSection, ...],
    marks: list[Mark],
    refused: Callable[[str], bool],
) -> tuple[ArticleSection, ...]:
    """`sections` with each noted heading no section carries set over the one paragraph its page
    text starts; `refused(heading)` is true for a heading the section rules leave out."""
    carried = {_fold(section.heading) for section in sections if section.heading}
    result = [(section.heading, list(section.paragraphs)) for section in sections]
    for title, leads in marks:
        if _fold(title) in carried or refused(title):
            continue
        place = _place(result, leads)
        if place is None:
            continue  # not kept, or the same words start several paragraphs: no telling which
        index, position = place
        heading, paragraphs = result[index]
        # The heading kept as a line of text over its paragraph: that line becomes the heading again.
        echoed = bool(position) and _fold(paragraphs[position - 1]) == _fold(title)
        start = position - 1 if echoed else position
        if start == 0 and (heading or index == 0):
            # Over a heading already (the page's own nesting), or over the story's first paragraph
            # (a dek or a kicker the page set as a heading): left as it is.
            continue
        rest = paragraphs[position:]
        if start == 0:
            result[index] = (title, rest)
        else:
            result[index] = (heading, paragraphs[:start])
            result.insert(index + 1, (title, rest))
        carried.add(_fold(title))
    return tuple(ArticleSection(heading, tuple(paragraphs)) for heading, paragraphs in result)
