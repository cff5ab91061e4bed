"""Find the line a value sits on in TOML source, for error messages.

tomllib keeps no positions, so this reads the text the way a person would:
the n-th `[[claims]]` header, then the `key =` line inside that table. It is
a best effort for pointing at a place, never used to read values.
"""

from __future__ import annotations

import bisect
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
    return Locator(text).line_of(path)


class Locator:
    """One TOML text, split and its table headers found once, for locating many paths.

    A file with thousands of problems is located in one read of its lines, not one per
    problem (a 3 MB file of 4,672 claims took over three minutes that way).
    """

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self._header_lines: list[int] = []  # every table header's 0-based line, in order
        self._headers: dict[tuple[str, bool], list[int]] = {}  # (name, is array) -> lines
        for number, line in enumerate(self.lines):
            match = _HEADER.match(line)
            if match:
                self._header_lines.append(number)
                self._headers.setdefault((match.group(2), match.group(1) == "[["), []).append(number)

    def line_of(self, path: str) -> int:
        """1-based line of `path`; the nearest enclosing line if unknown."""
        parts = split_path(path)
        if not parts:
            return 1
        table = str(parts[0])
        rest = parts[1:]
        # Top-level key (e.g. `format`) or an array-of-tables / table header.
        if rest and isinstance(rest[0], int):
            start = self._nth_header(table, rest[0], array=True)
            if start is None:  # a top-level array value, e.g. editor_notes[1]
                found = self._key_line(0, table)
                return found if found is not None else 1
            rest = rest[1:]
        else:
            start = self._nth_header(table, 0, array=False)
            if start is None:
                found = self._key_line(0, table)
                return found if found is not None else 1
        key = next((p for p in rest if isinstance(p, str)), None)
        if key is None:
            return start + 1
        found = self._key_line(start + 1, key)
        return found if found is not None else start + 1

    def _nth_header(self, name: str, index: int, *, array: bool) -> int | None:
        found = self._headers.get((name, array), [])
        return found[index] if 0 <= index < len(found) else None

    def _key_line(self, start: int, key: str) -> int | None:
        """Line (1-based) of `key =` from `start` until the next table header."""
        after = bisect.bisect_left(self._header_lines, start)
        end = self._header_lines[after] if after < len(self._header_lines) else len(self.lines)
        for number in range(start, end):
            match = _KEY.match(self.lines[number])
            if match and match.group(1) == key:
                return number + 1
        return None
