"""A library: folders of briefing files, listed as summaries.

The list needs only summaries; a full briefing is parsed again when it is
opened. One broken file becomes a broken entry carrying its problems and never
stops the others from loading.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec

from tui.model.format.clean import escape_controls
from tui.model.format.loader import load_briefing
from tui.model.format.problems import BriefingError, Problem, display_path
from tui.model.format.records import Briefing
from tui.model.format.sourcing import Sourcing, Warning, sourcing_line

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
    unsourced: int = 0
    single_source: int = 0

    @property
    def sourcing_line(self) -> str:
        return sourcing_line(self.sources, self.unsourced, self.single_source)


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


def summarize(briefing: Briefing) -> Summary:
    warnings = Sourcing(briefing).overview.warnings
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
        unsourced=warnings[Warning.UNSOURCED],
        single_source=warnings[Warning.SINGLE_SOURCE],
    )


def load_entry(path: Path) -> Entry:
    try:
        return Entry(path=str(path), summary=summarize(load_briefing(path)))
    except BriefingError as error:
        return Entry(path=str(path), problems=tuple(error.problems))


def briefing_files(folders: Iterable[Path]) -> Iterator[Path]:
    """Every briefing file under `folders`, sorted, each once."""
    seen: set[Path] = set()
    for folder in folders:
        if folder.is_file():
            candidates = [folder]
        elif folder.is_dir():
            candidates = sorted(folder.rglob(f"*{BRIEFING_SUFFIX}"))
        else:
            continue
        for path in candidates:
            if not path.is_file():  # also False for a symlink loop, which resolve() would raise on
                continue
            real = Path(os.path.realpath(path))
            if real not in seen:
                seen.add(real)
                yield path


def scan_library(folders: Iterable[Path]) -> list[Entry]:
    return [load_entry(path) for path in briefing_files(folders)]


def missing_folders(folders: Iterable[Path]) -> list[str]:
    return [display_path(f) for f in folders if not f.exists()]
