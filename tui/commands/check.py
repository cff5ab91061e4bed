"""`briefing check`: validate briefing files, compiler-style."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tui.model.format.loader import declared_format
from tui.model.format.problems import display_path
from tui.model.format.records import FORMAT_VERSION
from tui.model.state.index import library_files
from tui.model.state.library import load_entry


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "check",
        help="validate briefing files and folders",
        description="Validate briefings. Prints one line per problem as FILE:LINE:COL: "
        "PATH: MESSAGE, a line per broken file with its count and format version, then a "
        "summary. Exits 1 if anything is wrong.",
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: the library)"
    )


def run(args: argparse.Namespace, library: list[Path]) -> int:
    targets: list[Path] = args.paths or [f for f in library if f.exists()]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        print(f"{display_path(path)}: no such file or folder", file=sys.stdout)
    files = [Path(f) for f in library_files(t for t in targets if t.exists())]
    broken = 0
    problems = 0
    for path in files:
        entry = load_entry(path)
        if entry.broken:
            broken += 1
            problems += len(entry.problems)
            for problem in entry.problems:
                print(problem)
            print(file_verdict(path, len(entry.problems)))
    if broken or missing:
        total = len(files) + len(missing)
        noun = "file" if total == 1 else "files"
        print(f"{problems + len(missing)} problem(s) in {broken + len(missing)} of {total} {noun}")
        return 1
    noun = "file" if len(files) == 1 else "files"
    print(f"{len(files)} {noun} checked, no problems")
    return 0


def file_verdict(path: Path, problems: int) -> str:
    """e.g. 'bad.toml: 2 problems · written in format 1 (this briefing reads formats 1–2)'."""
    version = declared_format(path)
    written = f"written in format {version}" if version is not None else "no format version given"
    noun = "problem" if problems == 1 else "problems"
    return (
        f"{display_path(path)}: {problems} {noun} · {written} "
        f"(this briefing reads formats 1–{FORMAT_VERSION})"
    )
