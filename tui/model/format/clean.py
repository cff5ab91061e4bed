"""Text hygiene: strip characters a terminal would act on, or draw wider than it is measured.

Textual writes widget text to the terminal as is, so ESC, C1 and friends in an
article could move the cursor, set the clipboard (OSC 52) or retitle the
window. Every string read from a file passes through `clean_text` once, at load.

Layout measures text with Rich's cell widths; a character a terminal draws wider than that
pushes the rest of its row out of its pane or window. Such characters that carry no words
(joiners, skin tones, Hangul fillers) are dropped and the rest rewritten to forms every terminal
draws alike; README.md's reliability section has the table measured in tmux 3.3a.
"""

from __future__ import annotations

import functools
import re
from typing import Any

# C0 except \t (09) and \n (0A); DEL; C1; bidi embeddings/overrides/isolates.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069"
# File names that are not UTF-8 decode to lone surrogates, which no terminal encoding can write.
_UNDECODABLE = "\ud800-\udfff"

# Characters terminals draw wider than Rich measures them (tmux 3.3a, measured; README.md's
# reliability section), each with what replaces it: "" drops it.
# - The zero-width joiner U+200D. Rich measures a joined sequence as its first character and
#   skips the rest: an emoji ZWJ sequence (man, ZWJ, woman, ZWJ, girl) is 2 cells to it, and
#   "b", ZWJ, "c" 1. tmux joins emoji only when the joiner and the emoji after it reach it in
#   one read, so where a frame is split between reads the family is drawn 6 cells wide (and a
#   terminal without emoji sequences, or any terminal for letters, always draws each part).
#   Dropped, the parts stay as separate emoji (man woman girl, white flag rainbow), which Rich
#   and every terminal measure alike; between letters the joiner only picked a glyph shape.
# - Skin-tone modifiers U+1F3FB-1F3FF: Rich counts 0 cells (and 2 for a toned emoji); tmux draws
#   the tone as a swatch of its own, 2 cells, after the emoji (4 in all). The emoji stays, untoned.
# - Hangul fillers U+3164, U+FFA0: invisible, used for blank-looking names; Rich 0, tmux 2 and 1.
# - Circled numbers on black squares U+3248-324F: Rich 1, tmux 2; written in ASCII, "(10)".
# Spacing marks (Indic vowel signs: Rich 0, tmux 1) are letters of their words: kept, still open.
ZWJ = "\u200d"
_REDRAWN: dict[str, str] = {
    ZWJ: "",
    **{chr(code): "" for code in range(0x1F3FB, 0x1F400)},
    "\u3164": "",
    "\uffa0": "",
    **{chr(0x3248 + tens): f"({tens + 1}0)" for tens in range(8)},
}
_REDRAWN_CLASS = "\u200d\U0001f3fb-\U0001f3ff\u3164\uffa0\u3248-\u324f"


# The patterns are compiled on first use (about 1 ms at start-up otherwise): the reader's
# first frame passes only printable text, which the fast paths below return as it is.
@functools.cache
def _pattern(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{characters}]")


def clean_text(text: str) -> str:
    """Return `text` without control and bidi-control characters, and with the characters
    terminals draw wider than Rich measures them dropped or rewritten."""
    if text.isascii():  # fast path (isascii takes no time): nothing to rewrite, often nothing to strip
        return text if text.isprintable() else _pattern(_UNSAFE).sub("", text)
    if not text.isprintable():
        text = _pattern(_UNSAFE).sub("", text)
    return _pattern(_REDRAWN_CLASS).sub(_redrawn, text)  # the same string back when none is there


def _redrawn(match: re.Match[str]) -> str:
    return _REDRAWN[match[0]]


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
