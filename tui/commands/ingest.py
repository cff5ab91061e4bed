"""`briefing ingest`: turn saved pages, scraped text and URLs into draft briefings."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.model.format.clean import escape_controls

if TYPE_CHECKING:
    from concurrent.futures import Future

# The limit itself is tui.model.ingest.decode.SIZE_LIMIT (a test keeps the two in step);
# it is not imported here so that start-up never loads ingest.
LIMIT_TEXT = "10 MB"


SUMMARY = "make draft briefings from HTML pages, scraped text or URLs"
DESCRIPTION = f"""\
Make a draft briefing from each SOURCE: an .html/.htm file (any charset), a text file of scraped page
text, - for standard input, or an http(s) URL. Paragraphs are kept verbatim; claims, sources and
figures are machine-made and marked review = "draft". Sources over {LIMIT_TEXT} are refused. Default
output: your own briefings folder (under BRIEFING_HOME if set). Exits 1 if any source failed.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="file, URL, or - for standard input")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="write the draft to FILE (one SOURCE)"
    )
    where.add_argument("--into", type=Path, metavar="DIR", help="write drafts into DIR as <id>.toml")
    parser.add_argument("--id", dest="wanted_id", metavar="ID", help="the briefing id (one SOURCE)")
    parser.add_argument("--force", action="store_true", help="replace existing files")


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except KeyboardInterrupt:
        # Writes are atomic: whatever was not finished was not written at all.
        print("briefing ingest: interrupted; unfinished drafts were not written", file=sys.stderr)
        return 130


def _run(args: argparse.Namespace) -> int:
    import re

    from tui.model.ingest.decode import SIZE_LIMIT
    from tui.model.state.paths import state_paths

    sources: list[str] = args.sources
    if len(sources) > 1 and (args.output or args.wanted_id):
        print("briefing ingest: -o and --id take one SOURCE; use --into DIR for several", file=sys.stderr)
        return 2
    if sources.count("-") > 1:
        print("briefing ingest: standard input (-) can be read once", file=sys.stderr)
        return 2
    if args.wanted_id is not None and not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", args.wanted_id):
        print("briefing ingest: --id takes lower-case letters, digits, - and _ (up to 64)", file=sys.stderr)
        return 2
    stdin_data = sys.stdin.buffer.read(SIZE_LIMIT + 1) if "-" in sources else None
    options: dict[str, Any] = {
        "output": args.output,
        "into": args.into,
        "default_folder": state_paths().user_briefings,
        "force": args.force,
        "wanted_id": args.wanted_id,
        "stdin_data": stdin_data,
    }
    if len(sources) == 1:
        outcome = _one(sources[0], options)
        print(escape_controls(outcome if isinstance(outcome, str) else outcome.summary()), file=sys.stdout)
        return 0 if not isinstance(outcome, str) else _fail(outcome)
    return _many(sources, options)


def _one(source: str, options: dict[str, Any]) -> Any:
    """An Outcome, or the one-line error as a string (picklable across processes)."""
    from tui.model.ingest.errors import IngestError
    from tui.model.ingest.pipeline import ingest_source

    try:
        return ingest_source(source, **options)
    except IngestError as error:
        return str(error)


def _fail(message: str) -> int:
    print(escape_controls(f"briefing ingest: {message}"), file=sys.stderr)
    return 1


def _fail_line(message: str) -> str:
    return escape_controls(f"briefing ingest: {message}")


def _many(sources: list[str], options: dict[str, Any]) -> int:
    # Here, not at the top: process pools load multiprocessing, which the reader never needs.
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    failed = 0
    workers = max(1, min(len(sources), os.cpu_count() or 1))
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    progress = Progress(*columns, console=console, transient=True)
    pool = ProcessPoolExecutor(workers)
    try:
        with progress:
            task = progress.add_task("ingest", total=len(sources))
            futures: dict[Future[Any], str] = {pool.submit(_one, s, options): s for s in sources}
            for future in as_completed(futures):
                try:
                    outcome = future.result()
                except Exception as error:  # a crash in one worker must not stop the others
                    outcome = f"{futures[future]}: {type(error).__name__}: {error}"
                # Plain prints: on a terminal, the live bar redirects them above itself.
                if isinstance(outcome, str):
                    failed += 1
                    print(_fail_line(outcome), file=sys.stderr)
                else:
                    print(escape_controls(outcome.summary()), file=sys.stdout)
                progress.advance(task)
    finally:
        # On Ctrl-C: drop what has not started; each running draft is written whole or not at all.
        pool.shutdown(wait=True, cancel_futures=True)
    done = len(sources) - failed
    print(f"{done} of {len(sources)} sources ingested", file=sys.stderr)
    return 1 if failed else 0
