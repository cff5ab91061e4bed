"""Compiled patterns kept between runs (`pattern_store`): the same patterns as `re.compile`
makes, read back from the user's cache folder, and any doubt about the file means compiling anew."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
import pytest
from rule_patterns import ingest_patterns

from tui.model.ingest import pattern_store

SEED = Path(__file__).parent.parent / "seeds" / "000_584a956c93e6e3ce.txt"
RULE_PATTERNS = Path(__file__).parent / "rule_patterns.py"
TRICKY = [
    (r"(?P<who>[A-Z]\w+(?: [A-Z]\w+)*),? (?:said|says)\b", 0),
    (r"(?<![\w-])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:%|per ?cent)", re.IGNORECASE),
    (r"""(["“])(?P<quote>[^"”]{3,}?)(?:\1|”)""", 0),
    (r"^\s*(?:by|von)\s+(\S+)$", re.IGNORECASE | re.MULTILINE),
    (r"(?x) \b (\w+) \s+ \1 \b  # a doubled word", 0),
    (r"[\u0400-\u04ff]+|[^\W\d_]+", 0),
]
TEXTS = [
    "Ana Lopez said the the bill would pass. “It will,” Bo Chen says.\nBY Ann\nvon Ulm",
    "Prices rose 12.5% and 1,200 per cent; Ящик and café 3,000,000 PERCENT.",
]


@pytest.fixture(autouse=True)
def _fresh_store() -> Iterator[None]:
    pattern_store.forget()  # read the store of this test's BRIEFING_HOME
    yield
    pattern_store.forget()


def _same(made: re.Pattern[str], pattern: str, flags: int, texts: list[str]) -> None:
    expected = re.compile(pattern, flags)
    assert (made.pattern, made.flags, made.groups, made.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    for text in texts:
        assert [m.span() for m in made.finditer(text)] == [m.span() for m in expected.finditer(text)]
        assert made.findall(text) == expected.findall(text)
        assert made.sub("<\\g<0>>", text) == expected.sub("<\\g<0>>", text)


def test_a_pattern_compiled_saved_and_read_back_is_the_pattern_re_makes() -> None:
    for pattern, flags in TRICKY:
        _same(pattern_store.compile_pattern(pattern, flags), pattern, flags, TEXTS)
    assert not pattern_store.store_path().exists()  # nothing written until a run saves
    pattern_store.save()
    assert pattern_store.store_path().is_file()
    pattern_store.forget()
    for pattern, flags in TRICKY:
        _same(pattern_store.compile_pattern(pattern, flags), pattern, flags, TEXTS)
    assert not pattern_store._added  # every one came from the file


def test_every_rule_pattern_read_from_the_store_matches_as_re_compile_does() -> None:
    deferred = [(pattern.pattern, pattern._flags) for _, pattern in ingest_patterns()]
    for pattern, flags in deferred:
        pattern_store.compile_pattern(pattern, flags)
    pattern_store.save()
    pattern_store.forget()
    seed = SEED.read_text(encoding="utf-8")
    for pattern, flags in set(deferred):
        _same(pattern_store.compile_pattern(pattern, flags), pattern, flags, [seed])
    assert len(deferred) > 500 and not pattern_store._added


def test_a_damaged_or_foreign_store_is_ignored_and_written_anew() -> None:
    path = pattern_store.store_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x93not a store")
    _same(pattern_store.compile_pattern(*TRICKY[0]), *TRICKY[0], TEXTS)
    pattern_store.save()
    pattern_store.forget()
    pattern_store.compile_pattern(*TRICKY[0])
    assert not pattern_store._added  # the damaged file was replaced by a good one

    # Another Python's or version's file: its code is never handed to this engine.
    stored = msgspec.msgpack.decode(path.read_bytes())
    stored["made_by"] = "briefing 0.0.1; Python 2.7"
    path.write_bytes(msgspec.msgpack.encode(stored))
    pattern_store.forget()
    pattern_store.compile_pattern(*TRICKY[0])
    assert pattern_store._added


def test_a_store_changed_after_it_was_written_is_not_used() -> None:
    """The engine takes any well-formed code: three SUCCESS words would match nothing but empty
    strings. The store's digest keeps such damage from reaching a pattern."""
    pattern, flags = TRICKY[1]
    pattern_store.compile_pattern(pattern, flags)
    pattern_store.save()
    path = pattern_store.store_path()
    stored = msgspec.msgpack.decode(path.read_bytes())
    patterns = msgspec.msgpack.decode(stored["patterns"])
    patterns[f"{int(flags)}:{pattern}"][1] = b"\x01\x00\x00\x00" * 3
    stored["patterns"] = msgspec.msgpack.encode(patterns)
    path.write_bytes(msgspec.msgpack.encode(stored))
    pattern_store.forget()
    _same(pattern_store.compile_pattern(pattern, flags), pattern, flags, TEXTS)
    assert pattern_store._added  # compiled anew, not read


def test_a_bad_pattern_still_raises_re_error() -> None:
    with pytest.raises(re.error):
        pattern_store.compile_pattern("(unclosed", 0)


def test_an_overgrown_store_starts_again_from_what_the_run_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_store, "MAX_PATTERNS", 2)
    for pattern, flags in TRICKY[:3]:
        pattern_store.compile_pattern(pattern, flags)
    pattern_store.save()
    pattern_store.forget()
    pattern_store.compile_pattern(*TRICKY[3])  # a run that uses one pattern, new to the store
    pattern_store.save()
    stored = msgspec.msgpack.decode(pattern_store.store_path().read_bytes())
    assert list(msgspec.msgpack.decode(stored["patterns"])) == [f"{int(TRICKY[3][1])}:{TRICKY[3][0]}"]


def test_an_ingest_run_saves_the_patterns_it_compiled(tmp_path: Path) -> None:
    from tui.model.ingest.pipeline import make_draft

    article = tmp_path / "article.txt"
    article.write_text(
        "Mayor Ana Lopez said the bridge would reopen in May.\n\n"
        "“We are ready,” said the city engineer, who added that 1,200 cars cross it a day.\n",
        encoding="utf-8",
    )
    make_draft(str(article))
    assert pattern_store.store_path().is_file()


def test_every_rule_pattern_reads_the_same_in_every_process() -> None:
    """A pattern joined from a set's words changes with each process's string hashing: the store
    would miss it and be written again on every run. Two hash seeds must give the same texts."""
    runs = [
        subprocess.run(
            [sys.executable, str(RULE_PATTERNS)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        for seed in ("1", "2")
    ]
    assert len(runs[0]) > 500
    assert runs[0] == runs[1], sorted(set(runs[0]) ^ set(runs[1]))


LIBRARY = """import re
WORD = re.compile(r"(?P<who>[A-Z]\\w+(?: [A-Z]\\w+)*),? (?:said|says)\\b")
NUMBER = re.compile(r"(?<![\\w-])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*(?:%|per ?cent)", re.IGNORECASE)
"""


@pytest.fixture
def new_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A module that compiles patterns as it imports, not imported yet, and `re`'s cache empty."""
    (tmp_path / "library_with_patterns.py").write_text(LIBRARY, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "library_with_patterns", raising=False)
    re.purge()


@pytest.mark.usefixtures("new_library")
def test_what_a_library_compiles_as_it_imports_comes_from_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    with pattern_store.stored_imports():
        import library_with_patterns  # the first run: compiled, then kept
    re.compile(r"Ana Lopez|Bo Chen")  # after the import: a page's words, never kept
    pattern_store.save()
    kept = msgspec.msgpack.decode(msgspec.msgpack.decode(pattern_store.store_path().read_bytes())["patterns"])
    assert sum(key.startswith("import:") for key in kept) == 2
    assert not any("Ana Lopez" in key for key in kept)

    # The next run: a new process has neither the module nor `re`'s cache.
    pattern_store.forget()
    re.purge()
    del sys.modules["library_with_patterns"]
    compiler: Any = importlib.import_module("re._compiler")
    compiled: list[str] = []
    real = compiler.compile
    monkeypatch.setattr(
        compiler, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags)
    )
    with pattern_store.stored_imports():
        import library_with_patterns
    assert compiled == []
    _same(library_with_patterns.WORD, TRICKY[0][0], 0, TEXTS)
    _same(library_with_patterns.NUMBER, TRICKY[1][0], re.IGNORECASE, TEXTS)


@pytest.mark.usefixtures("new_library")
def test_an_import_with_a_strange_key_in_re_s_cache_still_imports() -> None:
    cache: Any = getattr(re, "_cache")  # noqa: B009  # private: what stored_imports reads
    with pattern_store.stored_imports():
        cache["not a key of re's shape"] = None  # another Python's cache, or another thread's entry
        import library_with_patterns
    del cache["not a key of re's shape"]
    _same(library_with_patterns.WORD, TRICKY[0][0], 0, TEXTS)
