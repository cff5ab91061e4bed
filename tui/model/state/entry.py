"""What the library lists for one file: its summary, or the problems that broke it.

Kept apart from `library` (which summarizes parsed briefings) so that the first
frame can show rows read from the index without importing the parser, the
records or the sourcing analysis.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.clean import escape_controls
from tui.model.format.problems import Problem
from tui.model.format.sourcing_text import sourcing_line


class Summary(msgspec.Struct, frozen=True, kw_only=True):
    """What the library list shows for one briefing."""

    id: str
    title: str
    dek: str = ""
    outlet: str = ""
    published: datetime.date | None = None
    tags: tuple[str, ...] = ()
    sections: int = 0
    claims: int = 0
    figures: int = 0
    sources: int = 0
    # Factual claims and predictions with no source; opinions are counted apart.
    unsourced: int = 0
    single_source: int = 0
    opinion: int = 0
    # Headings (and the title) that state as fact what the body attributes.
    overstated: int = 0
    # Claims still in draft: made by `briefing ingest`, not yet checked in review.
    drafts: int = 0

    @property
    def sourcing_line(self) -> str:
        return sourcing_line(
            self.sources,
            unsourced=self.unsourced,
            opinion=self.opinion,
            single=self.single_source,
            overstated=self.overstated,
        )

    @property
    def has_warnings(self) -> bool:
        return bool(self.unsourced or self.single_source or self.overstated)


class Entry(msgspec.Struct, frozen=True, kw_only=True):
    """One file in the library: a summary, or the problems that broke it."""

    path: str
    summary: Summary | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def broken(self) -> bool:
        return self.summary is None

    @property
    def title(self) -> str:
        return self.summary.title if self.summary else escape_controls(Path(self.path).name)


# The library's orders. Newest first; undated and broken files last. The index
# stores the same keys in columns (sort_columns) to read a page in any order.
SORT_KEYS: dict[str, Callable[[Entry], Any]] = {
    "date": lambda e: (
        e.broken,
        -(e.summary.published or datetime.date.min).toordinal() if e.summary else 0,
        e.title.casefold(),
    ),
    "title": lambda e: (e.broken, e.title.casefold()),
    "outlet": lambda e: (e.broken, (e.summary.outlet if e.summary else "").casefold(), e.title.casefold()),
}


def sort_columns(entry: Entry) -> tuple[int, int, str, str]:
    """(broken, date key, title key, outlet key): SORT_KEYS as the index stores them."""
    summary = entry.summary
    if summary is None:
        return (1, 0, entry.title.casefold(), "")
    date = -(summary.published or datetime.date.min).toordinal()
    return (0, date, summary.title.casefold(), summary.outlet.casefold())


def duplicate_ids(entries: Iterable[Entry]) -> dict[str, list[str]]:
    """Briefing ids held by more than one file -> those files' paths, in the order given."""
    paths: dict[str, list[str]] = {}
    for entry in entries:
        if entry.summary is not None:
            paths.setdefault(entry.summary.id, []).append(entry.path)
    return {briefing_id: found for briefing_id, found in paths.items() if len(found) > 1}
