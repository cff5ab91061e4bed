"""The `briefing` command line. Heavy imports wait until a command needs them."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.commands import check, export, ingest

# Each command module gives its one-line SUMMARY, its DESCRIPTION and add_arguments().
COMMANDS = {"check": check, "export-bookmarks": export, "ingest": ingest}


def build_parser() -> argparse.ArgumentParser:
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
    for name, command in COMMANDS.items():
        subparser = commands.add_parser(name, help=command.SUMMARY, description=command.DESCRIPTION)
        command.add_arguments(subparser)
    return parser


def library_folders(args: argparse.Namespace) -> list[Path]:
    from tui.model.state.paths import default_library, state_paths

    folders = [*args.library, state_paths().user_briefings] if args.library else default_library()
    # Absolute, so the library index keys one file the same way from any working folder.
    return [folder.absolute() for folder in folders]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return check.run(args, library_folders(args))
    if args.command == "export-bookmarks":
        return export.run(args, library_folders(args))
    if args.command == "ingest":
        return ingest.run(args)
    # The reader's start-up makes some 100,000 objects and frees few: the collector's passes
    # until the first frame are pure cost (25-50 ms here, 10-15% of start-up). The app turns
    # it on again once that frame is drawn (BriefingApp._after_first_frame).
    gc.disable()
    try:
        from tui.app import run_reader

        return run_reader(library_folders(args))
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
