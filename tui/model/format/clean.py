"""Text hygiene: strip characters a terminal would act on, or draw wider than it is measured.

Textual writes widget text to the terminal as is, so ESC, C1 and friends in an
article could move the cursor, set the clipboard (OSC 52) or retitle the
window. Every string read from a file passes through `clean_text` once, at load.

Layout measures text with Rich's cell widths; a character a terminal draws wider than that
pushes the rest of its row out of its pane or window. The few such characters that carry no
words (skin tones, Hangul fillers) are dropped and the rest rewritten to forms every terminal
draws alike; README.md's reliability section has the table measured in tmux 3.3a. Spacing marks
(Indic vowel signs, category Mc) are letters of their words: kept, and measured as the terminal
draws them instead (tui/widgets/cell_widths.py, the `spacing_marks` setting).
"""

from __future__ import annotations

import functools
import re
from typing import Any

# C0 except \t (09) and \n (0A); DEL; C1; bidi embeddings/overrides/isolates.
# The zero-width joiner (U+200D) is kept only inside emoji sequences (see _drop_stray_joiners).
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069"
ZWJ = "\u200d"
# Pictographs that emoji ZWJ sequences join (Unicode's Extended_Pictographic, by block).
_PICTOGRAPHIC = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
# What may stand between a pictograph and its joiner: emoji presentation (VS16).
_EMOJI_SUFFIX = "\ufe0f"
# File names that are not UTF-8 decode to lone surrogates, which no terminal encoding can write.
_UNDECODABLE = "\ud800-\udfff"

# Characters Rich measures narrower than terminals draw them (tmux 3.3a; glibc's wcwidth, which
# xterm- and VTE-style terminals share), each with what replaces it: "" drops it.
# - Skin-tone modifiers U+1F3FB-1F3FF: Rich counts 0 cells (and 2 for a toned emoji); tmux draws
#   the tone as a swatch of its own, 2 cells, after the emoji (4 in all). The emoji stays, untoned.
# - Hangul fillers U+3164, U+FFA0: invisible, used for blank-looking names; Rich 0, tmux 2 and 1.
# - Circled numbers on black squares U+3248-324F: Rich 1, tmux 2; written in ASCII, "(10)".
_REDRAWN: dict[str, str] = {
    **{chr(code): "" for code in range(0x1F3FB, 0x1F400)},
    "\u3164": "",
    "\uffa0": "",
    **{chr(0x3248 + tens): f"({tens + 1}0)" for tens in range(8)},
}
_REDRAWN_CLASS = "\U0001f3fb-\U0001f3ff\u3164\uffa0\u3248-\u324f"


# The patterns are compiled on first use (about 1 ms at start-up otherwise): the reader's
# first frame passes only printable text, which the fast paths below return as it is.
@functools.cache
def _pattern(characters: str) -> re.Pattern[str]:
    return re.compile(f"[{characters}]")


def clean_text(text: str) -> str:
    """Return `text` without control and bidi-control characters or joiners outside emoji, and
    with the characters terminals draw wider than Rich measures them dropped or rewritten."""
    if text.isprintable():  # U+200D is not printable, so joiners never take this path
        if text.isascii() or _pattern(_REDRAWN_CLASS).search(text) is None:  # isascii takes no time
            return text
    else:
        text = _pattern(_UNSAFE).sub("", text)
        if text.isascii():
            return text
    # Before the joiners: a joiner a dropped tone stood beside is then checked as it is left.
    text = _pattern(_REDRAWN_CLASS).sub(_redrawn, text)  # the same string back when none is there
    return _drop_stray_joiners(text) if ZWJ in text else text


def _redrawn(match: re.Match[str]) -> str:
    return _REDRAWN[match[0]]


def _drop_stray_joiners(text: str) -> str:
    """`text` without the zero-width joiners that do not join two pictographs.

    Rich measures a joined pair as one grapheme: "b\u200dc" is 1 cell to it, and a row of them
    is measured at half its width, while a terminal draws each letter (tmux 3.3: 2 cells), so
    the row spills past the window. Between pictographs (man, ZWJ, woman, ZWJ, girl; the
    rainbow flag) the joiner makes one emoji, which Rich measures as 2 cells, as wide as or
    wider than terminals draw it. Elsewhere (letters, Indic half-forms, Arabic joining forms)
    it only picks a glyph shape: dropped, the text reads the same and is measured as drawn.
    """
    kept: list[str] = []
    start = 0
    at = text.find(ZWJ)
    while at != -1:
        kept.append(text[start:at])
        before = at - 1
        while before >= 0 and text[before] == _EMOJI_SUFFIX:
            before -= 1
        joins = (
            before >= 0
            and _pattern(_PICTOGRAPHIC).match(text, before) is not None
            and _pattern(_PICTOGRAPHIC).match(text, at + 1) is not None
        )
        if joins:
            kept.append(ZWJ)
        start = at + 1
        at = text.find(ZWJ, start)
    kept.append(text[start:])
    return "".join(kept)


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
