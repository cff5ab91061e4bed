"""Words set out after a colon tag: "The harbour master said:" closing its paragraph, then his words
below it, in two forms that one walk follows paragraph by paragraph.

- Set out: the paragraph after the tag, with or without quotation marks, or a run of bulleted items
  that starts there (`block_cue`). A paragraph in quotation marks is left to the quotation rules,
  which already go on with the speaker.
- Listed: "President Vey also said:" then short paragraphs of one sentence each with no full stop,
  every one an item of the speaker's list, until a paragraph that ends in one (`item_cue`).
- Items: an intro that promises a list ("Vey made these points:", `list_intros`), then one item a
  paragraph, bulleted or not and with full stops, until a paragraph that is no item (`items_end`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.drafts import OPEN_QUOTE
from tui.model.ingest.list_intros import items_end

# A list of a speaker's points runs to this many items at most: past it, the article goes on.
_MOST_ITEMS = 15

# "- Closing the quay", "• Moving the fuel store", "2. Raising the wall", "(a) …": a list item.
_BULLET = re.compile(r"(?:[-–—•*·▪]\s+|\(?\d{1,2}[.)]\s+|\([a-z]\)\s+)")
# A sentence quoted whole, its closing mark at its end: the quotation rules read it.
_WHOLE_QUOTE = re.compile(r"[“\"][^“”\"]*[”\"][.,!?]?")


@dataclass(frozen=True)
class ColonBlock:
    """The tag's cue, the paragraph (by position in the article) the block reaches next, and which of
    its two forms still go on there."""

    cue: Cue
    position: int
    set_out: bool = True  # the paragraph after the tag, then bulleted items
    bullets_only: bool = False  # past the paragraph after the tag, the set-out words go on only as bullets
    listed: bool = True  # every paragraph since the tag was a short item without a full stop
    items_left: int = 0  # items of a list the intro promised ("made these points:") still to come


def block_after(cue: Cue, position: int, last_sentence: bool, items: bool = False) -> ColonBlock | None:
    """The block a colon tag opens, when the tag closes its paragraph ("Reyes said:"); `items` when the
    tag promised a list of points."""
    return ColonBlock(cue, position + 1, items_left=_MOST_ITEMS if items else 0) if last_sentence else None


def reach(
    block: ColonBlock | None, position: int, paragraph: str, sentences: int, item: bool = False
) -> ColonBlock | None:
    """The block as it stands in this paragraph, each form kept only where the paragraph goes on with
    it; None where neither does. `item`: the page set the paragraph as an item of a list (`<li>`), which
    is as good as a bullet, and says where the list ends better than its length does."""
    if block is None or block.position != position:
        return None
    if block.items_left:
        speaker = block.cue.speakers[0].text
        if not item and (items_end(speaker, paragraph, sentences) or _heading_like(paragraph)):
            return None
        if block.bullets_only and not _bulleted(paragraph, item):
            return None  # "• …" items, then a paragraph without a bullet: the article again
        return replace(block, set_out=True, listed=False)
    set_out = block.set_out and _sets_out(block, paragraph, item)
    listed = block.listed and sentences == 1 and _list_item(paragraph)
    return replace(block, set_out=set_out, listed=listed) if set_out or listed else None


def next_block(here: ColonBlock | None, paragraph: str, item: bool = False) -> ColonBlock | None:
    """The block for the paragraph after this one: the set-out words go on item by item of a bulleted
    run (or of a list's `<li>` items, `item`), the list while its items do."""
    if here is None:
        return None
    if here.items_left > 1:
        bulleted = _bulleted(paragraph, item)  # a bulleted item, so the next one has a bullet
        return replace(
            here, position=here.position + 1, items_left=here.items_left - 1, bullets_only=bulleted
        )
    set_out = here.set_out and _bulleted(paragraph, item)
    if not (set_out or here.listed):
        return None
    return ColonBlock(here.cue, here.position + 1, set_out, bullets_only=True, listed=here.listed)


def told_apart(
    here: ColonBlock | None, block: ColonBlock | None, tagged: bool
) -> tuple[ColonBlock | None, ColonBlock | None]:
    """The list in this paragraph and past it: a paragraph with a speech tag of its own is the article
    telling the story again, not an item, and the list ends there."""
    if here is not None and here.items_left and tagged:
        return None, None
    return here, block


def block_cue(here: ColonBlock | None, text: str, item: bool = False) -> Cue | None:
    """The tag's speaker for a set-out sentence with no tag of its own, outside quotation marks. A list
    item (`item`) may quote a few words ("“Robust” measures are needed"): only one quoted whole is left
    to the quotation rules."""
    if here is None or not here.set_out:
        return None
    quoted = _WHOLE_QUOTE.fullmatch(text) if item else OPEN_QUOTE.match(text) or re.search(r"[“”\"]", text)
    if quoted:
        return None
    marker = _BULLET.match(text)
    start = marker.end() if marker else 0
    end = len(text.rstrip(" .;"))
    if len(text[start:end].split()) < 3:
        return None
    return replace(here.cue, content=(start, end), also=None)


def item_cue(here: ColonBlock | None, texts: list[str]) -> Cue | None:
    """The tag's speaker for a list item, the paragraph's one sentence whole."""
    if here is None or not here.listed:
        return None
    return replace(here.cue, content=(0, len(texts[0])), also=None)


def _bulleted(paragraph: str, item: bool) -> bool:
    """A bulleted line of scraped text, or a list item of a page."""
    return item or _BULLET.match(paragraph) is not None


def _sets_out(block: ColonBlock, paragraph: str, item: bool = False) -> bool:
    """Whether the paragraph holds the set-out words: the one right after the tag, or the next item of
    a bulleted run that began there."""
    if block.bullets_only and not _bulleted(paragraph, item):
        return False
    # "What does the plan offer?", "Key points:": a heading or another lead-in, no words.
    return not (paragraph.rstrip().endswith((":", "?")) or _heading_like(paragraph))


def _heading_like(paragraph: str) -> bool:
    """A short line in title case without a closing stop: a subheading, not the speaker's words."""
    words = paragraph.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    closed = paragraph.rstrip().endswith((".", "!", "”", '"'))
    return len(words) <= 10 and not closed and capitals * 2 > len(words)


def _list_item(paragraph: str) -> bool:
    """ "President Vey also said:" then "The port must stay open" as a paragraph of its own: an item of
    a list the tag introduced, short and with no full stop (a paragraph that ends in one ends the list)."""
    text = paragraph.strip()
    return (
        bool(text)
        and re.search(r"[\w%)’'\"”]$", text) is not None
        and not re.search(r"[.!?…][’'\"”]?$", text)
        and len(text.split()) <= 40
    )
