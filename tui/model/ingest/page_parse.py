"""An HTML page's text to an lxml tree, made safe first: references to characters that cleaning
removes are dropped, comments and processing instructions are left out."""

from __future__ import annotations

from typing import Any

from lxml import etree
from lxml import html as lxml_html

from tui.model.format.clean import clean_text
from tui.model.ingest import lazy_re as re

_NUMERIC_REFERENCE = re.compile(r"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?")


def drop_unsafe_references(text: str) -> str:
    """Numeric character references to characters clean_text removes, removed before parsing:
    they would otherwise decode after cleaning (and make trafilatura drop the whole page)."""

    def replace(match: re.Match[str]) -> str:
        digits = match.group(1)
        try:
            code = int(digits[1:], 16) if digits[0] in "xX" else int(digits)
            character = chr(code)
        except (ValueError, OverflowError):
            return ""
        return match.group(0) if clean_text(character) == character else ""

    return _NUMERIC_REFERENCE.sub(replace, text)


# Comments and processing instructions are dropped while parsing, their tails kept: trafilatura
# given a tree that holds them loses the text after each one ("very<!-- --> recently" -> "very"),
# and script-rendered pages put empty comments between the words of every paragraph. (A parser
# per call: lxml parsers are not to be shared between threads.) huge_tree lifts libxml2's nesting limit
# of 255 elements, past which it silently dropped the text: 300 nested divs, or unclosed <b>/<font>
# repeated down a page, lost the article ("no article text found"); input size is already capped.
def parse_page(text: str) -> Any:
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
        return lxml_html.document_fromstring(text, parser=parser)
    except ValueError:
        pass  # a str that declares its own encoding (XHTML): lxml wants bytes for it
    except etree.ParserError:
        return None
    try:
        parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
        return lxml_html.document_fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError, UnicodeError):
        return None
