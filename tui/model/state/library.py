"""A library: folders of briefing files, listed as summaries.

The list needs only summaries; a full briefing is parsed again when it is
opened. One broken file becomes a broken entry carrying its problems and never
stops the others from loading. Finding the files is `index.library_files`;
listing a library is `library_view.read_library` (from the index) or
`library_view.scan_library` (parsing every file).
"""

from __future__ import annotations

from pathlib import Path

from tui.model.format.problems import BriefingError
from tui.model.format.records import Briefing, ClaimKind, ReviewState
from tui.model.format.sourcing import Sourcing, SourcingWarning

# Entry and Summary live in `entry` (the first frame needs them without the parser).
from tui.model.state.entry import SORT_KEYS as SORT_KEYS
from tui.model.state.entry import Entry as Entry
from tui.model.state.entry import Summary as Summary
from tui.model.state.entry import duplicate_ids as duplicate_ids
from tui.model.state.entry import sort_columns as sort_columns

BRIEFING_SUFFIX = ".toml"


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
