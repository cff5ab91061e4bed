"""Helpers shared by the figure tests."""

from __future__ import annotations

from tui.model.ingest.figures import find_figures


def shown(sentence: str) -> list[tuple[str, float, str]]:
    """The figures found in `sentence` as (display, value to 4 places, unit); each display must be
    the sentence's own words at the figure's span."""
    found = find_figures(sentence)
    for figure in found:
        assert sentence[figure.start : figure.end] == figure.display
    return [(f.display, round(f.value, 4), f.unit) for f in found]
