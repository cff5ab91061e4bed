"""Where tomllib and msgspec say an error is, read from their messages.

Neither library exposes positions as attributes in the versions we support,
so both the briefing loader and the theme loader read them from here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

_TOML_POSITION = re.compile(r"^(?P<msg>.*) \(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_END = re.compile(r"^(?P<msg>.*) \(at end of document\)$")
_MSGSPEC_PATH = re.compile(r"^(?P<msg>.*) - at `(?P<path>[^`]*)`$")


@dataclass(frozen=True)
class SyntaxPosition:
    message: str  # e.g. "TOML syntax: Invalid value" (with "at end of file" where it applies)
    line: int | None
    column: int | None


def toml_syntax_position(error: tomllib.TOMLDecodeError, text: str) -> SyntaxPosition:
    message = str(error)
    match = _TOML_POSITION.match(message)
    if match:
        return SyntaxPosition(f"TOML syntax: {match['msg']}", int(match["line"]), int(match["col"]))
    match = _TOML_END.match(message)
    if match:
        lines = text.splitlines() or [""]
        return SyntaxPosition(f"TOML syntax: {match['msg']} at end of file", len(lines), len(lines[-1]) + 1)
    return SyntaxPosition(f"TOML syntax: {message}", None, None)


def split_validation_message(message: str) -> tuple[str, str]:
    """msgspec's "Expected `int`, got `str` - at `$.a[0].b`" -> ("Expected …", "a[0].b")."""
    match = _MSGSPEC_PATH.match(message)
    if not match:
        return message, ""
    return match["msg"], match["path"].removeprefix("$.").removeprefix("$")
