"""A library: folders of briefing files, listed as summaries.

The list needs only summaries; a full briefing is parsed again when it is
opened. One broken file becomes a broken entry carrying its problems and never
stops the others from loading. Finding the files is `index.library_files`;
listing a library is `library_view.read_library` (from the index) or
`library_view.scan_library` (parsing every file).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.problems import BriefingError, Problem
from tui.model.format.records import Briefing, ClaimKind, ReviewState
from tui.model.format.sourcing import Sourcing, SourcingWarning, sourcing_line

BRIEFING_SUFFIX = ".toml"


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
        return self.summary.title if self.summary else Path(self.path).name


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


def summarize(briefing: Briefing) -> Summary:
    overview = Sourcing(briefing).overview
    meta = briefing.meta
    return Summary(
        id=meta.id,
        title=meta.title,
        dek=meta.dek,
        outlet=meta.outlet,
        published=meta.published,
        tags=meta.tags,
        sections=len(briefing.sections),
        claims=len(briefing.claims),
        figures=len(briefing.figures),
        sources=len(briefing.sources),
        unsourced=overview.warnings[SourcingWarning.UNSOURCED],
        single_source=overview.warnings[SourcingWarning.SINGLE_SOURCE],
        opinion=overview.claims_by_kind[ClaimKind.OPINION],
        overstated=overview.overstated,
        drafts=sum(claim.review is ReviewState.DRAFT for claim in briefing.claims),
    )


def load_entry(path: Path) -> Entry:
    from tui.model.format.loader import load_briefing  # parsing is not needed for a first frame

    try:
        return Entry(path=str(path), summary=summarize(load_briefing(path)))
    except BriefingError as error:
        return Entry(path=str(path), problems=tuple(error.problems))


def duplicate_ids(entries: Iterable[Entry]) -> dict[str, list[str]]:
    """Briefing ids held by more than one file -> those files' paths, in the order given."""
    paths: dict[str, list[str]] = {}
    for entry in entries:
        if entry.summary is not None:
            paths.setdefault(entry.summary.id, []).append(entry.path)
    return {briefing_id: found for briefing_id, found in paths.items() if len(found) > 1}
