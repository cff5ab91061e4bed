"""Factors told by a verb ("doubled", "quadrupled", "halved"), as blind4's annotators count them. Invented
sentences."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Bus fares have doubled since the strike.", [("doubled", 2.0, "")]),
        ("The number of visitors quadrupled in a decade.", [("quadrupled", 4.0, "")]),
        ("The new ferry halved crossing times.", [("halved", 0.5, "")]),
        ("The mayor would more than triple that budget.", [("more than triple", 3.0, "")]),
        # The change given in figures right after the verb: those figures, not the verb as well.
        ("Sales more than doubled to $4.2 million.", [("$4.2 million", 4_200_000.0, "$")]),
        # Idioms and a cook's cut are not factors.
        ("The governor doubled down on the plan.", []),
        ("The shed doubles as a studio.", []),
        ("Add three pears, halved, to the pan.", [("three", 3.0, "pears")]),
    ],
)
def test_factor_verbs(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
