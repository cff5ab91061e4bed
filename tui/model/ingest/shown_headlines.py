"""The headline as the page shows it over the story, with its kicker: not a heading of the text.

News templates set the headline in parts: a kicker (a topic line, "Dachzeile", "catchline") and
the headline proper, often in a heading element of their own besides the `<h1>` a crawler reads,
and often worded otherwise than the page's `<title>` ("USA stoppen Schattentanker" over "Acht
Namen, vier Flaggen …"). trafilatura reads such a block as the text's first heading. It is known by
where it stands, in the `<header>` or `<hgroup>` that HTML gives an article's headline, or by what
the template calls its parts: a part named as a kicker or a headline. A heading that labels its
`<article>` for screen readers (`aria-labelledby`) names the article too, as the headline or as a
bare "Article": never a part of its text. A heading in several lines broken by `<br>` over the
story is the headline's list of subtitles (a heading is one line).
"""

from __future__ import annotations

from typing import Any

from tui.model.ingest import lazy_re as re
from tui.model.ingest.dom_furniture import name_words
from tui.model.ingest.xml_blocks import clean_value

_HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Words of a part's class, id or data attribute that name a headline's parts.
_PART_WORDS = frozenset(
    {"kicker", "catchline", "dachzeile", "overline", "topline", "roofline", "eyebrow", "headline", "hed"}
)
_HEADLINE_LENGTH = 300
_SPACE = re.compile(r"\s+")


def squeezed(text: str) -> str:
    """A heading's text with its spaces left out: a template's parts are joined with or without one."""
    return _SPACE.sub("", text).casefold()


def _named_part(element: Any) -> bool:
    data = " ".join(f"{name} {value}" for name, value in element.attrib.items() if name.startswith("data-"))
    words = name_words(element) | {w.lower() for w in re.findall(r"[A-Za-z]+", data)}
    return bool(words & _PART_WORDS)


def _in_header(heading: Any) -> bool:
    return any(_tag(above) in ("header", "hgroup") for above in heading.iterancestors())


def _in_lines(heading: Any) -> bool:
    """Whether a `<br>` parts the heading's text into lines (one before it, one after)."""
    for br in heading.iter("br"):
        before = "".join(_text_before(heading, br)).strip()
        if before and (br.tail or "").strip():
            return True
    return False


def _text_before(heading: Any, stop: Any) -> list[str]:
    """The heading's text pieces before the element `stop`, in order."""
    pieces: list[str] = [heading.text or ""]
    for element in heading.iterdescendants():
        if element is stop:
            break
        pieces += [element.text or "", element.tail or ""]
    return pieces


def _labels_its_article(heading: Any) -> bool:
    own = heading.get("id")
    return bool(own) and any(
        _tag(above) == "article" and own in (above.get("aria-labelledby") or "").split()
        for above in heading.iterancestors()
    )


def _tag(element: Any) -> str:
    return element.tag if isinstance(element.tag, str) else ""


def shown_headlines(page: Any) -> frozenset[str]:
    """The squeezed texts of the page's headings that show its headline (see above)."""
    found: set[str] = set()
    for heading in page.iter(*_HEADLINE_TAGS):
        text = clean_value(heading.text_content())
        if not text or len(text) > _HEADLINE_LENGTH:
            continue
        if (
            _in_header(heading)
            or _labels_its_article(heading)
            or _in_lines(heading)
            or any(_named_part(part) for part in heading.iter() if _tag(part))
        ):
            found.add(squeezed(text))
    return frozenset(found)
