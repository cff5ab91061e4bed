"""Text hygiene: strip characters a terminal would act on.

Textual writes widget text to the terminal as is, so ESC, C1 and friends in an
article could move the cursor, set the clipboard (OSC 52) or retitle the
window. Every string read from a file passes through `clean_text` once, at load.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# C0 except \t (09) and \n (0A); DEL; C1; bidi embeddings/overrides/isolates.
# The zero-width joiner (U+200D) is deliberately kept: emoji sequences need it.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069"
# File names that are not UTF-8 decode to lone surrogates, which no terminal encoding can write.
_UNDECODABLE = "\ud800-\udfff"


# The patterns are compiled on first use (about 1 ms at start-up otherwise): the reader's
# first frame passes only printable text, which the fast paths below return as it is.
@functools.cache
def _pattern(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{characters}]")


def clean_text(text: str) -> str:
    """Return `text` without control and bidi-control characters."""
    if text.isprintable():  # fast path: printable text has nothing to strip
        return text
    return _pattern(_UNSAFE).sub("", text)


def clean_tree(value: Any) -> Any:
    """Clean every string (keys included) in parsed TOML data."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): clean_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_tree(v) for v in value]
    return value


class NestedTooDeep(ValueError):
    """Raised by clean_tree_within: the data nests deeper than it allows."""


def clean_tree_within(value: Any, levels: int) -> Any:
    """clean_tree, for data whose tables and arrays nest at most `levels` deep (else NestedTooDeep)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        if not levels:
            raise NestedTooDeep
        return {clean_text(k): clean_tree_within(v, levels - 1) for k, v in value.items()}
    if isinstance(value, list):
        if not levels:
            raise NestedTooDeep
        return [clean_tree_within(v, levels - 1) for v in value]
    return value


def escape_controls(text: str) -> str:
    """`text` with each unsafe character written as an escape (\\x1b), for file names:
    shown so the file can still be found, never acted on by a terminal."""
    if text.isprintable():
        return text
    unsafe = _pattern(_UNSAFE + _UNDECODABLE)
    return unsafe.sub(lambda match: match[0].encode("unicode_escape").decode("ascii"), text)
