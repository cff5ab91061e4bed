"""Bookmarks as Markdown notes (CommonMark; Obsidian-friendly block ids).

The document, deterministic for the same bookmarks and date::

    ---                                   (with front_matter=True)
    title: "Bookmarks"
    exported: 2025-01-02
    count: 3
    briefings: 1
    tags:
      - "bookmarks"
      - "briefing"
    ---

    # Bookmarks

    Exported 2025-01-02 · 3 bookmarks from 1 briefing

    ## [Title](https://example.org/article)        (a plain title without an http(s) URL)

    The Valley Courier · 2025-03-14                (or "Outlet not named"; no date if none)

    > The claim sentence, every line prefixed.
    >
    > “the words the article uses”                 (claims, when they differ from the sentence)

    — Ministry of Energy (government or official body) → Reuters (wire agency) · unverified

    Note: the reader's note. ^claim-opening-date-1f0c2a9e

Briefings come in library order (those no longer in the library after, by
title); bookmarks in reading order. A figure's quote is its display text,
followed by `Figure: label · period`; a section's is its heading, a whole
briefing's its title. The last line of every bookmark ends with an Obsidian
block id derived from the bookmark's key alone, so links to it survive
re-exports. Article text is escaped (see markdown_text) and cannot change
the structure.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import re
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from urllib.parse import quote, urlsplit

from tui.model.output.markdown_text import block_quote, escape_inline, normalize_text, paragraphs, yaml_string
from tui.model.state.atomic import write_atomic
from tui.model.state.bookmarks import (
    OWN_ASSERTION,
    Bookmark,
    BookmarkKind,
    ChainLink,
    Key,
    briefing_titles,
    chain_text,
    group_by_briefing,
    sort_bookmarks,
)
from tui.model.text import in_quotes

__all__ = [
    "OWN_ASSERTION",
    "STALE_MARK",
    "block_id",
    "chain_text",
    "export_markdown",
    "export_to_file",
    "markdown_chain",
]

STALE_MARK = "(no longer in the library)"
NO_OUTLET = "Outlet not named"
TAGS = ("bookmarks", "briefing")

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_READABLE = 40


def block_id(key: Key) -> str:
    """A stable Obsidian block id for a bookmark key: [a-z0-9-] only.

    A readable part (kind and item, or 'briefing' and the briefing id) and 8
    hex digits of a hash of the whole key, which keeps ids that read alike
    (ids differing only in '_' or case, or cut short) apart.
    """
    briefing_id, kind, item_id = key
    readable = _NOT_SLUG.sub("-", f"{kind}-{item_id or briefing_id}".lower()).strip("-")
    readable = readable[:_SLUG_READABLE].rstrip("-")
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8", errors="surrogatepass")).hexdigest()[:8]
    return f"{readable}-{digest}" if readable else f"bookmark-{digest}"


def link_destination(url: str) -> str | None:
    """`url` as a Markdown link destination, or None unless it is an http(s) URL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Percent-encode what could end or confuse the destination; keep the rest.
    return quote(url, safe="/:?#[]@!$&'*+,;=%~-._")


def markdown_chain(bookmark: Bookmark) -> str:
    """The chain as escaped Markdown (for display text use bookmarks.chain_text)."""
    if not bookmark.chain:
        return OWN_ASSERTION
    return _escaped_chain(bookmark.chain)


@functools.lru_cache(maxsize=4096)
def _escaped_chain(chain: tuple[ChainLink, ...]) -> str:
    # The same few sources recur across thousands of bookmarks: escape each chain once.
    return " → ".join(f"{escape_inline(link.name)} ({escape_inline(link.kind_label)})" for link in chain)


def _quoted_text(bookmark: Bookmark) -> str:
    """What the block quote holds: the text, and for a claim its quoted words if they differ."""
    if bookmark.kind is BookmarkKind.CLAIM:
        quote_words = normalize_text(bookmark.quote)
        # Quoted again only when the words differ (spacing aside).
        if quote_words and quote_words.split() != normalize_text(bookmark.text).split():
            return f"{bookmark.text}\n\n{in_quotes(quote_words)}"
    return bookmark.text


def _bookmark_blocks(bookmark: Bookmark, anchor: str, stale: bool) -> list[str]:
    blocks = [block_quote(_quoted_text(bookmark))]
    if bookmark.kind is BookmarkKind.FIGURE:
        figure = [escape_inline(bookmark.label) or "figure"]
        if normalize_text(bookmark.period):
            figure.append(escape_inline(bookmark.period))
        blocks.append("Figure: " + " · ".join(figure))
    if bookmark.kind in (BookmarkKind.CLAIM, BookmarkKind.FIGURE):
        line = "— " + markdown_chain(bookmark)
        if normalize_text(bookmark.status):
            line += " · " + escape_inline(bookmark.status)
    elif bookmark.kind is BookmarkKind.SECTION:
        line = "— section heading"
    else:
        line = "— the whole briefing"
    if stale:
        line += " · " + STALE_MARK
    suffix = f" ^{anchor}"
    if normalize_text(bookmark.note):
        blocks.append(line)
        blocks.append(paragraphs(bookmark.note, first_prefix="Note: ", last_suffix=suffix))
    else:
        blocks.append(line + suffix)
    return blocks


def _heading(bookmark: Bookmark, title: str) -> str:
    text = escape_inline(title) or escape_inline(bookmark.briefing_id)
    destination = link_destination(bookmark.url)
    return f"## [{text}]({destination})" if destination else f"## {text}"


def _metadata(bookmark: Bookmark) -> str:
    parts = [escape_inline(bookmark.outlet) or NO_OUTLET]
    if bookmark.published is not None:
        parts.append(bookmark.published.isoformat())
    return " · ".join(parts)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _front_matter(title: str, exported: datetime.date, count: int, briefings: int) -> str:
    lines = [
        "---",
        f"title: {yaml_string(title)}",
        f"exported: {exported.isoformat()}",
        f"count: {count}",
        f"briefings: {briefings}",
        "tags:",
        *(f"  - {yaml_string(tag)}" for tag in TAGS),
        "---",
    ]
    return "\n".join(lines)


def export_markdown(
    bookmarks: Iterable[Bookmark],
    *,
    library_order: Sequence[str] | None = None,
    front_matter: bool = False,
    exported: datetime.date,
    stale: Collection[Key] = (),
    title: str = "Bookmarks",
) -> str:
    """The bookmarks as one Markdown document.

    `library_order` lists the library's briefing ids in order (briefings not in
    it follow by title). `stale` holds the keys of bookmarks whose briefing or
    item has left the library (see library_view.stale_bookmarks); they are
    marked as such.
    """
    ordered = sort_bookmarks(bookmarks, library_order)
    stale_keys = set(stale)
    groups = group_by_briefing(ordered)
    titles = briefing_titles(ordered)

    blocks: list[str] = []
    if front_matter:
        blocks.append(_front_matter(title, exported, len(ordered), len(groups)))
    blocks.append("# " + (escape_inline(title) or "Bookmarks"))
    summary = f"Exported {exported.isoformat()} · "
    if ordered:
        summary += f"{_plural(len(ordered), 'bookmark')} from {_plural(len(groups), 'briefing')}"
    else:
        summary += "no bookmarks"
    blocks.append(summary)

    used: set[str] = set()
    for briefing_id, items in groups:
        newest = max(items, key=lambda b: b.created)  # the freshest snapshot of the briefing
        blocks.append(_heading(newest, titles[briefing_id]))
        blocks.append(_metadata(newest))
        for bookmark in items:
            anchor = block_id(bookmark.key)
            if anchor in used:  # a hash collision: keep ids unique, deterministically
                anchor = next(f"{anchor}-{n}" for n in range(2, len(used) + 3) if f"{anchor}-{n}" not in used)
            used.add(anchor)
            blocks.extend(_bookmark_blocks(bookmark, anchor, bookmark.key in stale_keys))
    return "\n\n".join(blocks) + "\n"


def export_to_file(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` atomically; FileExistsError if it exists and not `force`."""
    write_atomic(path, text.encode("utf-8", errors="replace"), overwrite=force)
