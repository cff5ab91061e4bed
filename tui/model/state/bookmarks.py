"""Bookmarks: briefings, sections, claims and figures a reader wants to keep.

One TOML file, `bookmarks.toml` under the data folder, holds them all, plus
the changes made since it was last written, one per line in
`bookmarks.journal` beside it (see bookmark_store)::

    # briefing bookmarks. ...
    format = 1

    [[bookmarks]]
    kind = "claim"
    briefing_id = "north-korea-russia-alliance"
    item_id = "troop-casualties"
    created = 2025-01-02 03:04:05+00:00
    note = "Check against the UN figures."
    text = "Around 600 North Korean soldiers have been killed ..."
    quote = "around 600 North Korean soldiers have been killed ..."
    status = "unverified"
    chain = [
        { name = "South Korean intelligence", kind = "intelligence" },
        { name = "a South Korean lawmaker (unnamed)", kind = "government" },
    ]
    title = "Kim Jong Un Makes Wild Claim: ..."
    section_index = 1
    paragraph = 2
    offset = 24

This module gathers the public names: records and their order in
bookmark_records, the file formats in bookmark_file, the store in
bookmark_store.
"""

from __future__ import annotations

from tui.model.state.bookmark_file import (
    LOCK_TIMEOUT,
    BookmarkError,
    BookmarkFile,
    CorruptBookmarks,
    NewerBookmarks,
    encode_bookmarks,
    parse_bookmarks,
)
from tui.model.state.bookmark_records import (
    BOOKMARKS_FORMAT,
    OWN_ASSERTION,
    Bookmark,
    BookmarkKind,
    ChainLink,
    Key,
    bookmark_for_briefing,
    bookmark_for_claim,
    bookmark_for_figure,
    bookmark_for_section,
    briefing_titles,
    chain_text,
    group_by_briefing,
    item_keys,
    sort_bookmarks,
    stale_keys,
    utc_now,
)
from tui.model.state.bookmark_store import BookmarkStore

__all__ = [
    "BOOKMARKS_FORMAT",
    "LOCK_TIMEOUT",
    "OWN_ASSERTION",
    "Bookmark",
    "BookmarkError",
    "BookmarkFile",
    "BookmarkKind",
    "BookmarkStore",
    "ChainLink",
    "CorruptBookmarks",
    "Key",
    "NewerBookmarks",
    "bookmark_for_briefing",
    "bookmark_for_claim",
    "bookmark_for_figure",
    "bookmark_for_section",
    "briefing_titles",
    "chain_text",
    "encode_bookmarks",
    "group_by_briefing",
    "item_keys",
    "parse_bookmarks",
    "sort_bookmarks",
    "stale_keys",
    "utc_now",
]
