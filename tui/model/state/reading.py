"""Reading state: which briefings were opened and where the reader left off."""

from __future__ import annotations

import tomllib
from pathlib import Path

import msgspec
import tomli_w

from tui.model.format.clean import clean_tree
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import write_atomic

READING_FORMAT = 1


class Position(msgspec.Struct, frozen=True, kw_only=True):
    claim: str = ""  # focused claim id, empty for none
    scroll: float = 0.0  # article scroll offset in lines


class ReadingFile(msgspec.Struct, kw_only=True):
    format: int = READING_FORMAT
    positions: dict[str, Position] = {}


class ReadingState:
    """Positions per briefing id. A damaged file is treated as empty, never fatal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data = self._read()

    def _read(self) -> ReadingFile:
        try:
            raw = clean_tree(tomllib.loads(read_regular(self.path).decode("utf-8")))
            return msgspec.convert(raw, ReadingFile)
        except (
            OSError,
            UnicodeDecodeError,
            tomllib.TOMLDecodeError,
            RecursionError,
            msgspec.ValidationError,
        ):
            return ReadingFile()

    def is_read(self, briefing_id: str) -> bool:
        return briefing_id in self._data.positions

    def position(self, briefing_id: str) -> Position | None:
        return self._data.positions.get(briefing_id)

    def remember(self, briefing_id: str, position: Position) -> None:
        if self._data.positions.get(briefing_id) == position and self.path.exists():
            return
        self._data.positions[briefing_id] = position
        data = msgspec.to_builtins(self._data)
        write_atomic(self.path, tomli_w.dumps(data).encode("utf-8"))
