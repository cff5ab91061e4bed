"""Headings that are links to the site's other stories: a teaser's title, not a part of this text.

A teaser card sets another story's title as a heading (or a bold line) that links to it, with its
excerpt under it; a "Read more" line in bold capitals between paragraphs links to another story of
the site. trafilatura drops the link from a heading, so the draft would read the title as a
section of the text. Before trafilatura prunes the page, each heading and paragraph whose text is
all link is noted with where its links go. After extraction, a heading noted so whose links stay
on the site is not a heading: set as a page heading with no more than an excerpt under it, the
section is a teaser and goes; otherwise only the line goes (a bold link between two paragraphs of
the story leaves both). A heading that links off the site (a shop,
a source) names the thing the section is about and stays.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from tui.model.ingest import links
from tui.model.ingest.article import ArticleSection
from tui.model.ingest.xml_blocks import clean_value

_LINES = ("p", "h2", "h3", "h4", "h5", "h6")
_LINE_LENGTH = 200
# Share of a line's characters its links must hold to be all link (a trailing mark may be loose).
_LINKED_SHARE = 0.9
# A section under a linked heading is a teaser when it holds no more than one paragraph this short.
_EXCERPT_LENGTH = 300


class LinkedLine(NamedTuple):
    targets: tuple[str, ...]
    is_heading: bool  # set as `<h2>`–`<h6>`, not as a paragraph


def page_linked_lines(page: Any) -> dict[str, LinkedLine]:
    """Each short heading or paragraph of the page that is all link -> where it links."""
    body = next(page.iter("body"), None)
    if body is None:
        return {}
    found: dict[str, LinkedLine] = {}
    for line in body.iter(*_LINES):
        text = clean_value(line.text_content())
        if not text or len(text) > _LINE_LENGTH:
            continue
        anchors = [a for a in line.iter("a") if (a.get("href") or "#")[:1] != "#"]
        if not anchors:
            continue
        linked = sum(len(clean_value(a.text_content())) for a in anchors)
        if linked >= _LINKED_SHARE * len(text):
            targets = tuple(a.get("href") or "" for a in anchors)
            seen_as_heading = text in found and found[text].is_heading
            found[text] = LinkedLine(targets, line.tag != "p" or seen_as_heading)
    return found


def without_linked_headings(
    sections: tuple[ArticleSection, ...], linked: dict[str, LinkedLine], site: str
) -> tuple[ArticleSection, ...]:
    """`sections` without the headings that link to the site's other stories (see above)."""
    result: list[ArticleSection] = []
    for section in sections:
        line = linked.get(section.heading)
        if line is None or all(links.leaves_site(target, site) for target in line.targets):
            result.append(section)
            continue
        paragraphs = section.paragraphs
        if line.is_heading and len(paragraphs) <= 1 and all(len(p) <= _EXCERPT_LENGTH for p in paragraphs):
            continue  # a teaser: the title and its excerpt
        if result:
            previous = result.pop()
            result.append(ArticleSection(previous.heading, previous.paragraphs + paragraphs))
        else:
            result.append(ArticleSection("", paragraphs))
    return tuple(result)
