"""trafilatura's XML body as a stream of blocks: ("head", text), ("p", text), and the kinds a block
can be besides ("link": a short block that is all link to another page; "bold", "italic": one run
of emphasis; "listed": an item of a list of links to the site's own pages). `xml_sections` turns
the stream into sections.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from tui.model.format.clean import clean_text
from tui.model.ingest import lazy_re as re
from tui.model.ingest import links
from tui.model.ingest.text import is_short_line, normalise

# Elements of trafilatura's XML whose text is a block of the article.
_BLOCKS = frozenset({"p", "quote", "item", "code", "row"})
# A block holding one of these is a container; inline <code> in a paragraph is not.
_NESTED = (_BLOCKS - {"code"}) | {"head", "list", "table"}
_LINKED_SHARE = 0.9
_LABELLED_LINK_LENGTH = 260
# Up to four words and a separator: "Read also:", "PUEDES VER »", "Mehr dazu |".
_LABEL = re.compile(r"^(?:>>\s*)?[^\W\d][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*(?::|»|>>|\||\s[–—-])\s*")


def clean_value(value: object) -> str:
    """Cleaned, whitespace-normalised text in Unicode's composed form (NFC): a page may spell "ä"
    or Bengali "য়" as two code points, and the same words must read, search and match alike."""
    if not isinstance(value, str):
        return ""
    text = clean_text(normalise(value))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def blocks(element: Any, site: str) -> Iterator[tuple[str, str]]:
    """("head", text) and ("p", text) in document order; loose text between blocks is a block too."""
    loose = clean_value(element.text or "")
    if loose:
        yield "p", loose
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "head":
            text = clean_value("".join(child.itertext()))
            if text:
                yield ("link" if _kind(child, text, site) == "link" else "head"), text
        elif tag == "row":
            cells = [clean_value("".join(cell.itertext())) for cell in child]
            text = " | ".join(c for c in cells if c)
            if text:
                yield "p", text
        elif tag in _BLOCKS and not any(isinstance(c.tag, str) and c.tag in _NESTED for c in child):
            text = clean_value("".join(_inlineclean_value(child)))
            if text:
                yield _kind(child, text, site), text
        elif tag == "list" and _is_link_list(child, site):
            for kind, text in blocks(child, site):
                yield ("listed" if kind == "p" else kind), text
        elif tag not in {"graphic", "ref"}:
            yield from blocks(child, site)
        tail = clean_value(child.tail or "")
        if tail:
            yield "p", tail


def item_texts(element: Any, site: str) -> set[str]:
    """The texts of the blocks that are items of a list (`<li>`), nested ones too: analysis reads them
    as a bulleted run, which the text path shows by its bullets and the HTML path loses."""
    return {
        text
        for found in element.iter("list")
        for kind, text in blocks(found, site)
        if kind in ("p", "bold", "italic", "listed")
    }


_LINK_LIST_SHARE = 0.5


def _is_link_list(element: Any, site: str) -> bool:
    """A list of two or more items each holding a link to the page's own site, half its text
    linked: other stories of the site when it closes the text ("listed" blocks)."""
    items = [item for item in element if item.tag == "item"]
    if len(items) < 2:
        return False
    linked = 0
    for item in items:
        refs = [r for r in item.iter("ref") if not (r.get("target") or "").startswith("#")]
        if not refs or all(links.leaves_site(r.get("target") or "", site) for r in refs):
            return False
        linked += sum(len(clean_value("".join(r.itertext()))) for r in refs)
    text = sum(len(clean_value("".join(item.itertext()))) for item in items)
    return linked >= _LINK_LIST_SHARE * text


def _kind(block: Any, text: str, site: str) -> str:
    """The kind of a text block: "link" when short and all link (another article's title),
    "bold" when one bold run, else "p"."""
    # Links within the page (a heading's own anchor) do not count.
    refs = [ref for ref in block.iter("ref") if not (ref.get("target") or "").startswith("#")]
    if refs and not all(links.leaves_site(ref.get("target") or "", site) for ref in refs):
        linked = sum(len(clean_value("".join(ref.itertext()))) for ref in refs)
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


def _inlineclean_value(element: Any) -> Iterator[str]:
    """Text of an element with line breaks as spaces (whitespace is normalised after)."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag == "lb":
            yield " "
        yield from _inlineclean_value(child)
        if child.tail:
            yield child.tail
