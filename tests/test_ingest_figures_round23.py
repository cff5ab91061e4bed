"""Figures round 23: times told from another time ("five months later"), ... All sentences are invented;
each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "N years earlier/later" says when, as "N years ago" does: no count.
        ("Three months later the bakery on Pell Lane reopened.", []),
        ("The mill had closed exactly 80 years earlier.", []),
        ("Voters in Dunmore backed her rival more than two years later.", []),
        # A span that is no time reference stays a figure.
        ("The bakery stayed shut for three months.", [("three", 3, "months")]),
        ("The mill ran for 80 years before it closed.", [("80", 80, "years")]),
    ],
)
def test_times_told_from_another_time(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
