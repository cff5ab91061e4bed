"""Search in the library index, fast enough to run on every keystroke.

Each word of a query is matched as a prefix in fts_meta (title, dek, outlet,
tags) or fts_body (headings, paragraphs, claims); the rows matching each word
are kept as a set of row ids, so typing one more word or letter costs one new
set and an intersection, never the words typed before. Results are ranked by
BM25 over fts_meta (title first), body-only matches after, in library order.
FTS5's BM25 of several words is the sum of each word's own score, so each
word's scores are cached too and a keystroke ranks only the word it changed;
words of one letter match but do not rank: a one-letter prefix matches nearly
every briefing, and ranking all of them would cost more than a keystroke may;
a two-letter word ranks only when few summaries hold it (SHORT_RANK_ROWS).
Everything cached belongs to one state of the index: a write anywhere (any
thread or process) bumps `meta.generation` and empties it.
"""

from __future__ import annotations

import sqlite3
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Final

from tui.model.state.index_pages import DamagedIndex
from tui.model.state.index_text import _WORD, MAX_QUERY_WORDS

# Words kept with their rows: enough for everything typed in a while.
WORD_CACHE = 64
# Shorter words match but do not rank.
RANKED_LENGTH: Final = 2
# A word shorter than this ranks only when at most SHORT_RANK_ROWS summaries contain it:
# BM25 over thousands of rows costs more than a keystroke may (a two-letter prefix such
# as "ko" is in a third of 10,000 summaries, 12 ms), and orders them by little.
FULL_RANK_LENGTH: Final = 3
SHORT_RANK_ROWS: Final = 1000

# Two statements, joined in Python: a UNION in SQLite sorts both into a temporary b-tree (3x slower).
_META_ROWS = "SELECT rowid FROM fts_meta WHERE fts_meta MATCH ?"
_BODY_ROWS = "SELECT rowid FROM fts_body WHERE fts_body MATCH ?"
_RANKS = "SELECT rowid, rank FROM fts_meta WHERE fts_meta MATCH ?"
_ORDER = "SELECT id, path FROM entries ORDER BY position, path"


@dataclass(frozen=True)
class SearchResult:
    paths: list[str]
    ranked: bool  # best match first; else in library order


def query_words(query: str) -> list[str]:
    """The distinct words of `query`, as FTS5 compares them (few enough for one statement)."""
    words = list(dict.fromkeys(_WORD.findall(unicodedata.normalize("NFC", query).casefold())))
    return words[:MAX_QUERY_WORDS]


def generation(db: sqlite3.Connection) -> int:
    # CAST: a damaged value still reads as a number.
    row = db.execute("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'").fetchone()
    return int(row[0] or 0) if row else 0


def bump_generation(db: sqlite3.Connection) -> None:
    """Call inside every write transaction: caches made before it are stale."""
    db.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


class Searcher:
    """Search with cached word → row-id sets; shared by threads (each passes its own connection)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation = -1
        # word -> (row ids matching it anywhere, how many match it in fts_meta)
        self._words: OrderedDict[str, tuple[frozenset[int], int]] = OrderedDict()
        self._ranks: OrderedDict[str, dict[int, float]] = OrderedDict()
        self._order: list[tuple[int, str]] | None = None  # (id, path) in library order
        self._position: dict[int, int] = {}  # id -> place in _order
        self._paths: dict[int, str] = {}

    def warm(self, db: sqlite3.Connection) -> None:
        """Read the library order now (e.g. on a worker thread), not on the first keystroke."""
        with self._lock:
            self._check(db)
            self._library_order(db)

    def _check(self, db: sqlite3.Connection) -> None:
        current = generation(db)
        if current != self._generation:
            self._words.clear()
            self._ranks.clear()
            self._order = None
            self._generation = current

    def search(self, db: sqlite3.Connection, words: list[str], limit: int | None) -> SearchResult:
        with self._lock:
            self._check(db)
            matched: frozenset[int] | None = None
            # Rarest first: the intersection shrinks fastest, and an empty one ends the search.
            for word in sorted(words, key=len, reverse=True):
                rows, _in_meta = self._word_rows(db, word)
                matched = rows if matched is None else matched & rows
                if not matched:
                    return SearchResult([], ranked=True)
            assert matched is not None
            ranked_words = [w for w in words if self._ranks_word(db, w)]
            order = self._library_order(db)
            if not ranked_words:
                found = [path for row_id, path in order if row_id in matched]
                return SearchResult(found[:limit], ranked=False)
            position, paths = self._position, self._paths
            listed = [row_id for row_id in matched if row_id in position]
            if len(ranked_words) == 1:
                ranks = self._rank(db, ranked_words[0])
                best = sorted(listed, key=lambda row_id: (ranks.get(row_id, 0.0), position[row_id]))
            else:
                every = [self._rank(db, word) for word in ranked_words]
                score = {row_id: sum(ranks.get(row_id, 0.0) for ranks in every) for row_id in listed}
                best = sorted(listed, key=lambda row_id: (score[row_id], position[row_id]))
            return SearchResult([paths[row_id] for row_id in best[:limit]], ranked=True)

    def _ranks_word(self, db: sqlite3.Connection, word: str) -> bool:
        if len(word) < RANKED_LENGTH:
            return False
        return len(word) >= FULL_RANK_LENGTH or self._word_rows(db, word)[1] <= SHORT_RANK_ROWS

    def _word_rows(self, db: sqlite3.Connection, word: str) -> tuple[frozenset[int], int]:
        found = self._words.get(word)
        if found is None:
            term = f'"{word}"*'  # letters and digits only: nothing the user types is syntax
            meta = db.execute(_META_ROWS, (term,)).fetchall()
            rows = frozenset(row_id for (row_id,) in meta + db.execute(_BODY_ROWS, (term,)).fetchall())
            found = self._words[word] = (rows, len(meta))
            if len(self._words) > WORD_CACHE:
                self._words.popitem(last=False)
        else:
            self._words.move_to_end(word)
        return found

    def _rank(self, db: sqlite3.Connection, word: str) -> dict[int, float]:
        """Row id -> BM25 of `word` as a prefix in fts_meta (lower is better; absent: 0)."""
        ranks = self._ranks.get(word)
        if ranks is None:
            ranks = dict(db.execute(_RANKS, (f'"{word}"*',)).fetchall())
            if not all(isinstance(rank, float) for rank in ranks.values()):
                # BM25 of NULL: damaged document sizes in fts_meta_docsize, which neither
                # integrity check sees (found by the full fuzz run: a TypeError escaped).
                raise DamagedIndex("database disk image is malformed: a rank is not a number")
            self._ranks[word] = ranks
            if len(self._ranks) > WORD_CACHE:
                self._ranks.popitem(last=False)
        else:
            self._ranks.move_to_end(word)
        return ranks

    def _library_order(self, db: sqlite3.Connection) -> list[tuple[int, str]]:
        if self._order is None:
            self._order = db.execute(_ORDER).fetchall()
            self._position = {row_id: number for number, (row_id, _path) in enumerate(self._order)}
            self._paths = dict(self._order)
        return self._order
