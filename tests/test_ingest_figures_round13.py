"""Figures round 13: a vote's split after a verb of winning or losing, the numbers of a list written in
the sentence, age limits on people named by role, half of a unit, plural possessives as units, "a couple
of hundred", and counts named by the subject ("the death toll rose to 41"). All sentences are invented;
each positive stands beside a negative."""

from __future__ import annotations

import pytest
from figure_helpers import shown


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A split before "vote", "ruling" or "decision" is a vote, whatever verb of winning comes before.
        ("The council lost by a 6-3 vote along party lines.", [("6", 6, "")]),
        ("The mayor won a 5-4 ruling in the appeal.", [("5", 5, "")]),
        ("The plan passed on a 7-2 vote.", [("7", 7, "")]),
        # A score of play stays no figure.
        ("Dunmore won 3-1 at home.", []),
        ("The Owls lost 2-0 in the final.", []),
    ],
)
def test_votes_after_verbs_of_winning(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert shown(sentence) == expected
