"""Figures round 24: ages written as shortened or hanging-hyphen compounds ("a 40-yr-old man", "18- to
34-year-olds"). All sentences are invented; each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An age shortened as notices and listings write it.
        ("SOUGHT: Dorin Vask, 41-yr-old male, last seen in Marlow.", []),
        ("Police said a 6-mo-old girl was found safe.", []),
        # The low end of a span of ages whose hyphen hangs before "to".
        ("The app's core audience is 18- to 34-year-olds in Tarnby.", []),
        ("Ads aimed at 25-to 40-year-olds ran all week.", []),
        # A span of things counted, not of ages, stays a figure at its lower bound.
        ("The shop hired 18 to 34 staff for the season.", [("18 to 34", 18, "staff")]),
        ("Dorin Vask ran 41 laps of the Marlow track.", [("41", 41, "laps")]),
    ],
)
def test_ages_as_shortened_compounds(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
