"""What the library index is read for: the list, pages, counts and search.

`LibraryIndex` (tui.model.state.index) adds keeping it up to date with the
folders; everything here only reads. Every read runs through the connection's
guard (index_file), so damage found by a read rebuilds the file, as any other.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from tui.model.state.entry import Entry
from tui.model.state.index_file import IndexConnections
from tui.model.state.index_pages import count_sql, page_entries, page_sql
from tui.model.state.index_schema import (
    _CHECKED_COLUMNS,
    DamagedIndex,
    _checked_entry,
    _collector_paused,
    _is_damage,
    _is_refilling,
    _paths_only,
    _read_snapshot,
)
from tui.model.state.index_search import Searcher, SearchResult, query_words
from tui.model.state.index_text import _match_summaries

_FTS5: bool | None = None


def has_fts5() -> bool:
    """Whether this Python's SQLite has FTS5 (nearly all do).

    Without it nothing is lost but ranking and body text: search matches
    words in the summaries instead.
    """
    global _FTS5
    if _FTS5 is None:
        try:
            with contextlib.closing(sqlite3.connect(":memory:")) as probe:
                probe.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
            _FTS5 = True
        except sqlite3.Error:
            _FTS5 = False
    return _FTS5


class IndexRefilling(sqlite3.OperationalError):
    """Search cannot answer now: the index was emptied (rebuilt after damage, or its body
    text collected) and a refresh is filling it again. It would miss briefings the list
    shows; match the entries in hand instead (their summaries) until the refresh is done.

    An sqlite3.Error, so that a caller that falls back when the index cannot be read falls
    back here too; not damage, so the guard leaves it alone."""


class IndexReading(IndexConnections):
    """The index file at `path`, read: entries, pages, counts, search."""

    def __init__(self, path: Path) -> None:
        self._searcher = Searcher()
        super().__init__(path, has_fts5())

    def cached_entries(self) -> list[Entry]:
        """Everything indexed, in the order of the last refresh; reads no briefing file."""

        def read(db: sqlite3.Connection) -> list[Entry]:
            rows = db.execute(f"SELECT {_CHECKED_COLUMNS} FROM entries ORDER BY position, path").fetchall()
            with _collector_paused():
                return [_checked_entry(row) for row in rows]

        return self._guarded(read)

    def search(self, query: str, limit: int | None = None) -> list[str]:
        """Paths of briefings matching every word of `query` as a prefix, best first.

        See index_search. Any text is accepted: only its words are used, never
        FTS5 syntax. A query without words returns every indexed path in
        library order.
        """
        return self.search_result(query, limit).paths

    def search_result(self, query: str, limit: int | None = None) -> SearchResult:
        """As search(), saying whether the paths are ranked or in library order.

        IndexRefilling while the index is emptied and not yet filled again (see there)."""
        if limit is not None and limit <= 0:
            return SearchResult([], ranked=True)
        words = query_words(query)
        if not words:
            sql = "SELECT path FROM entries ORDER BY position, path LIMIT ?"
            paths = self._guarded(
                lambda db: _paths_only([p for (p,) in db.execute(sql, (-1 if limit is None else limit,))])
            )
            return SearchResult(paths, ranked=False)
        if not self._fts:
            return SearchResult(_match_summaries(self.cached_entries(), words, limit), ranked=True)

        def run(db: sqlite3.Connection) -> SearchResult | None:
            # One snapshot: the flag and the rows it speaks for are read from the same state.
            with _read_snapshot(db):
                if _is_refilling(db):
                    return None
                try:
                    found = self._searcher.search(db, words, limit)
                    return SearchResult(_paths_only(found.paths), found.ranked)
                except sqlite3.OperationalError as error:
                    if str(error).startswith("fts5:") and not _is_damage(error):
                        return SearchResult([], ranked=True)  # a word FTS5 splits into a phrase
                    raise

        generation = self._generation
        found = self._guarded(run)
        if self._generation != generation:
            # Damage found meanwhile left the index empty: "no match" would be wrong.
            raise DamagedIndex("database disk image is malformed: the index is being rebuilt")
        if found is None:
            raise IndexRefilling("the library index is being filled again: search the entries in hand")
        return found

    def count(self, folders: Iterable[Path] | None = None) -> int:
        """How many entries are indexed (under `folders`, if given); decodes none."""
        sql, parameters = count_sql(folders)
        return int(self._guarded(lambda db: db.execute(sql, parameters).fetchone()[0]))

    def page(self, sort: str, offset: int, limit: int, folders: Iterable[Path] | None = None) -> list[Entry]:
        """Entries `offset` to `offset + limit` in library.SORT_KEYS[sort] order, decoding only those."""
        sql, parameters = page_sql(sort, folders)
        # Decoded inside the guard: a row that fails its checksum is damage, rebuilt like SQLite's.
        return self._guarded(lambda db: page_entries(sort, db.execute(sql, [*parameters, limit, offset])))
