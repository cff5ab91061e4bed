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

SUMMARY = "export bookmarks as Markdown"
DESCRIPTION = """\
Write your bookmarks as one Markdown document (CommonMark, with Obsidian block ids): briefings in
library order, bookmarks in reading order, each with who says so. Prints to stdout unless -o is given.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
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
    from tui.model.format.problems import display_path
    from tui.model.output.export import export_markdown, export_to_file
    from tui.model.state.bookmarks import BookmarkStore
    from tui.model.state.library_view import LibraryView, read_library, stale_bookmarks
    from tui.model.state.paths import state_paths
    from tui.model.state.prefetch import open_index
    from tui.model.text import did_you_mean

    paths = state_paths()
    store = BookmarkStore(paths.bookmarks_file)
    bookmarks = store.load()
    for message in store.take_messages():
        print(f"briefing: {message}", file=sys.stderr)

    # The library from the index the reader keeps: only files changed since it was
    # last brought up to date are parsed.
    index = open_index(paths.index_file)
    try:
        entries = read_library(index, [f for f in library if f.exists()])
    finally:
        if index is not None:
            index.close()
    view = LibraryView()
    view.fill(entries, complete=True)

    title = "Bookmarks"
    if args.briefing:
        wanted = set(args.briefing)
        known = set(view.order) | {b.briefing_id for b in bookmarks}
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

    stale = stale_bookmarks(bookmarks, view) or frozenset()
    text = export_markdown(
        bookmarks,
        library_order=view.order,
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
