"""`briefing export-bookmarks`: bookmarks as Markdown notes.

Markdown goes to stdout, or with -o atomically to a file that is never
replaced without --force. With no bookmarks the output is still a short,
valid document ("no bookmarks") and the exit status is 0. Exit status 1:
the output file exists (no --force), cannot be written, or --briefing names
a briefing that is neither in the library nor bookmarked.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import Any


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "export-bookmarks",
        help="export bookmarks as Markdown",
        description="Write your bookmarks as one Markdown document (CommonMark, with Obsidian "
        "block ids): briefings in library order, bookmarks in reading order, each with "
        "who says so. Prints to stdout unless -o is given.",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help="write to FILE (atomically) instead of stdout; an existing FILE is kept unless --force",
    )
    parser.add_argument(
        "--briefing",
        metavar="ID",
        action="append",
        help="only bookmarks of the briefing with this id (repeatable)",
    )
    parser.add_argument(
        "--front-matter",
        action="store_true",
        help="start with YAML front matter (title, exported date, count, tags)",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")


def today() -> datetime.date:
    """The export date; a function so tests can fix it."""
    return datetime.date.today()


def run(args: argparse.Namespace, library: list[Path]) -> int:
    from tui.model.format.loader import load_briefing
    from tui.model.format.problems import BriefingError, display_path
    from tui.model.format.records import Briefing
    from tui.model.format.validate import did_you_mean
    from tui.model.output.export import export_markdown, export_to_file
    from tui.model.state.bookmarks import BookmarkStore, stale_keys
    from tui.model.state.library import scan_library
    from tui.model.state.paths import state_paths

    store = BookmarkStore(state_paths().bookmarks_file)
    bookmarks = store.load()
    for message in store.take_messages():
        print(f"briefing: {message}", file=sys.stderr)

    entries = scan_library(f for f in library if f.exists())
    library_order: list[str] = []
    paths: dict[str, Path] = {}
    for entry in entries:
        if entry.summary is not None and entry.summary.id not in paths:
            library_order.append(entry.summary.id)
            paths[entry.summary.id] = Path(entry.path)

    title = "Bookmarks"
    if args.briefing:
        wanted = set(args.briefing)
        known = set(paths) | {b.briefing_id for b in bookmarks}
        for briefing_id in args.briefing:
            if briefing_id not in known:
                print(
                    f"briefing: no briefing '{briefing_id}' in the library or the bookmarks"
                    f"{did_you_mean(briefing_id, known)}",
                    file=sys.stderr,
                )
                return 1
        bookmarks = [b for b in bookmarks if b.briefing_id in wanted]
        if len(wanted) == 1:
            (only,) = wanted
            named = next((b.title for b in bookmarks if b.title), "")
            title = f"Bookmarks: {named or only}"

    # Items gone from a briefing still in the library are stale too: load the
    # briefings that have bookmarks to find out.
    loaded: dict[str, Briefing | None] = {}
    for briefing_id in {b.briefing_id for b in bookmarks}:
        if briefing_id in paths:
            try:
                loaded[briefing_id] = load_briefing(paths[briefing_id])
            except BriefingError:
                loaded[briefing_id] = None  # changed since the scan; check the id only
    stale = stale_keys(bookmarks, loaded | {i: None for i in library_order if i not in loaded})

    text = export_markdown(
        bookmarks,
        library_order=library_order,
        front_matter=args.front_matter,
        exported=today(),
        stale=stale,
        title=title,
    )
    if args.output is None or str(args.output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    try:
        export_to_file(args.output, text, force=args.force)
    except FileExistsError:
        print(
            f"briefing: {display_path(args.output)} already exists; use --force to replace it",
            file=sys.stderr,
        )
        return 1
    except OSError as error:
        print(
            f"briefing: cannot write {display_path(args.output)}: {error.strerror or error}",
            file=sys.stderr,
        )
        return 1
    noun = "bookmark" if len(bookmarks) == 1 else "bookmarks"
    print(f"Exported {len(bookmarks)} {noun} to {display_path(args.output)}", file=sys.stderr)
    return 0
