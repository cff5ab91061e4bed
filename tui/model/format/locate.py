"""Find the line a value sits on in TOML source, for error messages.

tomllib keeps no positions, so this reads the text the way a person would:
the n-th `[[claims]]` header, then the `key =` line inside that table. It is
a best effort for pointing at a place, never used to read values.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+)\s*=")
_PATH_PART = re.compile(r"([A-Za-z0-9_\-]+)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    """`claims[3].attribution[1]` -> ['claims', 3, 'attribution', 1]."""
    parts: list[str | int] = []
    for name, index in _PATH_PART.findall(path.removeprefix("$")):
        parts.append(name if name else int(index))
    return parts


def line_of(text: str, path: str) -> int:
    """1-based line of `path` in `text`; the nearest enclosing line if unknown."""
    parts = split_path(path)
    if not parts:
        return 1
    lines = text.splitlines()
    table = str(parts[0])
    rest = parts[1:]
    # Top-level key (e.g. `format`) or an array-of-tables / table header.
    if rest and isinstance(rest[0], int):
        start = _nth_header(lines, table, rest[0], array=True)
        if start is None:  # a top-level array value, e.g. editor_notes[1]
            found = _key_line(lines, 0, table)
            return found if found is not None else 1
        rest = rest[1:]
    else:
        start = _nth_header(lines, table, 0, array=False)
        if start is None:
            found = _key_line(lines, 0, table)
            return found if found is not None else 1
    if start is None:
        return 1
    key = next((p for p in rest if isinstance(p, str)), None)
    if key is None:
        return start + 1
    found = _key_line(lines, start + 1, key)
    return found if found is not None else start + 1


def _nth_header(lines: list[str], name: str, index: int, *, array: bool) -> int | None:
    seen = 0
    for number, line in enumerate(lines):
        match = _HEADER.match(line)
        if not match or match.group(2) != name:
            continue
        if (match.group(1) == "[[") != array:
            continue
        if seen == index:
            return number
        seen += 1
    return None


def _key_line(lines: list[str], start: int, key: str) -> int | None:
    """Line (1-based) of `key =` from `start` until the next table header."""
    for number in range(start, len(lines)):
        line = lines[number]
        if _HEADER.match(line):
            return None
        match = _KEY.match(line)
        if match and match.group(1) == key:
            return number + 1
    return None
