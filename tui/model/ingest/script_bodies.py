"""The story a page keeps only in its scripts: the last resort before "no article text".

A page drawn in the browser by JavaScript (Next.js, Nuxt and the like) may send its story only as
data for the script: an HTML string in the page's JSON ("contentHtml": "<p>…</p><h3>…</h3>").
Saved from the browser such a page shows its text; fetched from its URL it shows none. Where the
page itself holds no article text, the longest such string of a few paragraphs is the story, read
as a page of its own under the page's `<head>`. (A plain `articleBody` in JSON-LD trafilatura
reads itself.)
"""

from __future__ import annotations

import json
from typing import Any

from tui.model.format.clean import clean_text
from tui.model.ingest import lazy_re as re
from tui.model.ingest.page_parse import drop_unsafe_references
from tui.model.ingest.xml_blocks import clean_value

# A JSON string literal, escapes included; read only from scripts, only on a page refused so far.
_STRING = re.compile(r'"((?:[^"\\]|\\.){200,})"', re.DOTALL)
_PARAGRAPH_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
_MIN_PARAGRAPHS = 3
_MIN_TEXT = 500


def _strings(script: str) -> list[str]:
    """The JSON string values written in a script, decoded."""
    found: list[str] = []
    for match in _STRING.finditer(script):
        try:
            value = json.loads(f'"{match.group(1)}"')
        except ValueError:
            continue
        if isinstance(value, str):
            found.append(value)
    return found


def _text_length(html: str) -> int:
    return len(clean_value(_TAG.sub(" ", html)))


def story_html(page: Any) -> str:
    """The longest HTML string of several paragraphs the page's scripts hold, or "". Decoded from
    JSON, its escapes may spell what the page's cleaning removed: it is cleaned again."""
    best, best_length = "", 0
    for script in page.iter("script"):
        for value in _strings(script.text or ""):
            if len(_PARAGRAPH_TAG.findall(value)) < _MIN_PARAGRAPHS:
                continue
            length = _text_length(value)
            if length >= _MIN_TEXT and length > best_length:
                best, best_length = value, length
    return drop_unsafe_references(clean_text(best))
