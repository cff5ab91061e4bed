"""Page furniture found by what the page's template calls it, removed before trafilatura reads the page.

Templates name their boxes: `newsletter-promo`, `author-bio`, `related-posts`,
`image-copyright`, `affiliate-disclaimer`. trafilatura discards many such
names on container elements, but a box set as a `<p>`, `<em>` or `<li>`, or
named with a word it does not know, reaches the text. Here an element goes
when one word of its class or id (split at `-`, `_` and camelCase) says it is
not the article, and it is small next to the article: a template that names
its whole body "read-more" keeps it.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from typing import Any

from lxml import etree

from tui.model.ingest import lazy_re as re

# Words of a class or id that say "not this article's text". Whole words only: "ad" must not
# match "header", "bio" not "biology".
_FURNITURE_WORDS = frozenset(
    {
        # Asks: newsletters, subscriptions, memberships, donations, promotions.
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "paywall",
        "donate",
        "donation",
        "membership",
        "optin",
        # Other articles.
        "related",
        "recommended",
        "recommendations",
        "morestories",
        "linkbox",
        "linklist",
        # Disclosures, credits and captions.
        "disclaimer",
        "disclosure",
        "copyright",
        "credit",
        "credits",
        # About the author.
        "bio",
        "authorbio",
        "biography",
        # Social prompts.
        "social",
        "siguenos",
        "follow",
        # Advertising.
        "advert",
        "advertisement",
        "sponsor",
        "sponsored",
        "anzeige",
        "werbung",
        # Comments.
        "kommentar",
        "kommentare",
    }
)
# Text shown to screen readers only ("visually-hidden", "sr-only", "screen-reader-text"): a label
# for a landmark ("Article content") or an icon, never seen on the page.
_SCREEN_READER_WORDS = frozenset({"visuallyhidden", "sronly", "screenreader", "srtext"})
_SCREEN_READER_LENGTH = 200
# Two-word names ("read-more", "more-stories", "link-list", "author-box", "sr-only"), joined before lookup.
_PAIRS = (
    frozenset({"morestories", "linkbox", "linklist", "authorbio", "signup", "optin"}) | _SCREEN_READER_WORDS
)
# Captions go only where a page has a few pictures: in a gallery, the captions are the text.
_CAPTION_WORDS = frozenset({"caption", "figcaption", "dida", "bildunterschrift", "legende", "leyenda"})
_MAX_CAPTIONS = 4
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# An element holding more than this share of the page's paragraph text is the article, whatever it
# is called; so is any element holding the headline.
_MAX_SHARE = 0.3
_TAGS = frozenset(
    {"div", "section", "aside", "p", "span", "em", "i", "b", "strong", "small", "ul", "ol", "li", "figure"}
    | {"figcaption", "blockquote", "h2", "h3", "h4", "h5", "h6", "header", "footer", "a", "table", "dl"}
)


def name_words(element: Any) -> frozenset[str]:
    """The words of an element's class and id, lower case, with adjacent pairs joined."""
    return _name_words(element.get("class") or "", element.get("id") or "")


@functools.lru_cache(maxsize=4096)
def _name_words(class_name: str, element_id: str) -> frozenset[str]:
    # Cached: a template repeats a few names over thousands of elements.
    words: set[str] = set()
    for value in (class_name, element_id):
        for token in value.split():
            parts = [p.lower() for p in _WORD.findall(token)]
            words.update(parts)
            words.update(a + b for a, b in itertools.pairwise(parts) if a + b in _PAIRS)
    return frozenset(words)


def is_named_furniture(element: Any, *, captions: bool = True) -> bool:
    """Whether the element's name says furniture; `captions`: whether a caption counts."""
    words = name_words(element)
    if captions and (element.tag == "figcaption" or words & _CAPTION_WORDS):
        return True
    return bool(words & _FURNITURE_WORDS)


def _is_caption(element: Any) -> bool:
    return element.tag == "figcaption" or bool(
        (element.get("class") or element.get("id")) and name_words(element) & _CAPTION_WORDS
    )


def drop_named_furniture(page: Any) -> int:
    """Remove the small elements the template names as furniture; how many went."""
    body = next(page.iter("body"), None)
    if body is None:
        return 0
    total = sum(len(p.text_content()) for p in body.iter("p")) or len(body.text_content())
    limit = max(_MAX_SHARE * total, 1)
    captions = sum(_is_caption(e) for e in body.iter() if isinstance(e.tag, str)) <= _MAX_CAPTIONS
    doomed: list[Any] = []
    gone: set[Any] = set()
    for element in body.iter():
        if not (isinstance(element.tag, str) and element.tag in _TAGS):
            continue
        if not (element.get("class") or element.get("id") or element.tag == "figcaption"):
            continue
        if not is_named_furniture(element, captions=captions):
            continue
        if any(ancestor in gone for ancestor in element.iterancestors()):
            continue
        if len(element.text_content()) > limit or next(element.iter("h1"), None) is not None:
            continue
        doomed.append(element)
        gone.add(element)
    for element in doomed:
        element.drop_tree()
    return len(doomed)


# Block elements a link wraps when it is a card (a teaser's title and excerpt, one click target).
_CARD_BLOCKS = frozenset(
    {"h2", "h3", "h4", "h5", "h6", "p", "div", "li", "ul", "figure", "article", "section"}
)
_CARD_MAX_SHARE = 0.1


def drop_card_links(page: Any) -> int:
    """Remove links that wrap blocks: a teaser card ("<a href><h3>title</h3><p>excerpt</p></a>")
    makes its title and excerpt one click target, where a link in the story wraps words. Small
    next to the page's paragraph text, and never one holding the headline."""
    body = next(page.iter("body"), None)
    if body is None:
        return 0
    total = sum(len(p.text_content()) for p in body.iter("p")) or len(body.text_content())
    limit = max(_CARD_MAX_SHARE * total, 1)
    doomed = [
        link
        for link in body.iter("a")
        if (link.get("href") or "#")[:1] != "#"
        and any(isinstance(child.tag, str) and child.tag in _CARD_BLOCKS for child in link.iterdescendants())
        and next(link.iter("h1"), None) is None
        and len(link.text_content()) <= limit
    ]
    return _drop_outermost(doomed)


def drop_screen_reader_text(page: Any) -> int:
    """Remove short texts the template shows to screen readers only; how many went. Never one
    holding the headline (a page may hide its `<h1>` and show the title otherwise)."""
    body = next(page.iter("body"), None)
    if body is None:
        return 0
    return _drop_outermost(
        element
        for element in body.iter()
        if isinstance(element.tag, str)
        and element.get("class")
        and name_words(element) & _SCREEN_READER_WORDS
        and len(element.text_content()) <= _SCREEN_READER_LENGTH
        and next(element.iter("h1"), None) is None
    )


# Readers' comment threads, named as trafilatura names them when it prunes them (its
# REMOVE_COMMENTS_AND_LISTS_XPATH, trafilatura 2.3): an id or class that starts "comment" but not
# "commentary", Disqus's boxes, "article-comments" and "post-comments". trafilatura prunes them
# only after reading the page's metadata on the whole tree, and the passes here walk them too:
# on a page made big by its thread that was a third of the run.
_THREAD_ID = r"^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)"
_THREAD_LIST_ID = r"^(?:[Cc]omment(?!ary)|comol)"
_THREAD_CLASS = r"^[Cc]omment(?!ary)|(?:article|post)-comments"
_COMMENT_THREADS = etree.XPath(
    f"""//*[self::div or self::section or self::details or self::ol or self::ul]
    [re:test(@id, '{_THREAD_ID}') or re:test(@class, '{_THREAD_CLASS}')]
    [not(self::ol or self::ul) or re:test(@id, '{_THREAD_LIST_ID}') or re:test(@class, '{_THREAD_CLASS}')]""",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)
# A forum's posts sit in such boxes and are its text (trafilatura's own exception).
_FORUM_POSTING = re.compile(r'"@type"\s*:\s*(?:"DiscussionForumPosting"|\[[^\]]*"DiscussionForumPosting")')


def drop_comment_threads(page: Any) -> int:
    """Remove readers' comment threads, except where the page is a forum thread; how many went.
    Never a box that holds the headline."""
    if any(
        script.text and _FORUM_POSTING.search(script.text)
        for script in page.iterfind(".//script[@type='application/ld+json']")
    ):
        return 0
    return _drop_outermost(
        element for element in _COMMENT_THREADS(page) if next(element.iter("h1"), None) is None
    )


def _drop_outermost(elements: Iterable[Any]) -> int:
    """Remove each element (its tail stays) unless one already removed holds it; how many went."""
    gone: set[Any] = set()
    for element in list(elements):
        if not any(ancestor in gone for ancestor in element.iterancestors()):
            element.drop_tree()
            gone.add(element)
    return len(gone)
