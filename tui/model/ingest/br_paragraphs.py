"""Story text set loose in a box with line breaks, made into paragraphs before trafilatura reads it.

Older templates write a story as bare text in one `<div>`, its paragraphs parted by `<br>`s and its
links inline: `<div>Army." <br><br>In a <a>speech</a> in Rome, Gates said …<br><br>…</div>`.
trafilatura (2.3) reads such a box's own text as one paragraph and each link, with the text after
it, as another, and trims the space after the link: the draft showed "In a" and "speechin Rome,
Gates said …" as two paragraphs. Wrapping each line of such a box in a `<p>` (as Readability does
with runs of `<br>`) lets trafilatura read the links inside their sentence, as it does in any
paragraph. Only the box's own lines are wrapped: its block children (a picture box, a list, a
table) stay where they are, as the boundaries between lines.
"""

from __future__ import annotations

from typing import Any

from lxml import html as lxml_html

# Boxes whose loose text is read as paragraphs.
_BOXES = frozenset({"div", "td", "section", "article", "main", "center", "font", "blockquote", "body"})
# What a line of text may hold and still be one line of prose.
_INLINE = frozenset(
    {
        "a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    }
)  # fmt: skip
# A box is loose story text when it has this much text of its own, outside any child element.
_MIN_LOOSE_CHARS = 80
_MIN_BREAKS = 2


def wrap_loose_lines(page: Any) -> None:
    """Wrap the lines of every box of loose, `<br>`-parted text in `<p>` elements, in place."""
    boxes = [box for box in page.iter(*_BOXES) if _holds_loose_lines(box)]
    for box in boxes:
        _wrap_lines(box)


def _holds_loose_lines(box: Any) -> bool:
    breaks = 0
    loose = len((box.text or "").strip())
    for child in box:
        if child.tag == "br":
            breaks += 1
        loose += len((child.tail or "").strip())
    return breaks >= _MIN_BREAKS and loose >= _MIN_LOOSE_CHARS


def _is_inline(element: Any) -> bool:
    """A child that belongs inside a line: an inline tag holding no block of its own."""
    if not isinstance(element.tag, str):  # a comment or processing instruction rides along
        return True
    if element.tag not in _INLINE:
        return False
    return all(
        not isinstance(inner.tag, str) or inner.tag in _INLINE or inner.tag == "br"
        for inner in element.iterdescendants()
    )


def _wrap_lines(box: Any) -> None:
    """Rebuild the box's children: each run of text and inline children between `<br>`s and block
    children becomes one `<p>`; the `<br>`s that parted them go."""
    children = list(box)
    lines: list[Any] = []  # the new children, in order
    line = _new_line()
    line.text = box.text
    box.text = None
    for child in children:
        box.remove(child)
        tail, child.tail = child.tail, None
        if child.tag == "br" or not _is_inline(child):
            _close(line, lines)
            if child.tag != "br":
                lines.append(child)
            line = _new_line()
            line.text = tail
            continue
        line.append(child)
        child.tail = tail
    _close(line, lines)
    box.extend(lines)


def _new_line() -> Any:
    return lxml_html.Element("p")


def _close(line: Any, lines: list[Any]) -> None:
    """Keep the line when it holds any text or element (a link alone is still a line)."""
    if (line.text or "").strip() or len(line):
        lines.append(line)
