"""Problems found in a briefing file, printed compiler-style."""

from __future__ import annotations

from pathlib import Path

import msgspec

from tui.model.format.clean import escape_controls


class Problem(msgspec.Struct, frozen=True, kw_only=True):
    """One thing wrong with a file: where it is and what to do about it."""

    file: str
    line: int = 1
    column: int = 1
    path: str = ""  # e.g. claims[3].attribution[1]; empty for syntax errors
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class BriefingError(Exception):
    """A file could not be loaded as a briefing; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def display_path(path: Path) -> str:
    """The path as a person typed it: relative to the working folder when inside it.

    File names are text from someone else: control characters in them are shown escaped."""
    try:
        return escape_controls(str(path.resolve().relative_to(Path.cwd().resolve())))
    except ValueError:
        return escape_controls(str(path))
