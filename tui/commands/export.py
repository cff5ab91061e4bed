"""`briefing export-bookmarks`: bookmarks as markdown notes (in progress)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    commands.add_parser("export-bookmarks", help="export bookmarks as markdown")


def run(args: argparse.Namespace, library: list[Path]) -> int:
    raise NotImplementedError
