"""The `briefing` command line. Heavy imports wait until a command needs them."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__

if TYPE_CHECKING:
    import argparse

# Each command module (tui.commands.<module>) gives its one-line SUMMARY, its DESCRIPTION
# and add_arguments(); they are imported with argparse, which the reader alone does without.
COMMANDS = {"check": "check", "export-bookmarks": "export", "ingest": "ingest"}


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Read news briefings: sections, figures, and who says so for every claim.",
        epilog="State lives under the platform's standard folders; set BRIEFING_HOME to keep "
        "all of it in one folder. BRIEFING_LIBRARY lists default library folders.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.add_argument(
        "--library",
        "-l",
        metavar="DIR",
        action="append",
        type=Path,
        help="a folder of briefings (repeatable); default: $BRIEFING_LIBRARY or the bundled "
        "briefings, plus your own briefings folder",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module in COMMANDS.items():
        command = importlib.import_module(f"tui.commands.{module}")
        subparser = commands.add_parser(name, help=command.SUMMARY, description=command.DESCRIPTION)
        command.add_arguments(subparser)
    return parser


def reader_library(argv: Sequence[str]) -> list[Path] | None:
    """The --library folders of a plain reader command line (`briefing`, `briefing --library
    DIR`, `-l DIR`, `--library=DIR`, repeated), read without argparse (a few ms of start-up);
    None for anything else — a command, another option, help — which argparse reads."""
    folders: list[Path] = []
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token in ("--library", "-l") and tokens and not tokens[0].startswith("-"):
            folders.append(Path(tokens.pop(0)))
        elif token.startswith("--library=") and len(token) > len("--library="):
            folders.append(Path(token.removeprefix("--library=")))
        else:
            return None
    return folders


def library_folders(args: argparse.Namespace) -> list[Path]:
    return _folders(args.library)


def _folders(library: list[Path] | None) -> list[Path]:
    from tui.model.state.paths import default_library, state_paths

    folders = [*library, state_paths().user_briefings] if library else default_library()
    # Absolute, so the library index keys one file the same way from any working folder.
    return [folder.absolute() for folder in folders]


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    library = reader_library(argv)
    if library is None:
        args = build_parser().parse_args(argv)
        if args.command == "check":
            from tui.commands import check

            return check.run(args, library_folders(args))
        if args.command == "export-bookmarks":
            from tui.commands import export

            return export.run(args, library_folders(args))
        if args.command == "ingest":
            from tui.commands import ingest

            return ingest.run(args)
        library = args.library
    # The reader's start-up makes some 100,000 objects and frees few: the collector's passes
    # until the first frame are pure cost (25-50 ms here, 10-15% of start-up). The app turns
    # it on again once that frame is drawn (BriefingApp._after_first_frame).
    gc.disable()
    try:
        from tui.app import run_reader

        return run_reader(_folders(library))
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
