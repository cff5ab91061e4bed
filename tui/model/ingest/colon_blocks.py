"""Words set out after a colon tag: "The harbour master said:" closing its paragraph, then his words as
the next paragraph, with or without quotation marks, or as a run of bulleted items.

A tag that ends its paragraph on a colon introduces what follows; the paragraph after it is the
speaker's, and so is each bulleted item of a run that starts there. A paragraph in quotation marks is
left to the quotation rules, which already go on with the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.drafts import OPEN_QUOTE

# "- Closing the quay", "• Moving the fuel store", "2. Raising the wall", "(a) …": a list item.
_BULLET = re.compile(r"(?:[-–—•*·▪]\s+|\(?\d{1,2}[.)]\s+|\([a-z]\)\s+)")


@dataclass(frozen=True)
class ColonBlock:
    """The tag's cue and the paragraph (by position in the article) its words fill."""

    cue: Cue
    position: int
    bullets_only: bool = False


def block_after(cue: Cue, position: int, last_sentence: bool) -> ColonBlock | None:
    """The block a colon tag opens, when the tag closes its paragraph ("Reyes said:")."""
    return ColonBlock(cue, position + 1) if last_sentence else None


def active_block(block: ColonBlock | None, position: int, paragraph: str) -> ColonBlock | None:
    """The block that fills this paragraph, if any: the one right after the tag, or the next item of a
    bulleted run that began there."""
    if block is None or block.position != position:
        return None
    if block.bullets_only and not _BULLET.match(paragraph):
        return None
    if paragraph.rstrip().endswith((":", "?")) or _heading_like(paragraph):
        return None  # "What does the plan offer?", "Key points:": a heading or another lead-in, no words
    return block


def _heading_like(paragraph: str) -> bool:
    """A short line in title case without a closing stop: a subheading, not the speaker's words."""
    words = paragraph.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    closed = paragraph.rstrip().endswith((".", "!", "”", '"'))
    return len(words) <= 10 and not closed and capitals * 2 > len(words)


def next_block(block: ColonBlock | None, paragraph: str) -> ColonBlock | None:
    """The block for the paragraph after this one: a bulleted run goes on item by item."""
    if block is None or not _BULLET.match(paragraph):
        return None
    return ColonBlock(block.cue, block.position + 1, bullets_only=True)


def block_cue(block: ColonBlock | None, text: str) -> Cue | None:
    """The tag's speaker for a sentence of the block with no tag of its own, outside quotation marks."""
    if block is None or OPEN_QUOTE.match(text) or re.search(r"[“”\"]", text):
        return None
    marker = _BULLET.match(text)
    start = marker.end() if marker else 0
    end = len(text.rstrip(" .;"))
    if len(text[start:end].split()) < 3:
        return None
    return replace(block.cue, content=(start, end), also=None)
