"""`briefing check`: validate briefing files, compiler-style."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model is imported when the command runs: `briefing` alone starts the reader
    from tui.model.format.problems import Problem
    from tui.model.state.library import Entry

SUMMARY = "validate briefing files and folders"
DESCRIPTION = """\
Validate briefings. Prints one line per problem as FILE:LINE:COL: PATH: MESSAGE, a line per broken
file with its count and format version, then a summary. Exits 1 if anything is wrong.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="files or folders (default: the library)"
    )


def run(args: argparse.Namespace, library: list[Path]) -> int:
    from tui.model.format.problems import display_path
    from tui.model.state.library import load_entry
    from tui.model.state.library_walk import library_files

    targets: list[Path] = args.paths or [f for f in library if f.exists()]
    missing = [p for p in targets if not p.exists()]
    for path in missing:
        print(f"{display_path(path)}: no such file or folder", file=sys.stdout)
    files = [Path(p) for p in library_files(t for t in targets if t.exists())]
    entries = [load_entry(path) for path in files]
    duplicates = duplicate_id_problems(entries)
    broken = 0
    problems = 0
    drafts = sum(entry.summary.drafts for entry in entries if entry.summary is not None)
    for entry in entries:
        found = [*entry.problems, *duplicates.get(entry.path, [])]
        if found:
            broken += 1
            problems += len(found)
            for problem in sorted(found, key=lambda p: p.line):
                print(problem)
            print(file_verdict(Path(entry.path), len(found)))
    if broken or missing:
        total = len(files) + len(missing)
        noun = "file" if total == 1 else "files"
        print(f"{problems + len(missing)} problem(s) in {broken + len(missing)} of {total} {noun}")
        return 1
    noun = "file" if len(files) == 1 else "files"
    print(f"{len(files)} {noun} checked, no problems{_drafts_note(drafts)}")
    return 0


def _drafts_note(drafts: int) -> str:
    """How many claims wait for review: drafts are not problems, but a reader should know."""
    if not drafts:
        return ""
    return f"; {drafts} draft claim{'' if drafts == 1 else 's'} await{'s' if drafts == 1 else ''} review"


def duplicate_id_problems(entries: list[Entry]) -> dict[str, list[Problem]]:
    """A problem for each file whose briefing id another file also has (bookmarks and reading
    positions are kept by id, so the two would share them)."""
    from tui.model.format.locate import line_of
    from tui.model.format.problems import Problem, display_path
    from tui.model.format.text_file import read_regular
    from tui.model.state.library import duplicate_ids

    found: dict[str, list[Problem]] = {}
    for briefing_id, paths in duplicate_ids(entries).items():
        for path in paths:
            others = ", ".join(display_path(Path(other)) for other in paths if other != path)
            try:
                line = line_of(read_regular(path).decode("utf-8"), "briefing.id")
            except (OSError, UnicodeDecodeError):
                line = 1
            found[path] = [
                Problem(
                    file=display_path(Path(path)),
                    line=line,
                    path="briefing.id",
                    message=f"duplicate briefing id '{briefing_id}' — also in {others}",
                )
            ]
    return found


def file_verdict(path: Path, problems: int) -> str:
    """e.g. 'bad.toml: 2 problems · written in format 1 (this briefing reads formats 1–3)'."""
    from tui.model.format.loader import declared_format
    from tui.model.format.problems import display_path
    from tui.model.format.records import FORMAT_VERSION

    version = declared_format(path)
    written = f"written in format {version}" if version is not None else "no format version given"
    noun = "problem" if problems == 1 else "problems"
    return (
        f"{display_path(path)}: {problems} {noun} · {written} "
        f"(this briefing reads formats 1–{FORMAT_VERSION})"
    )
