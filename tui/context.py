"""What screens share: where state lives and the stores that keep it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tui.model.paths import StatePaths
from tui.model.reading import ReadingState
from tui.model.settings import Settings


@dataclass
class ReaderContext:
    paths: StatePaths
    folders: list[Path]
    settings: Settings
    reading: ReadingState = field(init=False)

    def __post_init__(self) -> None:
        self.reading = ReadingState(self.paths.reading_file)
