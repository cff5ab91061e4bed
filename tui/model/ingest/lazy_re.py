"""`re` for the ingest rule modules, with `compile` deferred to a pattern's first use.

The rule modules hold about 800 patterns; compiling them all at import took 0.6 s of every
`briefing ingest` run, and an ordinary page uses about half of them. A module imports this in
place of `re` (`from tui.model.ingest import lazy_re as re`) and reads exactly as before: every
other name is `re`'s own. A pattern compiles when a method or attribute is first asked of it
(from the compiled forms kept between runs, `pattern_store`); after that its methods are the
compiled pattern's own bound methods, found without a detour.
"""

from __future__ import annotations

import re as _re
from re import (
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    S,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

from tui.model.ingest.pattern_store import compile_pattern

__all__ = [
    "ASCII",
    "DOTALL",
    "IGNORECASE",
    "MULTILINE",
    "UNICODE",
    "VERBOSE",
    "A",
    "I",
    "M",
    "Match",
    "Pattern",
    "S",
    "X",
    "compile",
    "error",
    "escape",
    "findall",
    "finditer",
    "fullmatch",
    "match",
    "search",
    "split",
    "sub",
    "subn",
]

# What a compiled pattern offers; copied onto the stand-in at its first use.
_FORWARDED = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class _DeferredPattern:
    """Stands in for a compiled pattern until something is asked of it."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern  # read at once by patterns built from others (`rf"{P.pattern}|…"`)
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for names not yet on the instance: the first use compiles.
        compiled = compile_pattern(self.pattern, self._flags)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred re.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """A pattern that compiles on first use; a compiled pattern is returned as it is."""
    if isinstance(pattern, _DeferredPattern):
        return cast(Pattern[str], pattern)
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    return cast(Pattern[str], _DeferredPattern(pattern, flags))
