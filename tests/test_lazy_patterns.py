"""The ingest rules' patterns compile on first use (`lazy_re`), and still every one of them compiles."""

from __future__ import annotations

import re

from rule_patterns import ingest_patterns

from tui.model.ingest import lazy_re


def test_a_pattern_compiles_on_first_use_and_then_behaves_as_re() -> None:
    pattern = lazy_re.compile(r"(?P<who>[A-Z]\w+) said", lazy_re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    assert pattern.pattern == r"(?P<who>[A-Z]\w+) said"  # readable before compiling
    match = pattern.search("Then Mara Voss said so.")
    assert match is not None and match["who"] == "Voss"
    assert "search" in vars(pattern)  # the compiled pattern's own method from now on
    eager = re.compile(r"(?P<who>[A-Z]\w+) said", re.IGNORECASE)
    text = "Ana said no; Ben SAID yes."
    assert pattern.findall(text) == eager.findall(text)
    assert pattern.sub("X", text) == eager.sub("X", text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert pattern.flags == eager.flags and pattern.groupindex == eager.groupindex


def test_compiling_a_pattern_again_returns_it() -> None:
    pattern = lazy_re.compile(r"\d+")
    assert lazy_re.compile(pattern) is pattern
    compiled = re.compile(r"\d+")
    assert lazy_re.compile(compiled) is compiled


def test_every_pattern_of_every_ingest_module_compiles() -> None:
    """A deferred pattern with a mistake would fail only on the page that first uses it: compile
    them all here."""
    checked = 0
    for _, pattern in ingest_patterns():
        assert isinstance(pattern.groups, int)
        checked += 1
    assert checked > 500
