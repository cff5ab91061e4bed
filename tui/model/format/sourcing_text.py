"""The one-line sourcing summary, apart from the analysis (`sourcing`): the library's rows
show it for every briefing, and the first frame should not have to import the analysis."""

from __future__ import annotations


def sourcing_line(sources: int, *, unsourced: int, opinion: int, single: int, overstated: int = 0) -> str:
    """The one-line sourcing summary; overstated headings only when there are some."""
    parts = [
        _count(sources, "source", "sources"),
        _count(unsourced, "unsourced fact", "unsourced facts"),
        f"{opinion} opinion",
        f"{single} single-source",
    ]
    if overstated:
        parts.append(_count(overstated, "overstated heading", "overstated headings"))
    return " · ".join(parts)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"
