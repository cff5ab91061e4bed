"""The standfirst a page shows under its headline, read from the page before trafilatura prunes it.

Templates set the lead in its own element ("intro", "teaser", "lead",
"excerpt"…) in the article's header, outside the body that trafilatura
extracts, and the page's meta description often says something else. What a
reader sees is the visible one: it is the dek when it is not already text.
"""

from __future__ import annotations

import functools
from typing import Any

from lxml import etree

from tui.model.ingest import lazy_re as re
from tui.model.ingest.text import normalise

# Class or id words that mark a standfirst (dek) in page templates.
_WORDS = ("standfirst", "dek", "lede", "subtitle", "subhead", "summary", "intro", "teaser", "excerpt")
_TAGS = ("p", "div", "h2", "span", "section")
# Whole class tokens only: "lead" is also the start of "leaderboard" (an ad slot).
_TOKENS = frozenset({"lead", "leadtext", "lead-text", "article-lead", "kicker-text"})
_TOKEN_SPLIT = re.compile(r"\s+")
# Containers of other articles' teasers, never this article's lead.
_ELSEWHERE_TAGS = frozenset({"nav", "aside", "footer", "form"})
_ELSEWHERE_WORDS = (
    "related",
    "sidebar",
    "recommend",
    "more-",
    "teaser-list",
    "teaserlist",
    "latest",
    "popular",
)
_BLOCK_TAGS = frozenset({"p", "div", "li", "ul", "ol", "section", "article", "h1", "h2", "h3", "h4", "table"})
_LEAD_MIN, _LEAD_MAX = 60, 1000
_HIDDEN = ("script", "style", "noscript", "template")
_VISIBLE_TEXT = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _names(element: Any) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def _marked(element: Any) -> bool:
    names = _names(element)
    parent = element.getparent()
    if parent is not None:
        names += " " + _names(parent)
    return _marks_standfirst(names)


@functools.lru_cache(maxsize=4096)
def _marks_standfirst(names: str) -> bool:
    # Cached: a template repeats a few names over thousands of elements.
    if any(word in names for word in _WORDS):
        return True
    return ("lead" in names or "kicker" in names) and bool(_TOKENS & set(_TOKEN_SPLIT.split(names)))


def standfirst_texts(page: Any) -> set[str]:
    """Texts the page shows as a standfirst: in the article's header, or in an element whose
    class or id (or its parent's) says so. A dek among them repeated as the first paragraph is
    not text."""
    marked: list[Any] = [e for header in page.iter("header") for e in header.iter(*_TAGS[:4])]
    marked += [element for element in page.iter(*_TAGS) if _marked(element)]
    found: set[str] = set()
    for element in marked:
        text = normalise(element.text_content())
        if 0 < len(text) <= _LEAD_MAX:
            found.add(text)
    return found


def _elsewhere(element: Any, article: set[Any]) -> bool:
    """Whether the element sits in a container of other articles' teasers. Containers that hold
    the headline are the article's own (or the whole page's, whose names say "no-sidebar")."""
    for ancestor in element.iterancestors():
        if ancestor in article:
            return False
        if ancestor.tag in _ELSEWHERE_TAGS or any(word in _names(ancestor) for word in _ELSEWHERE_WORDS):
            return True
    return False


def _is_subtitle(element: Any, headline: Any) -> bool:
    """A heading or paragraph set beside the headline in the same `<hgroup>` or `<header>`:
    the template's subtitle, whatever its class."""
    parent = element.getparent()
    return (
        headline is not None
        and element.tag in ("h2", "p")
        and parent is not None
        and parent is headline.getparent()
        and parent.tag in ("hgroup", "header")
    )


def visible_lead(page: Any) -> str:
    """The first marked standfirst after the page's first <h1> that reads as a sentence: the
    lead the page shows, "" if none. Read before trafilatura prunes the tree."""
    headline = next(page.iter("h1"), None)
    after_headline = headline is None
    article = set(headline.iterancestors()) if headline is not None else set()
    for element in page.iter():
        if element is headline:
            after_headline = True
            continue
        if not (
            after_headline and element.tag in _TAGS and (_marked(element) or _is_subtitle(element, headline))
        ):
            continue
        if any(
            isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element.iterdescendants()
        ):
            continue  # a container: the lead is one block of text
        text = normalise(element.text_content())
        if (
            _LEAD_MIN <= len(text) <= _LEAD_MAX
            and _SENTENCE_END.search(text)
            and not _elsewhere(element, article)
        ):
            return text
    return ""


def shows(page: Any, text: str) -> bool:
    """Whether the page's visible body holds `text` (a meta description may be shown or not).
    Script text does not count: a page's JSON state repeats its description unseen."""
    body = next(page.iter("body"), None)
    if body is None or text not in normalise(body.text_content()):
        return False
    if not any(text in normalise(hidden.text or "") for hidden in body.iter(*_HIDDEN)):
        return True  # the quick answer on most pages; the full one reads every text node
    return text in normalise("".join(_VISIBLE_TEXT(body)))
