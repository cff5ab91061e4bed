"""Captions nobody named: the short line a template sets right under a picture, in a box that holds
only the two ("<div><img><span>Boats at low water (Photo: Jane Example)</span></div>").

Named captions (`figcaption`, `class="caption"`) go in `dom_furniture`; this finds the unnamed ones
by their place. A line goes when its box holds a picture and nothing else, it is short, and it is
set in an inline or caption-like element, never a `<p>` (templates put a story's first paragraph
next to its picture in one box). On a page where such lines are a large share of the text (a
gallery, a photo story) they are the text, and all stay.
"""

from __future__ import annotations

from typing import Any

_PICTURES = frozenset({"img", "picture", "svg", "video"})
_LINE_TAGS = frozenset({"span", "small", "em", "i", "cite", "div", "figcaption", "font", "sub"})
_BOXES = frozenset({"div", "figure", "p", "a", "span", "center", "section"})
_MAX_LINE = 250
_MAX_SHARE = 0.15


def _is_picture(element: Any) -> bool:
    """An image, or an element (a link, a wrapper) holding an image and no text."""
    if element.tag in _PICTURES:
        return True
    return (
        any(child.tag in _PICTURES for child in element.iter() if isinstance(child.tag, str))
        and not element.text_content().strip()
    )


def _caption_of(box: Any) -> Any:
    """The box's caption line when the box is a picture and one short line, else None."""
    if box.tag not in _BOXES or (box.text or "").strip():
        return None
    children = [child for child in box if isinstance(child.tag, str) and child.tag != "br"]
    if len(children) != 2 or any((child.tail or "").strip() for child in children):
        return None
    picture, line = children
    if not _is_picture(picture) or line.tag not in _LINE_TAGS or _is_picture(line):
        return None
    text = line.text_content().strip()
    if (
        not text
        or len(text) > _MAX_LINE
        or next(line.iter("p", "h1", "h2", "h3", "ul", "ol"), None) is not None
    ):
        return None
    return line


def _picture_boxes(body: Any) -> list[Any]:
    """The elements a picture sits in: its parent, and the parent's parent where the parent only
    wraps the picture (a link, a `<picture>`). Found from the pictures: a page has few."""
    boxes: dict[Any, None] = {}
    for picture in body.iter(*_PICTURES):
        parent = picture.getparent()
        if parent is None:
            continue
        boxes[parent] = None
        if parent.getparent() is not None and _is_picture(parent):
            boxes[parent.getparent()] = None
    return list(boxes)


def drop_image_captions(page: Any) -> int:
    """Remove unnamed caption lines under pictures; how many went (none on a photo story)."""
    body = next(page.iter("body"), None)
    if body is None:
        return 0
    lines = [line for box in _picture_boxes(body) if (line := _caption_of(box)) is not None]
    if not lines:
        return 0
    total = sum(len(p.text_content()) for p in body.iter("p")) or len(body.text_content())
    if sum(len(line.text_content()) for line in lines) > _MAX_SHARE * total:
        return 0
    for line in lines:
        line.drop_tree()
    return len(lines)
