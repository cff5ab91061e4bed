"""Search ranks with per-word BM25 scores, cached per word: the order FTS5 itself gives the whole query."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import benchmark_script

from tui.model.state.index import LibraryIndex, has_fts5
from tui.model.state.paths import state_paths

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(not has_fts5(), reason="ranking needs FTS5")


def _generate(folder: Path, count: int) -> None:
    module = benchmark_script("generate")
    module.generate(folder, count, seed=11)


def _fts5_order(index_file: Path, words: list[str], matched: set[str]) -> list[str]:
    """FTS5's own BM25 of all the words at once, ties in library order (as search promises)."""
    terms = " OR ".join(f'"{word}"*' for word in words)
    with sqlite3.connect(index_file) as db:
        ranks = dict(db.execute("SELECT rowid, rank FROM fts_meta WHERE fts_meta MATCH ?", (terms,)))
        rows = db.execute("SELECT id, path FROM entries ORDER BY position, path").fetchall()
    listed = [(ranks.get(row_id, 0.0), number, path) for number, (row_id, path) in enumerate(rows)]
    return [path for _rank, _number, path in sorted(listed) if path in matched]


@pytest.mark.parametrize("query", ["korea ce", "north korea", "ukraine cease talks", "mi ca"])
def test_ranking_equals_fts5_ranking_the_whole_query(tmp_path: Path, query: str) -> None:
    library = tmp_path / "lib"
    _generate(library, 80)
    with LibraryIndex(state_paths().index_file) as index:
        index.refresh([library])
        for end in range(1, len(query) + 1):  # as typed: words cached from the keystrokes before
            index.search(query[:end])
        found = index.search_result(query)
        if not found.paths:
            pytest.skip(f"nothing in the generated library matches {query!r}")
        assert found.ranked
        words = [word for word in query.split() if len(word) >= 2]
        assert found.paths == _fts5_order(index.path, words, set(found.paths))


def test_a_two_letter_word_in_many_summaries_matches_without_ranking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.model.state import index_search

    library = tmp_path / "lib"
    _generate(library, 40)
    with LibraryIndex(state_paths().index_file) as index:
        index.refresh([library])
        ranked = index.search_result("ko")
        monkeypatch.setattr(index_search, "SHORT_RANK_ROWS", 0)
        with LibraryIndex(index.path) as other:  # a fresh word cache
            plain = other.search_result("ko")
    assert ranked.ranked and ranked.paths
    assert not plain.ranked
    assert sorted(plain.paths) == sorted(ranked.paths)
